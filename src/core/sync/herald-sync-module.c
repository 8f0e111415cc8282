/* herald-sync-module.c — the sync module's one entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "herald-sync-module.h"

#define ENTRY(name) .name = name,

const HeraldSyncModule *
herald_sync_module_get (void)
{
  static const HeraldSyncModule module = {
    .version = HERALD_SYNC_MODULE_VERSION,
    HERALD_SYNC_MODULE_FUNCTIONS (ENTRY)
  };

  return &module;
}
