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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-ad-words"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "herald-ad-words.h"
#include "herald-text-private.h"
#include "herald-text-resources.h"
#include "herald-text-rules.h"

#define AD_WORDS_RESOURCE "/io/github/heraldapp/Herald/core/herald-ad-words.json"

#define MAX_WORD_CHARS 64
#define MAX_GAP        3
#define RING_SIZE      128            /* a power of two above MAX_WORD_CHARS */

#define NORM_SKIP      ((gunichar) -1)
#define NORM_BREAK     ((gunichar) -2)

typedef struct {
  char     *word;
  char     *category;
  char     *suggestion;
  char     *key;              /* the normalised word */
  gboolean  exception;
  gboolean  ascii_start;      /* starts or ends with a letter or digit of */
  gboolean  ascii_end;        /*   ASCII, so needs a word boundary there */
} Entry;

/* The automaton: a trie over normalised characters, each character
 * mapped to a small symbol, with failure and dictionary links. */
typedef struct {
  GPtrArray  *entries;        /* Entry, shared with nothing else */
  guint       n_states;
  guint       n_symbols;
  guint32    *fail;
  guint32    *dict;           /* next state on the failure path that ends a word, 0 for none */
  guint32    *word;           /* index + 1 of the word ending here, 0 for none */
  guint32    *exception;      /* index + 1 of the exception ending here, 0 for none */
  guint16    *depth;
  guint32    *edge_start;
  guint32    *edge_count;
  guint32    *edge_symbol;    /* sorted within a state */
  guint32    *edge_next;
  guint32    *root_next;      /* by symbol: the root's edges, dense */
  guint16    *bmp_symbol;     /* by character of the Basic Multilingual Plane,
                               * for the first 65,535 symbols */
  GHashTable *astral_symbol;  /* the others */
} Automaton;

struct _HeraldAdWords
{
  GObject     parent_instance;

  GMutex      mutex;
  GPtrArray  *entries;        /* Entry */
  GHashTable *word_keys;      /* key → index in entries */
  GHashTable *exception_keys;
  guint       n_words;
  guint       n_exceptions;
  Automaton  *automaton;      /* NULL until built, and after each change */
};

G_DEFINE_FINAL_TYPE (HeraldAdWords, herald_ad_words, G_TYPE_OBJECT)

typedef struct {
  guint32 next;
  guint32 symbol;
} Edge;

typedef struct {
  GArray  *edges;             /* Edge */
  guint32  word;
  guint32  exception;
  guint16  depth;
} TrieNode;

typedef struct {
  gsize    byte_start;
  gsize    byte_end;
  gsize    char_start;
  gsize    char_end;
  guint32  entry;
} Match;

static void
entry_free (Entry *entry)
{
  g_free (entry->word);
  g_free (entry->category);
  g_free (entry->suggestion);
  g_free (entry->key);
  g_free (entry);
}

static Entry *
entry_copy (const Entry *entry)
{
  Entry *copy = g_new (Entry, 1);

  *copy = *entry;
  copy->word = g_strdup (entry->word);
  copy->category = g_strdup (entry->category);
  copy->suggestion = g_strdup (entry->suggestion);
  copy->key = g_strdup (entry->key);

  return copy;
}

static void
automaton_free (Automaton *automaton)
{
  if (automaton == NULL)
    return;

  g_ptr_array_unref (automaton->entries);
  g_free (automaton->fail);
  g_free (automaton->dict);
  g_free (automaton->word);
  g_free (automaton->exception);
  g_free (automaton->depth);
  g_free (automaton->edge_start);
  g_free (automaton->edge_count);
  g_free (automaton->edge_symbol);
  g_free (automaton->edge_next);
  g_free (automaton->root_next);
  g_free (automaton->bmp_symbol);
  g_hash_table_unref (automaton->astral_symbol);
  g_free (automaton);
}

static gunichar
normalize_other (gunichar cp)
{
  if (cp == 0x2028 || cp == 0x2029)
    return NORM_BREAK;
  if (herald_text_is_pictographic (cp) || herald_text_is_regional_indicator (cp) ||
      herald_text_is_emoji_extender (cp) || cp == 0x200d)
    return NORM_SKIP;

  switch (g_unichar_type (cp))
    {
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
      return g_unichar_tolower (cp);

    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
    case G_UNICODE_CURRENCY_SYMBOL:
    case G_UNICODE_MODIFIER_SYMBOL:
    case G_UNICODE_MATH_SYMBOL:
    case G_UNICODE_OTHER_SYMBOL:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_PRIVATE_USE:
      return NORM_SKIP;

    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
    default:
      return cp;
    }
}

