/* test-week-agenda.c — the calendar's week and agenda views
 *
 * Each case opens a view in a window of its own on a database of its own,
 * with the query the calendar page would give it, and records what the
 * view asks the page to do (open, create, move, delete).  Keys are pressed
 * through the shortcuts the view's class binds, as a key press reaches
 * them.
 *
 * With HERALD_SNAPSHOT_DIR set, /week-agenda/snapshots draws both views
 * with sample posts to PNG files there, at HERALD_SNAPSHOT_WIDTH (1100)
 * and in dark when HERALD_SNAPSHOT_DARK is set, in the language of the
 * environment (translations from HERALD_SNAPSHOT_LOCALEDIR if set).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "herald-agenda-row.h"
#include "herald-agenda-view-private.h"
#include "herald-test-gui.h"
#include "herald-view.h"
#include "herald-week-chip.h"
#include "herald-week-range.h"
#include "herald-week-view-private.h"

#define HOUR HERALD_WEEK_GRID_HOUR_HEIGHT

typedef struct {
  char            *dir;
  char            *path;
  HeraldStore     *store;
  HeraldAccount   *account;
  GListStore      *accounts;
  HeraldPostQuery *query;
  GtkWindow       *window;
  GtkWidget       *view;

  /* What the view asked the page for, last. */
  guint            n_open;
  guint            n_new;
  guint            n_move;
  guint            n_delete;
  char            *post_id;
  gint64           at;
  GDate            day;
} Fixture;

static void
open_post_cb (HeraldView *view,
              HeraldPost *post,
              Fixture    *f)
{
  f->n_open++;
  g_set_str (&f->post_id, herald_record_get_id (HERALD_RECORD (post)));
}

static void
new_post_cb (HeraldView  *view,
             const GDate *day,
             gint64       at,
             Fixture     *f)
{
  f->n_new++;
  f->day = *day;
  f->at = at;
}

static void
move_post_cb (HeraldView *view,
              HeraldPost *post,
              gint64      at,
              Fixture    *f)
{
  f->n_move++;
  g_set_str (&f->post_id, herald_record_get_id (HERALD_RECORD (post)));
  f->at = at;
}

static void
delete_post_cb (HeraldView *view,
                HeraldPost *post,
                Fixture    *f)
{
  f->n_delete++;
  g_set_str (&f->post_id, herald_record_get_id (HERALD_RECORD (post)));
}

static HeraldAccount *
add_account (Fixture    *f,
             const char *kind,
             const char *name,
             const char *color)
{
  g_autoptr (HeraldAccount) account = herald_account_new (kind, name);
  g_autoptr (GError) error = NULL;

  herald_account_set_color (account, color);
  herald_store_save_account (f->store, account, &error);
  g_assert_no_error (error);
  g_list_store_append (f->accounts, account);

  return account;
}

static void
fixture_set_up (Fixture   *f,
                GtkWidget *view,
                int        width,
                int        height)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("herald-week-agenda-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "herald.db", NULL);
  f->store = herald_store_open (f->path, &error);
  g_assert_no_error (error);

  f->accounts = g_list_store_new (HERALD_TYPE_ACCOUNT);
  f->account = add_account (f, "xiaohongshu", "山茶生活", "#ff2442");
  f->query = herald_post_query_new (f->store);

  f->view = view;
  herald_view_set_accounts (HERALD_VIEW (view), G_LIST_MODEL (f->accounts));
  herald_view_set_query (HERALD_VIEW (view), f->query);
  g_signal_connect (view, "open-post", G_CALLBACK (open_post_cb), f);
  g_signal_connect (view, "new-post", G_CALLBACK (new_post_cb), f);
  g_signal_connect (view, "move-post", G_CALLBACK (move_post_cb), f);
  g_signal_connect (view, "delete-post", G_CALLBACK (delete_post_cb), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, height);
  gtk_window_set_child (f->window, view);
  gtk_window_present (f->window);
  herald_test_wait_mapped (view);
  herald_test_wait_idle ();
}

static void
fixture_tear_down (Fixture *f)
{
  gtk_window_destroy (f->window);
  herald_test_wait_idle ();

  g_clear_object (&f->query);
  g_clear_object (&f->accounts);
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_clear_pointer (&f->path, g_free);
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->post_id, g_free);
}

static HeraldPost *
make_post (Fixture          *f,
           HeraldAccount    *account,
           const char       *title,
           GDateTime        *time,
           HeraldPostStatus  status)
{
  HeraldPost *post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), title);

  herald_post_set_scheduled_at (post, g_date_time_to_unix (time));
  herald_post_set_status (post, status);
  return post;
}

/* Saves a post at a local time; returns its id. */
static char *
add_post (Fixture    *f,
          const char *title,
          int         year,
          int         month,
          int         day,
          int         hour,
          int         minute)
{
  g_autoptr (GDateTime) time = g_date_time_new_local (year, month, day, hour, minute, 0);
  g_autoptr (HeraldPost) post = make_post (f, f->account, title, time, HERALD_POST_STATUS_SCHEDULED);
  g_autoptr (GError) error = NULL;

  herald_store_save_post (f->store, post, &error);
  g_assert_no_error (error);

  return g_strdup (herald_record_get_id (HERALD_RECORD (post)));
}

/* What the page does: the query on the view's range, the view on the day. */
static void
show_day (Fixture *f,
          int      year,
          int      month,
          int      day)
{
  GDate date, first, last;

  g_date_set_dmy (&date, day, month, year);
  herald_view_get_range (HERALD_VIEW (f->view), &date, &first, &last);
  g_date_add_days (&last, 1);
  herald_post_query_set_range (f->query, herald_week_range_day_start (&first), herald_week_range_day_start (&last));
  herald_view_set_selected_day (HERALD_VIEW (f->view), &date);
  herald_test_wait_idle ();
}

