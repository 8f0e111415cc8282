/* herald-ad-words.c — advertising-law words (广告法 极限词) and finding them
 *
 * Herald ships its own list (herald-ad-words.json, PLATFORMS.md §4); the
 * user adds words and exceptions on top.  Words are found with an
 * Aho–Corasick automaton, built once after the list last changed, so a
 * scan is one pass over the text however many words there are.
 *
 * Both the words and the text are normalised before they meet: full-width
 * forms become ASCII, letters lower case, and spaces, punctuation,
 * symbols, emoji and zero-width characters are left out, so that 最 * 好
 * and ＮＯ．１ are found.  Up to MAX_GAP such characters in a row may sit
 * inside a word; more, or a line break, separate words.  Positions are
 * those of the original text.
 *
 * A word found inside an exception (第一 in 第一次) or inside a longer
 * listed word (最 in 最好) is not reported.
 *
 * Normalising and the automaton are in herald-ad-automaton.c; this file
 * keeps the lists, reads them and guards them for scans from any thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-ad-words"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "herald-ad-automaton-private.h"
#include "herald-ad-words.h"
#include "herald-text-private.h"
#include "herald-text-resources.h"
#include "herald-text-rules.h"

#define AD_WORDS_RESOURCE "/io/github/heraldapp/Herald/core/herald-ad-words.json"

struct _HeraldAdWords
{
  GObject     parent_instance;

  GMutex      mutex;
  GPtrArray  *entries;        /* Entry */
  GHashTable *word_keys;      /* key → index in entries */
  GHashTable *exception_keys;
  guint       n_words;
  guint       n_exceptions;
  HeraldAdAutomaton *automaton; /* NULL until built, and after each change */
};

G_DEFINE_FINAL_TYPE (HeraldAdWords, herald_ad_words, G_TYPE_OBJECT)

static void
herald_ad_words_finalize (GObject *object)
{
  HeraldAdWords *self = HERALD_AD_WORDS (object);

  g_clear_pointer (&self->automaton, herald_ad_automaton_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->word_keys, g_hash_table_unref);
  g_clear_pointer (&self->exception_keys, g_hash_table_unref);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (herald_ad_words_parent_class)->finalize (object);
}

static void
herald_ad_words_class_init (HeraldAdWordsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_ad_words_finalize;
}

static void
herald_ad_words_init (HeraldAdWords *self)
{
  g_mutex_init (&self->mutex);
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_ad_entry_free);
  self->word_keys = g_hash_table_new (g_str_hash, g_str_equal);
  self->exception_keys = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
is_ascii_alnum_char (const char *p)
{
  return (guchar) *p < 0x80 && g_ascii_isalnum (*p);
}

static Entry *
entry_new (const char  *word,
           const char  *category,
           const char  *suggestion,
           gboolean     exception,
           GError     **error)
{
  g_autofree char *key = NULL;
  const char *last;
  Entry *entry;

  if (!g_utf8_validate (word, -1, NULL) || (suggestion != NULL && !g_utf8_validate (suggestion, -1, NULL)))
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_TEXT,
                   _("A word of the list is not valid UTF-8 text"));
      return NULL;
    }

  key = herald_ad_normalize_word (word, error);
  if (key == NULL)
    return NULL;

  last = g_utf8_prev_char (key + strlen (key));
  entry = g_new0 (Entry, 1);
  entry->word = g_strstrip (g_strdup (word));
  entry->category = g_strdup (category);
  entry->suggestion = suggestion != NULL && *suggestion != '\0' ? g_strdup (suggestion) : NULL;
  entry->key = g_steal_pointer (&key);
  entry->exception = exception;
  entry->ascii_start = is_ascii_alnum_char (entry->key);
  entry->ascii_end = is_ascii_alnum_char (last);

  return entry;
}

/* Adds or replaces; takes @entry.  Call with the mutex held. */
static void
add_entry (HeraldAdWords *self,
           Entry         *entry)
{
  GHashTable *keys = entry->exception ? self->exception_keys : self->word_keys;
  gpointer index;

  if (g_hash_table_lookup_extended (keys, entry->key, NULL, &index))
    {
      guint i = GPOINTER_TO_UINT (index);

      g_hash_table_remove (keys, entry->key);
      herald_ad_entry_free (g_ptr_array_index (self->entries, i));
      g_ptr_array_index (self->entries, i) = entry;
      g_hash_table_insert (keys, entry->key, GUINT_TO_POINTER (i));
    }
  else
    {
      g_hash_table_insert (keys, entry->key, GUINT_TO_POINTER (self->entries->len));
      g_ptr_array_add (self->entries, entry);
      if (entry->exception)
        self->n_exceptions++;
      else
        self->n_words++;
    }

  g_clear_pointer (&self->automaton, herald_ad_automaton_free);
}

