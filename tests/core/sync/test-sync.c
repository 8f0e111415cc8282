/* test-sync.c — the CalDAV client and sync engine against a fake server
 *
 * The fault matrix: each fault is injected into a sync between a database
 * and an in-memory CalDAV collection; the sync either completes or fails
 * with the right error, and the next sync (without the fault) leaves both
 * sides with every post exactly once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <libical/ical.h>

#include "caldav-test-server.h"
#include "herald-caldav-client.h"
#include "herald-ical-campaign.h"
#include "herald-ical-mapping.h"
#include "herald-ical-topic.h"
#include "herald-multistatus.h"
#include "herald-post-merge.h"
#include "herald-store-conflicts.h"
#include "herald-store-sync.h"
#include "herald-sync-engine.h"
#include "store-test-util.h"

#define T0 1795939200  /* 2026-11-28 00:00 UTC */

typedef struct {
  CaldavTestServer *server;
  HeraldStore      *store;
  char             *path;
  HeraldAccount    *account;
  char             *ids[3];
  char             *other_id;
} Fixture;

static gboolean
run_engine (Fixture           *fixture,
            gboolean           push_only,
            HeraldSyncResult  *result,
            GError           **error)
{
  const char *collection = caldav_test_server_get_collection (fixture->server);
  g_autoptr (HeraldCaldavClient) client = herald_caldav_client_new (collection, NULL, NULL);
  g_autoptr (HeraldSyncEngine) engine = NULL;

  herald_caldav_client_set_timeout (client, 1);
  herald_caldav_client_set_retries (client, 3, 20, 1500);
  engine = herald_sync_engine_new (fixture->path, client, collection);
  if (push_only)
    return herald_sync_engine_push (engine, result, NULL, error);
  return herald_sync_engine_sync (engine, result, NULL, error);
}

static gboolean
run_sync (Fixture           *fixture,
          HeraldSyncResult  *result,
          GError           **error)
{
  return run_engine (fixture, FALSE, result, error);
}

/* An event another Herald made, with an account this database lacks. */
static char *
other_event (const char *id,
             const char *title)
{
  g_autoptr (HeraldAccount) account = herald_account_new ("douyin", "抖音主号");
  g_autoptr (HeraldPost) post = NULL;
  g_autofree char *account_id = herald_store_new_id ();

  herald_record_set_id (HERALD_RECORD (account), account_id);
  post = herald_post_new (account_id, title);

  herald_record_set_id (HERALD_RECORD (post), id);
  herald_post_set_scheduled_at (post, T0 + 7200);
  herald_post_set_status (post, HERALD_POST_STATUS_DRAFT);
  return herald_ical_post_to_calendar (post, account, 0, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *ical = NULL;
  g_autofree char *name = NULL;

  /* A killed child works on its parent's server and database. */
  if (g_test_subprocess ())
    return;

  fixture->server = caldav_test_server_new ();
  fixture->store = store_test_open (&fixture->path);
  fixture->account = store_test_add_account (fixture->store, "weibo", "品牌官微");
  for (guint i = 0; i < G_N_ELEMENTS (fixture->ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("双十二预热 %u", i + 1);
      g_autoptr (HeraldPost) post = store_test_add_post (fixture->store,
                                                         herald_record_get_id (HERALD_RECORD (fixture->account)),
                                                         title, T0 + i * 3600, HERALD_POST_STATUS_SCHEDULED);

      fixture->ids[i] = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
    }

  fixture->other_id = herald_store_new_id ();
  ical = other_event (fixture->other_id, "同事的直播预告");
  name = g_strconcat (fixture->other_id, ".ics", NULL);
  caldav_test_server_put_item (fixture->server, name, ical);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dir = NULL;

  if (fixture->server == NULL)
    return;

  dir = g_path_get_dirname (fixture->path);
  caldav_test_server_free (fixture->server);
  g_clear_object (&fixture->account);
  g_clear_object (&fixture->store);
  store_test_rm_rf (dir);
  g_free (fixture->path);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->ids); i++)
    g_free (fixture->ids[i]);
  g_free (fixture->other_id);
}

static HeraldPost *
get_post (Fixture    *fixture,
          const char *id)
{
  g_autoptr (GError) error = NULL;
  HeraldPost *post = herald_store_get_post (fixture->store, id, &error);

  g_assert_no_error (error);
  return post;
}

static HeraldPost *
server_post (Fixture    *fixture,
             const char *id)
{
  g_autofree char *name = g_strconcat (id, ".ics", NULL);
  g_autofree char *ical = caldav_test_server_get_item (fixture->server, name);
  g_autoptr (GError) error = NULL;
  HeraldPost *post;

  if (ical == NULL)
    return NULL;
  post = herald_ical_calendar_to_post (ical, NULL, &error);
  g_assert_no_error (error);
  return post;
}

/* Both sides hold the three local posts and the other one, once each,
 * with nothing left to push. */
static void
assert_settled (Fixture *fixture,
                guint    n_expected)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) outbox = NULL;
  g_autoptr (HeraldPost) other = NULL;

  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, &error), ==, n_expected);
  g_assert_no_error (error);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, n_expected);

  outbox = herald_store_sync_list_outbox (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outbox->len, ==, 0);
  g_assert_cmpint (herald_store_sync_count_conflicts (fixture->store, &error), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->ids); i++)
    {
      g_autoptr (HeraldPost) local = get_post (fixture, fixture->ids[i]);
      g_autoptr (HeraldPost) remote = server_post (fixture, fixture->ids[i]);

      g_assert_nonnull (remote);
      g_assert_false (herald_record_is_deleted (HERALD_RECORD (local)));
      g_assert_cmpstr (herald_post_get_title (local), ==, herald_post_get_title (remote));
      g_assert_cmpint (herald_post_get_scheduled_at (local), ==, herald_post_get_scheduled_at (remote));
    }

  other = get_post (fixture, fixture->other_id);
  g_assert_cmpstr (herald_post_get_title (other), ==, "同事的直播预告");
  g_assert_cmpint (herald_post_get_status (other), ==, HERALD_POST_STATUS_DRAFT);
}

typedef struct {
  const char *name;
  const char *method;
  Fault       fault;
  int         times;
  int         error_code;   /* -1: the first sync completes */
} FaultCase;

static const FaultCase fault_cases[] = {
  { "500-once", "PUT", FAULT_500, 1, -1 },
  { "500-always", "PUT", FAULT_500, -1, HERALD_CALDAV_ERROR_SERVER },
  { "503-retry-after", "REPORT", FAULT_503_RETRY_AFTER, 1, -1 },
  { "401", NULL, FAULT_401, -1, HERALD_CALDAV_ERROR_UNAUTHORIZED },
  { "403", "PUT", FAULT_403, -1, HERALD_CALDAV_ERROR_FORBIDDEN },
  { "404", "REPORT", FAULT_404, -1, HERALD_CALDAV_ERROR_NOT_FOUND },
  { "412", "PUT", FAULT_RESET_AFTER, 1, -1 },
  { "timeout-once", "PUT", FAULT_TIMEOUT, 1, -1 },
  { "timeout-always", "REPORT", FAULT_TIMEOUT, -1, HERALD_CALDAV_ERROR_TIMEOUT },
  { "reset", "PUT", FAULT_RESET, 1, -1 },
  { "reset-always", "PUT", FAULT_RESET, -1, HERALD_CALDAV_ERROR_NETWORK },
  { "truncated", "REPORT", FAULT_TRUNCATED, 1, -1 },
  { "truncated-always", "REPORT", FAULT_TRUNCATED, -1, HERALD_CALDAV_ERROR_NETWORK },
  { "malformed", "REPORT", FAULT_MALFORMED, -1, HERALD_CALDAV_ERROR_BAD_RESPONSE },
  { "wrong-type", "REPORT", FAULT_WRONG_TYPE, -1, HERALD_CALDAV_ERROR_BAD_RESPONSE },
  { "redirect-loop", NULL, FAULT_REDIRECT_LOOP, -1, HERALD_CALDAV_ERROR_TOO_MANY_REDIRECTS },
};

