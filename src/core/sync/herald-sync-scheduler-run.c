/* herald-sync-scheduler-run.c — one sync run in a worker thread
 *
 * A run opens its own connection to the database, finds the calendar and
 * the password (the set-up's, or the keyring's for the server's origin),
 * and runs the engine; what it found goes back to the scheduler in the
 * main context.  A password that worked is then saved in the keyring, in a
 * thread of its own too: the keyring may take its time or ask to be
 * unlocked.  Errors are put in words an operator can act on, and sorted
 * into those worth retrying and those someone has to fix.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-caldav-client.h"
#include "herald-store-sync.h"
#include "herald-sync-credentials.h"
#include "herald-sync-engine.h"
#include "herald-sync-scheduler-private.h"

/* ---- one run, in a worker thread ------------------------------------ */


/* Runs whose thread has not been collected yet, for tests. */
static gint live_runs;

Run *
herald_sync_run_new (void)
{
  g_atomic_int_inc (&live_runs);
  return g_new0 (Run, 1);
}

void
herald_sync_run_free (gpointer data)
{
  Run *run = data;

  g_weak_ref_clear (&run->self);
  g_clear_object (&run->cancellable);
  g_free (run->database_path);
  g_free (run->server);
  g_free (run->user);
  herald_sync_credentials_free_password (run->password);
  g_clear_error (&run->error);
  g_free (run->collection);
  g_free (run->remembered_user);
  g_strfreev (run->changed);
  g_free (run->origin);
  g_free (run->untrusted);
  g_free (run);
  g_atomic_int_dec_and_test (&live_runs);
}

static void
read_outcome (Run         *run,
              HeraldStore *store)
{
  g_autoptr (GPtrArray) outbox = herald_store_sync_list_outbox (store, NULL);

  run->pending = outbox != NULL ? outbox->len : 0;
  run->collection = herald_store_sync_get_collection (store, NULL);
  run->remembered_user = herald_store_sync_get_user (store, NULL);
}

static gboolean
sync_in_thread (Run          *run,
                HeraldStore  *store,
                GCancellable *cancellable,
                GError      **error)
{
  g_autofree char *collection = NULL;
  g_autofree char *user = NULL;
  g_autofree char *origin = NULL;
  g_autoptr (HeraldCaldavClient) client = NULL;
  g_autoptr (HeraldSyncEngine) engine = NULL;
  char *password = NULL;
  gboolean ok;

  collection = herald_store_sync_get_collection (store, NULL);
  if (run->server != NULL)
    {
      g_autofree char *collection_origin = collection != NULL ? herald_sync_credentials_origin (collection) : NULL;

      /* The calendar found before, when it is on the same server. */
      origin = herald_sync_credentials_origin (run->server);
      if (collection != NULL && !g_str_equal (collection_origin, origin))
        g_clear_pointer (&collection, g_free);
      user = g_strdup (run->user);
    }
  else
    {
      user = herald_store_sync_get_user (store, NULL);
      if (collection == NULL || user == NULL)
        return TRUE;
      origin = herald_sync_credentials_origin (collection);
    }
  run->configured = TRUE;

  /* None saved is not an error here: the server will say so. */
  if (run->password != NULL)
    password = g_strdup (run->password);
  else
    password = herald_sync_credentials_lookup (origin, user, cancellable, NULL);

  client = herald_caldav_client_new (collection != NULL ? collection : run->server, user, password);
  {
    g_autofree char *trusted = herald_store_sync_get_trusted_certificate (store, origin, NULL);

    herald_caldav_client_set_trusted_fingerprint (client, trusted);
    run->origin = g_strdup (origin);
  }
  if (run->test_timing)
    {
      herald_caldav_client_set_timeout (client, 2);
      herald_caldav_client_set_retries (client, 1, 0, 0);
    }
  herald_sync_credentials_free_password (password);

  if (collection == NULL)
    {
      collection = herald_caldav_client_discover (client, cancellable, error);
      if (collection == NULL)
        {
          run->retry_after_ms = herald_caldav_client_get_retry_after (client);
          run->untrusted = herald_caldav_client_dup_offered_fingerprint (client);
          return FALSE;
        }
    }

  engine = herald_sync_engine_new (run->database_path, client, collection);
  if (run->push_only)
    ok = herald_sync_engine_push (engine, &run->result, cancellable, error);
  else
    ok = herald_sync_engine_sync (engine, &run->result, cancellable, error);
  run->changed = herald_sync_engine_dup_changed (engine);
  if (!ok)
    {
      run->retry_after_ms = herald_caldav_client_get_retry_after (client);
      run->untrusted = herald_caldav_client_dup_offered_fingerprint (client);
      return FALSE;
    }

  /* It worked: remember who (and then, in the keyring, the password). */
  if (run->server != NULL && !herald_store_sync_set_user (store, user, error))
    return FALSE;

  return TRUE;
}

