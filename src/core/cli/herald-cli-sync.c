/* herald-cli-sync.c — team sync on the command line
 *
 * `herald --sync [--server URL --user NAME --password-file FILE]` syncs
 * the database's posts with a CalDAV calendar and prints what moved.  The
 * first time, --server (a server or a calendar address) and --user set it
 * up; later runs use what the database remembers.  The password comes
 * from the keyring, or from FILE (standard input when FILE is "-"), and is
 * then kept in the keyring; it is never an argument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-cli-sync"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gunixinputstream.h>

#include "herald-caldav-client.h"
#include "herald-cli-sync.h"
#include "herald-command-line.h"
#include "herald-paths.h"
#include "herald-store-sync.h"
#include "herald-sync-credentials.h"
#include "herald-sync-engine.h"

/* A password file larger than this is not a password file. */
#define MAX_PASSWORD 4096

static const char * const sync_only_options[] = { "server", "user", "password-file", "trust-certificate" };

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

static char *
read_password (const char  *file,
               GError     **error)
{
  g_autoptr (GInputStream) stream = NULL;
  g_autofree char *buffer = g_malloc0 (MAX_PASSWORD + 1);
  gsize length = 0;
  char *password;

  if (g_str_equal (file, "-"))
    {
      stream = g_unix_input_stream_new (0, FALSE);
    }
  else
    {
      g_autoptr (GFile) gfile = g_file_new_for_commandline_arg (file);

      stream = G_INPUT_STREAM (g_file_read (gfile, NULL, error));
      if (stream == NULL)
        return NULL;
    }

  if (!g_input_stream_read_all (stream, buffer, MAX_PASSWORD + 1, &length, NULL, error))
    return NULL;
  if (length > MAX_PASSWORD)
    {
      memset (buffer, 0, MAX_PASSWORD + 1);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The password file is too large"));
      return NULL;
    }

  /* The first line is the password. */
  buffer[strcspn (buffer, "\r\n")] = '\0';
  password = g_strdup (buffer);
  memset (buffer, 0, MAX_PASSWORD + 1);
  return password;
}

/* After a certificate no authority vouches for: how to go on. */
static void
print_untrusted_hint (const GError *error)
{
  if (g_error_matches (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_UNTRUSTED))
    print_error (_("If your server's administrator confirms that fingerprint, run again with --trust-certificate FINGERPRINT"));
}

