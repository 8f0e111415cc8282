/* herald-store-review.c — what the week review reads and keeps
 *
 * The review reads every sample of a campaign's posts up to the end of the
 * week, in the order of the samples' index (post, metric, time), so that
 * it reads what it needs and never the whole table.  The words of a
 * review, Problems and Next Week, are kept per campaign and ISO week.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-store-private.h"

static gboolean
foreach_row (HeraldStore          *self,
             sqlite3_stmt         *stmt,
             HeraldSampleRowFunc   func,
             gpointer              user_data,
             GError              **error)
{
  gboolean ok = TRUE;
  int rc = SQLITE_DONE;

  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HeraldSampleRow row = {
        .post_id = (const char *) sqlite3_column_text (stmt, 0),
        .account_id = (const char *) sqlite3_column_text (stmt, 1),
        .metric = (const char *) sqlite3_column_text (stmt, 2),
        .value = sqlite3_column_double (stmt, 3),
        .captured_at = sqlite3_column_int64 (stmt, 4),
        .published_at = sqlite3_column_int64 (stmt, 5),
      };

      ok = func (&row, user_data, error);
    }
  if (ok && rc != SQLITE_DONE)
    ok = herald_store_set_error (self->db, rc, error);
  sqlite3_reset (stmt);

  return ok;
}

/**
 * herald_store_foreach_campaign_sample:
 * @self: a #HeraldStore
 * @campaign_id: the campaign
 * @until: the last capture time to read, inclusive
 * @func: called for each sample, by post, metric and time
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Calls @func for every metric sample of the campaign's posts (not
 * deleted, on accounts not deleted) captured at or before @until.
 * Stops, failing, when @func fails.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_foreach_campaign_sample (HeraldStore          *self,
                                      const char           *campaign_id,
                                      gint64                until,
                                      HeraldSampleRowFunc   func,
                                      gpointer              user_data,
                                      GError              **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (campaign_id != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  stmt = herald_store_prepare (self,
                               "SELECT s.post_id, p.account_id, s.metric, s.value, s.captured_at,"
                               "  coalesce (p.published_at, p.scheduled_at, 0)"
                               " FROM posts p INDEXED BY posts_campaign"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " JOIN metric_samples s INDEXED BY metric_samples_post ON s.post_id = p.id"
                               " WHERE p.campaign_id = ?1 AND p.deleted_at IS NULL AND s.captured_at <= ?2"
                               " ORDER BY s.post_id, s.metric, s.captured_at",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, campaign_id);
  sqlite3_bind_int64 (stmt, 2, until);

  return foreach_row (self, stmt, func, user_data, error);
}

/**
 * herald_store_foreach_account_sample:
 * @self: a #HeraldStore
 * @account_id: the account
 * @func: called for each sample, by post, metric and time
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Calls @func for every metric sample of the account's posts (not
 * deleted): the account's whole history, which posting times are learnt
 * from.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_foreach_account_sample (HeraldStore          *self,
                                     const char           *account_id,
                                     HeraldSampleRowFunc   func,
                                     gpointer              user_data,
                                     GError              **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (account_id != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  stmt = herald_store_prepare (self,
                               "SELECT s.post_id, p.account_id, s.metric, s.value, s.captured_at,"
                               "  coalesce (p.published_at, p.scheduled_at, 0)"
                               " FROM posts p INDEXED BY posts_account"
                               " JOIN metric_samples s INDEXED BY metric_samples_post ON s.post_id = p.id"
                               " WHERE p.account_id = ?1 AND p.deleted_at IS NULL"
                               " ORDER BY s.post_id, s.metric, s.captured_at",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, account_id);
  return foreach_row (self, stmt, func, user_data, error);
}

/**
 * herald_store_get_week_notes:
 * @self: a #HeraldStore
 * @campaign_id: the campaign
 * @week: an ISO week, "2026-W48"
 * @problems: (out) (transfer full): what went wrong and why
 * @next_week: (out) (transfer full): the plan for next week
 * @error: return location for a #GError
 *
 * Reads the words of a week's review; empty when none were written.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_get_week_notes (HeraldStore  *self,
                             const char   *campaign_id,
                             const char   *week,
                             char        **problems,
                             char        **next_week,
                             GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (campaign_id != NULL && week != NULL, FALSE);
  g_return_val_if_fail (problems != NULL && next_week != NULL, FALSE);

  stmt = herald_store_prepare (self,
                               "SELECT problems, next_week FROM week_notes"
                               " WHERE campaign_id = ?1 AND week = ?2",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, campaign_id);
  herald_store_bind_text (stmt, 2, week);
  rc = sqlite3_step (stmt);
  *problems = g_strdup (rc == SQLITE_ROW ? herald_store_column_text (stmt, 0) : "");
  *next_week = g_strdup (rc == SQLITE_ROW ? herald_store_column_text (stmt, 1) : "");
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      g_clear_pointer (problems, g_free);
      g_clear_pointer (next_week, g_free);
      return herald_store_set_error (self->db, rc, error);
    }

  return TRUE;
}

typedef struct {
  const char *campaign_id;
  const char *week;
  const char *problems;
  const char *next_week;
} WeekNotes;

static gboolean
save_week_notes (HeraldStore  *self,
                 gpointer      user_data,
                 GError      **error)
{
  WeekNotes *notes = user_data;
  const char *campaign_id = notes->campaign_id;
  const char *week = notes->week;
  const char *problems = notes->problems;
  const char *next_week = notes->next_week;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self,
                               "INSERT INTO week_notes (campaign_id, week, problems, next_week, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5)"
                               " ON CONFLICT (campaign_id, week) DO UPDATE SET"
                               "   problems = ?3, next_week = ?4, updated_at = ?5",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, campaign_id);
  herald_store_bind_text (stmt, 2, week);
  herald_store_bind_text (stmt, 3, problems != NULL ? problems : "");
  herald_store_bind_text (stmt, 4, next_week != NULL ? next_week : "");
  sqlite3_bind_int64 (stmt, 5, herald_store_now ());
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  herald_store_note_change (self, HERALD_RECORD_CAMPAIGN, campaign_id);
  return TRUE;
}

/**
 * herald_store_save_week_notes:
 * @self: a #HeraldStore
 * @campaign_id: the campaign
 * @week: an ISO week, "2026-W48"
 * @problems: what went wrong and why
 * @next_week: the plan for next week
 * @error: return location for a #GError
 *
 * Keeps the words of a week's review.  The campaign changes with them.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_save_week_notes (HeraldStore  *self,
                              const char   *campaign_id,
                              const char   *week,
                              const char   *problems,
                              const char   *next_week,
                              GError      **error)
{
  WeekNotes notes = { campaign_id, week, problems, next_week };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (campaign_id != NULL && week != NULL, FALSE);

  return herald_store_transaction (self, save_week_notes, &notes, error);
}
