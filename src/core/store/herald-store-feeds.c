/* herald-store-feeds.c — hot-topic feeds and the topics read from them
 *
 * A fetched list is applied in one transaction: the feed's fetch state,
 * the topics (found again by their normalised title within the feed, or
 * new), one heat sample each, and a "gone" sample for each topic that was
 * on the previous list and is not on this one.  A failed fetch only writes
 * the feed's own state: topics are never touched by it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "herald-store-private.h"

#define FEED_COLUMNS \
  "id, created_at, updated_at, deleted_at, url, kind, name, mapping, enabled, interval," \
  " etag, last_modified, last_error, next_fetch_at, failures, listed_at"

static gpointer
read_feed (sqlite3_stmt *stmt)
{
  HeraldFeed *feed = g_object_new (HERALD_TYPE_FEED, NULL);
  HeraldFeedKind kind = HERALD_FEED_KIND_RSS;

  herald_store_read_record (HERALD_RECORD (feed), stmt, 0);
  herald_feed_set_url (feed, herald_store_column_text (stmt, 4));
  herald_feed_kind_from_string (herald_store_column_text (stmt, 5), &kind);
  herald_feed_set_kind (feed, kind);
  herald_feed_set_name (feed, herald_store_column_text (stmt, 6));
  herald_feed_set_mapping (feed, herald_store_column_text (stmt, 7));
  herald_feed_set_enabled (feed, sqlite3_column_int (stmt, 8));
  herald_feed_set_interval (feed, sqlite3_column_int (stmt, 9));
  herald_feed_set_etag (feed, herald_store_column_nullable (stmt, 10));
  herald_feed_set_last_modified (feed, herald_store_column_nullable (stmt, 11));
  herald_feed_set_last_error (feed, herald_store_column_nullable (stmt, 12));
  herald_feed_set_next_fetch_at (feed, sqlite3_column_int64 (stmt, 13));
  herald_feed_set_failures (feed, sqlite3_column_int (stmt, 14));
  herald_feed_set_listed_at (feed, sqlite3_column_int64 (stmt, 15));

  return feed;
}

static void
bind_feed (sqlite3_stmt *stmt,
           gpointer      record)
{
  HeraldFeed *feed = record;

  herald_store_bind_record (stmt, 1, record);
  herald_store_bind_text (stmt, 4, herald_feed_get_url (feed));
  herald_store_bind_text (stmt, 5, herald_feed_kind_to_string (herald_feed_get_kind (feed)));
  herald_store_bind_text (stmt, 6, herald_feed_get_name (feed));
  herald_store_bind_text (stmt, 7, herald_feed_get_mapping (feed));
  sqlite3_bind_int (stmt, 8, herald_feed_get_enabled (feed));
  sqlite3_bind_int (stmt, 9, herald_feed_get_interval (feed));
}

/**
 * herald_store_list_feeds:
 * @self: a #HeraldStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the feeds, oldest first, as #HeraldFeed
 */
GListModel *
herald_store_list_feeds (HeraldStore  *self,
                         GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " FEED_COLUMNS " FROM feeds WHERE deleted_at IS NULL"
                               " ORDER BY created_at, id",
                               error);
  if (stmt == NULL)
    return NULL;

  return herald_store_collect (self, stmt, HERALD_TYPE_FEED, read_feed, error);
}

/**
 * herald_store_get_feed:
 * @self: a #HeraldStore
 * @id: the feed's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the feed, or %NULL with
 *   %HERALD_STORE_ERROR_NOT_FOUND
 */
HeraldFeed *
herald_store_get_feed (HeraldStore  *self,
                       const char   *id,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = herald_store_prepare (self, "SELECT " FEED_COLUMNS " FROM feeds WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, id);
  return herald_store_fetch_one (self, stmt, read_feed, id, error);
}

static gboolean
check_feed (HeraldFeed  *feed,
            GError     **error)
{
  const char *url = herald_feed_get_url (feed);
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) json_error = NULL;
  const char *scheme = g_uri_peek_scheme (url);

  if (scheme == NULL || (!g_str_equal (scheme, "http") && !g_str_equal (scheme, "https")) ||
      !g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL))
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("“%s” is not a web address: a feed needs one that starts with http:// or https://"),
                   url);
      return FALSE;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, herald_feed_get_mapping (feed), -1, &json_error) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("The mapping of the feed “%s” is not a JSON object"), url);
      return FALSE;
    }

  return TRUE;
}

