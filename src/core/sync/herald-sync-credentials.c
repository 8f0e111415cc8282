/* herald-sync-credentials.c — the sync password, in the Secret Service
 *
 * The password lives only in the user's keyring (GNOME Keyring, KWallet…
 * through libsecret), keyed by server address and user name: never in the
 * database, GSettings, a log or a command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "herald-sync-credentials.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "io.github.heraldapp.Herald.Sync", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

/**
 * herald_sync_credentials_store:
 * @server: the server's address
 * @user: the user name
 * @password: the password
 *
 * Saves @password in the default keyring, replacing an older one.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_sync_credentials_store (const char    *server,
                               const char    *user,
                               const char    *password,
                               GCancellable  *cancellable,
                               GError       **error)
{
  /* Translators: how the sync password is named in the keyring; %s is a user name and %s a server address */
  g_autofree char *label = g_strdup_printf (_("Herald sync: %s on %s"), user, server);

  g_return_val_if_fail (server != NULL && user != NULL && password != NULL, FALSE);

  return secret_password_store_sync (get_schema (), SECRET_COLLECTION_DEFAULT, label, password,
                                     cancellable, error,
                                     "server", server, "user", user, NULL);
}

/**
 * herald_sync_credentials_lookup:
 *
 * Returns: (transfer full) (nullable): the password, or %NULL (with no
 *   error) when the keyring has none; free it with
 *   herald_sync_credentials_free_password()
 */
char *
herald_sync_credentials_lookup (const char    *server,
                                const char    *user,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_return_val_if_fail (server != NULL && user != NULL, NULL);

  return secret_password_lookup_sync (get_schema (), cancellable, error,
                                      "server", server, "user", user, NULL);
}

gboolean
herald_sync_credentials_clear (const char    *server,
                               const char    *user,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (server != NULL && user != NULL, FALSE);

  if (!secret_password_clear_sync (get_schema (), cancellable, &local_error,
                                   "server", server, "user", user, NULL) &&
      local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Wipes the password from memory before freeing it. */
void
herald_sync_credentials_free_password (char *password)
{
  secret_password_free (password);
}

/**
 * herald_sync_credentials_origin:
 * @url: a server or calendar address
 *
 * The keyring knows a password by the server's origin, so that a server
 * address and the calendar found on it share one.
 *
 * Returns: (transfer full): the scheme, host and port of @url, or @url
 *   itself when it has no host
 */
char *
herald_sync_credentials_origin (const char *url)
{
  g_autoptr (GUri) uri = NULL;

  g_return_val_if_fail (url != NULL, NULL);

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return g_strdup (url);

  return g_uri_join (G_URI_FLAGS_NONE, g_uri_get_scheme (uri), NULL, g_uri_get_host (uri),
                     g_uri_get_port (uri), "", NULL, NULL);
}
