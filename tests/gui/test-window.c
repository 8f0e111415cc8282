/* test-window.c — the main window, its pages and its adaptive layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-application.h"
#include "herald-first-frame.h"
#include "herald-preferences-dialog.h"
#include "herald-shortcuts-dialog.h"
#include "herald-store-sync.h"
#include "herald-sync-indicator.h"
#include "herald-test-gui.h"
#include "herald-window-private.h"

static HeraldApplication *app;

static HeraldWindow *
open_window (int width,
             int height)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  HeraldWindow *window;

  g_settings_set (settings, "window-size", "(ii)", width, height);
  window = herald_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  herald_test_wait_mapped (GTK_WIDGET (window));
  herald_test_wait_idle ();

  return window;
}

static void
close_window (HeraldWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  herald_test_wait_idle ();
}

static void
test_window_opens (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  HeraldWindow *window;

  g_settings_reset (settings, "last-page");
  window = open_window (1100, 720);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (herald_window_get_page (window), ==, "calendar");
  g_assert_false (adw_navigation_split_view_get_collapsed (herald_window_get_split_view (window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, 600);

  close_window (window);
}

/* Opening where the last session left off reads the settings and writes
 * none of them back. */
static void
test_window_start_writes_nothing (void)
{
  g_autoptr (GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GSettings) settings = NULL;
  HeraldWindow *window;

  if (!herald_test_run_with_settings_file ())
    return;

  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "last-page", "calendar");
  herald_test_wait_idle ();

  herald_test_record_setting_changes (settings, changed);
  window = herald_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  herald_test_wait_mapped (GTK_WIDGET (window));
  herald_test_wait_idle ();

  g_assert_cmpstr (herald_window_get_page (window), ==, "calendar");
  g_assert_cmpuint (changed->len, ==, 0);

  /* Going elsewhere is remembered. */
  herald_window_set_page (window, "drafts");
  herald_test_wait_idle ();
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (changed->pdata[0], ==, "last-page");

  close_window (window);
}

static gboolean
title_is_shown (GtkWidget  *widget,
                const char *title)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), title) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (title_is_shown (child, title))
      return TRUE;

  return FALSE;
}

typedef struct {
  GtkWidget  *widget;
  const char *title;
} TitleWait;

static gboolean
title_shown_cb (gpointer data)
{
  TitleWait *wait = data;

  return title_is_shown (wait->widget, wait->title);
}

/* Waits for @title to be on screen: a busy machine may take longer than
 * an idle moment to draw a page. */
static gboolean
wait_title_shown (GtkWidget  *widget,
                  const char *title)
{
  TitleWait wait = { widget, title };

  return herald_test_wait_for (title_shown_cb, &wait, 10000);
}

static void
test_window_pages (void)
{
  static const struct {
    const char *name;
    const char *status_title;
  } pages[] = {
    { "drafts", "No Drafts" },
    { "topics", "No Hot Topics" },
    { "campaigns", "No Campaigns" },
    /* No accounts yet: the first-run invitation. */
    { "calendar", "Plan Your Week" },
  };
  HeraldWindow *window = open_window (1100, 720);
  GtkListBox *list = herald_window_get_pages_list (window);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkListBoxRow *row = NULL;

      for (int j = 0; (row = gtk_list_box_get_row_at_index (list, j)) != NULL; j++)
        if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), pages[i].name) == 0)
          break;

      g_assert_nonnull (row);
      g_signal_emit_by_name (list, "row-activated", row);
      herald_test_wait_idle ();

      g_assert_cmpstr (herald_window_get_page (window), ==, pages[i].name);
      g_assert_true (gtk_list_box_get_selected_row (list) == row);
      g_assert_true (wait_title_shown (GTK_WIDGET (window), pages[i].status_title));
    }

  /* The keyboard shortcut action reaches the same pages. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "topics"));
  g_assert_cmpstr (herald_window_get_page (window), ==, "topics");

  close_window (window);
}

static void
test_window_remembers_page (void)
{
  HeraldWindow *window = open_window (1100, 720);

  herald_window_set_page (window, "campaigns");
  close_window (window);

  window = open_window (1100, 720);
  g_assert_cmpstr (herald_window_get_page (window), ==, "campaigns");
  close_window (window);
}

static void
test_window_narrow (void)
{
  HeraldWindow *window = open_window (360, 640);
  AdwNavigationSplitView *split_view = herald_window_get_split_view (window);
  GtkListBox *list = herald_window_get_pages_list (window);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  g_assert_true (adw_navigation_split_view_get_collapsed (split_view));

  /* Collapsed, the sidebar is a page of its own: going back shows it, and
   * choosing a page shows the content again. */
  adw_navigation_split_view_set_show_content (split_view, FALSE);
  herald_test_wait_idle ();
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (list)));

  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 1));
  herald_test_wait_idle ();
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (list)));
  g_assert_true (wait_title_shown (GTK_WIDGET (window), "No Drafts"));

  close_window (window);
}

static void
test_window_preferences (void)
{
  HeraldWindow *window = open_window (1100, 720);
  HeraldPreferencesDialog *dialog;
  g_autofree char *path = NULL;

  dialog = herald_preferences_dialog_new (NULL, "/srv/plan/herald.db");
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (window));
  herald_test_wait_idle ();

  /* Accounts come first; the database is on the Data page. */
  g_assert_cmpstr (adw_preferences_dialog_get_visible_page_name (ADW_PREFERENCES_DIALOG (dialog)), ==, "accounts");
  adw_preferences_dialog_set_visible_page_name (ADW_PREFERENCES_DIALOG (dialog), "data");
  herald_test_wait_idle ();

  g_object_get (dialog, "database-path", &path, NULL);
  g_assert_cmpstr (path, ==, "/srv/plan/herald.db");
  g_assert_true (wait_title_shown (GTK_WIDGET (dialog), "/srv/plan/herald.db"));
  g_assert_true (wait_title_shown (GTK_WIDGET (dialog), "/srv/plan/herald.db.backups"));

  adw_dialog_force_close (ADW_DIALOG (dialog));
  close_window (window);
}

