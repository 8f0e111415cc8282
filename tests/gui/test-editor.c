/* test-editor.c — the drafting editor, the drafts page and search, driven
 * in the real window: autosave, status changes, publishing, hot-topic
 * notes, hashtags, attachments, and a crash at random moments that must
 * not lose what was saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "herald-application.h"
#include "herald-checks-panel.h"
#include "herald-drafts-page.h"
#include "herald-editor-page-private.h"
#include "herald-post-workflow.h"
#include "herald-publish-dialog.h"
#include "herald-search-dialog.h"
#include "herald-sparkline.h"
#include "herald-test-gui.h"
#include "herald-topic-notes-panel.h"
#include "herald-window-private.h"

/* What the crash test's child types, a character at a time. */
static const char typed_text[] = "冬至吃饺子还是汤圆？评论区告诉我们 🥟 Solstice! ";

typedef struct {
  char              *dir;
  char              *path;
  HeraldApplication *app;
  HeraldWindow      *window;
  HeraldStore       *store;
  HeraldAccount     *weibo;
  HeraldAccount     *douyin;
  HeraldAccount     *redbook;
  HeraldAccount     *wechat;
} Fixture;

static const char *
id_of (gpointer record)
{
  return herald_record_get_id (HERALD_RECORD (record));
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

static HeraldPost *
add_post (Fixture          *f,
          HeraldAccount    *account,
          const char       *title,
          gint64            at,
          HeraldPostStatus  status)
{
  g_autoptr (HeraldPost) post = herald_post_new (id_of (account), title);
  g_autoptr (GError) error = NULL;

  herald_post_set_scheduled_at (post, at);
  herald_post_set_status (post, status);
  herald_store_save_post (f->store, post, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&post);
}

static HeraldPost *
stored_post (Fixture    *f,
             const char *id)
{
  g_autoptr (GError) error = NULL;
  HeraldPost *stored = herald_store_get_post (f->store, id, &error);

  g_assert_no_error (error);
  return stored;
}

static void
fixture_set_up_sized (Fixture *f,
                      int      width,
                      int      height);

static void
fixture_set_up (Fixture *f)
{
  fixture_set_up_sized (f, 1100, 720);
}

static void
fixture_set_up_sized (Fixture *f,
                      int      width,
                      int      height)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("herald-editor-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "herald.db", NULL);

  f->app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (f->app, f->path);
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);

  f->store = herald_application_get_store (f->app);
  g_assert_nonnull (f->store);

  f->weibo = add_account (f, "weibo", "品牌官微");
  f->douyin = add_account (f, "douyin", "山茶生活");
  f->redbook = add_account (f, "xiaohongshu", "种草日记");
  f->wechat = add_account (f, "wechat-article", "山茶公众号");

  g_settings_set (settings, "window-size", "(ii)", width, height);
  g_settings_set_string (settings, "last-page", "drafts");
  f->window = herald_window_new (f->app);
  gtk_window_present (GTK_WINDOW (f->window));
  herald_test_wait_mapped (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture *f)
{
  AdwDialog *dialog;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  while (f->window != NULL &&
         (dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window))) != NULL)
    {
      adw_dialog_force_close (dialog);
      herald_test_wait_idle ();
    }
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  herald_test_wait_idle ();

  g_clear_object (&f->weibo);
  g_clear_object (&f->douyin);
  g_clear_object (&f->redbook);
  g_clear_object (&f->wechat);
  g_clear_object (&f->app);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_clear_pointer (&f->path, g_free);
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gboolean
editor_shown (gpointer data)
{
  return herald_window_get_editor (data) != NULL;
}

static HeraldEditorPage *
open_editor (Fixture    *f,
             HeraldPost *post)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-post", "s", id_of (post)));
  g_assert_true (herald_test_wait_for (editor_shown, f->window, 5000));
  herald_test_wait_mapped (GTK_WIDGET (herald_window_get_editor (f->window)));

  return herald_window_get_editor (f->window);
}

static gboolean
is_saved (gpointer data)
{
  return herald_editor_page_get_save_state (data) == HERALD_SAVE_STATE_SAVED;
}

static gboolean
has_failed (gpointer data)
{
  return herald_editor_page_get_save_state (data) == HERALD_SAVE_STATE_FAILED;
}

/* Types like a person: one character at a time at the cursor. */
static void
type_text (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      char c[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), c);
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_insert_at_cursor (buffer, c, -1);
      gtk_text_buffer_end_user_action (buffer);
      g_main_context_iteration (NULL, FALSE);
    }
}

static void
count_saves_cb (guint            *n_saves,
                GParamSpec       *pspec,
                HeraldEditorPage *editor)
{
  if (herald_editor_page_get_save_state (editor) == HERALD_SAVE_STATE_SAVED)
    (*n_saves)++;
}

