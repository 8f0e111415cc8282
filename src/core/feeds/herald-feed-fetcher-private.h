/* herald-feed-fetcher-private.h — what the probe and tests use of a fetcher
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-feed-fetcher.h"

G_BEGIN_DECLS

/* The time the fetcher takes as now, in Unix seconds; 0 for the clock. */
void herald_feed_fetcher_set_now (HeraldFeedFetcher *self,
                                  gint64             now);

/* Fetches @feed as a refresh would — the same session, limits and
 * headers, without conditional ones — and answers @task with the items
 * (a GPtrArray) or the error, writing nothing. */
void herald_feed_fetcher_start_probe (HeraldFeedFetcher *self,
                                      HeraldFeed        *feed,
                                      GTask             *task);

G_END_DECLS
