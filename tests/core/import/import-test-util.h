/* import-test-util.h — exports built by the tests themselves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-store.h"

G_BEGIN_DECLS

/* A sheet as text: rows separated by "\n", cells by "|".  An empty line
 * is a row that is not there (the next row number skips it); an empty
 * cell is a gap.  Cells that look like numbers are numbers; "#d45000"
 * is a number in a date style, "#t45000.5" in a custom date-time format,
 * "#b1" a boolean, "#e#DIV/0!" an error, "#i…" an inline string. */
typedef struct {
  const char *name;
  const char *table;
} ImportTestSheet;

GBytes *import_test_xlsx       (const ImportTestSheet *sheets,
                                guint                  n_sheets,
                                gboolean               shared_strings,
                                gboolean               date1904);
GBytes *import_test_zip        (const char * const    *names,
                                const char * const    *contents,
                                guint                  n_parts);
GBytes *import_test_csv        (const char            *table,
                                const char            *delimiter,
                                const char            *encoding,
                                gboolean               bom);
char   *import_test_dump       (const char            *database);

G_END_DECLS