static void
test_editor_autosave (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  HeraldEditorPage *editor;
  GtkTextBuffer *buffer;
  gint64 typed_at;
  guint n_saves = 0;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.weibo, "冬至选题", 0, HERALD_POST_STATUS_DRAFT);
  editor = open_editor (&f, post);
  g_assert_cmpint (herald_editor_page_get_save_state (editor), ==, HERALD_SAVE_STATE_SAVED);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor->title_row)), ==, "冬至选题");

  /* The text checks are in their place, which takes another panel too. */
  g_assert_nonnull (herald_editor_page_get_checks_slot (editor));
  g_assert_true (HERALD_IS_CHECKS_PANEL (adw_bin_get_child (herald_editor_page_get_checks_slot (editor))));
  {
    GtkWidget *checks = g_object_ref (adw_bin_get_child (herald_editor_page_get_checks_slot (editor)));
    GtkWidget *panel = gtk_label_new ("checks");

    herald_editor_page_set_checks_panel (editor, panel);
    g_assert_true (adw_bin_get_child (herald_editor_page_get_checks_slot (editor)) == panel);
    herald_editor_page_set_checks_panel (editor, NULL);
    g_assert_null (adw_bin_get_child (herald_editor_page_get_checks_slot (editor)));
    herald_editor_page_set_checks_panel (editor, checks);
    g_object_unref (checks);
  }
  g_assert_true (herald_editor_page_get_body_buffer (editor) == gtk_text_view_get_buffer (editor->body_view));

  gtk_widget_grab_focus (GTK_WIDGET (editor->body_view));
  g_signal_connect_swapped (editor, "notify::save-state", G_CALLBACK (count_saves_cb), &n_saves);
  type_text (editor->body_view, "冬至到了，");
  typed_at = g_get_monotonic_time ();
  g_assert_cmpint (herald_editor_page_get_save_state (editor), ==, HERALD_SAVE_STATE_PENDING);
  g_assert_cmpstr (adw_window_title_get_subtitle (editor->window_title), ==, "Saving…");

  /* The save is due within a second of the last key (the clock of a busy
   * test machine decides when it runs), without leaving the page. */
  g_assert_cmpint (editor->autosave_due_us - typed_at, <=, 1000 * 1000);
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  g_assert_cmpstr (adw_window_title_get_subtitle (editor->window_title), ==, "Saved");
  stored = stored_post (&f, id_of (post));
  g_assert_cmpstr (herald_post_get_body (stored), ==, "冬至到了，");
  g_clear_object (&stored);

  /* Typing without a pause still saves within a second of the first
   * unsaved key: the pause never comes, the deadline does. */
  n_saves = 0;
  for (guint i = 0; i < 40; i++)
    {
      type_text (editor->body_view, "饺");
      if (editor->dirty)
        g_assert_cmpint (editor->autosave_due_us - editor->first_change_us, <=, 1000 * 1000);
      g_usleep (50 * 1000);
    }
  g_assert_cmpuint (n_saves, >=, 1);
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  stored = stored_post (&f, id_of (post));
  g_assert_true (g_str_has_prefix (herald_post_get_body (stored), "冬至到了，饺"));
  g_assert_cmpint (g_utf8_strlen (herald_post_get_body (stored), -1), ==, 5 + 40);
  g_clear_object (&stored);

  /* Undo takes the typing back, and that is saved too. */
  buffer = gtk_text_view_get_buffer (editor->body_view);
  gtk_text_buffer_set_text (buffer, "", -1);
  type_text (editor->body_view, "汤圆");
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  stored = stored_post (&f, id_of (post));
  g_assert_cmpstr (herald_post_get_body (stored), !=, "汤圆");
  g_clear_object (&stored);

  /* Leaving the page saves at once, without waiting for the timer. */
  gtk_editable_set_text (GTK_EDITABLE (editor->title_row), "冬至选题（定稿）");
  herald_window_set_page (f.window, "calendar");
  stored = stored_post (&f, id_of (post));
  g_assert_cmpstr (herald_post_get_title (stored), ==, "冬至选题（定稿）");

  fixture_tear_down (&f);
}

static void
test_editor_save_on_close (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  HeraldEditorPage *editor;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.redbook, "最后一句", 0, HERALD_POST_STATUS_DRAFT);
  editor = open_editor (&f, post);

  /* Closing the window right after typing, before the autosave is due. */
  type_text (editor->body_view, "关窗前写的字");
  g_assert_cmpint (herald_editor_page_get_save_state (editor), ==, HERALD_SAVE_STATE_PENDING);
  gtk_window_close (GTK_WINDOW (f.window));
  stored = stored_post (&f, id_of (post));
  g_assert_cmpstr (herald_post_get_body (stored), ==, "关窗前写的字");

  /* The window is gone already. */
  f.window = NULL;
  fixture_tear_down (&f);
}

static void
test_editor_save_refused (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  HeraldEditorPage *editor;
  sqlite3 *db = NULL;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.douyin, "直播预告", 0, HERALD_POST_STATUS_IDEA);
  editor = open_editor (&f, post);

  g_assert_cmpint (sqlite3_open (f.path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER refuse BEFORE UPDATE ON posts"
                                 " BEGIN SELECT RAISE (ABORT, 'the disk is full'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  type_text (editor->body_view, "今晚八点");
  g_assert_true (herald_test_wait_for (has_failed, editor, 10000));
  g_assert_cmpstr (adw_window_title_get_subtitle (editor->window_title), ==, "Not Saved");
  stored = stored_post (&f, id_of (post));
  g_assert_cmpstr (herald_post_get_body (stored), ==, "");
  g_clear_object (&stored);

  /* The words stay on screen, and the retry stores them once it can. */
  type_text (editor->body_view, "见");
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER refuse", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (herald_test_wait_for (is_saved, editor, 15000));
  stored = stored_post (&f, id_of (post));
  g_assert_cmpstr (herald_post_get_body (stored), ==, "今晚八点见");

  fixture_tear_down (&f);
}

static void
test_editor_status (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  g_autoptr (GError) error = NULL;
  HeraldEditorPage *editor;
  AdwDialog *dialog;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.weibo, "年货节", 0, HERALD_POST_STATUS_IDEA);
  editor = open_editor (&f, post);

  g_assert_true (herald_editor_page_set_status (editor, HERALD_POST_STATUS_DRAFT, &error));
  g_assert_no_error (error);
  g_assert_true (herald_editor_page_set_status (editor, HERALD_POST_STATUS_REVIEW, &error));
  g_assert_true (herald_editor_page_set_status (editor, HERALD_POST_STATUS_APPROVED, &error));
  stored = stored_post (&f, id_of (post));
  g_assert_cmpint (herald_post_get_status (stored), ==, HERALD_POST_STATUS_APPROVED);
  g_clear_object (&stored);

  /* No time, no schedule: the picker goes back and says why. */
  adw_combo_row_set_selected (editor->status_row, HERALD_POST_STATUS_SCHEDULED);
  herald_test_wait_idle ();
  g_assert_cmpuint (adw_combo_row_get_selected (editor->status_row), ==, HERALD_POST_STATUS_APPROVED);
  g_assert_false (herald_editor_page_set_status (editor, HERALD_POST_STATUS_SCHEDULED, &error));
  g_assert_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_TIME);
  g_clear_error (&error);

  /* With a time from the account's slots it is scheduled. */
  adw_switch_row_set_active (editor->scheduled_row, TRUE);
  gtk_spin_button_set_value (editor->hour_spin, 20);
  adw_combo_row_set_selected (editor->status_row, HERALD_POST_STATUS_SCHEDULED);
  herald_test_wait_idle ();
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  stored = stored_post (&f, id_of (post));
  g_assert_cmpint (herald_post_get_status (stored), ==, HERALD_POST_STATUS_SCHEDULED);
  g_assert_cmpint (herald_post_get_scheduled_at (stored), !=, 0);
  g_clear_object (&stored);

  /* Turning the time off takes the schedule back to approved. */
  adw_switch_row_set_active (editor->scheduled_row, FALSE);
  g_assert_cmpuint (adw_combo_row_get_selected (editor->status_row), ==, HERALD_POST_STATUS_APPROVED);
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  stored = stored_post (&f, id_of (post));
  g_assert_cmpint (herald_post_get_status (stored), ==, HERALD_POST_STATUS_APPROVED);
  g_assert_cmpint (herald_post_get_scheduled_at (stored), ==, 0);
  g_clear_object (&stored);

  /* Choosing Published asks where and when, in the Publish dialog. */
  adw_combo_row_set_selected (editor->status_row, HERALD_POST_STATUS_PUBLISHED);
  herald_test_wait_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window));
  g_assert_true (HERALD_IS_PUBLISH_DIALOG (dialog));
  g_assert_cmpuint (adw_combo_row_get_selected (editor->status_row), ==, HERALD_POST_STATUS_APPROVED);

  fixture_tear_down (&f);
}

