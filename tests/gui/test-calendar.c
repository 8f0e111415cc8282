/* test-calendar.c — the Calendar page and its month view: posts on their
 * days, marketing days, moving, filters, overflow, the post dialog,
 * deleting with Undo, navigation and what survives a restart
 *
 * Each case runs in a process of its own, on a database of its own, in
 * the real window.  Moves go through the very functions a drop and a key
 * call, and Undo through the toast's button.  Tests run with TZ=UTC.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "herald-application.h"
#include "herald-calendar-page-private.h"
#include "herald-month-view-private.h"
#include "herald-post-chip.h"
#include "herald-post-dialog-private.h"
#include "herald-slots.h"
#include "herald-test-gui.h"
#include "herald-window-private.h"

typedef struct {
  char               *dir;
  char               *path;
  HeraldApplication  *app;
  HeraldWindow       *window;
  HeraldStore        *store;
  HeraldAccount      *weibo;
  HeraldAccount      *douyin;
  HeraldCalendarPage *page;
  HeraldMonthView    *month;
} Fixture;

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

static gint64
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  g_autoptr (GDateTime) time = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (time);
}

static HeraldPost *
add_post (Fixture          *f,
          HeraldAccount    *account,
          const char       *title,
          gint64            at,
          HeraldPostStatus  status)
{
  g_autoptr (HeraldPost) post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), title);
  g_autoptr (GError) error = NULL;

  herald_post_set_scheduled_at (post, at);
  herald_post_set_status (post, status);
  herald_store_save_post (f->store, post, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&post);
}

static HeraldPost *
stored_post (Fixture    *f,
             HeraldPost *post)
{
  g_autoptr (GError) error = NULL;
  HeraldPost *stored = herald_store_get_post (f->store, herald_record_get_id (HERALD_RECORD (post)), &error);

  g_assert_no_error (error);
  return stored;
}

static void
fixture_open_store (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("herald-calendar-XXXXXX", &error);
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
}

static void
show_day (Fixture *f,
          int      year,
          int      month,
          int      day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  herald_calendar_page_set_date (f->page, &date);
  herald_test_wait_idle ();
}

/* The window at @width × @height on the month view, and its calendar page. */
static void
fixture_present_window (Fixture *f,
                        int      width,
                        int      height)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set (settings, "window-size", "(ii)", width, height);
  g_settings_set_string (settings, "calendar-view", "month");

  f->window = herald_window_new (f->app);
  gtk_window_present (GTK_WINDOW (f->window));
  herald_test_wait_mapped (GTK_WIDGET (f->window));

  f->page = HERALD_CALENDAR_PAGE (herald_test_find_widget (GTK_WIDGET (f->window), HERALD_TYPE_CALENDAR_PAGE));
  g_assert_nonnull (f->page);
}

static void
fixture_open_window_sized (Fixture *f,
                           int      width,
                           int      height)
{
  fixture_present_window (f, width, height);
  f->month = HERALD_MONTH_VIEW (herald_calendar_page_get_view (f->page, "month"));
  g_assert_nonnull (f->month);

  show_day (f, 2026, 11, 15);
  herald_test_wait_mapped (GTK_WIDGET (f->month));
}

static void
fixture_open_window (Fixture *f)
{
  fixture_open_window_sized (f, 1100, 720);
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

  g_clear_object (&f->weibo);
  g_clear_object (&f->douyin);
  g_clear_object (&f->app);
  g_unlink (f->path);
  g_clear_pointer (&f->path, g_free);
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static GDate
date (int year,
      int month,
      int day)
{
  GDate result;

  g_date_clear (&result, 1);
  g_date_set_dmy (&result, day, month, year);
  return result;
}

/* All the day's posts: the view holds only the first, as many as fit. */
static guint
n_day_posts (Fixture *f,
             GDate    day)
{
  g_assert_nonnull (herald_month_view_get_day_posts (f->month, &day));
  return herald_month_view_get_n_day_posts (f->month, &day);
}

static const char *
day_post_title (Fixture *f,
                GDate    day,
                guint    index)
{
  GPtrArray *posts = herald_month_view_get_day_posts (f->month, &day);

  g_assert_nonnull (posts);
  g_assert_cmpuint (index, <, posts->len);
  return herald_post_get_title (g_ptr_array_index (posts, index));
}

static AdwDialog *
visible_dialog (Fixture *f)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
}

