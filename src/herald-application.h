/* herald-application.h — the application object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-feed-fetcher.h"
#include "herald-store.h"
#include "herald-sync-scheduler.h"

G_BEGIN_DECLS

#define HERALD_TYPE_APPLICATION (herald_application_get_type ())

G_DECLARE_FINAL_TYPE (HeraldApplication, herald_application, HERALD, APPLICATION, AdwApplication)

HeraldApplication *herald_application_new                (const char        *application_id,
                                                          GApplicationFlags  flags);
const char        *herald_application_get_database_path  (HeraldApplication *self);
void               herald_application_set_database_path  (HeraldApplication *self,
                                                          const char        *path);
HeraldStore       *herald_application_get_store          (HeraldApplication *self);
const GError      *herald_application_get_store_error    (HeraldApplication *self);
gboolean           herald_application_is_demo            (HeraldApplication *self);
HeraldFeedFetcher *herald_application_get_feed_fetcher   (HeraldApplication *self);
HeraldSyncScheduler *herald_application_get_sync_scheduler (HeraldApplication *self);

typedef enum {
  HERALD_EXPORT_RANGE_THIS_MONTH,
  HERALD_EXPORT_RANGE_NEXT_30_DAYS,
  HERALD_EXPORT_RANGE_NEXT_90_DAYS,
  HERALD_EXPORT_RANGE_EVERYTHING,
} HeraldExportRange;

gboolean           herald_application_export_calendar    (HeraldApplication  *self,
                                                          GFile              *file,
                                                          HeraldExportRange   range,
                                                          GDateTime          *now,
                                                          GError            **error);

G_END_DECLS