static void
test_editor_publish (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  g_autofree char *body = NULL;
  HeraldEditorPage *editor;
  HeraldPublishDialog *dialog;
  gint64 at;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.weibo, "冬至海报", 0, HERALD_POST_STATUS_APPROVED);
  editor = open_editor (&f, post);
  type_text (editor->body_view, "一起吃饺子 #冬至#");
  gtk_editable_set_text (GTK_EDITABLE (editor->tags_row), "冬至，饺子");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.publish", NULL));
  herald_test_wait_idle ();
  dialog = HERALD_PUBLISH_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));
  g_assert_true (HERALD_IS_PUBLISH_DIALOG (dialog));

  /* Opening the dialog saved what was typed. */
  stored = stored_post (&f, id_of (post));
  g_assert_cmpstr (herald_post_get_body (stored), ==, "一起吃饺子 #冬至#");
  g_clear_object (&stored);

  /* The body to paste carries the tags in Weibo's syntax, once. */
  body = herald_publish_dialog_get_body_text (dialog);
  g_assert_cmpstr (body, ==, "一起吃饺子 #冬至#\n\n#饺子#");

  /* A URL that is not one is refused, and nothing is stored. */
  herald_publish_dialog_set_url (dialog, "weibo 上发了");
  herald_publish_dialog_set_checked (dialog, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish-dialog.mark", NULL));
  herald_test_wait_idle ();
  g_assert_nonnull (herald_publish_dialog_get_error (dialog));
  g_assert_true (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)) == ADW_DIALOG (dialog));
  stored = stored_post (&f, id_of (post));
  g_assert_cmpint (herald_post_get_status (stored), ==, HERALD_POST_STATUS_APPROVED);
  g_clear_object (&stored);

  /* An address alone is not enough: the checklist must be ticked first. */
  herald_publish_dialog_set_checked (dialog, FALSE);
  herald_publish_dialog_set_url (dialog, "https://weibo.com/7654321/PqRsT");
  {
    g_autoptr (GPtrArray) checks = g_ptr_array_new ();
    GtkWidget *mark = NULL;
    g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

    herald_test_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), _("_Mark as Published")) == 0)
        mark = buttons->pdata[i];
    g_assert_nonnull (mark);
    herald_test_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
    g_assert_cmpuint (checks->len, ==, 3);

    g_assert_false (gtk_widget_is_sensitive (mark));
    gtk_widget_activate_action (GTK_WIDGET (dialog), "publish-dialog.mark", NULL);
    herald_test_wait_idle ();
    stored = stored_post (&f, id_of (post));
    g_assert_cmpint (herald_post_get_status (stored), ==, HERALD_POST_STATUS_APPROVED);
    g_clear_object (&stored);

    for (guint i = 0; i < checks->len; i++)
      {
        g_assert_false (gtk_widget_is_sensitive (mark));
        gtk_check_button_set_active (checks->pdata[i], TRUE);
      }
    g_assert_true (gtk_widget_is_sensitive (mark));
    /* Without the address again, no. */
    herald_publish_dialog_set_url (dialog, "");
    g_assert_false (gtk_widget_is_sensitive (mark));
    herald_publish_dialog_set_url (dialog, "https://weibo.com/7654321/PqRsT");
    g_assert_true (gtk_widget_is_sensitive (mark));
  }
  at = herald_publish_dialog_get_published_at (dialog);
  g_assert_cmpint (at, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish-dialog.mark", NULL));
  herald_test_wait_idle ();
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));

  stored = stored_post (&f, id_of (post));
  g_assert_cmpint (herald_post_get_status (stored), ==, HERALD_POST_STATUS_PUBLISHED);
  g_assert_cmpstr (herald_post_get_url (stored), ==, "https://weibo.com/7654321/PqRsT");
  g_assert_cmpint (herald_post_get_published_at (stored), ==, at);
  g_assert_cmpuint (adw_combo_row_get_selected (editor->status_row), ==, HERALD_POST_STATUS_PUBLISHED);

  /* Opened again on the published post: a correction, ticked already. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.publish", NULL));
  herald_test_wait_idle ();
  dialog = HERALD_PUBLISH_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));
  {
    g_autoptr (GPtrArray) checks = g_ptr_array_new ();

    herald_test_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
    for (guint i = 0; i < checks->len; i++)
      g_assert_true (gtk_check_button_get_active (checks->pdata[i]));
  }

  fixture_tear_down (&f);
}

typedef struct {
  char     *text;
  gboolean  done;
} ClipboardRead;

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr (GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static gboolean
clipboard_read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

/* What the clipboard holds, read back as another program would. */
static char *
clipboard_text (GtkWidget *widget)
{
  ClipboardRead read = { NULL, FALSE };

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_read_cb, &read);
  g_assert_true (herald_test_wait_for (clipboard_read_done, &read, 5000));
  return read.text;
}

static AdwActionRow *
find_action_row (GtkWidget  *root,
                 const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  herald_test_collect_widgets (root, ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];

  g_assert_not_reached ();
}

static HeraldPublishDialog *
open_publish (Fixture          *f,
              HeraldEditorPage *editor)
{
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.publish", NULL));
  herald_test_wait_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_true (HERALD_IS_PUBLISH_DIALOG (dialog));
  herald_test_wait_mapped (GTK_WIDGET (dialog));

  return HERALD_PUBLISH_DIALOG (dialog);
}

/* Copy Title and Copy Body put the text on the clipboard, the tags in
 * the platform's hashtag syntax; Open the Creator Centre launches the
 * platform's address. */