/* Seeded posts show on their days, as chips, in time order. */
static void
test_calendar_month_posts (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) late = NULL;
  g_autoptr (HeraldPost) early = NULL;
  g_autoptr (HeraldPost) other = NULL;
  g_autoptr (HeraldPost) december = NULL;
  g_autoptr (HeraldPost) next_month = NULL;
  HeraldPostChip *chip;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  late = add_post (&f, f.weibo, "双十一预热", utc (2026, 11, 3, 20, 0), HERALD_POST_STATUS_SCHEDULED);
  early = add_post (&f, f.douyin, "开箱视频", utc (2026, 11, 3, 9, 30), HERALD_POST_STATUS_DRAFT);
  other = add_post (&f, f.douyin, "冬至海报", utc (2026, 11, 20, 12, 0), HERALD_POST_STATUS_IDEA);
  december = add_post (&f, f.weibo, "跨年", utc (2026, 12, 31, 12, 0), HERALD_POST_STATUS_IDEA);
  next_month = add_post (&f, f.weibo, "元旦预告", utc (2026, 12, 2, 12, 0), HERALD_POST_STATUS_SCHEDULED);
  fixture_open_window (&f);

  g_assert_cmpstr (herald_calendar_page_get_title (f.page), ==, "November 2026");
  g_assert_cmpuint (n_day_posts (&f, date (2026, 11, 3)), ==, 2);
  g_assert_cmpstr (day_post_title (&f, date (2026, 11, 3), 0), ==, "开箱视频");
  g_assert_cmpstr (day_post_title (&f, date (2026, 11, 3), 1), ==, "双十一预热");
  g_assert_cmpuint (n_day_posts (&f, date (2026, 11, 20)), ==, 1);
  g_assert_cmpuint (n_day_posts (&f, date (2026, 11, 4)), ==, 0);
  /* The grid runs Monday 26 October to Sunday 6 December. */
  g_assert_null (herald_month_view_get_day_posts (f.month, &(GDate) { 0 }));

  /* Both fit the day at this size, each on a chip. */
  g_assert_cmpuint (herald_month_view_get_n_placed (f.month, &(GDate) { 0 }), ==, 0);
  {
    GDate day = date (2026, 11, 3);

    g_assert_cmpuint (herald_month_view_get_n_placed (f.month, &day), ==, 2);
    g_assert_cmpuint (herald_month_view_get_n_more (f.month, &day), ==, 0);
    chip = HERALD_POST_CHIP (herald_month_view_get_chip (f.month, &day, 1));
    g_assert_nonnull (chip);
    g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (chip)));
    g_assert_cmpstr (herald_post_get_title (herald_post_chip_get_post (chip)), ==, "双十一预热");
    g_assert_false (herald_post_chip_get_dimmed (chip));
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (chip), "other-month"));
  }
  /* A post of the month after is on the grid, quieter: dimmed in its own
   * colours, with no opacity, which would draw it off screen first. */
  {
    GDate day = date (2026, 12, 2);

    g_assert_cmpuint (herald_month_view_get_n_placed (f.month, &day), ==, 1);
    chip = HERALD_POST_CHIP (herald_month_view_get_chip (f.month, &day, 0));
    g_assert_cmpstr (herald_post_get_title (herald_post_chip_get_post (chip)), ==, "元旦预告");
    g_assert_true (herald_post_chip_get_dimmed (chip));
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (chip), "other-month"));
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (chip), "dimmed"));
    g_assert_cmpfloat (gtk_widget_get_opacity (GTK_WIDGET (chip)), ==, 1.0);
  }
  g_assert_cmpuint (herald_month_view_get_n_chip_widgets (f.month), >=, 4);

  fixture_tear_down (&f);
}

static void
test_calendar_month_marketing_days (void)
{
  Fixture f = { 0, };
  GDate singles = date (2026, 11, 11);
  GDate plain = date (2026, 11, 12);
  GDate solstice = date (2026, 12, 22);

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  fixture_open_window (&f);

  g_assert_cmpstr (herald_month_view_get_marketing_day (f.month, &singles), ==, "Singles’ Day (11.11)");
  g_assert_null (herald_month_view_get_marketing_day (f.month, &plain));

  show_day (&f, 2026, 12, 1);
  g_assert_cmpstr (herald_month_view_get_marketing_day (f.month, &solstice), ==, "Winter Solstice");

  fixture_tear_down (&f);
}

static void
undo_last_toast (Fixture *f)
{
  AdwToast *toast = herald_calendar_page_get_last_toast (f->page);

  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  g_signal_emit_by_name (toast, "button-clicked");
  herald_test_wait_idle ();
}

