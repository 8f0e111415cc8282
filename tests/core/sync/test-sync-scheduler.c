/* test-sync-scheduler.c — background sync against a fake CalDAV server
 *
 * The scheduler with milliseconds for minutes: a sync asked for during
 * another runs once after it, the timer fires again and again, a busy
 * server is retried with a growing wait (never sooner than Retry-After)
 * and the interval comes back after a success, a refused password is not
 * hammered, a local change is pushed shortly after, and dropping the
 * scheduler cancels its sync, leaving what the next one completes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "caldav-test-server.h"
#include "herald-ical-campaign.h"
#include "herald-ical-mapping.h"
#include "herald-store-sync.h"
#include "herald-sync-scheduler.h"
#include "store-test-util.h"

#define T0 1795939200  /* 2026-11-28 00:00 UTC */
#define N_POSTS 3

typedef struct {
  CaldavTestServer    *server;
  HeraldStore         *store;
  char                *path;
  HeraldAccount       *account;
  HeraldSyncScheduler *scheduler;

  guint                n_finished;
  guint                n_failed;
  gint64               finished_at[16];   /* monotonic, µs */
  guint                max_running;
} Fixture;

static void
finished_cb (HeraldSyncScheduler    *scheduler,
             const HeraldSyncResult *result,
             const char             *error,
             Fixture                *fixture)
{
  g_assert_nonnull (result);
  if (fixture->n_finished < G_N_ELEMENTS (fixture->finished_at))
    fixture->finished_at[fixture->n_finished] = g_get_monotonic_time ();
  fixture->n_finished++;
  if (error != NULL)
    fixture->n_failed++;
}

static void
state_cb (HeraldSyncScheduler *scheduler,
          GParamSpec          *pspec,
          Fixture             *fixture)
{
  fixture->max_running = MAX (fixture->max_running, herald_sync_scheduler_count_live_runs ());
}

static HeraldSyncScheduler *
new_scheduler (Fixture *fixture)
{
  HeraldSyncScheduler *scheduler = herald_sync_scheduler_new (fixture->path);

  g_signal_connect (scheduler, "finished", G_CALLBACK (finished_cb), fixture);
  g_signal_connect (scheduler, "notify::state", G_CALLBACK (state_cb), fixture);
  return scheduler;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  /* No keyring in here: a lookup fails at once rather than waiting on a
   * bus. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/herald-test-bus", TRUE);

  fixture->server = caldav_test_server_new ();
  fixture->store = store_test_open (&fixture->path);
  fixture->account = store_test_add_account (fixture->store, "weibo", "品牌官微");
  for (guint i = 0; i < N_POSTS; i++)
    {
      g_autofree char *title = g_strdup_printf ("双十二预热 %u", i + 1);
      g_autoptr (HeraldPost) post = store_test_add_post (fixture->store,
                                                         herald_record_get_id (HERALD_RECORD (fixture->account)),
                                                         title, T0 + i * 3600, HERALD_POST_STATUS_SCHEDULED);
    }
  fixture->scheduler = new_scheduler (fixture);
}

static gboolean
no_live_runs (void)
{
  return herald_sync_scheduler_count_live_runs () == 0;
}

static gboolean
wait_until (gboolean (*condition) (Fixture *),
            Fixture  *fixture,
            guint     timeout_ms)
{
  gint64 until = g_get_monotonic_time () + timeout_ms * 1000;

  while (!condition (fixture) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  return condition (fixture);
}

static gboolean
runs_collected (Fixture *fixture)
{
  return no_live_runs ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (fixture->path);

  g_clear_object (&fixture->scheduler);
  g_assert_true (wait_until (runs_collected, fixture, 10000));
  caldav_test_server_free (fixture->server);
  g_clear_object (&fixture->account);
  g_clear_object (&fixture->store);
  store_test_rm_rf (dir);
  g_free (fixture->path);
}

static guint wanted_finished;

static gboolean
finished_enough (Fixture *fixture)
{
  return fixture->n_finished >= wanted_finished;
}

static void
wait_finished (Fixture *fixture,
               guint    n,
               guint    timeout_ms)
{
  wanted_finished = n;
  g_assert_true (wait_until (finished_enough, fixture, timeout_ms));
}

/* Spins for @ms whatever happens. */
static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
}

