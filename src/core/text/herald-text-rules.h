/* herald-text-rules.h — the text rules of one channel kind for one account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-text-count.h"
#include "herald-text-report.h"
#include "herald-topics.h"

G_BEGIN_DECLS

#define HERALD_TEXT_ERROR (herald_text_error_quark ())

/**
 * HeraldTextError:
 * @HERALD_TEXT_ERROR_UNKNOWN_KIND: no channel kind has that id
 * @HERALD_TEXT_ERROR_INVALID_DATA: a word list or rules data is malformed
 * @HERALD_TEXT_ERROR_MISSING_CONFIG: a conversion's configuration is not
 *   installed
 * @HERALD_TEXT_ERROR_CONVERSION: a conversion failed
 * @HERALD_TEXT_ERROR_INVALID_TEXT: the text is not UTF-8
 */
typedef enum {
  HERALD_TEXT_ERROR_UNKNOWN_KIND,
  HERALD_TEXT_ERROR_INVALID_DATA,
  HERALD_TEXT_ERROR_MISSING_CONFIG,
  HERALD_TEXT_ERROR_CONVERSION,
  HERALD_TEXT_ERROR_INVALID_TEXT,
} HeraldTextError;

/**
 * HeraldTextDraft:
 * @title: (nullable): the title
 * @body: (nullable): the body
 * @digest: (nullable): the digest
 * @author: (nullable): the author
 * @tags: (nullable) (array zero-terminated=1): topics kept beside the text
 * @n_images: the number of images attached, or -1 when not known
 * @image_text: whether the post is an image post (图文), which some kinds
 *   give a title limit of its own
 *
 * The fields of a post to check, borrowed from the caller.  Texts are
 * UTF-8; bytes that are not count as one character each.
 */
typedef struct {
  const char         *title;
  const char         *body;
  const char         *digest;
  const char         *author;
  const char * const *tags;
  int                 n_images;
  gboolean            image_text;
} HeraldTextDraft;

/**
 * HeraldTitleProblem:
 * @HERALD_TITLE_PROBLEM_NONE: the title is fine
 * @HERALD_TITLE_PROBLEM_LINE_BREAK: a line break, which the kind forbids
 *   in titles (公众号)
 * @HERALD_TITLE_PROBLEM_CHARACTER: a character the kind does not allow in
 *   titles (视频号's short title takes letters, digits, CJK and a few marks)
 *
 * What is wrong with a title besides its length.
 */
typedef enum {
  HERALD_TITLE_PROBLEM_NONE,
  HERALD_TITLE_PROBLEM_LINE_BREAK,
  HERALD_TITLE_PROBLEM_CHARACTER,
} HeraldTitleProblem;

#define HERALD_TYPE_TITLE_PROBLEM (herald_title_problem_get_type ())
#define HERALD_TYPE_TEXT_RULES (herald_text_rules_get_type ())

G_DECLARE_FINAL_TYPE (HeraldTextRules, herald_text_rules, HERALD, TEXT_RULES, GObject)

GQuark              herald_text_error_quark            (void);
GType               herald_title_problem_get_type      (void) G_GNUC_CONST;

HeraldTextRules    *herald_text_rules_new              (const char            *kind_id,
                                                        const char            *overrides_json,
                                                        GError               **error);
const char         *herald_text_rules_get_kind_id      (HeraldTextRules       *self);
HeraldTopicSyntax   herald_text_rules_get_topic_syntax (HeraldTextRules       *self);
HeraldTextCounting  herald_text_rules_get_counting     (HeraldTextRules       *self,
                                                        HeraldTextField        field);
int                 herald_text_rules_get_limit        (HeraldTextRules       *self,
                                                        HeraldTextField        field,
                                                        gboolean               image_text);
int                 herald_text_rules_get_minimum      (HeraldTextRules       *self,
                                                        HeraldTextField        field);
int                 herald_text_rules_get_body_fold    (HeraldTextRules       *self);
gsize               herald_text_rules_count            (HeraldTextRules       *self,
                                                        HeraldTextField        field,
                                                        const char            *text,
                                                        gssize                 length);
guint               herald_text_rules_count_topics     (HeraldTextRules       *self,
                                                        const HeraldTextDraft *draft);
int                 herald_text_rules_get_tag_max      (HeraldTextRules       *self);
int                 herald_text_rules_find_long_tag    (HeraldTextRules       *self,
                                                        const char * const    *tags);
HeraldTextReport   *herald_text_rules_evaluate         (HeraldTextRules       *self,
                                                        const HeraldTextDraft *draft);
HeraldTitleProblem  herald_text_rules_check_title      (HeraldTextRules       *self,
                                                        const char            *title,
                                                        gssize                 length,
                                                        gsize                 *byte_offset,
                                                        gsize                 *char_offset);
char               *herald_text_rules_fit             (HeraldTextRules       *self,
                                                        HeraldTextField        field,
                                                        const char            *text,
                                                        gboolean               image_text);
char               *herald_text_rules_adapt_text       (HeraldTextRules       *self,
                                                        HeraldTextRules       *from,
                                                        const char            *text,
                                                        GStrv                 *topics);

G_END_DECLS