/* A drop and Alt+→ take the same path: move-post, then an Undo toast. */
static void
test_calendar_month_move (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  GDate from = date (2026, 11, 3);
  GDate to = date (2026, 11, 12);

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  post = add_post (&f, f.weibo, "双十一预热", utc (2026, 11, 3, 20, 15), HERALD_POST_STATUS_SCHEDULED);
  fixture_open_window (&f);

  /* Dropped on the 12th: same time of day. */
  g_assert_true (herald_month_view_drop_post (f.month, herald_record_get_id (HERALD_RECORD (post)), &to));
  herald_test_wait_idle ();
  stored = stored_post (&f, post);
  g_assert_cmpint (herald_post_get_scheduled_at (stored), ==, utc (2026, 11, 12, 20, 15));
  g_assert_cmpuint (n_day_posts (&f, from), ==, 0);
  g_assert_cmpuint (n_day_posts (&f, to), ==, 1);
  g_assert_cmpstr (adw_toast_get_title (herald_calendar_page_get_last_toast (f.page)), ==, "Moved to Nov 12 20:15");

  undo_last_toast (&f);
  g_clear_object (&stored);
  stored = stored_post (&f, post);
  g_assert_cmpint (herald_post_get_scheduled_at (stored), ==, utc (2026, 11, 3, 20, 15));
  g_assert_cmpuint (n_day_posts (&f, from), ==, 1);

  /* The keyboard: select the day, Alt+→ twice; the post goes along. */
  show_day (&f, 2026, 11, 3);
  gtk_widget_grab_focus (GTK_WIDGET (f.month));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.month), "month.move-post", "i", 1));
  herald_test_wait_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.month), "month.move-post", "i", 1));
  herald_test_wait_idle ();
  g_clear_object (&stored);
  stored = stored_post (&f, post);
  g_assert_cmpint (herald_post_get_scheduled_at (stored), ==, utc (2026, 11, 5, 20, 15));
  g_assert_cmpuint (n_day_posts (&f, date (2026, 11, 5)), ==, 1);

  undo_last_toast (&f);
  g_clear_object (&stored);
  stored = stored_post (&f, post);
  g_assert_cmpint (herald_post_get_scheduled_at (stored), ==, utc (2026, 11, 4, 20, 15));

  fixture_tear_down (&f);
}

static void
test_calendar_filters (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) weibo_post = NULL;
  g_autoptr (HeraldPost) douyin_post = NULL;
  g_autoptr (HeraldPost) published = NULL;
  g_autoptr (GError) error = NULL;
  GDate day = date (2026, 11, 10);

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  weibo_post = add_post (&f, f.weibo, "微博话题", utc (2026, 11, 10, 8, 0), HERALD_POST_STATUS_SCHEDULED);
  douyin_post = add_post (&f, f.douyin, "抖音短视频", utc (2026, 11, 10, 12, 0), HERALD_POST_STATUS_DRAFT);
  published = add_post (&f, f.douyin, "已发布", utc (2026, 11, 10, 18, 0), HERALD_POST_STATUS_PUBLISHED);
  fixture_open_window (&f);

  g_assert_cmpuint (n_day_posts (&f, day), ==, 3);

  /* The sidebar's check hides an account everywhere. */
  herald_account_set_visible (f.douyin, FALSE);
  herald_store_save_account (f.store, f.douyin, &error);
  g_assert_no_error (error);
  herald_test_wait_idle ();
  g_assert_cmpuint (n_day_posts (&f, day), ==, 1);
  g_assert_cmpstr (day_post_title (&f, day, 0), ==, "微博话题");

  herald_account_set_visible (f.douyin, TRUE);
  herald_store_save_account (f.store, f.douyin, &error);
  g_assert_no_error (error);
  herald_test_wait_idle ();
  g_assert_cmpuint (n_day_posts (&f, day), ==, 3);

  /* Checking a status shows only posts in it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "filter.status-published", NULL));
  herald_test_wait_idle ();
  g_assert_cmpuint (n_day_posts (&f, day), ==, 1);
  g_assert_cmpstr (day_post_title (&f, day, 0), ==, "已发布");
  g_assert_true (gtk_widget_has_css_class (herald_test_find_widget (GTK_WIDGET (f.page), GTK_TYPE_MENU_BUTTON), "filter-active"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "filter.status-draft", NULL));
  herald_test_wait_idle ();
  g_assert_cmpuint (n_day_posts (&f, day), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "filter.clear", NULL));
  herald_test_wait_idle ();
  g_assert_cmpuint (n_day_posts (&f, day), ==, 3);

  fixture_tear_down (&f);
}

/* Returns the labels of the menu's items, section by section. */
static GString *
menu_labels (GMenuModel *menu,
             GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *label = NULL;

      if (section != NULL)
        menu_labels (section, out);
      else if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_string_append_printf (out, "%s|", label);
    }
  return out;
}