static void
test_fault (Fixture       *fixture,
            gconstpointer  data)
{
  const FaultCase *fault = data;
  g_autoptr (GError) error = NULL;
  HeraldSyncResult result;
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  caldav_test_server_set_fault (fixture->server, fault->method, fault->fault, fault->times);
  ok = run_sync (fixture, &result, &error);
  if (fault->error_code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      assert_settled (fixture, 4);
      g_assert_cmpuint (result.pushed, ==, 3);
      g_assert_cmpuint (result.pulled, >=, 1);
    }
  else
    {
      g_assert_error (error, HERALD_CALDAV_ERROR, fault->error_code);
      g_assert_false (ok);
      g_clear_error (&error);
    }

  if (fault->fault == FAULT_503_RETRY_AFTER)
    g_assert_cmpint (g_get_monotonic_time () - start, >=, 900000);   /* Retry-After: 1 honoured */

  /* Without the fault, the next sync completes whatever was left. */
  caldav_test_server_set_fault (fixture->server, NULL, FAULT_NONE, 0);
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  assert_settled (fixture, 4);

  /* And one more finds nothing to do. */
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_cmpuint (result.pushed, ==, 0);
  g_assert_cmpuint (result.pulled, ==, 0);
  assert_settled (fixture, 4);
}

static void
settle (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (run_sync (fixture, NULL, &error));
  g_assert_no_error (error);
  assert_settled (fixture, 4);
}

/* Another client rewrites an event on the server. */
static void
edit_on_server_full (Fixture    *fixture,
                     const char *id,
                     void      (*edit) (icalcomponent *event),
                     gboolean    unlisted)
{
  g_autofree char *name = g_strconcat (id, ".ics", NULL);
  g_autofree char *ical = caldav_test_server_get_item (fixture->server, name);
  icalcomponent *calendar = icalparser_parse_string (ical);
  icalcomponent *component = NULL;
  char *text;

  g_assert_cmpint (herald_ical_classify (calendar, &component), !=, HERALD_ICAL_OTHER);
  edit (component);
  text = icalcomponent_as_ical_string_r (calendar);
  caldav_test_server_put_item_full (fixture->server, name, text, unlisted);
  free (text);
  icalcomponent_free (calendar);
}

static void
edit_on_server (Fixture    *fixture,
                const char *id,
                void      (*edit) (icalcomponent *event))
{
  edit_on_server_full (fixture, id, edit, FALSE);
}

static void
set_x (icalcomponent *event,
       const char    *name,
       const char    *value)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (p), name) == 0)
      {
        icalcomponent_remove_property (event, p);
        icalproperty_free (p);
        break;
      }

  herald_ical_add_x (event, name, value);
}

static void
edit_notes (icalcomponent *event)
{
  set_x (event, "X-HERALD-NOTES", "记得@品牌合作方");
}

static void
edit_title (icalcomponent *event)
{
  set_x (event, "X-HERALD-TITLE", "服务器上的新标题");
}

/* A retitle as Herald writes it: its own title and the summary. */
static void
edit_title_and_summary (icalcomponent *event)
{
  set_x (event, "X-HERALD-TITLE", "服务器上的新标题");
  icalcomponent_set_summary (event, "服务器上的新标题");
}

static void
edit_foreign (icalcomponent *event)
{
  icaltimezone *utc = icaltimezone_get_utc_timezone ();
  icalproperty *x = icalproperty_new_x ("kept");

  icalproperty_set_x_name (x, "X-OTHER-CLIENT");
  icalcomponent_add_property (x != NULL ? event : NULL, x);
  icalcomponent_set_summary (event, "在手机日历里改的标题");
  icalcomponent_set_dtstart (event, icaltime_from_timet_with_zone (T0 + 86400, 0, utc));
  icalcomponent_set_dtend (event, icaltime_from_timet_with_zone (T0 + 86400 + 1800, 0, utc));
}

static void
save_title (Fixture    *fixture,
            const char *id,
            const char *title)
{
  g_autoptr (HeraldPost) post = get_post (fixture, id);
  g_autoptr (GError) error = NULL;

  herald_post_set_title (post, title);
  herald_store_save_post (fixture->store, post, &error);
  g_assert_no_error (error);
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) local = NULL;
  g_autoptr (HeraldPost) remote = NULL;
  HeraldSyncResult result;

  settle (fixture);

  /* Different fields on each side: both kept, no conflict. */
  save_title (fixture, fixture->ids[0], "本地改的标题");
  edit_on_server (fixture, fixture->ids[0], edit_notes);
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.conflicts, ==, 0);
  local = get_post (fixture, fixture->ids[0]);
  remote = server_post (fixture, fixture->ids[0]);
  g_assert_cmpstr (herald_post_get_title (local), ==, "本地改的标题");
  g_assert_cmpstr (herald_post_get_notes (local), ==, "记得@品牌合作方");
  g_assert_cmpstr (herald_post_get_title (remote), ==, "本地改的标题");
  g_assert_cmpstr (herald_post_get_notes (remote), ==, "记得@品牌合作方");
  assert_settled (fixture, 4);
  g_clear_object (&local);
  g_clear_object (&remote);

  /* The same field on both sides: local wins, the server's is a copy. */
  save_title (fixture, fixture->ids[1], "本地的标题");
  edit_on_server (fixture, fixture->ids[1], edit_title);
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.conflicts, ==, 1);
  local = get_post (fixture, fixture->ids[1]);
  remote = server_post (fixture, fixture->ids[1]);
  g_assert_cmpstr (herald_post_get_title (local), ==, "本地的标题");
  g_assert_cmpstr (herald_post_get_title (remote), ==, "本地的标题");
  g_assert_cmpint (herald_store_sync_count_conflicts (fixture->store, &error), ==, 1);
  /* The copy is in both places: five posts each side. */
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, &error), ==, 5);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 5);
}

/* Keeping theirs pushes theirs as the post and takes the copy off the
 * server; keeping mine takes only the copy off. */
static void
test_conflict_settled (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (HeraldPost) local = NULL;
  g_autoptr (HeraldPost) remote = NULL;
  g_autofree char *copy_id = NULL;
  HeraldSyncResult result;

  settle (fixture);

  for (guint i = 0; i < 2; i++)
    {
      save_title (fixture, fixture->ids[i], "本地的标题");
      edit_on_server (fixture, fixture->ids[i], edit_title_and_summary);
    }
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.conflicts, ==, 2);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 6);

  conflicts = herald_store_sync_list_conflicts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 2);

  for (guint i = 0; i < conflicts->len; i++)
    {
      HeraldSyncConflict *conflict = conflicts->pdata[i];
      const char *id = herald_record_get_id (HERALD_RECORD (conflict->mine));
      gboolean theirs = g_strcmp0 (id, fixture->ids[0]) == 0;

      g_assert_cmpstr (herald_post_get_title (conflict->theirs), ==, "服务器上的新标题");
      g_assert_cmpuint (conflict->differences, ==, HERALD_CONFLICT_FIELD_TITLE);
      herald_store_sync_resolve_conflict (fixture->store, herald_record_get_id (HERALD_RECORD (conflict->theirs)),
                                          theirs ? HERALD_CONFLICT_KEEP_THEIRS : HERALD_CONFLICT_KEEP_MINE,
                                          &error);
      g_assert_no_error (error);
    }

  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.conflicts, ==, 0);
  assert_settled (fixture, 4);

  local = get_post (fixture, fixture->ids[0]);
  remote = server_post (fixture, fixture->ids[0]);
  g_assert_cmpstr (herald_post_get_title (local), ==, "服务器上的新标题");
  g_assert_cmpstr (herald_post_get_title (remote), ==, "服务器上的新标题");
  g_clear_object (&local);
  g_clear_object (&remote);
  local = get_post (fixture, fixture->ids[1]);
  remote = server_post (fixture, fixture->ids[1]);
  g_assert_cmpstr (herald_post_get_title (local), ==, "本地的标题");
  g_assert_cmpstr (herald_post_get_title (remote), ==, "本地的标题");
}

