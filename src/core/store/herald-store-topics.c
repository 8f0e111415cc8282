/* herald-store-topics.c — hot topics, their heat, and the posts they go with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-store-private.h"

/* Topics */

gpointer
herald_store_read_topic_row (sqlite3_stmt *stmt)
{
  HeraldTopic *topic = g_object_new (HERALD_TYPE_TOPIC, NULL);
  HeraldTopicState state = HERALD_TOPIC_STATE_WATCHING;

  herald_store_read_record (HERALD_RECORD (topic), stmt, 0);
  herald_topic_set_title (topic, herald_store_column_text (stmt, 4));
  herald_topic_set_source (topic, herald_store_column_text (stmt, 5));
  herald_topic_set_url (topic, herald_store_column_text (stmt, 6));
  herald_topic_state_from_string (herald_store_column_text (stmt, 7), &state);
  herald_topic_set_state (topic, state);
  herald_topic_set_notes (topic, herald_store_column_text (stmt, 8));
  herald_topic_set_first_seen (topic, sqlite3_column_int64 (stmt, 9));
  herald_topic_set_last_seen (topic, sqlite3_column_int64 (stmt, 10));
  herald_topic_set_peak_heat (topic, sqlite3_column_double (stmt, 11));

  return topic;
}

static void
bind_topic (sqlite3_stmt *stmt,
            gpointer      record)
{
  HeraldTopic *topic = record;

  herald_store_bind_record (stmt, 1, record);
  herald_store_bind_text (stmt, 4, herald_topic_get_title (topic));
  herald_store_bind_text (stmt, 5, herald_topic_get_source (topic));
  herald_store_bind_text (stmt, 6, herald_topic_get_url (topic));
  herald_store_bind_text (stmt, 7, herald_topic_state_to_string (herald_topic_get_state (topic)));
  herald_store_bind_text (stmt, 8, herald_topic_get_notes (topic));
  herald_store_bind_time (stmt, 9, herald_topic_get_first_seen (topic));
  herald_store_bind_time (stmt, 10, herald_topic_get_last_seen (topic));
  sqlite3_bind_double (stmt, 11, herald_topic_get_peak_heat (topic));
}

GListModel *
herald_store_list_topics (HeraldStore  *self,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " HERALD_STORE_TOPIC_COLUMNS " FROM topics t WHERE t.deleted_at IS NULL"
                               " ORDER BY t.last_seen DESC, t.seq DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  return herald_store_collect (self, stmt, HERALD_TYPE_TOPIC, herald_store_read_topic_row, error);
}

HeraldTopic *
herald_store_get_topic (HeraldStore  *self,
                        const char   *id,
                        GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = herald_store_prepare (self, "SELECT " HERALD_STORE_TOPIC_COLUMNS " FROM topics t WHERE t.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, id);
  return herald_store_fetch_one (self, stmt, herald_store_read_topic_row, id, error);
}

gboolean
herald_store_save_topic (HeraldStore  *self,
                         HeraldTopic  *topic,
                         GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_TOPIC (topic), FALSE);

  if (*herald_topic_get_title (topic) == '\0')
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("A topic needs a title"));
      return FALSE;
    }

  return herald_store_save_record (self, topic,
                                   "INSERT INTO topics (id, created_at, updated_at, title, source, url, state,"
                                   "   notes, first_seen, last_seen, peak_heat)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                                   " ON CONFLICT (id) DO UPDATE SET updated_at = ?3, title = ?4, source = ?5,"
                                   "   url = ?6, state = ?7, notes = ?8, first_seen = ?9, last_seen = ?10,"
                                   "   peak_heat = ?11",
                                   HERALD_RECORD_TOPIC, bind_topic, error);
}

typedef struct {
  const char             *topic_id;
  const HeraldHeatSample *sample;
} HeatOp;

