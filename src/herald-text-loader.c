/* herald-text-loader.c — Chinese conversion, from the module on first use
 *
 * The application links this in place of OpenCC's conversion: it loads
 * the text module the first time a conversion runs
 * (herald-module-loader.c) and passes the call on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald"

#include "config.h"

#include "herald-module-loader.h"
#include "herald-text-module.h"

HERALD_DEFINE_MODULE_LOADER (HeraldTextModule, "herald-text.so", HERALD_TEXT_MODULE_SYMBOL,
                             HERALD_TEXT_MODULE_VERSION)

char *
herald_chinese_convert_with_config (const char  *text,
                                    gssize       length,
                                    const char  *config,
                                    GError     **error)
{
  return module ()->herald_chinese_convert_with_config (text, length, config, error);
}