static void
set_up_sync (Fixture *fixture)
{
  herald_sync_scheduler_set_up (fixture->scheduler, caldav_test_server_get_collection (fixture->server),
                                "editor", "s3cret");
}

static void
test_not_configured (Fixture       *fixture,
                     gconstpointer  data)
{
  HeraldSyncScheduler *scheduler = fixture->scheduler;

  g_assert_cmpint (herald_sync_scheduler_get_state (scheduler), ==, HERALD_SYNC_STATE_NOT_CONFIGURED);
  g_assert_false (herald_sync_scheduler_is_configured (scheduler));
  /* Nothing is queued before sync is set up. */
  g_assert_cmpuint (herald_sync_scheduler_get_pending (scheduler), ==, 0);

  /* A timer does nothing; asking runs, finds nothing set up, and says so. */
  herald_sync_scheduler_set_test_timing (scheduler, 50, 10, 100, 10);
  herald_sync_scheduler_set_interval_minutes (scheduler, 15);
  g_assert_cmpint (herald_sync_scheduler_get_next_at (scheduler), ==, 0);
  herald_sync_scheduler_sync_now (scheduler);
  g_assert_cmpint (herald_sync_scheduler_get_state (scheduler), ==, HERALD_SYNC_STATE_SYNCING);
  g_assert_true (wait_until (runs_collected, fixture, 10000));
  spin (300);

  g_assert_cmpint (herald_sync_scheduler_get_state (scheduler), ==, HERALD_SYNC_STATE_NOT_CONFIGURED);
  g_assert_cmpuint (fixture->n_finished, ==, 0);
  g_assert_cmpuint (caldav_test_server_count_requests (fixture->server), ==, 0);
  g_assert_false (herald_sync_scheduler_get_last_result (scheduler, NULL));
  g_assert_null (herald_sync_scheduler_get_last_error (scheduler));
}

static gboolean
keyring_failed (Fixture *fixture)
{
  return herald_sync_scheduler_get_keyring_error (fixture->scheduler) != NULL;
}

static void
test_set_up_and_remembered (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr (HeraldSyncScheduler) again = NULL;
  g_autofree char *user = NULL;
  HeraldSyncResult result;

  set_up_sync (fixture);
  g_assert_cmpint (herald_sync_scheduler_get_state (fixture->scheduler), ==, HERALD_SYNC_STATE_SYNCING);
  wait_finished (fixture, 1, 20000);

  g_assert_cmpint (herald_sync_scheduler_get_state (fixture->scheduler), ==, HERALD_SYNC_STATE_IDLE);
  g_assert_null (herald_sync_scheduler_get_last_error (fixture->scheduler));
  g_assert_true (herald_sync_scheduler_get_last_result (fixture->scheduler, &result));
  g_assert_cmpuint (result.pushed, ==, N_POSTS);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, N_POSTS);
  g_assert_cmpuint (herald_sync_scheduler_get_pending (fixture->scheduler), ==, 0);
  g_assert_cmpint (ABS (herald_sync_scheduler_get_last_finished_at (fixture->scheduler) -
                        g_get_real_time () / G_USEC_PER_SEC), <=, 5);
  g_assert_cmpstr (herald_sync_scheduler_get_collection (fixture->scheduler), ==,
                   caldav_test_server_get_collection (fixture->server));
  /* No keyring here: the sync worked, and then it says the password was
   * not kept. */
  g_assert_true (wait_until (keyring_failed, fixture, 10000));
  g_assert_true (g_str_has_prefix (herald_sync_scheduler_get_keyring_error (fixture->scheduler),
                                   "The password could not be saved in the keyring: "));

  /* The database remembers the calendar and the user. */
  user = herald_store_sync_get_user (fixture->store, NULL);
  g_assert_cmpstr (user, ==, "editor");
  again = herald_sync_scheduler_new (fixture->path);
  g_assert_true (herald_sync_scheduler_is_configured (again));
  g_assert_cmpint (herald_sync_scheduler_get_state (again), ==, HERALD_SYNC_STATE_IDLE);
  g_assert_cmpstr (herald_sync_scheduler_get_user (again), ==, "editor");
}

