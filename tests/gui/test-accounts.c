/* test-accounts.c — accounts in Preferences and the sidebar, overdue posts,
 * the first run and sample data
 *
 * Each case runs in a process of its own, on a database of its own, and
 * drives the real widgets: it types into the dialog's rows and presses its
 * buttons, then looks at the store and at what the window shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "herald-account-dialog.h"
#include "herald-account-row.h"
#include "herald-accounts-page.h"
#include "herald-application.h"
#include "herald-preferences-dialog.h"
#include "herald-sidebar-account-row.h"
#include "herald-test-gui.h"
#include "herald-window-private.h"

typedef struct {
  char              *dir;
  char              *path;
  HeraldApplication *app;
  HeraldWindow      *window;
  HeraldStore       *store;
} Fixture;

static void
fixture_open_store (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("herald-accounts-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "herald.db", NULL);

  f->app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (f->app, f->path);
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);

  f->store = herald_application_get_store (f->app);
  g_assert_nonnull (f->store);
}

static void
fixture_open_window (Fixture *f)
{
  f->window = herald_window_new (f->app);
  gtk_window_present (GTK_WINDOW (f->window));
  herald_test_wait_mapped (GTK_WIDGET (f->window));
  herald_test_wait_idle ();
}

static void
fixture_tear_down (Fixture *f)
{
  AdwDialog *dialog;

  while ((dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window))) != NULL)
    {
      adw_dialog_force_close (dialog);
      herald_test_wait_idle ();
    }
  gtk_window_destroy (GTK_WINDOW (f->window));
  herald_test_wait_idle ();

  g_clear_object (&f->app);
  g_unlink (f->path);
  g_clear_pointer (&f->path, g_free);
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static HeraldAccount *
add_account (Fixture    *f,
             const char *kind,
             const char *name)
{
  g_autoptr (HeraldAccount) account = herald_account_new (kind, name);
  g_autoptr (GError) error = NULL;

  herald_store_save_account (f->store, account, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&account);
}

/* Widgets are found the way a user finds them: by what they say. */
static const char *
widget_text (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));

  return NULL;
}

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *text)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (text == NULL || g_strcmp0 (widget_text (root), text) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
label_shown (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (label_shown (child, text))
      return TRUE;

  return FALSE;
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} Shown;

static gboolean
shown_cb (gpointer data)
{
  Shown *shown = data;

  return label_shown (shown->root, shown->text);
}

/* Waits a little for @text to show, for slow runs (sanitizers). */
static void
assert_shown (GtkWidget  *root,
              const char *text)
{
  Shown shown = { root, text };

  if (!herald_test_wait_for (shown_cb, &shown, 5000))
    g_error ("“%s” is not shown", text);
}

static gboolean
drawable_cb (gpointer data)
{
  return gtk_widget_is_drawable (data);
}

static gboolean
not_drawable_cb (gpointer data)
{
  return !gtk_widget_is_drawable (data);
}

static void
assert_drawable (GtkWidget *widget,
                 gboolean   drawable)
{
  g_assert_true (herald_test_wait_for (drawable ? drawable_cb : not_drawable_cb, widget, 5000));
}

static gboolean
has_focus_cb (gpointer data)
{
  GtkRoot *root = gtk_widget_get_root (data);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == data || gtk_widget_is_ancestor (focus, data));
}

static AdwDialog *
visible_dialog (Fixture *f)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
}

/* The names the sidebar shows, in order, as "a,b,c". */
static char *
sidebar_names (Fixture *f)
{
  GtkListBox *list = herald_window_get_accounts_list (f->window);
  g_autoptr (GString) names = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      GtkWidget *label = find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, NULL);

      g_assert_true (gtk_widget_is_drawable (label));
      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", gtk_label_get_label (GTK_LABEL (label)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
store_names (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) accounts = herald_store_list_accounts (f->store, &error);
  g_autoptr (GString) names = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", herald_account_get_name (account));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The page's list, found through its rows. */
static GtkListBox *
preferences_list (HeraldAccountsPage *page)
{
  GtkWidget *row = find_widget (GTK_WIDGET (page), HERALD_TYPE_ACCOUNT_ROW, NULL);

  g_assert_nonnull (row);
  return GTK_LIST_BOX (gtk_widget_get_parent (row));
}

