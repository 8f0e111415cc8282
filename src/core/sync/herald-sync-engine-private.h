/* herald-sync-engine-private.h — what the sync engine's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-ical-mapping.h"
#include "herald-store.h"
#include "herald-sync-engine.h"

G_BEGIN_DECLS

struct _HeraldSyncEngine
{
  GObject             parent_instance;

  char               *database_path;
  HeraldCaldavClient *client;
  char               *collection;
  char               *collection_path;
  guint               alarm_minutes;

  GMutex              lock;
  gboolean            running;
  gboolean            has_result;
  HeraldSyncResult    last_result;
  gint64              last_finished_at;
  GError             *last_error;
  char              **last_changed; /* "kind:id" of what the last run wrote */
  GMainContext       *context;      /* where signals are emitted */
};


/* One sync, from the first request to the last. */
typedef struct {
  HeraldSyncEngine *self;
  HeraldStore      *store;
  GCancellable     *cancellable;
  HeraldSyncResult  result;
  GPtrArray        *deferred;      /* of Deferred: posts waiting for their campaign */
  gboolean          no_journals;   /* the calendar refused a topic note */
} Run;

/* A post whose campaign has not come yet. */
typedef struct {
  char *href;
  char *etag;
  char *ical;
} Deferred;

/* Merging the server's objects in (herald-sync-engine-merge.c) */
gboolean       herald_sync_run_apply_deferred      (Run     *run,
                                                    GError **error);
gboolean       herald_sync_run_apply_remote        (Run         *run,
                                                    const char  *href,
                                                    const char  *etag,
                                                    const char  *ical,
                                                    GError     **error);
gboolean       herald_sync_run_apply_remote_delete (Run         *run,
                                                    const char  *href,
                                                    GError     **error);
HeraldRecord  *herald_sync_get_record_or_null      (HeraldStore   *store,
                                                    HeraldIcalKind kind,
                                                    const char    *id,
                                                    GError       **error);
char          *herald_sync_engine_href_key         (HeraldSyncEngine *self,
                                                    const char       *href);
char          *herald_sync_run_local_kpis          (Run        *run,
                                                    const char *campaign_id);
char          *herald_sync_run_local_members       (Run        *run,
                                                    const char *campaign_id);
gboolean       herald_sync_same_path               (const char *a,
                                                    const char *b);

G_END_DECLS
