/* herald-import-module.c — the import module's one entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-import-module.h"

HERALD_DEFINE_MODULE_GET (HeraldImportModule, herald_import_module_get, HERALD_IMPORT_MODULE_VERSION,
                          HERALD_IMPORT_MODULE_FUNCTIONS)
