/* herald-sync-scheduler.c — when team sync runs, and how it went
 *
 * One scheduler per database, owned by whoever has the database open, so
 * that a sync the timer starts and one the user asks for never run side
 * by side: asking while a sync runs runs one more right after it.  Every
 * few minutes (0 = never) a sync runs in the background; after a failure
 * that a later try may cure (no network, a busy server) it tries again
 * sooner, doubling the wait each time up to a cap and never sooner than
 * the server's Retry-After, and goes back to the normal interval after a
 * success.  With a store to watch, a local change is pushed half a
 * minute later, on its own: the server is asked what changed at the next
 * full sync, which the edits do not put off.
 *
 * A run reads the calendar and user the database remembers, asks the
 * keyring for the password and syncs, all in a worker thread on its own
 * database connection.  herald_sync_scheduler_set_up() gives a server,
 * user and password instead (Preferences → Sync): they are used for this
 * session's runs, and once a sync with them worked the user is remembered
 * in the database and the password in the keyring — never in the
 * database or the settings.
 *
 * A run in its worker thread, and saving its password in the keyring,
 * are in herald-sync-scheduler-run.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-caldav-client.h"
#include "herald-store-sync.h"
#include "herald-sync-credentials.h"
#include "herald-sync-scheduler-private.h"

/* The first retry after a failure, and the longest wait between retries
 * (a Retry-After included). */
#define FIRST_RETRY_MS  (30 * 1000)
#define MAX_RETRY_MS    (30 * 60 * 1000)
/* How long after a local change it is pushed. */
#define DEBOUNCE_MS     (30 * 1000)


