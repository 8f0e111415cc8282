/* test-sync.c — Preferences → Sync against a CalDAV server on loopback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "caldav-test-server.h"
#include "herald-caldav-client.h"
#include "herald-ical-mapping.h"
#include "herald-store-sync.h"
#include "herald-sync-credentials.h"
#include "herald-sync-indicator.h"
#include "herald-sync-page.h"
#include "herald-sync-scheduler.h"
#include "herald-test-gui.h"
#include "store-test-util.h"

#define T0 1795939200  /* 2026-11-28 00:00 UTC */
#define PASSWORD "s3cret-团队"

typedef struct {
  CaldavTestServer *server;
  HeraldStore      *store;
  char             *path;
  GtkWindow        *window;
  HeraldSyncPage   *page;
  HeraldSyncScheduler *scheduler;
} Fixture;

static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->page), HERALD_TYPE_SYNC_PAGE, name));
}

/* The error row says nothing about the sync: hidden, or only telling that
 * the password could not go to the keyring (the test bus has none). */
static void
assert_no_sync_error (Fixture *fixture)
{
  GtkWidget *error_row = child (fixture, "error_row");
  const char *keyring_error = herald_sync_scheduler_get_keyring_error (fixture->scheduler);

  g_assert_null (herald_sync_scheduler_get_last_error (fixture->scheduler));
  if (gtk_widget_get_visible (error_row))
    {
      g_assert_nonnull (keyring_error);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (error_row)), ==, keyring_error);
    }
}

static gboolean
keyring_failed (gpointer data)
{
  Fixture *fixture = data;

  return herald_sync_scheduler_get_keyring_error (fixture->scheduler) != NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (HeraldAccount) account = NULL;

  fixture->server = caldav_test_server_new ();
  fixture->store = store_test_open (&fixture->path);
  account = store_test_add_account (fixture->store, "weibo", "品牌官微");
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("双十二预热 %u", i + 1);
      g_autoptr (HeraldPost) post = store_test_add_post (fixture->store,
                                                         herald_record_get_id (HERALD_RECORD (account)),
                                                         title, T0 + i * 3600, HERALD_POST_STATUS_SCHEDULED);
    }

  fixture->scheduler = herald_sync_scheduler_new (fixture->path);
  herald_sync_scheduler_watch_store (fixture->scheduler, fixture->store);
  fixture->page = g_object_new (HERALD_TYPE_SYNC_PAGE, NULL);
  herald_sync_page_set_store (fixture->page, fixture->store);
  herald_sync_page_set_scheduler (fixture->page, fixture->scheduler);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 700, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  herald_test_wait_mapped (GTK_WIDGET (fixture->page));
}

static gboolean
no_live_runs (gpointer data)
{
  return herald_sync_scheduler_count_live_runs () == 0;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (fixture->path);

  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->scheduler);
  herald_test_wait_for (no_live_runs, NULL, 10000);
  herald_test_wait_idle ();
  caldav_test_server_free (fixture->server);
  g_clear_object (&fixture->store);
  store_test_rm_rf (dir);
  g_free (fixture->path);
}

static gboolean
finished (gpointer data)
{
  Fixture *fixture = data;

  return !herald_sync_page_is_syncing (fixture->page);
}

static void
fill_and_sync (Fixture    *fixture,
               const char *password)
{
  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "server_row")),
                         caldav_test_server_get_collection (fixture->server));
  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "user_row")), "editor");
  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "password_row")), password);

  g_signal_emit_by_name (child (fixture, "sync_button"), "clicked");
  g_assert_true (herald_sync_page_is_syncing (fixture->page));
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "sync_button")));
  g_assert_true (herald_test_wait_for (finished, fixture, 20000));
}

static void
save_shot (Fixture    *fixture,
           const char *name)
{
  herald_test_save_shot (GTK_WIDGET (fixture->window), name);
}

