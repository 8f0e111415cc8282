/* herald-store-samples.c — metric samples: the numbers imported for posts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include "herald-store-private.h"

/* Metric samples */

typedef struct {
  HeraldMetricSample * const *samples;
  guint                       n_samples;
} SamplesOp;

static gboolean
add_samples_in_transaction (HeraldStore  *self,
                            gpointer      user_data,
                            GError      **error)
{
  SamplesOp *op = user_data;

  for (guint i = 0; i < op->n_samples; i++)
    {
      HeraldMetricSample *sample = op->samples[i];
      sqlite3_stmt *stmt;

      stmt = herald_store_prepare (self,
                                   "INSERT INTO metric_samples (post_id, account_id, metric, value,"
                                   "   captured_at, import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                   error);
      if (stmt == NULL)
        return FALSE;

      herald_store_bind_nullable (stmt, 1, herald_metric_sample_get_post_id (sample));
      herald_store_bind_text (stmt, 2, herald_metric_sample_get_account_id (sample));
      herald_store_bind_text (stmt, 3, herald_metric_sample_get_metric (sample));
      sqlite3_bind_double (stmt, 4, herald_metric_sample_get_value (sample));
      sqlite3_bind_int64 (stmt, 5, herald_metric_sample_get_captured_at (sample));
      herald_store_bind_nullable (stmt, 6, herald_metric_sample_get_import_id (sample));
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;

      herald_store_note_change (self, HERALD_RECORD_METRIC,
                                herald_metric_sample_get_post_id (sample));
    }

  return TRUE;
}

/**
 * herald_store_add_metric_samples:
 * @self: a #HeraldStore
 * @samples: (array length=n_samples): the samples
 * @n_samples: how many
 * @error: return location for a #GError
 *
 * Adds samples in one transaction: all of them, or none.  Samples are
 * never overwritten; each import is a dated reading of its own.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_add_metric_samples (HeraldStore                 *self,
                                 HeraldMetricSample * const  *samples,
                                 guint                        n_samples,
                                 GError                     **error)
{
  SamplesOp op = { samples, n_samples };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (samples != NULL || n_samples == 0, FALSE);

  return herald_store_transaction (self, add_samples_in_transaction, &op, error);
}

static gpointer
read_sample (sqlite3_stmt *stmt)
{
  HeraldMetricSample *sample;

  sample = herald_metric_sample_new (herald_store_column_text (stmt, 0),
                                     herald_store_column_nullable (stmt, 1),
                                     herald_store_column_text (stmt, 2),
                                     sqlite3_column_double (stmt, 3),
                                     sqlite3_column_int64 (stmt, 4));
  herald_metric_sample_set_import_id (sample, herald_store_column_nullable (stmt, 5));

  return sample;
}

GListModel *
herald_store_list_metric_samples (HeraldStore  *self,
                                  const char   *post_id,
                                  GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (post_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT account_id, post_id, metric, value, captured_at, import_id"
                               " FROM metric_samples WHERE post_id = ?1 ORDER BY metric, captured_at",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, post_id);
  return herald_store_collect (self, stmt, HERALD_TYPE_METRIC_SAMPLE, read_sample, error);
}
