/* herald-sync-page.h — Preferences → Sync
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_SYNC_PAGE (herald_sync_page_get_type ())

G_DECLARE_FINAL_TYPE (HeraldSyncPage, herald_sync_page, HERALD, SYNC_PAGE, AdwPreferencesPage)

void      herald_sync_page_set_store   (HeraldSyncPage *self,
                                        HeraldStore    *store);
gboolean  herald_sync_page_is_syncing  (HeraldSyncPage *self);
char     *herald_sync_page_describe_error (const GError *error);

G_END_DECLS
