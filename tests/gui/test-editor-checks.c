/* test-editor-checks.c — the editor's live text checks, driven in the real
 * window: counters against the platform's limits, advertising-law words
 * replaced and ignored, Chinese conversion, and copying a post to another
 * account with its text adapted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "herald-ad-words-preferences.h"
#include "herald-application.h"
#include "herald-checks-panel.h"
#include "herald-editor-page-private.h"
#include "herald-preferences-dialog.h"
#include "herald-store-ad-words.h"
#include "herald-test-gui.h"
#include "herald-text-report.h"
#include "herald-window-private.h"

typedef struct {
  char              *dir;
  char              *path;
  HeraldApplication *app;
  HeraldWindow      *window;
  HeraldStore       *store;
  HeraldAccount     *weibo;
  HeraldAccount     *douyin;
  HeraldAccount     *bilibili;
} Fixture;

static const char *
id_of (gpointer record)
{
  return herald_record_get_id (HERALD_RECORD (record));
}

static HeraldAccount *
add_account (Fixture    *f,
             const char *kind,
             const char *name,
             const char *limits)
{
  g_autoptr (HeraldAccount) account = herald_account_new (kind, name);
  g_autoptr (GError) error = NULL;

  herald_account_set_limits (account, limits);
  herald_store_save_account (f->store, account, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&account);
}

static HeraldPost *
add_post (Fixture       *f,
          HeraldAccount *account,
          const char    *title,
          const char    *body)
{
  g_autoptr (HeraldPost) post = herald_post_new (id_of (account), title);
  g_autoptr (GError) error = NULL;

  herald_post_set_body (post, body);
  herald_post_set_status (post, HERALD_POST_STATUS_DRAFT);
  herald_store_save_post (f->store, post, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&post);
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

  f->dir = g_dir_make_tmp ("herald-checks-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "herald.db", NULL);

  f->app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (f->app, f->path);
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);

  f->store = herald_application_get_store (f->app);
  g_assert_nonnull (f->store);

  /* The account's own body limit, lower than the kind's. */
  f->weibo = add_account (f, "weibo", "品牌官微", "{\"body_max\": 40}");
  f->douyin = add_account (f, "douyin", "山茶生活", NULL);
  f->bilibili = add_account (f, "bilibili", "山茶生活实验室", NULL);

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

  while ((dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window))) != NULL)
    {
      adw_dialog_force_close (dialog);
      herald_test_wait_idle ();
    }
  gtk_window_destroy (GTK_WINDOW (f->window));
  herald_test_wait_idle ();

  g_clear_object (&f->weibo);
  g_clear_object (&f->douyin);
  g_clear_object (&f->bilibili);
  g_clear_object (&f->app);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_clear_pointer (&f->path, g_free);
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

typedef struct {
  HeraldWindow *window;
  const char   *post_id;
} EditorWait;

static gboolean
editor_shows (gpointer data)
{
  EditorWait *wait = data;
  HeraldEditorPage *editor = herald_window_get_editor (wait->window);

  return editor != NULL &&
         g_strcmp0 (id_of (herald_editor_page_get_post (editor)), wait->post_id) == 0;
}

static HeraldEditorPage *
open_editor (Fixture    *f,
             const char *post_id)
{
  EditorWait wait = { f->window, post_id };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-post", "s", post_id));
  g_assert_true (herald_test_wait_for (editor_shows, &wait, 5000));
  herald_test_wait_mapped (GTK_WIDGET (herald_window_get_editor (f->window)));

  return herald_window_get_editor (f->window);
}

static HeraldChecksPanel *
checks_of (HeraldEditorPage *editor)
{
  GtkWidget *panel = adw_bin_get_child (herald_editor_page_get_checks_slot (editor));

  g_assert_true (HERALD_IS_CHECKS_PANEL (panel));
  return HERALD_CHECKS_PANEL (panel);
}

static const char *
counter_text (HeraldChecksPanel *checks,
              HeraldTextField    field)
{
  GtkWidget *label = herald_checks_panel_get_counter (checks, field);

  g_assert_nonnull (label);
  return gtk_label_get_label (GTK_LABEL (label));
}

typedef struct {
  HeraldChecksPanel *checks;
  HeraldTextField    field;
  const char        *text;
} CounterWait;