/* Activates what the view's class binds to a key, as pressing it would. */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static cairo_surface_t *
render (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y,
          guint8          *r,
          guint8          *g,
          guint8          *b)
{
  const guint8 *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
  guint32 pixel = ((const guint32 *) row)[x];

  *r = (pixel >> 16) & 0xff;
  *g = (pixel >> 8) & 0xff;
  *b = pixel & 0xff;
}

static void
save_snapshot (GtkWidget  *widget,
               const char *name)
{
  const char *dir = g_getenv ("HERALD_SNAPSHOT_DIR");
  g_autofree char *path = NULL;
  cairo_surface_t *surface;

  if (dir == NULL)
    return;

  path = g_build_filename (dir, name, NULL);
  surface = render (widget);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("wrote %s", path);
}

static GtkWidget *
find_chip (Fixture    *f,
           const char *post_id)
{
  GtkWidget *grid = GTK_WIDGET (herald_week_view_get_grid (HERALD_WEEK_VIEW (f->view)));

  for (GtkWidget *child = gtk_widget_get_first_child (grid);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (HERALD_IS_WEEK_CHIP (child) && gtk_widget_get_child_visible (child) &&
        g_strcmp0 (herald_record_get_id (HERALD_RECORD (herald_week_chip_get_post (HERALD_WEEK_CHIP (child)))),
                   post_id) == 0)
      return child;

  return NULL;
}

static int
column_x (Fixture *f,
          int      day)
{
  GtkWidget *grid = GTK_WIDGET (herald_week_view_get_grid (HERALD_WEEK_VIEW (f->view)));

  return herald_week_grid_get_column_x (gtk_widget_get_width (grid), herald_week_grid_get_gutter_width (grid), day);
}

static gint64
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr (GDateTime) time = g_date_time_new_local (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (time);
}

/* Two posts a quarter of an hour apart stand side by side, each half as
 * wide as a post alone; all sit at their time in their day's column. */
static void
test_week_overlap (void)
{
  Fixture f = { 0, };
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *alone = NULL;
  graphene_rect_t a, b, c;

  fixture_set_up (&f, herald_week_view_new (), 1100, 720);
  first = add_post (&f, "双十一预热", 2026, 11, 10, 10, 0);
  second = add_post (&f, "直播预告", 2026, 11, 10, 10, 15);
  alone = add_post (&f, "周三早安", 2026, 11, 11, 14, 0);
  show_day (&f, 2026, 11, 10);

  g_assert_true (herald_week_view_get_chip_allocation (HERALD_WEEK_VIEW (f.view), first, &a));
  g_assert_true (herald_week_view_get_chip_allocation (HERALD_WEEK_VIEW (f.view), second, &b));
  g_assert_true (herald_week_view_get_chip_allocation (HERALD_WEEK_VIEW (f.view), alone, &c));
  g_test_message ("10:00 %.0f,%.0f %.0f×%.0f; 10:15 %.0f,%.0f %.0f×%.0f; 14:00 %.0f,%.0f %.0f×%.0f",
                  a.origin.x, a.origin.y, a.size.width, a.size.height,
                  b.origin.x, b.origin.y, b.size.width, b.size.height,
                  c.origin.x, c.origin.y, c.size.width, c.size.height);

  /* Tuesday and Wednesday, at their times, half an hour tall. */
  g_assert_cmpfloat (a.origin.x, >=, column_x (&f, 1));
  g_assert_cmpfloat (b.origin.x + b.size.width, <=, column_x (&f, 2));
  g_assert_cmpfloat (c.origin.x, >=, column_x (&f, 2));
  g_assert_cmpfloat (c.origin.x + c.size.width, <=, column_x (&f, 3));
  g_assert_cmpfloat_with_epsilon (a.origin.y, 10 * HOUR, 1);
  g_assert_cmpfloat_with_epsilon (b.origin.y, 10.25 * HOUR, 1);
  g_assert_cmpfloat_with_epsilon (c.origin.y, 14 * HOUR, 1);
  g_assert_cmpfloat_with_epsilon (a.size.height, HOUR / 2.0, 1.5);

  /* Side by side, not on top of each other. */
  g_assert_cmpfloat (a.origin.x + a.size.width, <=, b.origin.x);
  g_assert_cmpfloat_with_epsilon (a.size.width, b.size.width, 1.5);
  /* The lone post takes the whole column. */
  g_assert_cmpfloat (c.size.width, >=, 2 * a.size.width);
  g_assert_cmpfloat (c.size.width, >=, column_x (&f, 3) - column_x (&f, 2) - 4);

  /* A chip for each post, no more. */
  g_assert_cmpuint (herald_week_grid_get_n_chips (herald_week_view_get_grid (HERALD_WEEK_VIEW (f.view))), ==, 3);
  g_assert_nonnull (find_chip (&f, first));
  g_assert_true (gtk_widget_get_focusable (find_chip (&f, first)));

  save_snapshot (f.view, "week-overlap.png");
  fixture_tear_down (&f);
}

static gboolean
scrolled_to_eight_cb (gpointer data)
{
  return gtk_adjustment_get_value (data) == 8 * HOUR;
}

/* The day opens at 08:00. */
static void
test_week_scroll (void)
{
  Fixture f = { 0, };
  GtkAdjustment *adjustment;

  fixture_set_up (&f, herald_week_view_new (), 1100, 720);
  adjustment = herald_week_view_get_vadjustment (HERALD_WEEK_VIEW (f.view));

  g_assert_true (herald_test_wait_for (scrolled_to_eight_cb, adjustment, 5000));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >=, 24 * HOUR);

  fixture_tear_down (&f);
}

