/* herald-cli-import.c — `herald --import FILE… [--profile NAME]
 * [--account NAME] [--campaign NAME] [--post ID]`
 *
 * Imports platform exports (.xlsx or CSV) into the database, each file in
 * a transaction of its own, and prints one line per file: how many rows
 * matched a post, made a new one, or were skipped.  A file that fails
 * changes nothing and gets one line on stderr; the others are still
 * imported, and the exit status is 1.
 *
 * The files are the arguments of --import (which may be repeated) and any
 * file names after the options.  An export of one post (公众号's
 * single-article detail) says nothing of which post: --post names it, and
 * its numbers are dated now.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-command-line"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-cli-import.h"
#include "herald-command-line.h"
#include "herald-importer.h"
#include "herald-paths.h"
#include "herald-store.h"

static const char * const import_only_options[] = { "profile", "account", "campaign", "post" };
static const char * const other_commands[] = {
  "list", "generate-demo", "demo", "export-ics", "report", "check", "add-feed", "refresh-topics", "sync",
};

static void G_GNUC_PRINTF (1, 2)
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_strdelimit (message, "\r\n", ' ');
  g_printerr ("herald: %s\n", message);
}

/**
 * herald_cli_import_requested:
 * @options: the options GApplication parsed
 *
 * Returns: whether the command line is about importing: --import, its
 *   own options, or file names
 */
gboolean
herald_cli_import_requested (GVariantDict *options)
{
  if (g_variant_dict_contains (options, "import"))
    return TRUE;

  /* --check reads a file named after it, --report has a --campaign. */
  if (g_variant_dict_contains (options, "check") || g_variant_dict_contains (options, "report") ||
      g_variant_dict_contains (options, "sync"))
    return FALSE;

  if (g_variant_dict_contains (options, G_OPTION_REMAINING))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (import_only_options); i++)
    if (g_variant_dict_contains (options, import_only_options[i]))
      return TRUE;

  return FALSE;
}

static HeraldAccount *
find_account (HeraldStore *store,
              const char  *name)
{
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GError) error = NULL;
  HeraldAccount *found = NULL;
  guint n, matches = 0;

  accounts = herald_store_list_accounts (store, &error);
  if (accounts == NULL)
    {
      print_error ("%s", error->message);
      return NULL;
    }

  n = g_list_model_get_n_items (accounts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);

      if (g_str_equal (herald_account_get_name (account), name) ||
          g_str_equal (herald_record_get_id (HERALD_RECORD (account)), name))
        {
          matches++;
          g_set_object (&found, account);
        }
    }

  if (matches == 1)
    return found;

  g_clear_object (&found);
  if (matches == 0)
    print_error (_("No account named “%s”"), name);
  else
    print_error (_("Several accounts are named “%s”"), name);
  return NULL;
}

static HeraldCampaign *
find_campaign (HeraldStore *store,
               const char  *name)
{
  g_autoptr (GListModel) campaigns = NULL;
  g_autoptr (GError) error = NULL;
  guint n;

  campaigns = herald_store_list_campaigns (store, TRUE, &error);
  if (campaigns == NULL)
    {
      print_error ("%s", error->message);
      return NULL;
    }

  n = g_list_model_get_n_items (campaigns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldCampaign) campaign = g_list_model_get_item (campaigns, i);

      if (g_str_equal (herald_campaign_get_name (campaign), name) ||
          g_str_equal (herald_record_get_id (HERALD_RECORD (campaign)), name))
        return g_steal_pointer (&campaign);
    }

  print_error (_("No campaign named “%s”"), name);
  return NULL;
}

static void
add_files (GPtrArray  *files,
           const char * const *names)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    g_ptr_array_add (files, g_strdup (names[i]));
}

/**
 * herald_cli_import_run:
 * @options: the options GApplication parsed
 *
 * Returns: the exit status: 0 all imported, 1 a file failed, 2 a wrong
 *   command line
 */