static void
test_editor_publish_copy (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) weibo_post = NULL;
  g_autoptr (HeraldPost) redbook_post = NULL;
  g_autoptr (HeraldPost) wechat_post = NULL;
  HeraldEditorPage *editor;
  HeraldPublishDialog *dialog;
  char *text;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  weibo_post = add_post (&f, f.weibo, "冬至海报", 0, HERALD_POST_STATUS_APPROVED);
  editor = open_editor (&f, weibo_post);
  type_text (editor->body_view, "一起吃饺子 #冬至#");
  gtk_editable_set_text (GTK_EDITABLE (editor->tags_row), "冬至，饺子，家乡味道");
  dialog = open_publish (&f, editor);
  herald_test_save_shot (GTK_WIDGET (dialog), "publish-dialog.png");

  adw_action_row_activate (find_action_row (GTK_WIDGET (dialog), _("Copy _Title")));
  text = clipboard_text (GTK_WIDGET (dialog));
  g_assert_cmpstr (text, ==, "冬至海报");
  g_free (text);

  adw_action_row_activate (find_action_row (GTK_WIDGET (dialog), _("Copy _Body")));
  text = clipboard_text (GTK_WIDGET (dialog));
  g_assert_cmpstr (text, ==, "一起吃饺子 #冬至#\n\n#饺子##家乡味道#");
  g_free (text);

  adw_action_row_activate (find_action_row (GTK_WIDGET (dialog), _("_Open the Creator Centre")));
  g_assert_nonnull (herald_publish_dialog_get_launcher (dialog));
  g_assert_cmpstr (gtk_uri_launcher_get_uri (herald_publish_dialog_get_launcher (dialog)), ==, "https://weibo.com/");
  adw_dialog_force_close (ADW_DIALOG (dialog));
  herald_test_wait_idle ();

  /* 小红书: "#话题 ", the last space left out. */
  redbook_post = add_post (&f, f.redbook, "冬至穿搭", 0, HERALD_POST_STATUS_APPROVED);
  editor = open_editor (&f, redbook_post);
  type_text (editor->body_view, "今天的穿搭");
  gtk_editable_set_text (GTK_EDITABLE (editor->tags_row), "冬季穿搭，通勤");
  dialog = open_publish (&f, editor);
  adw_action_row_activate (find_action_row (GTK_WIDGET (dialog), _("Copy _Body")));
  text = clipboard_text (GTK_WIDGET (dialog));
  g_assert_cmpstr (text, ==, "今天的穿搭\n\n#冬季穿搭 #通勤");
  g_free (text);
  adw_action_row_activate (find_action_row (GTK_WIDGET (dialog), _("_Open the Creator Centre")));
  g_assert_cmpstr (herald_publish_dialog_get_creator_uri (dialog), ==, "https://creator.xiaohongshu.com/");
  g_assert_cmpstr (gtk_uri_launcher_get_uri (herald_publish_dialog_get_launcher (dialog)), ==,
                   "https://creator.xiaohongshu.com/");
  adw_dialog_force_close (ADW_DIALOG (dialog));
  herald_test_wait_idle ();

  /* 公众号 writes no hashtags: the body alone. */
  wechat_post = add_post (&f, f.wechat, "冬至推文", 0, HERALD_POST_STATUS_APPROVED);
  editor = open_editor (&f, wechat_post);
  type_text (editor->body_view, "冬至快乐");
  gtk_editable_set_text (GTK_EDITABLE (editor->tags_row), "冬至");
  dialog = open_publish (&f, editor);
  adw_action_row_activate (find_action_row (GTK_WIDGET (dialog), _("Copy _Body")));
  text = clipboard_text (GTK_WIDGET (dialog));
  g_assert_cmpstr (text, ==, "冬至快乐");
  g_free (text);
  g_assert_cmpstr (herald_publish_dialog_get_creator_uri (dialog), ==, "https://mp.weixin.qq.com/");

  fixture_tear_down (&f);
}

static HeraldTopic *
add_topic (Fixture          *f,
           const char       *title,
           const double     *heat,
           guint             n_heat)
{
  g_autoptr (HeraldTopic) topic = herald_topic_new (title, "weibo");
  g_autoptr (GError) error = NULL;

  herald_topic_set_notes (topic, "从家乡味道切入");
  herald_store_save_topic (f->store, topic, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_heat; i++)
    {
      HeraldHeatSample sample = { 1794000000 + i * 3600, heat[i], 0 };

      herald_store_add_topic_heat (f->store, id_of (topic), &sample, &error);
      g_assert_no_error (error);
    }

  return g_steal_pointer (&topic);
}

static void
test_editor_topics (void)
{
  static const double fading[] = { 120, 300, 260, 90 };
  static const double rising[] = { 10, 40, 80 };
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldTopic) solstice = NULL;
  g_autoptr (HeraldTopic) dumplings = NULL;
  g_autoptr (GListModel) linked = NULL;
  g_autoptr (GError) error = NULL;
  HeraldEditorPage *editor;
  HeraldTopicNotesPanel *panel;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.weibo, "冬至", 0, HERALD_POST_STATUS_DRAFT);
  solstice = add_topic (&f, "冬至", fading, G_N_ELEMENTS (fading));
  dumplings = add_topic (&f, "饺子馅排行", rising, G_N_ELEMENTS (rising));
  editor = open_editor (&f, post);
  panel = editor->topic_notes;
  g_assert_cmpuint (herald_topic_notes_panel_get_n_linked (panel), ==, 0);

  g_assert_true (herald_topic_notes_panel_link (panel, id_of (solstice), &error));
  g_assert_no_error (error);
  g_assert_true (herald_topic_notes_panel_link (panel, id_of (dumplings), &error));
  g_assert_no_error (error);
  herald_test_wait_idle ();
  g_assert_cmpuint (herald_topic_notes_panel_get_n_linked (panel), ==, 2);
  /* The falling one warns, the rising one does not. */
  g_assert_cmpuint (herald_topic_notes_panel_get_n_fading (panel), ==, 1);

  /* Each trend is drawn from its own topic's readings. */
  {
    g_autoptr (GPtrArray) sparklines = g_ptr_array_new ();
    g_autoptr (GPtrArray) labels = g_ptr_array_new ();
    guint points[2];
    gboolean saw_fading_heat = FALSE, saw_rising_heat = FALSE;

    herald_test_collect_widgets (GTK_WIDGET (panel), HERALD_TYPE_SPARKLINE, sparklines);
    g_assert_cmpuint (sparklines->len, ==, 2);
    for (guint i = 0; i < 2; i++)
      {
        points[i] = herald_sparkline_get_n_points (sparklines->pdata[i]);
        g_assert_true (gtk_widget_get_visible (sparklines->pdata[i]));
      }
    g_assert_cmpuint (MIN (points[0], points[1]), ==, G_N_ELEMENTS (rising));
    g_assert_cmpuint (MAX (points[0], points[1]), ==, G_N_ELEMENTS (fading));

    /* With the latest heat of each beside it. */
    herald_test_collect_widgets (GTK_WIDGET (panel), GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      {
        const char *text = gtk_label_get_label (labels->pdata[i]);

        saw_fading_heat |= g_str_has_suffix (text, " 90");
        saw_rising_heat |= g_str_has_suffix (text, " 80");
      }
    g_assert_true (saw_fading_heat);
    g_assert_true (saw_rising_heat);
  }

  linked = herald_store_list_post_topics (f.store, id_of (post), &error);
  g_assert_cmpuint (g_list_model_get_n_items (linked), ==, 2);
  g_clear_object (&linked);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "topic-notes.unlink", "s", id_of (solstice)));
  herald_test_wait_idle ();
  g_assert_cmpuint (herald_topic_notes_panel_get_n_linked (panel), ==, 1);
  g_assert_cmpuint (herald_topic_notes_panel_get_n_fading (panel), ==, 0);

  /* A topic typed by hand is added and linked. */
  g_assert_true (herald_topic_notes_panel_add_topic (panel, "冬至仪式感", &error));
  g_assert_no_error (error);
  herald_test_wait_idle ();
  linked = herald_store_list_post_topics (f.store, id_of (post), &error);
  g_assert_cmpuint (g_list_model_get_n_items (linked), ==, 2);
  g_assert_cmpuint (herald_topic_notes_panel_get_n_linked (panel), ==, 2);

  fixture_tear_down (&f);
}

