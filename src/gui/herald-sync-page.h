/* herald-sync-page.h — Preferences → Sync
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"
#include "herald-sync-scheduler.h"

G_BEGIN_DECLS

#define HERALD_TYPE_SYNC_PAGE (herald_sync_page_get_type ())

G_DECLARE_FINAL_TYPE (HeraldSyncPage, herald_sync_page, HERALD, SYNC_PAGE, AdwPreferencesPage)

void      herald_sync_page_set_store   (HeraldSyncPage *self,
                                        HeraldStore    *store);
gboolean  herald_sync_page_is_syncing  (HeraldSyncPage *self);
void      herald_sync_page_set_scheduler (HeraldSyncPage      *self,
                                          HeraldSyncScheduler *scheduler);
char     *herald_sync_page_describe_error (const GError *error);
char     *herald_sync_page_format_result  (const HeraldSyncResult *result,
                                          gint64                  finished_at);

G_END_DECLS