static void
test_calendar_filter_campaigns (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldCampaign) spring = herald_campaign_new ("春季上新");
  g_autoptr (HeraldCampaign) autumn = herald_campaign_new ("秋冬穿搭");
  g_autoptr (HeraldPost) in_spring = NULL;
  g_autoptr (GString) labels = NULL;
  g_autofree char *action = NULL;
  g_autoptr (GError) error = NULL;
  GDate day = date (2026, 11, 10);

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  herald_store_save_campaign (f.store, spring, &error);
  g_assert_no_error (error);
  in_spring = add_post (&f, f.weibo, "春季第一条", utc (2026, 11, 10, 8, 0), HERALD_POST_STATUS_SCHEDULED);
  herald_post_set_campaign_id (in_spring, herald_record_get_id (HERALD_RECORD (spring)));
  herald_store_save_post (f.store, in_spring, &error);
  g_assert_no_error (error);
  g_object_unref (add_post (&f, f.douyin, "不在活动里", utc (2026, 11, 10, 12, 0), HERALD_POST_STATUS_DRAFT));
  fixture_open_window (&f);
  g_assert_cmpuint (n_day_posts (&f, day), ==, 2);

  /* The menu is made when it is first opened, with the campaigns then. */
  g_assert_null (gtk_menu_button_get_menu_model (f.page->filter_button));
  gtk_menu_button_popup (f.page->filter_button);
  herald_test_wait_idle ();
  g_assert_nonnull (gtk_menu_button_get_menu_model (f.page->filter_button));
  labels = menu_labels (gtk_menu_button_get_menu_model (f.page->filter_button), g_string_new (NULL));
  g_assert_nonnull (strstr (labels->str, "|春季上新|"));
  gtk_menu_button_popdown (f.page->filter_button);

  action = g_strconcat ("filter.campaign-", herald_record_get_id (HERALD_RECORD (spring)), NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), action, NULL));
  herald_test_wait_idle ();
  g_assert_cmpuint (n_day_posts (&f, day), ==, 1);
  g_assert_cmpstr (day_post_title (&f, day, 0), ==, "春季第一条");

  /* Once made, the menu follows the campaigns as they change. */
  herald_store_save_campaign (f.store, autumn, &error);
  g_assert_no_error (error);
  herald_test_wait_idle ();
  g_string_truncate (labels, 0);
  menu_labels (gtk_menu_button_get_menu_model (f.page->filter_button), labels);
  g_assert_nonnull (strstr (labels->str, "|秋冬穿搭|"));

  fixture_tear_down (&f);
}

static gboolean
popover_shown_cb (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_calendar_month_overflow (void)
{
  Fixture f = { 0, };
  GDate day = date (2026, 11, 18);
  GtkWidget *more;
  GtkPopover *popover;
  GtkListBox *list;
  g_autofree char *label = NULL;
  guint n_rows = 0, placed, n_chips;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("帖子 %02d", i);
      g_autoptr (HeraldPost) post = add_post (&f, i % 2 ? f.weibo : f.douyin, title,
                                              utc (2026, 11, 18, 8, i * 2), HERALD_POST_STATUS_SCHEDULED);
    }
  fixture_open_window (&f);

  g_assert_cmpuint (n_day_posts (&f, day), ==, 20);
  placed = herald_month_view_get_n_placed (f.month, &day);
  g_assert_cmpuint (placed, <, 20);
  g_assert_cmpuint (herald_month_view_get_n_more (f.month, &day), ==, 20 - placed);

  /* Only what fits has a widget. */
  n_chips = herald_month_view_get_n_chip_widgets (f.month);
  g_assert_cmpuint (n_chips, <=, placed + 1);

  more = herald_month_view_get_more_button (f.month, &day);
  g_assert_nonnull (more);
  g_assert_true (gtk_widget_is_drawable (more));
  label = g_strdup_printf ("+%u more", 20 - placed);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (more)), ==, label);

  g_signal_emit_by_name (more, "clicked");
  popover = herald_month_view_get_popover (f.month);
  g_assert_nonnull (popover);
  g_assert_true (herald_test_wait_for (popover_shown_cb, popover, 5000));
  list = herald_month_view_get_popover_list (f.month);
  while (gtk_list_box_get_row_at_index (list, n_rows) != NULL)
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 20);

  /* A row opens its post in the editor. */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 19));
  herald_test_wait_idle ();
  g_assert_nonnull (herald_window_get_editor (f.window));
  g_assert_cmpstr (herald_post_get_title (herald_editor_page_get_post (herald_window_get_editor (f.window))),
                   ==, "帖子 19");

  fixture_tear_down (&f);
}

