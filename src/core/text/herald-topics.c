/* herald-topics.c — topics (#话题) and mentions (@昵称) in a text
 *
 * Each platform writes a topic its own way (PLATFORMS.md §1): 微博 closes
 * it with a second `#`, the others end it with a space, 公众号 has none and
 * B站 keeps topics as tags beside the text.  Mentions are `@name` and a
 * space everywhere.  Links are skipped, so that `#` in an address is never
 * a topic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topics"

#include "config.h"

#include <string.h>

#include "herald-topics.h"
#include "herald-text-private.h"

/* Weibo shows no topic longer than this; a longer run between two `#`
 * is ordinary text. */
#define MAX_PAIRED_TOPIC_CHARS 64

typedef struct {
  HeraldTextSpanKind kind;
  gsize              start;        /* the # or @ */
  gsize              name_start;
  gsize              name_end;
  gsize              end;          /* after the closing # */
  gsize              syntax_end;   /* after the space that ends the topic, if any */
  gsize              char_start;
  gsize              char_end;
} Token;

G_DEFINE_ENUM_TYPE (HeraldTopicSyntax, herald_topic_syntax,
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_SYNTAX_NONE, "none"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_SYNTAX_HASH_SPACE, "hash-space"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_SYNTAX_HASH_PAIR, "hash-pair"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_SYNTAX_TAGS, "tags"))

G_DEFINE_ENUM_TYPE (HeraldTextSpanKind, herald_text_span_kind,
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_SPAN_TOPIC, "topic"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_SPAN_MENTION, "mention"))

G_DEFINE_BOXED_TYPE (HeraldTextSpan, herald_text_span, herald_text_span_copy, herald_text_span_free)

