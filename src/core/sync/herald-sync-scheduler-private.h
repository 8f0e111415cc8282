/* herald-sync-scheduler-private.h — what the scheduler's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-sync-scheduler.h"

G_BEGIN_DECLS

struct _HeraldSyncScheduler
{
  GObject           parent_instance;

  char             *database_path;
  HeraldStore      *store;          /* watched for local changes, or NULL */

  guint             interval_minutes;
  guint             test_interval_ms;
  guint             first_retry_ms;
  guint             max_retry_ms;
  guint             debounce_ms;
  gboolean          test_timing;

  /* What the database remembers. */
  char             *collection;
  char             *user;

  /* Given by herald_sync_scheduler_set_up(), for this session. */
  char             *setup_server;
  char             *setup_user;
  char             *setup_password;
  gboolean          password_saved;
  gboolean          saving_password;
  GCancellable     *keyring_cancellable;

  gboolean          announcing;
  GCancellable     *cancellable;    /* while a run is on */
  HeraldSyncState   state_before;   /* the state a cancelled run goes back to */
  gboolean          again;
  gboolean          again_full;     /* the one after: with a pull */
  guint             timer_id;
  gint64            next_at;
  guint             debounce_id;
  guint             failures;       /* in a row, that a retry may cure */

  HeraldSyncState   state;
  gboolean          has_result;
  HeraldSyncResult  last_result;
  gint64            last_finished_at;
  char             *last_error;
  char             *keyring_error;
  guint             pending;
  char             *untrusted_origin;       /* the last run's refused certificate */
  char             *untrusted_fingerprint;
};

/* One run: what the thread is given, and what it found. */
typedef struct {
  GWeakRef          self;
  GCancellable     *cancellable;
  char             *database_path;
  char             *server;         /* a set-up's; NULL to use the database's */
  char             *user;
  char             *password;
  gboolean          save_password;
  gboolean          test_timing;
  gboolean          push_only;      /* an edit going out: no pull */

  gboolean          configured;
  gboolean          ok;
  HeraldSyncResult  result;
  GError           *error;
  guint             retry_after_ms;
  char             *collection;     /* as the database remembers it after the run */
  char             *remembered_user;
  guint             pending;
  char            **changed;        /* posts the run wrote */
  char             *origin;         /* the server it talked to */
  char             *untrusted;      /* the fingerprint of a certificate refused */
} Run;

void      herald_sync_scheduler_set_keyring_error (HeraldSyncScheduler *self,
                                                   const char          *text);

/* A run in a worker thread, its password into the keyring and its errors
 * (herald-sync-scheduler-run.c) */
Run      *herald_sync_run_new                     (void);
void      herald_sync_run_free                    (gpointer             data);
void      herald_sync_run_thread                  (GTask               *task,
                                                   gpointer             source_object,
                                                   gpointer             task_data,
                                                   GCancellable        *cancellable);
void      herald_sync_scheduler_save_password     (HeraldSyncScheduler *self,
                                                   Run                 *run);
gboolean  herald_sync_error_is_transient          (const GError        *error);

G_END_DECLS
