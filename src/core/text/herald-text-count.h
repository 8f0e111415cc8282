/* herald-text-count.h — the length of a text, counted as a platform counts it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * HeraldTextCounting:
 * @HERALD_TEXT_COUNTING_CODEPOINTS: one per character; an emoji, even a
 *   sequence joined with ZWJ, a flag or a skin tone, is one
 * @HERALD_TEXT_COUNTING_WEIBO: Weibo's own count, in characters rounded up
 *   from half-units (see herald_text_count_weibo_half_units())
 * @HERALD_TEXT_COUNTING_WEIGHTED: characters up to U+00FF count 1, all
 *   others and each emoji 2
 *
 * How a platform counts length.  The names in the channel kinds data are
 * `codepoints`, `weibo` and `weighted`.
 */
typedef enum {
  HERALD_TEXT_COUNTING_CODEPOINTS,
  HERALD_TEXT_COUNTING_WEIBO,
  HERALD_TEXT_COUNTING_WEIGHTED,
} HeraldTextCounting;

#define HERALD_N_TEXT_COUNTINGS 3

#define HERALD_TYPE_TEXT_COUNTING (herald_text_counting_get_type ())

GType    herald_text_counting_get_type      (void) G_GNUC_CONST;
gboolean herald_text_counting_from_string   (const char         *name,
                                             HeraldTextCounting *counting);

gsize    herald_text_count                  (const char         *text,
                                             gssize              length,
                                             HeraldTextCounting  counting);
gsize    herald_text_count_weibo_half_units (const char         *text,
                                             gssize              length);
gsize    herald_text_fit                    (const char         *text,
                                             gssize              length,
                                             HeraldTextCounting  counting,
                                             gsize               limit);
void     herald_text_count_all              (const char         *text,
                                             gssize              length,
                                             gsize               counts[HERALD_N_TEXT_COUNTINGS]);

G_END_DECLS
