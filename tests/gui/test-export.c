/* test-export.c — Export Calendar (.ics)…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>

#include "herald-application.h"
#include "herald-test-gui.h"
#include "herald-window.h"

static guint
count_events (const char *path)
{
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  guint n;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  n = icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT);
  icalcomponent_free (calendar);

  return n;
}

static gboolean
alert_shown (gpointer data)
{
  return ADW_IS_ALERT_DIALOG (adw_application_window_get_visible_dialog (data));
}

static void
test_export (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("herald-gui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "herald.db", NULL);
  g_autofree char *out = g_build_filename (dir, "plan.ics", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (out);
  g_autoptr (HeraldStore) seed = NULL;
  g_autoptr (HeraldAccount) account = herald_account_new ("xiaohongshu", "山茶的日常");
  g_autoptr (HeraldApplication) app = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 11, 20, 10, 0, 0);
  HeraldWindow *window;
  AdwDialog *dialog;
  GtkWidget *choice;
  /* This month twice, next month once, a post in March. */
  const int days[][2] = { { 11, 3 }, { 11, 25 }, { 12, 10 }, { 3, 1 } };

  seed = herald_store_open (path, &error);
  g_assert_no_error (error);
  herald_store_save_account (seed, account, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr (GDateTime) at = g_date_time_new_local (days[i][0] == 3 ? 2027 : 2026, days[i][0], days[i][1], 20, 0, 0);
      g_autoptr (HeraldPost) post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), "种草笔记");

      herald_post_set_status (post, HERALD_POST_STATUS_SCHEDULED);
      herald_post_set_scheduled_at (post, g_date_time_to_unix (at));
      herald_store_save_post (seed, post, &error);
      g_assert_no_error (error);
    }
  g_clear_object (&seed);

  app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (app, path);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (herald_application_get_store (app));

  g_assert_true (herald_application_export_calendar (app, file, HERALD_EXPORT_RANGE_THIS_MONTH, now, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_events (out), ==, 2);

  g_assert_true (herald_application_export_calendar (app, file, HERALD_EXPORT_RANGE_NEXT_30_DAYS, now, &error));
  g_assert_cmpuint (count_events (out), ==, 2);  /* 11-25 and 12-10 */

  g_assert_true (herald_application_export_calendar (app, file, HERALD_EXPORT_RANGE_EVERYTHING, now, &error));
  g_assert_cmpuint (count_events (out), ==, 4);

  /* A folder that is not there: an error, nothing written. */
  {
    g_autofree char *bad_path = g_build_filename (dir, "missing", "plan.ics", NULL);
    g_autoptr (GFile) bad = g_file_new_for_path (bad_path);

    g_assert_false (herald_application_export_calendar (app, bad, HERALD_EXPORT_RANGE_EVERYTHING, now, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }

  /* The menu item asks which posts first. */
  window = herald_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  herald_test_wait_mapped (GTK_WIDGET (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "export-calendar", NULL);
  g_assert_true (herald_test_wait_for (alert_shown, window, 5000));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  choice = adw_alert_dialog_get_extra_child (ADW_ALERT_DIALOG (dialog));
  g_assert_true (GTK_IS_DROP_DOWN (choice));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (choice))), ==, 4);
  g_assert_true (adw_alert_dialog_has_response (ADW_ALERT_DIALOG (dialog), "export"));
  adw_dialog_force_close (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  herald_test_wait_idle ();
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add_func ("/export/calendar", test_export);

  return g_test_run ();
}
