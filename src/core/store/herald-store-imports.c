/* herald-store-imports.c — what the metrics import writes
 *
 * The imports table remembers each file imported (by its SHA-256, so the
 * same file is never counted twice); metric samples are inserted one by
 * one inside the importer's transaction, without a model object each, as
 * an export may hold millions of numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include "herald-store-private.h"

static gpointer
read_post_row (sqlite3_stmt *stmt)
{
  return herald_store_read_post (stmt, 0);
}

/**
 * herald_store_find_import:
 * @self: a #HeraldStore
 * @sha256: the SHA-256 of a file, in hexadecimal
 * @imported_at: (out) (optional): when it was imported
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the name of the file imported with
 *   that checksum, or %NULL if there is none (@error unset) or on failure
 */
char *
herald_store_find_import (HeraldStore  *self,
                          const char   *sha256,
                          gint64       *imported_at,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  char *file_name = NULL;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (sha256 != NULL, NULL);

  stmt = herald_store_prepare (self, "SELECT file_name, imported_at FROM imports WHERE sha256 = ?1", error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, sha256);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      file_name = g_strdup (herald_store_column_text (stmt, 0));
      if (imported_at != NULL)
        *imported_at = sqlite3_column_int64 (stmt, 1);
    }
  else if (rc != SQLITE_DONE)
    herald_store_set_error (self->db, rc, error);
  sqlite3_reset (stmt);

  return file_name;
}

/**
 * herald_store_add_import:
 * @self: a #HeraldStore
 * @id: the new import's id
 * @file_name: the file's name, without its folder
 * @profile: the name of the profile it was read with
 * @sha256: the file's SHA-256, in hexadecimal
 * @rows: how many rows it had
 * @imported_at: when
 * @error: return location for a #GError
 *
 * Records an import.  Call it in the transaction that adds the import's
 * samples, before them: they refer to it; calling it again for the same
 * @id sets its row count and checksum.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_add_import (HeraldStore  *self,
                         const char   *id,
                         const char   *file_name,
                         const char   *profile,
                         const char   *sha256,
                         guint         rows,
                         gint64        imported_at,
                         GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL && sha256 != NULL, FALSE);

  stmt = herald_store_prepare (self,
                               "INSERT INTO imports (id, file_name, profile, sha256, rows, imported_at, seq)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                               "   (SELECT coalesce (max (seq), 0) + 1 FROM imports))"
                               " ON CONFLICT (id) DO UPDATE SET rows = excluded.rows, sha256 = excluded.sha256",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, id);
  herald_store_bind_text (stmt, 2, file_name);
  herald_store_bind_text (stmt, 3, profile);
  herald_store_bind_text (stmt, 4, sha256);
  sqlite3_bind_int64 (stmt, 5, rows);
  sqlite3_bind_int64 (stmt, 6, imported_at);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  herald_store_note_change (self, HERALD_RECORD_METRIC, id);
  return TRUE;
}

/**
 * herald_store_insert_sample:
 * @self: a #HeraldStore in a transaction
 * @account_id: the account
 * @post_id: (nullable): the post, or %NULL for an account-level number
 * @metric: the metric
 * @value: the number
 * @captured_at: when it was read
 * @import_id: (nullable): the import it came with
 * @error: return location for a #GError
 *
 * Adds one sample, never replacing one: every reading stays.  For bulk
 * inserts inside a transaction; the `changed` notification is the
 * import's, made by herald_store_add_import().
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_insert_sample (HeraldStore  *self,
                            const char   *account_id,
                            const char   *post_id,
                            const char   *metric,
                            double        value,
                            gint64        captured_at,
                            const char   *import_id,
                            GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  stmt = herald_store_prepare (self,
                               "INSERT INTO metric_samples (post_id, account_id, metric, value,"
                               "   captured_at, import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               error);
  if (stmt == NULL)
    return FALSE;

  if (post_id != NULL)
    sqlite3_bind_text (stmt, 1, post_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, account_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, metric, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 4, value);
  sqlite3_bind_int64 (stmt, 5, captured_at);
  if (import_id != NULL)
    sqlite3_bind_text (stmt, 6, import_id, -1, SQLITE_STATIC);

  return herald_store_step_done (self, stmt, error);
}

/**
 * herald_store_list_account_posts:
 * @self: a #HeraldStore
 * @account_id: an account
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): every post of the account that is
 *   not deleted, as #HeraldPost, for matching imported rows
 */
GListModel *
herald_store_list_account_posts (HeraldStore  *self,
                                 const char   *account_id,
                                 GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (account_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " HERALD_STORE_POST_COLUMNS " FROM posts p"
                               " WHERE p.account_id = ?1 AND p.deleted_at IS NULL",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, account_id);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, read_post_row, error);
}
