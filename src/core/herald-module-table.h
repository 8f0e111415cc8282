/* herald-module-table.h — the table of functions a module hands over
 *
 * A module's header lists its functions once, as an X-macro
 * (HERALD_SYNC_MODULE_FUNCTIONS and the like).  From that list come the
 * table's fields, here, and the module's one entry point, which returns
 * the filled table.  Every table starts with its version, which the
 * application checks before it uses the rest (herald-module-loader.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gmodule.h>

#define HERALD_MODULE_FIELD(name) glib_typeof (name) *name;

#define HERALD_MODULE_ENTRY(name) .name = name,

/* Defines the entry point @get_func, which returns the table of @Table. */
#define HERALD_DEFINE_MODULE_GET(Table, get_func, table_version, FUNCTIONS) \
  const Table * \
  get_func (void) \
  { \
    static const Table table = { \
      .version = table_version, \
      FUNCTIONS (HERALD_MODULE_ENTRY) \
    }; \
    return &table; \
  }
