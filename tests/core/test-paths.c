/* test-paths.c — where Herald keeps its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "herald-paths.h"

static void
test_paths_default (void)
{
  g_autofree char *expected = NULL;
  g_autofree char *path = NULL;

  g_unsetenv ("HERALD_DATABASE");
  expected = g_build_filename (g_get_user_data_dir (), "herald", "herald.db", NULL);
  path = herald_paths_resolve_database (NULL);
  g_assert_cmpstr (path, ==, expected);

  g_clear_pointer (&path, g_free);
  path = herald_paths_resolve_database ("");
  g_assert_cmpstr (path, ==, expected);
}

static void
test_paths_environment (void)
{
  g_autofree char *path = NULL;

  g_setenv ("HERALD_DATABASE", "/srv/team/plan.db", TRUE);
  path = herald_paths_resolve_database (NULL);
  g_assert_cmpstr (path, ==, "/srv/team/plan.db");

  /* The command line wins over the environment. */
  g_clear_pointer (&path, g_free);
  path = herald_paths_resolve_database ("/home/op/other.db");
  g_assert_cmpstr (path, ==, "/home/op/other.db");

  g_unsetenv ("HERALD_DATABASE");
}

static void
test_paths_relative (void)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *expected = g_build_filename (cwd, "data", "plan.db", NULL);
  g_autofree char *path = herald_paths_resolve_database ("data/./plan.db");

  g_assert_true (g_path_is_absolute (path));
  g_assert_cmpstr (path, ==, expected);
}

static void
test_paths_backups (void)
{
  g_autofree char *dir = herald_paths_get_backup_dir ("/home/op/.local/share/herald/herald.db");

  g_assert_cmpstr (dir, ==, "/home/op/.local/share/herald/herald.db.backups");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/paths/default", test_paths_default);
  g_test_add_func ("/paths/environment", test_paths_environment);
  g_test_add_func ("/paths/relative", test_paths_relative);
  g_test_add_func ("/paths/backups", test_paths_backups);

  return g_test_run ();
}