/* A drop and Alt+arrows all end in move-post, at the time they mean. */
static void
test_week_move (void)
{
  Fixture f = { 0, };
  g_autofree char *id = NULL;
  HeraldPost *post;
  GtkWidget *chip;

  fixture_set_up (&f, herald_week_view_new (), 1100, 720);
  id = add_post (&f, "周三早安", 2026, 11, 11, 14, 0);
  show_day (&f, 2026, 11, 11);
  post = herald_post_query_find (f.query, id, NULL);
  g_assert_nonnull (post);

  /* Dropped on Friday with the chip's top at 16:18: 16:15. */
  herald_week_view_drop_post (HERALD_WEEK_VIEW (f.view), post,
                              (column_x (&f, 4) + column_x (&f, 5)) / 2.0, 16.3 * HOUR);
  g_assert_cmpuint (f.n_move, ==, 1);
  g_assert_cmpstr (f.post_id, ==, id);
  g_assert_cmpint (f.at, ==, local_time (2026, 11, 13, 16, 15));

  /* Dropped where it is: nothing to move. */
  herald_week_view_drop_post (HERALD_WEEK_VIEW (f.view), post,
                              (column_x (&f, 2) + column_x (&f, 3)) / 2.0, 14 * HOUR + 2);
  g_assert_cmpuint (f.n_move, ==, 1);

  /* The keyboard: select the chip, then Alt+→, Alt+←, Alt+↓, Alt+↑. */
  chip = find_chip (&f, id);
  g_assert_nonnull (chip);
  g_assert_true (gtk_widget_grab_focus (chip));
  g_assert_true (herald_week_grid_get_selected_post (herald_week_view_get_grid (HERALD_WEEK_VIEW (f.view))) == post);

  g_assert_true (press_key (f.view, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpuint (f.n_move, ==, 2);
  g_assert_cmpstr (f.post_id, ==, id);
  g_assert_cmpint (f.at, ==, local_time (2026, 11, 12, 14, 0));

  /* The page did not move it (nothing handles the signal): the post is
   * still on Wednesday, and still selected. */
  g_assert_true (press_key (f.view, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpint (f.at, ==, local_time (2026, 11, 10, 14, 0));
  g_assert_true (press_key (f.view, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpint (f.at, ==, local_time (2026, 11, 11, 14, 30));
  g_assert_true (press_key (f.view, GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_cmpint (f.at, ==, local_time (2026, 11, 11, 13, 30));
  g_assert_cmpuint (f.n_move, ==, 5);

  /* Delete and Enter act on it too. */
  g_assert_true (press_key (f.view, GDK_KEY_Delete, 0));
  g_assert_cmpuint (f.n_delete, ==, 1);
  g_assert_true (press_key (f.view, GDK_KEY_Return, 0));
  g_assert_cmpuint (f.n_open, ==, 1);
  g_assert_cmpstr (f.post_id, ==, id);

  fixture_tear_down (&f);
}

/* A post that the page really moves stays selected where it went. */
static void
move_in_store_cb (HeraldView *view,
                  HeraldPost *post,
                  gint64      at,
                  Fixture    *f)
{
  g_autoptr (HeraldPost) copy = NULL;
  g_autoptr (GError) error = NULL;

  copy = herald_store_get_post (f->store, herald_record_get_id (HERALD_RECORD (post)), &error);
  g_assert_no_error (error);
  herald_post_set_scheduled_at (copy, at);
  herald_store_save_post (f->store, copy, &error);
  g_assert_no_error (error);
}

static void
test_week_move_follows (void)
{
  Fixture f = { 0, };
  g_autofree char *id = NULL;
  HeraldWeekGrid *grid;
  GDate day;

  fixture_set_up (&f, herald_week_view_new (), 1100, 720);
  g_signal_connect (f.view, "move-post", G_CALLBACK (move_in_store_cb), &f);
  id = add_post (&f, "周三早安", 2026, 11, 11, 14, 0);
  show_day (&f, 2026, 11, 11);
  grid = herald_week_view_get_grid (HERALD_WEEK_VIEW (f.view));

  g_assert_true (gtk_widget_grab_focus (find_chip (&f, id)));
  g_assert_true (press_key (f.view, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_true (press_key (f.view, GDK_KEY_Down, GDK_ALT_MASK));
  herald_test_wait_idle ();

  /* Thursday 14:30, selected, with the keyboard on it. */
  herald_view_get_selected_day (HERALD_VIEW (f.view), &day);
  g_assert_cmpint (g_date_get_day (&day), ==, 12);
  g_assert_cmpint (herald_week_grid_get_selected_slot (grid), ==, 29);
  g_assert_nonnull (herald_week_grid_get_selected_post (grid));
  g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (herald_week_grid_get_selected_post (grid))), ==, id);
  g_assert_true (gtk_widget_has_focus (find_chip (&f, id)));

  fixture_tear_down (&f);
}

/* Arrows move the selected day and slot; Enter on an empty slot asks for
 * a new post there. */
static void
test_week_keys (void)
{
  Fixture f = { 0, };
  HeraldWeekGrid *grid;
  GDate day;

  fixture_set_up (&f, herald_week_view_new (), 1100, 720);
  show_day (&f, 2026, 11, 15);
  grid = herald_week_view_get_grid (HERALD_WEEK_VIEW (f.view));
  gtk_widget_grab_focus (f.view);

  g_assert_true (press_key (f.view, GDK_KEY_Left, 0));
  herald_view_get_selected_day (HERALD_VIEW (f.view), &day);
  g_assert_cmpint (g_date_get_day (&day), ==, 14);

  /* Past Sunday, into the next week. */
  g_assert_true (press_key (f.view, GDK_KEY_Right, 0));
  g_assert_true (press_key (f.view, GDK_KEY_Right, 0));
  herald_view_get_selected_day (HERALD_VIEW (f.view), &day);
  g_assert_cmpint (g_date_get_day (&day), ==, 16);
  g_assert_cmpint (herald_week_grid_get_selected_day (grid), ==, 0);

  herald_week_grid_select (grid, 0, 20);
  g_assert_true (press_key (f.view, GDK_KEY_Down, 0));
  g_assert_cmpint (herald_week_grid_get_selected_slot (grid), ==, 21);
  g_assert_true (press_key (f.view, GDK_KEY_Return, 0));
  g_assert_cmpuint (f.n_new, ==, 1);
  g_assert_cmpint (g_date_get_day (&f.day), ==, 16);
  g_assert_cmpint (f.at, ==, local_time (2026, 11, 16, 10, 30));

  fixture_tear_down (&f);
}

/* The line that marks now is in today's column, at the time. */
static void
test_week_now_line (void)
{
  Fixture f = { 0, };
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GtkWidget *grid;
  cairo_surface_t *surface;
  guint8 r, g, b;
  double y;
  int day, x;

  fixture_set_up (&f, herald_week_view_new (), 1100, 720);
  show_day (&f, g_date_time_get_year (now), g_date_time_get_month (now), g_date_time_get_day_of_month (now));

  g_assert_true (herald_week_view_get_now_line (HERALD_WEEK_VIEW (f.view), &day, &y));
  g_assert_cmpint (day, ==, g_date_time_get_day_of_week (now) - 1);
  g_assert_cmpfloat (fabs (y - (g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now)) * HOUR / 60.0), <=, HOUR / 60.0 * 2);

  /* Drawn there, in the accent colour (blue by default). */
  grid = GTK_WIDGET (herald_week_view_get_grid (HERALD_WEEK_VIEW (f.view)));
  surface = render (grid);
  x = (column_x (&f, day) + column_x (&f, day + 1)) / 2;
  pixel_at (surface, x, (int) y, &r, &g, &b);
  g_test_message ("now line at %d,%d: #%02x%02x%02x", x, (int) y, r, g, b);
  g_assert_cmpint (b, >, r + 60);
  cairo_surface_destroy (surface);

  /* Not in another week. */
  show_day (&f, 2000, 1, 5);
  g_assert_false (herald_week_view_get_now_line (HERALD_WEEK_VIEW (f.view), &day, &y));

  fixture_tear_down (&f);
}

/* The week's range, step and title. */
static void
test_week_period (void)
{
  g_autoptr (GtkWidget) view = g_object_ref_sink (herald_week_view_new ());
  g_autofree char *title = NULL;
  g_autofree char *across = NULL;
  GDate date, first, last;

  g_date_set_dmy (&date, 12, 11, 2026);
  herald_view_get_range (HERALD_VIEW (view), &date, &first, &last);
  g_assert_cmpint (g_date_get_day (&first), ==, 9);
  g_assert_cmpint (g_date_get_weekday (&first), ==, G_DATE_MONDAY);
  g_assert_cmpint (g_date_get_day (&last), ==, 15);

  title = herald_view_dup_title (HERALD_VIEW (view), &date);
  g_assert_cmpstr (title, ==, "Nov 9 – 15, 2026");

  herald_view_step (HERALD_VIEW (view), &date, 3);
  g_assert_cmpint (g_date_get_month (&date), ==, 12);
  g_assert_cmpint (g_date_get_day (&date), ==, 3);
  across = herald_view_dup_title (HERALD_VIEW (view), &date);
  g_assert_cmpstr (across, ==, "Nov 30 – Dec 6, 2026");

  herald_view_step (HERALD_VIEW (view), &date, -3);
  g_assert_cmpint (g_date_get_day (&date), ==, 12);
}

/* Posts in order, one section a day, with the right bounds, before and
 * after a day loses a post. */
static void
test_agenda_sections (void)
{
  Fixture f = { 0, };
  g_autofree char *last_wednesday = NULL;
  g_autoptr (GError) error = NULL;
  HeraldAgendaModel *model;
  const struct {
    guint start, end;
    int   day;
  } expected[] = { { 0, 2, 9 }, { 2, 5, 11 }, { 5, 6, 17 } };
  guint start, end;
  GDate day;

  fixture_set_up (&f, herald_agenda_view_new (), 800, 600);
  g_free (add_post (&f, "下周二", 2026, 11, 17, 9, 0));
  g_free (add_post (&f, "周三晚", 2026, 11, 11, 20, 0));
  last_wednesday = add_post (&f, "周三夜", 2026, 11, 11, 23, 59);
  g_free (add_post (&f, "周一早", 2026, 11, 9, 0, 0));
  g_free (add_post (&f, "周三早", 2026, 11, 11, 8, 0));
  g_free (add_post (&f, "周一晚", 2026, 11, 9, 21, 0));
  show_day (&f, 2026, 11, 9);

  model = herald_agenda_view_get_model (HERALD_AGENDA_VIEW (f.view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 6);
  g_assert_cmpuint (herald_agenda_model_get_n_sections (model), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    for (guint p = expected[i].start; p < expected[i].end; p++)
      {
        gtk_section_model_get_section (GTK_SECTION_MODEL (model), p, &start, &end);
        g_assert_cmpuint (start, ==, expected[i].start);
        g_assert_cmpuint (end, ==, expected[i].end);
        herald_agenda_model_get_day (model, p, &day);
        g_assert_cmpint (g_date_get_day (&day), ==, expected[i].day);
      }

  /* In time order within a day. */
  for (guint p = 1; p < 6; p++)
    {
      g_autoptr (HeraldPost) before = g_list_model_get_item (G_LIST_MODEL (model), p - 1);
      g_autoptr (HeraldPost) after = g_list_model_get_item (G_LIST_MODEL (model), p);

      g_assert_cmpint (herald_post_get_scheduled_at (before), <=, herald_post_get_scheduled_at (after));
    }

  /* Past the end: one empty range. */
  gtk_section_model_get_section (GTK_SECTION_MODEL (model), 6, &start, &end);
  g_assert_cmpuint (start, ==, 6);
  g_assert_cmpuint (end, ==, G_MAXUINT);

  /* Wednesday loses its last post: its section shrinks. */
  herald_store_delete (f.store, HERALD_RECORD_POST, last_wednesday, &error);
  g_assert_no_error (error);
  gtk_section_model_get_section (GTK_SECTION_MODEL (model), 2, &start, &end);
  g_assert_cmpuint (start, ==, 2);
  g_assert_cmpuint (end, ==, 4);
  gtk_section_model_get_section (GTK_SECTION_MODEL (model), 4, &start, &end);
  g_assert_cmpuint (start, ==, 4);
  g_assert_cmpuint (end, ==, 5);

  g_date_set_dmy (&day, 10, 11, 2026);
  g_assert_cmpuint (herald_agenda_model_find_day (model, &day), ==, 2);

  fixture_tear_down (&f);
}

typedef struct {
  Fixture *f;
  guint    n;
} Many;

static gboolean
add_many_in_transaction (HeraldStore  *store,
                         gpointer      user_data,
                         GError      **error)
{
  Many *many = user_data;
  gint64 start = local_time (2026, 11, 9, 0, 0);
  gint64 span = 28 * 24 * 3600;

  for (guint i = 0; i < many->n; i++)
    {
      g_autofree char *title = g_strdup_printf ("内容 %u", i);
      g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (start + (gint64) i * span / many->n);
      g_autoptr (HeraldPost) post = make_post (many->f, many->f->account, title, time, i % HERALD_N_POST_STATUSES);

      if (!herald_store_save_post (store, post, error))
        return FALSE;
    }

  return TRUE;
}

static void
add_many (Fixture *f,
          guint    n)
{
  Many many = { f, n };
  g_autoptr (GError) error = NULL;

  herald_store_transaction (f->store, add_many_in_transaction, &many, &error);
  g_assert_no_error (error);
}

typedef struct {
  GdkFrameClock *clock;
  gint64         frame;
} Frame;

static gboolean
frame_passed_cb (gpointer data)
{
  Frame *frame = data;

  return gdk_frame_clock_get_frame_counter (frame->clock) > frame->frame;
}

/* Scrolls as a user does, some screens at a time, a frame for each: one
 * jump of a hundred thousand pixels from the top leaves a GtkListView
 * (4.18) blank until it scrolls again, whatever it shows. */
static void
scroll_to (GtkWidget     *widget,
           GtkAdjustment *adjustment,
           double         value)
{
  double step = 20 * gtk_adjustment_get_page_size (adjustment);
  double current = gtk_adjustment_get_value (adjustment);

  value = CLAMP (value, 0, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  while (fabs (value - current) > 0.5)
    {
      Frame frame = { gtk_widget_get_frame_clock (widget), 0 };

      frame.frame = gdk_frame_clock_get_frame_counter (frame.clock);
      current = value > current ? MIN (value, current + step) : MAX (value, current - step);
      gtk_adjustment_set_value (adjustment, current);
      herald_test_wait_for (frame_passed_cb, &frame, 2000);
    }
  herald_test_wait_idle ();
}

static void
assert_rows_bounded (Fixture    *f,
                     const char *where)
{
  guint in_list = herald_agenda_view_count_row_widgets (HERALD_AGENDA_VIEW (f->view));
  guint alive = herald_agenda_row_get_n_alive ();

  g_test_message ("agenda rows %s: %u in the list, %u alive (%u list items kept by the list view)",
                  where, in_list, alive, herald_agenda_view_count_slots (HERALD_AGENDA_VIEW (f->view)));
  g_assert_cmpuint (in_list, >, 0);
  g_assert_cmpuint (in_list, <, 100);
  g_assert_cmpuint (alive, <, 100);
}

/* Ten thousand posts cost only the rows in sight, wherever the list is. */
static void
test_agenda_bounded (void)
{
  Fixture f = { 0, };
  GtkAdjustment *adjustment;

  fixture_set_up (&f, herald_agenda_view_new (), 1100, 720);
  add_many (&f, 10000);
  show_day (&f, 2026, 11, 9);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f.query)), ==, 10000);
  assert_rows_bounded (&f, "at the top");

  adjustment = herald_agenda_view_get_vadjustment (HERALD_AGENDA_VIEW (f.view));
  scroll_to (f.view, adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  assert_rows_bounded (&f, "in the middle");

  scroll_to (f.view, adjustment, gtk_adjustment_get_upper (adjustment));
  assert_rows_bounded (&f, "at the end");

  fixture_tear_down (&f);
}

/* Activating a row opens its post; Delete deletes the focused one. */
static void
test_agenda_activate (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldPost) third = NULL;
  g_autoptr (HeraldPost) second = NULL;
  GtkListView *list;

  fixture_set_up (&f, herald_agenda_view_new (), 800, 600);
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("第%d条", i + 1);

      g_free (add_post (&f, title, 2026, 11, 10 + i / 2, 9 + i, 0));
    }
  show_day (&f, 2026, 11, 10);
  list = herald_agenda_view_get_list_view (HERALD_AGENDA_VIEW (f.view));
  third = g_list_model_get_item (G_LIST_MODEL (f.query), 2);
  second = g_list_model_get_item (G_LIST_MODEL (f.query), 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 2));
  g_assert_cmpuint (f.n_open, ==, 1);
  g_assert_cmpstr (f.post_id, ==, herald_record_get_id (HERALD_RECORD (third)));

  gtk_list_view_scroll_to (list, 1, GTK_LIST_SCROLL_FOCUS, NULL);
  herald_test_wait_idle ();
  g_assert_true (press_key (f.view, GDK_KEY_Delete, 0));
  g_assert_cmpuint (f.n_delete, ==, 1);
  g_assert_cmpstr (f.post_id, ==, herald_record_get_id (HERALD_RECORD (second)));

  fixture_tear_down (&f);
}

/* The day of the first row in sight, as the test finds it: the topmost
 * list item shown that reaches below the top edge. */
static gboolean
first_visible_day (Fixture  *f,
                   GDate    *day,
                   gboolean *is_header,
                   float    *top)
{
  GtkWidget *list = GTK_WIDGET (herald_agenda_view_get_list_view (HERALD_AGENDA_VIEW (f->view)));
  GtkWidget *found = NULL;
  float found_y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (child) || !gtk_widget_compute_bounds (child, list, &bounds) ||
          bounds.origin.y + bounds.size.height <= 0)
        continue;
      if (found == NULL || bounds.origin.y < found_y)
        {
          found = child;
          found_y = bounds.origin.y;
        }
    }

  if (found == NULL)
    return FALSE;

  found = gtk_widget_get_first_child (found);
  *top = found_y;
  *is_header = HERALD_IS_AGENDA_HEADER (found);
  if (*is_header)
    herald_agenda_header_get_day (HERALD_AGENDA_HEADER (found), day);
  else
    herald_week_range_local_day (herald_post_get_scheduled_at (herald_agenda_slot_get_post (HERALD_AGENDA_SLOT (found))),
                                 day, NULL);
  return TRUE;
}

static gboolean
sticky_follows_cb (gpointer data)
{
  Fixture *f = data;
  HeraldAgendaHeader *sticky = herald_agenda_view_get_sticky_header (HERALD_AGENDA_VIEW (f->view));
  g_autofree char *title = NULL;
  gboolean is_header;
  GDate day, shown;
  float top;

  if (!first_visible_day (f, &day, &is_header, &top))
    return FALSE;

  /* A day's own heading in full sight needs no copy. */
  if (is_header && top > -1)
    return !herald_agenda_view_get_sticky_visible (HERALD_AGENDA_VIEW (f->view));

  herald_agenda_header_get_day (sticky, &shown);
  title = herald_week_range_format_day (&day);
  return herald_agenda_view_get_sticky_visible (HERALD_AGENDA_VIEW (f->view)) &&
         g_date_valid (&shown) && g_date_compare (&shown, &day) == 0 &&
         g_strcmp0 (herald_agenda_header_get_title (sticky), title) == 0;
}

typedef struct {
  Fixture *f;
  int      day;
} Heading;

/* A day's heading at the top, in full, and no copy over it. */
static gboolean
heading_on_top_cb (gpointer data)
{
  Heading *heading = data;
  gboolean is_header;
  GDate day;
  float top;

  return first_visible_day (heading->f, &day, &is_header, &top) &&
         is_header && g_date_get_day (&day) == heading->day && fabs (top) < 1 &&
         !herald_agenda_view_get_sticky_visible (HERALD_AGENDA_VIEW (heading->f->view));
}

/* The pinned heading shows the day being read, wherever the list is. */
static void
test_agenda_sticky (void)
{
  Fixture f = { 0, };
  GtkAdjustment *adjustment;
  HeraldAgendaHeader *sticky;
  gboolean is_header;
  GDate day, shown;
  float top;

  fixture_set_up (&f, herald_agenda_view_new (), 800, 600);
  for (int d = 0; d < 10; d++)
    for (int i = 0; i < 12; i++)
      {
        g_autofree char *title = g_strdup_printf ("11月%d日 第%d条", 9 + d, i + 1);

        g_free (add_post (&f, title, 2026, 11, 9 + d, 8 + i, 0));
      }
  show_day (&f, 2026, 11, 9);
  adjustment = herald_agenda_view_get_vadjustment (HERALD_AGENDA_VIEW (f.view));
  sticky = herald_agenda_view_get_sticky_header (HERALD_AGENDA_VIEW (f.view));

  /* At the top, the first day's own heading shows. */
  g_assert_true (herald_test_wait_for (heading_on_top_cb, &(Heading) { &f, 9 }, 5000));

  /* Scrolled into the fourth day, and further. */
  for (guint i = 0; i < 3; i++)
    {
      double value = gtk_adjustment_get_upper (adjustment) * (0.33 + i * 0.21);

      scroll_to (f.view, adjustment, value);
      g_assert_true (herald_test_wait_for (sticky_follows_cb, &f, 5000));
      g_assert_true (first_visible_day (&f, &day, &is_header, &top));
      herald_agenda_header_get_day (sticky, &shown);
      g_test_message ("scrolled to %.0f: first row on %d Nov, heading says %s",
                      value, g_date_get_day (&day), herald_agenda_header_get_title (sticky));
      g_assert_true (herald_agenda_view_get_sticky_visible (HERALD_AGENDA_VIEW (f.view)) || (is_header && top > -1));
    }

  save_snapshot (GTK_WIDGET (f.window), "agenda-sticky.png");

  /* Asked for a day (Today, or the page's date): its heading goes to the
   * top, and needs no copy there. */
  g_date_set_dmy (&day, 13, 11, 2026);
  herald_view_set_selected_day (HERALD_VIEW (f.view), &day);
  g_assert_true (herald_test_wait_for (heading_on_top_cb, &(Heading) { &f, 13 }, 5000));

  /* A little further, the heading goes under the pinned copy, which
   * shows its day where it showed it. */
  scroll_to (f.view, adjustment, gtk_adjustment_get_value (adjustment) + 20);
  g_assert_true (herald_test_wait_for (sticky_follows_cb, &f, 5000));
  g_assert_true (herald_agenda_view_get_sticky_visible (HERALD_AGENDA_VIEW (f.view)));
  herald_agenda_header_get_day (sticky, &shown);
  g_assert_cmpint (g_date_get_day (&shown), ==, 13);

  fixture_tear_down (&f);
}

/* Nothing in the period: the status page says which. */
static void
test_agenda_empty (void)
{
  Fixture f = { 0, };
  GtkWidget *page;

  fixture_set_up (&f, herald_agenda_view_new (), 800, 600);
  show_day (&f, 2026, 11, 11);
  save_snapshot (GTK_WIDGET (f.window), "agenda-empty.png");
  g_assert_true (herald_agenda_view_get_empty (HERALD_AGENDA_VIEW (f.view)));

  page = GTK_WIDGET (gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_first_child (f.view))));
  g_assert_true (ADW_IS_STATUS_PAGE (page));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==, "Nothing Planned");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), "Nov 9 – Dec 6, 2026"));

  /* A post appears: the list shows. */
  g_free (add_post (&f, "新内容", 2026, 11, 20, 12, 0));
  g_assert_false (herald_agenda_view_get_empty (HERALD_AGENDA_VIEW (f.view)));

  fixture_tear_down (&f);
}