static gboolean
counter_says (gpointer data)
{
  CounterWait *wait = data;

  return g_strcmp0 (counter_text (wait->checks, wait->field), wait->text) == 0;
}

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

static char *
body_of (HeraldEditorPage *editor)
{
  return herald_editor_page_get_body (editor);
}

static gboolean
has_tag_at (GtkTextBuffer *buffer,
            const char    *tag_name,
            int            offset)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static void
test_checks_counters (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  HeraldEditorPage *editor;
  HeraldChecksPanel *checks;
  GtkWidget *body_counter;
  CounterWait wait;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.weibo, "冬至", "");
  editor = open_editor (&f, id_of (post));
  checks = checks_of (editor);

  /* Weibo counts a Chinese character as one and the account allows 40. */
  g_assert_cmpstr (counter_text (checks, HERALD_TEXT_FIELD_BODY), ==, "0 / 40");
  g_assert_cmpstr (counter_text (checks, HERALD_TEXT_FIELD_TITLE), ==, "2 / 30");

  gtk_widget_grab_focus (GTK_WIDGET (editor->body_view));
  type_text (editor->body_view, "冬至吃饺子还是汤圆");
  wait = (CounterWait) { checks, HERALD_TEXT_FIELD_BODY, "9 / 40" };
  g_assert_true (herald_test_wait_for (counter_says, &wait, 2000));
  body_counter = herald_checks_panel_get_counter (checks, HERALD_TEXT_FIELD_BODY);
  g_assert_false (gtk_widget_has_css_class (body_counter, "error"));
  g_assert_false (gtk_widget_has_css_class (body_counter, "warning"));

  /* Near the limit: amber. */
  type_text (editor->body_view, "评论区告诉我们今年冬至你们那边吃什么馅的饺子和汤圆呀好吃");
  wait.text = "37 / 40";
  g_assert_true (herald_test_wait_for (counter_says, &wait, 2000));
  g_assert_true (gtk_widget_has_css_class (body_counter, "warning"));

  /* Over it: red. */
  type_text (editor->body_view, "还有汤圆是甜的还是咸的呢？欢迎留言");
  wait.text = "54 / 40";
  g_assert_true (herald_test_wait_for (counter_says, &wait, 2000));
  g_assert_true (gtk_widget_has_css_class (body_counter, "error"));
  g_assert_false (gtk_widget_has_css_class (body_counter, "warning"));

  /* Topics in the body are styled and shown in Weibo's syntax. */
  type_text (editor->body_view, " #冬至# @山茶生活 ");
  herald_checks_panel_refresh (checks);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (editor->body_view);
    g_autofree char *body = body_of (editor);
    int topic_at = g_utf8_pointer_to_offset (body, strstr (body, "#冬至#")) + 1;
    int mention_at = g_utf8_pointer_to_offset (body, strstr (body, "@山茶")) + 1;

    g_assert_true (has_tag_at (buffer, "herald-topic", topic_at));
    g_assert_false (has_tag_at (buffer, "herald-mention", topic_at));
    g_assert_true (has_tag_at (buffer, "herald-mention", mention_at));
    g_assert_false (has_tag_at (buffer, "herald-topic", 0));
  }
  gtk_editable_set_text (GTK_EDITABLE (editor->tags_row), "节气");
  herald_checks_panel_refresh (checks);
  g_assert_cmpstr (herald_checks_panel_get_hashtags (checks), ==, "#节气# #冬至#");

  /* Another account: its kind's limits and hashtag syntax. */
  {
    guint position;

    g_assert_true (herald_account_list_find (editor->accounts, id_of (f.douyin), &position));
    adw_combo_row_set_selected (editor->account_row, position);
    wait.text = "66 / 1000";
    g_assert_true (herald_test_wait_for (counter_says, &wait, 2000));
    g_assert_false (gtk_widget_has_css_class (body_counter, "error"));
    g_assert_cmpstr (herald_checks_panel_get_hashtags (checks), ==, "#节气 #冬至");
  }

  fixture_tear_down (&f);
}

