/* fuzz-column-mapping.c — an unknown export's first rows, mapped: the
 * header found, the guesses, the check and the profile made of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-column-mapping.h"
#include "herald-csv-reader.h"
#include "herald-importer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static GPtrArray *profiles;
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (HeraldCsvReader) reader = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (HeraldColumnMapping) mapping = NULL;
  g_autoptr (HeraldImportProfile) profile = NULL;
  g_autoptr (GError) error = NULL;
  const char * const *metrics = herald_import_known_metrics ();
  const HeraldRow *row;
  guint n_metrics = g_strv_length ((char **) metrics);

  if (profiles == NULL)
    profiles = herald_import_profile_list_builtin ();

  reader = herald_csv_reader_new (bytes, "fuzz.csv", &error);
  if (reader == NULL)
    return 0;

  while (rows->len < 40 && (row = herald_row_source_next (HERALD_ROW_SOURCE (reader), &error)) != NULL)
    {
      char **cells = g_new0 (char *, row->n_cells + 1);

      for (guint i = 0; i < row->n_cells; i++)
        cells[i] = g_strdup (row->cells[i]);
      g_ptr_array_add (rows, cells);
    }

  mapping = herald_column_mapping_new (rows, profiles);
  g_assert_true (rows->len == 0 || herald_column_mapping_get_header_row (mapping) < rows->len);

  for (guint i = 0; i < herald_column_mapping_get_n_columns (mapping); i++)
    {
      const char * const *samples = herald_column_mapping_get_samples (mapping, i);
      HeraldColumnRole role = herald_column_mapping_get_role (mapping, i);

      g_assert_nonnull (herald_column_mapping_get_header (mapping, i));
      g_assert_cmpuint (g_strv_length ((char **) samples), <=, HERALD_COLUMN_MAPPING_SAMPLES);
      g_assert_true ((role == HERALD_COLUMN_METRIC) == (herald_column_mapping_get_metric (mapping, i) != NULL));
    }

  /* The guesses, then choices the input picks. */
  profile = herald_column_mapping_build_profile (mapping, "fuzz", NULL, NULL);
  g_clear_object (&profile);
  for (guint i = 0; i < herald_column_mapping_get_n_columns (mapping) && i < size; i++)
    {
      guint choice = data[i] % (n_metrics + 4);

      if (choice < n_metrics)
        herald_column_mapping_set_column (mapping, i, HERALD_COLUMN_METRIC, metrics[choice]);
      else
        herald_column_mapping_set_column (mapping, i,
                                          (const HeraldColumnRole[]) { HERALD_COLUMN_IGNORED, HERALD_COLUMN_TITLE,
                                                                       HERALD_COLUMN_URL, HERALD_COLUMN_TIME }[choice - n_metrics],
                                          NULL);
    }

  profile = herald_column_mapping_build_profile (mapping, "fuzz", NULL, &error);
  g_assert_true ((profile != NULL) == herald_column_mapping_check (mapping, NULL));
  if (profile != NULL)
    {
      g_autoptr (JsonNode) json = herald_import_profile_to_json (profile);
      g_autoptr (HeraldImportProfile) copy = herald_import_profile_new_from_json (json, NULL);
      g_autoptr (GPtrArray) mine = g_ptr_array_new ();

      g_assert_nonnull (copy);
      g_ptr_array_add (mine, copy);
      herald_import_detect_profile (mine, rows, NULL);
    }

  return 0;
}
