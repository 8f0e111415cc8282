/* test-sync-radicale.c — two databases syncing through a real Radicale
 *
 * Starts `python3 -m radicale` on a free loopback port with its own
 * storage folder and a plain htpasswd file, then syncs two Herald
 * databases through it, by hand and with the background scheduler.
 * Skipped only when Radicale is not installed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <libical/ical.h>

#include "herald-caldav-client.h"
#include "herald-ical-mapping.h"
#include "herald-store-sync.h"
#include "herald-sync-engine.h"
#include "herald-sync-scheduler.h"
#include "store-test-util.h"

#define T0 1795939200  /* 2026-11-28 00:00 UTC */

typedef struct {
  GSubprocess *radicale;
  char        *config_path;
  guint16      port;
  char        *dir;
  char        *base;
  char        *collection;
  HeraldStore *a;
  char        *path_a;
  HeraldStore *b;
  char        *path_b;
} Fixture;

static guint16
free_port (void)
{
  g_autoptr (GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static gboolean
radicale_available (void)
{
  int status = 1;

  return g_spawn_sync (NULL, (char *[]) { "python3", "-c", "import radicale", NULL }, NULL,
                       G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

static void
start_radicale (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  fixture->radicale = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                                        "python3", "-m", "radicale", "--config", fixture->config_path, NULL);
  g_assert_no_error (error);

  /* Wait until it listens. */
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr (GSocketClient) client = g_socket_client_new ();
      g_autoptr (GSocketConnection) connection = g_socket_client_connect_to_host (client, "127.0.0.1", fixture->port, NULL, NULL);

      if (connection != NULL)
        break;
      g_usleep (50000);
    }
}

static void
stop_radicale (Fixture *fixture)
{
  g_subprocess_send_signal (fixture->radicale, SIGTERM);
  g_subprocess_wait (fixture->radicale, NULL, NULL);
  g_clear_object (&fixture->radicale);
}

static gboolean
sync_store (Fixture            *fixture,
            const char         *path,
            const char         *password,
            HeraldSyncResult   *result,
            GError            **error)
{
  g_autoptr (HeraldCaldavClient) client = herald_caldav_client_new (fixture->base, "alice", password);
  g_autoptr (HeraldSyncEngine) engine = NULL;

  herald_caldav_client_set_retries (client, 2, 50, 1000);
  if (fixture->collection == NULL)
    {
      fixture->collection = herald_caldav_client_discover (client, NULL, error);
      if (fixture->collection == NULL)
        return FALSE;
    }

  engine = herald_sync_engine_new (path, client, fixture->collection);
  return herald_sync_engine_sync (engine, result, NULL, error);
}

static void
sync_ok (Fixture          *fixture,
         const char       *path,
         HeraldSyncResult *result)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (sync_store (fixture, path, "秘密-secret", result, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *config = NULL;
  g_autofree char *config_path = NULL;
  g_autofree char *users = NULL;
  guint16 port;

  if (!radicale_available ())
    return;

  fixture->dir = store_test_tmpdir ();
  port = free_port ();
  users = g_build_filename (fixture->dir, "users", NULL);
  g_assert_true (g_file_set_contents (users, "alice:秘密-secret\n", -1, NULL));
  config = g_strdup_printf ("[server]\nhosts = 127.0.0.1:%u\n"
                            "[auth]\ntype = htpasswd\nhtpasswd_filename = %s\nhtpasswd_encryption = plain\n"
                            "[storage]\nfilesystem_folder = %s/collections\n"
                            "[logging]\nlevel = warning\n",
                            port, users, fixture->dir);
  config_path = g_build_filename (fixture->dir, "config", NULL);
  g_assert_true (g_file_set_contents (config_path, config, -1, NULL));

  fixture->config_path = g_steal_pointer (&config_path);
  fixture->port = port;
  fixture->base = g_strdup_printf ("http://127.0.0.1:%u/", port);
  start_radicale (fixture);

  fixture->a = store_test_open (&fixture->path_a);
  fixture->b = store_test_open (&fixture->path_b);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->radicale != NULL)
    stop_radicale (fixture);
  g_free (fixture->config_path);
  if (fixture->path_a != NULL)
    {
      g_autofree char *dir_a = g_path_get_dirname (fixture->path_a);
      g_autofree char *dir_b = g_path_get_dirname (fixture->path_b);

      g_clear_object (&fixture->a);
      g_clear_object (&fixture->b);
      store_test_rm_rf (dir_a);
      store_test_rm_rf (dir_b);
    }
  if (fixture->dir != NULL)
    store_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->base);
  g_free (fixture->collection);
  g_free (fixture->path_a);
  g_free (fixture->path_b);
}

static HeraldPost *
get_post (HeraldStore *store,
          const char  *id)
{
  g_autoptr (GError) error = NULL;
  HeraldPost *post = herald_store_get_post (store, id, &error);

  g_assert_no_error (error);
  return post;
}

static void
set_title (HeraldStore *store,
           const char  *id,
           const char  *title)
{
  g_autoptr (HeraldPost) post = get_post (store, id);
  g_autoptr (GError) error = NULL;

  herald_post_set_title (post, title);
  herald_store_save_post (store, post, &error);
  g_assert_no_error (error);
}

static gint64
count_posts (HeraldStore *store)
{
  g_autoptr (GError) error = NULL;
  gint64 n = herald_store_count (store, HERALD_RECORD_POST, &error);

  g_assert_no_error (error);
  return n;
}

static void
test_two_databases (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) seen = NULL;
  g_autofree char *id = NULL;
  char *offline_ids[3] = { NULL };
  HeraldSyncResult result;

  if (fixture->config_path == NULL)
    {
      g_test_skip ("Radicale is not installed");
      return;
    }

  /* A wrong password is refused, and nothing is lost. */
  account = store_test_add_account (fixture->a, "weibo", "品牌官微");
  post = store_test_add_post (fixture->a, herald_record_get_id (HERALD_RECORD (account)), "A 写的预告",
                              T0 + 3600, HERALD_POST_STATUS_SCHEDULED);
  id = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
  g_assert_false (sync_store (fixture, fixture->path_a, "wrong", &result, &error));
  g_assert_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_UNAUTHORIZED);
  g_clear_error (&error);

  /* A creates, B sees. */
  sync_ok (fixture, fixture->path_a, &result);
  g_assert_cmpuint (result.pushed, ==, 1);
  sync_ok (fixture, fixture->path_b, &result);
  g_assert_cmpuint (result.pulled, ==, 1);
  seen = get_post (fixture->b, id);
  g_assert_cmpstr (herald_post_get_title (seen), ==, "A 写的预告");
  g_assert_cmpint (herald_post_get_scheduled_at (seen), ==, T0 + 3600);
  g_clear_object (&seen);

  /* Both edit the title: one conflict copy, the last writer's title in
   * the post, the other in the copy, on both sides. */
  set_title (fixture->a, id, "A 改的标题");
  set_title (fixture->b, id, "B 改的标题");
  sync_ok (fixture, fixture->path_a, &result);
  sync_ok (fixture, fixture->path_b, &result);
  g_assert_cmpuint (result.conflicts, ==, 1);
  sync_ok (fixture, fixture->path_a, &result);
  g_assert_cmpuint (result.conflicts, ==, 0);
  g_assert_cmpint (count_posts (fixture->a), ==, 2);
  g_assert_cmpint (count_posts (fixture->b), ==, 2);
  g_assert_cmpint (herald_store_sync_count_conflicts (fixture->b, &error), ==, 1);
  seen = get_post (fixture->a, id);
  g_assert_cmpstr (herald_post_get_title (seen), ==, "B 改的标题");
  g_clear_object (&seen);

  /* A delete propagates. */
  herald_store_delete (fixture->b, HERALD_RECORD_POST, id, &error);
  g_assert_no_error (error);
  sync_ok (fixture, fixture->path_b, &result);
  sync_ok (fixture, fixture->path_a, &result);
  g_assert_cmpuint (result.deleted, ==, 1);
  seen = get_post (fixture->a, id);
  g_assert_true (herald_record_is_deleted (HERALD_RECORD (seen)));
  g_clear_object (&seen);
  g_assert_cmpint (count_posts (fixture->a), ==, 1);

  /* Offline edits queue and go out later. */
  for (guint i = 0; i < G_N_ELEMENTS (offline_ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("离线写的第 %u 条", i + 1);
      g_autoptr (HeraldPost) offline = store_test_add_post (fixture->a, herald_record_get_id (HERALD_RECORD (account)),
                                                            title, T0 + 86400 * (i + 1), HERALD_POST_STATUS_DRAFT);

      offline_ids[i] = g_strdup (herald_record_get_id (HERALD_RECORD (offline)));
    }
  stop_radicale (fixture);
  g_assert_false (sync_store (fixture, fixture->path_a, "秘密-secret", &result, &error));
  g_assert_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NETWORK);
  g_clear_error (&error);
  start_radicale (fixture);
  {
    g_autoptr (GPtrArray) outbox = herald_store_sync_list_outbox (fixture->a, &error);

    g_assert_cmpuint (outbox->len, ==, 3);
  }
  sync_ok (fixture, fixture->path_a, &result);
  g_assert_cmpuint (result.pushed, ==, 3);
  sync_ok (fixture, fixture->path_b, &result);
  g_assert_cmpuint (result.pulled, ==, 3);
  g_assert_cmpint (count_posts (fixture->b), ==, 4);
  g_assert_cmpint (count_posts (fixture->a), ==, 4);

  /* Another client moves and retitles an event with a plain PUT and adds
   * a property of its own. */
  {
    g_autoptr (HeraldCaldavClient) other = herald_caldav_client_new (fixture->base, "alice", "秘密-secret");
    g_autofree char *href = g_strconcat (fixture->collection, offline_ids[0], ".ics", NULL);
    g_autofree char *etag = NULL;
    g_autofree char *ical = herald_caldav_client_get (other, href, &etag, NULL, &error);
    icalcomponent *calendar, *event;
    icalproperty *x;
    icaltimezone *utc = icaltimezone_get_utc_timezone ();
    char *text;

    g_assert_no_error (error);
    calendar = icalparser_parse_string (ical);
    event = herald_ical_find_vevent (calendar);
    icalcomponent_set_summary (event, "同事在手机上改的标题");
    icalcomponent_set_dtstart (event, icaltime_from_timet_with_zone (T0 + 86400 * 7, 0, utc));
    icalcomponent_set_dtend (event, icaltime_from_timet_with_zone (T0 + 86400 * 7 + 1800, 0, utc));
    x = icalproperty_new_x ("来自别的日历");
    icalproperty_set_x_name (x, "X-OTHER-CLIENT");
    icalcomponent_add_property (event, x);
    text = icalcomponent_as_ical_string_r (calendar);
    g_assert_true (herald_caldav_client_put (other, href, text, etag, NULL, NULL, &error));
    g_assert_no_error (error);
    free (text);
    icalcomponent_free (calendar);

    sync_ok (fixture, fixture->path_a, &result);
    g_assert_cmpuint (result.pulled, ==, 1);
    seen = get_post (fixture->a, offline_ids[0]);
    g_assert_cmpstr (herald_post_get_title (seen), ==, "同事在手机上改的标题");
    g_assert_cmpint (herald_post_get_scheduled_at (seen), ==, T0 + 86400 * 7);

    /* A edits it: the other client's property survives the round trip. */
    herald_post_set_body (seen, "A 补充的正文");
    herald_store_save_post (fixture->a, seen, &error);
    g_assert_no_error (error);
    sync_ok (fixture, fixture->path_a, &result);
    g_assert_cmpuint (result.pushed, ==, 1);
    g_free (ical);
    ical = herald_caldav_client_get (other, href, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (ical, "X-OTHER-CLIENT:来自别的日历"));
    g_assert_nonnull (strstr (ical, "A 补充的正文"));
    g_clear_object (&seen);

    sync_ok (fixture, fixture->path_b, &result);
    seen = get_post (fixture->b, offline_ids[0]);
    g_assert_cmpstr (herald_post_get_title (seen), ==, "同事在手机上改的标题");
    g_assert_cmpstr (herald_post_get_body (seen), ==, "A 补充的正文");
  }

  for (guint i = 0; i < G_N_ELEMENTS (offline_ids); i++)
    g_free (offline_ids[i]);

  /* A campaign, a post of it and a hot-topic note made in A are seen in
   * B: the campaign as an all-day event, the note as a journal entry. */
  {
    g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("双十二大促");
    g_autoptr (HeraldTopic) topic = herald_topic_new ("#打工人的早餐#", "weibo");
    g_autoptr (HeraldPost) linked = NULL;
    g_autoptr (HeraldCampaign) seen_campaign = NULL;
    g_autoptr (HeraldTopic) seen_topic = NULL;
    g_autoptr (HeraldCaldavClient) other = herald_caldav_client_new (fixture->base, "alice", "秘密-secret");
    g_autofree char *href = NULL;
    g_autofree char *ical = NULL;
    g_autofree char *campaign_id = NULL;
    g_autofree char *topic_id = NULL;

    herald_campaign_set_starts_on (campaign, "2026-12-01");
    herald_campaign_set_ends_on (campaign, "2026-12-12");
    herald_campaign_set_goal (campaign, "新增粉丝 5 万");
    herald_campaign_set_color (campaign, "#e01b24");
    /* Plain commas: Radicale reads them in an X- property as a list. */
    herald_campaign_set_notes (campaign, "Budget: 200k, owner: Li; no \\ or \"最\"\nSecond line");
    herald_store_save_campaign (fixture->a, campaign, &error);
    g_assert_no_error (error);
    campaign_id = g_strdup (herald_record_get_id (HERALD_RECORD (campaign)));
    {
      g_autoptr (HeraldKpi) kpi = herald_kpi_new (campaign_id, "followers_gained", 50000);

      herald_kpi_set_account_id (kpi, herald_record_get_id (HERALD_RECORD (account)));
      herald_store_save_kpi (fixture->a, kpi, &error);
      g_assert_no_error (error);
    }
    g_assert_true (herald_store_set_campaign_accounts (fixture->a, campaign_id,
                                                       (const char *[]) { herald_record_get_id (HERALD_RECORD (account)), NULL },
                                                       &error));
    herald_topic_set_notes (topic, "角度：通勤路上的早餐\n人群：上班族\n风险：别点名品牌");
    herald_topic_set_first_seen (topic, T0);
    herald_topic_set_url (topic, "https://s.weibo.com/weibo?q=早餐");
    herald_store_save_topic (fixture->a, topic, &error);
    g_assert_no_error (error);
    topic_id = g_strdup (herald_record_get_id (HERALD_RECORD (topic)));
    linked = store_test_add_post (fixture->a, herald_record_get_id (HERALD_RECORD (account)), "大促第一弹, 预热",
                                  T0 + 86400 * 3, HERALD_POST_STATUS_DRAFT);
    herald_post_set_campaign_id (linked, campaign_id);
    herald_store_save_post (fixture->a, linked, &error);
    g_assert_no_error (error);

    sync_ok (fixture, fixture->path_a, &result);
    g_assert_cmpuint (result.pushed, ==, 3);
    g_assert_cmpuint (result.held, ==, 0);
    href = g_strconcat (fixture->collection, topic_id, ".ics", NULL);
    ical = herald_caldav_client_get (other, href, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (ical, "BEGIN:VJOURNAL"));
    g_clear_pointer (&href, g_free);
    g_clear_pointer (&ical, g_free);
    href = g_strconcat (fixture->collection, campaign_id, ".ics", NULL);
    ical = herald_caldav_client_get (other, href, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (ical, "DTSTART;VALUE=DATE:20261201"));
    g_assert_nonnull (strstr (ical, "DTEND;VALUE=DATE:20261213"));

    sync_ok (fixture, fixture->path_b, &result);
    g_assert_cmpuint (result.pulled, ==, 3);
    seen_campaign = herald_store_get_campaign (fixture->b, campaign_id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (herald_campaign_get_name (seen_campaign), ==, "双十二大促");
    g_assert_cmpstr (herald_campaign_get_goal (seen_campaign), ==, "新增粉丝 5 万");
    g_assert_cmpstr (herald_campaign_get_starts_on (seen_campaign), ==, "2026-12-01");
    g_assert_cmpstr (herald_campaign_get_ends_on (seen_campaign), ==, "2026-12-12");
    g_assert_cmpstr (herald_campaign_get_color (seen_campaign), ==, "#e01b24");
    g_assert_cmpstr (herald_campaign_get_notes (seen_campaign), ==, "Budget: 200k, owner: Li; no \\ or \"最\"\nSecond line");
    {
      g_autoptr (GListModel) kpis = herald_store_list_kpis (fixture->b, campaign_id, &error);
      g_autoptr (HeraldKpi) kpi = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 1);
      kpi = g_list_model_get_item (kpis, 0);
      g_assert_cmpstr (herald_kpi_get_metric (kpi), ==, "followers_gained");
      g_assert_cmpfloat (herald_kpi_get_target (kpi), ==, 50000);
      g_assert_cmpstr (herald_kpi_get_account_id (kpi), ==, herald_record_get_id (HERALD_RECORD (account)));
    }
    {
      g_autoptr (GListModel) members = herald_store_list_campaign_accounts (fixture->b, campaign_id, &error);
      g_autoptr (HeraldAccount) member = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
      member = g_list_model_get_item (members, 0);
      g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (member)), ==, herald_record_get_id (HERALD_RECORD (account)));
    }
    seen_topic = herald_store_get_topic (fixture->b, topic_id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (herald_topic_get_title (seen_topic), ==, "#打工人的早餐#");
    g_assert_cmpstr (herald_topic_get_notes (seen_topic), ==, "角度：通勤路上的早餐\n人群：上班族\n风险：别点名品牌");
    g_assert_cmpstr (herald_topic_get_url (seen_topic), ==, "https://s.weibo.com/weibo?q=早餐");
    g_assert_cmpint (herald_topic_get_first_seen (seen_topic), ==, T0);
    g_clear_object (&seen);
    seen = get_post (fixture->b, herald_record_get_id (HERALD_RECORD (linked)));
    g_assert_cmpstr (herald_post_get_campaign_id (seen), ==, campaign_id);
    g_assert_cmpstr (herald_post_get_title (seen), ==, "大促第一弹, 预热");
    g_clear_object (&seen);

    /* B marks the topic used; A deletes the campaign: each side sees
     * the other's change. */
    herald_topic_set_state (seen_topic, HERALD_TOPIC_STATE_USED);
    herald_store_save_topic (fixture->b, seen_topic, &error);
    g_assert_no_error (error);
    herald_store_delete (fixture->a, HERALD_RECORD_CAMPAIGN, campaign_id, &error);
    g_assert_no_error (error);
    sync_ok (fixture, fixture->path_b, &result);
    g_assert_cmpuint (result.pushed, ==, 1);
    sync_ok (fixture, fixture->path_a, &result);
    g_assert_cmpuint (result.pushed, ==, 1);
    g_assert_cmpuint (result.pulled, ==, 1);
    g_clear_object (&topic);
    topic = herald_store_get_topic (fixture->a, topic_id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (herald_topic_get_state (topic), ==, HERALD_TOPIC_STATE_USED);
    sync_ok (fixture, fixture->path_b, &result);
    g_assert_cmpuint (result.deleted, ==, 1);
    g_clear_object (&seen_campaign);
    seen_campaign = herald_store_get_campaign (fixture->b, campaign_id, &error);
    g_assert_true (herald_record_is_deleted (HERALD_RECORD (seen_campaign)));
  }

  /* Settled: one more round changes nothing. */
  sync_ok (fixture, fixture->path_a, &result);
  g_assert_cmpuint (result.pushed + result.pulled, ==, 0);
  sync_ok (fixture, fixture->path_b, &result);
  g_assert_cmpuint (result.pushed + result.pulled, ==, 0);
}