static char *
preferences_names (HeraldAccountsPage *page)
{
  GtkListBox *list = preferences_list (page);
  g_autoptr (GString) names = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static HeraldAccountRow *
preferences_row (HeraldAccountsPage *page,
                 int                 index)
{
  return HERALD_ACCOUNT_ROW (gtk_list_box_get_row_at_index (preferences_list (page), index));
}

static HeraldAccountsPage *
open_preferences (Fixture *f)
{
  AdwDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  herald_test_wait_idle ();

  dialog = visible_dialog (f);
  g_assert_true (HERALD_IS_PREFERENCES_DIALOG (dialog));
  g_assert_cmpstr (adw_preferences_dialog_get_visible_page_name (ADW_PREFERENCES_DIALOG (dialog)), ==, "accounts");

  return HERALD_ACCOUNTS_PAGE (find_widget (GTK_WIDGET (dialog), HERALD_TYPE_ACCOUNTS_PAGE, NULL));
}

static void
press (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = find_widget (root, GTK_TYPE_BUTTON, label);

  if (button == NULL)
    button = find_widget (root, ADW_TYPE_BUTTON_ROW, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  /* What a click ends in; activating a button from the keyboard only
   * gets there after its press animation. */
  if (GTK_IS_BUTTON (button))
    g_signal_emit_by_name (button, "clicked");
  else
    gtk_widget_activate (button);
  herald_test_wait_idle ();
}

static void
type_into (AdwDialog  *dialog,
           const char *row_title,
           const char *text)
{
  GtkWidget *row = find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
choose_platform (AdwDialog  *dialog,
                 const char *name)
{
  AdwComboRow *row = ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "_Platform"));
  GListModel *model = adw_combo_row_get_model (row);
  GtkExpression *expression = adw_combo_row_get_expression (row);

  /* By the name the row shows, as a user picks it. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);
      g_auto (GValue) value = G_VALUE_INIT;

      g_assert_true (gtk_expression_evaluate (expression, item, &value));
      if (g_strcmp0 (g_value_get_string (&value), name) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }

  g_assert_not_reached ();
}

static GtkColorDialogButton *
color_button (AdwDialog *dialog)
{
  return GTK_COLOR_DIALOG_BUTTON (find_widget (GTK_WIDGET (dialog), GTK_TYPE_COLOR_DIALOG_BUTTON, NULL));
}

static void
assert_color (GtkColorDialogButton *button,
              const char           *expected)
{
  GdkRGBA rgba;

  g_assert_true (gdk_rgba_parse (&rgba, expected));
  g_assert_true (gdk_rgba_equal (gtk_color_dialog_button_get_rgba (button), &rgba));
}

static HeraldAccount *
only_account (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) accounts = herald_store_list_accounts (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, 1);
  return g_list_model_get_item (accounts, 0);
}

/* The first run invites to add accounts; the button opens Preferences on
 * Accounts with the dialog; an account typed in lands in the store, the
 * sidebar and the list, and the invitation goes. */
static void
test_accounts_add (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) account = NULL;
  g_autofree char *names = NULL;
  HeraldAccountsPage *page;
  AdwDialog *dialog;
  GtkWidget *save;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  fixture_open_window (&f);

  assert_shown (GTK_WIDGET (f.window), "Plan Your Week");
  assert_shown (GTK_WIDGET (f.window), "No accounts yet");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (herald_window_get_accounts_list (f.window))));

  press (GTK_WIDGET (f.window), "_Add Accounts");

  dialog = visible_dialog (&f);
  g_assert_true (HERALD_IS_ACCOUNT_DIALOG (dialog));
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Add Account");
  /* Typing goes to the name. */
  g_assert_true (herald_test_wait_for (has_focus_cb,
                                       find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Name"),
                                       5000));
  assert_shown (GTK_WIDGET (f.window), "Your Accounts");

  /* Nothing to save without a name, and spaces are not a name. */
  save = find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Add");
  g_assert_false (gtk_widget_is_sensitive (save));
  type_into (dialog, "_Name", "   ");
  g_assert_false (gtk_widget_is_sensitive (save));

  /* The colour follows the platform. */
  choose_platform (dialog, "Xiaohongshu");
  assert_color (color_button (dialog), "#ff2442");
  choose_platform (dialog, "Weibo");
  assert_color (color_button (dialog), "#ff8200");
  choose_platform (dialog, "Xiaohongshu");

  type_into (dialog, "_Name", "山茶生活");
  type_into (dialog, "_Handle (Optional)", "@山茶生活");
  g_assert_true (gtk_widget_is_sensitive (save));
  press (GTK_WIDGET (dialog), "_Add");

  /* Saved and closed, back on Preferences. */
  g_assert_true (HERALD_IS_PREFERENCES_DIALOG (visible_dialog (&f)));
  account = only_account (&f);
  g_assert_cmpstr (herald_account_get_kind (account), ==, "xiaohongshu");
  g_assert_cmpstr (herald_account_get_name (account), ==, "山茶生活");
  g_assert_cmpstr (herald_account_get_handle (account), ==, "@山茶生活");
  g_assert_cmpstr (herald_account_get_color (account), ==, "#ff2442");
  g_assert_true (herald_account_get_visible (account));

  page = HERALD_ACCOUNTS_PAGE (find_widget (GTK_WIDGET (visible_dialog (&f)), HERALD_TYPE_ACCOUNTS_PAGE, NULL));
  assert_shown (GTK_WIDGET (page), "Xiaohongshu · @山茶生活");

  names = sidebar_names (&f);
  g_assert_cmpstr (names, ==, "山茶生活");
  g_assert_false (label_shown (GTK_WIDGET (f.window), "No accounts yet"));

  adw_dialog_force_close (visible_dialog (&f));
  herald_test_wait_idle ();
  g_assert_false (label_shown (GTK_WIDGET (f.window), "Plan Your Week"));
  /* The calendar itself, ready to plan. */
  assert_shown (GTK_WIDGET (f.window), "_Today");

  fixture_tear_down (&f);
}

