/* test-conflicts.c — the Conflicts row, its page and the side-by-side view
 *
 * Conflicts are made in a database the way sync makes them; the window
 * must show the row with the right count, settle each conflict with the
 * chosen version, and hide the row once none is left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-application.h"
#include "herald-conflict-view.h"
#include "herald-conflicts-page.h"
#include "herald-store-conflicts.h"
#include "herald-store-sync.h"
#include "herald-test-gui.h"
#include "herald-window-private.h"

#define T0 1795939200  /* 2026-11-28 00:00 UTC */
#define N_CONFLICTS 3

typedef struct {
  char              *dir;
  char              *path;
  char              *ids[N_CONFLICTS];
  char              *copies[N_CONFLICTS];
  HeraldApplication *app;
  HeraldWindow      *window;
} Fixture;

static const char *their_titles[N_CONFLICTS] = { "冬至暖冬礼盒开箱（同事版）", "双十二直播预告", "年货节种草清单" };

/* Pretends the last push went through: nothing waits in the outbox. */
static void
settle_outbox (HeraldStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) outbox = herald_store_sync_list_outbox (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < outbox->len; i++)
    {
      HeraldOutboxEntry *entry = outbox->pdata[i];
      g_autofree char *href = g_strconcat ("/cal/", entry->record_id, ".ics", NULL);

      herald_store_sync_pushed (store, entry->record_id, entry->kind, entry->id, href, "\"1\"", "BEGIN:VCALENDAR", &error);
      g_assert_no_error (error);
    }
}

static void
seed (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldStore) store = herald_store_open (fixture->path, &error);
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "山茶生活官微");
  g_autoptr (HeraldAccount) other = herald_account_new ("xiaohongshu", "山茶生活小红书");
  const char *tags[] = { "冬至", "礼盒", NULL };

  g_assert_no_error (error);
  herald_store_save_account (store, account, &error);
  g_assert_no_error (error);
  herald_store_save_account (store, other, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_CONFLICTS; i++)
    {
      g_autoptr (HeraldPost) post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), "冬至暖冬礼盒开箱");

      herald_post_set_body (post, "今天冬至，记得吃饺子 #冬至#");
      herald_post_set_status (post, HERALD_POST_STATUS_SCHEDULED);
      herald_post_set_scheduled_at (post, T0 + i * 86400 + 20 * 3600);
      herald_store_save_post (store, post, &error);
      g_assert_no_error (error);
      fixture->ids[i] = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
    }

  herald_store_sync_use_collection (store, "http://127.0.0.1/cal/", &error);
  g_assert_no_error (error);
  settle_outbox (store);

  /* Both sides changed the title; the server also the body, time, tags
   * and account. */
  for (guint i = 0; i < N_CONFLICTS; i++)
    {
      g_autoptr (HeraldPost) local = herald_store_get_post (store, fixture->ids[i], &error);
      g_autoptr (HeraldPost) copy = NULL;
      g_autofree char *copy_title = g_strdup_printf ("%s (conflicting copy)", their_titles[i]);
      g_autofree char *href = g_strconcat ("/cal/", fixture->ids[i], ".ics", NULL);

      g_assert_no_error (error);
      herald_post_set_title (local, "冬至暖冬礼盒开箱（我的版本）");
      herald_store_save_post (store, local, &error);
      g_assert_no_error (error);

      copy = herald_post_new (herald_record_get_id (HERALD_RECORD (other)), copy_title);
      fixture->copies[i] = herald_store_new_id ();
      herald_record_set_id (HERALD_RECORD (copy), fixture->copies[i]);
      herald_post_set_body (copy, "冬至到了，暖冬礼盒今晚八点开箱，评论区抽三位送出 #冬至# #好物分享#");
      herald_post_set_status (copy, HERALD_POST_STATUS_APPROVED);
      herald_post_set_scheduled_at (copy, herald_post_get_scheduled_at (local) + 3600);
      herald_post_set_tags (copy, tags);

      herald_store_sync_apply_post (store, local, NULL, TRUE, copy, href, "\"2\"", "BEGIN:VCALENDAR", &error);
      g_assert_no_error (error);
    }
  settle_outbox (store);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  fixture->dir = g_dir_make_tmp ("herald-gui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "herald.db", NULL);
  seed (fixture);

  fixture->app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (fixture->app, fixture->path);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (herald_application_get_store (fixture->app));

}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (GFile) dir = g_file_new_for_path (fixture->dir);
  g_autoptr (GFileEnumerator) children = NULL;
  GFileInfo *info;

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  herald_test_wait_idle ();
  g_clear_object (&fixture->app);

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr (GFile) child = g_file_get_child (dir, g_file_info_get_name (info));

      g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
  g_file_delete (dir, NULL, NULL);

  g_free (fixture->dir);
  g_free (fixture->path);
  for (guint i = 0; i < N_CONFLICTS; i++)
    {
      g_free (fixture->ids[i]);
      g_free (fixture->copies[i]);
    }
}

