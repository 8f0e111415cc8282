/* herald-text-rules.c — the text rules of one channel kind for one account
 *
 * A HeraldTextRules resolves a kind's limits and the account's overrides
 * once, so that checking a draft on every keystroke only counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-text-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "herald-text-rules.h"
#include "herald-channel-kind.h"
#include "herald-text-private.h"

struct _HeraldTextRules
{
  GObject             parent_instance;

  HeraldChannelKind  *kind;
  HeraldTextCounting  counting;
  HeraldTextCounting  title_counting;
  HeraldTopicSyntax   topic_syntax;
  gboolean            title_line_breaks;
  char               *title_allowed_extra;   /* NULL: titles are not restricted */

  int                 title_max;
  int                 title_max_image_text;
  int                 title_min;
  int                 body_max;
  int                 body_fold;
  int                 digest_max;
  int                 author_max;
  int                 topics_max;
  int                 tag_max;
  int                 images_min;
  int                 images_max;
};

G_DEFINE_FINAL_TYPE (HeraldTextRules, herald_text_rules, G_TYPE_OBJECT)

G_DEFINE_QUARK (herald-text-error-quark, herald_text_error)

G_DEFINE_ENUM_TYPE (HeraldTitleProblem, herald_title_problem,
  G_DEFINE_ENUM_VALUE (HERALD_TITLE_PROBLEM_NONE, "none"),
  G_DEFINE_ENUM_VALUE (HERALD_TITLE_PROBLEM_LINE_BREAK, "line-break"),
  G_DEFINE_ENUM_VALUE (HERALD_TITLE_PROBLEM_CHARACTER, "character"))

static void
herald_text_rules_finalize (GObject *object)
{
  HeraldTextRules *self = HERALD_TEXT_RULES (object);

  g_clear_object (&self->kind);
  g_clear_pointer (&self->title_allowed_extra, g_free);

  G_OBJECT_CLASS (herald_text_rules_parent_class)->finalize (object);
}

static void
herald_text_rules_class_init (HeraldTextRulesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_text_rules_finalize;
}

static void
herald_text_rules_init (HeraldTextRules *self)
{
}

/**
 * herald_text_rules_new:
 * @kind_id: a channel kind id, such as `weibo`
 * @overrides_json: (nullable): the account's overrides of the kind's
 *   limits, a JSON object such as `{"body_max": 5000}`; see
 *   herald_channel_kind_get_limit ()
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the rules, or %NULL with
 *   %HERALD_TEXT_ERROR_UNKNOWN_KIND when Herald knows no kind @kind_id
 */
HeraldTextRules *
herald_text_rules_new (const char  *kind_id,
                       const char  *overrides_json,
                       GError     **error)
{
  g_autoptr(HeraldTextRules) self = NULL;
  HeraldChannelKind *kind;
  gboolean weighted_title;

  g_return_val_if_fail (kind_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  kind = herald_channel_kinds_lookup (kind_id);
  if (kind == NULL)
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_UNKNOWN_KIND,
                   _("Unknown channel kind “%s”"), kind_id);
      return NULL;
    }

  self = g_object_new (HERALD_TYPE_TEXT_RULES, NULL);
  self->kind = g_object_ref (kind);

  /* The data is checked when it loads; fall back all the same. */
  if (!herald_text_counting_from_string (herald_channel_kind_get_counting (kind), &self->counting))
    self->counting = HERALD_TEXT_COUNTING_CODEPOINTS;
  if (!herald_text_counting_from_string (herald_channel_kind_get_title_counting (kind),
                                         &self->title_counting))
    self->title_counting = self->counting;
  if (!herald_topic_syntax_from_string (herald_channel_kind_get_topic_syntax (kind),
                                        &self->topic_syntax))
    self->topic_syntax = HERALD_TOPIC_SYNTAX_NONE;

  self->title_line_breaks = herald_channel_kind_get_title_line_breaks (kind);
  self->title_allowed_extra = g_strdup (herald_channel_kind_get_title_allowed_extra (kind));

  weighted_title = self->title_counting == HERALD_TEXT_COUNTING_WEIGHTED;
  self->title_max = herald_channel_kind_get_limit (kind, weighted_title ? "title_max_weighted"
                                                                         : "title_max",
                                                   overrides_json);
  self->title_max_image_text = herald_channel_kind_get_limit (kind, "title_max_image_text",
                                                              overrides_json);
  self->title_min = herald_channel_kind_get_limit (kind, "title_min", overrides_json);
  self->body_max = herald_channel_kind_get_limit (kind, "body_max", overrides_json);
  self->body_fold = herald_channel_kind_get_limit (kind, "body_fold", overrides_json);
  self->digest_max = herald_channel_kind_get_limit (kind, "digest_max", overrides_json);
  self->author_max = herald_channel_kind_get_limit (kind, "author_max", overrides_json);
  self->topics_max = herald_channel_kind_get_limit (kind, "topics_max", overrides_json);
  self->tag_max = herald_channel_kind_get_limit (kind, "tag_max", overrides_json);
  self->images_min = herald_channel_kind_get_limit (kind, "images_min", overrides_json);
  self->images_max = herald_channel_kind_get_limit (kind, "images_max", overrides_json);

  return g_steal_pointer (&self);
}

