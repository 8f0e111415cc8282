/* herald-store.c — the database Herald keeps everything in
 *
 * One HeraldStore per database file, owned by the application and used
 * from the main thread.  Every write runs in a transaction; after the
 * commit the store emits `changed` once per kind of record touched, with
 * the ids.  Deletes are soft (a tombstone in deleted_at) so that undo and
 * sync work; old tombstones are purged.
 *
 * Opening never harms a file it cannot use: a database written by a newer
 * Herald, a file that is not a Herald database, or a damaged one is
 * inspected read-only and refused with an error, byte for byte untouched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <unistd.h>

#include "herald-store-private.h"

G_DEFINE_FINAL_TYPE (HeraldStore, herald_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (herald-store-error-quark, herald_store_error)

G_DEFINE_ENUM_TYPE (HeraldRecordKind, herald_record_kind,
  G_DEFINE_ENUM_VALUE (HERALD_RECORD_ACCOUNT, "account"),
  G_DEFINE_ENUM_VALUE (HERALD_RECORD_CAMPAIGN, "campaign"),
  G_DEFINE_ENUM_VALUE (HERALD_RECORD_KPI, "kpi"),
  G_DEFINE_ENUM_VALUE (HERALD_RECORD_POST, "post"),
  G_DEFINE_ENUM_VALUE (HERALD_RECORD_TOPIC, "topic"),
  G_DEFINE_ENUM_VALUE (HERALD_RECORD_METRIC, "metric"),
  G_DEFINE_ENUM_VALUE (HERALD_RECORD_FEED, "feed"),
  G_DEFINE_ENUM_VALUE (HERALD_RECORD_AD_WORD, "ad-word"))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Tables by record kind, for the statements shared by every kind. */
static const char * const delete_sql[] = {
  [HERALD_RECORD_ACCOUNT] = "UPDATE accounts SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
  [HERALD_RECORD_CAMPAIGN] = "UPDATE campaigns SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
  [HERALD_RECORD_KPI] = "UPDATE kpis SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
  [HERALD_RECORD_POST] = "UPDATE posts SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
  [HERALD_RECORD_TOPIC] = "UPDATE topics SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
  [HERALD_RECORD_METRIC] = NULL,
  [HERALD_RECORD_FEED] = "UPDATE feeds SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
};

static const char * const restore_sql[] = {
  [HERALD_RECORD_ACCOUNT] = "UPDATE accounts SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
  [HERALD_RECORD_CAMPAIGN] = "UPDATE campaigns SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
  [HERALD_RECORD_KPI] = "UPDATE kpis SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
  [HERALD_RECORD_POST] = "UPDATE posts SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
  [HERALD_RECORD_TOPIC] = "UPDATE topics SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
  [HERALD_RECORD_METRIC] = NULL,
  [HERALD_RECORD_FEED] = "UPDATE feeds SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
};

static const char * const count_sql[] = {
  [HERALD_RECORD_ACCOUNT] = "SELECT count(*) FROM accounts WHERE deleted_at IS NULL",
  [HERALD_RECORD_CAMPAIGN] = "SELECT count(*) FROM campaigns WHERE deleted_at IS NULL",
  [HERALD_RECORD_KPI] = "SELECT count(*) FROM kpis WHERE deleted_at IS NULL",
  [HERALD_RECORD_POST] = "SELECT count(*) FROM posts WHERE deleted_at IS NULL",
  [HERALD_RECORD_TOPIC] = "SELECT count(*) FROM topics WHERE deleted_at IS NULL",
  [HERALD_RECORD_METRIC] = ("SELECT (SELECT count(*) FROM metric_samples)"
                            " + (SELECT coalesce (sum (numbers), 0) FROM imports)"),
  [HERALD_RECORD_FEED] = "SELECT count(*) FROM feeds WHERE deleted_at IS NULL",
};

/* Children first, so that foreign keys hold at every step. */
static const char * const purge_sql[] = {
  "DELETE FROM kpis WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
  "DELETE FROM attachments WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
  "DELETE FROM posts WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
  "DELETE FROM topics WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
  "DELETE FROM campaigns WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
  "DELETE FROM accounts WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
  "DELETE FROM feeds WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
};

gint64
herald_store_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/**
 * herald_store_new_id:
 *
 * Returns: (transfer full): a new random record id
 */
char *
herald_store_new_id (void)
{
  return g_uuid_string_random ();
}

