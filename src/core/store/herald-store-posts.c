/* herald-store-posts.c — posts, their search and their reminders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-store-private.h"

/* Posts of deleted accounts are hidden with their account. */
#define POST_COLUMNS HERALD_STORE_POST_COLUMNS
#define POST_FILTER HERALD_STORE_POST_FILTER

HeraldPost *
herald_store_read_post (sqlite3_stmt *stmt,
                        int           first)
{
  HeraldPost *post = g_object_new (HERALD_TYPE_POST, NULL);
  g_auto (GStrv) tags = herald_store_json_to_strv (herald_store_column_text (stmt, first + 11));
  HeraldPostStatus status = HERALD_POST_STATUS_IDEA;

  herald_store_read_record (HERALD_RECORD (post), stmt, first);
  herald_post_set_account_id (post, herald_store_column_text (stmt, first + 4));
  herald_post_set_campaign_id (post, herald_store_column_nullable (stmt, first + 5));
  herald_post_set_series_id (post, herald_store_column_nullable (stmt, first + 6));
  herald_post_status_from_string (herald_store_column_text (stmt, first + 7), &status);
  herald_post_set_status (post, status);
  herald_post_set_title (post, herald_store_column_text (stmt, first + 8));
  herald_post_set_body (post, herald_store_column_text (stmt, first + 9));
  herald_post_set_digest (post, herald_store_column_text (stmt, first + 10));
  herald_post_set_tags (post, (const char * const *) tags);
  herald_post_set_scheduled_at (post, sqlite3_column_int64 (stmt, first + 12));
  herald_post_set_tz (post, herald_store_column_text (stmt, first + 13));
  herald_post_set_published_at (post, sqlite3_column_int64 (stmt, first + 14));
  herald_post_set_url (post, herald_store_column_text (stmt, first + 15));
  herald_post_set_notes (post, herald_store_column_text (stmt, first + 16));

  return post;
}

gpointer
herald_store_read_post_row (sqlite3_stmt *stmt)
{
  return herald_store_read_post (stmt, 0);
}

static void
bind_post (sqlite3_stmt *stmt,
           gpointer      record)
{
  HeraldPost *post = record;
  g_autofree char *tags = herald_store_strv_to_json (herald_post_get_tags (post));

  herald_store_bind_record (stmt, 1, record);
  herald_store_bind_text (stmt, 4, herald_post_get_account_id (post));
  herald_store_bind_nullable (stmt, 5, herald_post_get_campaign_id (post));
  herald_store_bind_nullable (stmt, 6, herald_post_get_series_id (post));
  herald_store_bind_text (stmt, 7, herald_post_status_to_string (herald_post_get_status (post)));
  herald_store_bind_text (stmt, 8, herald_post_get_title (post));
  herald_store_bind_text (stmt, 9, herald_post_get_body (post));
  herald_store_bind_text (stmt, 10, herald_post_get_digest (post));
  herald_store_bind_text (stmt, 11, tags);
  herald_store_bind_time (stmt, 12, herald_post_get_scheduled_at (post));
  herald_store_bind_text (stmt, 13, herald_post_get_tz (post));
  herald_store_bind_time (stmt, 14, herald_post_get_published_at (post));
  herald_store_bind_text (stmt, 15, herald_post_get_url (post));
  herald_store_bind_text (stmt, 16, herald_post_get_notes (post));
}