static const char *
get_string_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* Reads one {"word", "suggestion", "category"} into @entries. */
static gboolean
parse_word (JsonNode    *node,
            const char  *category,
            guint        position,
            GPtrArray   *entries,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  JsonNode *suggestion_node;
  const char *word, *suggestion = NULL;
  Entry *entry;

  if (!JSON_NODE_HOLDS_OBJECT (node) ||
      (word = get_string_member (json_node_get_object (node), "word")) == NULL)
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                   _("Word %u of the list: write it as {\"word\": \"…\", \"suggestion\": \"…\"}"),
                   position + 1);
      return FALSE;
    }

  object = json_node_get_object (node);
  if (category == NULL)
    category = get_string_member (object, "category");
  if (category == NULL)
    category = "custom";
  if (!herald_ad_category_is_known (category))
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                   _("Word %u of the list: unknown category “%s”"), position + 1, category);
      return FALSE;
    }

  suggestion_node = json_object_get_member (object, "suggestion");
  if (suggestion_node != NULL && !JSON_NODE_HOLDS_NULL (suggestion_node))
    {
      suggestion = get_string_member (object, "suggestion");
      if (suggestion == NULL)
        {
          g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                       _("Word %u of the list: the suggestion must be text or null"), position + 1);
          return FALSE;
        }
    }

  entry = entry_new (word, category, suggestion, FALSE, &local_error);
  if (entry == NULL)
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                   _("Word %u of the list: %s"), position + 1, local_error->message);
      return FALSE;
    }

  g_ptr_array_add (entries, entry);
  return TRUE;
}

static gboolean
parse_list (JsonNode   *root,
            GPtrArray  *entries,
            GError    **error)
{
  JsonObject *object;
  JsonNode *member;
  guint position = 0;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                   _("The word list must be a JSON object"));
      return FALSE;
    }
  object = json_node_get_object (root);

  member = json_object_get_member (object, "categories");
  if (member != NULL)
    {
      JsonArray *categories = JSON_NODE_HOLDS_ARRAY (member) ? json_node_get_array (member) : NULL;

      for (guint i = 0; categories != NULL && i < json_array_get_length (categories); i++)
        {
          JsonNode *node = json_array_get_element (categories, i);
          JsonNode *words_node;
          const char *id;

          if (!JSON_NODE_HOLDS_OBJECT (node) ||
              (id = get_string_member (json_node_get_object (node), "id")) == NULL ||
              (words_node = json_object_get_member (json_node_get_object (node), "words")) == NULL ||
              !JSON_NODE_HOLDS_ARRAY (words_node))
            {
              categories = NULL;
              break;
            }

          for (guint j = 0; j < json_array_get_length (json_node_get_array (words_node)); j++)
            if (!parse_word (json_array_get_element (json_node_get_array (words_node), j),
                             id, position++, entries, error))
              return FALSE;
        }

      if (categories == NULL)
        {
          g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                       _("The categories of the word list must each have an id and a list of words"));
          return FALSE;
        }
    }

  member = json_object_get_member (object, "words");
  if (member != NULL)
    {
      if (!JSON_NODE_HOLDS_ARRAY (member))
        {
          g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                       _("“words” of the word list must be a list"));
          return FALSE;
        }

      for (guint j = 0; j < json_array_get_length (json_node_get_array (member)); j++)
        if (!parse_word (json_array_get_element (json_node_get_array (member), j),
                         NULL, position++, entries, error))
          return FALSE;
    }

  member = json_object_get_member (object, "exceptions");
  if (member != NULL)
    {
      JsonArray *array = JSON_NODE_HOLDS_ARRAY (member) ? json_node_get_array (member) : NULL;

      for (guint j = 0; array != NULL && j < json_array_get_length (array); j++)
        {
          g_autoptr(GError) local_error = NULL;
          JsonNode *node = json_array_get_element (array, j);
          Entry *entry;

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            {
              array = NULL;
              break;
            }

          entry = entry_new (json_node_get_string (node), "custom", NULL, TRUE, &local_error);
          if (entry == NULL)
            {
              g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                           _("Exception %u of the list: %s"), j + 1, local_error->message);
              return FALSE;
            }
          g_ptr_array_add (entries, entry);
        }

      if (array == NULL)
        {
          g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                       _("“exceptions” of the word list must be a list of texts"));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * herald_ad_words_new:
 *
 * Returns: (transfer full): an empty list of words
 */
HeraldAdWords *
herald_ad_words_new (void)
{
  return g_object_new (HERALD_TYPE_AD_WORDS, NULL);
}

/**
 * herald_ad_words_new_default:
 *
 * The list Herald ships, with its exceptions (第一次, 最近 …), to which the
 * user's words and exceptions are added.
 *
 * Returns: (transfer full): the shipped list of words
 */
