/* herald-text-module.h — what the text module gives the application
 *
 * Simplified ⇄ Traditional conversion needs OpenCC, a C++ library with
 * its own dictionary library.  The application does not link them: a
 * conversion is never part of a start, and every library linked slows
 * every start.  It loads them, with the code that uses them, as a module
 * the first time a conversion runs (herald-text-loader.c).  Tests link the
 * same code directly instead, and test-chinese-convert runs once more
 * through the module.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gmodule.h>

#include "herald-chinese-convert.h"
#include "herald-module-table.h"

G_BEGIN_DECLS

/* Raised whenever the table changes, so that a stale module is refused. */
#define HERALD_TEXT_MODULE_VERSION 1

#define HERALD_TEXT_MODULE_FUNCTIONS(F) \
  F (herald_chinese_convert_with_config)

typedef struct {
  guint version;
  HERALD_TEXT_MODULE_FUNCTIONS (HERALD_MODULE_FIELD)
} HeraldTextModule;

#define HERALD_TEXT_MODULE_SYMBOL "herald_text_module_get"

G_MODULE_EXPORT const HeraldTextModule *herald_text_module_get (void);

G_END_DECLS
