/* herald-import-module.c — the import module's one entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "herald-import-module.h"

#define ENTRY(name) .name = name,

const HeraldImportModule *
herald_import_module_get (void)
{
  static const HeraldImportModule module = {
    .version = HERALD_IMPORT_MODULE_VERSION,
    HERALD_IMPORT_MODULE_FUNCTIONS (ENTRY)
  };

  return &module;
}
