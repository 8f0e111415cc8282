/* herald-feeds-module.c — the feeds module's one entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-feeds-module.h"

HERALD_DEFINE_MODULE_GET (HeraldFeedsModule, herald_feeds_module_get, HERALD_FEEDS_MODULE_VERSION,
                          HERALD_FEEDS_MODULE_FUNCTIONS)
