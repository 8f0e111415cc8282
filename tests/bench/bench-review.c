/* bench-review.c — a week review beside a full scan of the samples
 *
 *   bench-review DATABASE
 *
 * Works out this week's review of each campaign of DATABASE (the bench's
 * 1,000,000-sample demo) and, in the same runs, one full scan of
 * metric_samples, interleaved; prints the medians and the ratio for the
 * campaign with the most samples.  The review must read only its
 * campaign's samples, never the whole table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "herald-week-review.h"

#define RUNS 7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), (GCompareFunc) compare_doubles);
  return values[RUNS / 2];
}

static double
full_scan (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gint64 start = g_get_monotonic_time ();
  double total = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*), total(value) FROM metric_samples", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  total = sqlite3_column_double (stmt, 1);
  sqlite3_finalize (stmt);
  g_assert_cmpfloat (total, >=, 0);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
review (HeraldStore         *store,
        const char          *campaign_id,
        const HeraldIsoWeek *week,
        GTimeZone           *zone)
{
  g_autoptr (HeraldWeekReview) result = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  result = herald_week_review_compute (store, campaign_id, week, zone, &error);
  g_assert_no_error (error);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static gint64
count_samples (sqlite3    *db,
               const char *campaign_id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  sqlite3_prepare_v2 (db, "SELECT count(*) FROM metric_samples s JOIN posts p ON p.id = s.post_id"
                          " WHERE p.campaign_id = ?1", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, campaign_id, -1, SQLITE_TRANSIENT);
  sqlite3_step (stmt);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (GListModel) campaigns = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr (GDate) today = g_date_new ();
  g_autofree char *biggest = NULL;
  double review_ms[RUNS], scan_ms[RUNS];
  gint64 most = -1, n_samples = 0;
  HeraldIsoWeek week;
  sqlite3 *db = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s DATABASE\n", argv[0]);
      return 2;
    }

  store = herald_store_open (argv[1], &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (argv[1], &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  campaigns = herald_store_list_campaigns (store, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr (HeraldRecord) campaign = g_list_model_get_item (campaigns, i);
      gint64 n = count_samples (db, herald_record_get_id (campaign));

      if (n > most)
        {
          most = n;
          g_set_str (&biggest, herald_record_get_id (campaign));
        }
    }
  g_assert_nonnull (biggest);

  g_date_set_time_t (today, time (NULL));
  herald_iso_week_of (today, &week);

  /* One of each to warm the page cache alike. */
  review (store, biggest, &week, zone);
  full_scan (db);
  for (guint r = 0; r < RUNS; r++)
    {
      review_ms[r] = review (store, biggest, &week, zone);
      scan_ms[r] = full_scan (db);
    }

  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (db, "SELECT count(*) FROM metric_samples", -1, &stmt, NULL);
    sqlite3_step (stmt);
    n_samples = sqlite3_column_int64 (stmt, 0);
    sqlite3_finalize (stmt);
  }

  g_print ("review_samples_read: %" G_GINT64_FORMAT "\n", most);
  g_print ("review_table_samples: %" G_GINT64_FORMAT "\n", n_samples);
  g_print ("review_ms_1m: %.1f\n", median (review_ms));
  g_print ("fullscan_ms_1m: %.1f\n", median (scan_ms));
  g_print ("review_vs_fullscan_1m: %.3f\n", median (review_ms) / median (scan_ms));

  sqlite3_close (db);
  return 0;
}
