/* herald-cli-driver.c — the command line without the window, for tests
 *
 * A plain GApplication (GIO only, no GTK) with the same options and the
 * same handling as the herald executable, so that tests/cli/test-cli.sh can
 * check the headless commands on their own and prove that they need no
 * display.  Where the real application would open its window, the driver
 * prints the database it would open and exits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "herald-command-line.h"

static const GOptionEntry version_entries[] = {
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL, "Show the version and exit", NULL },
  { NULL }
};

static int
handle_local_options_cb (GApplication *application,
                         GVariantDict *options,
                         gpointer      user_data)
{
  g_autofree char *database_path = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("herald %s\n", PACKAGE_VERSION);
      return 0;
    }

  status = herald_command_line_handle (options, &database_path);
  if (status >= 0)
    return status;

  g_print ("would open %s\n", database_path);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GApplication) app = NULL;

  setlocale (LC_ALL, "");
  g_set_prgname ("herald");

  app = g_application_new ("io.github.heraldapp.HeraldCliDriver", G_APPLICATION_NON_UNIQUE);
  g_application_add_main_option_entries (app, version_entries);
  g_application_add_main_option_entries (app, herald_command_line_get_entries ());
  g_signal_connect (app, "handle-local-options", G_CALLBACK (handle_local_options_cb), NULL);

  return g_application_run (app, argc, argv);
}