/* Turns an SQLite failure into a GError a user can read. */
gboolean
herald_store_set_error (sqlite3  *db,
                        int       rc,
                        GError  **error)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_CORRUPT,
                   _("The database is damaged (%s)"), detail);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_READ_ONLY,
                   _("The database cannot be written to (%s)"), detail);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("The change was refused as inconsistent (%s)"), detail);
      break;

    case SQLITE_FULL:
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_FAILED,
                   _("The disk is full (%s)"), detail);
      break;

    default:
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_FAILED,
                   _("The database failed (%s)"), detail);
      break;
    }

  return FALSE;
}

/* Statements are prepared once per store and reused: callers get them
 * reset and with no bindings. */
sqlite3_stmt *
herald_store_prepare (HeraldStore  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (HERALD_IS_STORE (self));

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      herald_store_set_error (self->db, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
herald_store_exec (HeraldStore  *self,
                   const char   *sql,
                   GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return herald_store_set_error (self->db, rc, error);

  return TRUE;
}

gboolean
herald_store_step_done (HeraldStore   *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return herald_store_set_error (self->db, rc, error);

  return TRUE;
}

void
herald_store_bind_text (sqlite3_stmt *stmt,
                        int           index,
                        const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

void
herald_store_bind_nullable (sqlite3_stmt *stmt,
                            int           index,
                            const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
herald_store_bind_time (sqlite3_stmt *stmt,
                        int           index,
                        gint64        time)
{
  if (time == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, time);
}

const char *
herald_store_column_text (sqlite3_stmt *stmt,
                          int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

const char *
herald_store_column_nullable (sqlite3_stmt *stmt,
                              int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

char *
herald_store_strv_to_json (const char * const *strv)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* Reads a JSON array of strings; anything else reads as empty. */
char **
herald_store_json_to_strv (const char *json)
{
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  root = json_from_string (json, NULL);
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      array = json_node_get_array (root);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  return g_strv_builder_end (builder);
}

void
herald_store_note_change (HeraldStore      *self,
                          HeraldRecordKind  kind,
                          const char       *id)
{
  g_assert (kind <= HERALD_RECORD_AD_WORD);

  if (self->pending[kind] == NULL)
    self->pending[kind] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_add (self->pending[kind], g_strdup (id != NULL ? id : ""));
}

static void
clear_pending (HeraldStore *self)
{
  for (guint kind = 0; kind < G_N_ELEMENTS (self->pending); kind++)
    g_clear_pointer (&self->pending[kind], g_hash_table_unref);
}

static void
emit_pending (HeraldStore *self)
{
  GHashTable *pending[G_N_ELEMENTS (self->pending)];

  /* Handlers may write again: take the sets before emitting. */
  memcpy (pending, self->pending, sizeof pending);
  memset (self->pending, 0, sizeof self->pending);

  for (guint kind = 0; kind < G_N_ELEMENTS (pending); kind++)
    {
      g_autoptr (GHashTable) ids = pending[kind];
      g_autofree const char **keys = NULL;

      if (ids == NULL)
        continue;

      keys = (const char **) g_hash_table_get_keys_as_array (ids, NULL);
      g_signal_emit (self, signals[CHANGED], 0, (HeraldRecordKind) kind, keys);
    }
}

/**
 * herald_store_transaction:
 * @self: a #HeraldStore
 * @func: what to do inside the transaction
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * Runs @func inside one transaction: everything it writes is committed
 * together, or nothing is when it fails.  Nested calls join the outer
 * transaction.  `changed` is emitted after the outermost commit.
 *
 * Returns: %TRUE if the transaction committed
 */
gboolean
herald_store_transaction (HeraldStore                 *self,
                          HeraldStoreTransactionFunc   func,
                          gpointer                     user_data,
                          GError                     **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (self->transaction_depth > 0)
    return func (self, user_data, error);

  if (!herald_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->transaction_depth++;
  if (!func (self, user_data, &local_error))
    {
      self->transaction_depth--;
      herald_store_exec (self, "ROLLBACK", NULL);
      clear_pending (self);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  self->transaction_depth--;

  if (!herald_store_exec (self, "COMMIT", error))
    {
      herald_store_exec (self, "ROLLBACK", NULL);
      clear_pending (self);
      return FALSE;
    }

  emit_pending (self);
  return TRUE;
}

/* Opening */

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return herald_store_set_error (db, rc, error);

  return TRUE;
}

/* Looks at an existing file without writing to it: is it a Herald
 * database this build can open? */
static gboolean
inspect_existing (const char  *path,
                  GError     **error)
{
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  gint64 application_id = 0, version = 0, n_objects = 0;
  gboolean ok = FALSE;
  int rc;

  /* immutable: no locks, no journal, not even a -wal or -shm beside it. */
  escaped = g_uri_escape_string (path, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH, TRUE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      herald_store_set_error (db, rc, error);
      goto out;
    }

  if (!query_int (db, "PRAGMA application_id", &application_id, error) ||
      !query_int (db, "PRAGMA user_version", &version, error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    goto out;

  if (application_id != HERALD_STORE_APPLICATION_ID && (application_id != 0 || n_objects > 0))
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_HERALD,
                   _("“%s” is not a Herald database"), path);
      goto out;
    }

  if (version > HERALD_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NEWER_VERSION,
                   _("The database was written by a newer version of Herald (schema %d; this version knows %d). Update Herald to open it."),
                   (int) version, HERALD_STORE_SCHEMA_VERSION);
      goto out;
    }

  ok = TRUE;

out:
  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
migrate (HeraldStore  *self,
         GError      **error)
{
  gint64 version = 0;

  if (!query_int (self->db, "PRAGMA user_version", &version, error))
    return FALSE;

  /* The file itself was checked before opening; this catches a newer
   * schema that was still in the write-ahead log. */
  if (version > HERALD_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NEWER_VERSION,
                   _("The database was written by a newer version of Herald (schema %d; this version knows %d). Update Herald to open it."),
                   (int) version, HERALD_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if (version == 0)
    {
      g_autofree char *mark = g_strdup_printf ("PRAGMA application_id = %d;"
                                               "PRAGMA journal_mode = WAL;",
                                               HERALD_STORE_APPLICATION_ID);

      if (!herald_store_exec (self, mark, error))
        return FALSE;
    }

  for (guint v = version; v < herald_store_n_migrations; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", v + 1);

      g_debug ("Migrating %s to schema %u", self->path, v + 1);

      if (!herald_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (!herald_store_exec (self, herald_store_migrations[v], error) ||
          !herald_store_exec (self, set_version, error))
        {
          herald_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }

      if (!herald_store_exec (self, "COMMIT", error))
        {
          herald_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
ensure_folder (const char  *path,
               GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      if (g_access (dir, W_OK) != 0)
        {
          g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_READ_ONLY,
                       _("The folder “%s” is read-only: Herald cannot keep its database there"), dir);
          return FALSE;
        }
      return TRUE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NO_FOLDER,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_database (HeraldStore  *self,
               GError      **error)
{
  int rc;

  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      if (!inspect_existing (self->path, error))
        return FALSE;

      if (g_access (self->path, W_OK) != 0)
        {
          g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_READ_ONLY,
                       _("The database “%s” is read-only"), self->path);
          return FALSE;
        }
    }

  if (!ensure_folder (self->path, error))
    return FALSE;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    return herald_store_set_error (self->db, rc, error);

  sqlite3_extended_result_codes (self->db, TRUE);

  /* Only settings that write nothing to an existing file: the journal mode
   * and Herald's mark are set once, when the file is new. */
  if (!herald_store_exec (self,
                          "PRAGMA synchronous = NORMAL;"
                          "PRAGMA foreign_keys = ON;"
                          "PRAGMA busy_timeout = 5000;",
                          error))
    return FALSE;

  return migrate (self, error);
}

/**
 * herald_store_open:
 * @path: the database file; created, with its folder, when missing
 * @error: return location for a #GError
 *
 * Opens or creates a Herald database and brings its schema up to date.
 *
 * Fails with %HERALD_STORE_ERROR_NEWER_VERSION for a database written by a
 * newer Herald, %HERALD_STORE_ERROR_CORRUPT for a damaged file,
 * %HERALD_STORE_ERROR_NOT_HERALD for another program's database, and
 * %HERALD_STORE_ERROR_READ_ONLY or %HERALD_STORE_ERROR_NO_FOLDER when the
 * file or its folder cannot be written; in each case the file is left as
 * it was.
 *
 * Returns: (transfer full): the store, or %NULL
 */
HeraldStore *
herald_store_open (const char  *path,
                   GError     **error)
{
  g_autoptr (HeraldStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HERALD_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_database (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
herald_store_get_path (HeraldStore *self)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  return self->path;
}

int
herald_store_get_schema_version (HeraldStore *self)
{
  gint64 version = -1;

  g_return_val_if_fail (HERALD_IS_STORE (self), -1);

  if (!query_int (self->db, "PRAGMA user_version", &version, NULL))
    return -1;

  return version;
}

/* Deleting, restoring, purging, counting */

typedef struct {
  HeraldRecordKind  kind;
  const char       *id;
  const char       *sql;
} TombstoneOp;

static gboolean
tombstone_in_transaction (HeraldStore  *self,
                          gpointer      user_data,
                          GError      **error)
{
  TombstoneOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self, op->sql, error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->id);
  sqlite3_bind_int64 (stmt, 2, herald_store_now ());
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND,
                   _("Nothing to change: the record is gone or already in that state"));
      return FALSE;
    }

  herald_store_note_change (self, op->kind, op->id);
  return TRUE;
}

/**
 * herald_store_delete:
 * @self: a #HeraldStore
 * @kind: the kind of record
 * @id: its id
 * @error: return location for a #GError
 *
 * Moves a record to the bin: it disappears from every list, and
 * herald_store_restore() brings it back until the tombstone is purged.
 *
 * Returns: %TRUE if the record was deleted
 */
gboolean
herald_store_delete (HeraldStore       *self,
                     HeraldRecordKind   kind,
                     const char        *id,
                     GError           **error)
{
  TombstoneOp op = { kind, id, NULL };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (delete_sql) && delete_sql[kind] != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  op.sql = delete_sql[kind];
  return herald_store_transaction (self, tombstone_in_transaction, &op, error);
}

/**
 * herald_store_restore:
 * @self: a #HeraldStore
 * @kind: the kind of record
 * @id: its id
 * @error: return location for a #GError
 *
 * Undoes herald_store_delete().
 *
 * Returns: %TRUE if the record is back
 */
gboolean
herald_store_restore (HeraldStore       *self,
                      HeraldRecordKind   kind,
                      const char        *id,
                      GError           **error)
{
  TombstoneOp op = { kind, id, NULL };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (restore_sql) && restore_sql[kind] != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  op.sql = restore_sql[kind];
  return herald_store_transaction (self, tombstone_in_transaction, &op, error);
}

typedef struct {
  gint64 before;
  guint  n_purged;
} PurgeOp;

static gboolean
purge_in_transaction (HeraldStore  *self,
                      gpointer      user_data,
                      GError      **error)
{
  PurgeOp *op = user_data;

  for (guint i = 0; i < G_N_ELEMENTS (purge_sql); i++)
    {
      sqlite3_stmt *stmt = herald_store_prepare (self, purge_sql[i], error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, op->before);
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;

      op->n_purged += sqlite3_changes (self->db);
    }

  return TRUE;
}

/**
 * herald_store_purge_tombstones:
 * @self: a #HeraldStore
 * @deleted_before: Unix time; tombstones older than this go for good
 * @error: return location for a #GError
 *
 * Returns: how many records were removed for good (0 on error)
 */
guint
herald_store_purge_tombstones (HeraldStore  *self,
                               gint64        deleted_before,
                               GError      **error)
{
  PurgeOp op = { deleted_before, 0 };

  g_return_val_if_fail (HERALD_IS_STORE (self), 0);

  if (!herald_store_transaction (self, purge_in_transaction, &op, error))
    return 0;

  return op.n_purged;
}

/**
 * herald_store_count:
 * @self: a #HeraldStore
 * @kind: the kind of record
 * @error: return location for a #GError
 *
 * Returns: the number of live records of @kind, or -1 on error
 */
gint64
herald_store_count (HeraldStore       *self,
                    HeraldRecordKind   kind,
                    GError           **error)
{
  sqlite3_stmt *stmt;
  gint64 count = -1;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), -1);
  g_return_val_if_fail (kind < G_N_ELEMENTS (count_sql), -1);

  stmt = herald_store_prepare (self, count_sql[kind], error);
  if (stmt == NULL)
    return -1;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    herald_store_set_error (self->db, rc, error);
  sqlite3_reset (stmt);

  return count;
}

static void
herald_store_finalize (GObject *object)
{
  HeraldStore *self = HERALD_STORE (object);

  clear_pending (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* Keeps the planner's statistics fresh; closing the last connection
       * folds the write-ahead log back into the file. */
      sqlite3_exec (self->db, "PRAGMA optimize", NULL, NULL, NULL);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (herald_store_parent_class)->finalize (object);
}

static void
herald_store_class_init (HeraldStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_store_finalize;

  /**
   * HeraldStore::changed:
   * @store: the store
   * @kind: the #HeraldRecordKind that changed
   * @ids: (array zero-terminated=1): the ids of the records that changed
   *
   * Emitted after a transaction commits, once per kind of record it
   * touched.  For metric samples the ids are the posts they belong to.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, HERALD_TYPE_RECORD_KIND, G_TYPE_STRV);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
herald_store_init (HeraldStore *self)
{
  /* By address: every statement's text is a string the program keeps. */
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, finalize_statement);
}