static void
test_checks_ad_words (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  HeraldEditorPage *editor;
  HeraldChecksPanel *checks;
  GtkTextBuffer *buffer;
  g_autofree char *body = NULL;
  g_autofree char *after_undo = NULL;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.douyin, "冬至", "这是最好的饺子。");
  editor = open_editor (&f, id_of (post));
  checks = checks_of (editor);
  buffer = gtk_text_view_get_buffer (editor->body_view);

  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 1);
  g_assert_cmpstr (herald_checks_panel_get_finding_word (checks, 0), ==, "最好");
  /* Underlined where it is: 这是[最好]的 */
  g_assert_false (has_tag_at (buffer, "herald-ad-word", 1));
  g_assert_true (has_tag_at (buffer, "herald-ad-word", 2));
  g_assert_true (has_tag_at (buffer, "herald-ad-word", 3));
  g_assert_false (has_tag_at (buffer, "herald-ad-word", 4));

  /* Replace puts the suggestion there, and the finding goes. */
  herald_checks_panel_replace (checks, 0);
  body = body_of (editor);
  g_assert_cmpstr (body, ==, "这是很好的饺子。");
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 0);
  g_assert_false (has_tag_at (buffer, "herald-ad-word", 2));

  /* One step to undo. */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  after_undo = body_of (editor);
  g_assert_cmpstr (after_undo, ==, "这是最好的饺子。");
  herald_checks_panel_refresh (checks);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 1);

  /* The title is checked too; ignoring one occurrence keeps the other. */
  gtk_editable_set_text (GTK_EDITABLE (editor->title_row), "全网第一的饺子");
  herald_checks_panel_refresh (checks);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 2);
  g_assert_cmpstr (herald_checks_panel_get_finding_word (checks, 0), ==, "全网第一");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editor->title_row), "warning"));
  herald_checks_panel_ignore (checks, 0);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (editor->title_row), "warning"));
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 1);
  g_assert_cmpstr (herald_checks_panel_get_finding_word (checks, 0), ==, "最好");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor->title_row)), ==, "全网第一的饺子");
  herald_test_save_shot (GTK_WIDGET (f.window), "editor-checks.png");

  /* Ignored in the body too: not listed, not underlined, text unchanged. */
  herald_checks_panel_ignore (checks, 0);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 0);
  g_assert_false (has_tag_at (buffer, "herald-ad-word", 2));
  g_clear_pointer (&body, g_free);
  body = body_of (editor);
  g_assert_cmpstr (body, ==, "这是最好的饺子。");

  /* A second 最好 typed later is a new occurrence, listed again. */
  gtk_widget_grab_focus (GTK_WIDGET (editor->body_view));
  {
    GtkTextIter end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_place_cursor (buffer, &end);
  }
  type_text (editor->body_view, "最好吃！");
  herald_checks_panel_refresh (checks);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 1);

  /* Replace works in the title too. */
  gtk_editable_set_text (GTK_EDITABLE (editor->title_row), "冬至最好的饺子");
  herald_checks_panel_refresh (checks);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 2);
  g_assert_cmpstr (herald_checks_panel_get_finding_word (checks, 0), ==, "最好");
  herald_checks_panel_replace (checks, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor->title_row)), ==, "冬至很好的饺子");
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 1);

  fixture_tear_down (&f);
}

static void
test_checks_convert (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  HeraldEditorPage *editor;
  g_autofree char *body = NULL;
  g_autofree char *restored = NULL;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.douyin, "软件设置", "这个软件的网络设置");
  editor = open_editor (&f, id_of (post));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.convert", "s", "s2tw"));
  body = body_of (editor);
  g_assert_cmpstr (body, ==, "這個軟件的網絡設置");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor->title_row)), ==, "軟件設置");

  /* The toast's Undo brings all the fields back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo-convert", NULL));
  restored = body_of (editor);
  g_assert_cmpstr (restored, ==, "这个软件的网络设置");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor->title_row)), ==, "软件设置");

  /* With Taiwan phrases, the words change too. */
  g_clear_pointer (&body, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.convert", "s", "s2twp"));
  body = body_of (editor);
  g_assert_cmpstr (body, ==, "這個軟體的網路設定");

  /* And back to Simplified. */
  g_clear_pointer (&body, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.convert", "s", "t2s"));
  body = body_of (editor);
  g_assert_cmpstr (body, ==, "这个软体的网路设定");

  /* An unknown conversion changes nothing. */
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *unchanged = NULL;

    g_assert_false (herald_editor_page_convert (editor, "x2y", &error));
    g_assert_nonnull (error);
    unchanged = body_of (editor);
    g_assert_cmpstr (unchanged, ==, body);
  }

  fixture_tear_down (&f);
}