static void
test_agenda_period (void)
{
  g_autoptr (GtkWidget) view = g_object_ref_sink (herald_agenda_view_new ());
  g_autofree char *title = NULL;
  GDate date, first, last;

  g_date_set_dmy (&date, 12, 11, 2026);
  herald_view_get_range (HERALD_VIEW (view), &date, &first, &last);
  g_assert_cmpint (g_date_get_day (&first), ==, 9);
  g_assert_cmpint (g_date_days_between (&first, &last), ==, 7 * HERALD_AGENDA_VIEW_WEEKS - 1);

  title = herald_view_dup_title (HERALD_VIEW (view), &date);
  g_assert_cmpstr (title, ==, "Nov 9 – Dec 6, 2026");

  herald_view_step (HERALD_VIEW (view), &date, 1);
  g_assert_cmpint (g_date_get_month (&date), ==, 12);
  g_assert_cmpint (g_date_get_day (&date), ==, 10);
}

/* Sample posts around today, drawn to PNG files to look at. */
/* Whether @widget and everything in it draw at full opacity. */
static gboolean
all_opaque (GtkWidget *widget)
{
  if (gtk_widget_get_opacity (widget) < 1.0)
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!all_opaque (child))
      return FALSE;
  return TRUE;
}

/* Shows @post on @widget, a week chip or an agenda row. */
static void
set_post (GtkWidget  *widget,
          HeraldPost *post,
          gint64      now)
{
  if (HERALD_IS_WEEK_CHIP (widget))
    herald_week_chip_set_post (HERALD_WEEK_CHIP (widget), post, NULL, now);
  else
    herald_agenda_row_set_post (HERALD_AGENDA_ROW (widget), post, NULL, now);
}

