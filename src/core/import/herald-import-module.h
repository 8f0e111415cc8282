/* herald-import-module.h — what the import module gives the application
 *
 * The .xlsx reader needs libarchive and the file checksum libgcrypt.  The
 * application does not link them: an import is never part of a start, and
 * every library linked slows every start.  It loads them, with the code
 * that uses them, as a module the first time an import asks for either
 * (herald-import-loader.c).  Tests, the benchmarks and the fuzz targets
 * link the same code directly instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gmodule.h>

#include "herald-file-hash.h"
#include "herald-module-table.h"
#include "herald-xlsx-reader.h"

G_BEGIN_DECLS

/* Raised whenever the table changes, so that a stale module is refused. */
#define HERALD_IMPORT_MODULE_VERSION 1

#define HERALD_IMPORT_MODULE_FUNCTIONS(F) \
  F (herald_file_sha256) \
  F (herald_xlsx_reader_new)

typedef struct {
  guint version;
  HERALD_IMPORT_MODULE_FUNCTIONS (HERALD_MODULE_FIELD)
} HeraldImportModule;

#define HERALD_IMPORT_MODULE_SYMBOL "herald_import_module_get"

G_MODULE_EXPORT const HeraldImportModule *herald_import_module_get (void);

G_END_DECLS