static void
test_checks_copy_to_account (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) copy = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  g_autoptr (HeraldPost) stored_copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *copy_id = NULL;
  HeraldEditorPage *editor;
  HeraldEditorPage *sibling_editor;
  GtkWidget *button;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.weibo, "冬至到了，今天你吃饺子还是汤圆？快来评论区告诉我们你家乡的习俗吧",
                   "今天是冬至 #冬至#一起吃饺子");
  g_assert_null (herald_post_get_series_id (post));
  editor = open_editor (&f, id_of (post));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->siblings_row)));

  copy = herald_editor_page_copy_to_account (editor, f.douyin, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  copy_id = g_strdup (id_of (copy));

  /* Both are stored, linked by a series. */
  stored = herald_store_get_post (f.store, id_of (post), &error);
  g_assert_no_error (error);
  stored_copy = herald_store_get_post (f.store, copy_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (herald_post_get_series_id (stored));
  g_assert_cmpstr (herald_post_get_series_id (stored), ==, herald_post_get_series_id (stored_copy));
  g_assert_cmpstr (herald_post_get_account_id (stored_copy), ==, id_of (f.douyin));

  /* Douyin writes topics "#话题 " and takes 30 characters of title. */
  g_assert_cmpstr (herald_post_get_body (stored_copy), ==, "今天是冬至 #冬至 一起吃饺子");
  g_assert_cmpint (g_utf8_strlen (herald_post_get_title (stored_copy), -1), <=, 30);
  g_assert_true (g_str_has_prefix (herald_post_get_title (post), herald_post_get_title (stored_copy)));
  g_assert_cmpint (g_utf8_strlen (herald_post_get_title (stored_copy), -1), >=, 25);

  /* The original lists its sibling, and one click opens it. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->siblings_row)));
  button = gtk_widget_get_first_child (GTK_WIDGET (editor->siblings_box));
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, herald_channel_kind_get_name (herald_channel_kinds_lookup ("douyin")));
  g_assert_null (gtk_widget_get_next_sibling (button));
  g_signal_emit_by_name (button, "clicked");
  {
    EditorWait wait = { f.window, copy_id };

    g_assert_true (herald_test_wait_for (editor_shows, &wait, 5000));
  }
  sibling_editor = herald_window_get_editor (f.window);
  g_assert_true (sibling_editor != editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sibling_editor->title_row)), ==,
                   herald_post_get_title (stored_copy));

  /* The copy lists the original, by its platform. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sibling_editor->siblings_row)));
  button = gtk_widget_get_first_child (GTK_WIDGET (sibling_editor->siblings_box));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, herald_channel_kind_get_name (herald_channel_kinds_lookup ("weibo")));

  /* Bilibili keeps topics as tags: the text's topics become the copy's
   * tags, after the post's own, each once. */
  {
    g_autoptr (HeraldPost) tagged = add_post (&f, f.weibo, "冬至视频", "#冬至# 汤圆还是饺子 #家乡味道# #冬至#");
    g_autoptr (HeraldPost) to_bilibili = NULL;
    g_autoptr (HeraldPost) stored_bilibili = NULL;
    HeraldEditorPage *tagged_editor;
    const char * const *tags;

    herald_post_set_tags (tagged, (const char * const[]) { "美食", "冬至", NULL });
    g_assert_true (herald_store_save_post (f.store, tagged, &error));
    g_assert_no_error (error);
    tagged_editor = open_editor (&f, id_of (tagged));
    to_bilibili = herald_editor_page_copy_to_account (tagged_editor, f.bilibili, &error);
    g_assert_no_error (error);
    stored_bilibili = herald_store_get_post (f.store, id_of (to_bilibili), &error);
    g_assert_no_error (error);
    tags = herald_post_get_tags (stored_bilibili);
    g_assert_nonnull (tags);
    g_assert_cmpuint (g_strv_length ((char **) tags), ==, 3);
    g_assert_cmpstr (tags[0], ==, "美食");
    g_assert_cmpstr (tags[1], ==, "冬至");
    g_assert_cmpstr (tags[2], ==, "家乡味道");
    g_assert_null (strstr (herald_post_get_body (stored_bilibili), "#"));
  }

  fixture_tear_down (&f);
}

static gboolean
has_finding (HeraldChecksPanel *checks,
             const char        *word)
{
  for (guint i = 0; i < herald_checks_panel_get_n_findings (checks); i++)
    if (g_str_equal (herald_checks_panel_get_finding_word (checks, i), word))
      return TRUE;

  return FALSE;
}

typedef struct {
  HeraldChecksPanel *checks;
  const char        *word;
  gboolean           present;
} FindingWait;

static gboolean
finding_is (gpointer data)
{
  FindingWait *wait = data;

  return has_finding (wait->checks, wait->word) == wait->present;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  herald_test_collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

/* Words and exceptions added in Preferences count in the open editor at
 * once; removing one can be undone. */
static void
test_checks_user_words (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (GPtrArray) stored = NULL;
  g_autoptr (GError) error = NULL;
  HeraldEditorPage *editor;
  HeraldChecksPanel *checks;
  HeraldAdWordsPreferences *page;
  AdwDialog *dialog;
  GtkListBox *words_list;
  FindingWait wait;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.douyin, "冬至", "今天秒杀，国家级工艺。");
  editor = open_editor (&f, id_of (post));
  checks = checks_of (editor);
  g_assert_false (has_finding (checks, "秒杀"));
  g_assert_true (has_finding (checks, "国家级"));

  g_action_group_activate_action (G_ACTION_GROUP (f.app), "preferences", NULL);
  herald_test_wait_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window));
  g_assert_true (HERALD_IS_PREFERENCES_DIALOG (dialog));
  page = HERALD_AD_WORDS_PREFERENCES (herald_test_find_widget (GTK_WIDGET (dialog), HERALD_TYPE_AD_WORDS_PREFERENCES));
  adw_preferences_dialog_set_visible_page (ADW_PREFERENCES_DIALOG (dialog), ADW_PREFERENCES_PAGE (page));
  herald_test_collect_widgets (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 3);

  /* A word with its suggestion, applied from the word's row. */
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "秒杀");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "限时优惠");
  {
    g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
    GtkWidget *add = NULL;

    herald_test_collect_widgets (rows->pdata[0], GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), _("Add Word")) == 0)
        add = buttons->pdata[i];
    g_assert_nonnull (add);
    g_signal_emit_by_name (add, "clicked");
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rows->pdata[0])), ==, "");
  wait = (FindingWait) { checks, "秒杀", TRUE };
  g_assert_true (herald_test_wait_for (finding_is, &wait, 2000));

  /* An exception takes a shipped word out. */
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[2]), "国家级");
  g_signal_emit_by_name (rows->pdata[2], "entry-activated");
  wait = (FindingWait) { checks, "国家级", FALSE };
  g_assert_true (herald_test_wait_for (finding_is, &wait, 2000));

  stored = herald_store_list_ad_words (f.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpstr (((HeraldUserAdWord *) stored->pdata[0])->suggestion, ==, "限时优惠");
  g_assert_true (((HeraldUserAdWord *) stored->pdata[1])->is_exception);
  herald_test_save_shot (GTK_WIDGET (dialog), "preferences-ad-words.png");

  /* Removed from its row's button, back with Undo. */
  {
    GtkWidget *remove = NULL;
    g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

    herald_test_collect_widgets (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len && remove == NULL; i++)
      {
        GtkWidget *row = gtk_widget_get_ancestor (buttons->pdata[i], ADW_TYPE_ACTION_ROW);

        if (row != NULL && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "秒杀") == 0)
          remove = buttons->pdata[i];
      }
    g_assert_nonnull (remove);
    words_list = GTK_LIST_BOX (gtk_widget_get_ancestor (remove, GTK_TYPE_LIST_BOX));
    g_assert_cmpuint (n_rows (words_list), ==, 1);
    g_signal_emit_by_name (remove, "clicked");
    herald_test_wait_idle ();
  }
  g_assert_cmpuint (n_rows (words_list), ==, 0);
  wait = (FindingWait) { checks, "秒杀", FALSE };
  g_assert_true (herald_test_wait_for (finding_is, &wait, 2000));

  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), _("_Undo")), "clicked");
  herald_test_wait_idle ();
  g_assert_cmpuint (n_rows (words_list), ==, 1);
  wait = (FindingWait) { checks, "秒杀", TRUE };
  g_assert_true (herald_test_wait_for (finding_is, &wait, 2000));
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = herald_store_list_ad_words (f.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpstr (((HeraldUserAdWord *) stored->pdata[0])->word, ==, "秒杀");
  g_assert_cmpstr (((HeraldUserAdWord *) stored->pdata[0])->suggestion, ==, "限时优惠");

  /* A word with nothing to look for stays typed. */
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "！！");
  g_assert_false (herald_ad_words_preferences_add (page, FALSE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rows->pdata[0])), ==, "！！");

  fixture_tear_down (&f);
}

