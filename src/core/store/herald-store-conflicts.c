/* herald-store-conflicts.c — posts changed on both sides, and settling them
 *
 * When sync meets a field changed here and on the server, the post keeps
 * the local value and the server's version is saved as a conflict copy: a
 * post of its own, recorded in sync_conflicts.  Settling a conflict is one
 * transaction and one `changed` notification.  Keeping mine moves the
 * copy to the bin, so that undo (herald_store_restore()) brings the
 * conflict back; keeping theirs writes the copy's fields over the post,
 * which queues a push, and bins the copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "herald-store-conflicts.h"
#include "herald-store-private.h"

/* A conflict whose copy is live and whose post is still in the database;
 * the same rows herald_store_sync_count_conflicts() counts. */
#define CONFLICT_ROWS \
  " FROM sync_conflicts c CROSS JOIN posts p ON p.id = c.post_id CROSS JOIN posts o ON o.id = c.conflict_of" \
  " WHERE p.deleted_at IS NULL"

void
herald_sync_conflict_free (HeraldSyncConflict *conflict)
{
  if (conflict == NULL)
    return;

  g_clear_object (&conflict->mine);
  g_clear_object (&conflict->theirs);
  g_free (conflict);
}

static gboolean
has_affix (const char *title,
           const char *pattern,
           gsize      *prefix_len,
           gsize      *suffix_len)
{
  const char *hole = strstr (pattern, "%s");
  gsize title_len = strlen (title);

  if (hole == NULL)
    return FALSE;

  *prefix_len = hole - pattern;
  *suffix_len = strlen (hole + 2);
  return title_len > *prefix_len + *suffix_len &&
         strncmp (title, pattern, *prefix_len) == 0 &&
         strcmp (title + title_len - *suffix_len, hole + 2) == 0;
}

/* The title the server gave: the copy's title without the mark sync added
 * (in this language, or in English when sync ran without a translation). */
static char *
their_title (const char *copy_title)
{
  /* Translators: the title of a post kept because a team member changed
   * the same post differently; %s is the post title */
  const char *patterns[] = { _("%s (conflicting copy)"), "%s (conflicting copy)" };

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      gsize prefix_len, suffix_len;

      if (has_affix (copy_title, patterns[i], &prefix_len, &suffix_len))
        return g_strndup (copy_title + prefix_len, strlen (copy_title) - prefix_len - suffix_len);
    }

  return g_strdup (copy_title);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

static gboolean
same_tags (const char * const *a,
           const char * const *b)
{
  guint n_a = a != NULL ? g_strv_length ((char **) a) : 0;
  guint n_b = b != NULL ? g_strv_length ((char **) b) : 0;

  if (n_a != n_b)
    return FALSE;
  for (guint i = 0; i < n_a; i++)
    if (g_strcmp0 (a[i], b[i]) != 0)
      return FALSE;

  return TRUE;
}

static guint
compare (HeraldPost *mine,
         HeraldPost *theirs)
{
  guint differences = 0;

  if (!same_text (herald_post_get_title (mine), herald_post_get_title (theirs)))
    differences |= HERALD_CONFLICT_FIELD_TITLE;
  if (!same_text (herald_post_get_body (mine), herald_post_get_body (theirs)))
    differences |= HERALD_CONFLICT_FIELD_BODY;
  if (!same_text (herald_post_get_digest (mine), herald_post_get_digest (theirs)))
    differences |= HERALD_CONFLICT_FIELD_DIGEST;
  if (herald_post_get_scheduled_at (mine) != herald_post_get_scheduled_at (theirs) ||
      !same_text (herald_post_get_tz (mine), herald_post_get_tz (theirs)))
    differences |= HERALD_CONFLICT_FIELD_TIME;
  if (herald_post_get_status (mine) != herald_post_get_status (theirs))
    differences |= HERALD_CONFLICT_FIELD_STATUS;
  if (!same_text (herald_post_get_account_id (mine), herald_post_get_account_id (theirs)))
    differences |= HERALD_CONFLICT_FIELD_ACCOUNT;
  if (!same_text (herald_post_get_campaign_id (mine), herald_post_get_campaign_id (theirs)))
    differences |= HERALD_CONFLICT_FIELD_CAMPAIGN;
  if (!same_tags (herald_post_get_tags (mine), herald_post_get_tags (theirs)))
    differences |= HERALD_CONFLICT_FIELD_TAGS;
  if (!same_text (herald_post_get_url (mine), herald_post_get_url (theirs)))
    differences |= HERALD_CONFLICT_FIELD_URL;
  if (!same_text (herald_post_get_notes (mine), herald_post_get_notes (theirs)))
    differences |= HERALD_CONFLICT_FIELD_NOTES;
  if (!same_text (herald_post_get_series_id (mine), herald_post_get_series_id (theirs)))
    differences |= HERALD_CONFLICT_FIELD_SERIES;

  return differences;
}

