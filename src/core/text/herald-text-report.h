/* herald-text-report.h — the length of each field of a post against its limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * HeraldTextField:
 * @HERALD_TEXT_FIELD_TITLE: the title
 * @HERALD_TEXT_FIELD_BODY: the body, caption or description
 * @HERALD_TEXT_FIELD_DIGEST: the digest (摘要) of a 公众号 article
 * @HERALD_TEXT_FIELD_AUTHOR: the author of a 公众号 article
 * @HERALD_TEXT_FIELD_TAGS: the topics, in the text or as tags
 * @HERALD_TEXT_FIELD_IMAGES: the images attached
 * @HERALD_N_TEXT_FIELDS: the number of fields
 *
 * The checked fields of a post.  Their nicks (`title`, `body`, `digest`,
 * `author`, `tags`, `images`) name them in the command line's output.
 */
typedef enum {
  HERALD_TEXT_FIELD_TITLE,
  HERALD_TEXT_FIELD_BODY,
  HERALD_TEXT_FIELD_DIGEST,
  HERALD_TEXT_FIELD_AUTHOR,
  HERALD_TEXT_FIELD_TAGS,
  HERALD_TEXT_FIELD_IMAGES,
  HERALD_N_TEXT_FIELDS
} HeraldTextField;

/**
 * HeraldTextLevel:
 * @HERALD_TEXT_LEVEL_OK: within the limit, or no limit
 * @HERALD_TEXT_LEVEL_NEAR: at 90% of the limit or more, but not over
 * @HERALD_TEXT_LEVEL_OVER: over the limit
 * @HERALD_TEXT_LEVEL_UNDER: below the platform's minimum
 *
 * How a count stands against its limit, for the editor's colours.
 */
typedef enum {
  HERALD_TEXT_LEVEL_OK,
  HERALD_TEXT_LEVEL_NEAR,
  HERALD_TEXT_LEVEL_OVER,
  HERALD_TEXT_LEVEL_UNDER,
} HeraldTextLevel;

typedef struct _HeraldTextReport HeraldTextReport;

#define HERALD_TYPE_TEXT_FIELD (herald_text_field_get_type ())
#define HERALD_TYPE_TEXT_LEVEL (herald_text_level_get_type ())
#define HERALD_TYPE_TEXT_REPORT (herald_text_report_get_type ())

GType             herald_text_field_get_type       (void) G_GNUC_CONST;
GType             herald_text_level_get_type       (void) G_GNUC_CONST;
GType             herald_text_report_get_type      (void) G_GNUC_CONST;

const char       *herald_text_field_to_string      (HeraldTextField   field);
const char       *herald_text_level_to_string      (HeraldTextLevel   level);
HeraldTextLevel   herald_text_level_for            (gssize            count,
                                                    int               limit,
                                                    int               minimum);

HeraldTextReport *herald_text_report_new           (void);
HeraldTextReport *herald_text_report_ref           (HeraldTextReport *report);
void              herald_text_report_unref         (HeraldTextReport *report);
void              herald_text_report_set           (HeraldTextReport *report,
                                                    HeraldTextField   field,
                                                    gssize            count,
                                                    int               limit,
                                                    int               minimum);
gssize            herald_text_report_get_count     (HeraldTextReport *report,
                                                    HeraldTextField   field);
int               herald_text_report_get_limit     (HeraldTextReport *report,
                                                    HeraldTextField   field);
int               herald_text_report_get_minimum   (HeraldTextReport *report,
                                                    HeraldTextField   field);
HeraldTextLevel   herald_text_report_get_level     (HeraldTextReport *report,
                                                    HeraldTextField   field);
void              herald_text_report_set_long_tag  (HeraldTextReport *report,
                                                    const char       *tag,
                                                    int               tag_max);
const char       *herald_text_report_get_long_tag  (HeraldTextReport *report,
                                                    int              *tag_max);
gboolean          herald_text_report_is_over       (HeraldTextReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldTextReport, herald_text_report_unref)

G_END_DECLS