/* The 公众号 digest is checked like the title. */
static void
test_checks_digest (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldAccount) wechat = NULL;
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;
  HeraldEditorPage *editor;
  HeraldChecksPanel *checks;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  wechat = add_account (&f, "wechat-article", "山茶公众号", NULL);
  post = herald_post_new (id_of (wechat), "冬至吃什么");
  herald_post_set_body (post, "冬至的饺子。");
  herald_post_set_digest (post, "最佳的冬至饺子做法");
  herald_store_save_post (f.store, post, &error);
  g_assert_no_error (error);

  editor = open_editor (&f, id_of (post));
  checks = checks_of (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->digest_row)));
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 1);
  g_assert_cmpstr (herald_checks_panel_get_finding_word (checks, 0), ==, "最佳");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editor->digest_row), "warning"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (editor->title_row), "warning"));

  /* Replace works there too. */
  herald_checks_panel_replace (checks, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor->digest_row)), ==, "出色的冬至饺子做法");
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 0);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (editor->digest_row), "warning"));

  /* Found with the title's: title first, then digest, then body. */
  gtk_editable_set_text (GTK_EDITABLE (editor->title_row), "全网第一");
  gtk_editable_set_text (GTK_EDITABLE (editor->digest_row), "国家级手艺");
  herald_checks_panel_refresh (checks);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 2);
  g_assert_cmpstr (herald_checks_panel_get_finding_word (checks, 0), ==, "全网第一");
  g_assert_cmpstr (herald_checks_panel_get_finding_word (checks, 1), ==, "国家级");

  /* A kind without a digest does not check what an earlier one left. */
  {
    guint position;

    g_assert_true (herald_account_list_find (editor->accounts, id_of (f.douyin), &position));
    adw_combo_row_set_selected (editor->account_row, position);
    herald_checks_panel_refresh (checks);
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->digest_row)));
    g_assert_false (has_finding (checks, "国家级"));
  }

  fixture_tear_down (&f);
}

