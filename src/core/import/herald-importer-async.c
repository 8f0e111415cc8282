/* herald-importer-async.c — an import in a thread, with its progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include "herald-importer-private.h"

/* Async: the import runs in a thread, on a connection of its own. */

typedef struct {
  char           *path;
  char           *database;
  GMainContext   *context;
  HeraldImporter *caller;
} AsyncImport;

static void
async_import_free (AsyncImport *job)
{
  g_free (job->path);
  g_free (job->database);
  g_main_context_unref (job->context);
  g_object_unref (job->caller);
  g_free (job);
}

typedef struct {
  HeraldImporter *importer;
  double          fraction;
} ProgressReport;

static gboolean
deliver_progress (gpointer user_data)
{
  ProgressReport *report = user_data;

  if (report->importer->progress != NULL)
    report->importer->progress (report->fraction, report->importer->progress_data);

  return G_SOURCE_REMOVE;
}

static void
progress_report_free (ProgressReport *report)
{
  g_object_unref (report->importer);
  g_free (report);
}

static void
forward_progress (double   fraction,
                  gpointer user_data)
{
  AsyncImport *job = user_data;
  ProgressReport *report = g_new0 (ProgressReport, 1);

  report->importer = g_object_ref (job->caller);
  report->fraction = fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, deliver_progress, report,
                              (GDestroyNotify) progress_report_free);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  HeraldImporter *self = source_object;
  AsyncImport *job = task_data;
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (HeraldImporter) worker = NULL;
  g_autoptr (GError) error = NULL;
  HeraldImportSummary *summary = g_new0 (HeraldImportSummary, 1);

  store = herald_store_open (job->database, &error);
  if (store == NULL)
    {
      herald_import_summary_free (summary);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  worker = herald_importer_new (store);
  if (self->profiles != NULL)
    worker->profiles = g_ptr_array_ref (self->profiles);
  g_set_object (&worker->profile, self->profile);
  worker->account_id = g_strdup (self->account_id);
  worker->campaign_id = g_strdup (self->campaign_id);
  worker->post_id = g_strdup (self->post_id);
  worker->sheet = g_strdup (self->sheet);
  worker->captured_at = self->captured_at;
  worker->dry_run = self->dry_run;
  if (self->progress != NULL)
    herald_importer_set_progress_func (worker, forward_progress, job, NULL);

  if (!herald_importer_import_file (worker, job->path, summary, cancellable, &error))
    {
      herald_import_summary_free (summary);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, summary, (GDestroyNotify) herald_import_summary_free);
}

/**
 * herald_importer_import_file_async:
 * @self: a #HeraldImporter
 * @path: an export (.xlsx or CSV)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: for @callback
 *
 * Imports in a thread, on a database connection of its own; the progress
 * function is called in the thread-default main context of this call.
 * The store emits no `changed` notification for what the thread wrote:
 * reload what shows imported numbers when this finishes.
 */
void
herald_importer_import_file_async (HeraldImporter      *self,
                                   const char          *path,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  AsyncImport *job;

  g_return_if_fail (HERALD_IS_IMPORTER (self));
  g_return_if_fail (path != NULL);

  job = g_new0 (AsyncImport, 1);
  job->path = g_strdup (path);
  job->database = g_strdup (herald_store_get_path (self->store));
  job->context = g_main_context_ref_thread_default ();
  job->caller = g_object_ref (self);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, herald_importer_import_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) async_import_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * herald_importer_import_file_finish:
 * @self: a #HeraldImporter
 * @result: the result
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): what the import did, or %NULL
 */
HeraldImportSummary *
herald_importer_import_file_finish (HeraldImporter  *self,
                                    GAsyncResult    *result,
                                    GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
