/* bench-calendar.c — how long the month view takes to show another month
 *
 * Builds a database of 100,000 posts through the store, in one
 * transaction: one month holds 3,000 of them, another 30, and the rest are
 * spread over months away from both.  Then, in a real window under the
 * display it is given, it switches the calendar page between the two
 * months and times each switch from setting the date to the next painted
 * frame.  Prints `name: value` lines: the median of each, their ratio,
 * and the chip widgets alive after showing the busy month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "herald-calendar-page-private.h"
#include "herald-month-view-private.h"

#define N_POSTS    100000
#define N_BUSY     3000
#define N_QUIET    30
#define N_SWITCHES 20

/* Busy: March 2026.  Quiet: August 2026.  The rest keeps clear of both
 * grids, which reach into the months around. */
#define BUSY_YEAR   2026
#define BUSY_MONTH  3
#define QUIET_YEAR  2026
#define QUIET_MONTH 8

typedef struct {
  GPtrArray *accounts;
} Seed;

static gint64
at (int year,
    int month,
    int day,
    int minute_of_day)
{
  g_autoptr (GDateTime) time = g_date_time_new_local (year, month, day, minute_of_day / 60, minute_of_day % 60, 0);

  return g_date_time_to_unix (time);
}

static gboolean
add_post (HeraldStore  *store,
          Seed         *seed,
          guint         i,
          gint64        when,
          GError      **error)
{
  g_autofree char *title = g_strdup_printf ("内容排期 #%u", i);
  HeraldAccount *account = g_ptr_array_index (seed->accounts, i % seed->accounts->len);
  g_autoptr (HeraldPost) post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), title);

  herald_post_set_scheduled_at (post, when);
  herald_post_set_status (post, (HeraldPostStatus) (i % HERALD_N_POST_STATUSES));
  herald_post_set_body (post, "正文：今天聊聊新品的三个卖点，欢迎在评论区留言。");

  return herald_store_save_post (store, post, error);
}

static gboolean
seed_posts (HeraldStore  *store,
            gpointer      user_data,
            GError      **error)
{
  Seed *seed = user_data;
  GRand *rand = g_rand_new_with_seed (7);
  guint i = 0;
  int busy_days = g_date_get_days_in_month (BUSY_MONTH, BUSY_YEAR);
  int quiet_days = g_date_get_days_in_month (QUIET_MONTH, QUIET_YEAR);
  gboolean ok = TRUE;

  for (; ok && i < N_BUSY; i++)
    ok = add_post (store, seed, i, at (BUSY_YEAR, BUSY_MONTH, 1 + i % busy_days, g_rand_int_range (rand, 0, 1440)), error);

  for (; ok && i < N_BUSY + N_QUIET; i++)
    ok = add_post (store, seed, i, at (QUIET_YEAR, QUIET_MONTH, 1 + i % quiet_days, g_rand_int_range (rand, 0, 1440)), error);

  for (; ok && i < N_POSTS; i++)
    {
      /* 2022–2025 and 2027–2030: four years either side. */
      int year = g_rand_boolean (rand) ? g_rand_int_range (rand, 2022, 2026) : g_rand_int_range (rand, 2027, 2031);
      int month = g_rand_int_range (rand, 1, 13);

      ok = add_post (store, seed, i, at (year, month, g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 0, 1440)), error);
    }

  g_rand_free (rand);
  return ok;
}

static HeraldStore *
make_store (const char *path)
{
  static const char * const kinds[] = { "weibo", "wechat-article", "douyin", "xiaohongshu", "bilibili" };
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (GError) error = NULL;
  Seed seed = { g_ptr_array_new_with_free_func (g_object_unref) };

  store = herald_store_open (path, &error);
  g_assert_no_error (error);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr (HeraldAccount) account = herald_account_new (kinds[k], kinds[k]);

      herald_store_save_account (store, account, &error);
      g_assert_no_error (error);
      g_ptr_array_add (seed.accounts, g_steal_pointer (&account));
    }

  herald_store_transaction (store, seed_posts, &seed, &error);
  g_assert_no_error (error);
  g_ptr_array_unref (seed.accounts);

  return g_steal_pointer (&store);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Sets the date and waits for the frame that shows it. */
static double
switch_to (GtkWidget          *window,
           HeraldCalendarPage *page,
           int                 year,
           int                 month)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong handler;
  gint64 start;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, month, year);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  start = g_get_monotonic_time ();
  herald_calendar_page_set_date (page, &date);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static void
settle (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (GError) error = NULL;
  HeraldCalendarPage *page;
  GtkWidget *window;
  HeraldMonthView *month;
  double busy[N_SWITCHES], quiet[N_SWITCHES];
  double busy_ms, quiet_ms;
  guint chips;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  dir = g_dir_make_tmp ("herald-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.db", NULL);
  store = make_store (path);

  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  page = g_object_new (HERALD_TYPE_CALENDAR_PAGE, "store", store, NULL);
  herald_calendar_page_set_view_name (page, "month");
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  month = HERALD_MONTH_VIEW (herald_calendar_page_get_view (page, "month"));

  /* Warm up: fonts, styles, statements, the marketing days of the year. */
  for (int i = 0; i < 3; i++)
    {
      switch_to (window, page, BUSY_YEAR, BUSY_MONTH);
      switch_to (window, page, QUIET_YEAR, QUIET_MONTH);
    }
  settle ();

  for (int i = 0; i < N_SWITCHES; i++)
    {
      busy[i] = switch_to (window, page, BUSY_YEAR, BUSY_MONTH);
      settle ();
      quiet[i] = switch_to (window, page, QUIET_YEAR, QUIET_MONTH);
      settle ();
    }

  switch_to (window, page, BUSY_YEAR, BUSY_MONTH);
  settle ();
  chips = herald_month_view_get_n_chip_widgets (month);

  busy_ms = median (busy, N_SWITCHES);
  quiet_ms = median (quiet, N_SWITCHES);
  g_print ("month_switch_ms_3000: %.1f\n", busy_ms);
  g_print ("month_switch_ms_30: %.1f\n", quiet_ms);
  g_print ("month_switch_ratio_3000_vs_30: %.3f\n", busy_ms / quiet_ms);
  g_print ("month_chips_alive: %u\n", chips);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);

  return 0;
}