static char *
editor_body (HeraldEditorPage *editor)
{
  return herald_editor_page_get_body (editor);
}

/* A slot button sets the time; the campaign picker sets the campaign;
 * undo and redo in the body; all stored. */
static void
test_editor_pickers (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("冬至季");
  g_autoptr (GDateTime) at = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *body = NULL;
  GtkTextBuffer *buffer;
  HeraldEditorPage *editor;
  GtkWidget *slot;
  guint n_slots = 0;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  g_assert_true (herald_store_save_campaign (f.store, campaign, &error));
  g_assert_no_error (error);
  post = add_post (&f, f.weibo, "冬至", 0, HERALD_POST_STATUS_DRAFT);
  editor = open_editor (&f, post);
  g_assert_false (adw_switch_row_get_active (editor->scheduled_row));

  /* Weibo's slots, 08:00, 12:30 and 20:00: the second one. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (editor->slots_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_slots++;
  g_assert_cmpuint (n_slots, ==, 3);
  slot = gtk_widget_get_next_sibling (gtk_widget_get_first_child (GTK_WIDGET (editor->slots_box)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (slot)), ==, "12:30");
  g_signal_emit_by_name (slot, "clicked");
  g_assert_true (adw_switch_row_get_active (editor->scheduled_row));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (editor->hour_spin), ==, 12);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (editor->minute_spin), ==, 30);

  /* The picker lists None, then the campaign. */
  g_assert_cmpuint (adw_combo_row_get_selected (editor->campaign_row), ==, 0);
  adw_combo_row_set_selected (editor->campaign_row, 1);

  g_assert_true (herald_editor_page_save (editor, &error));
  g_assert_no_error (error);
  stored = stored_post (&f, id_of (post));
  g_assert_cmpstr (herald_post_get_campaign_id (stored), ==, id_of (campaign));
  g_assert_cmpint (herald_post_get_scheduled_at (stored), !=, 0);
  at = g_date_time_new_from_unix_local (herald_post_get_scheduled_at (stored));
  g_assert_cmpint (g_date_time_get_hour (at), ==, 12);
  g_assert_cmpint (g_date_time_get_minute (at), ==, 30);
  g_clear_object (&stored);

  adw_combo_row_set_selected (editor->campaign_row, 0);
  g_assert_true (herald_editor_page_save (editor, &error));
  g_assert_no_error (error);
  stored = stored_post (&f, id_of (post));
  g_assert_null (herald_post_get_campaign_id (stored));
  g_clear_object (&stored);

  /* Undo takes the last change back, redo does it again. */
  buffer = gtk_text_view_get_buffer (editor->body_view);
  gtk_widget_grab_focus (GTK_WIDGET (editor->body_view));
  type_text (editor->body_view, "冬至吃饺子");
  {
    GtkTextIter start, end;

    /* Backspace over 饺子, as one step. */
    gtk_text_buffer_get_end_iter (buffer, &end);
    start = end;
    gtk_text_iter_backward_chars (&start, 2);
    gtk_text_buffer_begin_user_action (buffer);
    gtk_text_buffer_delete (buffer, &start, &end);
    gtk_text_buffer_end_user_action (buffer);
  }
  body = editor_body (editor);
  g_assert_cmpstr (body, ==, "冬至吃");
  g_clear_pointer (&body, g_free);
  g_assert_false (gtk_text_buffer_get_can_redo (buffer));
  gtk_text_buffer_undo (buffer);
  body = editor_body (editor);
  g_assert_cmpstr (body, ==, "冬至吃饺子");
  g_clear_pointer (&body, g_free);
  g_assert_true (gtk_text_buffer_get_can_redo (buffer));
  gtk_text_buffer_redo (buffer);
  body = editor_body (editor);
  g_assert_cmpstr (body, ==, "冬至吃");
  g_clear_pointer (&body, g_free);
  g_assert_false (gtk_text_buffer_get_can_redo (buffer));
  gtk_text_buffer_undo (buffer);

  /* What undo and redo leave is what is saved. */
  g_assert_true (herald_editor_page_save (editor, &error));
  g_assert_no_error (error);
  stored = stored_post (&f, id_of (post));
  g_assert_cmpstr (herald_post_get_body (stored), ==, "冬至吃饺子");

  fixture_tear_down (&f);
}