/* A character as the words are matched: NORM_SKIP for what may sit
 * inside a word, NORM_BREAK for what ends one. */
static inline gunichar
normalize (gunichar cp)
{
  if (cp >= 0x4e00 && cp <= 0x9fff)
    return cp;
  if (cp >= 0xff01 && cp <= 0xff5e)
    cp -= 0xfee0;                     /* full-width forms */

  if (cp < 0x80)
    {
      if (g_ascii_isalnum (cp))
        return g_ascii_tolower (cp);
      if (cp == '%')
        return cp;
      if (cp == '\n' || cp == '\r')
        return NORM_BREAK;
      return NORM_SKIP;
    }

  return normalize_other (cp);
}

/* The normalised form of a word, or NULL when nothing of it is left. */
static char *
normalize_word (const char  *word,
                GError     **error)
{
  g_autoptr(GString) key = g_string_new (NULL);
  const guchar *p = (const guchar *) word;
  const guchar *end = p + strlen (word);
  guint chars = 0;

  while (p < end)
    {
      guint n;
      gunichar cp = normalize (herald_text_decode (p, end, &n));

      p += n;
      if (cp == NORM_SKIP || cp == NORM_BREAK)
        continue;

      g_string_append_unichar (key, cp);
      chars++;
    }

  if (chars == 0)
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                   _("“%s” has no letters or digits to look for"), word);
      return NULL;
    }

  if (chars > MAX_WORD_CHARS)
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA,
                   _("“%s” is too long: a word has at most %d characters"), word, MAX_WORD_CHARS);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

static inline guint32
symbol_of (const Automaton *automaton,
           gunichar         cp)
{
  if (cp < 0x10000 && (automaton->bmp_symbol[cp] != 0 || automaton->n_symbols < G_MAXUINT16))
    return automaton->bmp_symbol[cp];

  return GPOINTER_TO_UINT (g_hash_table_lookup (automaton->astral_symbol, GUINT_TO_POINTER (cp)));
}

static guint32
intern_symbol (Automaton *automaton,
               gunichar   cp)
{
  guint32 symbol = symbol_of (automaton, cp);

  if (symbol != 0)
    return symbol;

  symbol = ++automaton->n_symbols;
  if (cp < 0x10000 && symbol < G_MAXUINT16)
    automaton->bmp_symbol[cp] = symbol;
  else
    g_hash_table_insert (automaton->astral_symbol, GUINT_TO_POINTER (cp), GUINT_TO_POINTER (symbol));

  return symbol;
}

static guint32
trie_child (GArray  *nodes,
            guint32  state,
            guint32  symbol)
{
  GArray *edges = g_array_index (nodes, TrieNode, state).edges;

  for (guint i = 0; i < edges->len; i++)
    if (g_array_index (edges, Edge, i).symbol == symbol)
      return g_array_index (edges, Edge, i).next;

  return 0;
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const Edge *x = a, *y = b;

  return x->symbol < y->symbol ? -1 : x->symbol > y->symbol;
}

