/* herald-import-loader.c — the import functions, from the module on first use
 *
 * The application links these in place of the .xlsx reader and the file
 * checksum: each loads the import module the first time any is called
 * (herald-module-loader.c) and passes the call on.  The checksum is worked
 * out on a thread of its own, so the module may be loaded from there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald"

#include "config.h"

#include "herald-import-module.h"
#include "herald-module-loader.h"

HERALD_DEFINE_MODULE_LOADER (HeraldImportModule, "herald-import.so", HERALD_IMPORT_MODULE_SYMBOL,
                             HERALD_IMPORT_MODULE_VERSION)

char *
herald_file_sha256 (GBytes *data)
{
  return module ()->herald_file_sha256 (data);
}

HeraldXlsxReader *
herald_xlsx_reader_new (GBytes      *data,
                        const char  *name,
                        const char  *sheet,
                        GError     **error)
{
  return module ()->herald_xlsx_reader_new (data, name, sheet, error);
}