void
herald_sync_run_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  Run *run = task_data;
  g_autoptr (HeraldStore) store = NULL;

  store = herald_store_open (run->database_path, &run->error);
  if (store == NULL)
    {
      run->configured = TRUE;
      g_task_return_boolean (task, TRUE);
      return;
    }

  run->ok = sync_in_thread (run, store, cancellable, &run->error);
  read_outcome (run, store);
  g_task_return_boolean (task, TRUE);
}

/* ---- the password, into the keyring ----------------------------------- */

typedef struct {
  GWeakRef  self;
  char     *origin;
  char     *user;
  char     *password;
} Saving;

static void
saving_free (gpointer data)
{
  Saving *saving = data;

  g_weak_ref_clear (&saving->self);
  g_free (saving->origin);
  g_free (saving->user);
  herald_sync_credentials_free_password (saving->password);
  g_free (saving);
}

/* The keyring may take its time, or ask to be unlocked: not on the main
 * thread, and the sync does not wait for it. */
static void
save_password_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  Saving *saving = task_data;
  GError *error = NULL;

  if (herald_sync_credentials_store (saving->origin, saving->user, saving->password, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_password_cb (GObject      *source,
                  GAsyncResult *res,
                  gpointer      user_data)
{
  Saving *saving = g_task_get_task_data (G_TASK (res));
  g_autoptr (HeraldSyncScheduler) self = g_weak_ref_get (&saving->self);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  if (self == NULL)
    return;
  self->saving_password = FALSE;
  if (g_task_propagate_boolean (G_TASK (res), &error))
    self->password_saved = TRUE;
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    text = g_strdup_printf (_("The password could not be saved in the keyring: %s"), error->message);
  herald_sync_scheduler_set_keyring_error (self, text);
}

void
herald_sync_scheduler_save_password (HeraldSyncScheduler *self,
                                     Run                 *run)
{
  g_autoptr (GTask) task = NULL;
  Saving *saving;

  if (self->saving_password)
    return;
  self->saving_password = TRUE;
  saving = g_new0 (Saving, 1);
  g_weak_ref_init (&saving->self, self);
  saving->origin = herald_sync_credentials_origin (run->server);
  saving->user = g_strdup (run->user);
  saving->password = g_strdup (run->password);

  if (self->keyring_cancellable == NULL)
    self->keyring_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->keyring_cancellable, save_password_cb, NULL);
  g_task_set_source_tag (task, herald_sync_scheduler_save_password);
  g_task_set_task_data (task, saving, saving_free);
  g_task_run_in_thread (task, save_password_thread);
}

guint
herald_sync_scheduler_count_live_runs (void)
{
  return (guint) g_atomic_int_get (&live_runs);
}

/* ---- errors, in words ----------------------------------------------- */

/**
 * herald_sync_scheduler_describe_error:
 * @error: what went wrong in a sync
 *
 * Returns: (transfer full): @error in words an operator can act on
 */
char *
herald_sync_scheduler_describe_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == HERALD_CALDAV_ERROR)
    {
      switch ((HeraldCaldavError) error->code)
        {
        case HERALD_CALDAV_ERROR_UNAUTHORIZED:
          return g_strdup (_("Wrong user or password"));
        case HERALD_CALDAV_ERROR_FORBIDDEN:
          return g_strdup (_("This user may not use that calendar"));
        case HERALD_CALDAV_ERROR_NOT_FOUND:
          return g_strdup (_("No calendar at that address"));
        case HERALD_CALDAV_ERROR_TIMEOUT:
          return g_strdup (_("The server did not answer in time"));
        case HERALD_CALDAV_ERROR_NETWORK:
          return g_strdup_printf (_("Could not reach the server: %s"), error->message);
        case HERALD_CALDAV_ERROR_SERVER:
          return g_strdup (_("The server had a problem; try again later"));
        case HERALD_CALDAV_ERROR_NOT_SUPPORTED:
          return g_strdup (_("That server does not offer CalDAV calendars"));
        case HERALD_CALDAV_ERROR_UNTRUSTED:
          return g_strdup (_("No authority vouches for the server’s certificate: compare its fingerprint with "
                             "the one your server’s administrator gives you before you trust it"));
        default:
          break;
        }
    }
  else if (error->domain == G_TLS_ERROR)
    {
      return g_strdup_printf (_("The server’s secure connection cannot be trusted: %s"), error->message);
    }
  else if (error->domain == G_RESOLVER_ERROR ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE))
    {
      return g_strdup_printf (_("Could not reach the server: %s"), error->message);
    }

  return g_strdup (error->message);
}

/* Whether trying again later may work without anyone changing anything. */
gboolean
herald_sync_error_is_transient (const GError *error)
{
  if (error->domain == HERALD_CALDAV_ERROR)
    return error->code == HERALD_CALDAV_ERROR_TIMEOUT ||
           error->code == HERALD_CALDAV_ERROR_NETWORK ||
           error->code == HERALD_CALDAV_ERROR_SERVER ||
           error->code == HERALD_CALDAV_ERROR_BAD_RESPONSE;

  return error->domain == G_RESOLVER_ERROR ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY);
}
