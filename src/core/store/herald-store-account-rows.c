/* herald-store-account-rows.c — an account's own numbers, a row at a time
 *
 * Some exports are about an account, not its posts: 公众号 流量分析 gives
 * each day's reads and shares, by channel, for years.  Such a file is kept
 * as it came, one row of account_samples per row of the file with its
 * numbers in the order its import lists (imports.metrics), so that a
 * million rows write about what the file itself holds.  An import's rows
 * follow each other: imports.first_row and last_row say where they are.
 *
 * Numbers imported before this layout are metric_samples without a post;
 * herald_store_foreach_account_number() reads both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "herald-store-private.h"

/**
 * herald_store_begin_account_rows:
 * @self: a #HeraldStore in a transaction
 * @import_id: an import added with herald_store_add_import() in this
 *   transaction
 * @account_id: the account the numbers are of
 * @metrics: (array zero-terminated=1): what the numbers of each row are,
 *   in order
 * @batch: (out): what to give herald_store_insert_account_row()
 * @error: return location for a #GError
 *
 * Starts the account-level rows of an import.  Call
 * herald_store_end_account_rows() after the last one.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_begin_account_rows (HeraldStore         *self,
                                 const char          *import_id,
                                 const char          *account_id,
                                 const char * const  *metrics,
                                 gint64              *batch,
                                 GError             **error)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *json = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);
  g_return_val_if_fail (import_id != NULL && account_id != NULL && metrics != NULL, FALSE);
  g_return_val_if_fail (batch != NULL, FALSE);

  json_builder_begin_array (builder);
  for (guint i = 0; metrics[i] != NULL; i++)
    json_builder_add_string_value (builder, metrics[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json = json_to_string (root, FALSE);

  stmt = herald_store_prepare (self,
                               "UPDATE imports SET account_id = ?2, metrics = ?3,"
                               "  first_row = (SELECT coalesce (max (id), 0) + 1 FROM account_samples)"
                               " WHERE id = ?1 RETURNING seq",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, import_id);
  herald_store_bind_text (stmt, 2, account_id);
  herald_store_bind_text (stmt, 3, json);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *batch = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_DONE)
    g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND,
                 _("The import %s is not in the database"), import_id);
  else
    herald_store_set_error (self->db, rc, error);
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW;
}

/* Writes @value as short as it reads back: counts (most of what an export
 * holds) as whole numbers without printf, the rest with 15 significant
 * digits, all a spreadsheet keeps.  Returns the length written. */
static gsize
format_number (char   *buffer,
               gsize   size,
               double  value)
{
  if (value == floor (value) && fabs (value) < 1e15)
    {
      char digits[24];
      guint64 magnitude = (guint64) fabs (value);
      gsize n = 0, length = 0;

      do
        {
          digits[n++] = '0' + magnitude % 10;
          magnitude /= 10;
        }
      while (magnitude > 0);

      if (value < 0)
        buffer[length++] = '-';
      while (n > 0)
        buffer[length++] = digits[--n];
      buffer[length] = '\0';
      return length;
    }

  g_ascii_formatd (buffer, size, "%.15g", value);
  return strlen (buffer);
}