static Automaton *
automaton_build (GPtrArray *entries)
{
  Automaton *automaton = g_new0 (Automaton, 1);
  g_autoptr(GArray) nodes = g_array_new (FALSE, TRUE, sizeof (TrieNode));
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint32));
  TrieNode root = { g_array_new (FALSE, FALSE, sizeof (Edge)), 0, 0, 0 };
  guint n_edges = 0, head;

  automaton->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  automaton->bmp_symbol = g_new0 (guint16, 0x10000);
  automaton->astral_symbol = g_hash_table_new (NULL, NULL);
  g_array_append_val (nodes, root);

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = g_ptr_array_index (entries, i);
      guint32 state = 0;

      g_ptr_array_add (automaton->entries, entry_copy (entry));
      for (const char *p = entry->key; *p != '\0'; p = g_utf8_next_char (p))
        {
          guint32 symbol = intern_symbol (automaton, g_utf8_get_char (p));
          guint32 next = trie_child (nodes, state, symbol);

          if (next == 0)
            {
              TrieNode node = { g_array_new (FALSE, FALSE, sizeof (Edge)), 0, 0,
                                g_array_index (nodes, TrieNode, state).depth + 1 };
              Edge edge = { nodes->len, symbol };

              next = nodes->len;
              g_array_append_val (nodes, node);
              g_array_append_val (g_array_index (nodes, TrieNode, state).edges, edge);
              n_edges++;
            }
          state = next;
        }

      if (entry->exception)
        g_array_index (nodes, TrieNode, state).exception = i + 1;
      else
        g_array_index (nodes, TrieNode, state).word = i + 1;
    }

  automaton->n_states = nodes->len;
  automaton->fail = g_new0 (guint32, nodes->len);
  automaton->dict = g_new0 (guint32, nodes->len);
  automaton->word = g_new0 (guint32, nodes->len);
  automaton->exception = g_new0 (guint32, nodes->len);
  automaton->depth = g_new0 (guint16, nodes->len);
  automaton->edge_start = g_new0 (guint32, nodes->len);
  automaton->edge_count = g_new0 (guint32, nodes->len);
  automaton->edge_symbol = g_new0 (guint32, n_edges + 1);
  automaton->edge_next = g_new0 (guint32, n_edges + 1);
  automaton->root_next = g_new0 (guint32, automaton->n_symbols + 1);

  /* Breadth first, so that a state's failure link is done before its
   * children's. */
  n_edges = 0;
  g_array_append_val (queue, n_edges);
  for (head = 0; head < queue->len; head++)
    {
      guint32 state = g_array_index (queue, guint32, head);
      TrieNode *node = &g_array_index (nodes, TrieNode, state);

      g_array_sort (node->edges, compare_edges);
      automaton->word[state] = node->word;
      automaton->exception[state] = node->exception;
      automaton->depth[state] = node->depth;
      automaton->edge_start[state] = n_edges;
      automaton->edge_count[state] = node->edges->len;

      for (guint i = 0; i < node->edges->len; i++)
        {
          Edge edge = g_array_index (node->edges, Edge, i);
          guint32 fail = 0;

          automaton->edge_symbol[n_edges] = edge.symbol;
          automaton->edge_next[n_edges] = edge.next;
          n_edges++;

          if (state == 0)
            automaton->root_next[edge.symbol] = edge.next;
          else
            {
              guint32 f = automaton->fail[state];

              for (;;)
                {
                  fail = trie_child (nodes, f, edge.symbol);
                  if (fail != 0 || f == 0)
                    break;
                  f = automaton->fail[f];
                }
            }

          automaton->fail[edge.next] = fail;
          g_array_append_val (queue, edge.next);
        }
    }

  /* The dictionary links, again breadth first: a failure target is always
   * shallower, so its own link is already known. */
  for (head = 1; head < queue->len; head++)
    {
      guint32 state = g_array_index (queue, guint32, head);
      guint32 fail = automaton->fail[state];

      if (fail != 0 && (automaton->word[fail] != 0 || automaton->exception[fail] != 0))
        automaton->dict[state] = fail;
      else
        automaton->dict[state] = automaton->dict[fail];
    }

  for (guint i = 0; i < nodes->len; i++)
    g_array_unref (g_array_index (nodes, TrieNode, i).edges);

  return automaton;
}

static inline guint32
automaton_step (const Automaton *automaton,
                guint32          state,
                guint32          symbol)
{
  for (;;)
    {
      guint32 lo, hi;

      if (state == 0)
        return automaton->root_next[symbol];

      lo = automaton->edge_start[state];
      hi = lo + automaton->edge_count[state];
      while (lo < hi)
        {
          guint32 mid = (lo + hi) / 2;
          guint32 s = automaton->edge_symbol[mid];

          if (s == symbol)
            return automaton->edge_next[mid];
          if (s < symbol)
            lo = mid + 1;
          else
            hi = mid;
        }

      state = automaton->fail[state];
    }
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *x = a, *y = b;

  if (x->byte_start != y->byte_start)
    return x->byte_start < y->byte_start ? -1 : 1;
  if (x->byte_end != y->byte_end)
    return x->byte_end > y->byte_end ? -1 : 1;
  return 0;
}

/* Whether the ASCII letter or digit at a word's edge stands against
 * another in the text: TOP1 is not in TOP10, nor 100% in 2100%. */
static gboolean
breaks_word_boundary (const Entry  *entry,
                      const guchar *text,
                      const guchar *end,
                      const Match  *match)
{
  if (entry->ascii_start && match->byte_start > 0 &&
      g_ascii_isalnum (text[match->byte_start - 1]))
    return TRUE;
  if (entry->ascii_end && text + match->byte_end < end && g_ascii_isalnum (text[match->byte_end]))
    return TRUE;

  return FALSE;
}

