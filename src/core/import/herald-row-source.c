/* herald-row-source.c — rows of cells read from a spreadsheet or CSV file
 *
 * The readers stream: a source holds one row at a time, so a file of a
 * million rows costs the memory of its longest row, not of the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include "herald-row-source.h"

G_DEFINE_QUARK (herald-import-error-quark, herald_import_error)

G_DEFINE_INTERFACE (HeraldRowSource, herald_row_source, G_TYPE_OBJECT)

static double
herald_row_source_real_get_fraction (HeraldRowSource *self)
{
  return 0.0;
}

static void
herald_row_source_default_init (HeraldRowSourceInterface *iface)
{
  iface->get_fraction = herald_row_source_real_get_fraction;
}

/**
 * herald_row_source_next:
 * @self: a #HeraldRowSource
 * @error: return location for a #GError
 *
 * Reads the next row.
 *
 * Returns: (transfer none) (nullable): the row, valid until the next call,
 *   or %NULL at the end (@error unset) or on failure (@error set)
 */
const HeraldRow *
herald_row_source_next (HeraldRowSource  *self,
                        GError          **error)
{
  g_return_val_if_fail (HERALD_IS_ROW_SOURCE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return HERALD_ROW_SOURCE_GET_IFACE (self)->next (self, error);
}

/**
 * herald_row_source_get_fraction:
 * @self: a #HeraldRowSource
 *
 * Returns: how much of the input has been read, 0.0 to 1.0, for progress
 */
double
herald_row_source_get_fraction (HeraldRowSource *self)
{
  g_return_val_if_fail (HERALD_IS_ROW_SOURCE (self), 0.0);

  return CLAMP (HERALD_ROW_SOURCE_GET_IFACE (self)->get_fraction (self), 0.0, 1.0);
}

/**
 * herald_column_name:
 * @column: 0-based column index
 *
 * Returns: (transfer full): the column as a spreadsheet names it: A … Z, AA …
 */
char *
herald_column_name (guint column)
{
  char name[8];
  guint i = G_N_ELEMENTS (name) - 1;
  guint64 n = (guint64) column + 1;

  name[i] = '\0';
  while (n > 0 && i > 0)
    {
      n--;
      name[--i] = 'A' + n % 26;
      n /= 26;
    }

  return g_strdup (name + i);
}