static void
test_coalesces (Fixture       *fixture,
                gconstpointer  data)
{
  guint requests;

  set_up_sync (fixture);
  wait_finished (fixture, 1, 20000);

  /* Slow answers keep the next sync running while more are asked for. */
  caldav_test_server_set_delay (fixture->server, 300);
  fixture->max_running = 0;
  herald_sync_scheduler_sync_now (fixture->scheduler);
  for (guint i = 0; i < 5; i++)
    {
      herald_sync_scheduler_sync_now (fixture->scheduler);
      g_assert_cmpuint (herald_sync_scheduler_count_live_runs (), ==, 1);
      spin (20);
    }
  wait_finished (fixture, 3, 20000);
  spin (1000);

  /* One running and one more after it: never two at once, never six. */
  g_assert_cmpuint (fixture->n_finished, ==, 3);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_cmpuint (fixture->max_running, <=, 2);  /* the last one's data is freed after the next starts */
  requests = caldav_test_server_count_requests (fixture->server);
  spin (300);
  g_assert_cmpuint (caldav_test_server_count_requests (fixture->server), ==, requests);
  g_assert_cmpint (herald_sync_scheduler_get_state (fixture->scheduler), ==, HERALD_SYNC_STATE_IDLE);
}

static void
test_periodic (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 gap;

  herald_sync_scheduler_set_test_timing (fixture->scheduler, 300, 50, 1000, 50);
  set_up_sync (fixture);
  wait_finished (fixture, 4, 20000);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, N_POSTS);

  /* Each after the interval, counted from the end of the last. */
  for (guint i = 1; i < 4; i++)
    {
      gap = fixture->finished_at[i] - fixture->finished_at[i - 1];
      g_assert_cmpint (gap, >=, 300 * 1000);
    }
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), >, 0);

  /* Off: nothing more. */
  herald_sync_scheduler_set_test_timing (fixture->scheduler, 0, 50, 1000, 50);
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), ==, 0);
  wait_until (runs_collected, fixture, 10000);
  {
    guint n = fixture->n_finished;

    spin (900);
    g_assert_cmpuint (fixture->n_finished, ==, n);
  }
}

static void
test_interval_minutes (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 now;

  set_up_sync (fixture);
  wait_finished (fixture, 1, 20000);
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), ==, 0);

  herald_sync_scheduler_set_interval_minutes (fixture->scheduler, 15);
  now = g_get_real_time () / G_USEC_PER_SEC;
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), >=, now + 15 * 60 - 2);
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), <=, now + 15 * 60 + 2);

  herald_sync_scheduler_set_interval_minutes (fixture->scheduler, 0);
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), ==, 0);
}

static gboolean
is_idle (Fixture *fixture)
{
  return herald_sync_scheduler_get_state (fixture->scheduler) == HERALD_SYNC_STATE_IDLE;
}