/* A cancelled post's title is dimmed through the style, in its colour:
 * opacity over a title that falls back to a second font would draw it off
 * screen first. */
static void
test_cancelled_dims_by_colour (void)
{
  g_autoptr (HeraldPost) cancelled = herald_post_new ("account", "旧品清仓 Sale");
  g_autoptr (HeraldPost) scheduled = herald_post_new ("account", "周末直播回放");
  GtkWidget *widgets[] = { herald_week_chip_new (), herald_agenda_row_new () };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  herald_post_set_status (cancelled, HERALD_POST_STATUS_CANCELLED);
  herald_post_set_scheduled_at (cancelled, now + 3600);
  herald_post_set_status (scheduled, HERALD_POST_STATUS_SCHEDULED);
  herald_post_set_scheduled_at (scheduled, now + 3600);

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    {
      g_object_ref_sink (widgets[i]);
      set_post (widgets[i], cancelled, now);
      g_assert_true (gtk_widget_has_css_class (widgets[i], "cancelled"));
      g_assert_true (all_opaque (widgets[i]));

      set_post (widgets[i], scheduled, now);
      g_assert_false (gtk_widget_has_css_class (widgets[i], "cancelled"));
      g_assert_true (all_opaque (widgets[i]));
      g_object_unref (widgets[i]);
    }
}

