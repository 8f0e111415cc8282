/* herald-application-private.h — what the parts of HeraldApplication share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-application.h"
#include "herald-reminders.h"

G_BEGIN_DECLS

struct _HeraldApplication
{
  AdwApplication   parent_instance;

  char            *database_path;
  HeraldStore     *store;
  GError          *store_error;
  GCancellable    *cancellable;
  guint            housekeeping_id;
  gboolean         demo;

  GSettings       *settings;
  HeraldReminders *reminders;
  gboolean         held_in_background;

  HeraldFeedFetcher *feed_fetcher;
  guint            topics_refresh_id;

  HeraldSyncScheduler *sync_scheduler;
};

void herald_application_reminders_startup   (HeraldApplication *self);
void herald_application_export_startup      (HeraldApplication *self);
void herald_application_reminders_set_store (HeraldApplication *self,
                                             HeraldStore       *store);
void herald_application_topics_startup      (HeraldApplication *self);
void herald_application_topics_set_store    (HeraldApplication *self,
                                             HeraldStore       *store);
void herald_application_sync_startup        (HeraldApplication *self);
void herald_application_sync_set_store      (HeraldApplication *self,
                                             HeraldStore       *store);
void herald_application_sync_after_start    (HeraldApplication *self);

G_END_DECLS
