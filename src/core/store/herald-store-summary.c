/* herald-store-summary.c — a few posts of each day and how many there are
 *
 * A month view shows only the posts that fit each day and a count of the
 * rest, so it asks for just that, in one statement: for each day, the
 * count of its posts and its first few by time.  No post beyond those is
 * read into an object, so a month of thousands of posts costs little more
 * than a quiet one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include "herald-store-private.h"
#include "herald-store-summary.h"

/* Columns after the day and the count. */
#define FIRST 2

/**
 * herald_store_list_first_posts_per_day:
 * @self: a #HeraldStore
 * @day_starts: (array length=n_days): the Unix time each day starts, and
 *   one more for the end of the last, @n_days + 1 in all, rising
 * @n_days: the number of days
 * @limit: how many posts of a day to return at most
 * @filter: (nullable): which posts to count and return
 * @counts: (out caller-allocates) (array length=n_days): the number of
 *   posts on each day
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type HeraldPost): the first @limit
 *   posts of each day, by day and then by time; %NULL on error
 */
GPtrArray *
herald_store_list_first_posts_per_day (HeraldStore             *self,
                                       const gint64            *day_starts,
                                       guint                    n_days,
                                       guint                    limit,
                                       const HeraldPostFilter  *filter,
                                       guint                   *counts,
                                       GError                 **error)
{
  g_autoptr (GPtrArray) posts = NULL;
  g_autoptr (GString) starts = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (day_starts != NULL && n_days > 0, NULL);
  g_return_val_if_fail (counts != NULL, NULL);

  memset (counts, 0, n_days * sizeof (guint));

  /* Each day counts its posts and picks its first few through the index
   * on scheduled_at, so a day costs what it holds and no more. */
  stmt = herald_store_prepare (self,
                               "WITH bounds (day, start, stop) AS MATERIALIZED ("
                               "   SELECT CAST (key AS INTEGER), value, lead (value) OVER (ORDER BY key)"
                               "   FROM json_each (?6)),"
                               " days (day, start, stop, total) AS MATERIALIZED ("
                               "   SELECT day, start, stop,"
                               "     (SELECT count (*) FROM posts p"
                               "      JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               "      WHERE p.deleted_at IS NULL AND p.scheduled_at >= b.start AND p.scheduled_at < b.stop"
                               HERALD_STORE_POST_FILTER ")"
                               "   FROM bounds b"
                               "   WHERE b.stop IS NOT NULL AND b.start >= ?1 AND b.stop <= ?2)"
                               " SELECT d.day, d.total, " HERALD_STORE_POST_COLUMNS
                               " FROM days d JOIN posts p ON p.seq IN ("
                               "   SELECT p.seq FROM posts p"
                               "   JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               "   WHERE p.deleted_at IS NULL AND p.scheduled_at >= d.start AND p.scheduled_at < d.stop"
                               HERALD_STORE_POST_FILTER
                               "   ORDER BY p.scheduled_at, p.seq LIMIT ?7)"
                               " WHERE d.total > 0"
                               " ORDER BY d.day, p.scheduled_at, p.seq",
                               error);
  if (stmt == NULL)
    return NULL;

  /* Day boundaries as a JSON array: numbers, never text from a user. */
  starts = g_string_new ("[");
  for (guint i = 0; i <= n_days; i++)
    g_string_append_printf (starts, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", day_starts[i]);
  g_string_append_c (starts, ']');

  sqlite3_bind_int64 (stmt, 1, day_starts[0]);
  sqlite3_bind_int64 (stmt, 2, day_starts[n_days]);
  herald_store_bind_post_filter (stmt, filter);
  herald_store_bind_text (stmt, 6, starts->str);
  sqlite3_bind_int64 (stmt, 7, limit);

  posts = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 day = sqlite3_column_int64 (stmt, 0);

      if (day < 0 || day >= n_days)
        continue;

      counts[day] = sqlite3_column_int (stmt, 1);
      g_ptr_array_add (posts, herald_store_read_post (stmt, FIRST));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      herald_store_set_error (sqlite3_db_handle (stmt), rc, error);
      return NULL;
    }

  return g_steal_pointer (&posts);
}
