/* herald-review-writer.h — the week review as PDF, CSV or Markdown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-week-review.h"

G_BEGIN_DECLS

typedef enum {
  HERALD_REVIEW_FORMAT_PDF,
  HERALD_REVIEW_FORMAT_CSV,
  HERALD_REVIEW_FORMAT_MARKDOWN,
} HeraldReviewFormat;

gboolean  herald_review_format_from_string (const char          *text,
                                            HeraldReviewFormat  *format);
gboolean  herald_review_format_from_path   (const char          *path,
                                            HeraldReviewFormat  *format);
GBytes   *herald_review_write              (HeraldWeekReview    *review,
                                            HeraldReviewFormat   format,
                                            GError             **error);
GPtrArray *herald_review_render_pages      (HeraldWeekReview    *review,
                                            double               width,
                                            double               height);
gboolean  herald_review_write_file         (HeraldWeekReview    *review,
                                            HeraldReviewFormat   format,
                                            GFile               *file,
                                            GError             **error);

G_END_DECLS