static void
test_sync_pushes (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *status;
  g_autofree char *collection = NULL;
  g_autofree char *user = NULL;

  g_assert_false (gtk_widget_get_visible (child (fixture, "calendar_row")));
  fill_and_sync (fixture, PASSWORD);

  /* The three posts are on the server, and the page says so. */
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 3);
  g_assert_cmpuint (caldav_test_server_count_authorized (fixture->server), >, 0);
  status = adw_action_row_get_subtitle (ADW_ACTION_ROW (child (fixture, "status_row")));
  if (g_getenv ("HERALD_SHOT_LOCALEDIR") == NULL)
    g_assert_nonnull (strstr (status, "Pushed 3, pulled 0, 0 conflicts"));

  /* The calendar found is shown and remembered with the user. */
  collection = herald_store_sync_get_collection (fixture->store, NULL);
  g_assert_cmpstr (collection, ==, caldav_test_server_get_collection (fixture->server));
  g_assert_true (gtk_widget_get_visible (child (fixture, "calendar_row")));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (child (fixture, "calendar_row"))), ==, collection);
  user = herald_store_sync_get_user (fixture->store, NULL);
  g_assert_cmpstr (user, ==, "editor");
  save_shot (fixture, "sync-page.png");
}

/* A second Sync Now uses the calendar found the first time and brings in
 * what a colleague planned there. */
static void
test_sync_pulls_again (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr (HeraldAccount) account = herald_account_new ("douyin", "抖音主号");
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) pulled = NULL;
  g_autofree char *account_id = herald_store_new_id ();
  g_autofree char *id = herald_store_new_id ();
  g_autofree char *ical = NULL;
  g_autofree char *name = NULL;
  const char *status;
  guint requests;

  fill_and_sync (fixture, PASSWORD);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 3);

  herald_record_set_id (HERALD_RECORD (account), account_id);
  post = herald_post_new (account_id, "同事的直播预告");
  herald_record_set_id (HERALD_RECORD (post), id);
  herald_post_set_scheduled_at (post, T0 + 7200);
  herald_post_set_status (post, HERALD_POST_STATUS_DRAFT);
  ical = herald_ical_post_to_calendar (post, account, 0, NULL);
  name = g_strconcat (id, ".ics", NULL);
  caldav_test_server_put_item (fixture->server, name, ical);

  requests = caldav_test_server_count_requests (fixture->server);
  g_signal_emit_by_name (child (fixture, "sync_button"), "clicked");
  g_assert_true (herald_test_wait_for (finished, fixture, 20000));
  g_assert_cmpuint (caldav_test_server_count_requests (fixture->server), >, requests);

  assert_no_sync_error (fixture);
  status = adw_action_row_get_subtitle (ADW_ACTION_ROW (child (fixture, "status_row")));
  g_assert_nonnull (strstr (status, "Pushed 0, pulled 1, 0 conflicts"));
  pulled = herald_store_get_post (fixture->store, id, NULL);
  g_assert_nonnull (pulled);
  g_assert_cmpstr (herald_post_get_title (pulled), ==, "同事的直播预告");
}

/* The same post changed on both sides: the page counts the conflict. */
static void
test_sync_conflict (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) theirs = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *ical = NULL;
  g_autofree char *name = NULL;
  GtkWidget *conflicts_row = child (fixture, "conflicts_row");
  const char *status;

  fill_and_sync (fixture, PASSWORD);
  g_assert_false (gtk_widget_get_visible (conflicts_row));

  posts = herald_store_list_posts_in_range (fixture->store, T0 - 1, T0 + 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 1);
  post = g_list_model_get_item (posts, 0);
  account = herald_store_get_account (fixture->store, herald_post_get_account_id (post), &error);
  g_assert_no_error (error);

  theirs = herald_post_new (herald_post_get_account_id (post), "服务器上的新标题");
  herald_record_set_id (HERALD_RECORD (theirs), herald_record_get_id (HERALD_RECORD (post)));
  herald_post_set_scheduled_at (theirs, T0);
  herald_post_set_status (theirs, HERALD_POST_STATUS_SCHEDULED);
  ical = herald_ical_post_to_calendar (theirs, account, 0, NULL);
  name = g_strconcat (herald_record_get_id (HERALD_RECORD (post)), ".ics", NULL);
  caldav_test_server_put_item (fixture->server, name, ical);

  herald_post_set_title (post, "本地的标题");
  g_assert_true (herald_store_save_post (fixture->store, post, &error));
  g_assert_no_error (error);

  g_signal_emit_by_name (child (fixture, "sync_button"), "clicked");
  g_assert_true (herald_test_wait_for (finished, fixture, 20000));
  status = adw_action_row_get_subtitle (ADW_ACTION_ROW (child (fixture, "status_row")));
  g_assert_nonnull (strstr (status, "1 conflict"));
  g_assert_cmpint (herald_store_sync_count_conflicts (fixture->store, NULL), ==, 1);
  g_assert_true (gtk_widget_get_visible (conflicts_row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (conflicts_row)), ==,
                   "1 post has a conflicting copy: keep the right one and delete the other");
}