/**
 * herald_text_rules_get_kind_id:
 * @self: a #HeraldTextRules
 *
 * Returns: (transfer none): the id of the rules' channel kind
 */
const char *
herald_text_rules_get_kind_id (HeraldTextRules *self)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), NULL);

  return herald_channel_kind_get_id (self->kind);
}

/**
 * herald_text_rules_get_topic_syntax:
 * @self: a #HeraldTextRules
 *
 * Returns: how the kind writes topics
 */
HeraldTopicSyntax
herald_text_rules_get_topic_syntax (HeraldTextRules *self)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), HERALD_TOPIC_SYNTAX_NONE);

  return self->topic_syntax;
}

/**
 * herald_text_rules_get_counting:
 * @self: a #HeraldTextRules
 * @field: a text field
 *
 * Returns: how the kind counts @field
 */
HeraldTextCounting
herald_text_rules_get_counting (HeraldTextRules *self,
                                HeraldTextField  field)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), HERALD_TEXT_COUNTING_CODEPOINTS);

  return field == HERALD_TEXT_FIELD_TITLE ? self->title_counting : self->counting;
}

/**
 * herald_text_rules_get_limit:
 * @self: a #HeraldTextRules
 * @field: a field
 * @image_text: whether the post is an image post (图文)
 *
 * The title's limit is `title_max_weighted` for a kind that counts titles
 * `weighted`, and `title_max_image_text` for an image post where the kind
 * has one.  The topics' limit is `topics_max`.
 *
 * Returns: the field's limit for the account, or -1 for none or unknown
 */
int
herald_text_rules_get_limit (HeraldTextRules *self,
                             HeraldTextField  field,
                             gboolean         image_text)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), -1);
  g_return_val_if_fail (field < HERALD_N_TEXT_FIELDS, -1);

  switch (field)
    {
    case HERALD_TEXT_FIELD_TITLE:
      if (image_text && self->title_max_image_text >= 0)
        return self->title_max_image_text;
      return self->title_max;
    case HERALD_TEXT_FIELD_BODY:
      return self->body_max;
    case HERALD_TEXT_FIELD_DIGEST:
      return self->digest_max;
    case HERALD_TEXT_FIELD_AUTHOR:
      return self->author_max;
    case HERALD_TEXT_FIELD_TAGS:
      return self->topics_max;
    case HERALD_TEXT_FIELD_IMAGES:
      return self->images_max;
    case HERALD_N_TEXT_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * herald_text_rules_get_minimum:
 * @self: a #HeraldTextRules
 * @field: a field
 *
 * Returns: the least the platform accepts for @field (the short title of
 *   视频号, the images of 小红书), or -1 for no minimum
 */
int
herald_text_rules_get_minimum (HeraldTextRules *self,
                               HeraldTextField  field)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), -1);

  switch (field)
    {
    case HERALD_TEXT_FIELD_TITLE:
      return self->title_min;
    case HERALD_TEXT_FIELD_IMAGES:
      return self->images_min;
    case HERALD_TEXT_FIELD_BODY:
    case HERALD_TEXT_FIELD_DIGEST:
    case HERALD_TEXT_FIELD_AUTHOR:
    case HERALD_TEXT_FIELD_TAGS:
    case HERALD_N_TEXT_FIELDS:
    default:
      return -1;
    }
}

/**
 * herald_text_rules_get_body_fold:
 * @self: a #HeraldTextRules
 *
 * Returns: how much of the body shows before the platform folds it
 *   (微博's 「全文」), counted as the body is, or -1
 */
int
herald_text_rules_get_body_fold (HeraldTextRules *self)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), -1);

  return self->body_fold;
}

/**
 * herald_text_rules_count:
 * @self: a #HeraldTextRules
 * @field: a text field: title, body, digest or author
 * @text: (nullable): the field's text
 * @length: its length in bytes, or -1 if it ends with a nul
 *
 * Returns: the length of @text as the kind counts @field
 */
gsize
herald_text_rules_count (HeraldTextRules *self,
                         HeraldTextField  field,
                         const char      *text,
                         gssize           length)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), 0);

  return herald_text_count (text, length, herald_text_rules_get_counting (self, field));
}