/* A colour the user picked stays when the platform changes. */
static void
test_accounts_picked_color (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) account = NULL;
  GdkRGBA picked = { 0.2f, 0.4f, 0.6f, 1.0f };
  AdwDialog *dialog;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  fixture_open_window (&f);
  open_preferences (&f);
  press (GTK_WIDGET (visible_dialog (&f)), "_Add Account…");

  dialog = visible_dialog (&f);
  g_assert_true (HERALD_IS_ACCOUNT_DIALOG (dialog));
  choose_platform (dialog, "Weibo");
  gtk_color_dialog_button_set_rgba (color_button (dialog), &picked);
  choose_platform (dialog, "Douyin");
  g_assert_true (gdk_rgba_equal (gtk_color_dialog_button_get_rgba (color_button (dialog)), &picked));

  type_into (dialog, "_Name", "品牌官微");
  press (GTK_WIDGET (dialog), "_Add");

  account = only_account (&f);
  g_assert_cmpstr (herald_account_get_kind (account), ==, "douyin");
  g_assert_cmpstr (herald_account_get_color (account), ==, "#336699");

  fixture_tear_down (&f);
}

/* Posting times: typed loosely, stored as HH:MM, shown again when
 * editing; a wrong one keeps the dialog open and saves nothing. */
static void
test_accounts_posting_times (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) account = NULL;
  const char *expected[] = { "08:00", "20:00", NULL };
  HeraldAccountsPage *page;
  AdwDialog *dialog;
  GtkWidget *row;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  fixture_open_window (&f);
  page = open_preferences (&f);
  press (GTK_WIDGET (visible_dialog (&f)), "_Add Account…");

  dialog = visible_dialog (&f);
  choose_platform (dialog, "Xiaohongshu");
  type_into (dialog, "_Name", "山茶的日常");
  type_into (dialog, "_Times of Day", "20:00，8:00");
  press (GTK_WIDGET (dialog), "_Add");

  account = only_account (&f);
  g_assert_cmpstrv (herald_account_get_slots (account), expected);

  /* Editing shows them; a time that is not one is refused. */
  adw_action_row_activate (ADW_ACTION_ROW (preferences_row (page, 0)));
  herald_test_wait_idle ();
  dialog = visible_dialog (&f);
  g_assert_true (HERALD_IS_ACCOUNT_DIALOG (dialog));
  row = find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Times of Day");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "08:00, 20:00");

  type_into (dialog, "_Times of Day", "08:00, 25:00");
  press (GTK_WIDGET (dialog), "_Save");
  g_assert_true (visible_dialog (&f) == dialog);
  g_clear_object (&account);
  account = only_account (&f);
  g_assert_cmpstrv (herald_account_get_slots (account), expected);

  fixture_tear_down (&f);
}