static void
test_412_on_push (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) local = NULL;
  HeraldSyncResult result;
  g_autofree char *name = g_strconcat (fixture->ids[2], ".ics", NULL);
  g_autofree char *ical = NULL;

  settle (fixture);

  /* The server changes between our pull and our push: the If-Match PUT
   * fails, the server's version is merged in, and the push is retried. */
  save_title (fixture, fixture->ids[2], "推送前改的标题");
  edit_on_server_full (fixture, fixture->ids[2], edit_notes, TRUE);
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  local = get_post (fixture, fixture->ids[2]);
  g_assert_cmpstr (herald_post_get_title (local), ==, "推送前改的标题");
  g_assert_cmpstr (herald_post_get_notes (local), ==, "记得@品牌合作方");
  ical = caldav_test_server_get_item (fixture->server, name);
  g_assert_nonnull (strstr (ical, "推送前改的标题"));
  g_assert_nonnull (strstr (ical, "记得@品牌合作方"));
  g_assert_cmpuint (result.conflicts, ==, 0);
  assert_settled (fixture, 4);
}

static void
test_deletes (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) gone = NULL;
  g_autofree char *name = g_strconcat (fixture->ids[2], ".ics", NULL);
  HeraldSyncResult result;

  settle (fixture);

  /* Deleted here: deleted there. */
  herald_store_delete (fixture->store, HERALD_RECORD_POST, fixture->ids[1], &error);
  g_assert_no_error (error);
  /* Deleted there: to the bin here. */
  caldav_test_server_delete_item (fixture->server, name);

  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.deleted, ==, 1);
  g_assert_cmpuint (result.pushed, ==, 1);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 2);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, &error), ==, 2);
  gone = get_post (fixture, fixture->ids[2]);
  g_assert_true (herald_record_is_deleted (HERALD_RECORD (gone)));

  /* Nothing comes back on the next sync. */
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_cmpuint (result.pushed + result.pulled, ==, 0);
}

static void
test_foreign_edit (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) local = NULL;
  g_autofree char *name = g_strconcat (fixture->ids[0], ".ics", NULL);
  g_autofree char *ical = NULL;

  settle (fixture);

  edit_on_server (fixture, fixture->ids[0], edit_foreign);
  g_assert_true (run_sync (fixture, NULL, &error));
  g_assert_no_error (error);
  local = get_post (fixture, fixture->ids[0]);
  g_assert_cmpstr (herald_post_get_title (local), ==, "在手机日历里改的标题");
  g_assert_cmpint (herald_post_get_scheduled_at (local), ==, T0 + 86400);

  /* A local edit pushes the event back with the other client's property. */
  herald_post_set_body (local, "正文改了");
  herald_store_save_post (fixture->store, local, &error);
  g_assert_no_error (error);
  g_assert_true (run_sync (fixture, NULL, &error));
  g_assert_no_error (error);
  ical = caldav_test_server_get_item (fixture->server, name);
  g_assert_nonnull (strstr (ical, "X-OTHER-CLIENT:kept"));
  g_assert_nonnull (strstr (ical, "正文改了"));
  g_assert_null (strstr (strstr (ical, "X-OTHER-CLIENT") + 1, "X-OTHER-CLIENT"));
}

static void
test_bad_token (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  HeraldSyncResult result;

  settle (fixture);
  caldav_test_server_set_fault (fixture->server, "REPORT", FAULT_BAD_TOKEN, 1);
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.pushed + result.pulled, ==, 0);
  assert_settled (fixture, 4);
}

static void
test_no_sync_collection (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strconcat (fixture->ids[0], ".ics", NULL);
  HeraldSyncResult result;

  guint before;

  caldav_test_server_set_no_sync_collection (fixture->server, TRUE);
  settle (fixture);
  settle (fixture);

  /* Nothing changed: the CTag says so, and nothing is listed. */
  before = caldav_test_server_count_requests (fixture->server);
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_cmpuint (caldav_test_server_count_requests (fixture->server) - before, ==, 2);
  g_assert_cmpuint (result.pushed + result.pulled, ==, 0);

  caldav_test_server_delete_item (fixture->server, name);
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.deleted, ==, 1);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 3);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, &error), ==, 3);
}

/* The child of test_killed: one sync, killed at a random moment. */
static void
killed_child (void)
{
  const char *collection = g_getenv ("HERALD_TEST_COLLECTION");
  const char *path = g_getenv ("HERALD_TEST_DATABASE");
  g_autoptr (HeraldCaldavClient) client = herald_caldav_client_new (collection, NULL, NULL);
  g_autoptr (HeraldSyncEngine) engine = herald_sync_engine_new (path, client, collection);

  herald_sync_engine_sync (engine, NULL, NULL, NULL);
}

/* A sync killed anywhere (SIGKILL from the test harness' timeout) is
 * completed by the next: every post once on each side, nothing queued. */
static void
test_killed (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  const char *account_id;
  guint n_posts = 4;
  guint n_killed = 0;
  guint requests;
  gint64 start, lifetime = 0;

  if (g_test_subprocess ())
    {
      killed_child ();
      return;
    }

  account_id = herald_record_get_id (HERALD_RECORD (fixture->account));
  g_setenv ("HERALD_TEST_COLLECTION", caldav_test_server_get_collection (fixture->server), TRUE);
  g_setenv ("HERALD_TEST_DATABASE", fixture->path, TRUE);
  caldav_test_server_set_delay (fixture->server, 3);

  for (guint round = 0; round < 10; round++)
    {
      g_autoptr (GPtrArray) outbox = NULL;
      g_autoptr (HeraldSyncItem) item = NULL;

      /* New posts and an edit each round, so there is always work. */
      for (guint i = 0; i < 40; i++)
        {
          g_autofree char *title = g_strdup_printf ("第 %u 轮 第 %u 条", round, i);
          g_autoptr (HeraldPost) post = store_test_add_post (fixture->store, account_id, title,
                                                             T0 + (round * 40 + i) * 600,
                                                             HERALD_POST_STATUS_DRAFT);
        }
      n_posts += 40;
      save_title (fixture, fixture->ids[round % 3], round % 2 ? "改过一次" : "又改了一次");

      /* The first round runs to its end and times a whole child; the
       * others are killed somewhere within that time. */
      requests = caldav_test_server_count_requests (fixture->server);
      start = g_get_monotonic_time ();
      g_test_trap_subprocess ("/sync/killed",
                              round == 0 ? 0 : (guint64) (g_test_rand_double_range (0.1, 1.0) * lifetime),
                              G_TEST_SUBPROCESS_DEFAULT);
      if (round == 0)
        {
          g_assert_true (g_test_trap_has_passed ());
          lifetime = g_get_monotonic_time () - start;
        }
      /* Killed after it began talking to the server. */
      n_killed += !g_test_trap_has_passed () && caldav_test_server_count_requests (fixture->server) > requests;
      g_test_message ("round %u: passed %d, %u requests", round, g_test_trap_has_passed (),
                      caldav_test_server_count_requests (fixture->server) - requests);

      g_assert_true (run_sync (fixture, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, &error), ==, n_posts);
      g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, n_posts);
      outbox = herald_store_sync_list_outbox (fixture->store, &error);
      g_assert_cmpuint (outbox->len, ==, 0);
      item = herald_store_sync_get_item (fixture->store, fixture->ids[round % 3], &error);
      g_assert_nonnull (item);
      g_assert_nonnull (strstr (item->ical, round % 2 ? "改过一次" : "又改了一次"));
    }
  g_assert_cmpint (herald_store_sync_count_conflicts (fixture->store, &error), ==, 0);
  g_test_message ("%u of 9 syncs killed midway", n_killed);
  g_assert_cmpuint (n_killed, >, 0);
}

typedef struct {
  GMainLoop        *loop;
  gboolean          ok;
  HeraldSyncResult  result;
  guint             n_progress;
  guint             n_finished;
  GError           *error;
} AsyncRun;

static void
progress_cb (HeraldSyncEngine *engine,
             const char       *stage,
             guint             done,
             guint             total,
             gpointer          user_data)
{
  AsyncRun *run = user_data;

  g_assert_true (g_str_equal (stage, "pull") || g_str_equal (stage, "push"));
  g_assert_cmpuint (done, <=, total);
  run->n_progress++;
}

static void
finished_cb (HeraldSyncEngine *engine,
             gboolean          ok,
             gpointer          user_data)
{
  AsyncRun *run = user_data;

  run->n_finished++;
}