static void
test_sync_unauthorized (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *error_row;

  caldav_test_server_set_fault (fixture->server, NULL, FAULT_401, -1);
  fill_and_sync (fixture, "wrong");

  error_row = child (fixture, "error_row");
  save_shot (fixture, "sync-page-error.png");
  g_assert_true (gtk_widget_get_visible (error_row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (error_row)), ==, "Wrong user or password");
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "sync_button")));
}

static void
test_sync_password_not_in_settings (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv) keys = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  fill_and_sync (fixture, PASSWORD);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 3);

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr (GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *printed = g_variant_print (value, FALSE);

      g_assert_null (strstr (printed, PASSWORD));
    }

  /* Nor in the database file. */
  g_clear_object (&fixture->store);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_null (g_strstr_len (contents, length, PASSWORD));
  fixture->store = herald_store_open (fixture->path, NULL);
}

static gboolean
secrets_on_bus (gpointer data)
{
  g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr (GVariant) reply = NULL;
  gboolean owned = FALSE;

  if (bus != NULL)
    reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                         "org.freedesktop.DBus", "NameHasOwner",
                                         g_variant_new ("(s)", "org.freedesktop.secrets"),
                                         G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, 1000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

typedef struct {
  char *origin;
  char *found;
} KeyringLookup;

static gboolean
password_in_keyring (gpointer data)
{
  KeyringLookup *lookup = data;

  g_clear_pointer (&lookup->found, herald_sync_credentials_free_password);
  lookup->found = herald_sync_credentials_lookup (lookup->origin, "editor", NULL, NULL);
  return g_strcmp0 (lookup->found, PASSWORD) == 0;
}

/* With a Secret Service on the session bus (gnome-keyring-daemon, unlocked
 * with a known password), the password typed on the page reaches it after
 * the first sync that works, and no keyring error is shown.  Run alone in
 * a session of its own (tests/meson.build): there the daemon started here
 * is the first to own the Secret Service's name. */
static void
test_sync_keyring (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *daemon = g_find_program_in_path ("gnome-keyring-daemon");
  g_autoptr (GSubprocess) keyring = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GUri) uri = NULL;
  KeyringLookup lookup = { NULL, NULL };

  if (daemon == NULL)
    {
      g_test_skip ("gnome-keyring-daemon is not installed");
      return;
    }

  keyring = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                              G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                              daemon, "--foreground", "--unlock", "--components=secrets", NULL);
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (g_subprocess_get_stdin_pipe (keyring), "keyring-unlock\n", 15,
                                            NULL, NULL, &error));
  g_assert_true (g_output_stream_close (g_subprocess_get_stdin_pipe (keyring), NULL, &error));
  g_assert_true (herald_test_wait_for (secrets_on_bus, NULL, 10000));

  fill_and_sync (fixture, PASSWORD);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 3);

  uri = g_uri_parse (caldav_test_server_get_collection (fixture->server), G_URI_FLAGS_NONE, &error);
  g_assert_no_error (error);
  lookup.origin = g_strdup_printf ("http://%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
  if (!herald_test_wait_for (password_in_keyring, &lookup, 10000))
    g_error ("not in the keyring: %s; keyring error: %s", lookup.found ? lookup.found : "(none)",
             herald_sync_scheduler_get_keyring_error (fixture->scheduler));
  g_assert_null (herald_sync_scheduler_get_keyring_error (fixture->scheduler));

  g_clear_pointer (&lookup.found, herald_sync_credentials_free_password);
  g_free (lookup.origin);
  g_subprocess_force_exit (keyring);
  g_subprocess_wait (keyring, NULL, NULL);
}

