/* herald-post-merge.h — three-way merge of a post, field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-post.h"

G_BEGIN_DECLS

HeraldPost *herald_post_merge (HeraldPost *base,
                               HeraldPost *local,
                               HeraldPost *remote,
                               guint      *n_conflicts);

G_END_DECLS
