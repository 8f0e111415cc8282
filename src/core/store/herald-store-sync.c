/* herald-store-sync.c — what team sync keeps in the database
 *
 * The outbox is filled by triggers (migration 6) once a collection is set
 * up; an entry leaves it only after the server confirmed the push, in the
 * same transaction that records the new etag and merge base.  Changes read
 * from the server are written without queueing a push back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-store-private.h"
#include "herald-store-sync-private.h"

void
herald_outbox_entry_free (HeraldOutboxEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->record_id);
  g_free (entry->kind);
  g_free (entry);
}

void
herald_sync_item_free (HeraldSyncItem *item)
{
  if (item == NULL)
    return;

  g_free (item->record_id);
  g_free (item->kind);
  g_free (item->href);
  g_free (item->etag);
  g_free (item->ical);
  g_free (item);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

gboolean
herald_store_sync_step_row (HeraldStore  *self,
                            sqlite3_stmt *stmt,
                            gboolean     *has_row,
                            GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *has_row = TRUE;
      return TRUE;
    }

  *has_row = FALSE;
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return herald_store_set_error (self->db, rc, error);

  return TRUE;
}

/* The text in the first column of @sql's first row (@sql takes @arg as ?1
 * when given); %NULL with no error when there is no row. */
static char *
dup_single_text (HeraldStore  *self,
                 const char   *sql,
                 const char   *arg,
                 GError      **error)
{
  sqlite3_stmt *stmt = herald_store_prepare (self, sql, error);
  gboolean has_row;
  char *text;

  if (stmt == NULL)
    return NULL;
  if (arg != NULL)
    herald_store_bind_text (stmt, 1, arg);
  if (!herald_store_sync_step_row (self, stmt, &has_row, error) || !has_row)
    return NULL;

  text = dup_column (stmt, 0);
  sqlite3_reset (stmt);
  return text;
}

/* Collection and token */

