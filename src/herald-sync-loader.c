/* herald-sync-loader.c — the sync functions, from the module on first use
 *
 * The application links these in place of the sync code itself: each
 * loads the sync module the first time any is called (herald-module-loader.c)
 * and passes the call on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald"

#include "config.h"

#include "herald-module-loader.h"
#include "herald-sync-module.h"

G_DEFINE_QUARK (herald-caldav-error-quark, herald_caldav_error)

HERALD_DEFINE_MODULE_LOADER (HeraldSyncModule, "herald-sync.so", HERALD_SYNC_MODULE_SYMBOL,
                             HERALD_SYNC_MODULE_VERSION)

HeraldCaldavClient *
herald_caldav_client_new (const char *base_url,
                          const char *user,
                          const char *password)
{
  return module ()->herald_caldav_client_new (base_url, user, password);
}

char *
herald_caldav_client_discover (HeraldCaldavClient  *self,
                               GCancellable        *cancellable,
                               GError             **error)
{
  return module ()->herald_caldav_client_discover (self, cancellable, error);
}

char *
herald_caldav_client_dup_offered_fingerprint (HeraldCaldavClient *self)
{
  return module ()->herald_caldav_client_dup_offered_fingerprint (self);
}

guint
herald_caldav_client_get_retry_after (HeraldCaldavClient *self)
{
  return module ()->herald_caldav_client_get_retry_after (self);
}

void
herald_caldav_client_set_retries (HeraldCaldavClient *self,
                                  guint               attempts,
                                  guint               first_delay_ms,
                                  guint               max_delay_ms)
{
  module ()->herald_caldav_client_set_retries (self, attempts, first_delay_ms, max_delay_ms);
}

void
herald_caldav_client_set_timeout (HeraldCaldavClient *self,
                                  guint               seconds)
{
  module ()->herald_caldav_client_set_timeout (self, seconds);
}

void
herald_caldav_client_set_trusted_fingerprint (HeraldCaldavClient *self,
                                              const char         *fingerprint)
{
  module ()->herald_caldav_client_set_trusted_fingerprint (self, fingerprint);
}

char *
herald_ical_export_posts (HeraldStore  *store,
                          gint64        from,
                          gint64        to,
                          guint         alarm_minutes,
                          GError      **error)
{
  return module ()->herald_ical_export_posts (store, from, to, alarm_minutes, error);
}

void
herald_sync_credentials_free_password (char *password)
{
  module ()->herald_sync_credentials_free_password (password);
}

char *
herald_sync_credentials_lookup (const char    *server,
                                const char    *user,
                                GCancellable  *cancellable,
                                GError       **error)
{
  return module ()->herald_sync_credentials_lookup (server, user, cancellable, error);
}

char *
herald_sync_credentials_origin (const char *url)
{
  return module ()->herald_sync_credentials_origin (url);
}

gboolean
herald_sync_credentials_store (const char    *server,
                               const char    *user,
                               const char    *password,
                               GCancellable  *cancellable,
                               GError       **error)
{
  return module ()->herald_sync_credentials_store (server, user, password, cancellable, error);
}

HeraldSyncEngine *
herald_sync_engine_new (const char         *database_path,
                        HeraldCaldavClient *client,
                        const char         *collection)
{
  return module ()->herald_sync_engine_new (database_path, client, collection);
}

gboolean
herald_sync_engine_sync (HeraldSyncEngine  *self,
                         HeraldSyncResult  *result,
                         GCancellable      *cancellable,
                         GError           **error)
{
  return module ()->herald_sync_engine_sync (self, result, cancellable, error);
}

gboolean
herald_sync_engine_push (HeraldSyncEngine  *self,
                         HeraldSyncResult  *result,
                         GCancellable      *cancellable,
                         GError           **error)
{
  return module ()->herald_sync_engine_push (self, result, cancellable, error);
}

char **
herald_sync_engine_dup_changed (HeraldSyncEngine *self)
{
  return module ()->herald_sync_engine_dup_changed (self);
}
