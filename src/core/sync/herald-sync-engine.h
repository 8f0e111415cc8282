/* herald-sync-engine.h — team sync of posts, campaigns and topic notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-caldav-client.h"

G_BEGIN_DECLS

typedef struct {
  guint pushed;       /* records written to or deleted on the server */
  guint pulled;       /* records read from the server into the database */
  guint deleted;      /* of those, moved to the bin because the server dropped them */
  guint conflicts;    /* conflict copies of posts made */
  guint skipped;      /* server objects that are not Herald records */
  guint kept_local;   /* campaign and topic fields changed on both sides: this database's kept */
  guint held;         /* topic notes the calendar does not take, left queued */
} HeraldSyncResult;

#define HERALD_TYPE_SYNC_ENGINE (herald_sync_engine_get_type ())

G_DECLARE_FINAL_TYPE (HeraldSyncEngine, herald_sync_engine, HERALD, SYNC_ENGINE, GObject)

HeraldSyncEngine *herald_sync_engine_new          (const char          *database_path,
                                                   HeraldCaldavClient  *client,
                                                   const char          *collection);
void              herald_sync_engine_set_alarm_minutes (HeraldSyncEngine *self,
                                                   guint                minutes);
gboolean          herald_sync_engine_sync         (HeraldSyncEngine    *self,
                                                   HeraldSyncResult    *result,
                                                   GCancellable        *cancellable,
                                                   GError             **error);
gboolean          herald_sync_engine_push         (HeraldSyncEngine    *self,
                                                   HeraldSyncResult    *result,
                                                   GCancellable        *cancellable,
                                                   GError             **error);
void              herald_sync_engine_sync_async   (HeraldSyncEngine    *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean          herald_sync_engine_sync_finish  (HeraldSyncEngine    *self,
                                                   GAsyncResult        *result,
                                                   HeraldSyncResult    *sync_result,
                                                   GError             **error);
gboolean          herald_sync_engine_get_last_result (HeraldSyncEngine *self,
                                                   HeraldSyncResult    *result,
                                                   gint64              *finished_at);
const GError     *herald_sync_engine_get_last_error (HeraldSyncEngine  *self);
char            **herald_sync_engine_dup_changed (HeraldSyncEngine *self);

G_END_DECLS