static void
sync_done_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->ok = herald_sync_engine_sync_finish (HERALD_SYNC_ENGINE (source), res, &run->result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  const char *collection = caldav_test_server_get_collection (fixture->server);
  g_autoptr (HeraldCaldavClient) client = herald_caldav_client_new (collection, NULL, NULL);
  g_autoptr (HeraldSyncEngine) engine = herald_sync_engine_new (fixture->path, client, collection);
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncRun run = { loop, FALSE, { 0 }, 0, 0, NULL };
  HeraldSyncResult last;
  gint64 finished_at = 0;

  g_assert_false (herald_sync_engine_get_last_result (engine, NULL, NULL));
  g_signal_connect (engine, "progress", G_CALLBACK (progress_cb), &run);
  g_signal_connect (engine, "finished", G_CALLBACK (finished_cb), &run);
  herald_sync_engine_sync_async (engine, NULL, sync_done_cb, &run);
  g_main_loop_run (loop);

  g_assert_no_error (run.error);
  g_assert_true (run.ok);
  g_assert_cmpuint (run.result.pushed, ==, 3);
  g_assert_cmpuint (run.n_finished, ==, 1);
  /* Progress arrives in this thread; let the last ones in. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (run.n_progress, >=, 2);
  g_assert_true (herald_sync_engine_get_last_result (engine, &last, &finished_at));
  g_assert_cmpuint (last.pushed, ==, 3);
  g_assert_cmpint (finished_at, >, 0);
  g_assert_null (herald_sync_engine_get_last_error (engine));
  assert_settled (fixture, 4);
}

/* A redirect to another server gets the request, never the password. */
static void
test_redirect_away (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr (CaldavTestServer) other = caldav_test_server_new ();
  const char *collection = caldav_test_server_get_collection (fixture->server);
  g_autoptr (HeraldCaldavClient) client = herald_caldav_client_new (collection, "alice", "s3cret");
  g_autoptr (HeraldMultistatus) listing = NULL;
  g_autoptr (GError) error = NULL;

  listing = herald_caldav_client_list_etags (client, collection, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (caldav_test_server_count_authorized (fixture->server), ==, 1);

  caldav_test_server_set_redirect_to (fixture->server, caldav_test_server_get_base (other));
  caldav_test_server_set_fault (fixture->server, NULL, FAULT_REDIRECT_AWAY, -1);
  g_clear_pointer (&listing, herald_multistatus_free);
  listing = herald_caldav_client_list_etags (client, collection, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (caldav_test_server_count_requests (other), ==, 1);
  g_assert_cmpuint (caldav_test_server_count_authorized (other), ==, 0);
  g_assert_cmpuint (caldav_test_server_count_authorized (fixture->server), ==, 2);
}

static guint
outbox_length (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) outbox = herald_store_sync_list_outbox (fixture->store, &error);

  g_assert_no_error (error);
  return outbox->len;
}

/* An edit pushed on its own: its request and no other, whatever is on
 * the server; the server's other changes wait for the next full sync, and
 * a post changed on both sides is still merged. */
static void
test_push_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) local = NULL;
  g_autoptr (HeraldPost) remote = NULL;
  g_autofree char *added_id = herald_store_new_id ();
  g_autofree char *added_ical = other_event (added_id, "同事新加的选题");
  g_autofree char *added_name = g_strconcat (added_id, ".ics", NULL);
  HeraldSyncResult result;
  guint before;

  settle (fixture);
  caldav_test_server_put_item (fixture->server, added_name, added_ical);
  edit_on_server (fixture, fixture->ids[0], edit_notes);

  save_title (fixture, fixture->ids[1], "只推送的标题");
  before = caldav_test_server_count_requests (fixture->server);
  g_assert_true (run_engine (fixture, TRUE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (caldav_test_server_count_requests (fixture->server) - before, ==, 1);
  g_assert_cmpuint (result.pushed, ==, 1);
  g_assert_cmpuint (result.pulled, ==, 0);
  remote = server_post (fixture, fixture->ids[1]);
  g_assert_cmpstr (herald_post_get_title (remote), ==, "只推送的标题");
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, &error), ==, 4);
  g_assert_cmpuint (outbox_length (fixture), ==, 0);
  g_clear_object (&remote);

  /* Changed on both sides: the push is refused, and merged. */
  save_title (fixture, fixture->ids[0], "两边都改了");
  g_assert_true (run_engine (fixture, TRUE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.conflicts, ==, 0);
  local = get_post (fixture, fixture->ids[0]);
  remote = server_post (fixture, fixture->ids[0]);
  g_assert_cmpstr (herald_post_get_title (local), ==, "两边都改了");
  g_assert_cmpstr (herald_post_get_notes (local), ==, "记得@品牌合作方");
  g_assert_cmpstr (herald_post_get_title (remote), ==, "两边都改了");
  g_assert_cmpstr (herald_post_get_notes (remote), ==, "记得@品牌合作方");

  /* The next full sync brings the rest. */
  g_assert_true (run_sync (fixture, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, &error), ==, 5);
  g_clear_object (&local);
  local = get_post (fixture, added_id);
  g_assert_cmpstr (herald_post_get_title (local), ==, "同事新加的选题");
  assert_settled (fixture, 5);
}

static HeraldCampaign *
get_campaign (Fixture    *fixture,
              const char *id)
{
  g_autoptr (GError) error = NULL;
  HeraldCampaign *campaign = herald_store_get_campaign (fixture->store, id, &error);

  g_assert_no_error (error);
  return campaign;
}

static HeraldTopic *
get_topic (Fixture    *fixture,
           const char *id)
{
  g_autoptr (GError) error = NULL;
  HeraldTopic *topic = herald_store_get_topic (fixture->store, id, &error);

  g_assert_no_error (error);
  return topic;
}

static char *
server_text (Fixture    *fixture,
             const char *id)
{
  g_autofree char *name = g_strconcat (id, ".ics", NULL);

  return caldav_test_server_get_item (fixture->server, name);
}

static void
put_on_server (Fixture    *fixture,
               const char *id,
               const char *ical)
{
  g_autofree char *name = g_strconcat (id, ".ics", NULL);

  caldav_test_server_put_item (fixture->server, name, ical);
}

static void
sync_ok (Fixture          *fixture,
         HeraldSyncResult *result)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (run_sync (fixture, result, &error));
  g_assert_no_error (error);
}

static void
edit_description (icalcomponent *component)
{
  icalcomponent_set_description (component, "角度：换成宝妈视角\n人群：宝妈\n风险：无");
}

static void
edit_campaign_notes (icalcomponent *component)
{
  set_x (component, "X-HERALD-NOTES", "服务器上补的备注");
}

/* Another member raised the target of the one KPI. */
static void
edit_kpis (icalcomponent *component)
{
  g_autofree char *json = g_strdup (herald_ical_get_x (component, "X-HERALD-KPIS"));
  g_autoptr (GString) changed = g_string_new (json);

  g_assert_cmpuint (g_string_replace (changed, "100000", "200000", 0), ==, 1);
  set_x (component, "X-HERALD-KPIS", changed->str);
}

static void
assert_kpi (Fixture    *fixture,
            const char *campaign_id,
            const char *metric,
            double      target,
            const char *account_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) kpis = herald_store_list_kpis (fixture->store, campaign_id, &error);
  g_autoptr (HeraldKpi) kpi = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 1);
  kpi = g_list_model_get_item (kpis, 0);
  g_assert_cmpstr (herald_kpi_get_metric (kpi), ==, metric);
  g_assert_cmpfloat (herald_kpi_get_target (kpi), ==, target);
  g_assert_cmpstr (herald_kpi_get_account_id (kpi), ==, account_id);
}

static void
edit_summary (icalcomponent *component)
{
  icalcomponent_set_summary (component, "服务器上的名字");
}

/* Campaigns and topic notes sync like posts: created, changed and
 * deleted on either side, merged after a 412, a field changed on both
 * sides kept as it is here.  Run against a server with sync-collection
 * and against one with only etags and a CTag. */