static gboolean
side_collapsed (gpointer data)
{
  HeraldEditorPage *editor = data;

  return adw_overlay_split_view_get_collapsed (editor->split_view);
}

/* On a phone the checks are behind the side column's button, and fit. */
static void
test_checks_narrow (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  HeraldEditorPage *editor;
  HeraldChecksPanel *checks;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up_sized (&f, 360, 640);
  post = add_post (&f, f.douyin, "冬至最好的饺子", "这是最好的饺子，#冬至 一起吃。");
  editor = open_editor (&f, id_of (post));
  g_assert_true (herald_test_wait_for (side_collapsed, editor, 10000));
  checks = checks_of (editor);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (checks)));
  herald_test_save_shot (GTK_WIDGET (f.window), "editor-narrow.png");

  adw_overlay_split_view_set_show_sidebar (editor->split_view, TRUE);
  herald_test_wait_mapped (GTK_WIDGET (checks));
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 2);
  /* Nothing wider than the phone. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f.window)), <=, 400);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (checks)), <=, gtk_widget_get_width (GTK_WIDGET (f.window)));
  herald_test_save_shot (GTK_WIDGET (f.window), "editor-checks-narrow.png");

  fixture_tear_down (&f);
}

/* A B站 tag over 20 characters turns the topics counter red and is named. */
static void
test_checks_tag_length (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  HeraldEditorPage *editor;
  HeraldChecksPanel *checks;
  GtkWidget *counter;
  GtkWidget *row;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.bilibili, "新机开箱", "");
  editor = open_editor (&f, id_of (post));
  checks = checks_of (editor);

  gtk_editable_set_text (GTK_EDITABLE (editor->tags_row), "开箱，一二三四五六七八九十一二三四五六七八九十");
  herald_checks_panel_refresh (checks);
  counter = herald_checks_panel_get_counter (checks, HERALD_TEXT_FIELD_TAGS);
  row = gtk_widget_get_ancestor (counter, ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (counter)), ==, "2 / 10");
  g_assert_false (gtk_widget_has_css_class (counter, "error"));

  gtk_editable_set_text (GTK_EDITABLE (editor->tags_row), "开箱，一二三四五六七八九十一二三四五六七八九十一");
  herald_checks_panel_refresh (checks);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (counter)), ==, "2 / 10");
  g_assert_true (gtk_widget_has_css_class (counter, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "一二三四五六七八九十一二三四五六七八九十一"));

  fixture_tear_down (&f);
}