static void
add_topics (GHashTable        *seen,
            const char        *text,
            HeraldTopicSyntax  syntax)
{
  g_autoptr(GPtrArray) spans = NULL;

  if (text == NULL)
    return;

  spans = herald_topics_find (text, -1, syntax);
  for (guint i = 0; i < spans->len; i++)
    {
      HeraldTextSpan *span = g_ptr_array_index (spans, i);

      if (span->kind == HERALD_TEXT_SPAN_TOPIC)
        g_hash_table_add (seen, g_strdup (span->name));
    }
}

/**
 * herald_text_rules_count_topics:
 * @self: a #HeraldTextRules
 * @draft: a draft
 *
 * Returns: the number of different topics of @draft: its tags and the
 *   topics written in its title and body in the kind's syntax
 */
guint
herald_text_rules_count_topics (HeraldTextRules       *self,
                                const HeraldTextDraft *draft)
{
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), 0);
  g_return_val_if_fail (draft != NULL, 0);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; draft->tags != NULL && draft->tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_utf8_make_valid (draft->tags[i], -1);

      g_strstrip (tag);
      if (*tag != '\0')
        g_hash_table_add (seen, g_steal_pointer (&tag));
    }

  add_topics (seen, draft->title, self->topic_syntax);
  add_topics (seen, draft->body, self->topic_syntax);

  return g_hash_table_size (seen);
}

/**
 * herald_text_rules_get_tag_max:
 * @self: a #HeraldTextRules
 *
 * Returns: the most characters one tag may have (B站's 标签), or -1 for
 *   no limit
 */
int
herald_text_rules_get_tag_max (HeraldTextRules *self)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), -1);

  return self->tag_max;
}

/**
 * herald_text_rules_find_long_tag:
 * @self: a #HeraldTextRules
 * @tags: (nullable) (array zero-terminated=1): a post's tags
 *
 * Returns: the index in @tags of the first tag longer than the kind
 *   allows (spaces around it left out, counted the kind's way), or -1
 *   when there is none
 */
int
herald_text_rules_find_long_tag (HeraldTextRules    *self,
                                 const char * const *tags)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), -1);

  if (self->tag_max < 0)
    return -1;

  for (guint i = 0; tags != NULL && tags[i] != NULL && i < G_MAXINT; i++)
    {
      g_autofree char *tag = g_utf8_make_valid (tags[i], -1);

      g_strstrip (tag);
      if (herald_text_count (tag, -1, self->counting) > (gsize) self->tag_max)
        return (int) i;
    }

  return -1;
}

/**
 * herald_text_rules_evaluate:
 * @self: a #HeraldTextRules
 * @draft: the post's fields
 *
 * Counts every field of @draft the kind's way and sets each against its
 * limit for the account.  A field the kind has no limit for still gets
 * its count.  A tag longer than the kind allows puts the tags over (see
 * herald_text_report_get_long_tag ()).
 *
 * Returns: (transfer full): the report
 */
HeraldTextReport *
herald_text_rules_evaluate (HeraldTextRules       *self,
                            const HeraldTextDraft *draft)
{
  HeraldTextReport *report;
  const char *texts[] = {
    [HERALD_TEXT_FIELD_TITLE] = draft ? draft->title : NULL,
    [HERALD_TEXT_FIELD_BODY] = draft ? draft->body : NULL,
    [HERALD_TEXT_FIELD_DIGEST] = draft ? draft->digest : NULL,
    [HERALD_TEXT_FIELD_AUTHOR] = draft ? draft->author : NULL,
  };

  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  report = herald_text_report_new ();
  for (guint field = HERALD_TEXT_FIELD_TITLE; field <= HERALD_TEXT_FIELD_AUTHOR; field++)
    herald_text_report_set (report, field,
                            herald_text_rules_count (self, field, texts[field], -1),
                            herald_text_rules_get_limit (self, field, draft->image_text),
                            herald_text_rules_get_minimum (self, field));

  herald_text_report_set (report, HERALD_TEXT_FIELD_TAGS,
                          herald_text_rules_count_topics (self, draft),
                          self->topics_max, -1);
  {
    int long_tag = herald_text_rules_find_long_tag (self, draft->tags);

    if (long_tag >= 0)
      herald_text_report_set_long_tag (report, draft->tags[long_tag], self->tag_max);
  }
  herald_text_report_set (report, HERALD_TEXT_FIELD_IMAGES,
                          draft->n_images < 0 ? -1 : draft->n_images,
                          self->images_max, self->images_min);

  return report;
}

