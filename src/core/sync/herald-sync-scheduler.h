/* herald-sync-scheduler.h — when team sync runs, and how it went
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-store.h"
#include "herald-sync-engine.h"

G_BEGIN_DECLS

typedef enum {
  HERALD_SYNC_STATE_NOT_CONFIGURED,  /* no calendar or user remembered */
  HERALD_SYNC_STATE_IDLE,            /* the last sync worked, or none ran yet */
  HERALD_SYNC_STATE_SYNCING,
  HERALD_SYNC_STATE_FAILED,          /* retrying would not help: see last-error */
  HERALD_SYNC_STATE_WAITING,         /* offline or the server is busy: retrying */
} HeraldSyncState;

GType herald_sync_state_get_type (void) G_GNUC_CONST;
#define HERALD_TYPE_SYNC_STATE (herald_sync_state_get_type ())

#define HERALD_TYPE_SYNC_SCHEDULER (herald_sync_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (HeraldSyncScheduler, herald_sync_scheduler, HERALD, SYNC_SCHEDULER, GObject)

HeraldSyncScheduler *herald_sync_scheduler_new          (const char          *database_path);
HeraldSyncScheduler *herald_sync_scheduler_new_for_store (HeraldStore       *store);
void                 herald_sync_scheduler_watch_store  (HeraldSyncScheduler *self,
                                                         HeraldStore         *store);
void                 herald_sync_scheduler_set_interval_minutes (HeraldSyncScheduler *self,
                                                         guint                minutes);
guint                herald_sync_scheduler_get_interval_minutes (HeraldSyncScheduler *self);
void                 herald_sync_scheduler_sync_now     (HeraldSyncScheduler *self);
void                 herald_sync_scheduler_set_up       (HeraldSyncScheduler *self,
                                                         const char          *server,
                                                         const char          *user,
                                                         const char          *password);
void                 herald_sync_scheduler_stop         (HeraldSyncScheduler *self);
void                 herald_sync_scheduler_reload       (HeraldSyncScheduler *self);

HeraldSyncState      herald_sync_scheduler_get_state    (HeraldSyncScheduler *self);
gboolean             herald_sync_scheduler_is_configured (HeraldSyncScheduler *self);
const char          *herald_sync_scheduler_get_collection (HeraldSyncScheduler *self);
const char          *herald_sync_scheduler_get_user     (HeraldSyncScheduler *self);
gint64               herald_sync_scheduler_get_last_finished_at (HeraldSyncScheduler *self);
gboolean             herald_sync_scheduler_get_last_result (HeraldSyncScheduler *self,
                                                         HeraldSyncResult    *result);
const char          *herald_sync_scheduler_get_last_error (HeraldSyncScheduler *self);
const char          *herald_sync_scheduler_get_keyring_error (HeraldSyncScheduler *self);
guint                herald_sync_scheduler_get_pending  (HeraldSyncScheduler *self);
gint64               herald_sync_scheduler_get_next_at  (HeraldSyncScheduler *self);

char                *herald_sync_scheduler_describe_error (const GError      *error);

/* For tests: milliseconds instead of minutes, and no retries inside a
 * run so that the scheduler's own back-off is what is seen. */
void                 herald_sync_scheduler_set_test_timing (HeraldSyncScheduler *self,
                                                         guint                interval_ms,
                                                         guint                first_retry_ms,
                                                         guint                max_retry_ms,
                                                         guint                debounce_ms);
guint                herald_sync_scheduler_count_live_runs (void);

const char          *herald_sync_scheduler_get_untrusted_fingerprint (HeraldSyncScheduler *self);
gboolean             herald_sync_scheduler_trust_certificate (HeraldSyncScheduler  *self,
                                                             GError              **error);

G_END_DECLS