static gboolean
add_heat_in_transaction (HeraldStore  *self,
                         gpointer      user_data,
                         GError      **error)
{
  HeatOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self,
                               "INSERT INTO topic_heat (topic_id, at, heat, rank) VALUES (?1, ?2, ?3, ?4)"
                               " ON CONFLICT (topic_id, at) DO UPDATE SET heat = ?3, rank = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->topic_id);
  sqlite3_bind_int64 (stmt, 2, op->sample->at);
  sqlite3_bind_double (stmt, 3, op->sample->heat);
  sqlite3_bind_int (stmt, 4, op->sample->rank);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  /* The topic's own summary follows its samples. */
  stmt = herald_store_prepare (self,
                               "UPDATE topics SET"
                               "   first_seen = min (coalesce (first_seen, ?2), ?2),"
                               "   last_seen = max (coalesce (last_seen, ?2), ?2),"
                               "   peak_heat = max (peak_heat, ?3)"
                               " WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->topic_id);
  sqlite3_bind_int64 (stmt, 2, op->sample->at);
  sqlite3_bind_double (stmt, 3, op->sample->heat);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  herald_store_note_change (self, HERALD_RECORD_TOPIC, op->topic_id);
  return TRUE;
}

gboolean
herald_store_add_topic_heat (HeraldStore             *self,
                             const char              *topic_id,
                             const HeraldHeatSample  *sample,
                             GError                 **error)
{
  HeatOp op = { topic_id, sample };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);
  g_return_val_if_fail (sample != NULL, FALSE);

  return herald_store_transaction (self, add_heat_in_transaction, &op, error);
}

/**
 * herald_store_load_topic_heat:
 * @self: a #HeraldStore
 * @topic: the topic to fill in
 * @error: return location for a #GError
 *
 * Reads the topic's heat history, oldest first, into @topic.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_load_topic_heat (HeraldStore  *self,
                              HeraldTopic  *topic,
                              GError      **error)
{
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (HeraldHeatSample));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_TOPIC (topic), FALSE);

  stmt = herald_store_prepare (self,
                               "SELECT at, heat, rank FROM topic_heat WHERE topic_id = ?1 ORDER BY at",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, herald_record_get_id (HERALD_RECORD (topic)));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HeraldHeatSample sample = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_double (stmt, 1),
        sqlite3_column_int (stmt, 2),
      };

      g_array_append_val (samples, sample);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return herald_store_set_error (sqlite3_db_handle (stmt), rc, error);

  herald_topic_set_heat (topic, (HeraldHeatSample *) samples->data, samples->len);
  return TRUE;
}

/* Linking and unlinking a post and a topic: one statement on the pair. */
typedef struct {
  const char *sql;
  const char *post_id;
  const char *topic_id;
} PairOp;

static gboolean
pair_in_transaction (HeraldStore  *self,
                     gpointer      user_data,
                     GError      **error)
{
  PairOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self, op->sql, error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->post_id);
  herald_store_bind_text (stmt, 2, op->topic_id);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  herald_store_note_change (self, HERALD_RECORD_POST, op->post_id);
  herald_store_note_change (self, HERALD_RECORD_TOPIC, op->topic_id);
  return TRUE;
}

gboolean
herald_store_link_post_topic (HeraldStore  *self,
                              const char   *post_id,
                              const char   *topic_id,
                              GError      **error)
{
  PairOp op = {
    "INSERT INTO post_topics (post_id, topic_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    post_id, topic_id,
  };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL && topic_id != NULL, FALSE);

  return herald_store_transaction (self, pair_in_transaction, &op, error);
}

/**
 * herald_store_unlink_post_topic:
 * @self: a #HeraldStore
 * @post_id: the post
 * @topic_id: the topic
 * @error: return location for a #GError
 *
 * Undoes herald_store_link_post_topic(); unlinking what is not linked
 * succeeds and changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_unlink_post_topic (HeraldStore  *self,
                                const char   *post_id,
                                const char   *topic_id,
                                GError      **error)
{
  PairOp op = { "DELETE FROM post_topics WHERE post_id = ?1 AND topic_id = ?2", post_id, topic_id };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL && topic_id != NULL, FALSE);

  return herald_store_transaction (self, pair_in_transaction, &op, error);
}

/**
 * herald_store_list_topic_posts:
 * @self: a #HeraldStore
 * @topic_id: the topic
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the posts linked to the topic, most recently
 *   changed first, or %NULL on error
 */
GListModel *
herald_store_list_topic_posts (HeraldStore  *self,
                               const char   *topic_id,
                               GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (topic_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " HERALD_STORE_POST_COLUMNS " FROM posts p"
                               " JOIN post_topics pt ON pt.post_id = p.id AND pt.topic_id = ?1"
                               " WHERE p.deleted_at IS NULL"
                               " ORDER BY p.updated_at DESC, p.seq DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, topic_id);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, herald_store_read_post_row, error);
}