/* Switching months hands the same chip widgets other posts. */
static void
test_calendar_month_pool (void)
{
  Fixture f = { 0, };
  guint n_chips;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  for (int d = 1; d <= 30; d++)
    for (int i = 0; i < 8; i++)
      {
        g_autoptr (HeraldPost) november = add_post (&f, f.weibo, "十一月", utc (2026, 11, d, 9 + i, 0), HERALD_POST_STATUS_IDEA);
        g_autoptr (HeraldPost) december = add_post (&f, f.douyin, "十二月", utc (2026, 12, d, 9 + i, 0), HERALD_POST_STATUS_IDEA);
      }
  fixture_open_window (&f);

  n_chips = herald_month_view_get_n_chip_widgets (f.month);
  g_assert_cmpuint (n_chips, >, 0);
  g_assert_cmpuint (n_chips, <=, HERALD_MONTH_VIEW_N_DAYS * 4);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "calendar.next", NULL));
  herald_test_wait_idle ();
  g_assert_cmpstr (herald_calendar_page_get_title (f.page), ==, "December 2026");
  g_assert_cmpstr (day_post_title (&f, date (2026, 12, 9), 0), ==, "十二月");
  g_assert_cmpuint (herald_month_view_get_n_chip_widgets (f.month), ==, n_chips);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "calendar.previous", NULL));
  herald_test_wait_idle ();
  g_assert_cmpstr (herald_calendar_page_get_title (f.page), ==, "November 2026");
  g_assert_cmpuint (herald_month_view_get_n_chip_widgets (f.month), ==, n_chips);

  fixture_tear_down (&f);
}

/* Another writer's change shows without a rebuild: the untouched chip
 * keeps its widget. */
static void
test_calendar_month_live (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) first = NULL;
  g_autoptr (HeraldPost) second = NULL;
  GDate day = date (2026, 11, 24);
  GtkWidget *chip;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  first = add_post (&f, f.weibo, "早安", utc (2026, 11, 24, 8, 0), HERALD_POST_STATUS_IDEA);
  fixture_open_window (&f);

  chip = herald_month_view_get_chip (f.month, &day, 0);
  g_assert_nonnull (chip);

  second = add_post (&f, f.douyin, "午间直播", utc (2026, 11, 24, 12, 0), HERALD_POST_STATUS_SCHEDULED);
  herald_test_wait_idle ();
  g_assert_cmpuint (n_day_posts (&f, day), ==, 2);
  g_assert_true (herald_month_view_get_chip (f.month, &day, 0) == chip);
  g_assert_cmpstr (herald_post_get_title (herald_post_chip_get_post (HERALD_POST_CHIP (chip))), ==, "早安");
  g_assert_cmpstr (day_post_title (&f, day, 1), ==, "午间直播");

  fixture_tear_down (&f);
}

static gboolean
editor_hidden (gpointer data)
{
  return herald_window_get_editor (data) == NULL;
}

static gboolean
editor_shown (gpointer data)
{
  return herald_window_get_editor (data) != NULL;
}

static void
test_calendar_open_post (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  HeraldEditorPage *editor;
  HeraldPost *edited;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  post = add_post (&f, f.weibo, "周一早报", utc (2026, 11, 9, 8, 0), HERALD_POST_STATUS_APPROVED);
  fixture_open_window (&f);

  /* Enter on the selected day opens its first post, in the editor. */
  show_day (&f, 2026, 11, 9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.month), "month.activate", NULL));
  g_assert_true (herald_test_wait_for (editor_shown, f.window, 5000));
  g_assert_null (visible_dialog (&f));
  editor = herald_window_get_editor (f.window);
  edited = herald_editor_page_get_post (editor);
  g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (edited)), ==, herald_record_get_id (HERALD_RECORD (post)));
  g_assert_cmpstr (herald_post_get_title (edited), ==, "周一早报");
  g_assert_cmpint (herald_post_get_status (edited), ==, HERALD_POST_STATUS_APPROVED);
  g_assert_cmpint (herald_post_get_scheduled_at (edited), ==, utc (2026, 11, 9, 8, 0));

  /* Going back to a page leaves the editor. */
  herald_window_set_page (f.window, "drafts");
  herald_window_set_page (f.window, "calendar");
  g_assert_true (herald_test_wait_for ((HeraldTestCondition) editor_hidden, f.window, 5000));

  fixture_tear_down (&f);
}