static void
test_snapshots (void)
{
  const char *dark = g_getenv ("HERALD_SNAPSHOT_DARK");
  const char *size = g_getenv ("HERALD_SNAPSHOT_WIDTH");
  int width = size != NULL ? atoi (size) : 1100;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                       g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr (GDateTime) monday = g_date_time_add_days (today, 1 - g_date_time_get_day_of_week (today));
  static const struct {
    int               day;
    int               minutes;
    int               account;
    HeraldPostStatus  status;
    const char       *title;
  } samples[] = {
    { 0, 8 * 60, 0, HERALD_POST_STATUS_PUBLISHED, "早安｜一周穿搭灵感" },
    { 0, 12 * 60, 1, HERALD_POST_STATUS_PUBLISHED, "午间话题：你最想要的年货" },
    { 1, 9 * 60, 2, HERALD_POST_STATUS_SCHEDULED, "双十一预热长图文" },
    { 1, 9 * 60 + 15, 0, HERALD_POST_STATUS_DRAFT, "直播预告短视频" },
    { 1, 9 * 60 + 20, 1, HERALD_POST_STATUS_REVIEW, "互动抽奖规则" },
    { 2, 10 * 60, 1, HERALD_POST_STATUS_APPROVED, "冬季护肤清单" },
    { 2, 19 * 60 + 30, 2, HERALD_POST_STATUS_SCHEDULED, "晚间直播切片" },
    { 3, 8 * 60 + 30, 0, HERALD_POST_STATUS_IDEA, "探店：胡同里的咖啡" },
    { 3, 11 * 60, 2, HERALD_POST_STATUS_CANCELLED, "旧品清仓（取消）" },
    { 4, 9 * 60, 1, HERALD_POST_STATUS_SCHEDULED, "周五福利：评论抽奖" },
    { 4, 9 * 60 + 45, 0, HERALD_POST_STATUS_DRAFT, "周末出游攻略" },
    { 5, 10 * 60, 2, HERALD_POST_STATUS_SCHEDULED, "周末直播回放" },
    { 6, 20 * 60, 0, HERALD_POST_STATUS_IDEA, "下周选题会素材" },
  };
  HeraldAccount *accounts[3];
  Fixture f = { 0, };
  GtkWidget *views[2];
  const char *names[2] = { "week", "agenda" };

  if (g_getenv ("HERALD_SNAPSHOT_DIR") == NULL)
    {
      g_test_skip ("HERALD_SNAPSHOT_DIR is not set");
      return;
    }

  if (dark != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  views[0] = herald_week_view_new ();
  views[1] = herald_agenda_view_new ();
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autofree char *file = g_strdup_printf ("%s-%d%s.png", names[v], width, dark != NULL ? "-dark" : "");

      fixture_set_up (&f, views[v], width, 720);
      accounts[0] = f.account;
      accounts[1] = add_account (&f, "weibo", "品牌官微", "#ff8200");
      accounts[2] = add_account (&f, "wechat", "山茶公众号", "#07c160");

      for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
        {
          g_autoptr (GDateTime) day = g_date_time_add_days (monday, samples[i].day);
          g_autoptr (GDateTime) time = g_date_time_add_minutes (day, samples[i].minutes);
          g_autoptr (HeraldPost) post = make_post (&f, accounts[samples[i].account], samples[i].title,
                                                   time, samples[i].status);
          g_autoptr (GError) error = NULL;

          herald_store_save_post (f.store, post, &error);
          g_assert_no_error (error);
        }

      show_day (&f, g_date_time_get_year (now), g_date_time_get_month (now), g_date_time_get_day_of_month (now));
      if (v == 0)
        gtk_adjustment_set_value (herald_week_view_get_vadjustment (HERALD_WEEK_VIEW (f.view)), 7.5 * HOUR);
      else
        gtk_adjustment_set_value (herald_agenda_view_get_vadjustment (HERALD_AGENDA_VIEW (f.view)), 0);
      herald_test_wait_idle ();
      herald_test_wait_idle ();
      save_snapshot (GTK_WIDGET (f.window), file);

      /* Then scrolled: the week to now, the agenda a little way down. */
      g_free (file);
      file = g_strdup_printf ("%s-%d%s-scrolled.png", names[v], width, dark != NULL ? "-dark" : "");
      if (v == 0)
        {
          int day;
          double y;

          if (herald_week_view_get_now_line (HERALD_WEEK_VIEW (f.view), &day, &y))
            gtk_adjustment_set_value (herald_week_view_get_vadjustment (HERALD_WEEK_VIEW (f.view)), y - 200);
        }
      else
        gtk_adjustment_set_value (herald_agenda_view_get_vadjustment (HERALD_AGENDA_VIEW (f.view)), 250);
      herald_test_wait_idle ();
      herald_test_wait_idle ();
      save_snapshot (GTK_WIDGET (f.window), file);
      fixture_tear_down (&f);
    }
}