HeraldAdWords *
herald_ad_words_new_default (void)
{
  g_autoptr(HeraldAdWords) self = herald_ad_words_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  /* Through the generated getter, so that the linker keeps the resource. */
  bytes = g_resource_lookup_data (herald_text_get_resource (), AD_WORDS_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("Cannot read the advertising-law words shipped with Herald: %s", error->message);

  data = g_bytes_get_data (bytes, &size);
  if (!herald_ad_words_load (self, data, size, &error))
    g_error ("The advertising-law words shipped with Herald are invalid: %s", error->message);

  return g_steal_pointer (&self);
}

/**
 * herald_ad_words_load:
 * @self: a #HeraldAdWords
 * @json: a word list: a JSON object with `categories` (each an `id` and
 *   `words`, as in the list Herald ships), `words` (each a `word`, a
 *   `suggestion` and a `category`, `custom` when left out) and
 *   `exceptions` (texts), all optional
 * @length: the length of @json in bytes, or -1 if it ends with a nul
 * @error: return location for a #GError
 *
 * Adds every word and exception of @json, or, when anything in it is
 * wrong, nothing at all.  A word already in the list is replaced.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_ad_words_load (HeraldAdWords  *self,
                      const char     *json,
                      gssize          length,
                      GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (HERALD_IS_AD_WORDS (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!json_parser_load_from_data (parser, json, length, &local_error))
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                   _("The word list is not valid JSON: %s"), local_error->message);
      return FALSE;
    }

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_ad_entry_free);
  if (!parse_list (json_parser_get_root (parser), entries, error))
    return FALSE;

  locker = g_mutex_locker_new (&self->mutex);
  for (guint i = 0; i < entries->len; i++)
    add_entry (self, g_steal_pointer (&g_ptr_array_index (entries, i)));
  g_ptr_array_set_free_func (entries, NULL);

  return TRUE;
}

/**
 * herald_ad_words_add_word:
 * @self: a #HeraldAdWords
 * @word: a word to warn about
 * @category: (nullable): its category id (see #HeraldAdFinding), or
 *   %NULL for `custom`
 * @suggestion: (nullable): a wording to suggest instead
 * @error: return location for a #GError
 *
 * Adds a word, or replaces the category and suggestion of a word already
 * in the list.  Spaces, punctuation and case in @word do not matter.
 *
 * Returns: %TRUE on success, %FALSE when @word has nothing to look for
 */
gboolean
herald_ad_words_add_word (HeraldAdWords  *self,
                          const char     *word,
                          const char     *category,
                          const char     *suggestion,
                          GError        **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  Entry *entry;

  g_return_val_if_fail (HERALD_IS_AD_WORDS (self), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (category == NULL)
    category = "custom";
  if (!herald_ad_category_is_known (category))
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                   _("Unknown category “%s”"), category);
      return FALSE;
    }

  entry = entry_new (word, category, suggestion, FALSE, error);
  if (entry == NULL)
    return FALSE;

  locker = g_mutex_locker_new (&self->mutex);
  add_entry (self, entry);

  return TRUE;
}

/**
 * herald_ad_words_add_exception:
 * @self: a #HeraldAdWords
 * @text: an ordinary word that contains a listed one, such as 第一次;
 *   or a listed word itself, to stop warning about it
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success, %FALSE when @text has nothing to look for
 */
gboolean
herald_ad_words_add_exception (HeraldAdWords  *self,
                               const char     *text,
                               GError        **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  Entry *entry;

  g_return_val_if_fail (HERALD_IS_AD_WORDS (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  entry = entry_new (text, "custom", NULL, TRUE, error);
  if (entry == NULL)
    return FALSE;

  locker = g_mutex_locker_new (&self->mutex);
  add_entry (self, entry);

  return TRUE;
}

/**
 * herald_ad_words_get_n_words:
 * @self: a #HeraldAdWords
 *
 * Returns: the number of words in the list
 */
guint
herald_ad_words_get_n_words (HeraldAdWords *self)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (HERALD_IS_AD_WORDS (self), 0);

  locker = g_mutex_locker_new (&self->mutex);
  return self->n_words;
}

/**
 * herald_ad_words_get_n_exceptions:
 * @self: a #HeraldAdWords
 *
 * Returns: the number of exceptions in the list
 */
guint
herald_ad_words_get_n_exceptions (HeraldAdWords *self)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (HERALD_IS_AD_WORDS (self), 0);

  locker = g_mutex_locker_new (&self->mutex);
  return self->n_exceptions;
}

/**
 * herald_ad_words_scan:
 * @self: a #HeraldAdWords
 * @text: a text
 * @length: its length in bytes, or -1 if it ends with a nul
 *
 * Finds the listed words in @text, in one pass.  The first scan after the
 * list changed builds the automaton.  Bytes that are not UTF-8 count as
 * one character each and match nothing.  Scans may run in several
 * threads at once.
 *
 * Returns: (transfer full) (element-type HeraldAdFinding): what was found,
 *   in the order of the text
 */
GPtrArray *
herald_ad_words_scan (HeraldAdWords *self,
                      const char    *text,
                      gssize         length)
{
  g_autoptr(GMutexLocker) locker = NULL;
  const guchar *start = (const guchar *) text;

  g_return_val_if_fail (HERALD_IS_AD_WORDS (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) herald_ad_finding_free);

  /* The automaton stays for as long as the list does not change; a change
   * waits for the scan to end. */
  locker = g_mutex_locker_new (&self->mutex);
  if (self->automaton == NULL)
    self->automaton = herald_ad_automaton_build (self->entries);

  return herald_ad_automaton_scan (self->automaton, start,
                                   start + (length < 0 ? strlen (text) : (gsize) length));
}