static gboolean
use_collection_in_transaction (HeraldStore  *self,
                               gpointer      user_data,
                               GError      **error)
{
  const char *collection = user_data;
  sqlite3_stmt *stmt;
  gboolean has_row;

  stmt = herald_store_prepare (self, "SELECT 1 FROM sync_state WHERE collection = ?1", error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, collection);
  if (!herald_store_sync_step_row (self, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  /* A new collection: what was agreed with another one means nothing
   * there, and every live post, campaign and topic note is to be pushed. */
  return herald_store_exec (self, "DELETE FROM sync_state; DELETE FROM sync_items; DELETE FROM outbox;", error) &&
         (stmt = herald_store_prepare (self, "INSERT INTO sync_state (collection, sync_token) VALUES (?1, NULL)", error)) != NULL &&
         (herald_store_bind_text (stmt, 1, collection), herald_store_step_done (self, stmt, error)) &&
         herald_store_exec (self,
                            "INSERT INTO outbox (record_id, kind, op, queued_at)"
                            " SELECT id, 'post', 'put', unixepoch () FROM posts WHERE deleted_at IS NULL ORDER BY seq;"
                            "INSERT INTO outbox (record_id, kind, op, queued_at)"
                            " SELECT id, 'campaign', 'put', unixepoch () FROM campaigns WHERE deleted_at IS NULL;"
                            "INSERT INTO outbox (record_id, kind, op, queued_at)"
                            " SELECT id, 'topic', 'put', unixepoch () FROM topics"
                            " WHERE deleted_at IS NULL AND (notes <> '' OR feed_id IS NULL) ORDER BY seq",
                            error);
}

/**
 * herald_store_sync_use_collection:
 * @self: a #HeraldStore
 * @collection: the calendar collection's URL
 * @error: return location for a #GError
 *
 * Sets up sync with @collection.  The first time (or when the collection
 * changes) every post, campaign and topic note is queued for pushing.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_sync_use_collection (HeraldStore  *self,
                                  const char   *collection,
                                  GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (collection != NULL, FALSE);

  return herald_store_transaction (self, use_collection_in_transaction, (gpointer) collection, error);
}

/**
 * herald_store_sync_get_collection:
 *
 * Returns: (transfer full) (nullable): the collection set up for sync, or
 *   %NULL with no error if there is none
 */
char *
herald_store_sync_get_collection (HeraldStore  *self,
                                  GError      **error)
{
  return dup_single_text (self, "SELECT collection FROM sync_state LIMIT 1", NULL, error);
}

gboolean
herald_store_sync_get_token (HeraldStore  *self,
                             const char   *collection,
                             char        **token,
                             GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;

  *token = NULL;
  stmt = herald_store_prepare (self, "SELECT sync_token FROM sync_state WHERE collection = ?1", error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, collection);
  if (!herald_store_sync_step_row (self, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      *token = dup_column (stmt, 0);
      sqlite3_reset (stmt);
    }

  return TRUE;
}

gboolean
herald_store_sync_set_token (HeraldStore  *self,
                             const char   *collection,
                             const char   *token,
                             GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self, "UPDATE sync_state SET sync_token = ?2 WHERE collection = ?1", error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, collection);
  herald_store_bind_nullable (stmt, 2, token);
  return herald_store_step_done (self, stmt, error);
}

/* Outbox */

/**
 * herald_store_sync_list_outbox:
 *
 * Returns: (transfer full) (element-type HeraldOutboxEntry) (nullable): the
 *   pending pushes, oldest first
 */
GPtrArray *
herald_store_sync_list_outbox (HeraldStore  *self,
                               GError      **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_outbox_entry_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = herald_store_prepare (self,
                               "SELECT id, record_id, kind, op FROM outbox"
                               " ORDER BY CASE kind WHEN 'campaign' THEN 0 WHEN 'post' THEN 1 ELSE 2 END, id",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HeraldOutboxEntry *entry = g_new0 (HeraldOutboxEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->record_id = dup_column (stmt, 1);
      entry->kind = dup_column (stmt, 2);
      entry->is_delete = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), "delete") == 0;
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      herald_store_set_error (self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/**
 * herald_store_sync_outbox_mark:
 *
 * Returns: the newest outbox id queued for @record_id (0 if none), or -1
 *   on error
 */
gint64
herald_store_sync_outbox_mark (HeraldStore  *self,
                               const char   *record_id,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;
  gint64 mark;

  stmt = herald_store_prepare (self, "SELECT COALESCE (MAX (id), 0) FROM outbox WHERE record_id = ?1", error);
  if (stmt == NULL)
    return -1;
  herald_store_bind_text (stmt, 1, record_id);
  if (!herald_store_sync_step_row (self, stmt, &has_row, error))
    return -1;

  mark = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return mark;
}

gboolean
herald_store_sync_has_pending (HeraldStore  *self,
                               const char   *record_id,
                               gboolean     *pending,
                               GError      **error)
{
  gint64 mark = herald_store_sync_outbox_mark (self, record_id, error);

  *pending = mark > 0;
  return mark >= 0;
}

/* Items */

static HeraldSyncItem *
read_item (sqlite3_stmt *stmt)
{
  HeraldSyncItem *item = g_new0 (HeraldSyncItem, 1);

  item->record_id = dup_column (stmt, 0);
  item->href = dup_column (stmt, 1);
  item->etag = dup_column (stmt, 2);
  item->ical = dup_column (stmt, 3);
  item->kind = dup_column (stmt, 4);
  return item;
}

/**
 * herald_store_sync_get_item:
 *
 * Returns: (transfer full) (nullable): what was agreed about @record_id,
 *   or %NULL with no error if nothing was
 */
HeraldSyncItem *
herald_store_sync_get_item (HeraldStore  *self,
                            const char   *record_id,
                            GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;
  HeraldSyncItem *item;

  stmt = herald_store_prepare (self, "SELECT record_id, href, etag, ical, kind FROM sync_items WHERE record_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  herald_store_bind_text (stmt, 1, record_id);
  if (!herald_store_sync_step_row (self, stmt, &has_row, error) || !has_row)
    return NULL;

  item = read_item (stmt);
  sqlite3_reset (stmt);
  return item;
}

/**
 * herald_store_sync_list_items:
 *
 * Returns: (transfer full) (element-type HeraldSyncItem) (nullable): every
 *   record known to be on the server
 */
GPtrArray *
herald_store_sync_list_items (HeraldStore  *self,
                              GError      **error)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_sync_item_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = herald_store_prepare (self, "SELECT record_id, href, etag, NULL, kind FROM sync_items WHERE href IS NOT NULL", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, read_item (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      herald_store_set_error (self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/**
 * herald_store_sync_find_href:
 *
 * Returns: (transfer full) (nullable): the record stored at @href, or
 *   %NULL with no error if none is
 */
char *
herald_store_sync_find_href (HeraldStore  *self,
                             const char   *href,
                             char        **etag,
                             GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;
  char *record_id;

  if (etag != NULL)
    *etag = NULL;

  stmt = herald_store_prepare (self, "SELECT record_id, etag FROM sync_items WHERE href = ?1", error);
  if (stmt == NULL)
    return NULL;
  herald_store_bind_text (stmt, 1, href);
  if (!herald_store_sync_step_row (self, stmt, &has_row, error) || !has_row)
    return NULL;

  record_id = dup_column (stmt, 0);
  if (etag != NULL)
    *etag = dup_column (stmt, 1);
  sqlite3_reset (stmt);
  return record_id;
}

gboolean
herald_store_sync_write_item_row (HeraldStore  *self,
                                  const char   *record_id,
                                  const char   *kind,
                                  const char   *href,
                                  const char   *etag,
                                  const char   *ical,
                                  GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self,
                               "INSERT INTO sync_items (record_id, kind, href, etag, ical) VALUES (?1, ?5, ?2, ?3, ?4)"
                               " ON CONFLICT (record_id) DO UPDATE SET kind = ?5, href = ?2, etag = ?3, ical = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, record_id);
  herald_store_bind_nullable (stmt, 2, href);
  herald_store_bind_nullable (stmt, 3, etag);
  herald_store_bind_nullable (stmt, 4, ical);
  herald_store_bind_text (stmt, 5, kind);
  return herald_store_step_done (self, stmt, error);
}

gboolean
herald_store_sync_delete_item_row (HeraldStore  *self,
                                   const char   *record_id,
                                   GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self, "DELETE FROM sync_items WHERE record_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, record_id);
  return herald_store_step_done (self, stmt, error);
}

static gboolean
drop_outbox (HeraldStore  *self,
             const char   *record_id,
             gint64        up_to,
             GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self, "DELETE FROM outbox WHERE record_id = ?1 AND id <= ?2", error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, record_id);
  sqlite3_bind_int64 (stmt, 2, up_to);
  return herald_store_step_done (self, stmt, error);
}

typedef struct {
  const char *record_id;
  const char *kind;
  gint64      up_to;
  const char *href;
  const char *etag;
  const char *ical;
} PushedOp;

static gboolean
pushed_in_transaction (HeraldStore  *self,
                       gpointer      user_data,
                       GError      **error)
{
  PushedOp *op = user_data;

  if (op->href != NULL)
    {
      if (!herald_store_sync_write_item_row (self, op->record_id, op->kind, op->href, op->etag, op->ical, error))
        return FALSE;
    }
  else if (!herald_store_sync_delete_item_row (self, op->record_id, error))
    {
      return FALSE;
    }

  return drop_outbox (self, op->record_id, op->up_to, error);
}

/**
 * herald_store_sync_pushed:
 * @self: a #HeraldStore
 * @record_id: the record the server confirmed
 * @kind: its kind: "post", "campaign" or "topic"
 * @outbox_up_to: outbox entries of @record_id up to this id are done
 * @href: (nullable): where the record now is; %NULL when it was deleted
 * @etag: (nullable): its new etag
 * @ical: (nullable): what was pushed, the new merge base
 * @error: return location for a #GError
 *
 * Records a confirmed push, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_sync_pushed (HeraldStore  *self,
                          const char   *record_id,
                          const char   *kind,
                          gint64        outbox_up_to,
                          const char   *href,
                          const char   *etag,
                          const char   *ical,
                          GError      **error)
{
  PushedOp op = { record_id, kind, outbox_up_to, href, etag, ical };

  return herald_store_transaction (self, pushed_in_transaction, &op, error);
}

gboolean
herald_store_sync_forget_item (HeraldStore  *self,
                               const char   *record_id,
                               GError      **error)
{
  return herald_store_sync_delete_item_row (self, record_id, error);
}

gint64
herald_store_sync_count_conflicts (HeraldStore  *self,
                                   GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;
  gint64 n;

  /* From the few conflicts to their posts (CROSS JOIN keeps that order):
   * the other way round reads every post, at every start. */
  stmt = herald_store_prepare (self,
                               "SELECT COUNT (*) FROM sync_conflicts c CROSS JOIN posts p ON p.id = c.post_id"
                               " CROSS JOIN posts o ON o.id = c.conflict_of WHERE p.deleted_at IS NULL",
                               error);
  if (stmt == NULL || !herald_store_sync_step_row (self, stmt, &has_row, error))
    return -1;
  n = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return n;
}

gboolean
herald_store_sync_is_conflict_copy (HeraldStore  *self,
                                    const char   *post_id,
                                    GError      **error)
{
  gboolean found = FALSE;

  herald_store_sync_row_exists (self, "SELECT 1 FROM sync_conflicts WHERE post_id = ?1", post_id, &found, error);
  return found;
}

gboolean
herald_store_sync_set_user (HeraldStore  *self,
                            const char   *user,
                            GError      **error)
{
  sqlite3_stmt *stmt = herald_store_prepare (self, "UPDATE sync_state SET user = ?1", error);

  if (stmt == NULL)
    return FALSE;
  herald_store_bind_nullable (stmt, 1, user);
  return herald_store_step_done (self, stmt, error);
}

/**
 * herald_store_sync_get_user:
 *
 * Returns: (transfer full) (nullable): the user name sync logs in with
 */
char *
herald_store_sync_get_user (HeraldStore  *self,
                            GError      **error)
{
  return dup_single_text (self, "SELECT user FROM sync_state LIMIT 1", NULL, error);
}

/**
 * herald_store_sync_trust_certificate:
 * @self: a #HeraldStore
 * @origin: the server, "https://host:port"
 * @fingerprint: the SHA-256 fingerprint of the certificate to trust
 * @error: return location for a #GError
 *
 * Remembers that the user trusts the certificate with @fingerprint for
 * @origin, in place of any other trusted there before.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_sync_trust_certificate (HeraldStore  *self,
                                     const char   *origin,
                                     const char   *fingerprint,
                                     GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (origin != NULL && fingerprint != NULL, FALSE);

  stmt = herald_store_prepare (self,
                               "INSERT OR REPLACE INTO sync_trust (origin, fingerprint, trusted_at)"
                               " VALUES (?1, ?2, unixepoch ())",
                               error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, origin);
  herald_store_bind_text (stmt, 2, fingerprint);
  return herald_store_step_done (self, stmt, error);
}

/**
 * herald_store_sync_get_trusted_certificate:
 * @self: a #HeraldStore
 * @origin: the server, "https://host:port"
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the fingerprint of the certificate
 *   the user trusts for @origin, or %NULL
 */
char *
herald_store_sync_get_trusted_certificate (HeraldStore  *self,
                                           const char   *origin,
                                           GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (origin != NULL, NULL);

  return dup_single_text (self, "SELECT fingerprint FROM sync_trust WHERE origin = ?1", origin, error);
}

static gboolean
announce (HeraldStore  *self,
          gpointer      user_data,
          GError      **error)
{
  const char * const *ids = user_data;
  g_autoptr (GEnumClass) kinds = g_type_class_ref (HERALD_TYPE_RECORD_KIND);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *colon = strchr (ids[i], ':');
      g_autofree char *nick = colon != NULL ? g_strndup (ids[i], colon - ids[i]) : NULL;
      GEnumValue *kind = nick != NULL ? g_enum_get_value_by_nick (kinds, nick) : NULL;

      if (kind != NULL)
        herald_store_note_change (self, kind->value, colon + 1);
    }
  return TRUE;
}

/**
 * herald_store_sync_announce:
 * @self: a #HeraldStore
 * @ids: what a sync changed on another connection to the database, each
 *   as "kind:id" with a #HeraldRecordKind's nick ("post:…", "topic:…")
 * @error: return location for a #GError
 *
 * Emits `changed` for @ids on @self, so that what shows them reads them
 * again.  Writes nothing.
 *
 * Returns: %TRUE unless the database could not be reached
 */
gboolean
herald_store_sync_announce (HeraldStore         *self,
                            const char * const  *ids,
                            GError             **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);

  if (ids == NULL || ids[0] == NULL)
    return TRUE;
  return herald_store_transaction (self, announce, (gpointer) ids, error);
}
