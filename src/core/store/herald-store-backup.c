/* herald-store-backup.c — automatic daily copies and restoring them
 *
 * Backups are online copies made with SQLite's backup API, so a copy is
 * consistent even while the app writes.  They live beside the database in
 * `<name>.backups/`, one file a day, named by date so that the newest sorts
 * last; the oldest beyond the number kept are removed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "herald-paths.h"
#include "herald-store-private.h"

#define BACKUP_PREFIX "herald-"
#define BACKUP_SUFFIX ".db"

/* Copies the live database @source into a new file at @destination,
 * through a temporary file so that a half-written copy is never left
 * under the final name. */
static gboolean
backup_connection (sqlite3     *source,
                   const char  *destination,
                   GError     **error)
{
  g_autofree char *partial = g_strconcat (destination, ".partial", NULL);
  sqlite3_backup *backup;
  sqlite3 *target = NULL;
  int rc;

  g_unlink (partial);
  rc = sqlite3_open_v2 (partial, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      herald_store_set_error (target, rc, error);
      sqlite3_close_v2 (target);
      return FALSE;
    }

  backup = sqlite3_backup_init (target, "main", source, "main");
  if (backup == NULL)
    {
      herald_store_set_error (target, sqlite3_errcode (target), error);
      sqlite3_close_v2 (target);
      g_unlink (partial);
      return FALSE;
    }

  /* Pages in steps, so that a writer on another connection is not held
   * off for the whole copy. */
  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (10);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      herald_store_set_error (target, rc, error);
      sqlite3_close_v2 (target);
      g_unlink (partial);
      return FALSE;
    }

  rc = sqlite3_close_v2 (target);
  if (rc != SQLITE_OK)
    {
      herald_store_set_error (NULL, rc, error);
      g_unlink (partial);
      return FALSE;
    }

  if (g_rename (partial, destination) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save the backup “%s”: %s"), destination, g_strerror (saved_errno));
      g_unlink (partial);
      return FALSE;
    }

  return TRUE;
}

/**
 * herald_store_backup:
 * @self: a #HeraldStore
 * @destination: the file to write; replaced if it exists
 * @error: return location for a #GError
 *
 * Writes a consistent copy of the database to @destination.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_backup (HeraldStore  *self,
                     const char   *destination,
                     GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  return backup_connection (self->db, destination, error);
}

static int
compare_backup_names (gconstpointer a,
                      gconstpointer b)
{
  /* Newest first: the names carry the date. */
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * herald_store_list_backups:
 * @database_path: the database the backups belong to
 *
 * Returns: (transfer full) (element-type utf8): paths of the automatic
 *   backups, newest first; empty when there are none
 */
GPtrArray *
herald_store_list_backups (const char *database_path)
{
  g_autofree char *dir_path = herald_paths_get_backup_dir (database_path);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return paths;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, BACKUP_PREFIX) && g_str_has_suffix (name, BACKUP_SUFFIX))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_backup_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (dir_path, names->pdata[i], NULL));

  return paths;
}

static char *
backup_path_for_day (const char *database_path,
                     GDateTime  *now)
{
  g_autofree char *dir = herald_paths_get_backup_dir (database_path);
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strconcat (BACKUP_PREFIX, day, BACKUP_SUFFIX, NULL);

  return g_build_filename (dir, name, NULL);
}

static void
rotate_backups (const char *database_path,
                guint       keep)
{
  g_autoptr (GPtrArray) backups = herald_store_list_backups (database_path);

  for (guint i = keep; i < backups->len; i++)
    if (g_unlink (backups->pdata[i]) != 0)
      g_warning ("Could not remove the old backup %s: %s",
                 (const char *) backups->pdata[i], g_strerror (errno));
}

/* The daily backup from any connection: the store's, or a thread's own. */
static char *
backup_daily (sqlite3     *db,
              const char  *database_path,
              GDateTime   *now,
              guint        keep,
              GError     **error)
{
  g_autofree char *destination = backup_path_for_day (database_path, now);
  g_autofree char *dir = g_path_get_dirname (destination);

  if (g_file_test (destination, G_FILE_TEST_EXISTS))
    return NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the backup folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  if (!backup_connection (db, destination, error))
    return NULL;

  rotate_backups (database_path, MAX (keep, 1));
  return g_steal_pointer (&destination);
}