static void
test_editor_hashtag (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) weibo = NULL;
  g_autoptr (HeraldPost) douyin = NULL;
  g_autoptr (HeraldTopic) topic = NULL;
  g_autofree char *body = NULL;
  HeraldEditorPage *editor;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  weibo = add_post (&f, f.weibo, "微博", 0, HERALD_POST_STATUS_DRAFT);
  douyin = add_post (&f, f.douyin, "抖音", 0, HERALD_POST_STATUS_DRAFT);

  editor = open_editor (&f, weibo);
  type_text (editor->body_view, "今天");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor->topic_notes), "editor.insert-topic", "s", "冬至"));
  type_text (editor->body_view, "吃饺子");
  body = editor_body (editor);
  g_assert_cmpstr (body, ==, "今天#冬至#吃饺子");
  g_clear_pointer (&body, g_free);

  /* Another account, another syntax: the topic ends with a space. */
  editor = open_editor (&f, douyin);
  type_text (editor->body_view, "今天");
  herald_editor_page_insert_topic (editor, "冬至");
  type_text (editor->body_view, "吃饺子");
  body = editor_body (editor);
  g_assert_cmpstr (body, ==, "今天#冬至 吃饺子");

  /* Switching posts saved the first one. */
  {
    g_autoptr (HeraldPost) stored = stored_post (&f, id_of (weibo));

    g_assert_cmpstr (herald_post_get_body (stored), ==, "今天#冬至#吃饺子");
  }

  fixture_tear_down (&f);
}

static GtkWidget *
find_remove_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "uri") != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_remove_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_editor_fields (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) note = NULL;
  g_autoptr (HeraldPost) article = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_auto (GStrv) uris = NULL;
  g_autoptr (GError) error = NULL;
  HeraldEditorPage *editor;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  note = add_post (&f, f.redbook, "冬日穿搭", 0, HERALD_POST_STATUS_DRAFT);
  article = add_post (&f, f.wechat, "冬至长文", 0, HERALD_POST_STATUS_DRAFT);

  /* 小红书 takes 18 images: the 19th brings a warning. */
  editor = open_editor (&f, note);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->digest_row)));
  for (guint i = 0; i < 19; i++)
    {
      g_autofree char *path = g_strdup_printf ("/tmp/穿搭-%02u.jpg", i);
      g_autoptr (GFile) file = g_file_new_for_path (path);

      g_list_store_append (files, file);
    }
  herald_editor_page_add_attachments (editor, G_LIST_MODEL (files));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->attachments_warning)));
  g_assert_nonnull (strstr (gtk_label_get_label (editor->attachments_warning), "18"));
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  uris = herald_store_get_attachments (f.store, id_of (note), &error);
  g_assert_cmpuint (g_strv_length (uris), ==, 19);
  g_clear_pointer (&uris, g_strfreev);

  /* Removing one, with its button, brings them within the limit. */
  g_signal_emit_by_name (find_remove_button (GTK_WIDGET (gtk_list_box_get_row_at_index (editor->attachments_list, 0))),
                         "clicked");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->attachments_warning)));
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  uris = herald_store_get_attachments (f.store, id_of (note), &error);
  g_assert_cmpuint (g_strv_length (uris), ==, 18);

  /* Another account: the post moves there, and stays there when the
   * account list is read again. */
  {
    guint position;
    g_autoptr (HeraldPost) moved = NULL;

    g_assert_true (herald_account_list_find (editor->accounts, id_of (f.douyin), &position));
    adw_combo_row_set_selected (editor->account_row, position);
    g_assert_true (herald_editor_page_get_account (editor) != NULL);
    g_assert_cmpstr (id_of (herald_editor_page_get_account (editor)), ==, id_of (f.douyin));
    g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
    moved = stored_post (&f, id_of (note));
    g_assert_cmpstr (herald_post_get_account_id (moved), ==, id_of (f.douyin));
    herald_account_list_refresh (editor->accounts);
    g_assert_cmpstr (id_of (herald_editor_page_get_account (editor)), ==, id_of (f.douyin));
  }

  /* 公众号 articles have a digest; tags are split on either comma. */
  editor = open_editor (&f, article);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->digest_row)));
  gtk_editable_set_text (GTK_EDITABLE (editor->digest_row), "一年中白昼最短的一天");
  gtk_editable_set_text (GTK_EDITABLE (editor->tags_row), "节气, #冬至，饺子、 ");
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  stored = stored_post (&f, id_of (article));
  g_assert_cmpstr (herald_post_get_digest (stored), ==, "一年中白昼最短的一天");
  g_assert_cmpuint (g_strv_length ((char **) herald_post_get_tags (stored)), ==, 3);
  g_assert_cmpstr (herald_post_get_tags (stored)[1], ==, "冬至");

  fixture_tear_down (&f);
}

static gboolean
drafts_listed (gpointer data)
{
  return gtk_list_box_get_row_at_index (data, 0) != NULL;
}

static guint
n_rows_of (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static void
test_editor_drafts_page (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) idea = NULL;
  g_autoptr (HeraldPost) older_idea = NULL;
  g_autoptr (HeraldPost) draft = NULL;
  g_autoptr (HeraldPost) scheduled = NULL;
  GtkWidget *page;
  GtkListBox *ideas, *drafts;
  GtkListBoxRow *row;
  HeraldEditorPage *editor;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  older_idea = add_post (&f, f.redbook, "选题：冬至", 0, HERALD_POST_STATUS_IDEA);
  g_usleep (G_USEC_PER_SEC + 100000);
  idea = add_post (&f, f.weibo, "选题：腊八", 0, HERALD_POST_STATUS_IDEA);
  draft = add_post (&f, f.douyin, "腊八粥教程", 1794000000, HERALD_POST_STATUS_DRAFT);
  scheduled = add_post (&f, f.douyin, "已排期", 1794000000, HERALD_POST_STATUS_SCHEDULED);

  herald_window_set_page (f.window, "drafts");
  herald_test_wait_idle ();
  page = herald_test_find_widget (GTK_WIDGET (f.window), HERALD_TYPE_DRAFTS_PAGE);
  g_assert_nonnull (page);
  ideas = herald_drafts_page_get_column (HERALD_DRAFTS_PAGE (page), HERALD_POST_STATUS_IDEA);
  drafts = herald_drafts_page_get_column (HERALD_DRAFTS_PAGE (page), HERALD_POST_STATUS_DRAFT);
  g_assert_true (herald_test_wait_for (drafts_listed, ideas, 3000));

  /* A column per stage, newest first; the scheduled post is not here. */
  g_assert_cmpuint (n_rows_of (ideas), ==, 2);
  g_assert_cmpuint (n_rows_of (drafts), ==, 1);
  g_assert_cmpuint (n_rows_of (herald_drafts_page_get_column (HERALD_DRAFTS_PAGE (page), HERALD_POST_STATUS_REVIEW)), ==, 0);
  g_assert_cmpuint (n_rows_of (herald_drafts_page_get_column (HERALD_DRAFTS_PAGE (page), HERALD_POST_STATUS_SCHEDULED)), ==, 0);
  row = gtk_list_box_get_row_at_index (ideas, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "post-id"), ==, id_of (idea));
  row = gtk_list_box_get_row_at_index (ideas, 1);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "post-id"), ==, id_of (older_idea));
  row = gtk_list_box_get_row_at_index (drafts, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "post-id"), ==, id_of (draft));

  g_signal_emit_by_name (drafts, "row-activated", row);
  g_assert_true (herald_test_wait_for (editor_shown, f.window, 5000));
  editor = herald_window_get_editor (f.window);
  g_assert_cmpstr (id_of (herald_editor_page_get_post (editor)), ==, id_of (draft));

  /* What the editor saved is on the board when it comes back. */
  gtk_editable_set_text (GTK_EDITABLE (editor->title_row), "腊八粥教程（改）");
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  herald_window_set_page (f.window, "calendar");
  herald_window_set_page (f.window, "drafts");
  herald_test_wait_idle ();
  row = gtk_list_box_get_row_at_index (drafts, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "post-id"), ==, id_of (draft));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "腊八粥教程（改）");

  fixture_tear_down (&f);
}

