/* herald-command-line.h — the headless commands of the herald executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit statuses of the headless commands. */
#define HERALD_EXIT_OK      0
#define HERALD_EXIT_FAILURE 1
#define HERALD_EXIT_USAGE   2

const GOptionEntry *herald_command_line_get_entries (void);
int                 herald_command_line_handle      (GVariantDict  *options,
                                                     char         **database_path);

G_END_DECLS