G_DEFINE_FINAL_TYPE (HeraldSyncScheduler, herald_sync_scheduler, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (HeraldSyncState, herald_sync_state,
                    G_DEFINE_ENUM_VALUE (HERALD_SYNC_STATE_NOT_CONFIGURED, "not-configured"),
                    G_DEFINE_ENUM_VALUE (HERALD_SYNC_STATE_IDLE, "idle"),
                    G_DEFINE_ENUM_VALUE (HERALD_SYNC_STATE_SYNCING, "syncing"),
                    G_DEFINE_ENUM_VALUE (HERALD_SYNC_STATE_FAILED, "failed"),
                    G_DEFINE_ENUM_VALUE (HERALD_SYNC_STATE_WAITING, "waiting"))

enum {
  PROP_0,
  PROP_STATE,
  PROP_LAST_FINISHED_AT,
  PROP_LAST_ERROR,
  PROP_PENDING,
  PROP_INTERVAL_MINUTES,
  PROP_KEYRING_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_run (HeraldSyncScheduler *self,
                       gboolean             push_only);

/* ---- the schedule ---------------------------------------------------- */

static void
set_state (HeraldSyncScheduler *self,
           HeraldSyncState      state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_pending (HeraldSyncScheduler *self,
             guint                pending)
{
  if (self->pending == pending)
    return;
  self->pending = pending;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static gboolean
configured (HeraldSyncScheduler *self)
{
  return self->setup_server != NULL || (self->collection != NULL && self->user != NULL);
}

static guint
normal_delay_ms (HeraldSyncScheduler *self)
{
  if (self->test_timing)
    return self->test_interval_ms;
  return self->interval_minutes * 60 * 1000;
}

static void
timer_cb (gpointer user_data)
{
  HeraldSyncScheduler *self = user_data;

  self->timer_id = 0;
  self->next_at = 0;
  if (configured (self))
    start_run (self, FALSE);
}

static void
schedule_in (HeraldSyncScheduler *self,
             guint                delay_ms)
{
  g_clear_handle_id (&self->timer_id, g_source_remove);
  self->next_at = 0;
  if (delay_ms == 0 || !configured (self))
    return;

  self->next_at = g_get_real_time () / G_USEC_PER_SEC + delay_ms / 1000;
  /* Minutes need no precision: let them wake with the rest of the
   * system. */
  if (delay_ms % 1000 == 0 && delay_ms >= 60 * 1000)
    self->timer_id = g_timeout_add_seconds_once (delay_ms / 1000, timer_cb, self);
  else
    self->timer_id = g_timeout_add_once (delay_ms, timer_cb, self);
}

/* After the @failures-th failure in a row: doubling from the first retry,
 * never beyond the cap or the normal interval, and never sooner than the
 * server asked. */
static guint
retry_delay_ms (HeraldSyncScheduler *self,
                guint                retry_after_ms)
{
  guint cap = MIN (self->max_retry_ms, normal_delay_ms (self));
  guint64 delay = self->first_retry_ms;

  for (guint i = 1; i < self->failures && delay < cap; i++)
    delay *= 2;
  delay = MIN (delay, cap);
  delay = MAX (delay, MIN (retry_after_ms, self->max_retry_ms));
  return (guint) MAX (delay, 1);
}

static void
apply_config (HeraldSyncScheduler *self,
              char                *collection,
              char                *user)
{
  g_free (self->collection);
  self->collection = collection;
  g_free (self->user);
  self->user = user;
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  Run *run = g_task_get_task_data (G_TASK (res));
  g_autoptr (HeraldSyncScheduler) self = g_weak_ref_get (&run->self);
  g_autofree char *words = NULL;
  HeraldSyncState state;

  /* Gone, or stopped (and perhaps started again) meanwhile. */
  if (self == NULL || self->cancellable != run->cancellable)
    return;
  g_clear_object (&self->cancellable);

  /* What shows them through the watched store reads them again. */
  if (self->store != NULL && run->changed != NULL && run->changed[0] != NULL)
    {
      g_autoptr (GError) error = NULL;

      self->announcing = TRUE;
      if (!herald_store_sync_announce (self->store, (const char * const *) run->changed, &error))
        g_warning ("Could not show what the sync changed: %s", error->message);
      self->announcing = FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  apply_config (self, g_steal_pointer (&run->collection), g_steal_pointer (&run->remembered_user));
  set_pending (self, run->pending);

  if (!run->configured)
    {
      self->failures = 0;
      schedule_in (self, 0);
      set_state (self, HERALD_SYNC_STATE_NOT_CONFIGURED);
    }
  else
    {
      self->has_result = TRUE;
      self->last_result = run->result;
      self->last_finished_at = g_get_real_time () / G_USEC_PER_SEC;
      if (run->ok)
        {
          if (run->save_password && !self->password_saved)
            herald_sync_scheduler_save_password (self, run);
          self->failures = 0;
          g_clear_pointer (&self->last_error, g_free);
          g_clear_pointer (&self->untrusted_origin, g_free);
          g_clear_pointer (&self->untrusted_fingerprint, g_free);
          state = HERALD_SYNC_STATE_IDLE;
          /* An edit pushed on its own leaves the next full sync when it
           * was due, however often the operator edits. */
          if (!run->push_only || self->timer_id == 0)
            schedule_in (self, normal_delay_ms (self));
        }
      else
        {
          words = herald_sync_scheduler_describe_error (run->error);
          g_set_str (&self->last_error, words);
          if (g_error_matches (run->error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_UNTRUSTED))
            {
              g_set_str (&self->untrusted_origin, run->origin);
              g_set_str (&self->untrusted_fingerprint, run->untrusted);
            }
          if (herald_sync_error_is_transient (run->error) && normal_delay_ms (self) > 0)
            {
              self->failures++;
              state = HERALD_SYNC_STATE_WAITING;
              schedule_in (self, retry_delay_ms (self, run->retry_after_ms));
            }
          else
            {
              self->failures = 0;
              state = HERALD_SYNC_STATE_FAILED;
              schedule_in (self, normal_delay_ms (self));
            }
        }
      set_state (self, state);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_FINISHED_AT]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ERROR]);
    }
  g_object_thaw_notify (G_OBJECT (self));

  if (run->configured)
    g_signal_emit (self, signals[FINISHED], 0, &self->last_result, self->last_error);

  if (self->again)
    {
      gboolean push_only = !self->again_full;

      self->again = FALSE;
      self->again_full = FALSE;
      start_run (self, push_only);
    }
}

/* A full run pulls what changed on the server, then pushes the outbox;
 * a @push_only run, for an edit, only pushes. */
static void
start_run (HeraldSyncScheduler *self,
           gboolean             push_only)
{
  g_autoptr (GTask) task = NULL;
  Run *run;

  if (self->cancellable != NULL)
    {
      self->again = TRUE;
      self->again_full |= !push_only;
      return;
    }

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (!push_only)
    {
      g_clear_handle_id (&self->timer_id, g_source_remove);
      self->next_at = 0;
    }
  self->cancellable = g_cancellable_new ();

  run = herald_sync_run_new ();
  g_weak_ref_init (&run->self, self);
  run->cancellable = g_object_ref (self->cancellable);
  run->database_path = g_strdup (self->database_path);
  run->server = g_strdup (self->setup_server);
  run->user = g_strdup (self->setup_user);
  run->password = g_strdup (self->setup_password);
  run->save_password = self->setup_password != NULL && *self->setup_password != '\0' && !self->password_saved;
  run->test_timing = self->test_timing;
  run->push_only = push_only;

  /* No source object: a run holds no reference, so that dropping the
   * scheduler cancels it. */
  task = g_task_new (NULL, self->cancellable, run_done_cb, NULL);
  g_task_set_source_tag (task, start_run);
  g_task_set_task_data (task, run, herald_sync_run_free);
  g_task_set_check_cancellable (task, FALSE);

  self->state_before = self->state;
  set_state (self, HERALD_SYNC_STATE_SYNCING);
  g_task_run_in_thread (task, herald_sync_run_thread);
}

static void
read_config (HeraldSyncScheduler *self,
             HeraldStore         *store)
{
  g_autoptr (GPtrArray) outbox = herald_store_sync_list_outbox (store, NULL);

  apply_config (self, herald_store_sync_get_collection (store, NULL), herald_store_sync_get_user (store, NULL));
  set_pending (self, outbox != NULL ? outbox->len : 0);
  if (self->cancellable == NULL)
    {
      if (!configured (self))
        set_state (self, HERALD_SYNC_STATE_NOT_CONFIGURED);
      else if (self->state == HERALD_SYNC_STATE_NOT_CONFIGURED)
        set_state (self, HERALD_SYNC_STATE_IDLE);
    }
}

static void
debounce_cb (gpointer user_data)
{
  HeraldSyncScheduler *self = user_data;

  self->debounce_id = 0;
  start_run (self, TRUE);
}

static void
store_changed_cb (HeraldSyncScheduler *self,
                  HeraldRecordKind     kind,
                  const char * const  *ids)
{
  g_autoptr (GPtrArray) outbox = NULL;

  /* Only posts sync, and what a sync wrote needs no sync. */
  if (kind != HERALD_RECORD_POST || self->announcing)
    return;

  outbox = herald_store_sync_list_outbox (self->store, NULL);
  set_pending (self, outbox != NULL ? outbox->len : 0);

  if (!configured (self) || normal_delay_ms (self) == 0 || self->pending == 0 ||
      self->state == HERALD_SYNC_STATE_WAITING || self->state == HERALD_SYNC_STATE_FAILED)
    return;

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add_once (self->debounce_ms, debounce_cb, self);
}

/* ---- the object ------------------------------------------------------ */

static void
herald_sync_scheduler_dispose (GObject *object)
{
  HeraldSyncScheduler *self = HERALD_SYNC_SCHEDULER (object);

  herald_sync_scheduler_stop (self);
  g_cancellable_cancel (self->keyring_cancellable);
  g_clear_object (&self->keyring_cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_sync_scheduler_parent_class)->dispose (object);
}

static void
herald_sync_scheduler_finalize (GObject *object)
{
  HeraldSyncScheduler *self = HERALD_SYNC_SCHEDULER (object);

  g_free (self->database_path);
  g_free (self->collection);
  g_free (self->user);
  g_free (self->setup_server);
  g_free (self->setup_user);
  herald_sync_credentials_free_password (self->setup_password);
  g_free (self->last_error);
  g_free (self->untrusted_origin);
  g_free (self->untrusted_fingerprint);
  g_free (self->keyring_error);

  G_OBJECT_CLASS (herald_sync_scheduler_parent_class)->finalize (object);
}

static void
herald_sync_scheduler_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HeraldSyncScheduler *self = HERALD_SYNC_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_LAST_FINISHED_AT:
      g_value_set_int64 (value, self->last_finished_at);
      break;

    case PROP_LAST_ERROR:
      g_value_set_string (value, self->last_error);
      break;

    case PROP_PENDING:
      g_value_set_uint (value, self->pending);
      break;

    case PROP_INTERVAL_MINUTES:
      g_value_set_uint (value, self->interval_minutes);
      break;

    case PROP_KEYRING_ERROR:
      g_value_set_string (value, self->keyring_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_sync_scheduler_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HeraldSyncScheduler *self = HERALD_SYNC_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_INTERVAL_MINUTES:
      herald_sync_scheduler_set_interval_minutes (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_sync_scheduler_class_init (HeraldSyncSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = herald_sync_scheduler_dispose;
  object_class->finalize = herald_sync_scheduler_finalize;
  object_class->get_property = herald_sync_scheduler_get_property;
  object_class->set_property = herald_sync_scheduler_set_property;

  /**
   * HeraldSyncScheduler:state:
   *
   * Whether sync is set up, running, or how the last run went.
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       HERALD_TYPE_SYNC_STATE, HERALD_SYNC_STATE_NOT_CONFIGURED,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldSyncScheduler:last-finished-at:
   *
   * When the last run ended, in Unix seconds; 0 before the first.
   */
  properties[PROP_LAST_FINISHED_AT] =
    g_param_spec_int64 ("last-finished-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldSyncScheduler:last-error:
   *
   * Why the last run failed, in words for the user; %NULL if it worked.
   */
  properties[PROP_LAST_ERROR] =
    g_param_spec_string ("last-error", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldSyncScheduler:pending:
   *
   * Local changes waiting to be pushed.
   */
  properties[PROP_PENDING] =
    g_param_spec_uint ("pending", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldSyncScheduler:interval-minutes:
   *
   * Minutes between background syncs; 0 for none.
   */
  properties[PROP_INTERVAL_MINUTES] =
    g_param_spec_uint ("interval-minutes", NULL, NULL,
                       0, 24 * 60, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldSyncScheduler:keyring-error:
   *
   * Why the password of a set-up that worked could not be kept in the
   * keyring, in words for the user; %NULL otherwise.
   */
  properties[PROP_KEYRING_ERROR] =
    g_param_spec_string ("keyring-error", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HeraldSyncScheduler::finished:
   * @result: (type gpointer): the #HeraldSyncResult of the run (what it
   *   did before it stopped, when it failed)
   * @error: (nullable): why it failed, in words for the user
   *
   * Emitted after each run of a sync that is set up.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_STRING);
}

static void
herald_sync_scheduler_init (HeraldSyncScheduler *self)
{
  self->first_retry_ms = FIRST_RETRY_MS;
  self->max_retry_ms = MAX_RETRY_MS;
  self->debounce_ms = DEBOUNCE_MS;
  self->state = HERALD_SYNC_STATE_NOT_CONFIGURED;
}

/**
 * herald_sync_scheduler_new:
 * @database_path: the database to sync
 *
 * Reads whether sync is set up for the database.  Nothing runs until
 * herald_sync_scheduler_sync_now() or an interval is set.
 *
 * Returns: (transfer full): a new scheduler
 */
HeraldSyncScheduler *
herald_sync_scheduler_new (const char *database_path)
{
  HeraldSyncScheduler *self;

  g_return_val_if_fail (database_path != NULL, NULL);

  self = g_object_new (HERALD_TYPE_SYNC_SCHEDULER, NULL);
  self->database_path = g_strdup (database_path);
  herald_sync_scheduler_reload (self);
  return self;
}

/**
 * herald_sync_scheduler_new_for_store:
 * @store: the database, open
 *
 * As herald_sync_scheduler_new() and herald_sync_scheduler_watch_store(),
 * reading the sync settings through @store rather than through a
 * connection of its own: what the window uses while it starts.
 *
 * Returns: (transfer full): a new scheduler
 */
HeraldSyncScheduler *
herald_sync_scheduler_new_for_store (HeraldStore *store)
{
  HeraldSyncScheduler *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_SYNC_SCHEDULER, NULL);
  self->database_path = g_strdup (herald_store_get_path (store));
  herald_sync_scheduler_watch_store (self, store);
  return self;
}

/**
 * herald_sync_scheduler_reload:
 * @self: a #HeraldSyncScheduler
 *
 * Reads again what the database remembers of sync, after something else
 * (the command line) changed it.
 */
void
herald_sync_scheduler_reload (HeraldSyncScheduler *self)
{
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (HERALD_IS_SYNC_SCHEDULER (self));

  if (self->store != NULL)
    {
      read_config (self, self->store);
      return;
    }

  store = herald_store_open (self->database_path, &error);
  if (store == NULL)
    g_warning ("Could not read the sync settings of %s: %s", self->database_path, error->message);
  else
    read_config (self, store);
}

/**
 * herald_sync_scheduler_watch_store:
 * @self: a #HeraldSyncScheduler
 * @store: the open store of the same database, used from the main thread
 *
 * Counts @store's pending changes as they are made and pushes them a
 * little later, when background sync is on.
 */
void
herald_sync_scheduler_watch_store (HeraldSyncScheduler *self,
                                   HeraldStore         *store)
{
  g_return_if_fail (HERALD_IS_SYNC_SCHEDULER (self));
  g_return_if_fail (HERALD_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  read_config (self, store);
}

/**
 * herald_sync_scheduler_set_interval_minutes:
 * @self: a #HeraldSyncScheduler
 * @minutes: minutes between background syncs; 0 for none
 *
 * The next background sync comes @minutes from now (or from when a
 * retry is due, after a failure).
 */
void
herald_sync_scheduler_set_interval_minutes (HeraldSyncScheduler *self,
                                            guint                minutes)
{
  g_return_if_fail (HERALD_IS_SYNC_SCHEDULER (self));

  if (self->interval_minutes == minutes && (self->timer_id != 0 || minutes == 0))
    return;

  self->interval_minutes = minutes;
  if (self->cancellable == NULL && (self->failures == 0 || normal_delay_ms (self) == 0))
    schedule_in (self, normal_delay_ms (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL_MINUTES]);
}

guint
herald_sync_scheduler_get_interval_minutes (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), 0);

  return self->interval_minutes;
}

/**
 * herald_sync_scheduler_sync_now:
 * @self: a #HeraldSyncScheduler
 *
 * Starts a sync, or, while one runs, one more right after it.
 */
void
herald_sync_scheduler_sync_now (HeraldSyncScheduler *self)
{
  g_return_if_fail (HERALD_IS_SYNC_SCHEDULER (self));

  start_run (self, FALSE);
}

/**
 * herald_sync_scheduler_set_up:
 * @self: a #HeraldSyncScheduler
 * @server: a CalDAV server or calendar, http or https
 * @user: the user name on it
 * @password: (nullable): the password; %NULL or "" for the keyring's
 *
 * Syncs with @server from now on, starting now: on the calendar the
 * database remembers when it is on @server, else on the one found there.
 * Once a sync worked, @user is remembered in the database and @password
 * in the keyring.
 */
void
herald_sync_scheduler_set_up (HeraldSyncScheduler *self,
                              const char          *server,
                              const char          *user,
                              const char          *password)
{
  g_return_if_fail (HERALD_IS_SYNC_SCHEDULER (self));
  g_return_if_fail (server != NULL);
  g_return_if_fail (user != NULL);

  g_set_str (&self->setup_server, server);
  g_set_str (&self->setup_user, user);
  herald_sync_credentials_free_password (g_steal_pointer (&self->setup_password));
  if (password != NULL && *password != '\0')
    self->setup_password = g_strdup (password);
  self->password_saved = FALSE;
  self->failures = 0;
  start_run (self, FALSE);
}

/**
 * herald_sync_scheduler_stop:
 * @self: a #HeraldSyncScheduler
 *
 * Cancels the running sync (what it did so far stays and the next one
 * completes it) and the timers, until the next
 * herald_sync_scheduler_sync_now() or interval.
 */
void
herald_sync_scheduler_stop (HeraldSyncScheduler *self)
{
  g_return_if_fail (HERALD_IS_SYNC_SCHEDULER (self));

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->next_at = 0;
  self->again = FALSE;
  self->again_full = FALSE;
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      set_state (self, self->state_before);
    }
}

HeraldSyncState
herald_sync_scheduler_get_state (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), HERALD_SYNC_STATE_NOT_CONFIGURED);

  return self->state;
}

gboolean
herald_sync_scheduler_is_configured (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), FALSE);

  return configured (self);
}

