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

G_END_DECLS
