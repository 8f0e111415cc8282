/* herald-paths.c — where Herald keeps its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-paths"

#include "config.h"

#include "herald-paths.h"

/**
 * herald_paths_get_data_dir:
 *
 * The folder holding the user's database and its backups: `herald` inside
 * the XDG data folder (inside a Flatpak, the application's own data folder).
 *
 * Returns: (transfer full): an absolute path
 */
char *
herald_paths_get_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "herald", NULL);
}

/**
 * herald_paths_get_default_database:
 *
 * Returns: (transfer full): the path of the user's database when nothing
 *   else is asked for
 */
char *
herald_paths_get_default_database (void)
{
  g_autofree char *dir = herald_paths_get_data_dir ();

  return g_build_filename (dir, "herald.db", NULL);
}

/**
 * herald_paths_resolve_database:
 * @cli_path: (nullable): the path given with `--database`, if any
 *
 * Chooses the database to open: the command line wins, then the
 * `HERALD_DATABASE` environment variable, then the default.  Relative paths
 * are made absolute against the current folder so that the result does not
 * depend on where the process later changes to.
 *
 * Returns: (transfer full): an absolute path
 */
char *
herald_paths_resolve_database (const char *cli_path)
{
  const char *chosen = cli_path;

  if (chosen == NULL || *chosen == '\0')
    chosen = g_getenv ("HERALD_DATABASE");

  if (chosen == NULL || *chosen == '\0')
    return herald_paths_get_default_database ();

  if (g_path_is_absolute (chosen))
    return g_strdup (chosen);

  return g_canonicalize_filename (chosen, NULL);
}

/**
 * herald_paths_get_backup_dir:
 * @database_path: the database the backups belong to
 *
 * Backups live beside the database, in a `backups` folder named after it,
 * so that two databases never share (and rotate away) each other's copies.
 *
 * Returns: (transfer full): an absolute path
 */
char *
herald_paths_get_backup_dir (const char *database_path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  dir = g_path_get_dirname (database_path);
  base = g_path_get_basename (database_path);
  name = g_strconcat (base, ".backups", NULL);

  return g_build_filename (dir, name, NULL);
}
