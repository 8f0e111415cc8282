/* herald-post-status-names.h — how post statuses read and look on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-post.h"

G_BEGIN_DECLS

const char *herald_post_status_get_label (HeraldPostStatus  status);
const char *herald_post_status_get_glyph (HeraldPostStatus  status);
const char *herald_post_overdue_label    (void);
const char *herald_post_overdue_glyph    (void);
const char *herald_post_describe_status  (HeraldPost       *post,
                                          gint64            now,
                                          const char      **glyph);

G_END_DECLS