/* What is left with Ignore Here is stored with the post: another editor
 * on it does not list it again; a new post's go with it when stored. */
static void
test_checks_ignore_persisted (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) fresh = NULL;
  g_autoptr (HeraldPost) blank = NULL;
  g_auto (GStrv) ignores = NULL;
  g_autoptr (GError) error = NULL;
  HeraldEditorPage *editor;
  HeraldEditorPage *again;
  HeraldChecksPanel *checks;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  post = add_post (&f, f.douyin, "冬至", "这是最好的饺子，最好吃。");
  editor = open_editor (&f, id_of (post));
  checks = checks_of (editor);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 2);
  herald_checks_panel_ignore (checks, 1);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 1);

  ignores = herald_store_list_ad_ignores (f.store, id_of (post), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ignores), ==, 1);
  g_assert_cmpstr (ignores[0], ==, "body:最好:1");
  g_clear_pointer (&ignores, g_strfreev);

  fresh = herald_store_get_post (f.store, id_of (post), &error);
  g_assert_no_error (error);
  again = g_object_ref_sink (herald_editor_page_new (f.store, fresh));
  checks = checks_of (again);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 1);
  g_assert_cmpstr (herald_checks_panel_get_finding_word (checks, 0), ==, "最好");
  g_clear_object (&again);

  /* Ignored before the post is stored. */
  blank = herald_post_new (id_of (f.douyin), "");
  herald_post_set_status (blank, HERALD_POST_STATUS_DRAFT);
  again = g_object_ref_sink (herald_editor_page_new (f.store, blank));
  checks = checks_of (again);
  gtk_editable_set_text (GTK_EDITABLE (again->title_row), "最佳冬至");
  herald_checks_panel_refresh (checks);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 1);
  herald_checks_panel_ignore (checks, 0);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 0);
  g_assert_true (herald_editor_page_save (again, &error));
  g_assert_no_error (error);
  g_assert_nonnull (id_of (herald_editor_page_get_post (again)));
  herald_checks_panel_refresh (checks);
  g_assert_cmpuint (herald_checks_panel_get_n_findings (checks), ==, 0);
  ignores = herald_store_list_ad_ignores (f.store, id_of (herald_editor_page_get_post (again)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ignores), ==, 1);
  g_assert_cmpstr (ignores[0], ==, "title:最佳:0");
  g_clear_object (&again);

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add_func ("/editor-checks/counters", test_checks_counters);
  g_test_add_func ("/editor-checks/ad-words", test_checks_ad_words);
  g_test_add_func ("/editor-checks/convert", test_checks_convert);
  g_test_add_func ("/editor-checks/copy-to-account", test_checks_copy_to_account);
  g_test_add_func ("/editor-checks/user-words", test_checks_user_words);
  g_test_add_func ("/editor-checks/digest", test_checks_digest);
  g_test_add_func ("/editor-checks/ignore-persisted", test_checks_ignore_persisted);
  g_test_add_func ("/editor-checks/tag-length", test_checks_tag_length);
  g_test_add_func ("/editor-checks/narrow", test_checks_narrow);

  return g_test_run ();
}
