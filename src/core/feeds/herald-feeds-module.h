/* herald-feeds-module.h — what the feeds module gives the application
 *
 * Fetching the hot lists needs libsoup.  The application does not link
 * it: the first fetch comes minutes after a start, or when the user asks,
 * and every library linked slows every start.  It loads it, with the
 * fetcher, as a module the first time a fetcher is made
 * (herald-feeds-loader.c).  Tests and the benchmarks link the same code
 * directly instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gmodule.h>

#include "herald-feed-fetcher-private.h"
#include "herald-module-table.h"

G_BEGIN_DECLS

/* Raised whenever the table changes, so that a stale module is refused. */
#define HERALD_FEEDS_MODULE_VERSION 1

#define HERALD_FEEDS_MODULE_FUNCTIONS(F) \
  F (herald_feed_fetcher_get_type) \
  F (herald_feed_fetcher_new) \
  F (herald_feed_fetcher_refresh) \
  F (herald_feed_fetcher_refresh_all_async) \
  F (herald_feed_fetcher_refresh_async) \
  F (herald_feed_fetcher_refresh_finish) \
  F (herald_feed_fetcher_start_probe)

typedef struct {
  guint version;
  HERALD_FEEDS_MODULE_FUNCTIONS (HERALD_MODULE_FIELD)
} HeraldFeedsModule;

#define HERALD_FEEDS_MODULE_SYMBOL "herald_feeds_module_get"

G_MODULE_EXPORT const HeraldFeedsModule *herald_feeds_module_get (void);

G_END_DECLS