int
herald_cli_import_run (GVariantDict *options)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) profiles = NULL;
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (HeraldImporter) importer = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree const char **imports = NULL;
  g_autofree const char **remaining = NULL;
  const char *database = NULL, *profile_name = NULL, *account_name = NULL, *campaign_name = NULL;
  const char *post_id = NULL;
  int status = HERALD_EXIT_OK;

  g_variant_dict_lookup (options, "import", "^a&ay", &imports);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);
  g_variant_dict_lookup (options, "database", "^&ay", &database);
  g_variant_dict_lookup (options, "profile", "&s", &profile_name);
  g_variant_dict_lookup (options, "account", "&s", &account_name);
  g_variant_dict_lookup (options, "campaign", "&s", &campaign_name);
  g_variant_dict_lookup (options, "post", "&s", &post_id);

  for (guint i = 0; i < G_N_ELEMENTS (other_commands); i++)
    if (g_variant_dict_contains (options, other_commands[i]))
      {
        print_error (_("--import does not go with --%s"), other_commands[i]);
        return HERALD_EXIT_USAGE;
      }

  if (imports == NULL)
    {
      if (remaining != NULL)
        print_error (_("Herald opens no files: to import one, use --import FILE"));
      else
        for (guint i = 0; i < G_N_ELEMENTS (import_only_options); i++)
          if (g_variant_dict_contains (options, import_only_options[i]))
            {
              print_error (_("--%s only goes with --import"), import_only_options[i]);
              break;
            }
      return HERALD_EXIT_USAGE;
    }

  add_files (files, imports);
  add_files (files, remaining);
  for (guint i = 0; i < files->len; i++)
    if (*(const char *) files->pdata[i] == '\0')
      {
        print_error (_("--import needs the path of a file"));
        return HERALD_EXIT_USAGE;
      }

  folder = herald_import_profile_get_user_folder ();
  profiles = herald_import_profile_load_all (folder, &error);
  if (profiles == NULL)
    {
      print_error ("%s", error->message);
      return HERALD_EXIT_FAILURE;
    }

  path = herald_paths_resolve_database (database);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      print_error (_("No database at “%s”"), path);
      return HERALD_EXIT_FAILURE;
    }

  store = herald_store_open (path, &error);
  if (store == NULL)
    {
      print_error ("%s", error->message);
      return HERALD_EXIT_FAILURE;
    }

  importer = herald_importer_new (store);
  herald_importer_set_profiles (importer, profiles);

  if (profile_name != NULL)
    {
      HeraldImportProfile *profile = herald_import_profile_find (profiles, profile_name);

      for (guint i = 0; profile == NULL && i < profiles->len; i++)
        if (g_str_equal (herald_import_profile_get_title (profiles->pdata[i]), profile_name))
          profile = profiles->pdata[i];

      if (profile == NULL)
        {
          g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
          g_auto (GStrv) names = NULL;
          g_autofree char *list = NULL;

          for (guint i = 0; i < profiles->len; i++)
            g_strv_builder_add (builder, herald_import_profile_get_name (profiles->pdata[i]));
          names = g_strv_builder_end (builder);
          list = g_strjoinv (", ", names);
          print_error (_("Unknown profile “%s”: choose one of %s"), profile_name, list);
          return HERALD_EXIT_USAGE;
        }
      herald_importer_set_profile (importer, profile);
    }

  if (account_name != NULL)
    {
      account = find_account (store, account_name);
      if (account == NULL)
        return HERALD_EXIT_FAILURE;
      herald_importer_set_account_id (importer, herald_record_get_id (HERALD_RECORD (account)));
    }

  if (campaign_name != NULL)
    {
      campaign = find_campaign (store, campaign_name);
      if (campaign == NULL)
        return HERALD_EXIT_FAILURE;
      herald_importer_set_campaign_id (importer, herald_record_get_id (HERALD_RECORD (campaign)));
    }

  if (post_id != NULL)
    herald_importer_set_post_id (importer, post_id);

  for (guint i = 0; i < files->len; i++)
    {
      g_auto (HeraldImportSummary) summary = { 0, };
      g_autoptr (GError) import_error = NULL;
      const char *file = files->pdata[i];

      if (!herald_importer_import_file (importer, file, &summary, NULL, &import_error))
        {
          print_error ("%s", import_error->message);
          status = HERALD_EXIT_FAILURE;
          continue;
        }

      /* Translators: "file.xlsx: 12 matched, 3 created, 1 skipped, 80 samples (douyin)" */
      g_print (_("%s: %u matched, %u created, %u skipped, %u samples (%s)"),
               summary.file_name, summary.matched, summary.created, summary.skipped,
               summary.samples, summary.profile);
      g_print ("\n");
    }

  return status;
}
