/* fuzz-xlsx.c — the .xlsx reader: zip, shared strings, styles, sheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-xlsx-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (HeraldXlsxReader) reader = NULL;
  g_autoptr (GError) error = NULL;
  const HeraldRow *row;
  guint last = 0;

  /* Small caps: what they guard must fail cleanly, not run out of memory. */
  reader = herald_xlsx_reader_new_full (bytes, "fuzz.xlsx", NULL, 10000, 1024 * 1024, &error);
  if (reader == NULL)
    {
      g_assert_nonnull (error);
      return 0;
    }

  while ((row = herald_row_source_next (HERALD_ROW_SOURCE (reader), &error)) != NULL)
    {
      /* Row numbers only go up; cells are UTF-8. */
      g_assert_cmpuint (row->number, >, last);
      last = row->number;
      for (guint i = 0; i < row->n_cells; i++)
        g_assert_nonnull (row->cells[i]);
    }

  return 0;
}