/**
 * herald_sync_scheduler_get_collection:
 *
 * Returns: (nullable): the calendar the database syncs with
 */
const char *
herald_sync_scheduler_get_collection (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), NULL);

  return self->collection;
}

/**
 * herald_sync_scheduler_get_user:
 *
 * Returns: (nullable): the user the database remembers
 */
const char *
herald_sync_scheduler_get_user (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), NULL);

  return self->user;
}

gint64
herald_sync_scheduler_get_last_finished_at (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), 0);

  return self->last_finished_at;
}

/**
 * herald_sync_scheduler_get_last_result:
 * @result: (out caller-allocates) (optional): what the last run did
 *
 * Returns: %TRUE if a run has ended in this session
 */
gboolean
herald_sync_scheduler_get_last_result (HeraldSyncScheduler *self,
                                       HeraldSyncResult    *result)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), FALSE);

  if (result != NULL)
    *result = self->last_result;
  return self->has_result;
}

/**
 * herald_sync_scheduler_get_last_error:
 *
 * Returns: (nullable): why the last run failed, in words for the user
 */
const char *
herald_sync_scheduler_get_last_error (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), NULL);

  return self->last_error;
}

/* Says why the password is not in the keyring, or NULL that it is. */
void
herald_sync_scheduler_set_keyring_error (HeraldSyncScheduler *self,
                                         const char          *text)
{
  if (g_strcmp0 (text, self->keyring_error) == 0)
    return;

  g_set_str (&self->keyring_error, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYRING_ERROR]);
}