/* A new post on an empty day goes to the account's next free slot. */
static void
test_calendar_new_post (void)
{
  Fixture f = { 0, };
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) later = g_date_time_add_days (now, 10);
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) posts = NULL;
  HeraldPostDialog *dialog;
  GDate day;
  gint64 slot;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  day = date (g_date_time_get_year (later), g_date_time_get_month (later), g_date_time_get_day_of_month (later));
  slot = herald_slots_next_free (f.store, f.weibo, &day, zone, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (slot, >, 0);
  fixture_open_window (&f);

  herald_calendar_page_set_date (f.page, &day);
  herald_test_wait_idle ();
  g_assert_cmpuint (n_day_posts (&f, day), ==, 0);

  /* Enter on an empty day, as Ctrl+N and a double-click do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.month), "month.activate", NULL));
  herald_test_wait_idle ();
  dialog = HERALD_POST_DIALOG (visible_dialog (&f));
  g_assert_true (HERALD_IS_POST_DIALOG (dialog));
  g_assert_true (herald_post_dialog_is_new (dialog));
  g_assert_cmpint (herald_post_dialog_get_scheduled_at (dialog), ==, slot);
  g_assert_cmpint (herald_post_dialog_get_status (dialog), ==, HERALD_POST_STATUS_SCHEDULED);

  gtk_editable_set_text (GTK_EDITABLE (herald_post_dialog_get_title_row (dialog)), "新品预告");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "post-dialog.save", NULL));
  herald_test_wait_idle ();
  g_assert_null (visible_dialog (&f));
  g_assert_cmpuint (n_day_posts (&f, day), ==, 1);
  g_assert_cmpstr (day_post_title (&f, day, 0), ==, "新品预告");

  /* The same through Ctrl+N's action: the slot after the one taken. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "calendar.new-post", NULL));
  herald_test_wait_idle ();
  dialog = HERALD_POST_DIALOG (visible_dialog (&f));
  g_assert_true (HERALD_IS_POST_DIALOG (dialog));
  g_assert_cmpint (herald_post_dialog_get_scheduled_at (dialog), >, slot);

  fixture_tear_down (&f);
}

static void
test_calendar_delete_undo (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) stored = NULL;
  GDate day = date (2026, 11, 26);

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  post = add_post (&f, f.douyin, "感恩节", utc (2026, 11, 26, 19, 0), HERALD_POST_STATUS_REVIEW);
  fixture_open_window (&f);

  show_day (&f, 2026, 11, 26);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.month), "month.delete", NULL));
  herald_test_wait_idle ();
  g_assert_cmpuint (n_day_posts (&f, day), ==, 0);
  stored = stored_post (&f, post);
  g_assert_true (herald_record_is_deleted (HERALD_RECORD (stored)));
  g_assert_cmpstr (adw_toast_get_title (herald_calendar_page_get_last_toast (f.page)), ==, "Deleted “感恩节”");

  undo_last_toast (&f);
  g_clear_object (&stored);
  stored = stored_post (&f, post);
  g_assert_false (herald_record_is_deleted (HERALD_RECORD (stored)));
  g_assert_cmpuint (n_day_posts (&f, day), ==, 1);

  fixture_tear_down (&f);
}

/* Page Down, Page Up and T, and the arrows across a month's edge. */
static void
test_calendar_navigation (void)
{
  Fixture f = { 0, };
  GDate day, today;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  fixture_open_window (&f);

  g_assert_cmpstr (herald_calendar_page_get_title (f.page), ==, "November 2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "calendar.next", NULL));
  herald_test_wait_idle ();
  g_assert_cmpstr (herald_calendar_page_get_title (f.page), ==, "December 2026");
  herald_calendar_page_get_date (f.page, &day);
  g_assert_cmpint (g_date_get_day (&day), ==, 15);

  /* Down a week from the last Tuesday leaves the grid: the page follows. */
  show_day (&f, 2026, 12, 29);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.month), "month.move-selection", "i", 7));
  herald_test_wait_idle ();
  herald_calendar_page_get_date (f.page, &day);
  g_assert_cmpint (g_date_get_month (&day), ==, 1);
  g_assert_cmpint (g_date_get_day (&day), ==, 5);
  g_assert_cmpstr (herald_calendar_page_get_title (f.page), ==, "January 2027");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "calendar.today", NULL));
  herald_test_wait_idle ();
  herald_calendar_page_get_date (f.page, &day);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  g_assert_cmpint (g_date_compare (&day, &today), ==, 0);

  fixture_tear_down (&f);
}