static void
test_records (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("双十二大促");
  g_autoptr (HeraldTopic) topic = herald_topic_new ("#打工人的早餐#", "weibo");
  g_autoptr (HeraldCampaign) other_campaign = herald_campaign_new ("同事建的活动：年货节");
  g_autoptr (HeraldTopic) other_topic = herald_topic_new ("#年货清单#", "douyin");
  g_autoptr (HeraldAccount) other_account = herald_account_new ("douyin", "抖音主号");
  g_autofree char *other_campaign_id = herald_store_new_id ();
  g_autofree char *other_topic_id = herald_store_new_id ();
  g_autofree char *other_account_id = herald_store_new_id ();
  g_autofree char *text = NULL;
  g_autofree char *campaign_id = NULL;
  g_autofree char *topic_id = NULL;
  char *linked_ids[5];
  HeraldHeatSample sample = { T0 + 3600, 98765, 3 };
  HeraldSyncResult result;

  if (GPOINTER_TO_INT (data))
    caldav_test_server_set_no_sync_collection (fixture->server, TRUE);
  settle (fixture);

  /* Made here: pushed, a campaign as an all-day event, a note as a
   * journal entry. */
  herald_campaign_set_starts_on (campaign, "2026-12-01");
  herald_campaign_set_ends_on (campaign, "2026-12-12");
  herald_campaign_set_goal (campaign, "新增粉丝 5 万");
  herald_store_save_campaign (fixture->store, campaign, &error);
  g_assert_no_error (error);
  campaign_id = g_strdup (herald_record_get_id (HERALD_RECORD (campaign)));
  {
    g_autoptr (HeraldKpi) kpi = herald_kpi_new (campaign_id, "views", 100000);

    herald_store_save_kpi (fixture->store, kpi, &error);
    g_assert_no_error (error);
  }
  herald_topic_set_notes (topic, "角度：通勤路上的早餐\n人群：上班族\n风险：别点名品牌");
  herald_topic_set_first_seen (topic, T0);
  herald_store_save_topic (fixture->store, topic, &error);
  g_assert_no_error (error);
  topic_id = g_strdup (herald_record_get_id (HERALD_RECORD (topic)));

  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pushed, ==, 2);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 6);
  text = server_text (fixture, campaign_id);
  g_assert_nonnull (strstr (text, "X-HERALD-KIND:campaign"));
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20261201"));
  g_assert_nonnull (strstr (text, "DTEND;VALUE=DATE:20261213"));
  g_assert_nonnull (strstr (text, "X-HERALD-KPIS;VALUE=TEXT:"));
  g_assert_nonnull (strstr (text, "100000"));
  g_clear_pointer (&text, g_free);
  text = server_text (fixture, topic_id);
  g_assert_nonnull (strstr (text, "BEGIN:VJOURNAL"));
  g_assert_nonnull (strstr (text, "通勤路上的早餐"));
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  /* Heat measured here stays here: nothing to push. */
  herald_store_add_topic_heat (fixture->store, topic_id, &sample, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  /* Another member's campaign, topic note and posts of that campaign
   * arrive in one pull, in whatever order the server lists them. */
  herald_record_set_id (HERALD_RECORD (other_campaign), other_campaign_id);
  herald_campaign_set_starts_on (other_campaign, "2027-01-10");
  herald_campaign_set_ends_on (other_campaign, "2027-01-25");
  herald_campaign_set_color (other_campaign, "#f6d32d");
  herald_record_set_id (HERALD_RECORD (other_account), other_account_id);
  {
    /* A target for an account this database does not have yet. */
    g_autoptr (GListStore) kpis = g_list_store_new (HERALD_TYPE_KPI);
    g_autoptr (GListStore) accounts = g_list_store_new (HERALD_TYPE_ACCOUNT);
    g_autoptr (HeraldKpi) kpi = herald_kpi_new (other_campaign_id, "likes", 30000);
    g_autofree char *kpis_json = NULL;

    herald_record_set_id (HERALD_RECORD (kpi), "kpi-of-other");
    herald_kpi_set_account_id (kpi, other_account_id);
    g_list_store_append (kpis, kpi);
    g_list_store_append (accounts, other_account);
    kpis_json = herald_ical_kpis_to_json (G_LIST_MODEL (kpis), G_LIST_MODEL (accounts));
    text = herald_ical_campaign_to_calendar (other_campaign, kpis_json, NULL, NULL);
  }
  put_on_server (fixture, other_campaign_id, text);
  g_clear_pointer (&text, g_free);
  herald_record_set_id (HERALD_RECORD (other_topic), other_topic_id);
  herald_topic_set_notes (other_topic, "角度：年货里的家乡味");
  herald_topic_set_first_seen (other_topic, T0 - 86400);
  text = herald_ical_topic_to_calendar (other_topic, NULL);
  put_on_server (fixture, other_topic_id, text);
  g_clear_pointer (&text, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (linked_ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("年货节第 %u 条", i + 1);
      g_autoptr (HeraldPost) post = herald_post_new (other_account_id, title);

      linked_ids[i] = herald_store_new_id ();
      herald_record_set_id (HERALD_RECORD (post), linked_ids[i]);
      herald_post_set_scheduled_at (post, T0 + 86400 * (i + 40));
      herald_post_set_campaign_id (post, other_campaign_id);
      text = herald_ical_post_to_calendar (post, other_account, 0, NULL);
      put_on_server (fixture, linked_ids[i], text);
      g_clear_pointer (&text, g_free);
    }

  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pulled, ==, 2 + G_N_ELEMENTS (linked_ids));
  g_assert_cmpuint (result.pushed, ==, 0);
  {
    g_autoptr (HeraldCampaign) seen = get_campaign (fixture, other_campaign_id);
    g_autoptr (HeraldTopic) seen_topic = get_topic (fixture, other_topic_id);

    g_assert_cmpstr (herald_campaign_get_name (seen), ==, "同事建的活动：年货节");
    g_assert_cmpstr (herald_campaign_get_starts_on (seen), ==, "2027-01-10");
    g_assert_cmpstr (herald_campaign_get_ends_on (seen), ==, "2027-01-25");
    g_assert_cmpstr (herald_campaign_get_color (seen), ==, "#f6d32d");
    g_assert_cmpstr (herald_topic_get_notes (seen_topic), ==, "角度：年货里的家乡味");
    g_assert_cmpint (herald_topic_get_first_seen (seen_topic), ==, T0 - 86400);
    assert_kpi (fixture, other_campaign_id, "likes", 30000, other_account_id);
  }
  for (guint i = 0; i < G_N_ELEMENTS (linked_ids); i++)
    {
      g_autoptr (HeraldPost) post = get_post (fixture, linked_ids[i]);

      /* The link survives whichever came first. */
      g_assert_cmpstr (herald_post_get_campaign_id (post), ==, other_campaign_id);
    }
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  /* Changed on each side: a goal here, a note there. */
  herald_campaign_set_goal (campaign, "新增粉丝 8 万");
  herald_store_save_campaign (fixture->store, campaign, &error);
  g_assert_no_error (error);
  edit_on_server (fixture, other_topic_id, edit_description);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pushed, ==, 1);
  g_assert_cmpuint (result.pulled, ==, 1);
  text = server_text (fixture, campaign_id);
  g_assert_nonnull (strstr (text, "新增粉丝 8 万"));
  g_clear_pointer (&text, g_free);
  {
    g_autoptr (HeraldTopic) seen_topic = get_topic (fixture, other_topic_id);

    g_assert_cmpstr (herald_topic_get_notes (seen_topic), ==, "角度：换成宝妈视角\n人群：宝妈\n风险：无");
  }

  /* KPI targets: changed there, then here. */
  edit_on_server (fixture, campaign_id, edit_kpis);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pulled, ==, 1);
  g_assert_cmpuint (result.pushed, ==, 0);
  assert_kpi (fixture, campaign_id, "views", 200000, NULL);
  {
    g_autoptr (GListModel) kpis = herald_store_list_kpis (fixture->store, campaign_id, &error);
    g_autoptr (HeraldKpi) kpi = g_list_model_get_item (kpis, 0);

    herald_kpi_set_target (kpi, 300000);
    herald_store_save_kpi (fixture->store, kpi, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (outbox_length (fixture), ==, 1);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pushed, ==, 1);
  text = server_text (fixture, campaign_id);
  g_assert_nonnull (strstr (text, "300000"));
  g_clear_pointer (&text, g_free);

  /* A note changed there keeps the heat measured here. */
  edit_on_server (fixture, topic_id, edit_description);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pulled, ==, 1);
  {
    g_autoptr (HeraldTopic) seen_topic = get_topic (fixture, topic_id);

    g_assert_cmpstr (herald_topic_get_notes (seen_topic), ==, "角度：换成宝妈视角\n人群：宝妈\n风险：无");
    g_assert_cmpfloat (herald_topic_get_peak_heat (seen_topic), ==, 98765);
    g_assert_cmpint (herald_topic_get_last_seen (seen_topic), ==, T0 + 3600);
  }
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  /* The server changes between pull and push: the If-Match PUT fails,
   * both changes are merged and pushed. */
  g_clear_object (&campaign);
  campaign = get_campaign (fixture, campaign_id);
  herald_campaign_set_name (campaign, "双十二大促·加码");
  herald_store_save_campaign (fixture->store, campaign, &error);
  g_assert_no_error (error);
  edit_on_server_full (fixture, campaign_id, edit_campaign_notes, TRUE);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.kept_local, ==, 0);
  g_clear_object (&campaign);
  campaign = get_campaign (fixture, campaign_id);
  g_assert_cmpstr (herald_campaign_get_name (campaign), ==, "双十二大促·加码");
  g_assert_cmpstr (herald_campaign_get_notes (campaign), ==, "服务器上补的备注");
  text = server_text (fixture, campaign_id);
  g_assert_nonnull (strstr (text, "SUMMARY:双十二大促·加码"));
  g_assert_nonnull (strstr (text, "服务器上补的备注"));
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  /* The same field on both sides: this database's name is kept and
   * counted; no copy is made. */
  herald_campaign_set_name (campaign, "本地的名字");
  herald_store_save_campaign (fixture->store, campaign, &error);
  g_assert_no_error (error);
  edit_on_server (fixture, campaign_id, edit_summary);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.kept_local, ==, 1);
  g_assert_cmpuint (result.conflicts, ==, 0);
  g_clear_object (&campaign);
  campaign = get_campaign (fixture, campaign_id);
  g_assert_cmpstr (herald_campaign_get_name (campaign), ==, "本地的名字");
  text = server_text (fixture, campaign_id);
  g_assert_nonnull (strstr (text, "SUMMARY:本地的名字"));
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_CAMPAIGN, &error), ==, 2);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 6 + 2 + G_N_ELEMENTS (linked_ids));

  /* Deleted here: gone there; deleted there: to the bin here. */
  herald_store_delete (fixture->store, HERALD_RECORD_CAMPAIGN, campaign_id, &error);
  g_assert_no_error (error);
  {
    g_autofree char *name = g_strconcat (other_topic_id, ".ics", NULL);

    caldav_test_server_delete_item (fixture->server, name);
  }
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pushed, ==, 1);
  g_assert_cmpuint (result.deleted, ==, 1);
  text = server_text (fixture, campaign_id);
  g_assert_null (text);
  {
    g_autoptr (HeraldTopic) gone = get_topic (fixture, other_topic_id);

    g_assert_true (herald_record_is_deleted (HERALD_RECORD (gone)));
  }
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_CAMPAIGN, &error), ==, 1);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, &error), ==, 1);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 6 + G_N_ELEMENTS (linked_ids));

  /* Settled. */
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pushed + result.pulled, ==, 0);
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (linked_ids); i++)
    g_free (linked_ids[i]);
}