/* What ends a name written without a closing mark. */
static gboolean
ends_name (gunichar cp)
{
  if (cp == '#' || cp == '@' || g_unichar_isspace (cp))
    return TRUE;

  switch (cp)
    {
    case ',': case '.': case '!': case '?': case ';': case ':': case '"': case '\'':
    case '(': case ')': case '[': case ']': case '<': case '>':
    case 0x3001: case 0x3002: case 0xff0c: case 0xff01: case 0xff1f: case 0xff1b:
    case 0xff1a: case 0x201c: case 0x201d: case 0x2018: case 0x2019: case 0xff08:
    case 0xff09: case 0x3010: case 0x3011: case 0x300c: case 0x300d: case 0x300a:
    case 0x300b: case 0x2026: case 0x200b: case 0xfeff: case 0x3000:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Reads an open name from @p; returns its end.  *chars counts its
 * characters. */
static const guchar *
read_open_name (const guchar *p,
                const guchar *end,
                gsize        *chars)
{
  *chars = 0;
  while (p < end)
    {
      guint n;
      gunichar cp = herald_text_decode (p, end, &n);

      if (ends_name (cp))
        break;
      p += n;
      (*chars)++;
    }

  return p;
}

/* Reads a name closed by `#`; returns the closing `#`, or NULL when there
 * is no acceptable one. */
static const guchar *
read_paired_name (const guchar *p,
                  const guchar *end,
                  gsize        *chars)
{
  gunichar first = 0, last = 0;

  *chars = 0;
  while (p < end && *chars <= MAX_PAIRED_TOPIC_CHARS)
    {
      guint n;
      gunichar cp = herald_text_decode (p, end, &n);

      if (cp == '#')
        {
          if (*chars == 0 || g_unichar_isspace (first) || g_unichar_isspace (last))
            return NULL;
          return p;
        }
      if (cp == '\n' || cp == '\r')
        return NULL;

      if (*chars == 0)
        first = cp;
      last = cp;
      p += n;
      (*chars)++;
    }

  return NULL;
}

static GArray *
tokenize (const guchar      *text,
          const guchar      *end,
          HeraldTopicSyntax  syntax)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const guchar *p = text;
  gunichar previous = 0;
  gsize chars = 0;

  while (p < end)
    {
      guint n;
      gunichar cp;
      gsize name_chars;
      const guchar *name_end;
      Token token;

      if ((*p | 0x20) == 'h' && !(previous < 0x80 && g_ascii_isalnum (previous)))
        {
          gsize url = herald_text_url_length (p, end);

          if (url > 0)
            {
              /* Links are ASCII: one character a byte. */
              p += url;
              chars += url;
              previous = '/';
              continue;
            }
        }

      cp = herald_text_decode (p, end, &n);

      if (cp == '@' && !(previous < 0x80 && (g_ascii_isalnum (previous) || previous == '.' ||
                                             previous == '_' || previous == '-')))
        {
          name_end = read_open_name (p + 1, end, &name_chars);
          if (name_chars > 0)
            {
              token = (Token) { HERALD_TEXT_SPAN_MENTION, p - text, p + 1 - text, name_end - text,
                                name_end - text, name_end - text, chars, chars + 1 + name_chars };
              g_array_append_val (tokens, token);
              chars += 1 + name_chars;
              p = name_end;
              previous = 'a';
              continue;
            }
        }
      else if (cp == '#' && syntax == HERALD_TOPIC_SYNTAX_HASH_PAIR)
        {
          name_end = read_paired_name (p + 1, end, &name_chars);
          if (name_end != NULL)
            {
              token = (Token) { HERALD_TEXT_SPAN_TOPIC, p - text, p + 1 - text, name_end - text,
                                name_end + 1 - text, name_end + 1 - text,
                                chars, chars + 2 + name_chars };
              g_array_append_val (tokens, token);
              chars += 2 + name_chars;
              p = name_end + 1;
              previous = '#';
              continue;
            }
        }
      else if (cp == '#' && syntax == HERALD_TOPIC_SYNTAX_HASH_SPACE)
        {
          name_end = read_open_name (p + 1, end, &name_chars);
          if (name_chars > 0)
            {
              gsize syntax_end = name_end - text;

              /* The space is part of the syntax: it is what ends the topic. */
              if (name_end < end && *name_end == ' ')
                syntax_end++;
              token = (Token) { HERALD_TEXT_SPAN_TOPIC, p - text, p + 1 - text, name_end - text,
                                name_end - text, syntax_end, chars, chars + 1 + name_chars };
              g_array_append_val (tokens, token);
              chars += 1 + name_chars;
              p = name_end;
              previous = 'a';
              continue;
            }
        }

      previous = cp;
      p += n;
      chars++;
    }

  return tokens;
}

static inline const guchar *
text_end (const char *text,
          gssize      length)
{
  return (const guchar *) text + (length < 0 ? strlen (text) : (gsize) length);
}

/* The name as valid UTF-8, whatever the text held. */
static char *
token_name (const char  *text,
            const Token *token)
{
  return g_utf8_make_valid (text + token->name_start, token->name_end - token->name_start);
}

/**
 * herald_topic_syntax_from_string:
 * @name: a topic syntax name from the channel kinds data
 * @syntax: (out): where to store the syntax
 *
 * Returns: %TRUE if @name is `none`, `hash-space`, `hash-pair` or `tags`
 */
gboolean
herald_topic_syntax_from_string (const char        *name,
                                 HeraldTopicSyntax *syntax)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (syntax != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  klass = g_type_class_ref (HERALD_TYPE_TOPIC_SYNTAX);
  value = g_enum_get_value_by_nick (klass, name);
  if (value == NULL)
    return FALSE;

  *syntax = value->value;
  return TRUE;
}

/**
 * herald_text_span_copy:
 * @span: a #HeraldTextSpan
 *
 * Returns: (transfer full): a copy of @span
 */
HeraldTextSpan *
herald_text_span_copy (const HeraldTextSpan *span)
{
  HeraldTextSpan *copy;

  g_return_val_if_fail (span != NULL, NULL);

  copy = g_new (HeraldTextSpan, 1);
  *copy = *span;
  copy->name = g_strdup (span->name);

  return copy;
}

/**
 * herald_text_span_free:
 * @span: (nullable): a #HeraldTextSpan
 *
 * Frees @span and its name.
 */
void
herald_text_span_free (HeraldTextSpan *span)
{
  if (span == NULL)
    return;

  g_free (span->name);
  g_free (span);
}

/**
 * herald_topics_find:
 * @text: a text, UTF-8
 * @length: its length in bytes, or -1 if it ends with a nul
 * @syntax: how the platform writes topics
 *
 * Finds the topics written in @syntax and the mentions in @text, in the
 * order they come.  With %HERALD_TOPIC_SYNTAX_NONE and
 * %HERALD_TOPIC_SYNTAX_TAGS, only mentions are found.  A `@` right after
 * a letter or digit starts no mention, so that e-mail addresses are not
 * taken for one.
 *
 * Returns: (transfer full) (element-type HeraldTextSpan): the spans
 */
GPtrArray *
herald_topics_find (const char        *text,
                    gssize             length,
                    HeraldTopicSyntax  syntax)
{
  g_autoptr(GArray) tokens = NULL;
  GPtrArray *spans;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  spans = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_text_span_free);
  if (text == NULL)
    return spans;

  tokens = tokenize ((const guchar *) text, text_end (text, length), syntax);
  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);
      HeraldTextSpan *span = g_new (HeraldTextSpan, 1);

      span->kind = token->kind;
      span->name = token_name (text, token);
      span->byte_start = token->start;
      span->byte_end = token->end;
      span->char_start = token->char_start;
      span->char_end = token->char_end;
      g_ptr_array_add (spans, span);
    }

  return spans;
}

