/* herald-feeds-module.c — the feeds module's one entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "herald-feeds-module.h"

#define ENTRY(name) .name = name,

const HeraldFeedsModule *
herald_feeds_module_get (void)
{
  static const HeraldFeedsModule module = {
    .version = HERALD_FEEDS_MODULE_VERSION,
    HERALD_FEEDS_MODULE_FUNCTIONS (ENTRY)
  };

  return &module;
}
