/* herald-store-ad-words.c — the user's advertising-law words and
 * exceptions, and the findings left in a post on purpose
 *
 * The words and exceptions Herald ships live in its resources; the ones
 * the user adds live here, and herald_store_load_ad_words() puts both
 * together for the editor's checks and `herald --check`.  A finding left
 * with "Ignore Here" is kept by post under the editor's name for it,
 * which the store does not read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-store-ad-words.h"
#include "herald-store-private.h"

G_DEFINE_BOXED_TYPE (HeraldUserAdWord, herald_user_ad_word, herald_user_ad_word_copy, herald_user_ad_word_free)

/**
 * herald_user_ad_word_copy:
 * @word: a #HeraldUserAdWord
 *
 * Returns: (transfer full): a copy of @word
 */
HeraldUserAdWord *
herald_user_ad_word_copy (const HeraldUserAdWord *word)
{
  HeraldUserAdWord *copy;

  g_return_val_if_fail (word != NULL, NULL);

  copy = g_new0 (HeraldUserAdWord, 1);
  copy->word = g_strdup (word->word);
  copy->category = g_strdup (word->category);
  copy->suggestion = g_strdup (word->suggestion);
  copy->is_exception = word->is_exception;
  copy->created_at = word->created_at;

  return copy;
}

/**
 * herald_user_ad_word_free:
 * @word: (nullable): a #HeraldUserAdWord
 */
void
herald_user_ad_word_free (HeraldUserAdWord *word)
{
  if (word == NULL)
    return;

  g_free (word->word);
  g_free (word->category);
  g_free (word->suggestion);
  g_free (word);
}

/* Words and exceptions */

/**
 * herald_store_list_ad_words:
 * @self: a #HeraldStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type HeraldUserAdWord): the user's
 *   words, then the exceptions, each in the order they were added;
 *   %NULL on error
 */
GPtrArray *
herald_store_list_ad_words (HeraldStore  *self,
                            GError      **error)
{
  g_autoptr (GPtrArray) words = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT word, category, suggestion, is_exception, created_at FROM ad_words"
                               " ORDER BY is_exception, seq",
                               error);
  if (stmt == NULL)
    return NULL;

  words = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_user_ad_word_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HeraldUserAdWord *word = g_new0 (HeraldUserAdWord, 1);

      word->word = g_strdup (herald_store_column_text (stmt, 0));
      word->category = g_strdup (herald_store_column_text (stmt, 1));
      word->suggestion = g_strdup (herald_store_column_nullable (stmt, 2));
      word->is_exception = sqlite3_column_int (stmt, 3) != 0;
      word->created_at = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (words, word);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      herald_store_set_error (self->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&words);
}

typedef struct {
  const char *word;
  const char *category;
  const char *suggestion;
  gboolean    is_exception;
} AdWordOp;

static gboolean
add_ad_word_in_transaction (HeraldStore  *self,
                            gpointer      user_data,
                            GError      **error)
{
  AdWordOp *op = user_data;
  sqlite3_stmt *stmt;

  /* A word added again keeps its place and takes the new details. */
  stmt = herald_store_prepare (self,
                               "INSERT INTO ad_words (word, is_exception, category, suggestion, created_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5)"
                               " ON CONFLICT (word, is_exception) DO UPDATE"
                               "   SET category = excluded.category, suggestion = excluded.suggestion",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->word);
  sqlite3_bind_int (stmt, 2, op->is_exception ? 1 : 0);
  herald_store_bind_text (stmt, 3, op->category);
  herald_store_bind_nullable (stmt, 4, op->suggestion);
  sqlite3_bind_int64 (stmt, 5, herald_store_now ());
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  herald_store_note_change (self, HERALD_RECORD_AD_WORD, op->word);
  return TRUE;
}

/**
 * herald_store_add_ad_word:
 * @self: a #HeraldStore
 * @word: a word to warn about, or with @is_exception a text not to warn
 *   about (an ordinary word that contains a listed one, such as 第一次,
 *   or a listed word itself)
 * @category: (nullable): the word's category id (see #HeraldAdFinding),
 *   %NULL for `custom`; ignored for an exception
 * @suggestion: (nullable): a wording to suggest instead; ignored for an
 *   exception
 * @is_exception: whether @word is an exception
 * @error: return location for a #GError
 *
 * Adds a word or an exception of the user's, or changes the category and
 * suggestion of one already added.  Spaces around @word are left out.
 * A word with nothing to look for (only spaces or punctuation) or an
 * unknown category is refused with %HERALD_STORE_ERROR_INVALID.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_add_ad_word (HeraldStore  *self,
                          const char   *word,
                          const char   *category,
                          const char   *suggestion,
                          gboolean      is_exception,
                          GError      **error)
{
  g_autoptr (HeraldAdWords) check = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *stripped_suggestion = NULL;
  AdWordOp op = { 0, };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  stripped = g_strstrip (g_strdup (word));
  if (suggestion != NULL)
    stripped_suggestion = g_strstrip (g_strdup (suggestion));
  if (is_exception || category == NULL || *category == '\0')
    category = "custom";

  /* What the word list would refuse is not stored. */
  check = herald_ad_words_new ();
  if (!(is_exception ? herald_ad_words_add_exception (check, stripped, &local_error)
                     : herald_ad_words_add_word (check, stripped, category, stripped_suggestion, &local_error)))
    {
      g_set_error_literal (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  op.word = stripped;
  op.category = category;
  op.suggestion = is_exception ? NULL : stripped_suggestion;
  op.is_exception = is_exception;

  return herald_store_transaction (self, add_ad_word_in_transaction, &op, error);
}

static gboolean
remove_ad_word_in_transaction (HeraldStore  *self,
                               gpointer      user_data,
                               GError      **error)
{
  AdWordOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self, "DELETE FROM ad_words WHERE word = ?1 AND is_exception = ?2", error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->word);
  sqlite3_bind_int (stmt, 2, op->is_exception ? 1 : 0);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND,
                   op->is_exception ? _("There is no exception “%s”") : _("There is no word “%s”"), op->word);
      return FALSE;
    }

  herald_store_note_change (self, HERALD_RECORD_AD_WORD, op->word);
  return TRUE;
}

