/* test-import-mapping.c — Import Metrics with a file no profile knows, and
 * with the export of one post
 *
 * The mapping step opens for the unknown file with its guesses, says what
 * is missing until a column names the post, previews the counts, saves
 * the profile; the next file of the same columns is known by itself.  The
 * 公众号 single-article export asks which post, from a list that a search
 * narrows, and its numbers go to that post.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "herald-import-dialog.h"
#include "herald-import-mapping.h"
#include "herald-import-profile.h"
#include "herald-test-gui.h"

typedef struct {
  char          *dir;
  char          *path;
  HeraldStore   *store;
  HeraldAccount *kuaishou;
  HeraldAccount *wechat;
  HeraldPost    *article;
  GtkWindow     *window;
} Fixture;

static GtkWidget *
find_titled (GtkWidget  *root,
             GType       type,
             const char *title)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  herald_test_collect_widgets (root, type, found);
  for (guint i = 0; i < found->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (found->pdata[i]), title) == 0)
      return found->pdata[i];

  return NULL;
}

static void
fixture_set_up (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("herald-import-mapping-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "herald.db", NULL);
  f->store = herald_store_open (f->path, &error);
  g_assert_no_error (error);

  f->kuaishou = herald_account_new ("kuaishou", "快手号");
  herald_store_save_account (f->store, f->kuaishou, &error);
  g_assert_no_error (error);
  f->wechat = herald_account_new ("wechat-article", "山茶公众号");
  herald_store_save_account (f->store, f->wechat, &error);
  g_assert_no_error (error);

  f->article = herald_post_new (herald_record_get_id (HERALD_RECORD (f->wechat)), "双十一囤货避坑指南");
  herald_post_set_status (f->article, HERALD_POST_STATUS_PUBLISHED);
  herald_post_set_published_at (f->article, 1793462400);
  herald_store_save_post (f->store, f->article, &error);
  g_assert_no_error (error);
  {
    g_autoptr (HeraldPost) draft = herald_post_new (herald_record_get_id (HERALD_RECORD (f->wechat)), "还没发的草稿");

    herald_store_save_post (f->store, draft, &error);
    g_assert_no_error (error);
  }

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 800);
  gtk_window_present (f->window);
  herald_test_wait_mapped (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture *f)
{
  gtk_window_destroy (f->window);
  herald_test_wait_idle ();
  g_clear_object (&f->article);
  g_clear_object (&f->kuaishou);
  g_clear_object (&f->wechat);
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_clear_pointer (&f->path, g_free);
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gboolean
dialog_idle (gpointer data)
{
  return !herald_import_dialog_is_busy (data);
}

static gboolean
mapping_idle (gpointer data)
{
  return !herald_import_mapping_is_busy (data);
}

static const char *
visible_tag (HeraldImportDialog *dialog)
{
  g_autoptr (GPtrArray) views = g_ptr_array_new ();

  herald_test_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_NAVIGATION_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  return adw_navigation_page_get_tag (adw_navigation_view_get_visible_page (views->pdata[0]));
}

static HeraldImportDialog *
open_dialog (Fixture    *f,
             const char *name,
             const char *contents)
{
  HeraldImportDialog *dialog = herald_import_dialog_new (f->store, NULL);
  g_autofree char *file_path = g_build_filename (f->dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (file_path);

  g_assert_true (g_file_set_contents (file_path, contents, -1, NULL));
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (f->window));
  herald_test_wait_idle ();
  herald_import_dialog_add_file (dialog, file);
  g_assert_true (herald_test_wait_for (dialog_idle, dialog, 20000));
  herald_test_wait_idle ();
  return dialog;
}

static void
remove_file (Fixture    *f,
             const char *name)
{
  g_autofree char *file_path = g_build_filename (f->dir, name, NULL);

  g_unlink (file_path);
}

static void
test_mapping_step (void)
{
  Fixture f = { 0, };
  HeraldImportDialog *dialog;
  HeraldImportMapping *mapping;
  AdwComboRow *account_row;
  GListModel *accounts;
  g_autofree char *folder = herald_import_profile_get_user_folder ();
  g_autofree char *saved = g_build_filename (folder, "快手周报.json", NULL);
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  const HeraldImportSummary *preview;
  guint kuaishou = GTK_INVALID_LIST_POSITION;

  fixture_set_up (&f);

  /* An export no profile knows: the mapping step opens by itself. */
  dialog = open_dialog (&f, "周报.csv",
                        "快手 作品周报\r\n"
                        "视频描述,上传时间,总播放,完播率,点赞数,备注\r\n"
                        "一条视频,2026-11-03 20:00,\"1,000\",45%,12,\r\n"
                        "第二条,2026-11-04 20:00,2000,30%,20,补发\r\n");
  g_assert_cmpuint (herald_import_dialog_get_n_ready (dialog), ==, 0);
  g_assert_cmpstr (visible_tag (dialog), ==, "mapping");
  {
    g_autoptr (GPtrArray) found = g_ptr_array_new ();

    herald_test_collect_widgets (GTK_WIDGET (dialog), HERALD_TYPE_IMPORT_MAPPING, found);
    g_assert_cmpuint (found->len, ==, 1);
    mapping = found->pdata[0];
  }

  /* Each column with its first values and a guess. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (herald_import_mapping_get_combo (mapping, 2))), ==,
                   "总播放");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (herald_import_mapping_get_combo (mapping, 2))), ==,
                   "1,000 · 2000");
  g_assert_cmpuint (adw_combo_row_get_selected (herald_import_mapping_get_combo (mapping, 0)), ==,
                    herald_import_mapping_choice_of (HERALD_COLUMN_IGNORED, NULL));
  g_assert_cmpuint (adw_combo_row_get_selected (herald_import_mapping_get_combo (mapping, 1)), ==,
                    herald_import_mapping_choice_of (HERALD_COLUMN_TIME, NULL));
  g_assert_cmpuint (adw_combo_row_get_selected (herald_import_mapping_get_combo (mapping, 2)), ==,
                    herald_import_mapping_choice_of (HERALD_COLUMN_METRIC, "views"));
  g_assert_cmpuint (adw_combo_row_get_selected (herald_import_mapping_get_combo (mapping, 3)), ==,
                    herald_import_mapping_choice_of (HERALD_COLUMN_METRIC, "completion_rate"));
  g_assert_cmpuint (adw_combo_row_get_selected (herald_import_mapping_get_combo (mapping, 4)), ==,
                    herald_import_mapping_choice_of (HERALD_COLUMN_METRIC, "likes"));

  /* Nothing says which post a row is about: said, and refused. */
  herald_test_save_shot (GTK_WIDGET (dialog), "mapping-problem.png");
  g_assert_nonnull (herald_import_mapping_get_problem (mapping));
  g_assert_nonnull (strstr (herald_import_mapping_get_problem (mapping), "Title"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.use-mapping", NULL));
  herald_test_wait_idle ();
  g_assert_cmpstr (visible_tag (dialog), ==, "mapping");
  g_assert_cmpuint (herald_import_dialog_get_n_ready (dialog), ==, 0);

  /* The account, then the title column. */
  account_row = ADW_COMBO_ROW (find_titled (GTK_WIDGET (mapping), ADW_TYPE_COMBO_ROW, "Account"));
  g_assert_nonnull (account_row);
  accounts = adw_combo_row_get_model (account_row);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (accounts), i), "快手号"))
      kuaishou = i;
  g_assert_cmpuint (kuaishou, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (account_row, kuaishou);
  adw_combo_row_set_selected (herald_import_mapping_get_combo (mapping, 0),
                              herald_import_mapping_choice_of (HERALD_COLUMN_TITLE, NULL));
  g_assert_null (herald_import_mapping_get_problem (mapping));

  /* The dry run's counts, before anything is imported. */
  g_assert_true (herald_test_wait_for (mapping_idle, mapping, 20000));
  herald_test_save_shot (GTK_WIDGET (dialog), "mapping.png");
  preview = herald_import_mapping_get_preview (mapping);
  g_assert_nonnull (preview);
  g_assert_cmpuint (preview->created, ==, 2);
  g_assert_cmpuint (preview->matched, ==, 0);
  g_assert_cmpuint (herald_store_count (f.store, HERALD_RECORD_METRIC, NULL), ==, 0);

  /* Saved as a profile. */
  gtk_editable_set_text (GTK_EDITABLE (find_titled (GTK_WIDGET (mapping), ADW_TYPE_ENTRY_ROW, "Profile Name")), "快手周报");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (mapping), "mapping.save", NULL));
  g_assert_true (g_file_test (saved, G_FILE_TEST_IS_REGULAR));

  /* Used: back to the files, previewed with it, imported. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.use-mapping", NULL));
  g_assert_true (herald_test_wait_for (dialog_idle, dialog, 20000));
  herald_test_wait_idle ();
  g_assert_cmpstr (visible_tag (dialog), ==, "files");
  g_assert_cmpuint (herald_import_dialog_get_n_ready (dialog), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL));
  g_assert_true (herald_test_wait_for (dialog_idle, dialog, 20000));
  herald_test_wait_idle ();
  posts = herald_store_list_account_posts (f.store, herald_record_get_id (HERALD_RECORD (f.kuaishou)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 2);
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_METRIC, NULL), ==, 6);
  adw_dialog_force_close (ADW_DIALOG (dialog));
  herald_test_wait_idle ();

  /* Next week's file: known by itself, matched to the same posts. */
  dialog = open_dialog (&f, "周报2.csv",
                        "视频描述,上传时间,总播放,完播率,点赞数,备注\r\n"
                        "一条视频,2026-11-03 20:00,1500,44%,15,\r\n");
  g_assert_cmpstr (visible_tag (dialog), ==, "files");
  g_assert_cmpuint (herald_import_dialog_get_n_ready (dialog), ==, 1);
  herald_test_save_shot (GTK_WIDGET (dialog), "known-next-time.png");
  herald_test_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
  {
    gboolean described = FALSE;

    for (guint i = 0; i < rows->len; i++)
      described |= strstr (adw_action_row_get_subtitle (rows->pdata[i]) ?: "",
                           "快手周报 · rows matching posts: 1, would be new posts: 0") != NULL;
    g_assert_true (described);
  }
  adw_dialog_force_close (ADW_DIALOG (dialog));
  herald_test_wait_idle ();

  g_unlink (saved);
  g_rmdir (folder);
  remove_file (&f, "周报.csv");
  remove_file (&f, "周报2.csv");
  fixture_tear_down (&f);
}