/**
 * herald_store_insert_account_row:
 * @self: a #HeraldStore in a transaction
 * @batch: from herald_store_begin_account_rows()
 * @captured_at: the day or time the numbers are of
 * @segment: (nullable): the part of the account they are of (a channel),
 *   or %NULL for the whole account
 * @values: (array length=n_values): the numbers, in the order of the
 *   import's metrics; NAN where the file had none
 * @n_values: how many
 * @error: return location for a #GError
 *
 * Adds one row of an account's numbers, never replacing one.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_insert_account_row (HeraldStore   *self,
                                 gint64         batch,
                                 gint64         captured_at,
                                 const char    *segment,
                                 const double  *values,
                                 guint          n_values,
                                 GError       **error)
{
  char text[4096];
  gsize length = 0;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  for (guint i = 0; i < n_values; i++)
    {
      if (i > 0)
        text[length++] = ',';
      if (!isnan (values[i]))
        {
          if (sizeof text - length < G_ASCII_DTOSTR_BUF_SIZE + 2)
            {
              g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_FAILED,
                           _("A row has too many numbers (%u)"), n_values);
              return FALSE;
            }
          length += format_number (text + length, sizeof text - length, values[i]);
        }
    }
  text[length] = '\0';

  stmt = herald_store_prepare (self,
                               "INSERT INTO account_samples (import_seq, captured_at, segment, numbers)"
                               " VALUES (?1, ?2, ?3, ?4)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, batch);
  sqlite3_bind_int64 (stmt, 2, captured_at);
  if (segment != NULL)
    sqlite3_bind_text (stmt, 3, segment, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, text, length, SQLITE_STATIC);

  return herald_store_step_done (self, stmt, error);
}

/**
 * herald_store_end_account_rows:
 * @self: a #HeraldStore in a transaction
 * @batch: from herald_store_begin_account_rows()
 * @n_numbers: how many numbers the rows held, for herald_store_count()
 * @error: return location for a #GError
 *
 * Marks where the import's rows end.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_end_account_rows (HeraldStore  *self,
                               gint64        batch,
                               guint64       n_numbers,
                               GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  stmt = herald_store_prepare (self,
                               "UPDATE imports SET numbers = ?2,"
                               "  last_row = (SELECT coalesce (max (id), 0) FROM account_samples)"
                               " WHERE seq = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, batch);
  sqlite3_bind_int64 (stmt, 2, (gint64) MIN (n_numbers, G_MAXINT64));
  return herald_store_step_done (self, stmt, error);
}

static GStrv
parse_metrics (const char *json)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  JsonNode *root;

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_strv_builder_add (names, json_array_get_string_element (array, i) ?: "");
    }

  return g_strv_builder_end (names);
}

/* The numbers of one row, each with its metric. */
static void
emit_row (const char * const      *metrics,
          const char              *numbers,
          const char              *segment,
          gint64                   captured_at,
          HeraldAccountNumberFunc  func,
          gpointer                 user_data)
{
  const char *p = numbers;

  for (guint i = 0; metrics[i] != NULL && p != NULL; i++)
    {
      const char *comma = strchr (p, ',');

      if (comma != p && *p != '\0')
        {
          char *end = NULL;
          double value = g_ascii_strtod (p, &end);

          if (end != p)
            func (metrics[i], segment, value, captured_at, user_data);
        }
      p = comma != NULL ? comma + 1 : NULL;
    }
}

/* A query with the account as ?1 and the first and last time as ?2, ?3. */
static sqlite3_stmt *
prepare_for_account (HeraldStore  *self,
                     const char   *sql,
                     const char   *account_id,
                     gint64        from,
                     gint64        until,
                     GError      **error)
{
  sqlite3_stmt *stmt = herald_store_prepare (self, sql, error);

  if (stmt != NULL)
    {
      herald_store_bind_text (stmt, 1, account_id);
      sqlite3_bind_int64 (stmt, 2, from);
      sqlite3_bind_int64 (stmt, 3, until);
    }
  return stmt;
}

/**
 * herald_store_foreach_account_number:
 * @self: a #HeraldStore
 * @account_id: the account
 * @from: the first time wanted
 * @until: the last time wanted
 * @func: called for each number
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Calls @func for every account-level number of the account captured
 * between @from and @until (both included): by import, in the order of
 * the file, numbers imported before the current layout first.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_foreach_account_number (HeraldStore              *self,
                                     const char               *account_id,
                                     gint64                    from,
                                     gint64                    until,
                                     HeraldAccountNumberFunc   func,
                                     gpointer                  user_data,
                                     GError                  **error)
{
  g_autofree char *last_metrics = NULL;
  g_auto (GStrv) metrics = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (account_id != NULL && func != NULL, FALSE);

  /* The older layout: one row per number, the channel after a colon. */
  stmt = prepare_for_account (self,
                              "SELECT metric, value, captured_at FROM metric_samples"
                              " WHERE account_id = ?1 AND post_id IS NULL"
                              "   AND captured_at BETWEEN ?2 AND ?3"
                              " ORDER BY captured_at, id",
                              account_id, from, until, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = herald_store_column_text (stmt, 0);
      const char *colon = strchr (name, ':');
      g_autofree char *metric = colon != NULL ? g_strndup (name, colon - name) : g_strdup (name);

      func (metric, colon != NULL ? colon + 1 : NULL, sqlite3_column_double (stmt, 1),
            sqlite3_column_int64 (stmt, 2), user_data);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return herald_store_set_error (self->db, rc, error);

  stmt = prepare_for_account (self,
                              "SELECT i.metrics, s.numbers, s.segment, s.captured_at"
                              " FROM imports i INDEXED BY imports_account"
                              " JOIN account_samples s ON s.id BETWEEN i.first_row AND i.last_row"
                              " WHERE i.account_id = ?1 AND s.captured_at BETWEEN ?2 AND ?3"
                              " ORDER BY i.seq, s.id",
                              account_id, from, until, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *json = herald_store_column_text (stmt, 0);

      if (last_metrics == NULL || !g_str_equal (last_metrics, json))
        {
          g_free (last_metrics);
          last_metrics = g_strdup (json);
          g_strfreev (metrics);
          metrics = parse_metrics (json);
        }
      emit_row ((const char * const *) metrics, herald_store_column_text (stmt, 1),
                (const char *) sqlite3_column_text (stmt, 2), sqlite3_column_int64 (stmt, 3),
                func, user_data);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return herald_store_set_error (self->db, rc, error);

  return TRUE;
}
