/* herald-channel-topic.c — a topic written the way a channel kind writes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-channel-topic"

#include "config.h"

#include "herald-channel-topic.h"

/**
 * herald_channel_kind_format_topic:
 * @kind: a #HeraldChannelKind
 * @topic: the topic's words, with or without the marks around them
 *
 * Writes @topic as a hashtag in the body of a post of @kind: `#话题#` where
 * the kind closes topics (`hash-pair`, Weibo), else `#话题 ` with the space
 * that ends it.  Marks already around @topic and spaces inside it, which
 * would end the topic early, are dropped.
 *
 * Returns: (transfer full) (nullable): the hashtag, or %NULL when @topic
 *   has no words
 */
char *
herald_channel_kind_format_topic (HeraldChannelKind *kind,
                                  const char        *topic)
{
  g_autoptr (GString) words = g_string_new (NULL);
  const char *syntax;

  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);
  g_return_val_if_fail (topic != NULL, NULL);

  for (const char *p = topic; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '#' || c == 0xFF03 /* ＃ */ || g_unichar_isspace (c))
        continue;
      g_string_append_unichar (words, c);
    }

  if (words->len == 0)
    return NULL;

  syntax = herald_channel_kind_get_topic_syntax (kind);
  if (g_strcmp0 (syntax, "hash-pair") == 0)
    return g_strdup_printf ("#%s#", words->str);

  return g_strdup_printf ("#%s ", words->str);
}
