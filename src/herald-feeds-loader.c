/* herald-feeds-loader.c — the feed fetcher, from the module on first use
 *
 * The application links these in place of the fetcher itself: each loads
 * the feeds module the first time any is called (herald-module-loader.c)
 * and passes the call on.  The application makes its fetcher only when a
 * refresh or the Hot Topics page first needs it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald"

#include "config.h"

#include "herald-feeds-module.h"
#include "herald-module-loader.h"

HERALD_DEFINE_MODULE_LOADER (HeraldFeedsModule, "herald-feeds.so", HERALD_FEEDS_MODULE_SYMBOL,
                             HERALD_FEEDS_MODULE_VERSION)

GType
herald_feed_fetcher_get_type (void)
{
  return module ()->herald_feed_fetcher_get_type ();
}

HeraldFeedFetcher *
herald_feed_fetcher_new (HeraldStore *store)
{
  return module ()->herald_feed_fetcher_new (store);
}

GPtrArray *
herald_feed_fetcher_refresh (HeraldFeedFetcher  *self,
                             GCancellable       *cancellable,
                             GError            **error)
{
  return module ()->herald_feed_fetcher_refresh (self, cancellable, error);
}

void
herald_feed_fetcher_refresh_all_async (HeraldFeedFetcher   *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  module ()->herald_feed_fetcher_refresh_all_async (self, cancellable, callback, user_data);
}

void
herald_feed_fetcher_refresh_async (HeraldFeedFetcher   *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  module ()->herald_feed_fetcher_refresh_async (self, cancellable, callback, user_data);
}

GPtrArray *
herald_feed_fetcher_refresh_finish (HeraldFeedFetcher  *self,
                                    GAsyncResult       *result,
                                    GError            **error)
{
  return module ()->herald_feed_fetcher_refresh_finish (self, result, error);
}

void
herald_feed_fetcher_start_probe (HeraldFeedFetcher *self,
                                 HeraldFeed        *feed,
                                 GTask             *task)
{
  module ()->herald_feed_fetcher_start_probe (self, feed, task);
}