static GPtrArray *
automaton_scan (const Automaton *automaton,
                const guchar    *text,
                const guchar    *end)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Match));
  g_autoptr(GArray) exceptions = g_array_new (FALSE, FALSE, sizeof (Match));
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_ad_finding_free);
  struct { gsize byte; gsize chars; } ring[RING_SIZE];
  const guchar *p = text;
  guint32 state = 0;
  gsize chars = 0, position = 0;
  guint gap = 0, next_exception = 0;
  gsize exception_end = 0, word_end = 0;

  for (; p < end; chars++)
    {
      guint n;
      gunichar cp;
      guint32 symbol, out;

      if (*p < 0x80)
        {
          n = 1;
          cp = *p;
        }
      else if (herald_text_is_plain_wide (p, end))
        {
          n = 3;
          cp = herald_text_decode_plain_wide (p);
        }
      else
        cp = herald_text_decode (p, end, &n);

      cp = normalize (cp);
      if (cp == NORM_SKIP)
        {
          if (++gap > MAX_GAP)
            state = 0;
          p += n;
          continue;
        }
      if (cp == NORM_BREAK)
        {
          state = 0;
          p += n;
          continue;
        }

      gap = 0;
      ring[position % RING_SIZE].byte = p - text;
      ring[position % RING_SIZE].chars = chars;
      position++;
      p += n;

      symbol = symbol_of (automaton, cp);
      if (symbol == 0)
        {
          state = 0;
          continue;
        }

      state = automaton_step (automaton, state, symbol);
      out = (automaton->word[state] != 0 || automaton->exception[state] != 0) ? state
                                                                             : automaton->dict[state];
      for (; out != 0; out = automaton->dict[out])
        {
          guint depth = automaton->depth[out];
          Match match;

          match.byte_start = ring[(position - depth) % RING_SIZE].byte;
          match.char_start = ring[(position - depth) % RING_SIZE].chars;
          match.byte_end = p - text;
          match.char_end = chars + 1;

          if (automaton->exception[out] != 0)
            {
              match.entry = automaton->exception[out] - 1;
              g_array_append_val (exceptions, match);
            }
          if (automaton->word[out] != 0)
            {
              match.entry = automaton->word[out] - 1;
              if (!breaks_word_boundary (g_ptr_array_index (automaton->entries, match.entry),
                                         text, end, &match))
                g_array_append_val (words, match);
            }
        }
    }

  g_array_sort (words, compare_matches);
  g_array_sort (exceptions, compare_matches);

  for (guint i = 0; i < words->len; i++)
    {
      const Match *match = &g_array_index (words, Match, i);
      const Entry *entry;
      HeraldAdFinding *finding;
      gboolean inside;

      while (next_exception < exceptions->len &&
             g_array_index (exceptions, Match, next_exception).byte_start <= match->byte_start)
        {
          exception_end = MAX (exception_end, g_array_index (exceptions, Match, next_exception).byte_end);
          next_exception++;
        }

      /* Inside an exception, or inside a longer word found before. */
      inside = exception_end >= match->byte_end || (i > 0 && word_end >= match->byte_end);
      word_end = MAX (word_end, match->byte_end);
      if (inside)
        continue;

      entry = g_ptr_array_index (automaton->entries, match->entry);
      finding = g_new (HeraldAdFinding, 1);
      finding->word = g_strdup (entry->word);
      finding->category = g_strdup (entry->category);
      finding->suggestion = g_strdup (entry->suggestion);
      finding->byte_start = match->byte_start;
      finding->byte_end = match->byte_end;
      finding->char_start = match->char_start;
      finding->char_end = match->char_end;
      g_ptr_array_add (findings, finding);
    }

  return findings;
}

static void
herald_ad_words_finalize (GObject *object)
{
  HeraldAdWords *self = HERALD_AD_WORDS (object);

  g_clear_pointer (&self->automaton, automaton_free);
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
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
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

  key = normalize_word (word, error);
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
      entry_free (g_ptr_array_index (self->entries, i));
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

  g_clear_pointer (&self->automaton, automaton_free);
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

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
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
    self->automaton = automaton_build (self->entries);

  return automaton_scan (self->automaton, start,
                         start + (length < 0 ? strlen (text) : (gsize) length));
}
