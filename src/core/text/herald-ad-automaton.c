/* herald-ad-automaton.c — normalising words and text, and finding words
 *
 * Both the words and the text are normalised before they meet: full-width
 * forms become ASCII, letters lower case, and spaces, punctuation,
 * symbols, emoji and zero-width characters are left out.  The words make
 * an Aho–Corasick automaton: a trie over normalised characters, each
 * mapped to a small symbol, with failure and dictionary links, so that a
 * scan is one pass over the text however many words there are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-ad-words"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "herald-ad-automaton-private.h"
#include "herald-text-private.h"
#include "herald-text-rules.h"

#define MAX_WORD_CHARS 64
#define MAX_GAP        3
#define RING_SIZE      128            /* a power of two above MAX_WORD_CHARS */

#define NORM_SKIP      ((gunichar) -1)
#define NORM_BREAK     ((gunichar) -2)

/* The automaton: a trie over normalised characters, each character
 * mapped to a small symbol, with failure and dictionary links. */
struct _HeraldAdAutomaton
{
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
};

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

void
herald_ad_entry_free (Entry *entry)
{
  g_free (entry->word);
  g_free (entry->category);
  g_free (entry->suggestion);
  g_free (entry->key);
  g_free (entry);
}

Entry *
herald_ad_entry_copy (const Entry *entry)
{
  Entry *copy = g_new (Entry, 1);

  *copy = *entry;
  copy->word = g_strdup (entry->word);
  copy->category = g_strdup (entry->category);
  copy->suggestion = g_strdup (entry->suggestion);
  copy->key = g_strdup (entry->key);

  return copy;
}

void
herald_ad_automaton_free (HeraldAdAutomaton *automaton)
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
char *
herald_ad_normalize_word (const char  *word,
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
symbol_of (const HeraldAdAutomaton *automaton,
           gunichar         cp)
{
  if (cp < 0x10000 && (automaton->bmp_symbol[cp] != 0 || automaton->n_symbols < G_MAXUINT16))
    return automaton->bmp_symbol[cp];

  return GPOINTER_TO_UINT (g_hash_table_lookup (automaton->astral_symbol, GUINT_TO_POINTER (cp)));
}

static guint32
intern_symbol (HeraldAdAutomaton *automaton,
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

HeraldAdAutomaton *
herald_ad_automaton_build (GPtrArray *entries)
{
  HeraldAdAutomaton *automaton = g_new0 (HeraldAdAutomaton, 1);
  g_autoptr(GArray) nodes = g_array_new (FALSE, TRUE, sizeof (TrieNode));
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint32));
  TrieNode root = { g_array_new (FALSE, FALSE, sizeof (Edge)), 0, 0, 0 };
  guint n_edges = 0, head;

  automaton->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_ad_entry_free);
  automaton->bmp_symbol = g_new0 (guint16, 0x10000);
  automaton->astral_symbol = g_hash_table_new (NULL, NULL);
  g_array_append_val (nodes, root);

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = g_ptr_array_index (entries, i);
      guint32 state = 0;

      g_ptr_array_add (automaton->entries, herald_ad_entry_copy (entry));
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
automaton_step (const HeraldAdAutomaton *automaton,
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

GPtrArray *
herald_ad_automaton_scan (const HeraldAdAutomaton *automaton,
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