/* Full-width forms as their ASCII letters, so that ：and ？ pass where
 * the data allows : and ?. */
static gunichar
narrow (gunichar cp)
{
  return cp >= 0xff01 && cp <= 0xff5e ? cp - 0xfee0 : cp;
}

/**
 * herald_text_rules_check_title:
 * @self: a #HeraldTextRules
 * @title: a title
 * @length: its length in bytes, or -1 if it ends with a nul
 * @byte_offset: (out) (optional): where the first problem is, in bytes
 * @char_offset: (out) (optional): where it is, in characters
 *
 * Checks what a title may hold, besides its length: a line break where
 * the kind forbids them, or a character outside letters, digits, CJK and
 * the marks a kind like 视频号 allows (full-width forms of those marks
 * pass too).  Bytes that are not UTF-8 are characters no kind allows.
 *
 * Returns: the first problem, or %HERALD_TITLE_PROBLEM_NONE
 */
HeraldTitleProblem
herald_text_rules_check_title (HeraldTextRules *self,
                               const char      *title,
                               gssize           length,
                               gsize           *byte_offset,
                               gsize           *char_offset)
{
  const guchar *p = (const guchar *) title;
  const guchar *end;
  gsize chars = 0;

  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), HERALD_TITLE_PROBLEM_NONE);
  g_return_val_if_fail (title != NULL || length == 0, HERALD_TITLE_PROBLEM_NONE);

  if (title == NULL)
    return HERALD_TITLE_PROBLEM_NONE;

  end = p + (length < 0 ? strlen (title) : (gsize) length);
  for (; p < end; chars++)
    {
      HeraldTitleProblem problem = HERALD_TITLE_PROBLEM_NONE;
      guint n;
      gunichar cp = herald_text_decode (p, end, &n);

      if (!self->title_line_breaks && (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029))
        problem = HERALD_TITLE_PROBLEM_LINE_BREAK;
      else if (self->title_allowed_extra != NULL &&
               (cp == 0 || cp == 0xfffd || !g_unichar_isalnum (cp)) &&
               (cp == 0 || (g_utf8_strchr (self->title_allowed_extra, -1, narrow (cp)) == NULL &&
                            g_utf8_strchr (self->title_allowed_extra, -1, cp) == NULL)))
        problem = HERALD_TITLE_PROBLEM_CHARACTER;

      if (problem != HERALD_TITLE_PROBLEM_NONE)
        {
          if (byte_offset != NULL)
            *byte_offset = p - (const guchar *) title;
          if (char_offset != NULL)
            *char_offset = chars;
          return problem;
        }
      p += n;
    }

  return HERALD_TITLE_PROBLEM_NONE;
}

/**
 * herald_text_rules_fit:
 * @self: a #HeraldTextRules
 * @field: a text field: title, body, digest or author
 * @text: the field's text
 * @image_text: whether the post is an image post (图文)
 *
 * Cuts @text down to the field's limit, counted the kind's way, for a
 * post copied to an account of another kind.  Spaces left at the end of
 * the cut are dropped.
 *
 * Returns: (transfer full): @text, or as much of it as the field takes;
 *   @text whole when the field has no limit
 */
char *
herald_text_rules_fit (HeraldTextRules *self,
                       HeraldTextField  field,
                       const char      *text,
                       gboolean         image_text)
{
  int limit;
  gsize length;
  char *fitted;

  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), NULL);
  g_return_val_if_fail (field <= HERALD_TEXT_FIELD_AUTHOR, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  limit = herald_text_rules_get_limit (self, field, image_text);
  length = strlen (text);
  if (limit < 0)
    return g_utf8_make_valid (text, length);

  length = herald_text_fit (text, length, herald_text_rules_get_counting (self, field), limit);
  if (length == strlen (text))
    return g_utf8_make_valid (text, length);

  fitted = g_utf8_make_valid (text, length);
  return g_strchomp (fitted);
}

/**
 * herald_text_rules_adapt_text:
 * @self: the rules of the kind to write for
 * @from: the rules of the kind @text was written for
 * @text: a text
 * @topics: (out) (optional) (transfer full): the topics of @text, each once
 *
 * Adapts @text when a post is copied to an account of another kind: see
 * herald_topics_adapt_text ().
 *
 * Returns: (transfer full): the text for @self's kind
 */
char *
herald_text_rules_adapt_text (HeraldTextRules  *self,
                              HeraldTextRules  *from,
                              const char       *text,
                              GStrv            *topics)
{
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (self), NULL);
  g_return_val_if_fail (HERALD_IS_TEXT_RULES (from), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return herald_topics_adapt_text (text, -1, from->topic_syntax, self->topic_syntax, topics);
}