HeraldPost *
herald_store_get_post (HeraldStore  *self,
                       const char   *id,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = herald_store_prepare (self, "SELECT " POST_COLUMNS " FROM posts p WHERE p.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, id);
  return herald_store_fetch_one (self, stmt, herald_store_read_post_row, id, error);
}

/**
 * herald_store_save_post:
 * @self: a #HeraldStore
 * @post: the post; gets an id if it has none
 * @error: return location for a #GError
 *
 * Adds or updates a post.  Its account must exist.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_save_post (HeraldStore  *self,
                        HeraldPost   *post,
                        GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_POST (post), FALSE);

  if (*herald_post_get_account_id (post) == '\0')
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("A post needs an account"));
      return FALSE;
    }

  return herald_store_save_record (self, post,
                                   "INSERT INTO posts (id, created_at, updated_at, account_id, campaign_id,"
                                   "   series_id, status, title, body, digest, tags, scheduled_at, tz,"
                                   "   published_at, url, notes)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
                                   " ON CONFLICT (id) DO UPDATE SET updated_at = ?3, account_id = ?4,"
                                   "   campaign_id = ?5, series_id = ?6, status = ?7, title = ?8, body = ?9,"
                                   "   digest = ?10, tags = ?11, scheduled_at = ?12, tz = ?13,"
                                   "   published_at = ?14, url = ?15, notes = ?16",
                                   HERALD_RECORD_POST, bind_post, error);
}

void
herald_store_bind_post_filter (sqlite3_stmt           *stmt,
                               const HeraldPostFilter *filter)
{
  g_autofree char *accounts = NULL;
  g_autofree char *campaigns = NULL;
  g_autofree char *statuses = NULL;

  if (filter == NULL)
    return;

  if (filter->account_ids != NULL)
    accounts = herald_store_strv_to_json (filter->account_ids);
  if (filter->campaign_ids != NULL)
    campaigns = herald_store_strv_to_json (filter->campaign_ids);
  if (filter->statuses != 0)
    {
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      g_auto (GStrv) names = NULL;

      for (guint s = 0; s < HERALD_N_POST_STATUSES; s++)
        if (filter->statuses & (1u << s))
          g_strv_builder_add (builder, herald_post_status_to_string (s));
      names = g_strv_builder_end (builder);
      statuses = herald_store_strv_to_json ((const char * const *) names);
    }

  herald_store_bind_nullable (stmt, 3, accounts);
  herald_store_bind_nullable (stmt, 4, campaigns);
  herald_store_bind_nullable (stmt, 5, statuses);
}

/**
 * herald_store_list_posts_in_range:
 * @self: a #HeraldStore
 * @from: Unix time, inclusive
 * @to: Unix time, exclusive
 * @filter: (nullable): which posts to keep
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #HeraldPost scheduled in [@from, @to), by time
 */
GListModel *
herald_store_list_posts_in_range (HeraldStore             *self,
                                  gint64                   from,
                                  gint64                   to,
                                  const HeraldPostFilter  *filter,
                                  GError                 **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " POST_COLUMNS " FROM posts p"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " WHERE p.deleted_at IS NULL AND p.scheduled_at >= ?1 AND p.scheduled_at < ?2"
                               POST_FILTER
                               " ORDER BY p.scheduled_at, p.seq",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  herald_store_bind_post_filter (stmt, filter);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, herald_store_read_post_row, error);
}

/**
 * herald_store_list_unscheduled_posts:
 * @self: a #HeraldStore
 * @filter: (nullable): which posts to keep
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #HeraldPost without a time (ideas and
 *   drafts), most recently changed first
 */
GListModel *
herald_store_list_unscheduled_posts (HeraldStore             *self,
                                     const HeraldPostFilter  *filter,
                                     GError                 **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " POST_COLUMNS " FROM posts p"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " WHERE p.deleted_at IS NULL AND p.scheduled_at IS NULL"
                               POST_FILTER
                               " ORDER BY p.updated_at DESC, p.seq DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_post_filter (stmt, filter);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, herald_store_read_post_row, error);
}

/**
 * herald_store_count_overdue:
 * @self: a #HeraldStore
 * @now: the current Unix time
 * @error: return location for a #GError
 *
 * Counts posts whose time has passed without being published.  The index
 * holds only open posts, so this reads no more than it counts.
 *
 * Returns: the count (0 on error)
 */
guint
herald_store_count_overdue (HeraldStore  *self,
                            gint64        now,
                            GError      **error)
{
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), 0);

  stmt = herald_store_prepare (self,
                               /* The open-posts index: without statistics the
                                * planner would walk every post of every account. */
                               "SELECT count(*) FROM posts p INDEXED BY posts_open"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " WHERE p.deleted_at IS NULL AND p.status NOT IN ('published', 'cancelled')"
                               " AND p.scheduled_at < ?1",
                               error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, now);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  else
    herald_store_set_error (sqlite3_db_handle (stmt), rc, error);
  sqlite3_reset (stmt);

  return count;
}

/* Search */

/* Trigram matching needs three characters; shorter text is matched with
 * LIKE, which is a scan but only of what a person types in two keys. */
static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

