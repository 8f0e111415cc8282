/* herald-topics.h — topics (#话题) and mentions (@昵称) in a text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * HeraldTopicSyntax:
 * @HERALD_TOPIC_SYNTAX_NONE: no topics in the text (公众号)
 * @HERALD_TOPIC_SYNTAX_HASH_SPACE: `#话题` then a space
 * @HERALD_TOPIC_SYNTAX_HASH_PAIR: `#话题#` (微博)
 * @HERALD_TOPIC_SYNTAX_TAGS: topics are separate tags, not in the text
 *
 * How a platform writes topics.  The names in the channel kinds data are
 * the nicks: `none`, `hash-space`, `hash-pair`, `tags`.
 */
typedef enum {
  HERALD_TOPIC_SYNTAX_NONE,
  HERALD_TOPIC_SYNTAX_HASH_SPACE,
  HERALD_TOPIC_SYNTAX_HASH_PAIR,
  HERALD_TOPIC_SYNTAX_TAGS,
} HeraldTopicSyntax;

/**
 * HeraldTextSpanKind:
 * @HERALD_TEXT_SPAN_TOPIC: a topic
 * @HERALD_TEXT_SPAN_MENTION: a mention of an account
 */
typedef enum {
  HERALD_TEXT_SPAN_TOPIC,
  HERALD_TEXT_SPAN_MENTION,
} HeraldTextSpanKind;

/**
 * HeraldTextSpan:
 * @kind: a topic or a mention
 * @name: the topic or the account's name, without `#` or `@`
 * @byte_start: where the span starts in the text, in bytes
 * @byte_end: where it ends, in bytes (exclusive)
 * @char_start: where it starts, in characters
 * @char_end: where it ends, in characters (exclusive)
 *
 * A topic or a mention found in a text.  The span covers its syntax
 * (`#话题#`, `#话题`, `@昵称`) but not the space after it.
 */
typedef struct {
  HeraldTextSpanKind  kind;
  char               *name;
  gsize               byte_start;
  gsize               byte_end;
  gsize               char_start;
  gsize               char_end;
} HeraldTextSpan;

#define HERALD_TYPE_TOPIC_SYNTAX (herald_topic_syntax_get_type ())
#define HERALD_TYPE_TEXT_SPAN_KIND (herald_text_span_kind_get_type ())
#define HERALD_TYPE_TEXT_SPAN (herald_text_span_get_type ())

GType           herald_topic_syntax_get_type    (void) G_GNUC_CONST;
GType           herald_text_span_kind_get_type  (void) G_GNUC_CONST;
GType           herald_text_span_get_type       (void) G_GNUC_CONST;

gboolean        herald_topic_syntax_from_string (const char          *name,
                                                 HeraldTopicSyntax   *syntax);

HeraldTextSpan *herald_text_span_copy           (const HeraldTextSpan *span);
void            herald_text_span_free           (HeraldTextSpan      *span);

GPtrArray      *herald_topics_find              (const char          *text,
                                                 gssize               length,
                                                 HeraldTopicSyntax    syntax);
char           *herald_topic_render             (const char          *name,
                                                 HeraldTopicSyntax    syntax);
char           *herald_topics_adapt_text        (const char          *text,
                                                 gssize               length,
                                                 HeraldTopicSyntax    from,
                                                 HeraldTopicSyntax    to,
                                                 GStrv               *topics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldTextSpan, herald_text_span_free)

G_END_DECLS
