/* herald-module-loader.h — Herald's own modules, opened on first use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gconstpointer herald_module_load (const char *file_name,
                                  const char *symbol,
                                  guint       version);

/* Defines module (), which loads the module the first time it is called,
 * from any thread, and returns its table of functions. */
#define HERALD_DEFINE_MODULE_LOADER(Table, file_name, symbol, table_version) \
  static const Table * \
  module (void) \
  { \
    static const Table *table; \
    if (g_once_init_enter_pointer (&table)) \
      g_once_init_leave_pointer (&table, herald_module_load (file_name, symbol, table_version)); \
    return table; \
  }

G_END_DECLS