static char *
fts_phrase (const char *text)
{
  g_autoptr (GString) phrase = g_string_new ("\"");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (phrase, '"');
      g_string_append_c (phrase, *p);
    }
  g_string_append_c (phrase, '"');

  return g_string_free (g_steal_pointer (&phrase), FALSE);
}

static gboolean
search_into (HeraldStore         *self,
             GListStore          *results,
             const char          *sql,
             const char          *query,
             guint                limit,
             HeraldStoreReadRow   read_row,
             GError             **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = herald_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, query);
  sqlite3_bind_int (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (GObject) item = read_row (stmt);

      g_list_store_append (results, item);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return herald_store_set_error (sqlite3_db_handle (stmt), rc, error);

  return TRUE;
}

/**
 * herald_store_search:
 * @self: a #HeraldStore
 * @text: what to look for; any substring, Chinese included
 * @limit: the most results of each kind
 * @error: return location for a #GError
 *
 * Returns: (transfer full): matching #HeraldPost then #HeraldTopic items,
 *   newest first within each kind
 */
GListModel *
herald_store_search (HeraldStore  *self,
                     const char   *text,
                     guint         limit,
                     GError      **error)
{
  g_autoptr (GListStore) results = g_list_store_new (G_TYPE_OBJECT);
  g_autofree char *query = NULL;
  g_autofree char *trimmed = NULL;
  gboolean short_text;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0' || !g_utf8_validate (trimmed, -1, NULL))
    return G_LIST_MODEL (g_steal_pointer (&results));

  short_text = g_utf8_strlen (trimmed, -1) < 3;
  query = short_text ? like_pattern (trimmed) : fts_phrase (trimmed);

  if (short_text)
    {
      if (!search_into (self, results,
                        "SELECT " POST_COLUMNS " FROM posts p"
                        " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                        " WHERE p.deleted_at IS NULL AND (p.title LIKE ?1 ESCAPE '\\'"
                        "   OR p.body LIKE ?1 ESCAPE '\\' OR p.notes LIKE ?1 ESCAPE '\\')"
                        " ORDER BY p.updated_at DESC LIMIT ?2",
                        query, limit, herald_store_read_post_row, error) ||
          !search_into (self, results,
                        "SELECT " HERALD_STORE_TOPIC_COLUMNS " FROM topics t"
                        " WHERE t.deleted_at IS NULL AND (t.title LIKE ?1 ESCAPE '\\'"
                        "   OR t.notes LIKE ?1 ESCAPE '\\')"
                        " ORDER BY t.updated_at DESC LIMIT ?2",
                        query, limit, herald_store_read_topic_row, error))
        return NULL;
    }
  else
    {
      if (!search_into (self, results,
                        "SELECT " POST_COLUMNS " FROM posts_fts f"
                        " JOIN posts p ON p.seq = f.rowid"
                        " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                        " WHERE posts_fts MATCH ?1 AND p.deleted_at IS NULL"
                        " ORDER BY p.updated_at DESC LIMIT ?2",
                        query, limit, herald_store_read_post_row, error) ||
          !search_into (self, results,
                        "SELECT " HERALD_STORE_TOPIC_COLUMNS " FROM topics_fts f"
                        " JOIN topics t ON t.seq = f.rowid"
                        " WHERE topics_fts MATCH ?1 AND t.deleted_at IS NULL"
                        " ORDER BY t.updated_at DESC LIMIT ?2",
                        query, limit, herald_store_read_topic_row, error))
        return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&results));
}

/* Reminders */

/* Open posts whose slot is ahead and within the lead time, not yet reminded
 * for that slot, and not snoozed past now.  A slot that passed while the
 * app was closed is not reminded late: the post shows as overdue.  The
 * open-posts index keeps this to the posts ahead, in time order. */
#define DUE_REMINDERS_WHERE \
  " FROM posts p INDEXED BY posts_open" \
  " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL" \
  " LEFT JOIN reminders r ON r.post_id = p.id AND r.slot = p.scheduled_at" \
  " WHERE p.deleted_at IS NULL AND p.status NOT IN ('published', 'cancelled')" \
  "   AND p.scheduled_at > ?1" \
  "   AND r.delivered_at IS NULL"

/**
 * herald_store_list_due_reminders:
 * @self: a #HeraldStore
 * @now: the current Unix time
 * @lead_seconds: how long before a slot to remind
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #HeraldPost to remind of now, by slot
 */