/* Clicking a row edits it; the sidebar row follows without being made
 * anew. */
static void
test_accounts_edit (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) added = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autofree char *names = NULL;
  HeraldAccountsPage *page;
  GtkListBoxRow *sidebar_row;
  AdwDialog *dialog;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  added = add_account (&f, "weibo", "品牌官微");
  herald_account_set_handle (added, "@品牌");
  herald_account_set_color (added, "#ff8200");
  herald_store_save_account (f.store, added, NULL);
  fixture_open_window (&f);
  sidebar_row = gtk_list_box_get_row_at_index (herald_window_get_accounts_list (f.window), 0);

  page = open_preferences (&f);
  adw_action_row_activate (ADW_ACTION_ROW (preferences_row (page, 0)));
  herald_test_wait_idle ();

  dialog = visible_dialog (&f);
  g_assert_true (HERALD_IS_ACCOUNT_DIALOG (dialog));
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Edit Account");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Name"))), ==, "品牌官微");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Handle (Optional)"))), ==, "@品牌");
  assert_color (color_button (dialog), "#ff8200");

  type_into (dialog, "_Name", "品牌官微 2");
  press (GTK_WIDGET (dialog), "_Save");

  g_assert_false (HERALD_IS_ACCOUNT_DIALOG (visible_dialog (&f)));
  account = only_account (&f);
  g_assert_cmpstr (herald_account_get_name (account), ==, "品牌官微 2");
  g_assert_cmpstr (herald_account_get_handle (account), ==, "@品牌");
  g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (account)), ==, herald_record_get_id (HERALD_RECORD (added)));

  names = sidebar_names (&f);
  g_assert_cmpstr (names, ==, "品牌官微 2");
  g_assert_true (gtk_list_box_get_row_at_index (herald_window_get_accounts_list (f.window), 0) == sidebar_row);

  /* The edit button opens the same dialog. */
  g_signal_emit_by_name (find_widget (GTK_WIDGET (preferences_row (page, 0)), GTK_TYPE_BUTTON, NULL), "clicked");
  herald_test_wait_idle ();
  g_assert_true (HERALD_IS_ACCOUNT_DIALOG (visible_dialog (&f)));

  fixture_tear_down (&f);
}

/* A save the store refuses keeps the dialog open with what was typed, and
 * says why. */