static HeraldSyncConflict *
read_conflict (HeraldStore  *self,
               const char   *copy_id,
               const char   *original_id,
               gint64        created_at,
               GError      **error)
{
  g_autoptr (HeraldSyncConflict) conflict = g_new0 (HeraldSyncConflict, 1);
  g_autofree char *title = NULL;

  conflict->mine = herald_store_get_post (self, original_id, error);
  if (conflict->mine == NULL)
    return NULL;
  conflict->theirs = herald_store_get_post (self, copy_id, error);
  if (conflict->theirs == NULL)
    return NULL;

  title = their_title (herald_post_get_title (conflict->theirs));
  herald_post_set_title (conflict->theirs, title);
  conflict->created_at = created_at;
  conflict->differences = compare (conflict->mine, conflict->theirs);
  return g_steal_pointer (&conflict);
}

/**
 * herald_store_sync_list_conflicts:
 * @self: a #HeraldStore
 * @error: return location for a #GError
 *
 * Lists the conflicts waiting to be settled, oldest first.  Each holds the
 * post as kept here and the server's version; the latter is the conflict
 * copy with the title the server gave (without the mark sync added).
 *
 * Returns: (transfer full) (element-type HeraldSyncConflict) (nullable):
 *   the conflicts, or %NULL on error
 */
GPtrArray *
herald_store_sync_list_conflicts (HeraldStore  *self,
                                  GError      **error)
{
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (GPtrArray) ids = NULL;
  g_autoptr (GArray) times = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT c.post_id, c.conflict_of, c.created_at" CONFLICT_ROWS
                               " ORDER BY c.created_at, p.seq",
                               error);
  if (stmt == NULL)
    return NULL;

  /* Read the pairs' ids first: reading a post reuses other statements. */
  ids = g_ptr_array_new_with_free_func (g_free);
  times = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 created_at = sqlite3_column_int64 (stmt, 2);

      g_ptr_array_add (ids, g_strdup (herald_store_column_text (stmt, 0)));
      g_ptr_array_add (ids, g_strdup (herald_store_column_text (stmt, 1)));
      g_array_append_val (times, created_at);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      herald_store_set_error (self->db, rc, error);
      return NULL;
    }

  conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_sync_conflict_free);
  for (guint i = 0; i < times->len; i++)
    {
      HeraldSyncConflict *conflict = read_conflict (self, ids->pdata[2 * i], ids->pdata[2 * i + 1],
                                                    g_array_index (times, gint64, i), error);

      if (conflict == NULL)
        return NULL;
      g_ptr_array_add (conflicts, conflict);
    }

  return g_steal_pointer (&conflicts);
}

/* The post @copy_id is a conflict copy of, if it still waits. */
static char *
find_original (HeraldStore  *self,
               const char   *copy_id,
               gint64       *created_at,
               GError      **error)
{
  sqlite3_stmt *stmt;
  char *original_id = NULL;
  int rc;

  stmt = herald_store_prepare (self, "SELECT c.conflict_of, c.created_at" CONFLICT_ROWS " AND c.post_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  herald_store_bind_text (stmt, 1, copy_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      original_id = g_strdup (herald_store_column_text (stmt, 0));
      if (created_at != NULL)
        *created_at = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND,
                 _("This conflict has already been settled"));
  else if (rc != SQLITE_ROW)
    herald_store_set_error (self->db, rc, error);

  return original_id;
}

/**
 * herald_store_sync_get_conflict:
 * @self: a #HeraldStore
 * @copy_id: the conflict copy's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the conflict, or %NULL with
 *   %HERALD_STORE_ERROR_NOT_FOUND when it no longer waits
 */
HeraldSyncConflict *
herald_store_sync_get_conflict (HeraldStore  *self,
                                const char   *copy_id,
                                GError      **error)
{
  g_autofree char *original_id = NULL;
  gint64 created_at = 0;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (copy_id != NULL, NULL);

  original_id = find_original (self, copy_id, &created_at, error);
  if (original_id == NULL)
    return NULL;

  return read_conflict (self, copy_id, original_id, created_at, error);
}