GListModel *
herald_store_list_due_reminders (HeraldStore  *self,
                                 gint64        now,
                                 guint         lead_seconds,
                                 GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " POST_COLUMNS DUE_REMINDERS_WHERE
                               "   AND p.scheduled_at <= ?1 + ?2"
                               "   AND (r.snoozed_until IS NULL OR r.snoozed_until <= ?1)"
                               " ORDER BY p.scheduled_at, p.seq",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, lead_seconds);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, herald_store_read_post_row, error);
}

/**
 * herald_store_next_reminder_at:
 * @self: a #HeraldStore
 * @now: the current Unix time
 * @lead_seconds: how long before a slot to remind
 * @error: return location for a #GError
 *
 * Returns: the Unix time the next reminder falls due (at most @now when one
 *   is due already), or 0 when none is pending or on error
 */
gint64
herald_store_next_reminder_at (HeraldStore  *self,
                               gint64        now,
                               guint         lead_seconds,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 next = 0;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), 0);

  /* The first slot ahead that has not been reminded and is not snoozed,
   * read in index order and stopping there … */
  stmt = herald_store_prepare (self,
                               "SELECT p.scheduled_at - ?2" DUE_REMINDERS_WHERE
                               "   AND r.snoozed_until IS NULL"
                               " ORDER BY p.scheduled_at LIMIT 1",
                               error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, lead_seconds);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    next = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      herald_store_set_error (sqlite3_db_handle (stmt), rc, error);
      sqlite3_reset (stmt);
      return 0;
    }
  sqlite3_reset (stmt);

  /* … and the snoozed ones, which are few: the reminders table. */
  stmt = herald_store_prepare (self,
                               "SELECT min (max (p.scheduled_at - ?2, r.snoozed_until))"
                               " FROM reminders r"
                               " JOIN posts p ON p.id = r.post_id AND p.scheduled_at = r.slot"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " WHERE r.snoozed_until IS NOT NULL AND r.delivered_at IS NULL"
                               "   AND p.deleted_at IS NULL AND p.status NOT IN ('published', 'cancelled')"
                               "   AND p.scheduled_at > ?1",
                               error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, lead_seconds);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      gint64 snoozed = sqlite3_column_int64 (stmt, 0);

      next = next == 0 ? snoozed : MIN (next, snoozed);
    }
  else if (rc != SQLITE_ROW)
    herald_store_set_error (sqlite3_db_handle (stmt), rc, error);
  sqlite3_reset (stmt);

  return next;
}

typedef struct {
  const char *post_id;
  gint64      slot;
  gint64      delivered_at;
  gint64      snoozed_until;
} ReminderOp;

static gboolean
reminder_in_transaction (HeraldStore  *self,
                         gpointer      user_data,
                         GError      **error)
{
  ReminderOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self,
                               "INSERT INTO reminders (post_id, slot, delivered_at, snoozed_until)"
                               " VALUES (?1, ?2, ?3, ?4)"
                               " ON CONFLICT (post_id) DO UPDATE SET slot = ?2, delivered_at = ?3, snoozed_until = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->post_id);
  sqlite3_bind_int64 (stmt, 2, op->slot);
  herald_store_bind_time (stmt, 3, op->delivered_at);
  herald_store_bind_time (stmt, 4, op->snoozed_until);
  return herald_store_step_done (self, stmt, error);
}

/**
 * herald_store_mark_reminded:
 * @self: a #HeraldStore
 * @post_id: the post
 * @slot: the slot the reminder was for
 * @now: when it was shown
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_mark_reminded (HeraldStore  *self,
                            const char   *post_id,
                            gint64        slot,
                            gint64        now,
                            GError      **error)
{
  ReminderOp op = { post_id, slot, now, 0 };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL, FALSE);

  return herald_store_transaction (self, reminder_in_transaction, &op, error);
}

/**
 * herald_store_snooze_reminder:
 * @self: a #HeraldStore
 * @post_id: the post
 * @slot: the slot the reminder is for
 * @until: remind again at this Unix time
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_snooze_reminder (HeraldStore  *self,
                              const char   *post_id,
                              gint64        slot,
                              gint64        until,
                              GError      **error)
{
  ReminderOp op = { post_id, slot, 0, until };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL, FALSE);

  return herald_store_transaction (self, reminder_in_transaction, &op, error);
}
