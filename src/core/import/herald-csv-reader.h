/* herald-csv-reader.h — rows of a CSV file as Excel and the platforms write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-row-source.h"

G_BEGIN_DECLS

#define HERALD_TYPE_CSV_READER (herald_csv_reader_get_type ())

G_DECLARE_FINAL_TYPE (HeraldCsvReader, herald_csv_reader, HERALD, CSV_READER, GObject)

HeraldCsvReader *herald_csv_reader_new           (GBytes          *data,
                                                  const char      *name,
                                                  GError         **error);
char             herald_csv_reader_get_delimiter (HeraldCsvReader *self);
/* "UTF-8" or "GB18030": what the bytes were read as. */
const char      *herald_csv_reader_get_encoding  (HeraldCsvReader *self);

G_END_DECLS
