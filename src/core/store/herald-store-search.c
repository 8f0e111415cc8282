/* herald-store-search.c — searching without holding up the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include "herald-store-private.h"

typedef struct {
  char  *path;
  char  *text;
  guint  limit;
} SearchJob;

static void
search_job_free (gpointer data)
{
  SearchJob *job = data;

  g_free (job->path);
  g_free (job->text);
  g_free (job);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchJob *job = task_data;
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *results;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* A connection of its own: WAL lets it read while the window writes. */
  store = herald_store_open (job->path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  results = herald_store_search (store, job->text, job->limit, &error);
  if (results == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, results, g_object_unref);
  else
    g_object_unref (results);
}

/**
 * herald_store_search_async:
 * @self: a #HeraldStore
 * @text: what to look for, as for herald_store_search()
 * @limit: the most results of each kind
 * @cancellable: (nullable): a #GCancellable; a newer search cancels the
 *   one before
 * @callback: called with the results
 * @user_data: data for @callback
 *
 * Runs herald_store_search() in a thread, on a connection of its own.
 */
void
herald_store_search_async (HeraldStore         *self,
                           const char          *text,
                           guint                limit,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  SearchJob *job;

  g_return_if_fail (HERALD_IS_STORE (self));
  g_return_if_fail (text != NULL);

  job = g_new0 (SearchJob, 1);
  job->path = g_strdup (self->path);
  job->text = g_strdup (text);
  job->limit = limit;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, herald_store_search_async);
  g_task_set_task_data (task, job, search_job_free);
  g_task_run_in_thread (task, search_thread);
}

/**
 * herald_store_search_finish:
 * @self: a #HeraldStore
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): as herald_store_search(), or %NULL
 */
GListModel *
herald_store_search_finish (HeraldStore   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