static void
test_backs_off (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 gap1, gap2, gap3, now;
  HeraldSyncResult result;

  herald_sync_scheduler_set_test_timing (fixture->scheduler, 60 * 1000, 100, 5000, 50);
  set_up_sync (fixture);
  wait_finished (fixture, 1, 20000);
  g_assert_cmpuint (fixture->n_failed, ==, 0);

  /* The server falls over: 500 on everything.  Retries come after 100,
   * 200, 400 ms… */
  caldav_test_server_set_fault (fixture->server, NULL, FAULT_500, -1);
  herald_sync_scheduler_sync_now (fixture->scheduler);
  wait_finished (fixture, 5, 20000);
  g_assert_cmpuint (fixture->n_failed, ==, 4);
  g_assert_cmpint (herald_sync_scheduler_get_state (fixture->scheduler), ==, HERALD_SYNC_STATE_WAITING);
  g_assert_cmpstr (herald_sync_scheduler_get_last_error (fixture->scheduler), ==,
                   "The server had a problem; try again later");
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), >, 0);
  gap1 = fixture->finished_at[2] - fixture->finished_at[1];
  gap2 = fixture->finished_at[3] - fixture->finished_at[2];
  gap3 = fixture->finished_at[4] - fixture->finished_at[3];
  g_assert_cmpint (gap1, >=, 100 * 1000);
  g_assert_cmpint (gap2, >=, 200 * 1000);
  g_assert_cmpint (gap3, >=, 400 * 1000);
  g_assert_cmpint (gap3, >, gap1);

  /* It recovers by itself, and the interval is back. */
  caldav_test_server_set_fault (fixture->server, NULL, FAULT_NONE, 0);
  g_assert_true (wait_until (is_idle, fixture, 20000));
  g_assert_cmpuint (fixture->n_finished, ==, 6);
  g_assert_null (herald_sync_scheduler_get_last_error (fixture->scheduler));
  now = g_get_real_time () / G_USEC_PER_SEC;
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), >=, now + 60 - 2);

  /* 503 with Retry-After: 1 — the retry waits that second, not the
   * 100 ms the back-off starts at again. */
  caldav_test_server_set_fault (fixture->server, NULL, FAULT_503_RETRY_AFTER, -1);
  herald_sync_scheduler_sync_now (fixture->scheduler);
  wait_finished (fixture, 8, 20000);
  g_assert_cmpuint (fixture->n_failed, ==, 6);
  gap1 = fixture->finished_at[7] - fixture->finished_at[6];
  g_assert_cmpint (gap1, >=, 1000 * 1000);
  g_assert_cmpint (herald_sync_scheduler_get_state (fixture->scheduler), ==, HERALD_SYNC_STATE_WAITING);

  caldav_test_server_set_fault (fixture->server, NULL, FAULT_NONE, 0);
  g_assert_true (wait_until (is_idle, fixture, 20000));
  g_assert_null (herald_sync_scheduler_get_last_error (fixture->scheduler));
  g_assert_true (herald_sync_scheduler_get_last_result (fixture->scheduler, &result));
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, N_POSTS);
}

static void
test_refused_not_hammered (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 now;

  herald_sync_scheduler_set_test_timing (fixture->scheduler, 60 * 1000, 50, 1000, 50);
  caldav_test_server_set_fault (fixture->server, NULL, FAULT_401, -1);
  set_up_sync (fixture);
  wait_finished (fixture, 1, 20000);

  g_assert_cmpint (herald_sync_scheduler_get_state (fixture->scheduler), ==, HERALD_SYNC_STATE_FAILED);
  g_assert_cmpstr (herald_sync_scheduler_get_last_error (fixture->scheduler), ==, "Wrong user or password");
  now = g_get_real_time () / G_USEC_PER_SEC;
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), >=, now + 60 - 2);
  spin (500);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 0);
  g_assert_null (herald_sync_scheduler_get_keyring_error (fixture->scheduler));
}

static gboolean
nothing_pending (Fixture *fixture)
{
  return herald_sync_scheduler_get_pending (fixture->scheduler) == 0 &&
         herald_sync_scheduler_get_state (fixture->scheduler) == HERALD_SYNC_STATE_IDLE;
}