/**
 * herald_sync_scheduler_get_keyring_error:
 *
 * Returns: (nullable): why the password of a set-up could not be kept in
 *   the keyring, although the sync worked
 */
const char *
herald_sync_scheduler_get_keyring_error (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), NULL);

  return self->keyring_error;
}

guint
herald_sync_scheduler_get_pending (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), 0);

  return self->pending;
}

/**
 * herald_sync_scheduler_get_next_at:
 *
 * Returns: when the next background sync or retry is due, in Unix
 *   seconds; 0 when none is
 */
gint64
herald_sync_scheduler_get_next_at (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), 0);

  return self->next_at;
}

void
herald_sync_scheduler_set_test_timing (HeraldSyncScheduler *self,
                                       guint                interval_ms,
                                       guint                first_retry_ms,
                                       guint                max_retry_ms,
                                       guint                debounce_ms)
{
  g_return_if_fail (HERALD_IS_SYNC_SCHEDULER (self));

  self->test_timing = TRUE;
  self->test_interval_ms = interval_ms;
  self->first_retry_ms = first_retry_ms;
  self->max_retry_ms = max_retry_ms;
  self->debounce_ms = debounce_ms;
  if (self->cancellable == NULL)
    schedule_in (self, normal_delay_ms (self));
}

/**
 * herald_sync_scheduler_get_untrusted_fingerprint:
 * @self: a #HeraldSyncScheduler
 *
 * Returns: (nullable): the SHA-256 fingerprint of the certificate the last
 *   run refused because no authority vouches for it, for the user to check
 *   and trust; %NULL otherwise
 */