static void
open_window (Fixture *fixture,
             int      width)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);

  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      herald_test_wait_idle ();
    }

  g_settings_set (settings, "window-size", "(ii)", width, 720);
  g_settings_reset (settings, "last-page");
  fixture->window = herald_window_new (fixture->app);
  gtk_window_present (GTK_WINDOW (fixture->window));
  herald_test_wait_mapped (GTK_WIDGET (fixture->window));
  herald_test_wait_idle ();
}

static GtkWidget *
find_with_type (GtkWidget *widget,
                GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
row_count (Fixture *fixture)
{
  GtkWidget *badge = herald_test_find_with_class (GTK_WIDGET (herald_window_get_conflicts_row (fixture->window)), "conflict-badge");

  g_assert_nonnull (badge);
  return gtk_label_get_label (GTK_LABEL (badge));
}

static gboolean
row_visible (Fixture *fixture)
{
  return gtk_widget_get_visible (GTK_WIDGET (herald_window_get_conflicts_row (fixture->window)));
}

static HeraldConflictView *
shown_view (Fixture *fixture)
{
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (herald_window_get_content_view (fixture->window));

  return HERALD_IS_CONFLICT_VIEW (page) ? HERALD_CONFLICT_VIEW (page) : NULL;
}

static gboolean
view_mapped_cb (gpointer data)
{
  HeraldConflictView *view = shown_view (data);

  return view != NULL && gtk_widget_get_mapped (GTK_WIDGET (view));
}

static gboolean
view_gone_cb (gpointer data)
{
  return shown_view (data) == NULL;
}

static HeraldConflictsPage *
open_page (Fixture *fixture)
{
  GtkListBox *pages = herald_window_get_pages_list (fixture->window);
  GtkWidget *stack_page;

  g_signal_emit_by_name (pages, "row-activated", herald_window_get_conflicts_row (fixture->window));
  herald_test_wait_idle ();
  g_assert_cmpstr (herald_window_get_page (fixture->window), ==, "conflicts");

  stack_page = find_with_type (GTK_WIDGET (fixture->window), HERALD_TYPE_CONFLICTS_PAGE);
  g_assert_nonnull (stack_page);
  herald_test_wait_mapped (stack_page);
  return HERALD_CONFLICTS_PAGE (stack_page);
}

/* Opens the conflict of @copy_id from the list, as a click would. */
static HeraldConflictView *
open_conflict (Fixture             *fixture,
               HeraldConflictsPage *page,
               const char          *copy_id)
{
  GtkListBox *list = herald_conflicts_page_get_list (page);
  GtkListBoxRow *row = NULL;
  HeraldConflictView *view;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), copy_id) == 0)
      break;
  g_assert_nonnull (row);

  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_true (herald_test_wait_for (view_mapped_cb, fixture, 10000));
  view = shown_view (fixture);
  g_assert_cmpstr (herald_conflict_view_get_copy_id (view), ==, copy_id);
  return view;
}

