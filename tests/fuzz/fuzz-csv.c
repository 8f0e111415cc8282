/* fuzz-csv.c — the CSV reader, and the number and date parsing of its cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-csv-reader.h"
#include "herald-import-profile.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static GPtrArray *profiles;
  static GTimeZone *zone;
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (HeraldCsvReader) reader = NULL;
  g_autoptr (GError) error = NULL;
  const HeraldRow *row;
  guint last = 0;

  if (profiles == NULL)
    {
      profiles = herald_import_profile_list_builtin ();
      zone = g_time_zone_new_utc ();
    }

  reader = herald_csv_reader_new (bytes, "fuzz.csv", &error);
  if (reader == NULL)
    {
      g_assert_nonnull (error);
      return 0;
    }

  while ((row = herald_row_source_next (HERALD_ROW_SOURCE (reader), &error)) != NULL)
    {
      /* Rows count up; every cell is UTF-8. */
      g_assert_cmpuint (row->number, ==, last + 1);
      last = row->number;
      g_assert_cmpuint (row->n_cells, >, 0);

      for (guint i = 0; i < row->n_cells; i++)
        {
          gboolean empty;
          double value;
          gint64 time;

          g_assert_true (g_utf8_validate (row->cells[i], -1, NULL));
          herald_import_parse_value (i % 3, row->cells[i], &empty, &value);
          herald_import_profile_parse_time (profiles->pdata[i % profiles->len], row->cells[i], zone, &time);
        }

      for (guint p = 0; p < profiles->len; p++)
        herald_import_profile_score_row (profiles->pdata[p], row, NULL);
    }

  g_assert_cmpfloat (herald_row_source_get_fraction (HERALD_ROW_SOURCE (reader)), <=, 1.0);
  return 0;
}
