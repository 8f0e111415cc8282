/* herald-sync-module.h — what the sync module gives the application
 *
 * CalDAV, iCalendar and the keyring need libical (and with it ICU) and
 * libsecret.  The application does not link them: they would slow every
 * start for a sync that runs after it, if at all.  It loads them, with the
 * code that uses them, as a module the first time a sync, a credential or
 * an .ics export is asked for (herald-sync-loader.c).  The module hands
 * over one table of the functions the rest of Herald calls; tests, the
 * benchmarks and the fuzz targets link the same code directly instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gmodule.h>

#include "herald-caldav-client.h"
#include "herald-ical-export.h"
#include "herald-module-table.h"
#include "herald-sync-credentials.h"
#include "herald-sync-engine.h"

G_BEGIN_DECLS

/* Raised whenever the table changes, so that a stale module is refused. */
#define HERALD_SYNC_MODULE_VERSION 1

#define HERALD_SYNC_MODULE_FUNCTIONS(F) \
  F (herald_caldav_client_new) \
  F (herald_caldav_client_discover) \
  F (herald_caldav_client_dup_offered_fingerprint) \
  F (herald_caldav_client_get_retry_after) \
  F (herald_caldav_client_set_retries) \
  F (herald_caldav_client_set_timeout) \
  F (herald_caldav_client_set_trusted_fingerprint) \
  F (herald_ical_export_posts) \
  F (herald_sync_credentials_free_password) \
  F (herald_sync_credentials_lookup) \
  F (herald_sync_credentials_origin) \
  F (herald_sync_credentials_store) \
  F (herald_sync_engine_new) \
  F (herald_sync_engine_sync) \
  F (herald_sync_engine_push) \
  F (herald_sync_engine_dup_changed)

typedef struct {
  guint version;
  HERALD_SYNC_MODULE_FUNCTIONS (HERALD_MODULE_FIELD)
} HeraldSyncModule;

#define HERALD_SYNC_MODULE_SYMBOL "herald_sync_module_get"

G_MODULE_EXPORT const HeraldSyncModule *herald_sync_module_get (void);

G_END_DECLS
