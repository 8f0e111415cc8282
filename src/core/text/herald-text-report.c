/* herald-text-report.c — the length of each field of a post against its limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-text-report"

#include "config.h"

#include "herald-text-report.h"

typedef struct {
  gssize          count;     /* -1: not known (images not given) */
  int             limit;     /* -1: none */
  int             minimum;   /* -1: none */
  HeraldTextLevel level;
} FieldReport;

struct _HeraldTextReport
{
  FieldReport fields[HERALD_N_TEXT_FIELDS];
  char       *long_tag;      /* the first tag over tag_max, or NULL */
  int         tag_max;
};

G_DEFINE_ENUM_TYPE (HeraldTextField, herald_text_field,
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_FIELD_TITLE, "title"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_FIELD_BODY, "body"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_FIELD_DIGEST, "digest"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_FIELD_AUTHOR, "author"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_FIELD_TAGS, "tags"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_FIELD_IMAGES, "images"))

G_DEFINE_ENUM_TYPE (HeraldTextLevel, herald_text_level,
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_LEVEL_OK, "ok"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_LEVEL_NEAR, "near"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_LEVEL_OVER, "over"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_LEVEL_UNDER, "under"))

G_DEFINE_BOXED_TYPE (HeraldTextReport, herald_text_report, herald_text_report_ref, herald_text_report_unref)

static const char * const field_names[HERALD_N_TEXT_FIELDS] = {
  [HERALD_TEXT_FIELD_TITLE] = "title",
  [HERALD_TEXT_FIELD_BODY] = "body",
  [HERALD_TEXT_FIELD_DIGEST] = "digest",
  [HERALD_TEXT_FIELD_AUTHOR] = "author",
  [HERALD_TEXT_FIELD_TAGS] = "tags",
  [HERALD_TEXT_FIELD_IMAGES] = "images",
};

static const char * const level_names[] = {
  [HERALD_TEXT_LEVEL_OK] = "ok",
  [HERALD_TEXT_LEVEL_NEAR] = "near",
  [HERALD_TEXT_LEVEL_OVER] = "over",
  [HERALD_TEXT_LEVEL_UNDER] = "under",
};

/**
 * herald_text_field_to_string:
 * @field: a #HeraldTextField
 *
 * Returns: (transfer none): the field's name: `title`, `body` …
 */
const char *
herald_text_field_to_string (HeraldTextField field)
{
  g_return_val_if_fail (field < HERALD_N_TEXT_FIELDS, NULL);

  return field_names[field];
}

/**
 * herald_text_level_to_string:
 * @level: a #HeraldTextLevel
 *
 * Returns: (transfer none): `ok`, `near`, `over` or `under`
 */
const char *
herald_text_level_to_string (HeraldTextLevel level)
{
  g_return_val_if_fail (level <= HERALD_TEXT_LEVEL_UNDER, NULL);

  return level_names[level];
}

/**
 * herald_text_level_for:
 * @count: a count, or -1 when it is not known
 * @limit: the most allowed, or -1 for no limit
 * @minimum: the least allowed, or -1 (or 0) for no minimum
 *
 * Near means at 90% of the limit or more: with a limit of 140, from 126.
 *
 * Returns: how @count stands against @limit and @minimum
 */
HeraldTextLevel
herald_text_level_for (gssize count,
                       int    limit,
                       int    minimum)
{
  if (count < 0)
    return HERALD_TEXT_LEVEL_OK;
  if (limit >= 0 && count > limit)
    return HERALD_TEXT_LEVEL_OVER;
  if (minimum > 0 && count < minimum)
    return HERALD_TEXT_LEVEL_UNDER;
  if (limit > 0 && (guint64) count * 10 >= (guint64) limit * 9)
    return HERALD_TEXT_LEVEL_NEAR;

  return HERALD_TEXT_LEVEL_OK;
}

static void
report_clear (HeraldTextReport *report)
{
  g_clear_pointer (&report->long_tag, g_free);
}

/**
 * herald_text_report_new:
 *
 * A report of no counts and no limits: every field is at -1.
 *
 * Returns: (transfer full): a new #HeraldTextReport
 */
HeraldTextReport *
herald_text_report_new (void)
{
  HeraldTextReport *report = g_atomic_rc_box_new0 (HeraldTextReport);

  for (guint i = 0; i < HERALD_N_TEXT_FIELDS; i++)
    report->fields[i] = (FieldReport) { -1, -1, -1, HERALD_TEXT_LEVEL_OK };

  return report;
}

/**
 * herald_text_report_ref:
 * @report: a #HeraldTextReport
 *
 * Returns: (transfer full): @report
 */
HeraldTextReport *
herald_text_report_ref (HeraldTextReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return g_atomic_rc_box_acquire (report);
}

/**
 * herald_text_report_unref:
 * @report: (transfer full): a #HeraldTextReport
 */