static void
test_accounts_save_fails (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) account = NULL;
  sqlite3 *db = NULL;
  HeraldAccountsPage *page;
  AdwDialog *dialog;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  account = add_account (&f, "weibo", "品牌官微");
  fixture_open_window (&f);

  /* Another program holds the database in a way that refuses this
   * change. */
  g_assert_cmpint (sqlite3_open (f.path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER refuse BEFORE UPDATE ON accounts"
                                 " WHEN NEW.name = 'refused' BEGIN SELECT RAISE (ABORT, 'the disk is full'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  page = open_preferences (&f);
  adw_action_row_activate (ADW_ACTION_ROW (preferences_row (page, 0)));
  herald_test_wait_idle ();
  dialog = visible_dialog (&f);
  type_into (dialog, "_Name", "refused");
  press (GTK_WIDGET (dialog), "_Save");

  g_assert_true (visible_dialog (&f) == dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Name"))), ==, "refused");
  assert_shown (GTK_WIDGET (dialog), "Could not save the account");
  assert_shown (GTK_WIDGET (dialog), "the disk is full");

  g_clear_object (&account);
  account = only_account (&f);
  g_assert_cmpstr (herald_account_get_name (account), ==, "品牌官微");

  fixture_tear_down (&f);
}

/* Move Up / Move Down and a drop take one path to the store; the store,
 * Preferences and the sidebar agree on the order. */
static void
test_accounts_reorder (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) a = NULL;
  g_autoptr (HeraldAccount) b = NULL;
  g_autoptr (HeraldAccount) c = NULL;
  g_autoptr (GError) error = NULL;
  HeraldAccountsPage *page;
  char *names;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  a = add_account (&f, "weibo", "A");
  b = add_account (&f, "douyin", "B");
  c = add_account (&f, "bilibili", "C");
  fixture_open_window (&f);
  page = open_preferences (&f);

  /* From the keyboard: the row's Move Up (Alt+↑). */
  gtk_widget_grab_focus (GTK_WIDGET (preferences_row (page, 2)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preferences_row (page, 2)), "account-row.move-up", NULL));
  herald_test_wait_idle ();

  names = store_names (&f);
  g_assert_cmpstr (names, ==, "A,C,B");
  g_free (names);
  names = sidebar_names (&f);
  g_assert_cmpstr (names, ==, "A,C,B");
  g_free (names);
  names = preferences_names (page);
  g_assert_cmpstr (names, ==, "A,C,B");
  g_free (names);
  /* The keyboard stays on the moved account. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (preferences_row (page, 1))));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (preferences_row (page, 1))), ==, "C");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preferences_row (page, 0)), "account-row.move-down", NULL));
  herald_test_wait_idle ();
  names = store_names (&f);
  g_assert_cmpstr (names, ==, "C,A,B");
  g_free (names);

  /* The ends do not move past the ends. */
  gtk_widget_activate_action (GTK_WIDGET (preferences_row (page, 0)), "account-row.move-up", NULL);
  gtk_widget_activate_action (GTK_WIDGET (preferences_row (page, 2)), "account-row.move-down", NULL);
  herald_test_wait_idle ();
  names = store_names (&f);
  g_assert_cmpstr (names, ==, "C,A,B");
  g_free (names);

  /* Dropping C on the last row, as a drop does. */
  g_assert_true (herald_accounts_page_move_account (page, herald_record_get_id (HERALD_RECORD (c)), 2, &error));
  g_assert_no_error (error);
  herald_test_wait_idle ();
  names = store_names (&f);
  g_assert_cmpstr (names, ==, "A,B,C");
  g_free (names);
  names = sidebar_names (&f);
  g_assert_cmpstr (names, ==, "A,B,C");
  g_free (names);
  names = preferences_names (page);
  g_assert_cmpstr (names, ==, "A,B,C");
  g_free (names);

  fixture_tear_down (&f);
}

/* Remove is immediate; Undo on the toast brings the account back in its
 * place. */
static void
test_accounts_remove_undo (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) a = NULL;
  g_autoptr (HeraldAccount) b = NULL;
  HeraldAccountsPage *page;
  AdwDialog *dialog;
  char *names;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  a = add_account (&f, "weibo", "A");
  b = add_account (&f, "douyin", "B");
  fixture_open_window (&f);
  page = open_preferences (&f);
  dialog = visible_dialog (&f);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preferences_row (page, 0)), "account-row.remove", NULL));
  herald_test_wait_idle ();

  names = store_names (&f);
  g_assert_cmpstr (names, ==, "B");
  g_free (names);
  names = sidebar_names (&f);
  g_assert_cmpstr (names, ==, "B");
  g_free (names);
  assert_shown (GTK_WIDGET (dialog), "Account “A” removed");

  press (GTK_WIDGET (dialog), "_Undo");

  names = store_names (&f);
  g_assert_cmpstr (names, ==, "A,B");
  g_free (names);
  names = sidebar_names (&f);
  g_assert_cmpstr (names, ==, "A,B");
  g_free (names);
  names = preferences_names (page);
  g_assert_cmpstr (names, ==, "A,B");
  g_free (names);

  fixture_tear_down (&f);
}

/* The sidebar's check box writes `visible`, and follows changes made
 * elsewhere. */