static gboolean
bottom_bar_shown (gpointer data)
{
  HeraldCalendarPage *page = data;

  return gtk_widget_is_drawable (page->bottom_bar) && !gtk_widget_get_visible (GTK_WIDGET (page->view_switcher));
}

/* The header's switcher in a wide window, the bottom bar's in a narrow
 * one, never both: the bar a wide window does not show is not there to
 * size either. */
static void
test_calendar_narrow_bars (void)
{
  Fixture f = { 0, };

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  fixture_open_window (&f);
  g_assert_false (gtk_widget_get_visible (f.page->bottom_bar));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (f.page->view_switcher)));
  gtk_window_destroy (GTK_WINDOW (f.window));
  herald_test_wait_idle ();

  fixture_open_window_sized (&f, 360, 640);
  g_assert_true (herald_test_wait_for (bottom_bar_shown, f.page, 5000));
  g_assert_cmpstr (adw_toggle_group_get_active_name (f.page->bottom_switcher), ==, "month");

  fixture_tear_down (&f);
}

/* With no account yet, the first run's invitation has no bars to move
 * through the calendar, in a narrow window too. */
static void
test_calendar_first_run_bars (void)
{
  g_autoptr (GError) error = NULL;
  Fixture f = { 0, };

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  herald_store_delete (f.store, HERALD_RECORD_ACCOUNT, herald_record_get_id (HERALD_RECORD (f.weibo)), &error);
  g_assert_no_error (error);
  herald_store_delete (f.store, HERALD_RECORD_ACCOUNT, herald_record_get_id (HERALD_RECORD (f.douyin)), &error);
  g_assert_no_error (error);

  fixture_present_window (&f, 360, 640);
  herald_test_wait_mapped (GTK_WIDGET (f.page));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (f.page->stack), ==, "first-run");
  g_assert_true (adw_toolbar_view_get_reveal_bottom_bars (herald_calendar_page_get_toolbar_view (f.page)));
  g_assert_false (gtk_widget_get_visible (f.page->bottom_bar));

  fixture_tear_down (&f);
}

/* The view and the month come back in a new page. */
static void
test_calendar_remembers (void)
{
  Fixture f = { 0, };
  const char *view_name;
  HeraldCalendarPage *page;
  GDate day;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_open_store (&f);
  fixture_open_window (&f);

  view_name = herald_calendar_page_get_view (f.page, "week") != NULL ? "week" : "month";
  show_day (&f, 2027, 3, 8);
  herald_calendar_page_set_view_name (f.page, view_name);
  herald_test_wait_idle ();

  page = g_object_ref_sink (g_object_new (HERALD_TYPE_CALENDAR_PAGE, "store", f.store, NULL));
  herald_calendar_page_get_date (page, &day);
  g_assert_cmpint (g_date_get_year (&day), ==, 2027);
  g_assert_cmpint (g_date_get_month (&day), ==, 3);
  g_assert_cmpint (g_date_get_day (&day), ==, 8);
  g_assert_cmpstr (herald_calendar_page_get_view_name (page), ==, view_name);
  if (g_str_equal (view_name, "month"))
    g_assert_cmpstr (herald_calendar_page_get_title (page), ==, "March 2027");
  g_object_unref (page);

  fixture_tear_down (&f);
}

/* Opens the window on the settings as they are, with every setting
 * written from then on added to @changed. */
static void
fixture_open_recording (Fixture   *f,
                        GSettings *settings,
                        GPtrArray *changed)
{
  fixture_open_store (f);
  herald_test_record_setting_changes (settings, changed);
  f->window = herald_window_new (f->app);
  gtk_window_present (GTK_WINDOW (f->window));
  herald_test_wait_mapped (GTK_WIDGET (f->window));
  f->page = HERALD_CALENDAR_PAGE (herald_test_find_widget (GTK_WIDGET (f->window), HERALD_TYPE_CALENDAR_PAGE));
  g_assert_nonnull (f->page);
  herald_test_wait_mapped (GTK_WIDGET (f->page));
  herald_test_wait_idle ();
}