/**
 * herald_store_backup_daily:
 * @self: a #HeraldStore
 * @now: today, in the user's time zone
 * @keep: how many daily backups to keep
 * @error: return location for a #GError
 *
 * Makes today's backup if there is none yet, then removes the oldest
 * beyond @keep.
 *
 * Returns: (transfer full) (nullable): the new backup's path, or %NULL if
 *   today's existed already or on error (then @error is set)
 */
char *
herald_store_backup_daily (HeraldStore  *self,
                           GDateTime    *now,
                           guint         keep,
                           GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return backup_daily (self->db, self->path, now, keep, error);
}

static void
backup_daily_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  g_autofree char *created = NULL;
  sqlite3 *db = NULL;
  int rc;

  /* A connection of its own: WAL lets it read while the app writes. */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      herald_store_set_error (db, rc, &error);
      sqlite3_close_v2 (db);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  created = backup_daily (db, path, now, 7, &error);
  sqlite3_close_v2 (db);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&created), g_free);
}

/**
 * herald_store_backup_daily_async:
 * @self: a #HeraldStore
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * herald_store_backup_daily() for today, keeping seven, in a thread.
 */
void
herald_store_backup_daily_async (HeraldStore         *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (HERALD_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, herald_store_backup_daily_async);
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, backup_daily_thread);
}

char *
herald_store_backup_daily_finish (HeraldStore   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
move_aside (const char  *path,
            const char  *suffix,
            GError     **error)
{
  g_autofree char *target = g_strconcat (path, suffix, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not move “%s” aside: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * herald_store_restore_backup:
 * @database_path: the database to replace; no store may have it open
 * @backup_path: the backup to put in its place
 * @set_aside_path: (out) (optional) (nullable): where the replaced file went
 * @error: return location for a #GError
 *
 * Puts a backup in place of the database.  Nothing is deleted: the file it
 * replaces (damaged, perhaps) is renamed with a `.replaced-<time>` suffix,
 * with its write-ahead log, so it can still be looked at or sent in.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_restore_backup (const char  *database_path,
                             const char  *backup_path,
                             char       **set_aside_path,
                             GError     **error)
{
  g_autoptr (HeraldStore) check = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GFile) source = NULL;
  g_autoptr (GFile) partial = NULL;
  g_autofree char *stamp = g_date_time_format (now, ".replaced-%Y%m%d-%H%M%S");
  g_autofree char *partial_path = g_strconcat (database_path, ".restoring", NULL);
  g_autofree char *wal_path = g_strconcat (database_path, "-wal", NULL);
  g_autofree char *shm_path = g_strconcat (database_path, "-shm", NULL);
  g_autofree char *wal_stamp = g_strconcat (stamp, "-wal", NULL);
  g_autofree char *partial_wal = g_strconcat (partial_path, "-wal", NULL);
  g_autofree char *partial_shm = g_strconcat (partial_path, "-shm", NULL);

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  /* Copy first and check the copy, so a bad backup changes nothing. */
  source = g_file_new_for_path (backup_path);
  partial = g_file_new_for_path (partial_path);
  if (!g_file_copy (source, partial, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;

  check = herald_store_open (partial_path, error);
  if (check == NULL)
    {
      g_unlink (partial_path);
      g_prefix_error (error, _("The backup cannot be used: "));
      return FALSE;
    }
  g_clear_object (&check);
  g_unlink (partial_wal);
  g_unlink (partial_shm);

  if (!move_aside (database_path, stamp, error) ||
      !move_aside (wal_path, wal_stamp, error))
    {
      g_unlink (partial_path);
      return FALSE;
    }
  g_unlink (shm_path);

  if (g_rename (partial_path, database_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not put the backup in place: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  if (set_aside_path != NULL)
    *set_aside_path = g_strconcat (database_path, stamp, NULL);

  return TRUE;
}
