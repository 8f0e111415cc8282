/* bench-import.c — how fast the metrics import reads and stores an export
 *
 * import_vs_sqlite3_1m: a generated CSV of 1,000,000 rows (a WeChat
 * 流量分析 export: day, channel and three numbers per row) imported by
 * Herald into a fresh database, against the sqlite3 command line's
 * `.import` of the same file into an equivalent table (one typed column
 * per CSV column) in a fresh database.  Herald does more per row (dates
 * and numbers parsed and checked, a sample per number, indexes kept), so
 * the ratio says what that costs.
 *
 * read_vs_sqlite3_1m: the same file only read (rows split, numbers parsed),
 * nothing stored: what of the import is the reading, what the storing.
 *
 * xlsx_vs_csv_100k: the same 100,000 rows as .xlsx (shared strings, as
 * the platforms write it) and as CSV, both imported by Herald.
 *
 * Runs alternate between the two sides; each figure is the median of
 * HERALD_BENCH_IMPORT_RUNS runs (default 3); HERALD_BENCH_IMPORT_SMALL_ONLY
 * leaves the million rows out.  Prints `name: value` lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "herald-csv-reader.h"
#include "herald-importer.h"
#include "import-test-util.h"

#define BIG_ROWS   1000000
#define SMALL_ROWS 100000

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* The table, "|"-separated as import_test_csv() takes it. */
static GString *
make_table (guint rows)
{
  static const char * const channels[] = { "全部", "公众号消息", "朋友圈", "搜一搜", "看一看" };
  GString *table = g_string_sized_new (rows * 48);
  GRand *rand = g_rand_new_with_seed (11);
  g_autoptr (GDateTime) start = g_date_time_new_utc (1990, 1, 1, 0, 0, 0);

  g_string_append (table, "日期|渠道|阅读次数|阅读人数|分享次数\n");
  for (guint i = 0; i < rows; i++)
    {
      g_autoptr (GDateTime) day = g_date_time_add_days (start, i / G_N_ELEMENTS (channels));

      g_string_append_printf (table, "%04d-%02d-%02d|%s|%u|%u|%u\n",
                              g_date_time_get_year (day), g_date_time_get_month (day),
                              g_date_time_get_day_of_month (day),
                              channels[i % G_N_ELEMENTS (channels)],
                              g_rand_int_range (rand, 0, 100000), g_rand_int_range (rand, 0, 50000),
                              g_rand_int_range (rand, 0, 5000));
    }
  g_rand_free (rand);

  return table;
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

/* Seconds Herald takes to import @file into a new database. */
static double
time_herald (const char *dir,
             const char *file,
             guint       expected_rows)
{
  g_autofree char *db = g_build_filename (dir, "herald.db", NULL);
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (HeraldImporter) importer = NULL;
  g_auto (HeraldImportSummary) summary = { 0, };
  g_autoptr (GError) error = NULL;
  gint64 start;
  double seconds;

  remove_database (db);
  store = herald_store_open (db, &error);
  g_assert_no_error (error);
  account = herald_account_new ("wechat-article", "公众号");
  herald_store_save_account (store, account, &error);
  g_assert_no_error (error);
  importer = herald_importer_new (store);

  start = g_get_monotonic_time ();
  herald_importer_import_file (importer, file, &summary, NULL, &error);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_assert_no_error (error);
  g_assert_cmpuint (summary.rows, ==, expected_rows);
  g_assert_cmpuint (summary.samples, ==, expected_rows * 3);

  g_clear_object (&importer);
  g_clear_object (&store);
  remove_database (db);
  return seconds;
}

/* Seconds reading @file takes: every row, every number parsed. */
static double
time_reading (const char *file)
{
  g_autoptr (GMappedFile) mapped = g_mapped_file_new (file, FALSE, NULL);
  g_autoptr (GBytes) bytes = g_mapped_file_get_bytes (mapped);
  g_autoptr (HeraldCsvReader) reader = NULL;
  g_autoptr (GError) error = NULL;
  const HeraldRow *row;
  gint64 start = g_get_monotonic_time ();
  double total = 0;
  guint rows = 0;

  reader = herald_csv_reader_new (bytes, "bench.csv", &error);
  g_assert_no_error (error);
  while ((row = herald_row_source_next (HERALD_ROW_SOURCE (reader), &error)) != NULL)
    {
      for (guint i = 2; i < row->n_cells; i++)
        {
          gboolean empty;
          double value;

          if (herald_import_parse_value (HERALD_VALUE_COUNT, row->cells[i], &empty, &value))
            total += value;
        }
      rows++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, BIG_ROWS + 1);
  g_assert_cmpfloat (total, >, 0);

  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/* Seconds the sqlite3 command line takes to .import @file. */
static double
time_sqlite3 (const char *sqlite3,
              const char *dir,
              const char *file)
{
  g_autofree char *db = g_build_filename (dir, "sqlite3.db", NULL);
  g_autofree char *import = g_strdup_printf (".import --csv --skip 1 '%s' t", file);
  const char *argv[] = {
    sqlite3, db,
    "CREATE TABLE t (day TEXT NOT NULL, channel TEXT NOT NULL, views INTEGER, readers INTEGER, shares INTEGER)",
    import, NULL
  };
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  int status;
  gint64 start;
  double seconds;

  remove_database (db);
  start = g_get_monotonic_time ();
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL) || (err != NULL && *err != '\0'))
    g_error ("sqlite3 failed: %s", err);
  remove_database (db);

  return seconds;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("herald-bench-import-XXXXXX", NULL);
  g_autofree char *big_csv = g_build_filename (dir, "流量分析-1m.csv", NULL);
  g_autofree char *small_csv = g_build_filename (dir, "流量分析-100k.csv", NULL);
  g_autofree char *small_xlsx = g_build_filename (dir, "流量分析-100k.xlsx", NULL);
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  const char *runs_text = g_getenv ("HERALD_BENCH_IMPORT_RUNS");
  guint runs = runs_text != NULL ? MAX (1, atoi (runs_text)) : 3;
  /* HERALD_BENCH_IMPORT_SMALL_ONLY: the .xlsx and CSV figures alone. */
  gboolean small_only = g_getenv ("HERALD_BENCH_IMPORT_SMALL_ONLY") != NULL;
  g_autofree double *herald_s = g_new0 (double, runs);
  g_autofree double *sqlite_s = g_new0 (double, runs);
  g_autofree double *read_s = g_new0 (double, runs);
  g_autofree double *xlsx_s = g_new0 (double, runs);
  g_autofree double *csv_s = g_new0 (double, runs);
  double herald_median, sqlite_median, xlsx_median, csv_median;

  /* The files, written once; the same bytes for every run. */
  if (!small_only)
    {
      g_autoptr (GString) table = make_table (BIG_ROWS);
      g_autoptr (GBytes) csv = import_test_csv (table->str, ",", "UTF-8", FALSE);

      g_assert_true (g_file_set_contents (big_csv, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), NULL));
    }
  {
    g_autoptr (GString) table = make_table (SMALL_ROWS);
    g_autoptr (GBytes) csv = import_test_csv (table->str, ",", "UTF-8", FALSE);
    ImportTestSheet sheet = { "流量分析", table->str };
    g_autoptr (GBytes) xlsx = import_test_xlsx (&sheet, 1, TRUE, FALSE);

    g_assert_true (g_file_set_contents (small_csv, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), NULL));
    g_assert_true (g_file_set_contents (small_xlsx, g_bytes_get_data (xlsx, NULL), g_bytes_get_size (xlsx), NULL));
  }

  for (guint i = 0; i < runs; i++)
    {
      if (!small_only)
        {
          herald_s[i] = time_herald (dir, big_csv, BIG_ROWS);
          read_s[i] = time_reading (big_csv);
          if (sqlite3 != NULL)
            sqlite_s[i] = time_sqlite3 (sqlite3, dir, big_csv);
        }
      xlsx_s[i] = time_herald (dir, small_xlsx, SMALL_ROWS);
      csv_s[i] = time_herald (dir, small_csv, SMALL_ROWS);
    }

  herald_median = median (herald_s, runs);
  xlsx_median = median (xlsx_s, runs);
  csv_median = median (csv_s, runs);

  if (!small_only)
    {
      g_print ("import_1m_csv_herald_s: %.3f\n", herald_median);
      g_print ("read_1m_csv_s: %.3f\n", median (read_s, runs));
      if (sqlite3 != NULL)
        {
          sqlite_median = median (sqlite_s, runs);
          g_print ("import_1m_csv_sqlite3_s: %.3f\n", sqlite_median);
          g_print ("import_vs_sqlite3_1m: %.2f\n", herald_median / sqlite_median);
          g_print ("read_vs_sqlite3_1m: %.2f\n", median (read_s, runs) / sqlite_median);
        }
      else
        g_print ("import_vs_sqlite3_1m: skipped (no sqlite3 command)\n");
    }
  g_print ("import_100k_xlsx_s: %.3f\n", xlsx_median);
  g_print ("import_100k_csv_s: %.3f\n", csv_median);
  g_print ("xlsx_vs_csv_100k: %.2f\n", xlsx_median / csv_median);

  g_remove (big_csv);
  g_remove (small_csv);
  g_remove (small_xlsx);
  g_rmdir (dir);
  return 0;
}