typedef struct {
  const char           *copy_id;
  HeraldConflictChoice  choice;
} ResolveOp;

static gboolean
run_with_id (HeraldStore  *self,
             const char   *sql,
             const char   *id,
             GError      **error)
{
  sqlite3_stmt *stmt = herald_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, id);
  return herald_store_step_done (self, stmt, error);
}

static gboolean
forget_conflict (HeraldStore  *self,
                 const char   *copy_id,
                 GError      **error)
{
  return run_with_id (self, "DELETE FROM sync_conflicts WHERE post_id = ?1", copy_id, error);
}

static gboolean
take_theirs (HeraldStore  *self,
             const char   *copy_id,
             const char   *original_id,
             GError      **error)
{
  g_autoptr (HeraldPost) mine = herald_store_get_post (self, original_id, error);
  g_autoptr (HeraldPost) copy = NULL;
  g_autofree char *title = NULL;

  if (mine == NULL)
    return FALSE;
  copy = herald_store_get_post (self, copy_id, error);
  if (copy == NULL)
    return FALSE;

  title = their_title (herald_post_get_title (copy));
  herald_post_set_title (mine, title);
  herald_post_set_account_id (mine, herald_post_get_account_id (copy));
  herald_post_set_campaign_id (mine, herald_post_get_campaign_id (copy));
  herald_post_set_series_id (mine, herald_post_get_series_id (copy));
  herald_post_set_status (mine, herald_post_get_status (copy));
  herald_post_set_body (mine, herald_post_get_body (copy));
  herald_post_set_digest (mine, herald_post_get_digest (copy));
  herald_post_set_tags (mine, herald_post_get_tags (copy));
  herald_post_set_scheduled_at (mine, herald_post_get_scheduled_at (copy));
  herald_post_set_tz (mine, herald_post_get_tz (copy));
  herald_post_set_url (mine, herald_post_get_url (copy));
  herald_post_set_notes (mine, herald_post_get_notes (copy));

  /* Saving queues the push (the outbox triggers); a post in the bin
   * comes back, since theirs is live. */
  return herald_store_save_post (self, mine, error) &&
         run_with_id (self, "UPDATE posts SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
                      original_id, error) &&
         forget_conflict (self, copy_id, error) &&
         herald_store_delete (self, HERALD_RECORD_POST, copy_id, error);
}

static gboolean
resolve_in_transaction (HeraldStore  *self,
                        gpointer      user_data,
                        GError      **error)
{
  ResolveOp *op = user_data;
  g_autofree char *original_id = find_original (self, op->copy_id, NULL, error);

  if (original_id == NULL)
    return FALSE;

  switch (op->choice)
    {
    case HERALD_CONFLICT_KEEP_MINE:
      /* The conflict row stays, so that restoring the copy brings the
       * conflict back. */
      return herald_store_delete (self, HERALD_RECORD_POST, op->copy_id, error);

    case HERALD_CONFLICT_KEEP_THEIRS:
      return take_theirs (self, op->copy_id, original_id, error);

    case HERALD_CONFLICT_KEEP_BOTH:
      if (!forget_conflict (self, op->copy_id, error))
        return FALSE;
      herald_store_note_change (self, HERALD_RECORD_POST, op->copy_id);
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/**
 * herald_store_sync_resolve_conflict:
 * @self: a #HeraldStore
 * @copy_id: the conflict copy's id
 * @choice: which version to keep
 * @error: return location for a #GError
 *
 * Settles one conflict in one transaction:
 *
 * - %HERALD_CONFLICT_KEEP_MINE moves the copy to the bin (and deletes it
 *   on the server at the next sync); herald_store_restore() on the copy
 *   undoes this, and the conflict waits again.
 * - %HERALD_CONFLICT_KEEP_THEIRS gives the post the copy's fields, which
 *   queues it for pushing, and moves the copy to the bin.
 * - %HERALD_CONFLICT_KEEP_BOTH keeps the copy as an ordinary post.
 *
 * Returns: %TRUE on success; %HERALD_STORE_ERROR_NOT_FOUND when the
 *   conflict no longer waits
 */
gboolean
herald_store_sync_resolve_conflict (HeraldStore           *self,
                                    const char            *copy_id,
                                    HeraldConflictChoice   choice,
                                    GError               **error)
{
  ResolveOp op = { copy_id, choice };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (copy_id != NULL, FALSE);
  g_return_val_if_fail (choice <= HERALD_CONFLICT_KEEP_BOTH, FALSE);

  return herald_store_transaction (self, resolve_in_transaction, &op, error);
}