static void
test_accounts_visible (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) added = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (GError) error = NULL;
  GtkListBox *list;
  GtkListBoxRow *row;
  GtkCheckButton *check;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  added = add_account (&f, "kuaishou", "老铁好物");
  fixture_open_window (&f);

  list = herald_window_get_accounts_list (f.window);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_true (HERALD_IS_SIDEBAR_ACCOUNT_ROW (row));
  assert_shown (GTK_WIDGET (row), "Kuaishou");
  check = GTK_CHECK_BUTTON (find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, NULL));
  g_assert_true (gtk_check_button_get_active (check));

  /* A click on the check box. */
  gtk_widget_activate (GTK_WIDGET (check));
  herald_test_wait_idle ();
  account = herald_store_get_account (f.store, herald_record_get_id (HERALD_RECORD (added)), &error);
  g_assert_no_error (error);
  g_assert_false (herald_account_get_visible (account));
  g_assert_false (gtk_check_button_get_active (check));
  g_clear_object (&account);

  /* Activating the row toggles it too. */
  g_signal_emit_by_name (list, "row-activated", row);
  herald_test_wait_idle ();
  account = herald_store_get_account (f.store, herald_record_get_id (HERALD_RECORD (added)), &error);
  g_assert_true (herald_account_get_visible (account));
  g_assert_true (gtk_check_button_get_active (check));

  /* Changed elsewhere, the same row shows it. */
  herald_account_set_visible (account, FALSE);
  herald_store_save_account (f.store, account, &error);
  g_assert_no_error (error);
  herald_test_wait_idle ();
  g_assert_true (gtk_list_box_get_row_at_index (list, 0) == row);
  g_assert_false (gtk_check_button_get_active (check));

  fixture_tear_down (&f);
}

static HeraldPost *
add_post (Fixture          *f,
          HeraldAccount    *account,
          gint64            scheduled_at,
          HeraldPostStatus  status)
{
  g_autoptr (HeraldPost) post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), "双十一预热");
  g_autoptr (GError) error = NULL;

  herald_post_set_scheduled_at (post, scheduled_at);
  herald_post_set_status (post, status);
  herald_store_save_post (f->store, post, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&post);
}