static void
test_single_post (void)
{
  Fixture f = { 0, };
  HeraldImportDialog *dialog;
  g_autoptr (GPtrArray) list_rows = g_ptr_array_new ();
  g_autoptr (GListModel) samples = NULL;
  GtkListBox *list;
  GtkEditable *search;

  fixture_set_up (&f);

  /* The single-article export: which post?  The page opens by itself. */
  dialog = open_dialog (&f, "单篇文章.csv",
                        "阅读次数,平均停留时长(s),完读率,阅读后关注人数,分享次数,在看次数,点赞次数,赞赏(分),评论(条),互动率\r\n"
                        "\"1,234\",45,38.5%,12,30,8,50,600,7,5.2%\r\n");
  g_assert_cmpuint (herald_import_dialog_get_n_ready (dialog), ==, 0);
  g_assert_cmpstr (visible_tag (dialog), ==, "post");

  /* The published posts of the 公众号 only, and a search narrows them. */
  herald_test_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, list_rows);
  list = NULL;
  for (guint i = 0; i < list_rows->len; i++)
    if (gtk_widget_has_css_class (list_rows->pdata[i], "boxed-list") &&
        gtk_widget_get_ancestor (list_rows->pdata[i], GTK_TYPE_SCROLLED_WINDOW) != NULL)
      list = list_rows->pdata[i];
  g_assert_nonnull (list);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))), ==,
                   "双十一囤货避坑指南");

  g_ptr_array_set_size (list_rows, 0);
  herald_test_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, list_rows);
  search = NULL;
  for (guint i = 0; i < list_rows->len; i++)
    if (gtk_widget_get_ancestor (list_rows->pdata[i], GTK_TYPE_SEARCH_BAR) != NULL)
      search = list_rows->pdata[i];
  g_assert_nonnull (search);
  gtk_editable_set_text (search, "猫");
  gtk_list_box_invalidate_filter (list);
  herald_test_wait_idle ();
  g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));
  gtk_editable_set_text (search, "囤货");
  gtk_list_box_invalidate_filter (list);
  herald_test_wait_idle ();
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));

  herald_test_save_shot (GTK_WIDGET (dialog), "post.png");

  /* No post chosen: still asked. */
  gtk_list_box_unselect_all (list);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.use-post", NULL));
  herald_test_wait_idle ();
  g_assert_cmpstr (visible_tag (dialog), ==, "post");

  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.use-post", NULL));
  g_assert_true (herald_test_wait_for (dialog_idle, dialog, 20000));
  herald_test_wait_idle ();
  g_assert_cmpstr (visible_tag (dialog), ==, "files");
  g_assert_cmpuint (herald_import_dialog_get_n_ready (dialog), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL));
  g_assert_true (herald_test_wait_for (dialog_idle, dialog, 20000));
  herald_test_wait_idle ();
  g_assert_cmpuint (herald_import_dialog_get_n_ready (dialog), ==, 0);
  samples = herald_store_list_metric_samples (f.store, herald_record_get_id (HERALD_RECORD (f.article)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (samples), ==, 10);
  adw_dialog_force_close (ADW_DIALOG (dialog));
  herald_test_wait_idle ();

  remove_file (&f, "单篇文章.csv");
  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add_func ("/import-mapping/mapping-step", test_mapping_step);
  g_test_add_func ("/import-mapping/single-post", test_single_post);

  return g_test_run ();
}