static gboolean
quit_shown (gpointer data)
{
  return title_is_shown (data, "Quit");
}

static void
test_window_shortcuts (void)
{
  HeraldWindow *window = open_window (1100, 720);
  AdwDialog *dialog;

  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  herald_test_wait_idle ();

  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (HERALD_IS_SHORTCUTS_DIALOG (dialog));
  /* A slow machine may take more than a frame to map the dialog. */
  g_assert_true (herald_test_wait_for (quit_shown, dialog, 5000));
  g_assert_true (wait_title_shown (GTK_WIDGET (dialog), "Hot Topics"));
  /* Accelerators are shown as keycaps, one per key. */
  g_assert_true (wait_title_shown (GTK_WIDGET (dialog), "Ctrl"));
  g_assert_true (wait_title_shown (GTK_WIDGET (dialog), "Alt"));
  g_assert_true (wait_title_shown (GTK_WIDGET (dialog), "4"));

  adw_dialog_force_close (dialog);
  close_window (window);
}

/* The main menu is attached when it is first opened, and then has its
 * items. */
static void
test_window_primary_menu (void)
{
  HeraldWindow *window = open_window (1100, 720);
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window), HERALD_TYPE_WINDOW,
                                                                          "primary_menu_button"));
  GMenuModel *menu;
  gboolean found_preferences = FALSE;

  g_assert_null (gtk_menu_button_get_menu_model (button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  gtk_menu_button_popup (button);
  herald_test_wait_idle ();

  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          g_assert_true (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action));
          if (g_str_equal (action, "app.preferences"))
            found_preferences = TRUE;
        }
    }
  g_assert_true (found_preferences);

  gtk_menu_button_popdown (button);
  close_window (window);
}

static guint n_after_first_frame;

static void
count_after_first_frame (GtkWidget *widget)
{
  g_assert_true (herald_widget_is_painted (widget));
  n_after_first_frame++;
}

static gboolean
after_first_frame_ran (gpointer data)
{
  return n_after_first_frame > 0;
}

/* Work put off until the window is on screen runs once, after its first
 * frame; once the window has been painted, it runs at once. */
static void
test_window_after_first_frame (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("热点");

  gtk_window_set_child (GTK_WINDOW (window), label);
  n_after_first_frame = 0;

  herald_widget_after_first_frame (label, count_after_first_frame);
  herald_widget_after_first_frame (label, count_after_first_frame);
  herald_test_wait_idle ();
  g_assert_false (herald_widget_is_painted (label));
  g_assert_cmpuint (n_after_first_frame, ==, 0);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (herald_test_wait_for (after_first_frame_ran, NULL, 10000));
  herald_test_wait_idle ();
  /* Asked twice before the frame: runs once. */
  g_assert_cmpuint (n_after_first_frame, ==, 1);

  herald_widget_after_first_frame (label, count_after_first_frame);
  g_assert_cmpuint (n_after_first_frame, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header's sync indicator: hidden until sync is set up. */
static void
test_window_sync_indicator (void)
{
  HeraldWindow *window = open_window (1100, 720);
  HeraldSyncIndicator *indicator =
    HERALD_SYNC_INDICATOR (gtk_widget_get_template_child (GTK_WIDGET (window), HERALD_TYPE_WINDOW, "sync_indicator"));
  HeraldSyncScheduler *scheduler = herald_application_get_sync_scheduler (app);
  HeraldStore *store = herald_application_get_store (app);
  g_autoptr (GError) error = NULL;
  AdwDialog *dialog;

  g_assert_nonnull (scheduler);
  g_assert_cmpint (herald_sync_scheduler_get_state (scheduler), ==, HERALD_SYNC_STATE_NOT_CONFIGURED);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (indicator)));

  /* Set up (by the command line, say): shown, quietly. */
  g_assert_true (herald_store_sync_use_collection (store, "http://127.0.0.1:9/calendars/team/", &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_sync_set_user (store, "editor", &error));
  g_assert_no_error (error);
  herald_sync_scheduler_reload (scheduler);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (indicator)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (indicator)));
  g_assert_cmpstr (herald_sync_indicator_get_icon (indicator), ==, "synced");

  /* Sync Settings… opens Preferences on the Sync page. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "sync-settings", NULL);
  herald_test_wait_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (HERALD_IS_PREFERENCES_DIALOG (dialog));
  g_assert_cmpstr (adw_preferences_dialog_get_visible_page_name (ADW_PREFERENCES_DIALOG (dialog)), ==, "sync");
  adw_dialog_force_close (dialog);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  herald_test_gui_init (&argc, &argv);

  app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/after-first-frame", test_window_after_first_frame);
  g_test_add_func ("/window/start-writes-nothing", test_window_start_writes_nothing);
  g_test_add_func ("/window/pages", test_window_pages);
  g_test_add_func ("/window/remembers-page", test_window_remembers_page);
  g_test_add_func ("/window/narrow", test_window_narrow);
  g_test_add_func ("/window/preferences", test_window_preferences);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/primary-menu", test_window_primary_menu);
  g_test_add_func ("/window/sync-indicator", test_window_sync_indicator);

  ret = g_test_run ();

  g_clear_object (&app);
  return ret;
}
