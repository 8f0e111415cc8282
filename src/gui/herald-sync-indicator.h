/* herald-sync-indicator.h — how team sync goes, in the window's header
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-sync-scheduler.h"

G_BEGIN_DECLS

#define HERALD_TYPE_SYNC_INDICATOR (herald_sync_indicator_get_type ())

G_DECLARE_FINAL_TYPE (HeraldSyncIndicator, herald_sync_indicator, HERALD, SYNC_INDICATOR, GtkWidget)

void        herald_sync_indicator_set_scheduler (HeraldSyncIndicator *self,
                                                 HeraldSyncScheduler *scheduler);
const char *herald_sync_indicator_get_icon      (HeraldSyncIndicator *self);
char       *herald_sync_indicator_dup_summary   (HeraldSyncIndicator *self,
                                                 gint64               now);

G_END_DECLS
