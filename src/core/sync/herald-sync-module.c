/* herald-sync-module.c — the sync module's one entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-sync-module.h"

HERALD_DEFINE_MODULE_GET (HeraldSyncModule, herald_sync_module_get, HERALD_SYNC_MODULE_VERSION,
                          HERALD_SYNC_MODULE_FUNCTIONS)