static void
test_editor_new_post (void)
{
  Fixture f = { 0, };
  g_autoptr (GListModel) drafts = NULL;
  g_autoptr (GError) error = NULL;
  HeraldEditorPage *editor;
  HeraldPost *post;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  /* In sample data the editor says so too. */
  herald_window_set_demo (f.window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.new-post", NULL));
  g_assert_true (herald_test_wait_for (editor_shown, f.window, 5000));
  editor = herald_window_get_editor (f.window);
  g_assert_nonnull (herald_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_BANNER));
  post = herald_editor_page_get_post (editor);
  g_assert_null (id_of (post));

  /* Nothing typed, nothing stored. */
  herald_test_wait_idle ();
  drafts = herald_store_list_drafts (f.store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 0);
  g_clear_object (&drafts);

  gtk_editable_set_text (GTK_EDITABLE (editor->title_row), "新选题");
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));
  g_assert_nonnull (id_of (post));
  drafts = herald_store_list_drafts (f.store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 1);

  fixture_tear_down (&f);
}

static gboolean
has_first_row (gpointer data)
{
  return gtk_list_box_get_row_at_index (data, 0) != NULL;
}

static void
test_editor_search (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldTopic) topic = NULL;
  HeraldSearchDialog *dialog;
  GtkListBox *results;
  GtkListBoxRow *row;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.weibo, "周末探店", 0, HERALD_POST_STATUS_DRAFT);
  herald_post_set_body (post, "城南新开的一家云南米线，酸辣鲜香");
  herald_store_save_post (f.store, post, NULL);
  topic = add_topic (&f, "云南旅游热", NULL, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.search", NULL));
  herald_test_wait_idle ();
  dialog = HERALD_SEARCH_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));
  g_assert_true (HERALD_IS_SEARCH_DIALOG (dialog));
  results = herald_search_dialog_get_results (dialog);

  /* Typing searches in a thread. */
  gtk_editable_set_text (GTK_EDITABLE (herald_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY)), "酸辣鲜香");
  g_assert_true (herald_test_wait_for (has_first_row, results, 10000));
  row = gtk_list_box_get_row_at_index (results, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "post-id"), ==, id_of (post));

  /* A Chinese substring from the middle of the body, and of the topic. */
  herald_search_dialog_search (dialog, "云南");
  g_assert_nonnull (gtk_list_box_get_row_at_index (results, 1));
  herald_search_dialog_search (dialog, "云南米线");
  row = gtk_list_box_get_row_at_index (results, 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (results, 1));

  g_signal_emit_by_name (results, "row-activated", row);
  g_assert_true (herald_test_wait_for (editor_shown, f.window, 5000));
  g_assert_cmpstr (id_of (herald_editor_page_get_post (herald_window_get_editor (f.window))), ==, id_of (post));
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));

  /* A topic found starts a post on it, linked from the start. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.search", NULL));
  herald_test_wait_idle ();
  dialog = HERALD_SEARCH_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));
  results = herald_search_dialog_get_results (dialog);
  herald_search_dialog_search (dialog, "旅游热");
  row = gtk_list_box_get_row_at_index (results, 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "topic-id"), ==, id_of (topic));
  g_signal_emit_by_name (results, "row-activated", row);
  herald_test_wait_idle ();
  {
    HeraldEditorPage *editor = herald_window_get_editor (f.window);
    HeraldPost *started = herald_editor_page_get_post (editor);
    g_autoptr (GListModel) linked = NULL;

    g_assert_cmpstr (herald_post_get_title (started), ==, "云南旅游热");
    g_assert_nonnull (id_of (started));
    linked = herald_store_list_post_topics (f.store, id_of (started), NULL);
    g_assert_cmpuint (g_list_model_get_n_items (linked), ==, 1);
    g_assert_cmpuint (herald_topic_notes_panel_get_n_linked (editor->topic_notes), ==, 1);
  }

  fixture_tear_down (&f);
}

static gboolean
side_folded (gpointer data)
{
  HeraldEditorPage *editor = data;

  return adw_overlay_split_view_get_collapsed (editor->split_view) &&
         !adw_overlay_split_view_get_show_sidebar (editor->split_view);
}

static void
test_editor_narrow (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  HeraldEditorPage *editor;

  if (!herald_test_run_in_subprocess ())
    return;

  /* A phone: the side column folds away behind its button. */
  fixture_set_up_sized (&f, 360, 640);
  post = add_post (&f, f.weibo, "手机上改稿", 0, HERALD_POST_STATUS_DRAFT);
  editor = open_editor (&f, post);
  /* Breakpoints apply on a later frame, which a slow machine takes time for. */
  g_assert_true (herald_test_wait_for (side_folded, editor, 10000));
  g_assert_true (adw_overlay_split_view_get_collapsed (editor->split_view));
  g_assert_false (adw_overlay_split_view_get_show_sidebar (editor->split_view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (editor->body_view)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f.window)), <=, 400);

  type_text (editor->body_view, "随手记");
  g_assert_true (herald_test_wait_for (is_saved, editor, 10000));

  fixture_tear_down (&f);
}

