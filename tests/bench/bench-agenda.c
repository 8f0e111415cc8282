/* bench-agenda.c — the agenda with ten thousand posts: rows kept, scroll frame time
 *
 * Fills a store with 10,000 posts over the agenda's four weeks, shows the
 * agenda in a 1100×720 window and scrolls it from top to bottom, a step
 * each frame, as a fast fling does.  Prints:
 *
 *   agenda_widgets_10k: N        the most rows alive at any time
 *   agenda_scroll_frame_ms: X    median time a frame took, from the scroll
 *                                step to the end of its paint
 *   agenda_scroll_frame_p95_ms: X
 *   agenda_blank_frames: N       frames drawn with a post in sight but no
 *                                row for it
 *
 * Run it under a display: build-aux/dev bench runs it through
 * tests/gui-env.sh.  HERALD_BENCH_FRAMES sets the number of scroll steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "herald-agenda-view-private.h"
#include "herald-view.h"
#include "herald-week-range.h"

#define N_POSTS 10000

typedef struct {
  GtkWidget     *view;
  GtkAdjustment *adjustment;
  GArray        *frame_us;       /* gint64, one per scroll step */
  gint64         step_started;
  double         step;
  guint          n_steps;
  guint          max_alive;
  guint          blank_frames;
  gboolean       done;
} Bench;

typedef struct {
  HeraldAccount *account;
  gint64         start;
} Fill;

static gboolean
fill_in_transaction (HeraldStore  *store,
                     gpointer      user_data,
                     GError      **error)
{
  Fill *fill = user_data;
  static const char * const titles[] = {
    "早安｜一周穿搭灵感", "双十一预热长图文", "直播预告短视频", "互动抽奖规则",
    "冬季护肤清单", "探店：胡同里的咖啡", "周末出游攻略", "Weekly product roundup",
  };

  for (guint i = 0; i < N_POSTS; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s #%u", titles[i % G_N_ELEMENTS (titles)], i);
      g_autoptr (HeraldPost) post = herald_post_new (herald_record_get_id (HERALD_RECORD (fill->account)), title);

      herald_post_set_scheduled_at (post, fill->start + (gint64) i * (28 * 24 * 3600) / N_POSTS);
      herald_post_set_status (post, i % HERALD_N_POST_STATUSES);
      if (!herald_store_save_post (store, post, error))
        return FALSE;
    }

  return TRUE;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Rows lent are those in sight: any slot mapped without one was drawn
 * empty. */
static gboolean
frame_has_blank_row (Bench *bench)
{
  GtkWidget *list = GTK_WIDGET (herald_agenda_view_get_list_view (HERALD_AGENDA_VIEW (bench->view)));

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *slot = gtk_widget_get_first_child (child);

      if (HERALD_IS_AGENDA_SLOT (slot) && gtk_widget_get_mapped (child) &&
          herald_agenda_slot_get_post (HERALD_AGENDA_SLOT (slot)) != NULL &&
          herald_agenda_slot_get_row (HERALD_AGENDA_SLOT (slot)) == NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Bench *bench = data;
  double value = gtk_adjustment_get_value (bench->adjustment);
  double end = gtk_adjustment_get_upper (bench->adjustment) - gtk_adjustment_get_page_size (bench->adjustment);

  if (bench->frame_us->len >= bench->n_steps || value >= end)
    {
      bench->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  bench->step_started = g_get_monotonic_time ();
  gtk_adjustment_set_value (bench->adjustment, MIN (end, value + bench->step));
  return G_SOURCE_CONTINUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 took;

  if (bench->step_started == 0)
    return;

  took = g_get_monotonic_time () - bench->step_started;
  bench->step_started = 0;
  g_array_append_val (bench->frame_us, took);

  bench->max_alive = MAX (bench->max_alive, herald_agenda_row_get_n_alive ());
  if (frame_has_blank_row (bench))
    bench->blank_frames++;
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (HeraldAccount) account = herald_account_new ("xiaohongshu", "山茶生活");
  g_autoptr (GListStore) accounts = g_list_store_new (HERALD_TYPE_ACCOUNT);
  g_autoptr (HeraldPostQuery) query = NULL;
  const char *frames = g_getenv ("HERALD_BENCH_FRAMES");
  Bench bench = { 0, };
  GtkWindow *window;
  GDate day, first, last;
  Fill fill;
  guint n;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();

  dir = g_dir_make_tmp ("herald-bench-agenda-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "herald.db", NULL);
  store = herald_store_open (path, &error);
  g_assert_no_error (error);

  herald_account_set_color (account, "#ff2442");
  herald_store_save_account (store, account, &error);
  g_assert_no_error (error);
  g_list_store_append (accounts, account);

  /* The agenda's four weeks from Monday 9 November 2026. */
  g_date_set_dmy (&day, 9, 11, 2026);
  bench.view = herald_agenda_view_new ();
  herald_view_get_range (HERALD_VIEW (bench.view), &day, &first, &last);
  g_date_add_days (&last, 1);

  fill.account = account;
  fill.start = herald_week_range_day_start (&first);
  herald_store_transaction (store, fill_in_transaction, &fill, &error);
  g_assert_no_error (error);

  query = herald_post_query_new (store);
  herald_post_query_set_range (query, herald_week_range_day_start (&first), herald_week_range_day_start (&last));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (query)), ==, N_POSTS);

  herald_view_set_accounts (HERALD_VIEW (bench.view), G_LIST_MODEL (accounts));
  herald_view_set_query (HERALD_VIEW (bench.view), query);
  herald_view_set_selected_day (HERALD_VIEW (bench.view), &day);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1100, 720);
  gtk_window_set_child (window, bench.view);
  gtk_window_present (window);
  spin (1000);

  bench.adjustment = herald_agenda_view_get_vadjustment (HERALD_AGENDA_VIEW (bench.view));
  bench.frame_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench.n_steps = frames != NULL ? (guint) atoi (frames) : 600;
  /* Top to bottom in n_steps frames: about a screen a frame. */
  bench.step = (gtk_adjustment_get_upper (bench.adjustment) - gtk_adjustment_get_page_size (bench.adjustment)) / bench.n_steps;
  bench.max_alive = herald_agenda_row_get_n_alive ();

  g_signal_connect (gtk_widget_get_frame_clock (bench.view), "after-paint", G_CALLBACK (after_paint_cb), &bench);
  gtk_widget_add_tick_callback (bench.view, tick_cb, &bench, NULL);
  while (!bench.done)
    g_main_context_iteration (NULL, TRUE);
  spin (200);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (bench.view), after_paint_cb, &bench);

  n = bench.frame_us->len;
  g_assert_cmpuint (n, >, 0);
  g_array_sort (bench.frame_us, compare_gint64);

  g_print ("agenda_widgets_10k: %u\n", bench.max_alive);
  g_print ("agenda_scroll_frame_ms: %.2f\n", g_array_index (bench.frame_us, gint64, n / 2) / 1000.0);
  g_print ("agenda_scroll_frame_p95_ms: %.2f\n", g_array_index (bench.frame_us, gint64, MIN (n - 1, n * 95 / 100)) / 1000.0);
  g_print ("agenda_blank_frames: %u\n", bench.blank_frames);

  gtk_window_destroy (window);
  spin (100);
  g_clear_object (&query);
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
  g_array_unref (bench.frame_us);

  return 0;
}