/* The Overdue row shows only while something is overdue, with the count. */
static void
test_accounts_overdue (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (HeraldPost) late = NULL;
  g_autoptr (HeraldPost) later = NULL;
  g_autoptr (HeraldPost) future = NULL;
  g_autoptr (GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GtkListBoxRow *overdue;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  account = add_account (&f, "xiaohongshu", "山茶生活");
  future = add_post (&f, account, now + 3600, HERALD_POST_STATUS_SCHEDULED);
  fixture_open_window (&f);

  overdue = herald_window_get_overdue_row (f.window);
  assert_drawable (GTK_WIDGET (overdue), FALSE);

  late = add_post (&f, account, now - 3600, HERALD_POST_STATUS_SCHEDULED);
  herald_test_wait_idle ();
  assert_drawable (GTK_WIDGET (overdue), TRUE);
  assert_shown (GTK_WIDGET (overdue), "Overdue");
  assert_shown (GTK_WIDGET (overdue), "1");

  later = add_post (&f, account, now - 600, HERALD_POST_STATUS_DRAFT);
  herald_test_wait_idle ();
  assert_shown (GTK_WIDGET (overdue), "2");

  /* It leads to the calendar. */
  herald_window_set_page (f.window, "drafts");
  g_signal_emit_by_name (herald_window_get_pages_list (f.window), "row-activated", overdue);
  herald_test_wait_idle ();
  g_assert_cmpstr (herald_window_get_page (f.window), ==, "calendar");

  herald_post_set_status (late, HERALD_POST_STATUS_PUBLISHED);
  herald_store_save_post (f.store, late, &error);
  g_assert_no_error (error);
  herald_test_wait_idle ();
  assert_shown (GTK_WIDGET (overdue), "1");

  herald_post_set_status (later, HERALD_POST_STATUS_PUBLISHED);
  herald_store_save_post (f.store, later, &error);
  g_assert_no_error (error);
  herald_test_wait_idle ();
  assert_drawable (GTK_WIDGET (overdue), FALSE);

  fixture_tear_down (&f);
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Explore Sample Data starts the same program with --demo, apart from the
 * user's data. */
static void
test_accounts_sample_data (void)
{
  Fixture f = { 0, };
  g_autoptr (GError) error = NULL;
  g_autofree char *script = NULL;
  g_autofree char *script_text = NULL;
  g_autofree char *args_path = NULL;
  g_autofree char *args = NULL;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  fixture_open_window (&f);

  args_path = g_build_filename (f.dir, "args", NULL);
  script = g_build_filename (f.dir, "fake-herald", NULL);
  script_text = g_strdup_printf ("#!/bin/sh\necho \"$@\" > '%s.part' && mv '%s.part' '%s'\n",
                                 args_path, args_path, args_path);
  g_file_set_contents (script, script_text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (script, 0755), ==, 0);
  g_setenv ("HERALD_EXECUTABLE", script, TRUE);

  assert_shown (GTK_WIDGET (f.window), "Plan Your Week");
  press (GTK_WIDGET (f.window), "_Explore Sample Data");

  g_assert_true (herald_test_wait_for (file_exists, args_path, 10000));
  g_file_get_contents (args_path, &args, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (args, ==, "--demo\n");

  /* Nothing was added to the user's database. */
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_ACCOUNT, NULL), ==, 0);

  g_unlink (script);
  g_unlink (args_path);
  fixture_tear_down (&f);
}

static void
activate_after_cb (GApplication *application,
                   gpointer      user_data)
{
  gboolean *checked = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  herald_test_wait_mapped (GTK_WIDGET (window));
  herald_test_wait_idle ();

  g_assert_true (herald_application_is_demo (HERALD_APPLICATION (application)));
  g_assert_true (g_application_get_flags (application) & G_APPLICATION_NON_UNIQUE);
  assert_shown (GTK_WIDGET (window), "You are exploring sample data");
  g_assert_cmpint (herald_store_count (herald_application_get_store (HERALD_APPLICATION (application)),
                                       HERALD_RECORD_ACCOUNT, NULL), >, 0);
  /* With accounts there, no invitation. */
  g_assert_false (label_shown (GTK_WIDGET (window), "Plan Your Week"));

  *checked = TRUE;
  gtk_window_destroy (window);
}

/* `herald --demo` opens a window of its own on a new demo database, says
 * so, and throws the database away at the end. */
static void
test_accounts_demo_window (void)
{
  g_autoptr (HeraldApplication) app = NULL;
  g_autofree char *database = NULL;
  g_autofree char *folder = NULL;
  char *argv[] = { (char *) "herald", (char *) "--demo", (char *) "--posts=20", (char *) "--samples=40", NULL };
  gboolean checked = FALSE;

  if (!herald_test_run_in_subprocess ())
    return;

  app = herald_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_after_cb), &checked);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv), ==, 0);
  g_assert_true (checked);

  database = g_strdup (herald_application_get_database_path (app));
  g_assert_nonnull (database);
  g_assert_true (strstr (database, "herald-demo") != NULL);

  /* The demo database is thrown away when the window closes. */
  folder = g_path_get_dirname (database);
  g_assert_false (g_file_test (database, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add_func ("/accounts/add", test_accounts_add);
  g_test_add_func ("/accounts/picked-color", test_accounts_picked_color);
  g_test_add_func ("/accounts/edit", test_accounts_edit);
  g_test_add_func ("/accounts/posting-times", test_accounts_posting_times);
  g_test_add_func ("/accounts/save-fails", test_accounts_save_fails);
  g_test_add_func ("/accounts/reorder", test_accounts_reorder);
  g_test_add_func ("/accounts/remove-undo", test_accounts_remove_undo);
  g_test_add_func ("/accounts/visible", test_accounts_visible);
  g_test_add_func ("/accounts/overdue", test_accounts_overdue);
  g_test_add_func ("/accounts/sample-data", test_accounts_sample_data);
  g_test_add_func ("/accounts/demo-window", test_accounts_demo_window);

  return g_test_run ();
}