void
herald_text_report_unref (HeraldTextReport *report)
{
  g_return_if_fail (report != NULL);

  g_atomic_rc_box_release_full (report, (GDestroyNotify) report_clear);
}

/**
 * herald_text_report_set:
 * @report: a #HeraldTextReport
 * @field: the field
 * @count: its count, or -1 when not known
 * @limit: its limit, or -1 for none
 * @minimum: its minimum, or -1 for none
 *
 * Records a field and works out its level.
 */
void
herald_text_report_set (HeraldTextReport *report,
                        HeraldTextField   field,
                        gssize            count,
                        int               limit,
                        int               minimum)
{
  g_return_if_fail (report != NULL);
  g_return_if_fail (field < HERALD_N_TEXT_FIELDS);

  report->fields[field] = (FieldReport) {
    count, limit, minimum, herald_text_level_for (count, limit, minimum)
  };
  if (field == HERALD_TEXT_FIELD_TAGS && report->long_tag != NULL)
    report->fields[field].level = HERALD_TEXT_LEVEL_OVER;
}

/**
 * herald_text_report_get_count:
 * @report: a #HeraldTextReport
 * @field: a field
 *
 * Returns: the field's count, or -1 when it is not known
 */
gssize
herald_text_report_get_count (HeraldTextReport *report,
                              HeraldTextField   field)
{
  g_return_val_if_fail (report != NULL, -1);
  g_return_val_if_fail (field < HERALD_N_TEXT_FIELDS, -1);

  return report->fields[field].count;
}

/**
 * herald_text_report_get_limit:
 * @report: a #HeraldTextReport
 * @field: a field
 *
 * Returns: the field's limit, or -1 when there is none or it is unknown
 */
int
herald_text_report_get_limit (HeraldTextReport *report,
                              HeraldTextField   field)
{
  g_return_val_if_fail (report != NULL, -1);
  g_return_val_if_fail (field < HERALD_N_TEXT_FIELDS, -1);

  return report->fields[field].limit;
}

/**
 * herald_text_report_get_minimum:
 * @report: a #HeraldTextReport
 * @field: a field
 *
 * Returns: the field's minimum, or -1 when there is none
 */
int
herald_text_report_get_minimum (HeraldTextReport *report,
                                HeraldTextField   field)
{
  g_return_val_if_fail (report != NULL, -1);
  g_return_val_if_fail (field < HERALD_N_TEXT_FIELDS, -1);

  return report->fields[field].minimum;
}

/**
 * herald_text_report_get_level:
 * @report: a #HeraldTextReport
 * @field: a field
 *
 * Returns: how the field's count stands against its limits
 */
HeraldTextLevel
herald_text_report_get_level (HeraldTextReport *report,
                              HeraldTextField   field)
{
  g_return_val_if_fail (report != NULL, HERALD_TEXT_LEVEL_OK);
  g_return_val_if_fail (field < HERALD_N_TEXT_FIELDS, HERALD_TEXT_LEVEL_OK);

  return report->fields[field].level;
}

/**
 * herald_text_report_set_long_tag:
 * @report: a #HeraldTextReport
 * @tag: (nullable): the first tag longer than the platform allows, or
 *   %NULL for none
 * @tag_max: the most characters a tag may have
 *
 * Records a tag that is too long; the tags field is then over.
 */
void
herald_text_report_set_long_tag (HeraldTextReport *report,
                                 const char       *tag,
                                 int               tag_max)
{
  g_return_if_fail (report != NULL);

  g_free (report->long_tag);
  report->long_tag = g_strdup (tag);
  report->tag_max = tag_max;
  if (tag != NULL)
    report->fields[HERALD_TEXT_FIELD_TAGS].level = HERALD_TEXT_LEVEL_OVER;
}

/**
 * herald_text_report_get_long_tag:
 * @report: a #HeraldTextReport
 * @tag_max: (out) (optional): the most characters a tag may have
 *
 * Returns: (nullable): the first tag longer than the platform allows
 *   (B站's 标签), or %NULL when none is
 */
const char *
herald_text_report_get_long_tag (HeraldTextReport *report,
                                 int              *tag_max)
{
  g_return_val_if_fail (report != NULL, NULL);

  if (tag_max != NULL)
    *tag_max = report->long_tag != NULL ? report->tag_max : -1;
  return report->long_tag;
}

/**
 * herald_text_report_is_over:
 * @report: a #HeraldTextReport
 *
 * Returns: %TRUE if any field is over its limit
 */
gboolean
herald_text_report_is_over (HeraldTextReport *report)
{
  g_return_val_if_fail (report != NULL, FALSE);

  for (guint i = 0; i < HERALD_N_TEXT_FIELDS; i++)
    if (report->fields[i].level == HERALD_TEXT_LEVEL_OVER)
      return TRUE;

  return FALSE;
}
