/* herald-module-loader.c — Herald's own modules, opened on first use
 *
 * Code that needs a heavy library and is never part of a start lives in a
 * module: sync, import, feeds and text, each passed on by its
 * herald-<name>-loader.c.
 * Each module hands over a table of functions, which starts with the
 * version of that table.  A missing or mismatched module means a broken
 * installation, and ends the program with a message saying which file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald"

#include "config.h"

#include <gmodule.h>

#include "herald-module-loader.h"

/**
 * herald_module_load:
 * @file_name: the module's file, e.g. "herald-sync.so"
 * @symbol: the function that returns its table
 * @version: the version of the table this build expects
 *
 * Opens @file_name from the folder Herald was installed to, or from
 * `HERALD_MODULE_DIR` for a build run uninstalled, and keeps it open.
 * Call it once per module.
 *
 * Returns: (transfer none): the module's table of functions
 */
gconstpointer
herald_module_load (const char *file_name,
                    const char *symbol,
                    guint       version)
{
  const char *dir = g_getenv ("HERALD_MODULE_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : HERALD_MODULEDIR, file_name, NULL);
  g_autoptr (GError) error = NULL;
  gconstpointer (*get) (void) = NULL;
  const guint *table;
  GModule *handle;

  handle = g_module_open_full (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL, &error);
  if (handle == NULL)
    g_error ("Herald is not installed correctly: %s", error->message);
  if (!g_module_symbol (handle, symbol, (gpointer *) &get) || get == NULL)
    g_error ("Herald is not installed correctly: %s has no %s", path, symbol);

  /* Every table starts with its version. */
  table = get ();
  if (*table != version)
    g_error ("Herald is not installed correctly: %s is version %u, not %u", path, *table, version);

  g_module_make_resident (handle);

  return table;
}
