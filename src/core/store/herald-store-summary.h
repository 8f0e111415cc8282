/* herald-store-summary.h — a few posts of each day and how many there are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

GPtrArray *herald_store_list_first_posts_per_day (HeraldStore             *self,
                                                  const gint64            *day_starts,
                                                  guint                    n_days,
                                                  guint                    limit,
                                                  const HeraldPostFilter  *filter,
                                                  guint                   *counts,
                                                  GError                 **error);

G_END_DECLS
