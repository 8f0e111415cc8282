/* herald-paths.h — where Herald keeps its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *herald_paths_get_data_dir         (void);
char *herald_paths_get_default_database (void);
char *herald_paths_resolve_database     (const char *cli_path);
char *herald_paths_get_backup_dir       (const char *database_path);

G_END_DECLS