/* Opening on the saved view and day writes no setting; moving does. */
static void
test_calendar_start_writes_nothing (void)
{
  g_autoptr (GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GSettings) settings = NULL;
  Fixture f = { 0, };
  GDate day;

  if (!herald_test_run_with_settings_file ())
    return;

  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "last-page", "calendar");
  g_settings_set_string (settings, "calendar-view", "week");
  g_settings_set_string (settings, "calendar-date", "2027-03-08");
  g_settings_set (settings, "window-size", "(ii)", 1100, 720);
  herald_test_wait_idle ();

  fixture_open_recording (&f, settings, changed);

  g_assert_cmpstr (herald_calendar_page_get_view_name (f.page), ==, "week");
  herald_calendar_page_get_date (f.page, &day);
  g_assert_cmpint (g_date_get_year (&day), ==, 2027);
  g_assert_cmpint (g_date_get_month (&day), ==, 3);
  g_assert_cmpint (g_date_get_day (&day), ==, 8);
  g_assert_cmpuint (changed->len, ==, 0);

  show_day (&f, 2027, 3, 22);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (changed->pdata[0], ==, "calendar-date");
  herald_calendar_page_set_view_name (f.page, "month");
  herald_test_wait_idle ();
  g_assert_true (g_ptr_array_find_with_equal_func (changed, "calendar-view", g_str_equal, NULL));

  fixture_tear_down (&f);
}

/* With no day saved, the calendar opens on today and writes nothing: an
 * empty day means today, and stays so until the user goes elsewhere. */
static void
test_calendar_start_today_writes_nothing (void)
{
  g_autoptr (GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *saved = NULL;
  Fixture f = { 0, };
  GDate day, today;

  if (!herald_test_run_with_settings_file ())
    return;

  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "last-page", "calendar");
  g_settings_set_string (settings, "calendar-view", "month");
  g_settings_set (settings, "window-size", "(ii)", 1100, 720);
  herald_test_wait_idle ();

  fixture_open_recording (&f, settings, changed);

  herald_calendar_page_get_date (f.page, &day);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  g_assert_cmpint (g_date_compare (&day, &today), ==, 0);
  g_assert_cmpuint (changed->len, ==, 0);
  saved = g_settings_get_string (settings, "calendar-date");
  g_assert_cmpstr (saved, ==, "");

  /* Another day is remembered; coming back to today forgets it again, so
   * that tomorrow opens on tomorrow. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "calendar.next", NULL));
  herald_test_wait_idle ();
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (changed->pdata[0], ==, "calendar-date");
  g_clear_pointer (&saved, g_free);
  saved = g_settings_get_string (settings, "calendar-date");
  g_assert_cmpstr (saved, !=, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "calendar.today", NULL));
  herald_test_wait_idle ();
  g_assert_cmpuint (changed->len, ==, 2);
  g_clear_pointer (&saved, g_free);
  saved = g_settings_get_string (settings, "calendar-date");
  g_assert_cmpstr (saved, ==, "");

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add_func ("/calendar/month/posts", test_calendar_month_posts);
  g_test_add_func ("/calendar/month/marketing-days", test_calendar_month_marketing_days);
  g_test_add_func ("/calendar/month/move", test_calendar_month_move);
  g_test_add_func ("/calendar/month/overflow", test_calendar_month_overflow);
  g_test_add_func ("/calendar/month/pool", test_calendar_month_pool);
  g_test_add_func ("/calendar/month/live", test_calendar_month_live);
  g_test_add_func ("/calendar/filters", test_calendar_filters);
  g_test_add_func ("/calendar/filter-campaigns", test_calendar_filter_campaigns);
  g_test_add_func ("/calendar/open-post", test_calendar_open_post);
  g_test_add_func ("/calendar/new-post", test_calendar_new_post);
  g_test_add_func ("/calendar/delete-undo", test_calendar_delete_undo);
  g_test_add_func ("/calendar/navigation", test_calendar_navigation);
  g_test_add_func ("/calendar/narrow-bars", test_calendar_narrow_bars);
  g_test_add_func ("/calendar/first-run-bars", test_calendar_first_run_bars);
  g_test_add_func ("/calendar/remembers", test_calendar_remembers);
  g_test_add_func ("/calendar/start-writes-nothing", test_calendar_start_writes_nothing);
  g_test_add_func ("/calendar/start-today-writes-nothing", test_calendar_start_today_writes_nothing);

  return g_test_run ();
}