typedef struct {
  HeraldSyncScheduler *scheduler;
  HeraldStore         *store;
  const char          *id;
  const char          *title;
} Wait;

static gboolean
wait_until (gboolean (*condition) (Wait *),
            Wait     *wait,
            guint     timeout_ms)
{
  gint64 until = g_get_monotonic_time () + timeout_ms * 1000;

  while (!condition (wait) && g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
  return condition (wait);
}

static gboolean
is_state_idle (Wait *wait)
{
  return herald_sync_scheduler_get_state (wait->scheduler) == HERALD_SYNC_STATE_IDLE &&
         herald_sync_scheduler_get_last_result (wait->scheduler, NULL);
}

static gboolean
is_state_waiting (Wait *wait)
{
  return herald_sync_scheduler_get_state (wait->scheduler) == HERALD_SYNC_STATE_WAITING;
}

static gboolean
has_title (Wait *wait)
{
  g_autoptr (HeraldPost) post = herald_store_get_post (wait->store, wait->id, NULL);

  return post != NULL && g_strcmp0 (herald_post_get_title (post), wait->title) == 0;
}

static gboolean
synced_title (Wait *wait)
{
  return has_title (wait) && is_state_idle (wait);
}

static gboolean
no_runs (Wait *wait)
{
  return herald_sync_scheduler_count_live_runs () == 0;
}

/* Background sync between two databases: A's post reaches B by B's
 * timer; with Radicale down A's edit waits and retries, and once it is
 * back up the edit goes through by itself and B gets it. */
static void
test_scheduler (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (HeraldSyncScheduler) a = NULL;
  g_autoptr (HeraldSyncScheduler) b = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (HeraldPost) post = NULL;
  Wait wait_a = { NULL }, wait_b = { NULL };

  if (fixture->config_path == NULL)
    {
      g_test_skip ("Radicale is not installed");
      return;
    }
  /* No keyring here: the password stays in the schedulers for the test. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/herald-test-bus", TRUE);

  account = store_test_add_account (fixture->a, "weibo", "品牌官微");
  post = store_test_add_post (fixture->a, herald_record_get_id (HERALD_RECORD (account)), "A 写的预告",
                              T0 + 3600, HERALD_POST_STATUS_SCHEDULED);

  a = herald_sync_scheduler_new (fixture->path_a);
  herald_sync_scheduler_watch_store (a, fixture->a);
  herald_sync_scheduler_set_test_timing (a, 60 * 1000, 200, 800, 100);
  b = herald_sync_scheduler_new (fixture->path_b);
  herald_sync_scheduler_watch_store (b, fixture->b);
  herald_sync_scheduler_set_test_timing (b, 500, 200, 800, 100);
  wait_a = (Wait) { a, fixture->a, herald_record_get_id (HERALD_RECORD (post)), "A 写的预告" };
  wait_b = (Wait) { b, fixture->b, herald_record_get_id (HERALD_RECORD (post)), "A 写的预告" };

  herald_sync_scheduler_set_up (a, fixture->base, "alice", "秘密-secret");
  g_assert_true (wait_until (is_state_idle, &wait_a, 30000));
  g_assert_null (herald_sync_scheduler_get_last_error (a));
  herald_sync_scheduler_set_up (b, fixture->base, "alice", "秘密-secret");
  g_assert_true (wait_until (synced_title, &wait_b, 30000));
  g_assert_cmpstr (herald_sync_scheduler_get_collection (a), ==, herald_sync_scheduler_get_collection (b));

  /* Radicale goes away; A's edit is queued and retried. */
  stop_radicale (fixture);
  set_title (fixture->a, wait_a.id, "离线时改的标题");
  g_assert_cmpuint (herald_sync_scheduler_get_pending (a), ==, 1);
  g_assert_true (wait_until (is_state_waiting, &wait_a, 30000));
  g_assert_true (g_str_has_prefix (herald_sync_scheduler_get_last_error (a), "Could not reach the server"));
  g_assert_cmpuint (herald_sync_scheduler_get_pending (a), ==, 1);

  /* Back up: A pushes by itself, B's timer brings the edit. */
  start_radicale (fixture);
  wait_b.title = "离线时改的标题";
  g_assert_true (wait_until (synced_title, &wait_b, 30000));
  g_assert_cmpint (herald_sync_scheduler_get_state (a), ==, HERALD_SYNC_STATE_IDLE);
  g_assert_cmpuint (herald_sync_scheduler_get_pending (a), ==, 0);
  g_assert_cmpint (count_posts (fixture->b), ==, 1);

  g_clear_object (&a);
  g_clear_object (&b);
  g_assert_true (wait_until (no_runs, &wait_a, 30000));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sync/radicale/two-databases", Fixture, NULL, fixture_set_up, test_two_databases, fixture_tear_down);
  g_test_add ("/sync/radicale/scheduler", Fixture, NULL, fixture_set_up, test_scheduler, fixture_tear_down);

  return g_test_run ();
}