/* A calendar that takes events only: the notes wait in the outbox while
 * campaigns and posts sync, and go out once the calendar takes them. */
static void
test_records_events_only (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("年货节");
  HeraldSyncResult result;

  caldav_test_server_set_events_only (fixture->server, TRUE);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (HeraldTopic) topic = herald_topic_new (i == 0 ? "#春运抢票#" : "#年夜饭#", "weibo");

      herald_topic_set_notes (topic, "角度：回家的路");
      herald_store_save_topic (fixture->store, topic, &error);
      g_assert_no_error (error);
    }
  herald_campaign_set_starts_on (campaign, "2027-01-10");
  herald_store_save_campaign (fixture->store, campaign, &error);
  g_assert_no_error (error);

  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pushed, ==, 4);
  g_assert_cmpuint (result.held, ==, 2);
  g_assert_cmpuint (outbox_length (fixture), ==, 2);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 5);

  caldav_test_server_set_events_only (fixture->server, FALSE);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pushed, ==, 2);
  g_assert_cmpuint (result.held, ==, 0);
  g_assert_cmpuint (outbox_length (fixture), ==, 0);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 7);
}

static void
apply_feed (Fixture    *fixture,
            HeraldFeed *feed,
            gint64      now,
            double      heat)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_feed_item_free);
  g_autoptr (GError) error = NULL;
  HeraldFeedChanges changes = { 0, };

  g_ptr_array_add (items, herald_feed_item_new ("#初雪#", "https://s.weibo.com/weibo?q=初雪", NULL, heat, 1));
  g_ptr_array_add (items, herald_feed_item_new ("#双十二攻略#", NULL, NULL, heat / 2, 2));
  g_assert_true (herald_store_apply_feed_items (fixture->store, feed, items, now, &changes, &error));
  g_assert_no_error (error);
}

static GStrv
member_ids (Fixture    *fixture,
            const char *campaign_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) members = herald_store_list_campaign_accounts (fixture->store, campaign_id, &error);
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (members, i);

      g_strv_builder_add (ids, herald_record_get_id (HERALD_RECORD (account)));
    }
  return g_strv_builder_end (ids);
}

/* The accounts a campaign runs on travel with it: pushed, changed by
 * another member (with an account this database lacks, made here), and
 * changed here again. */
static void
test_records_campaign_accounts (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("年货节");
  g_autoptr (HeraldAccount) weibo = herald_account_new ("weibo", "品牌官微");
  g_autoptr (HeraldAccount) douyin = herald_account_new ("douyin", "同事的抖音号");
  g_autoptr (HeraldAccount) made = NULL;
  g_autofree char *douyin_id = herald_store_new_id ();
  g_autofree char *text = NULL;
  g_auto (GStrv) ids = NULL;
  const char *campaign_id, *weibo_id;
  HeraldSyncResult result;

  settle (fixture);
  herald_store_save_account (fixture->store, weibo, &error);
  g_assert_no_error (error);
  weibo_id = herald_record_get_id (HERALD_RECORD (weibo));
  herald_store_save_campaign (fixture->store, campaign, &error);
  g_assert_no_error (error);
  campaign_id = herald_record_get_id (HERALD_RECORD (campaign));
  g_assert_true (herald_store_set_campaign_accounts (fixture->store, campaign_id,
                                                     (const char *[]) { weibo_id, NULL }, &error));
  sync_ok (fixture, &result);
  text = server_text (fixture, campaign_id);
  g_assert_nonnull (strstr (text, "X-HERALD-ACCOUNTS"));
  g_assert_nonnull (strstr (text, weibo_id));
  g_assert_nonnull (strstr (text, "品牌官微"));
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  /* Another member adds their Douyin account. */
  herald_record_set_id (HERALD_RECORD (douyin), douyin_id);
  {
    g_autoptr (GListStore) members = g_list_store_new (HERALD_TYPE_ACCOUNT);
    g_autofree char *json = NULL;
    g_autofree char *base = server_text (fixture, campaign_id);

    g_list_store_append (members, weibo);
    g_list_store_append (members, douyin);
    json = herald_ical_campaign_accounts_to_json (G_LIST_MODEL (members));
    text = herald_ical_campaign_to_calendar (campaign, NULL, json, base);
  }
  put_on_server (fixture, campaign_id, text);
  g_clear_pointer (&text, g_free);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pulled, ==, 1);
  g_assert_cmpuint (result.pushed, ==, 0);
  ids = member_ids (fixture, campaign_id);
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) ids, weibo_id));
  g_assert_true (g_strv_contains ((const char * const *) ids, douyin_id));
  made = herald_store_get_account (fixture->store, douyin_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (herald_account_get_name (made), ==, "同事的抖音号");
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  /* Here the Weibo account leaves the campaign: that goes out. */
  g_assert_true (herald_store_set_campaign_accounts (fixture->store, campaign_id,
                                                     (const char *[]) { douyin_id, NULL }, &error));
  g_assert_cmpuint (outbox_length (fixture), ==, 1);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pushed, ==, 1);
  text = server_text (fixture, campaign_id);
  g_assert_null (strstr (text, weibo_id));
  g_assert_nonnull (strstr (text, douyin_id));
}

