/* herald-xlsx-reader.h — rows of one sheet of an .xlsx workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-row-source.h"

G_BEGIN_DECLS

/* Caps on the shared-strings table: what a workbook asks to hold in memory. */
#define HERALD_XLSX_MAX_SHARED_STRINGS 4000000
#define HERALD_XLSX_MAX_SHARED_BYTES   (256 * 1024 * 1024)

#define HERALD_TYPE_XLSX_READER (herald_xlsx_reader_get_type ())

G_DECLARE_FINAL_TYPE (HeraldXlsxReader, herald_xlsx_reader, HERALD, XLSX_READER, GObject)

HeraldXlsxReader *herald_xlsx_reader_new            (GBytes           *data,
                                                     const char       *name,
                                                     const char       *sheet,
                                                     GError          **error);
HeraldXlsxReader *herald_xlsx_reader_new_full       (GBytes           *data,
                                                     const char       *name,
                                                     const char       *sheet,
                                                     guint             max_strings,
                                                     gsize             max_string_bytes,
                                                     GError          **error);
/* The name of the sheet the rows come from, once the first row is read. */
const char       *herald_xlsx_reader_get_sheet_name (HeraldXlsxReader *self);
gboolean          herald_xlsx_is_zip                (GBytes           *data);
char             *herald_xlsx_format_serial         (double            serial,
                                                     gboolean          date1904);

G_END_DECLS