/**
 * herald_topic_render:
 * @name: a topic, without any `#`
 * @syntax: how the platform writes topics
 *
 * Writes a topic the platform's way: `#话题#` for
 * %HERALD_TOPIC_SYNTAX_HASH_PAIR, `#话题 ` (with its space) for
 * %HERALD_TOPIC_SYNTAX_HASH_SPACE, and the bare name for the others,
 * which have no syntax for topics in the text.
 *
 * Returns: (transfer full): the topic as the platform writes it
 */
char *
herald_topic_render (const char        *name,
                     HeraldTopicSyntax  syntax)
{
  g_return_val_if_fail (name != NULL, NULL);

  switch (syntax)
    {
    case HERALD_TOPIC_SYNTAX_HASH_PAIR:
      return g_strconcat ("#", name, "#", NULL);
    case HERALD_TOPIC_SYNTAX_HASH_SPACE:
      return g_strconcat ("#", name, " ", NULL);
    case HERALD_TOPIC_SYNTAX_NONE:
    case HERALD_TOPIC_SYNTAX_TAGS:
    default:
      return g_strdup (name);
    }
}

/**
 * herald_topics_adapt_text:
 * @text: a text written for a platform whose topics are written @from
 * @length: its length in bytes, or -1 if it ends with a nul
 * @from: the topic syntax @text is written in
 * @to: the topic syntax to write it in
 * @topics: (out) (optional) (transfer full): the topics found, each once,
 *   in the order they first come; for a platform that keeps topics as tags
 *
 * Rewrites every topic of @text for another platform, for a post copied
 * to another account: `#话题#` becomes `#话题 ` and back, and a platform
 * without topics in the text gets the bare word.  Everything else,
 * mentions included, is kept as it is.  `#话题# 一起` becomes `#话题 一起`:
 * the space there ends the topic, and no second one is added.  Adapting
 * there and back gives the text again, except that space, and unless a
 * topic becomes bare on the way.
 *
 * Returns: (transfer full): the adapted text, valid UTF-8
 */
char *
herald_topics_adapt_text (const char        *text,
                          gssize             length,
                          HeraldTopicSyntax  from,
                          HeraldTopicSyntax  to,
                          GStrv             *topics)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GStrvBuilder) names = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GString) out = NULL;
  const guchar *end;
  gsize done = 0;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    text = "";

  end = text_end (text, length);
  tokens = tokenize ((const guchar *) text, end, from);
  out = g_string_sized_new (end - (const guchar *) text + 16);
  names = g_strv_builder_new ();
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);
      g_autofree char *name = NULL;
      gsize rest;

      if (token->kind != HERALD_TEXT_SPAN_TOPIC)
        continue;

      name = token_name (text, token);
      if (!g_hash_table_contains (seen, name))
        {
          g_strv_builder_add (names, name);
          g_hash_table_add (seen, g_strdup (name));
        }

      g_string_append_len (out, text + done, token->start - done);
      rest = end - (const guchar *) text - token->syntax_end;

      switch (to)
        {
        case HERALD_TOPIC_SYNTAX_HASH_PAIR:
          g_string_append_printf (out, "#%s#", name);
          break;

        case HERALD_TOPIC_SYNTAX_HASH_SPACE:
          g_string_append_printf (out, "#%s", name);
          /* A space ends the topic, unless something else already does:
           * a space that follows it is that space, not one more. */
          if (from == HERALD_TOPIC_SYNTAX_HASH_SPACE)
            {
              if (token->syntax_end > token->end)
                g_string_append_c (out, ' ');
            }
          else if (rest > 0)
            {
              guint n;
              gunichar next = herald_text_decode ((const guchar *) text + token->syntax_end, end, &n);

              if (!ends_name (next))
                g_string_append_c (out, ' ');
            }
          break;

        case HERALD_TOPIC_SYNTAX_NONE:
        case HERALD_TOPIC_SYNTAX_TAGS:
        default:
          /* The space that ended the topic now separates words. */
          g_string_append (out, name);
          g_string_append_len (out, text + token->end, token->syntax_end - token->end);
          break;
        }

      done = token->syntax_end;
    }

  g_string_append_len (out, text + done, end - (const guchar *) text - done);

  if (topics != NULL)
    *topics = g_strv_builder_end (names);

  if (!g_utf8_validate_len (out->str, out->len, NULL))
    {
      char *valid = g_utf8_make_valid (out->str, out->len);

      return valid;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