/* A server with a certificate of its own: the page shows its fingerprint
 * and Trust; trusting it syncs, and the database remembers the choice. */
static void
test_sync_untrusted (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *cert_path = g_build_filename (SYNC_FIXTURES_DIR, "self-signed-cert.pem", NULL);
  g_autofree char *key_path = g_build_filename (SYNC_FIXTURES_DIR, "self-signed-key.pem", NULL);
  g_autoptr (GTlsCertificate) certificate = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GUri) uri = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *remembered = NULL;
  GtkWidget *trust_row = child (fixture, "trust_row");

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking)");
      return;
    }

  certificate = g_tls_certificate_new_from_files (cert_path, key_path, &error);
  g_assert_no_error (error);
  expected = herald_caldav_certificate_fingerprint (certificate);
  caldav_test_server_free (fixture->server);
  fixture->server = caldav_test_server_new_tls (certificate);
  g_assert_true (g_str_has_prefix (caldav_test_server_get_collection (fixture->server), "https://"));

  fill_and_sync (fixture, PASSWORD);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 0);
  g_assert_true (gtk_widget_get_visible (child (fixture, "error_row")));
  g_assert_true (gtk_widget_get_visible (trust_row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (trust_row)), ==, expected);
  save_shot (fixture, "sync-page-untrusted.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "sync-page.trust-certificate", NULL));
  g_assert_true (herald_test_wait_for (finished, fixture, 20000));
  g_assert_false (gtk_widget_get_visible (trust_row));
  assert_no_sync_error (fixture);
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 3);

  uri = g_uri_parse (caldav_test_server_get_collection (fixture->server), G_URI_FLAGS_NONE, &error);
  g_assert_no_error (error);
  origin = g_strdup_printf ("https://%s:%d", g_uri_get_host (uri), g_uri_get_port (uri));
  remembered = herald_store_sync_get_trusted_certificate (fixture->store, origin, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (remembered, ==, expected);
}

static void
test_sync_bad_address (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *error_row = child (fixture, "error_row");

  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "server_row")), "ftp://example.invalid/");
  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "user_row")), "editor");
  g_signal_emit_by_name (child (fixture, "sync_button"), "clicked");

  g_assert_false (herald_sync_page_is_syncing (fixture->page));
  g_assert_true (gtk_widget_get_visible (error_row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (error_row)), ==,
                   "The server needs an http or https address");
  g_assert_cmpuint (caldav_test_server_count_requests (fixture->server), ==, 0);
}

/* ---- the window's sync indicator ---- */

static GtkWidget *
indicator_child (GtkWidget  *indicator,
                 const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (indicator, HERALD_TYPE_SYNC_INDICATOR, name));
}

static gboolean
scheduler_settled (gpointer data)
{
  Fixture *fixture = data;

  return herald_sync_scheduler_get_state (fixture->scheduler) != HERALD_SYNC_STATE_SYNCING;
}