/* Crash safety: a child types into the editor and says what each
 * autosave stored; it is killed at a random moment, and the database must
 * hold at least that much of the text, intact. */

static void
child_save_state_cb (HeraldEditorPage *editor)
{
  if (herald_editor_page_get_save_state (editor) == HERALD_SAVE_STATE_SAVED)
    {
      const char *body = herald_post_get_body (herald_editor_page_get_post (editor));

      g_print ("saved %ld\n", g_utf8_strlen (body, -1));
      fflush (stdout);
    }
}

static gboolean
child_type_cb (gpointer data)
{
  HeraldEditorPage *editor = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (editor->body_view);
  static guint typed;
  glong n_chars = g_utf8_strlen (typed_text, -1);
  const char *c = g_utf8_offset_to_pointer (typed_text, typed++ % n_chars);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, c, g_utf8_next_char (c) - c);
  return G_SOURCE_CONTINUE;
}

static int
run_crash_child (const char *path,
                 const char *post_id)
{
  g_autoptr (HeraldApplication) app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_autoptr (GError) error = NULL;
  HeraldWindow *window;
  HeraldEditorPage *editor;

  herald_application_set_database_path (app, path);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  window = herald_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  herald_test_wait_mapped (GTK_WIDGET (window));
  herald_window_open_post (window, post_id);
  editor = herald_window_get_editor (window);
  g_assert_nonnull (editor);

  g_signal_connect (editor, "notify::save-state", G_CALLBACK (child_save_state_cb), NULL);
  g_timeout_add (7, child_type_cb, editor);
  g_print ("ready\n");
  fflush (stdout);

  /* Until killed. */
  for (;;)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

static char *
integrity_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return result;
}

static void
test_editor_crash_safety (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("herald-crash-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "herald.db", NULL);
  g_autofree char *post_id = NULL;
  g_autoptr (GString) expected = g_string_new (NULL);
  g_autoptr (GRand) rand = g_rand_new ();
  glong n_typed_chars = g_utf8_strlen (typed_text, -1);

  {
    g_autoptr (HeraldStore) store = herald_store_open (path, &error);
    g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "品牌官微");
    g_autoptr (HeraldPost) post = NULL;

    g_assert_no_error (error);
    herald_store_save_account (store, account, &error);
    g_assert_no_error (error);
    post = herald_post_new (id_of (account), "崩溃也不丢字");
    herald_store_save_post (store, post, &error);
    g_assert_no_error (error);
    post_id = g_strdup (id_of (post));
  }

  for (guint round = 0; round < 5; round++)
    {
      g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
      g_autoptr (GSubprocess) child = NULL;
      g_autoptr (GDataInputStream) out = NULL;
      g_autoptr (HeraldStore) store = NULL;
      g_autoptr (HeraldPost) post = NULL;
      g_autofree char *check = NULL;
      g_autofree char *exe = g_test_build_filename (G_TEST_BUILT, "test-editor", NULL);
      glong before = g_utf8_strlen (expected->str, -1);
      glong last_saved = before;
      guint saves_wanted = g_rand_int_range (rand, 1, 5);
      guint saves = 0;
      const char *body;

      g_subprocess_launcher_setenv (launcher, "HERALD_TEST_CRASH_DB", path, TRUE);
      g_subprocess_launcher_setenv (launcher, "HERALD_TEST_CRASH_POST", post_id, TRUE);
      child = g_subprocess_launcher_spawn (launcher, &error, exe, NULL);
      g_assert_no_error (error);
      out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

      while (saves < saves_wanted)
        {
          g_autofree char *line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
          const char *saved;
          glong n;

          g_assert_no_error (error);
          g_assert_nonnull (line);
          /* Under the test harness, printed lines start with "# ". */
          saved = strstr (line, "saved ");
          if (saved != NULL && sscanf (saved, "saved %ld", &n) == 1)
            {
              g_assert_cmpint (n, >=, last_saved);
              last_saved = n;
              saves++;
            }
        }

      /* Somewhere in the middle of typing, or of a save. */
      g_usleep (g_rand_int_range (rand, 0, 600) * 1000);
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      g_assert_false (g_subprocess_get_if_exited (child));

      check = integrity_check (path);
      g_assert_cmpstr (check, ==, "ok");

      store = herald_store_open (path, &error);
      g_assert_no_error (error);
      post = herald_store_get_post (store, post_id, &error);
      g_assert_no_error (error);
      body = herald_post_get_body (post);

      /* All that was reported saved is there, and nothing else but what
       * was typed after it. */
      g_assert_cmpint (g_utf8_strlen (body, -1), >=, last_saved);
      g_assert_true (g_str_has_prefix (body, expected->str));
      for (glong i = before; i < g_utf8_strlen (body, -1); i++)
        {
          const char *c = g_utf8_offset_to_pointer (typed_text, (i - before) % n_typed_chars);
          const char *b = g_utf8_offset_to_pointer (body, i);

          g_assert_cmpint (g_utf8_get_char (b), ==, g_utf8_get_char (c));
        }
      g_test_message ("round %u: %u saves, killed with %ld characters stored", round, saves,
                      g_utf8_strlen (body, -1));
      g_string_assign (expected, body);
    }

  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  if (g_getenv ("HERALD_TEST_CRASH_DB") != NULL)
    return run_crash_child (g_getenv ("HERALD_TEST_CRASH_DB"), g_getenv ("HERALD_TEST_CRASH_POST"));

  g_test_add_func ("/editor/autosave", test_editor_autosave);
  g_test_add_func ("/editor/save-on-close", test_editor_save_on_close);
  g_test_add_func ("/editor/save-refused", test_editor_save_refused);
  g_test_add_func ("/editor/status", test_editor_status);
  g_test_add_func ("/editor/publish", test_editor_publish);
  g_test_add_func ("/editor/publish-copy", test_editor_publish_copy);
  g_test_add_func ("/editor/topics", test_editor_topics);
  g_test_add_func ("/editor/hashtag", test_editor_hashtag);
  g_test_add_func ("/editor/pickers", test_editor_pickers);
  g_test_add_func ("/editor/fields", test_editor_fields);
  g_test_add_func ("/editor/drafts-page", test_editor_drafts_page);
  g_test_add_func ("/editor/new-post", test_editor_new_post);
  g_test_add_func ("/editor/search", test_editor_search);
  g_test_add_func ("/editor/narrow", test_editor_narrow);
  g_test_add_func ("/editor/crash-safety", test_editor_crash_safety);

  return g_test_run ();
}