/**
 * herald_store_save_feed:
 * @self: a #HeraldStore
 * @feed: the feed to add or change
 * @error: return location for a #GError
 *
 * Adds @feed, or saves what the user set on it (address, kind, name,
 * mapping, enabled, interval).  Its fetch state is written by
 * herald_store_save_feed_state() and herald_store_apply_feed_items().
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_save_feed (HeraldStore  *self,
                        HeraldFeed   *feed,
                        GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_FEED (feed), FALSE);

  if (!check_feed (feed, error))
    return FALSE;

  return herald_store_save_record (self, feed,
                                   "INSERT INTO feeds (id, created_at, updated_at, url, kind, name, mapping,"
                                   "   enabled, interval)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                                   " ON CONFLICT (id) DO UPDATE SET updated_at = ?3, url = ?4, kind = ?5,"
                                   "   name = ?6, mapping = ?7, enabled = ?8, interval = ?9",
                                   HERALD_RECORD_FEED, bind_feed, error);
}

/**
 * herald_store_remove_feed:
 * @self: a #HeraldStore
 * @id: the feed's id
 * @error: return location for a #GError
 *
 * Removes the feed (undoably, like every delete).  The topics read from
 * it stay.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_remove_feed (HeraldStore  *self,
                          const char   *id,
                          GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return herald_store_delete (self, HERALD_RECORD_FEED, id, error);
}

static gboolean
write_feed_state (HeraldStore  *self,
                  HeraldFeed   *feed,
                  GError      **error)
{
  const char *id = herald_record_get_id (HERALD_RECORD (feed));
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self,
                               "UPDATE feeds SET etag = ?2, last_modified = ?3, last_error = ?4,"
                               "   next_fetch_at = ?5, failures = ?6, listed_at = ?7"
                               " WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, id);
  herald_store_bind_nullable (stmt, 2, herald_feed_get_etag (feed));
  herald_store_bind_nullable (stmt, 3, herald_feed_get_last_modified (feed));
  herald_store_bind_nullable (stmt, 4, herald_feed_get_last_error (feed));
  herald_store_bind_time (stmt, 5, herald_feed_get_next_fetch_at (feed));
  sqlite3_bind_int (stmt, 6, herald_feed_get_failures (feed));
  herald_store_bind_time (stmt, 7, herald_feed_get_listed_at (feed));
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND,
                   _("The feed “%s” is not in the database"), herald_feed_get_url (feed));
      return FALSE;
    }

  herald_store_note_change (self, HERALD_RECORD_FEED, id);
  return TRUE;
}

static gboolean
save_state_in_transaction (HeraldStore  *self,
                           gpointer      user_data,
                           GError      **error)
{
  return write_feed_state (self, user_data, error);
}

/**
 * herald_store_save_feed_state:
 * @self: a #HeraldStore
 * @feed: a stored feed
 * @error: return location for a #GError
 *
 * Writes only the feed's fetch state: validators, last error, next fetch
 * time, failures and when it last gave a list.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_save_feed_state (HeraldStore  *self,
                              HeraldFeed   *feed,
                              GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_FEED (feed), FALSE);

  return herald_store_transaction (self, save_state_in_transaction, feed, error);
}

typedef struct {
  HeraldFeed        *feed;
  GPtrArray         *items;
  gint64             now;
  HeraldFeedChanges *changes;
} ApplyOp;

/* Finds the topic the feed already knows under @key; NULL when new. */
static gboolean
find_topic (HeraldStore  *self,
            const char   *feed_id,
            const char   *key,
            char        **topic_id,
            GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = herald_store_prepare (self, "SELECT id FROM topics WHERE feed_id = ?1 AND feed_key = ?2", error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, feed_id);
  herald_store_bind_text (stmt, 2, key);
  rc = sqlite3_step (stmt);
  *topic_id = rc == SQLITE_ROW ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return herald_store_set_error (sqlite3_db_handle (stmt), rc, error);

  return TRUE;
}

static char *
insert_topic (HeraldStore     *self,
              HeraldFeed      *feed,
              HeraldFeedItem  *item,
              gint64           now,
              GError         **error)
{
  g_autofree char *id = herald_store_new_id ();
  const char *source = herald_feed_get_name (feed);
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self,
                               "INSERT INTO topics (id, created_at, updated_at, title, source, url,"
                               "   first_seen, last_seen, feed_id, feed_key)"
                               " VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?2, ?2, ?6, ?7)",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, now);
  herald_store_bind_text (stmt, 3, item->title);
  herald_store_bind_text (stmt, 4, *source != '\0' ? source : herald_feed_get_url (feed));
  herald_store_bind_text (stmt, 5, item->link);
  herald_store_bind_text (stmt, 6, herald_record_get_id (HERALD_RECORD (feed)));
  herald_store_bind_text (stmt, 7, item->key);
  if (!herald_store_step_done (self, stmt, error))
    return NULL;

  return g_steal_pointer (&id);
}