static void
test_indicator_states (Fixture       *fixture,
                       gconstpointer  data)
{
  HeraldSyncIndicator *indicator = g_object_new (HERALD_TYPE_SYNC_INDICATOR, NULL);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autofree char *summary = NULL;
  gint64 finished_at;

  gtk_window_set_child (window, GTK_WIDGET (indicator));
  gtk_window_present (window);
  herald_sync_indicator_set_scheduler (indicator, fixture->scheduler);
  herald_test_wait_idle ();

  /* Not set up: nothing to show. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (indicator)));
  g_assert_null (herald_sync_indicator_dup_summary (indicator, g_get_real_time () / G_USEC_PER_SEC));

  /* Syncing: a spinner. */
  caldav_test_server_set_delay (fixture->server, 100);
  herald_sync_scheduler_set_up (fixture->scheduler, caldav_test_server_get_collection (fixture->server),
                                "editor", PASSWORD);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (indicator)));
  g_assert_cmpstr (herald_sync_indicator_get_icon (indicator), ==, "syncing");
  summary = herald_sync_indicator_dup_summary (indicator, g_get_real_time () / G_USEC_PER_SEC);
  g_assert_cmpstr (summary, ==, "Syncing…");
  g_clear_pointer (&summary, g_free);
  herald_test_wait_mapped (GTK_WIDGET (indicator));
  herald_test_save_shot (GTK_WIDGET (window), "sync-indicator-syncing.png");

  /* Done: a quiet icon, and when, in words. */
  g_assert_true (herald_test_wait_for (scheduler_settled, fixture, 20000));
  g_assert_cmpuint (caldav_test_server_count_items (fixture->server), ==, 3);
  g_assert_cmpstr (herald_sync_indicator_get_icon (indicator), ==, "synced");
  finished_at = herald_sync_scheduler_get_last_finished_at (fixture->scheduler);
  summary = herald_sync_indicator_dup_summary (indicator, finished_at + 10);
  g_assert_cmpstr (summary, ==, "Synced just now");
  g_clear_pointer (&summary, g_free);
  summary = herald_sync_indicator_dup_summary (indicator, finished_at + 3 * 60 + 5);
  g_assert_cmpstr (summary, ==, "Synced 3 minutes ago");
  g_clear_pointer (&summary, g_free);
  summary = herald_sync_indicator_dup_summary (indicator, finished_at + 2 * 3600);
  g_assert_cmpstr (summary, ==, "Synced 2 hours ago");
  g_clear_pointer (&summary, g_free);

  /* The popover has the last result and Sync Now. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (indicator_child (GTK_WIDGET (indicator), "button")));
  herald_test_wait_idle ();
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (indicator_child (GTK_WIDGET (indicator), "result_label"))),
                            "Pushed 3, pulled 0, 0 conflicts"));
  /* The test bus has no keyring: the popover says the password was not kept. */
  g_assert_true (herald_test_wait_for (keyring_failed, fixture, 10000));
  herald_test_wait_idle ();
  g_assert_true (gtk_widget_get_visible (indicator_child (GTK_WIDGET (indicator), "error_label")));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (indicator_child (GTK_WIDGET (indicator), "error_label"))),
                                   "The password could not be saved in the keyring: "));
  herald_test_save_shot (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (indicator_child (GTK_WIDGET (indicator), "button")))),
                "sync-indicator-popover.png");

  /* A refused password: a warning, and why. */
  caldav_test_server_set_fault (fixture->server, NULL, FAULT_401, -1);
  g_signal_emit_by_name (indicator_child (GTK_WIDGET (indicator), "sync_now_button"), "clicked");
  g_assert_cmpint (herald_sync_scheduler_get_state (fixture->scheduler), ==, HERALD_SYNC_STATE_SYNCING);
  g_assert_false (gtk_widget_get_sensitive (indicator_child (GTK_WIDGET (indicator), "sync_now_button")));
  g_assert_true (herald_test_wait_for (scheduler_settled, fixture, 20000));
  g_assert_cmpstr (herald_sync_indicator_get_icon (indicator), ==, "failed");
  summary = herald_sync_indicator_dup_summary (indicator, g_get_real_time () / G_USEC_PER_SEC);
  g_assert_cmpstr (summary, ==, "Sync failed: Wrong user or password");
  g_clear_pointer (&summary, g_free);
  g_assert_true (gtk_widget_get_visible (indicator_child (GTK_WIDGET (indicator), "error_label")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (indicator_child (GTK_WIDGET (indicator), "error_label"))), ==,
                   "Wrong user or password");
  herald_test_save_shot (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (indicator_child (GTK_WIDGET (indicator), "button")))),
                "sync-indicator-failed.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (indicator_child (GTK_WIDGET (indicator), "button")));

  /* The server down: waiting to retry, and when. */
  herald_sync_scheduler_set_test_timing (fixture->scheduler, 60 * 60 * 1000, 60 * 60 * 1000, 60 * 60 * 1000, 1000);
  caldav_test_server_set_fault (fixture->server, NULL, FAULT_500, -1);
  herald_sync_scheduler_sync_now (fixture->scheduler);
  g_assert_true (herald_test_wait_for (scheduler_settled, fixture, 20000));
  g_assert_cmpstr (herald_sync_indicator_get_icon (indicator), ==, "waiting");
  summary = herald_sync_indicator_dup_summary (indicator, g_get_real_time () / G_USEC_PER_SEC);
  g_assert_true (g_str_has_prefix (summary, "Sync failed: The server had a problem; try again later\nWill try again at "));
  g_clear_pointer (&summary, g_free);

  /* Another database, not set up: hidden again. */
  herald_sync_indicator_set_scheduler (indicator, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (indicator)));

  gtk_window_destroy (window);
}