/**
 * herald_store_remove_ad_word:
 * @self: a #HeraldStore
 * @word: a word or exception of the user's, as listed
 * @is_exception: whether @word is an exception
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with %HERALD_STORE_ERROR_NOT_FOUND
 *   when there is no such word
 */
gboolean
herald_store_remove_ad_word (HeraldStore  *self,
                             const char   *word,
                             gboolean      is_exception,
                             GError      **error)
{
  AdWordOp op = { word, NULL, NULL, is_exception };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  return herald_store_transaction (self, remove_ad_word_in_transaction, &op, error);
}

/**
 * herald_store_load_ad_words:
 * @self: a #HeraldStore
 * @error: return location for a #GError
 *
 * The list Herald ships with the user's words and exceptions added.  A
 * stored word the list refuses (none is stored so) is skipped with a
 * warning rather than losing the whole list.
 *
 * Returns: (transfer full): the word list, %NULL when the database
 *   cannot be read
 */
HeraldAdWords *
herald_store_load_ad_words (HeraldStore  *self,
                            GError      **error)
{
  g_autoptr (GPtrArray) words = NULL;
  g_autoptr (HeraldAdWords) list = NULL;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  words = herald_store_list_ad_words (self, error);
  if (words == NULL)
    return NULL;

  list = herald_ad_words_new_default ();
  for (guint i = 0; i < words->len; i++)
    {
      HeraldUserAdWord *word = g_ptr_array_index (words, i);
      g_autoptr (GError) local_error = NULL;

      if (!(word->is_exception ? herald_ad_words_add_exception (list, word->word, &local_error)
                               : herald_ad_words_add_word (list, word->word, word->category, word->suggestion,
                                                           &local_error)))
        g_warning ("Skipping the advertising-law word “%s”: %s", word->word, local_error->message);
    }

  return g_steal_pointer (&list);
}

/* Findings left in a post */

/**
 * herald_store_list_ad_ignores:
 * @self: a #HeraldStore
 * @post_id: a post
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the findings left in the post with "Ignore
 *   Here", as herald_store_add_ad_ignore() was given them; %NULL on error
 */
char **
herald_store_list_ad_ignores (HeraldStore  *self,
                              const char   *post_id,
                              GError      **error)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (post_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT finding FROM post_ad_ignores WHERE post_id = ?1 ORDER BY created_at, finding",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, post_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, herald_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      herald_store_set_error (self->db, rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

typedef struct {
  const char *post_id;
  const char *finding;
} IgnoreOp;

static gboolean
add_ad_ignore_in_transaction (HeraldStore  *self,
                              gpointer      user_data,
                              GError      **error)
{
  IgnoreOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self,
                               "INSERT INTO post_ad_ignores (post_id, finding, created_at)"
                               " SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM posts WHERE id = ?1)"
                               " ON CONFLICT (post_id, finding) DO NOTHING",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->post_id);
  herald_store_bind_text (stmt, 2, op->finding);
  sqlite3_bind_int64 (stmt, 3, herald_store_now ());
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  return TRUE;
}

/**
 * herald_store_add_ad_ignore:
 * @self: a #HeraldStore
 * @post_id: a post, which must be stored
 * @finding: the editor's name for the occurrence left in the post
 * @error: return location for a #GError
 *
 * Remembers that the user chose to leave @finding in the post.  It goes
 * with the post when the post is purged.  This changes nothing anybody
 * else shows, so `changed` is not emitted.
 *
 * Returns: %TRUE on success; %FALSE with %HERALD_STORE_ERROR_NOT_FOUND
 *   when the post is not stored
 */
gboolean
herald_store_add_ad_ignore (HeraldStore  *self,
                            const char   *post_id,
                            const char   *finding,
                            GError      **error)
{
  IgnoreOp op = { post_id, finding };
  sqlite3_stmt *stmt;
  gboolean exists;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL, FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  stmt = herald_store_prepare (self, "SELECT 1 FROM posts WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, post_id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!exists)
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND, _("There is no post “%s”"), post_id);
      return FALSE;
    }

  return herald_store_transaction (self, add_ad_ignore_in_transaction, &op, error);
}
