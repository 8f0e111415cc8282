/* herald-text-module.c — the text module's one entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-text-module.h"

HERALD_DEFINE_MODULE_GET (HeraldTextModule, herald_text_module_get, HERALD_TEXT_MODULE_VERSION,
                          HERALD_TEXT_MODULE_FUNCTIONS)