/* A database that remembers its calendar shows the indicator from the
 * start, without a sync. */
static void
test_indicator_configured (Fixture       *fixture,
                           gconstpointer  data)
{
  HeraldSyncIndicator *indicator = g_object_new (HERALD_TYPE_SYNC_INDICATOR, NULL);
  g_autoptr (HeraldSyncScheduler) later = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = NULL;

  g_object_ref_sink (indicator);
  g_assert_true (herald_store_sync_use_collection (fixture->store, caldav_test_server_get_collection (fixture->server),
                                                   &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_sync_set_user (fixture->store, "editor", &error));
  g_assert_no_error (error);

  later = herald_sync_scheduler_new (fixture->path);
  herald_sync_indicator_set_scheduler (indicator, later);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (indicator)));
  g_assert_cmpstr (herald_sync_indicator_get_icon (indicator), ==, "synced");
  summary = herald_sync_indicator_dup_summary (indicator, g_get_real_time () / G_USEC_PER_SEC);
  /* Setting the calendar up queued the three posts. */
  g_assert_cmpstr (summary, ==, "Not synced yet\n3 changes waiting to be sent");
  g_assert_cmpuint (caldav_test_server_count_requests (fixture->server), ==, 0);
  herald_sync_indicator_set_scheduler (indicator, NULL);
  g_object_unref (indicator);
}

/* The result in words: fields kept from this side and notes left waiting
 * get lines of their own, only when there are any. */
static void
test_result_words (void)
{
  HeraldSyncResult result = { .pushed = 3, .pulled = 5, .conflicts = 1 };
  g_autofree char *plain = herald_sync_page_format_result (&result, 1795939200);
  g_autofree char *more = NULL;

  g_assert_true (g_str_has_prefix (plain, "Pushed 3, pulled 5, 1 conflict — "));
  g_assert_null (strchr (plain, '\n'));

  result.kept_local = 2;
  result.held = 1;
  more = herald_sync_page_format_result (&result, 1795939200);
  g_assert_true (g_str_has_prefix (more, plain));
  g_assert_nonnull (strstr (more, "\n2 campaign or note fields changed on both sides: yours were kept"));
  g_assert_nonnull (strstr (more, "\n1 topic note waits: the calendar does not take notes"));
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add ("/sync-page/pushes", Fixture, NULL, fixture_set_up, test_sync_pushes, fixture_tear_down);
  g_test_add ("/sync-page/pulls-again", Fixture, NULL, fixture_set_up, test_sync_pulls_again, fixture_tear_down);
  g_test_add ("/sync-page/conflict", Fixture, NULL, fixture_set_up, test_sync_conflict, fixture_tear_down);
  g_test_add ("/sync-page/unauthorized", Fixture, NULL, fixture_set_up, test_sync_unauthorized, fixture_tear_down);
  g_test_add ("/sync-page/keyring", Fixture, NULL, fixture_set_up, test_sync_keyring, fixture_tear_down);
  g_test_add ("/sync-page/untrusted", Fixture, NULL, fixture_set_up, test_sync_untrusted, fixture_tear_down);
  g_test_add ("/sync-page/password-not-in-settings", Fixture, NULL, fixture_set_up,
              test_sync_password_not_in_settings, fixture_tear_down);
  g_test_add ("/sync-indicator/states", Fixture, NULL, fixture_set_up, test_indicator_states, fixture_tear_down);
  g_test_add ("/sync-indicator/configured", Fixture, NULL, fixture_set_up, test_indicator_configured,
              fixture_tear_down);
  g_test_add_func ("/sync-page/result-words", test_result_words);
  g_test_add ("/sync-page/bad-address", Fixture, NULL, fixture_set_up, test_sync_bad_address, fixture_tear_down);

  return g_test_run ();
}
