/* herald-sync-credentials.h — the sync password, in the Secret Service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  herald_sync_credentials_store  (const char    *server,
                                          const char    *user,
                                          const char    *password,
                                          GCancellable  *cancellable,
                                          GError       **error);
char     *herald_sync_credentials_lookup (const char    *server,
                                          const char    *user,
                                          GCancellable  *cancellable,
                                          GError       **error);
gboolean  herald_sync_credentials_clear  (const char    *server,
                                          const char    *user,
                                          GCancellable  *cancellable,
                                          GError       **error);
void      herald_sync_credentials_free_password (char   *password);
char     *herald_sync_credentials_origin        (const char *url);

G_END_DECLS
