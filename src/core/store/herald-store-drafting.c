/* herald-store-drafting.c — what drafting a post needs besides the post:
 * the drafts list, its attachments and the topics it rides on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include "herald-store-private.h"

static gpointer
read_post (sqlite3_stmt *stmt)
{
  return herald_store_read_post (stmt, 0);
}

/**
 * herald_store_list_drafts:
 * @self: a #HeraldStore
 * @error: return location for a #GError
 *
 * Lists the posts still being written: those without a time, and ideas
 * and drafts that already have one.  Published and cancelled posts are
 * left out.
 *
 * Returns: (transfer full): the #HeraldPost, most recently changed first
 */
GListModel *
herald_store_list_drafts (HeraldStore  *self,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " HERALD_STORE_POST_COLUMNS " FROM posts p"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " WHERE p.deleted_at IS NULL AND p.status NOT IN ('published', 'cancelled')"
                               "   AND (p.scheduled_at IS NULL OR p.status IN ('idea', 'draft'))"
                               " ORDER BY p.updated_at DESC, p.seq DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  return herald_store_collect (self, stmt, HERALD_TYPE_POST, read_post, error);
}

/**
 * herald_store_list_series_posts:
 * @self: a #HeraldStore
 * @series_id: a series: the same content on several accounts
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #HeraldPost of the series that are not
 *   deleted, oldest first
 */
GListModel *
herald_store_list_series_posts (HeraldStore  *self,
                                const char   *series_id,
                                GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (series_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " HERALD_STORE_POST_COLUMNS " FROM posts p"
                               " WHERE p.series_id = ?1 AND p.deleted_at IS NULL"
                               " ORDER BY p.created_at, p.seq",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, series_id);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, read_post, error);
}

/* Attachments */

/**
 * herald_store_get_attachments:
 * @self: a #HeraldStore
 * @post_id: the post
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the URIs of the post's attachments in order,
 *   an empty array when it has none, %NULL on error
 */
char **
herald_store_get_attachments (HeraldStore  *self,
                              const char   *post_id,
                              GError      **error)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (post_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT uri FROM attachments WHERE post_id = ?1 AND deleted_at IS NULL"
                               " ORDER BY position, created_at",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, post_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, herald_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      herald_store_set_error (sqlite3_db_handle (stmt), rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

typedef struct {
  const char         *post_id;
  const char * const *uris;
} AttachmentsOp;

static const char *
guess_kind (const char *uri)
{
  g_autofree char *type = g_content_type_guess (uri, NULL, 0, NULL);

  if (g_content_type_is_mime_type (type, "video/*"))
    return "video";
  if (g_content_type_is_mime_type (type, "image/*"))
    return "image";
  return "file";
}

static gboolean
set_attachments_in_transaction (HeraldStore  *self,
                                gpointer      user_data,
                                GError      **error)
{
  AttachmentsOp *op = user_data;
  gint64 now = herald_store_now ();
  sqlite3_stmt *stmt;

  /* Rows that stay keep their id; the others go to the bin, so that an
   * attachment removed by mistake can be brought back. */
  stmt = herald_store_prepare (self,
                               "UPDATE attachments SET deleted_at = ?2, updated_at = ?2"
                               " WHERE post_id = ?1 AND deleted_at IS NULL"
                               "   AND uri NOT IN (SELECT value FROM json_each (?3))",
                               error);
  if (stmt == NULL)
    return FALSE;

  {
    g_autofree char *json = herald_store_strv_to_json (op->uris);

    herald_store_bind_text (stmt, 1, op->post_id);
    sqlite3_bind_int64 (stmt, 2, now);
    herald_store_bind_text (stmt, 3, json);
    if (!herald_store_step_done (self, stmt, error))
      return FALSE;
  }

  for (guint i = 0; op->uris[i] != NULL; i++)
    {
      g_autofree char *id = herald_store_new_id ();

      stmt = herald_store_prepare (self,
                                   "UPDATE attachments SET position = ?3, updated_at = ?4"
                                   " WHERE post_id = ?1 AND uri = ?2 AND deleted_at IS NULL",
                                   error);
      if (stmt == NULL)
        return FALSE;

      herald_store_bind_text (stmt, 1, op->post_id);
      herald_store_bind_text (stmt, 2, op->uris[i]);
      sqlite3_bind_int (stmt, 3, i);
      sqlite3_bind_int64 (stmt, 4, now);
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (sqlite3_db_handle (stmt)) > 0)
        continue;

      stmt = herald_store_prepare (self,
                                   "INSERT INTO attachments (id, post_id, uri, kind, position, created_at, updated_at)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                                   error);
      if (stmt == NULL)
        return FALSE;

      herald_store_bind_text (stmt, 1, id);
      herald_store_bind_text (stmt, 2, op->post_id);
      herald_store_bind_text (stmt, 3, op->uris[i]);
      herald_store_bind_text (stmt, 4, guess_kind (op->uris[i]));
      sqlite3_bind_int (stmt, 5, i);
      sqlite3_bind_int64 (stmt, 6, now);
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;
    }

  herald_store_note_change (self, HERALD_RECORD_POST, op->post_id);
  return TRUE;
}

/**
 * herald_store_set_attachments:
 * @self: a #HeraldStore
 * @post_id: the post, which must exist
 * @uris: the post's attachments, in order
 * @error: return location for a #GError
 *
 * Replaces the post's attachments in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_set_attachments (HeraldStore         *self,
                              const char          *post_id,
                              const char * const  *uris,
                              GError             **error)
{
  const char * const none[] = { NULL };
  AttachmentsOp op = { post_id, uris != NULL ? uris : none };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL, FALSE);

  return herald_store_transaction (self, set_attachments_in_transaction, &op, error);
}

/* Topics of a post */

/**
 * herald_store_list_post_topics:
 * @self: a #HeraldStore
 * @post_id: the post
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #HeraldTopic linked to the post, by title;
 *   their heat is not loaded
 */
GListModel *
herald_store_list_post_topics (HeraldStore  *self,
                               const char   *post_id,
                               GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (post_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " HERALD_STORE_TOPIC_COLUMNS " FROM post_topics l"
                               " JOIN topics t ON t.id = l.topic_id AND t.deleted_at IS NULL"
                               " WHERE l.post_id = ?1 ORDER BY t.title, t.seq",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, post_id);
  return herald_store_collect (self, stmt, HERALD_TYPE_TOPIC, herald_store_read_topic_row, error);
}