/* A feed lists many topics: only those the team wrote a note on travel,
 * and the heat a refresh records queues nothing. */
static void
test_records_feed_topics (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldFeed) feed = herald_feed_new ("https://rsshub.example/weibo/search/hot", HERALD_FEED_KIND_RSS);
  g_autoptr (GListModel) topics = NULL;
  g_autoptr (HeraldTopic) topic = NULL;
  g_autofree char *text = NULL;
  HeraldSyncResult result;

  settle (fixture);
  g_assert_true (herald_store_save_feed (fixture->store, feed, NULL));
  apply_feed (fixture, feed, T0, 1000);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, 2);
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  topics = herald_store_list_topics (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr (HeraldTopic) listed = g_list_model_get_item (topics, i);

      if (g_str_equal (herald_topic_get_title (listed), "#初雪#"))
        topic = g_object_ref (listed);
    }
  g_assert_nonnull (topic);
  herald_topic_set_notes (topic, "角度：初雪和热饮");
  herald_store_save_topic (fixture->store, topic, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outbox_length (fixture), ==, 1);
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.pushed, ==, 1);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 5);
  text = server_text (fixture, herald_record_get_id (HERALD_RECORD (topic)));
  g_assert_nonnull (strstr (text, "SUMMARY:#初雪#"));
  g_assert_nonnull (strstr (text, "URL:https://s.weibo.com/weibo?q=初雪"));

  /* The next refresh: hotter, seen later; nothing to push. */
  apply_feed (fixture, feed, T0 + 1800, 5000);
  g_assert_cmpuint (outbox_length (fixture), ==, 0);

  /* A note cleared on a topic the server has still goes out. */
  {
    g_autofree char *id = g_strdup (herald_record_get_id (HERALD_RECORD (topic)));

    g_clear_object (&topic);
    topic = get_topic (fixture, id);
    herald_topic_set_notes (topic, "");
    herald_store_save_topic (fixture->store, topic, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (outbox_length (fixture), ==, 1);
    sync_ok (fixture, &result);
    g_assert_cmpuint (result.pushed, ==, 1);
    g_free (text);
    text = server_text (fixture, id);
    g_assert_null (strstr (text, "DESCRIPTION"));
    g_assert_nonnull (strstr (text, "SUMMARY:#初雪#"));
  }
}

static void
drop_summary (icalcomponent *component)
{
  icalproperty *summary = icalcomponent_get_first_property (component, ICAL_SUMMARY_PROPERTY);

  icalcomponent_remove_property (component, summary);
  icalproperty_free (summary);
}

/* Another program leaves a campaign without a name while it is changed
 * here: the run completes and this version replaces the broken one. */
static void
test_records_unreadable (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("年货节");
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  HeraldSyncResult result;

  herald_campaign_set_starts_on (campaign, "2027-01-10");
  herald_store_save_campaign (fixture->store, campaign, &error);
  g_assert_no_error (error);
  id = g_strdup (herald_record_get_id (HERALD_RECORD (campaign)));
  sync_ok (fixture, &result);

  for (guint unlisted = 0; unlisted < 2; unlisted++)
    {
      herald_campaign_set_goal (campaign, unlisted ? "再改一次" : "本地改的目标");
      herald_store_save_campaign (fixture->store, campaign, &error);
      g_assert_no_error (error);
      edit_on_server_full (fixture, id, drop_summary, unlisted);

      sync_ok (fixture, &result);
      g_assert_cmpuint (result.pushed, ==, 1);
      g_assert_cmpuint (outbox_length (fixture), ==, 0);
      g_free (text);
      text = server_text (fixture, id);
      g_assert_nonnull (strstr (text, "SUMMARY:年货节"));
      g_assert_nonnull (strstr (text, unlisted ? "再改一次" : "本地改的目标"));
    }
}

/* Events nobody can read as a post, a campaign or a note stay on the
 * server untouched. */
static void
test_records_skipped (Fixture       *fixture,
                      gconstpointer  data)
{
  HeraldSyncResult result;

  put_on_server (fixture, "meeting",
                 "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                 "BEGIN:VEVENT\r\nUID:meeting\r\nDTSTAMP:20261128T000000Z\r\nDTSTART:20261201T020000Z\r\n"
                 "SUMMARY:周会\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  put_on_server (fixture, "diary",
                 "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                 "BEGIN:VJOURNAL\r\nUID:diary\r\nDTSTAMP:20261128T000000Z\r\n"
                 "SUMMARY:日记\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n");
  put_on_server (fixture, "nameless",
                 "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                 "BEGIN:VEVENT\r\nUID:nameless\r\nDTSTAMP:20261128T000000Z\r\nDTSTART;VALUE=DATE:20261201\r\n"
                 "X-HERALD-KIND:campaign\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  sync_ok (fixture, &result);
  g_assert_cmpuint (result.skipped, ==, 3);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 7);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_CAMPAIGN, NULL), ==, 0);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, 0);
}

/* Multistatus parsing, without a server. */
static void
test_multistatus (void)
{
  const char *body =
    "<?xml version=\"1.0\"?>"
    "<multistatus xmlns=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
    " <response><href>/cal/a.ics</href>"
    "  <propstat><prop><getetag>\"1\"</getetag><C:calendar-data>BEGIN:VCALENDAR&#13;\nEND:VCALENDAR</C:calendar-data></prop>"
    "   <status>HTTP/1.1 200 OK</status></propstat>"
    "  <propstat><prop><displayname/></prop><status>HTTP/1.1 404 Not Found</status></propstat>"
    " </response>"
    " <response><href>/cal/b.ics</href><status>HTTP/1.1 404 Not Found</status></response>"
    " <response><status>HTTP/1.1 200 OK</status></response>"
    " <sync-token>http://example.invalid/ns/sync/7</sync-token>"
    "</multistatus>";
  g_autoptr (HeraldMultistatus) ms = NULL;
  g_autoptr (GError) error = NULL;
  HeraldDavResponse *a, *b;

  ms = herald_multistatus_parse (body, strlen (body), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ms->responses->len, ==, 2);
  a = ms->responses->pdata[0];
  b = ms->responses->pdata[1];
  g_assert_cmpstr (a->href, ==, "/cal/a.ics");
  g_assert_cmpuint (a->status, ==, 200);
  g_assert_cmpstr (a->etag, ==, "\"1\"");
  g_assert_cmpstr (a->calendar_data, ==, "BEGIN:VCALENDAR\r\nEND:VCALENDAR");
  g_assert_null (a->display_name);
  g_assert_cmpuint (b->status, ==, 404);
  g_assert_cmpstr (ms->sync_token, ==, "http://example.invalid/ns/sync/7");

  g_clear_pointer (&ms, herald_multistatus_free);
  ms = herald_multistatus_parse ("<html/>", 7, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (ms);
  g_clear_error (&error);
  ms = herald_multistatus_parse ("<multistatus xmlns=\"DAV:\"><response>", 36, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (ms);

  g_assert_cmpuint (herald_dav_parse_status ("HTTP/1.1 207 Multi-Status"), ==, 207);
  g_assert_cmpuint (herald_dav_parse_status ("207"), ==, 0);
  g_assert_cmpuint (herald_dav_parse_status ("HTTP/1.1 99 x"), ==, 0);
}

/* An event another program wrote, with a zone name and no VTIMEZONE. */
static void
test_foreign_zone (void)
{
  const char *text =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
    "BEGIN:VEVENT\r\nUID:abc\r\nDTSTAMP:20261128T000000Z\r\n"
    "DTSTART;TZID=Asia/Shanghai:20261212T200000\r\n"
    "SUMMARY:双十二直播\r\nX-HERALD-ACCOUNT:acc\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;

  post = herald_ical_calendar_to_post (text, &account, &error);
  g_assert_no_error (error);
  /* 20:00 in Shanghai is 12:00 UTC. */
  g_assert_cmpint (herald_post_get_scheduled_at (post), ==, 1797076800);
  g_assert_cmpstr (herald_post_get_title (post), ==, "双十二直播");
  g_assert_nonnull (account);
  g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (account)), ==, "acc");
}

