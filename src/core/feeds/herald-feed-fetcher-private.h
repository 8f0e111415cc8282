/* herald-feed-fetcher-private.h — what tests may change in a fetcher
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-feed-fetcher.h"

G_BEGIN_DECLS

/* The time the fetcher takes as now, in Unix seconds; 0 for the clock. */
void herald_feed_fetcher_set_now (HeraldFeedFetcher *self,
                                  gint64             now);

G_END_DECLS