/* A link the source gives later fills one the topic lacks; one already
 * there is kept, since the user may have chosen it. */
static gboolean
fill_link (HeraldStore     *self,
           const char      *topic_id,
           HeraldFeedItem  *item,
           GError         **error)
{
  sqlite3_stmt *stmt;

  if (*item->link == '\0')
    return TRUE;

  stmt = herald_store_prepare (self, "UPDATE topics SET url = ?2 WHERE id = ?1 AND url = ''", error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, topic_id);
  herald_store_bind_text (stmt, 2, item->link);
  return herald_store_step_done (self, stmt, error);
}

/* Topics of the feed on the previous list (a sample at @listed_at that is
 * not a "gone" one) without a sample at @now get a "gone" sample. */
static gboolean
mark_gone (HeraldStore  *self,
           const char   *feed_id,
           gint64        listed_at,
           gint64        now,
           guint        *n_gone,
           GError      **error)
{
  g_autoptr (GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = herald_store_prepare (self,
                               "SELECT t.id FROM topics t JOIN topic_heat h ON h.topic_id = t.id AND h.at = ?2"
                               " WHERE t.feed_id = ?1 AND h.rank <> ?4"
                               "   AND NOT EXISTS (SELECT 1 FROM topic_heat n WHERE n.topic_id = t.id AND n.at = ?3)",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, feed_id);
  sqlite3_bind_int64 (stmt, 2, listed_at);
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_int (stmt, 4, HERALD_HEAT_RANK_GONE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (gone, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return herald_store_set_error (sqlite3_db_handle (stmt), rc, error);

  stmt = herald_store_prepare (self, "INSERT INTO topic_heat (topic_id, at, heat, rank) VALUES (?1, ?2, 0, ?3)",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < gone->len; i++)
    {
      herald_store_bind_text (stmt, 1, gone->pdata[i]);
      sqlite3_bind_int64 (stmt, 2, now);
      sqlite3_bind_int (stmt, 3, HERALD_HEAT_RANK_GONE);
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;
      herald_store_note_change (self, HERALD_RECORD_TOPIC, gone->pdata[i]);
    }

  *n_gone = gone->len;
  return TRUE;
}

static gboolean
apply_in_transaction (HeraldStore  *self,
                      gpointer      user_data,
                      GError      **error)
{
  ApplyOp *op = user_data;
  const char *feed_id = herald_record_get_id (HERALD_RECORD (op->feed));
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 previous = herald_feed_get_listed_at (op->feed);
  HeraldFeedChanges changes = { 0, };

  for (guint i = 0; i < op->items->len; i++)
    {
      HeraldFeedItem *item = op->items->pdata[i];
      g_autofree char *topic_id = NULL;
      HeraldHeatSample sample = { op->now, item->heat, item->rank };

      /* A list that names a topic twice counts its first, higher place. */
      if (*item->key == '\0' || !g_hash_table_add (seen, item->key))
        continue;

      if (!find_topic (self, feed_id, item->key, &topic_id, error))
        return FALSE;

      if (topic_id == NULL)
        {
          topic_id = insert_topic (self, op->feed, item, op->now, error);
          if (topic_id == NULL)
            return FALSE;
          changes.n_new++;
        }
      else
        {
          if (!fill_link (self, topic_id, item, error))
            return FALSE;
          changes.n_updated++;
        }

      if (!herald_store_add_topic_heat (self, topic_id, &sample, error))
        return FALSE;
    }

  if (previous != 0 && previous < op->now &&
      !mark_gone (self, feed_id, previous, op->now, &changes.n_gone, error))
    return FALSE;

  herald_feed_set_listed_at (op->feed, op->now);
  if (!write_feed_state (self, op->feed, error))
    return FALSE;

  if (op->changes != NULL)
    *op->changes = changes;

  return TRUE;
}

typedef struct {
  HeraldFeed        *feed;
  gint64             now;
  HeraldFeedChanges *changes;
} CarryOp;

static gboolean
carry_in_transaction (HeraldStore  *self,
                      gpointer      user_data,
                      GError      **error)
{
  CarryOp *op = user_data;
  const char *feed_id = herald_record_get_id (HERALD_RECORD (op->feed));
  gint64 previous = herald_feed_get_listed_at (op->feed);
  sqlite3_stmt *stmt;
  HeraldFeedChanges changes = { 0, };
  int rc;

  if (previous != 0 && previous < op->now)
    {
      stmt = herald_store_prepare (self,
                                   "INSERT INTO topic_heat (topic_id, at, heat, rank)"
                                   " SELECT h.topic_id, ?3, h.heat, h.rank FROM topic_heat h"
                                   "   JOIN topics t ON t.id = h.topic_id"
                                   "   WHERE t.feed_id = ?1 AND h.at = ?2 AND h.rank <> ?4",
                                   error);
      if (stmt == NULL)
        return FALSE;

      herald_store_bind_text (stmt, 1, feed_id);
      sqlite3_bind_int64 (stmt, 2, previous);
      sqlite3_bind_int64 (stmt, 3, op->now);
      sqlite3_bind_int (stmt, 4, HERALD_HEAT_RANK_GONE);
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;
      changes.n_updated = sqlite3_changes (sqlite3_db_handle (stmt));

      stmt = herald_store_prepare (self,
                                   "UPDATE topics SET last_seen = ?2"
                                   " WHERE feed_id = ?1 AND id IN (SELECT topic_id FROM topic_heat WHERE at = ?2)"
                                   " RETURNING id",
                                   error);
      if (stmt == NULL)
        return FALSE;

      herald_store_bind_text (stmt, 1, feed_id);
      sqlite3_bind_int64 (stmt, 2, op->now);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        herald_store_note_change (self, HERALD_RECORD_TOPIC, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return herald_store_set_error (sqlite3_db_handle (stmt), rc, error);

      herald_feed_set_listed_at (op->feed, op->now);
    }

  if (!write_feed_state (self, op->feed, error))
    return FALSE;

  if (op->changes != NULL)
    *op->changes = changes;

  return TRUE;
}

/**
 * herald_store_carry_feed_list:
 * @self: a #HeraldStore
 * @feed: a stored feed, its fetch state already set for this fetch
 * @now: the time of the fetch
 * @changes: (out caller-allocates) (optional): what changed
 * @error: return location for a #GError
 *
 * Records a fetch that found the list as it was (HTTP 304): in one
 * transaction, the feed's fetch state and, for each topic on the last
 * list, a heat sample at @now equal to its last, so that every fetch has
 * its sample.  On failure nothing is written.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_carry_feed_list (HeraldStore        *self,
                              HeraldFeed         *feed,
                              gint64              now,
                              HeraldFeedChanges  *changes,
                              GError            **error)
{
  CarryOp op = { feed, now, changes };
  gint64 listed_at;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_FEED (feed), FALSE);

  listed_at = herald_feed_get_listed_at (feed);
  if (!herald_store_transaction (self, carry_in_transaction, &op, error))
    {
      herald_feed_set_listed_at (feed, listed_at);
      return FALSE;
    }

  return TRUE;
}

/**
 * herald_store_apply_feed_items:
 * @self: a #HeraldStore
 * @feed: a stored feed, its fetch state already set for this fetch
 * @items: (element-type HeraldFeedItem): the list the feed gave
 * @now: the time of the fetch, the time of the heat samples
 * @changes: (out caller-allocates) (optional): what changed
 * @error: return location for a #GError
 *
 * Records one fetched list in one transaction: the feed's fetch state
 * (with #HeraldFeed:listed-at set to @now), a topic for each new title, a
 * heat sample for each item and a "gone" sample (rank
 * %HERALD_HEAT_RANK_GONE) for each topic of the previous list missing
 * from this one.  On failure nothing is written.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_apply_feed_items (HeraldStore        *self,
                               HeraldFeed         *feed,
                               GPtrArray          *items,
                               gint64              now,
                               HeraldFeedChanges  *changes,
                               GError            **error)
{
  ApplyOp op = { feed, items, now, changes };
  gint64 listed_at;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_FEED (feed), FALSE);
  g_return_val_if_fail (items != NULL, FALSE);

  listed_at = herald_feed_get_listed_at (feed);
  if (!herald_store_transaction (self, apply_in_transaction, &op, error))
    {
      /* Nothing was written: the feed says so too. */
      herald_feed_set_listed_at (feed, listed_at);
      return FALSE;
    }

  return TRUE;
}