static void
test_merge_fields (void)
{
  g_autoptr (HeraldPost) base = herald_post_new ("acc", "标题");
  g_autoptr (HeraldPost) local = NULL;
  g_autoptr (HeraldPost) remote = NULL;
  g_autoptr (HeraldPost) merged = NULL;
  guint n;

  herald_post_set_body (base, "正文");
  herald_post_set_scheduled_at (base, T0);
  local = herald_post_merge (base, base, base, &n);
  g_assert_cmpuint (n, ==, 0);
  remote = herald_post_merge (base, base, base, &n);

  herald_post_set_body (local, "本地正文");
  herald_post_set_scheduled_at (remote, T0 + 60);
  merged = herald_post_merge (base, local, remote, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (herald_post_get_body (merged), ==, "本地正文");
  g_assert_cmpint (herald_post_get_scheduled_at (merged), ==, T0 + 60);
  g_clear_object (&merged);

  herald_post_set_body (remote, "远端正文");
  merged = herald_post_merge (base, local, remote, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (herald_post_get_body (merged), ==, "本地正文");
  g_clear_object (&merged);

  /* No base: every difference is a conflict. */
  merged = herald_post_merge (NULL, local, remote, &n);
  g_assert_cmpuint (n, ==, 2);
}

static void
tls_handler (SoupServer        *server,
             SoupServerMessage *message,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  static const char body[] = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

  soup_server_message_set_response (message, "text/calendar", SOUP_MEMORY_STATIC, body, sizeof body - 1);
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
}

typedef struct {
  GTlsCertificate *certificate;
  GMainContext    *context;
  GMainLoop       *loop;
  GMutex           lock;
  GCond            ready;
  char            *base;
} TlsServer;

/* The server answers from a thread of its own: the client's requests
 * block the test's. */
static gpointer
tls_server_thread (gpointer data)
{
  TlsServer *tls = data;
  g_autoptr (SoupServer) server = NULL;
  g_autoptr (GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (tls->context);
  server = soup_server_new ("tls-certificate", tls->certificate, NULL);
  soup_server_add_handler (server, NULL, tls_handler, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY | SOUP_SERVER_LISTEN_HTTPS, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);

  g_mutex_lock (&tls->lock);
  tls->base = g_uri_to_string (uris->data);
  g_cond_signal (&tls->ready);
  g_mutex_unlock (&tls->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (tls->loop);
  g_clear_object (&server);
  g_main_context_pop_thread_default (tls->context);
  return NULL;
}

/* A server whose certificate no authority vouches for is refused at once
 * (no retries), with its SHA-256 fingerprint to show; once the user trusts
 * that fingerprint it is taken, and only that one. */
static void
test_untrusted_certificate (void)
{
  g_autofree char *cert_path = g_build_filename (FIXTURES_DIR, "self-signed-cert.pem", NULL);
  g_autofree char *key_path = g_build_filename (FIXTURES_DIR, "self-signed-key.pem", NULL);
  g_autofree char *sha_path = g_build_filename (FIXTURES_DIR, "self-signed-cert.sha256", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *computed = NULL;
  g_autofree char *lower = NULL;
  g_autoptr (HeraldCaldavClient) client = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *offered = NULL;
  g_autofree char *text = NULL;
  TlsServer tls = { NULL, };
  GThread *thread;

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking)");
      return;
    }

  tls.certificate = g_tls_certificate_new_from_files (cert_path, key_path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (sha_path, &expected, NULL, NULL));
  g_strstrip (expected);
  computed = herald_caldav_certificate_fingerprint (tls.certificate);
  g_assert_cmpstr (computed, ==, expected);

  tls.context = g_main_context_new ();
  tls.loop = g_main_loop_new (tls.context, FALSE);
  g_mutex_init (&tls.lock);
  g_cond_init (&tls.ready);
  g_mutex_lock (&tls.lock);
  thread = g_thread_new ("tls-server", tls_server_thread, &tls);
  while (tls.base == NULL)
    g_cond_wait (&tls.ready, &tls.lock);
  g_mutex_unlock (&tls.lock);
  g_assert_true (g_str_has_prefix (tls.base, "https://127.0.0.1:"));

  client = herald_caldav_client_new (tls.base, "editor", "secret");
  text = herald_caldav_client_get (client, "/cal/a.ics", NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_UNTRUSTED);
  g_assert_nonnull (strstr (error->message, expected));
  g_assert_cmpuint (herald_caldav_client_get_request_count (client), ==, 1);
  offered = herald_caldav_client_dup_offered_fingerprint (client);
  g_assert_cmpstr (offered, ==, expected);
  g_clear_error (&error);

  /* Another fingerprint trusted: still refused. */
  herald_caldav_client_set_trusted_fingerprint (client, "00:11:22:33");
  text = herald_caldav_client_get (client, "/cal/a.ics", NULL, NULL, &error);
  g_assert_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_UNTRUSTED);
  g_clear_error (&error);

  /* This one, as the user saw it (any case): taken. */
  lower = g_ascii_strdown (expected, -1);
  herald_caldav_client_set_trusted_fingerprint (client, lower);
  text = herald_caldav_client_get (client, "/cal/a.ics", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));

  g_clear_object (&client);
  g_main_loop_quit (tls.loop);
  g_thread_join (thread);
  g_main_loop_unref (tls.loop);
  g_main_context_unref (tls.context);
  g_mutex_clear (&tls.lock);
  g_cond_clear (&tls.ready);
  g_free (tls.base);
  g_object_unref (tls.certificate);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sync/multistatus", test_multistatus);
  g_test_add_func ("/sync/merge-fields", test_merge_fields);
  g_test_add_func ("/sync/foreign-zone", test_foreign_zone);
  g_test_add_func ("/sync/untrusted-certificate", test_untrusted_certificate);
  for (guint i = 0; i < G_N_ELEMENTS (fault_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/sync/fault/%s", fault_cases[i].name);

      g_test_add (path, Fixture, &fault_cases[i], fixture_set_up, test_fault, fixture_tear_down);
    }
  g_test_add ("/sync/killed", Fixture, NULL, fixture_set_up, test_killed, fixture_tear_down);
  g_test_add ("/sync/redirect-away", Fixture, NULL, fixture_set_up, test_redirect_away, fixture_tear_down);
  g_test_add ("/sync/async", Fixture, NULL, fixture_set_up, test_async, fixture_tear_down);
  g_test_add ("/sync/merge", Fixture, NULL, fixture_set_up, test_merge, fixture_tear_down);
  g_test_add ("/sync/conflict-settled", Fixture, NULL, fixture_set_up, test_conflict_settled, fixture_tear_down);
  g_test_add ("/sync/412-on-push", Fixture, NULL, fixture_set_up, test_412_on_push, fixture_tear_down);
  g_test_add ("/sync/push-only", Fixture, NULL, fixture_set_up, test_push_only, fixture_tear_down);
  g_test_add ("/sync/deletes", Fixture, NULL, fixture_set_up, test_deletes, fixture_tear_down);
  g_test_add ("/sync/foreign-edit", Fixture, NULL, fixture_set_up, test_foreign_edit, fixture_tear_down);
  g_test_add ("/sync/bad-token", Fixture, NULL, fixture_set_up, test_bad_token, fixture_tear_down);
  g_test_add ("/sync/no-sync-collection", Fixture, NULL, fixture_set_up, test_no_sync_collection, fixture_tear_down);
  g_test_add ("/sync/records", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up, test_records, fixture_tear_down);
  g_test_add ("/sync/records-etags", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_records, fixture_tear_down);
  g_test_add ("/sync/records-events-only", Fixture, NULL, fixture_set_up, test_records_events_only, fixture_tear_down);
  g_test_add ("/sync/records-feed-topics", Fixture, NULL, fixture_set_up, test_records_feed_topics, fixture_tear_down);
  g_test_add ("/sync/records-unreadable", Fixture, NULL, fixture_set_up, test_records_unreadable, fixture_tear_down);
  g_test_add ("/sync/records-skipped", Fixture, NULL, fixture_set_up, test_records_skipped, fixture_tear_down);
  g_test_add ("/sync/records-campaign-accounts", Fixture, NULL, fixture_set_up, test_records_campaign_accounts,
              fixture_tear_down);

  return g_test_run ();
}