static guint
count_with_class (GtkWidget  *widget,
                  const char *css_class)
{
  guint n = gtk_widget_has_css_class (widget, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_with_class (child, css_class);

  return n;
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;

  return FALSE;
}

static gboolean
choices_vertical_cb (gpointer data)
{
  return gtk_orientable_get_orientation (GTK_ORIENTABLE (data)) == GTK_ORIENTATION_VERTICAL;
}

static HeraldPost *
read_post (HeraldStore *store,
           const char  *id)
{
  g_autoptr (GError) error = NULL;
  HeraldPost *post = herald_store_get_post (store, id, &error);

  g_assert_no_error (error);
  return post;
}

static void
test_settle_each (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *action;
    const char *count_after;
  } steps[N_CONFLICTS] = {
    { "conflict.keep-theirs", "2" },
    { "conflict.keep-mine", "1" },
    { "conflict.keep-both", NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldStore) check = NULL;
  HeraldConflictsPage *page;

  open_window (fixture, 1100);
  g_assert_true (row_visible (fixture));
  g_assert_cmpstr (row_count (fixture), ==, "3");

  page = open_page (fixture);
  g_assert_nonnull (gtk_list_box_get_row_at_index (herald_conflicts_page_get_list (page), 2));
  g_assert_null (gtk_list_box_get_row_at_index (herald_conflicts_page_get_list (page), 3));

  for (guint i = 0; i < N_CONFLICTS; i++)
    {
      gboolean narrow = i > 0;
      HeraldConflictView *view;
      GtkWidget *grid, *choices;

      /* The first at a desktop width, the others on a phone, in a window
       * opened afresh that must count what is left. */
      if (i == 1)
        {
          open_window (fixture, 360);
          g_assert_true (adw_navigation_split_view_get_collapsed (herald_window_get_split_view (fixture->window)));
          g_assert_true (row_visible (fixture));
          g_assert_cmpstr (row_count (fixture), ==, "2");
          page = open_page (fixture);
        }

      view = open_conflict (fixture, page, fixture->copies[i]);
      grid = GTK_WIDGET (herald_conflict_view_get_grid (view));
      choices = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), HERALD_TYPE_CONFLICT_VIEW, "choices"));

      /* On a phone the three choices stand one above the other. */
      if (narrow)
        g_assert_true (herald_test_wait_for (choices_vertical_cb, choices, 10000));
      else
        g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (choices)), ==, GTK_ORIENTATION_HORIZONTAL);
      g_assert_true (gtk_widget_get_mapped (choices));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <=, narrow ? 400 : 1100);

      /* Title, time, status, account, body and tags differ: two cells
       * and a marked heading each. */
      g_assert_cmpuint (count_with_class (grid, "differs"), ==, 12);
      g_assert_cmpuint (count_with_class (grid, "conflict-badge"), ==, 6);
      g_assert_true (shows_label (grid, "冬至暖冬礼盒开箱（我的版本）"));
      g_assert_true (shows_label (grid, their_titles[i]));
      g_assert_true (shows_label (grid, "山茶生活小红书"));
      g_assert_true (shows_label (grid, "冬至 · 礼盒"));

      g_object_ref (view);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), steps[i].action, NULL));
      g_assert_true (herald_test_wait_for (view_gone_cb, fixture, 10000));
      herald_test_wait_idle ();

      /* Keeping mine binned the copy: Undo brings it and the conflict
       * back, and the choice is made again. */
      if (g_str_equal (steps[i].action, "conflict.keep-mine"))
        {
          AdwToast *toast = herald_conflict_view_get_last_toast (view);

          g_assert_cmpstr (row_count (fixture), ==, steps[i].count_after);
          g_assert_nonnull (toast);
          g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
          g_signal_emit_by_name (toast, "button-clicked");
          herald_test_wait_idle ();
          g_assert_cmpstr (row_count (fixture), ==, "2");
          g_object_unref (view);

          view = open_conflict (fixture, page, fixture->copies[i]);
          g_object_ref (view);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), steps[i].action, NULL));
          g_assert_true (herald_test_wait_for (view_gone_cb, fixture, 10000));
          herald_test_wait_idle ();
        }
      g_object_unref (view);

      if (steps[i].count_after != NULL)
        {
          g_assert_true (row_visible (fixture));
          g_assert_cmpstr (row_count (fixture), ==, steps[i].count_after);
        }
    }

  /* None left: the row goes, the page says so. */
  g_assert_false (row_visible (fixture));
  g_assert_null (gtk_list_box_get_row_at_index (herald_conflicts_page_get_list (page), 0));

  /* What the database holds, read through a connection of its own. */
  check = herald_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (herald_store_sync_count_conflicts (check, &error), ==, 0);
  {
    g_autoptr (HeraldPost) theirs = read_post (check, fixture->ids[0]);
    g_autoptr (HeraldPost) theirs_copy = read_post (check, fixture->copies[0]);
    g_autoptr (HeraldPost) mine = read_post (check, fixture->ids[1]);
    g_autoptr (HeraldPost) mine_copy = read_post (check, fixture->copies[1]);
    g_autoptr (HeraldPost) both = read_post (check, fixture->ids[2]);
    g_autoptr (HeraldPost) both_copy = read_post (check, fixture->copies[2]);
    g_autoptr (GPtrArray) outbox = herald_store_sync_list_outbox (check, &error);
    gboolean pushes_theirs = FALSE;

    g_assert_cmpstr (herald_post_get_title (theirs), ==, their_titles[0]);
    g_assert_cmpint (herald_post_get_status (theirs), ==, HERALD_POST_STATUS_APPROVED);
    g_assert_true (herald_record_is_deleted (HERALD_RECORD (theirs_copy)));

    g_assert_cmpstr (herald_post_get_title (mine), ==, "冬至暖冬礼盒开箱（我的版本）");
    g_assert_cmpint (herald_post_get_status (mine), ==, HERALD_POST_STATUS_SCHEDULED);
    g_assert_true (herald_record_is_deleted (HERALD_RECORD (mine_copy)));

    g_assert_cmpstr (herald_post_get_title (both), ==, "冬至暖冬礼盒开箱（我的版本）");
    g_assert_false (herald_record_is_deleted (HERALD_RECORD (both_copy)));
    g_assert_false (herald_store_sync_is_conflict_copy (check, fixture->copies[2], NULL));

    g_assert_no_error (error);
    for (guint i = 0; i < outbox->len; i++)
      {
        HeraldOutboxEntry *entry = outbox->pdata[i];

        if (g_strcmp0 (entry->record_id, fixture->ids[0]) == 0 && !entry->is_delete)
          pushes_theirs = TRUE;
      }
    g_assert_true (pushes_theirs);
  }
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add ("/conflicts/settle-each", Fixture, NULL, fixture_set_up, test_settle_each, fixture_tear_down);

  return g_test_run ();
}