static void
test_pushes_local_change (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *ical = NULL;
  gint64 next_at;
  guint requests;

  herald_sync_scheduler_watch_store (fixture->scheduler, fixture->store);
  herald_sync_scheduler_set_test_timing (fixture->scheduler, 60 * 1000, 50, 1000, 100);
  set_up_sync (fixture);
  wait_finished (fixture, 1, 20000);
  g_assert_cmpuint (herald_sync_scheduler_get_pending (fixture->scheduler), ==, 0);
  next_at = herald_sync_scheduler_get_next_at (fixture->scheduler);
  g_assert_cmpint (next_at, >, 0);
  requests = caldav_test_server_count_requests (fixture->server);

  post = store_test_add_post (fixture->store, herald_record_get_id (HERALD_RECORD (fixture->account)),
                              "直播预告", T0 + 86400, HERALD_POST_STATUS_SCHEDULED);
  g_assert_cmpuint (herald_sync_scheduler_get_pending (fixture->scheduler), ==, 1);
  g_assert_cmpuint (fixture->n_finished, ==, 1);

  g_assert_true (wait_until (nothing_pending, fixture, 20000));
  g_assert_cmpuint (fixture->n_finished, ==, 2);
  /* The edit went out on its own (one PUT, the server not asked what
   * changed), and the next full sync is still due when it was. */
  g_assert_cmpuint (caldav_test_server_count_requests (fixture->server) - requests, ==, 1);
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), ==, next_at);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, N_POSTS + 1);
  name = g_strconcat (herald_record_get_id (HERALD_RECORD (post)), ".ics", NULL);
  ical = caldav_test_server_get_item (fixture->server, name);
  g_assert_nonnull (ical);
  g_assert_nonnull (strstr (ical, "直播预告"));
}

static void
changed_cb (HeraldStore        *store,
            HeraldRecordKind    kind,
            const char * const *ids,
            GPtrArray          *seen)
{
  if (kind != HERALD_RECORD_POST && kind != HERALD_RECORD_CAMPAIGN)
    return;
  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (seen, g_strdup (ids[i]));
}

/* A colleague's post and campaign pulled in the background reach the
 * watched store's `changed`, for the views; that does not set off another
 * sync. */
static void
test_announces_pulled (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (HeraldAccount) account = herald_account_new ("douyin", "抖音主号");
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) pulled = NULL;
  g_autofree char *account_id = herald_store_new_id ();
  g_autofree char *id = herald_store_new_id ();
  g_autofree char *ical = NULL;
  g_autofree char *name = NULL;
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autofree char *campaign_id = herald_store_new_id ();
  g_autofree char *campaign_ical = NULL;
  gulong handler;

  herald_sync_scheduler_watch_store (fixture->scheduler, fixture->store);
  herald_sync_scheduler_set_test_timing (fixture->scheduler, 60 * 1000, 50, 1000, 50);
  set_up_sync (fixture);
  wait_finished (fixture, 1, 20000);

  herald_record_set_id (HERALD_RECORD (account), account_id);
  post = herald_post_new (account_id, "同事的直播预告");
  herald_record_set_id (HERALD_RECORD (post), id);
  herald_post_set_scheduled_at (post, T0 + 7200);
  herald_post_set_status (post, HERALD_POST_STATUS_DRAFT);
  ical = herald_ical_post_to_calendar (post, account, 0, NULL);
  name = g_strconcat (id, ".ics", NULL);
  caldav_test_server_put_item (fixture->server, name, ical);
  campaign = herald_campaign_new ("年货节");
  herald_record_set_id (HERALD_RECORD (campaign), campaign_id);
  g_free (name);
  name = g_strconcat (herald_record_get_id (HERALD_RECORD (campaign)), ".ics", NULL);
  campaign_ical = herald_ical_campaign_to_calendar (campaign, NULL, NULL, NULL);
  caldav_test_server_put_item (fixture->server, name, campaign_ical);

  handler = g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), seen);
  herald_sync_scheduler_sync_now (fixture->scheduler);
  wait_finished (fixture, 2, 20000);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_true (g_ptr_array_find_with_equal_func (seen, id, g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (seen, herald_record_get_id (HERALD_RECORD (campaign)),
                                                   g_str_equal, NULL));
  pulled = herald_store_get_post (fixture->store, id, NULL);
  g_assert_nonnull (pulled);
  g_assert_cmpstr (herald_post_get_title (pulled), ==, "同事的直播预告");

  spin (500);
  g_assert_cmpuint (fixture->n_finished, ==, 2);
  g_assert_cmpuint (herald_sync_scheduler_get_pending (fixture->scheduler), ==, 0);
  g_signal_handler_disconnect (fixture->store, handler);
}