static int
run_sync (GVariantDict  *options,
          char         **password_out)
{
  const char *database = NULL;
  const char *server = NULL;
  const char *user_option = NULL;
  const char *password_file = NULL;
  const char *trust = NULL;
  g_autofree char *trusted = NULL;
  g_autofree char *path = NULL;
  g_autofree char *collection = NULL;
  g_autofree char *user = NULL;
  g_autofree char *origin = NULL;
  const char *password = NULL;
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (HeraldCaldavClient) client = NULL;
  g_autoptr (HeraldSyncEngine) engine = NULL;
  g_autoptr (GError) error = NULL;
  HeraldSyncResult result;

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  g_variant_dict_lookup (options, "server", "&s", &server);
  g_variant_dict_lookup (options, "user", "&s", &user_option);
  g_variant_dict_lookup (options, "password-file", "^&ay", &password_file);
  g_variant_dict_lookup (options, "trust-certificate", "&s", &trust);

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

  if (server == NULL)
    {
      collection = herald_store_sync_get_collection (store, &error);
      if (collection == NULL)
        {
          if (error != NULL)
            print_error ("%s", error->message);
          else
            print_error (_("Sync is not set up for this database: give --server and --user"));
          return error != NULL ? HERALD_EXIT_FAILURE : HERALD_EXIT_USAGE;
        }
      user = user_option != NULL ? g_strdup (user_option) : herald_store_sync_get_user (store, NULL);
    }
  else
    {
      g_autoptr (GUri) uri = g_uri_parse (server, G_URI_FLAGS_ENCODED, NULL);

      if (uri == NULL || (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 &&
                          g_strcmp0 (g_uri_get_scheme (uri), "https") != 0))
        {
          print_error (_("--server needs an http or https address, not “%s”"), server);
          return HERALD_EXIT_USAGE;
        }
      user = g_strdup (user_option);
    }

  origin = herald_sync_credentials_origin (server != NULL ? server : collection);

  if (password_file != NULL)
    {
      if (user == NULL)
        {
          print_error (_("--password-file goes with --user"));
          return HERALD_EXIT_USAGE;
        }
      password = *password_out = read_password (password_file, &error);
      if (password == NULL)
        {
          print_error (_("Could not read the password: %s"), error->message);
          return HERALD_EXIT_FAILURE;
        }
    }
  else if (user != NULL)
    {
      g_autofree char *found = herald_sync_credentials_lookup (origin, user, NULL, &error);

      if (found != NULL)
        password = *password_out = g_strdup (found);
      if (found != NULL)
        memset (found, 0, strlen (found));
      if (password == NULL)
        {
          print_error (_("No password for %s on %s in the keyring (%s): give it with --password-file FILE, or - for standard input"),
                       user, origin, error != NULL ? error->message : _("none saved"));
          return HERALD_EXIT_FAILURE;
        }
    }

  /* A certificate of the server's own: the one trusted before, or now. */
  if (trust != NULL && !herald_store_sync_trust_certificate (store, origin, trust, &error))
    {
      print_error ("%s", error->message);
      return HERALD_EXIT_FAILURE;
    }
  trusted = herald_store_sync_get_trusted_certificate (store, origin, NULL);

  client = herald_caldav_client_new (server != NULL ? server : collection, user, password);
  herald_caldav_client_set_trusted_fingerprint (client, trusted);
  if (collection == NULL)
    {
      collection = herald_caldav_client_discover (client, NULL, &error);
      if (collection == NULL)
        {
          print_error ("%s", error->message);
          print_untrusted_hint (error);
          return HERALD_EXIT_FAILURE;
        }
    }

  engine = herald_sync_engine_new (path, client, collection);
  if (!herald_sync_engine_sync (engine, &result, NULL, &error))
    {
      print_error (_("Sync failed: %s"), error->message);
      print_untrusted_hint (error);
      return HERALD_EXIT_FAILURE;
    }

  /* It worked: remember who and, in the keyring, the password. */
  if (user != NULL && !herald_store_sync_set_user (store, user, &error))
    {
      print_error ("%s", error->message);
      g_clear_error (&error);
    }
  if (user != NULL && password_file != NULL &&
      !herald_sync_credentials_store (origin, user, password, NULL, &error))
    {
      print_error (_("The password could not be saved in the keyring: %s"), error->message);
      g_clear_error (&error);
    }

  g_print (_("Pushed: %u, pulled: %u, conflicts: %u\n"), result.pushed, result.pulled, result.conflicts);
  if (result.skipped > 0)
    g_print (ngettext ("%u event on the calendar is not a Herald post and was left alone\n",
                       "%u events on the calendar are not Herald posts and were left alone\n",
                       result.skipped), result.skipped);
  if (result.kept_local > 0)
    g_print (ngettext ("%u campaign or topic note field was changed both here and on the server; this database's value was kept\n",
                       "%u campaign or topic note fields were changed both here and on the server; this database's values were kept\n",
                       result.kept_local), result.kept_local);
  if (result.held > 0)
    g_print (ngettext ("%u topic note waits: the calendar does not take notes\n",
                       "%u topic notes wait: the calendar does not take notes\n",
                       result.held), result.held);
  return HERALD_EXIT_OK;
}

/**
 * herald_cli_sync_wanted:
 *
 * Returns: whether the command line asks for sync (or gives one of its
 *   options)
 */
gboolean
herald_cli_sync_wanted (GVariantDict *options)
{
  g_return_val_if_fail (options != NULL, FALSE);

  if (g_variant_dict_contains (options, "sync"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (sync_only_options); i++)
    if (g_variant_dict_contains (options, sync_only_options[i]))
      return TRUE;

  return FALSE;
}

/**
 * herald_cli_sync_handle:
 *
 * Returns: the exit status
 */
int
herald_cli_sync_handle (GVariantDict *options)
{
  g_return_val_if_fail (options != NULL, HERALD_EXIT_USAGE);

  if (!g_variant_dict_contains (options, "sync"))
    {
      for (guint i = 0; i < G_N_ELEMENTS (sync_only_options); i++)
        if (g_variant_dict_contains (options, sync_only_options[i]))
          {
            print_error (_("--%s only goes with --sync"), sync_only_options[i]);
            return HERALD_EXIT_USAGE;
          }
    }

  {
    char *password = NULL;
    int status = run_sync (options, &password);

    herald_sync_credentials_free_password (password);
    return status;
  }
}