const char *
herald_sync_scheduler_get_untrusted_fingerprint (HeraldSyncScheduler *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), NULL);

  return self->untrusted_fingerprint;
}

/**
 * herald_sync_scheduler_trust_certificate:
 * @self: a #HeraldSyncScheduler
 * @error: return location for a #GError
 *
 * Trusts, for its server, the certificate the last run refused (as
 * herald_sync_scheduler_get_untrusted_fingerprint() gives it), remembers
 * that in the database, and syncs again.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_sync_scheduler_trust_certificate (HeraldSyncScheduler  *self,
                                         GError              **error)
{
  g_autoptr (HeraldStore) opened = NULL;
  HeraldStore *store;

  g_return_val_if_fail (HERALD_IS_SYNC_SCHEDULER (self), FALSE);

  if (self->untrusted_fingerprint == NULL || self->untrusted_origin == NULL)
    {
      g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_FAILED,
                   _("No certificate is waiting to be trusted"));
      return FALSE;
    }

  store = self->store;
  if (store == NULL)
    {
      opened = herald_store_open (self->database_path, error);
      if (opened == NULL)
        return FALSE;
      store = opened;
    }
  if (!herald_store_sync_trust_certificate (store, self->untrusted_origin, self->untrusted_fingerprint, error))
    return FALSE;

  g_clear_pointer (&self->untrusted_origin, g_free);
  g_clear_pointer (&self->untrusted_fingerprint, g_free);
  herald_sync_scheduler_sync_now (self);
  return TRUE;
}