static void
test_cancel_on_dispose (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  char *ids[N_POSTS] = { NULL };
  gint64 dropped;
  guint requests;

  set_up_sync (fixture);
  wait_finished (fixture, 1, 20000);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, N_POSTS);

  /* Three more posts, and slow answers: the sync of them is dropped
   * mid-way. */
  for (guint i = 0; i < N_POSTS; i++)
    {
      g_autoptr (HeraldPost) post = store_test_add_post (fixture->store,
                                                         herald_record_get_id (HERALD_RECORD (fixture->account)),
                                                         "新增的预告", T0 + 86400 + i * 3600,
                                                         HERALD_POST_STATUS_SCHEDULED);

      ids[i] = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
    }
  caldav_test_server_set_delay (fixture->server, 300);
  requests = caldav_test_server_count_requests (fixture->server);
  herald_sync_scheduler_sync_now (fixture->scheduler);
  while (caldav_test_server_count_requests (fixture->server) == requests)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  g_assert_cmpuint (herald_sync_scheduler_count_live_runs (), ==, 1);

  /* Dropped: the run stops soon, unasked. */
  dropped = g_get_monotonic_time ();
  g_clear_object (&fixture->scheduler);
  g_assert_true (wait_until (runs_collected, fixture, 10000));
  g_assert_cmpint (g_get_monotonic_time () - dropped, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
  /* A request already sent may still be counted once its answer is
   * ready; after that, nothing more comes. */
  spin (700);
  requests = caldav_test_server_count_requests (fixture->server);
  spin (700);
  g_assert_cmpuint (caldav_test_server_count_requests (fixture->server), ==, requests);

  /* Each new post is on the server or still queued, and the next sync
   * pushes what is queued. */
  for (guint i = 0; i < N_POSTS; i++)
    {
      g_autofree char *name = g_strconcat (ids[i], ".ics", NULL);
      g_autofree char *ical = caldav_test_server_get_item (fixture->server, name);
      gboolean pending = FALSE;

      g_assert_true (herald_store_sync_has_pending (fixture->store, ids[i], &pending, &error));
      g_assert_no_error (error);
      g_assert_true (ical != NULL || pending);
    }
  caldav_test_server_set_delay (fixture->server, 0);
  fixture->scheduler = new_scheduler (fixture);
  herald_sync_scheduler_sync_now (fixture->scheduler);
  g_assert_true (wait_until (runs_collected, fixture, 20000));
  spin (100);
  g_assert_cmpuint (fixture->n_finished, ==, 2);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 2 * N_POSTS);
  g_assert_cmpuint (herald_sync_scheduler_get_pending (fixture->scheduler), ==, 0);
  for (guint i = 0; i < N_POSTS; i++)
    g_free (ids[i]);
}

static void
test_stop (Fixture       *fixture,
           gconstpointer  data)
{
  herald_sync_scheduler_set_test_timing (fixture->scheduler, 200, 50, 1000, 50);
  set_up_sync (fixture);
  wait_finished (fixture, 1, 20000);

  caldav_test_server_set_delay (fixture->server, 300);
  herald_sync_scheduler_sync_now (fixture->scheduler);
  herald_sync_scheduler_sync_now (fixture->scheduler);
  herald_sync_scheduler_stop (fixture->scheduler);

  /* Back to how it was, with no timer and nothing more to run. */
  g_assert_cmpint (herald_sync_scheduler_get_state (fixture->scheduler), ==, HERALD_SYNC_STATE_IDLE);
  g_assert_cmpint (herald_sync_scheduler_get_next_at (fixture->scheduler), ==, 0);
  g_assert_true (wait_until (runs_collected, fixture, 10000));
  spin (600);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sync-scheduler/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("not-configured", test_not_configured);
  ADD ("set-up-and-remembered", test_set_up_and_remembered);
  ADD ("coalesces", test_coalesces);
  ADD ("periodic", test_periodic);
  ADD ("interval-minutes", test_interval_minutes);
  ADD ("backs-off", test_backs_off);
  ADD ("refused-not-hammered", test_refused_not_hammered);
  ADD ("pushes-local-change", test_pushes_local_change);
  ADD ("announces-pulled", test_announces_pulled);
  ADD ("cancel-on-dispose", test_cancel_on_dispose);
  ADD ("stop", test_stop);

  return g_test_run ();
}