int
main (int    argc,
      char **argv)
{
  herald_test_gui_init (&argc, &argv);

  if (g_getenv ("HERALD_SNAPSHOT_DIR") != NULL)
    {
      /* Look at the views in the language of the environment. */
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HERALD_SNAPSHOT_LOCALEDIR") != NULL
                                       ? g_getenv ("HERALD_SNAPSHOT_LOCALEDIR") : LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  g_test_add_func ("/week/overlap", test_week_overlap);
  g_test_add_func ("/week/scroll", test_week_scroll);
  g_test_add_func ("/week/move", test_week_move);
  g_test_add_func ("/week/move-follows", test_week_move_follows);
  g_test_add_func ("/week/keys", test_week_keys);
  g_test_add_func ("/week/now-line", test_week_now_line);
  g_test_add_func ("/week/period", test_week_period);
  g_test_add_func ("/agenda/sections", test_agenda_sections);
  g_test_add_func ("/agenda/bounded", test_agenda_bounded);
  g_test_add_func ("/agenda/activate", test_agenda_activate);
  g_test_add_func ("/agenda/sticky", test_agenda_sticky);
  g_test_add_func ("/agenda/empty", test_agenda_empty);
  g_test_add_func ("/agenda/period", test_agenda_period);
  g_test_add_func ("/week-agenda/cancelled-dims-by-colour", test_cancelled_dims_by_colour);
  g_test_add_func ("/week-agenda/snapshots", test_snapshots);

  return g_test_run ();
}
