/* herald-feed-probe.c — fetches a feed once to see whether it works
 *
 * Preferences test a feed before it is trusted: one GET through the
 * application's fetcher — its session, User-Agent, time limits and size
 * limit, so a test behaves as a refresh will — and the same parser, with
 * nothing written anywhere: not the topics, not the feed's fetch state,
 * so a test never counts as a fetch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-feed-probe"

#include "config.h"

#include "herald-feed-fetcher-private.h"
#include "herald-feed-parser.h"
#include "herald-feed-probe.h"

/**
 * herald_feed_probe_async:
 * @fetcher: the fetcher whose session and limits the probe uses
 * @feed: the feed to try
 * @cancellable: (nullable): stops the probe
 * @callback: called with the items or the error
 * @user_data: data for @callback
 *
 * Fetches @feed once, unconditionally, and parses it, without recording
 * anything.  A server that sends more than the fetcher's size limit, or
 * does not finish within its time limits, fails the probe as it would
 * fail a refresh.
 */
void
herald_feed_probe_async (HeraldFeedFetcher   *fetcher,
                         HeraldFeed          *feed,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (HERALD_IS_FEED_FETCHER (fetcher));
  g_return_if_fail (HERALD_IS_FEED (feed));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (fetcher, cancellable, callback, user_data);
  g_task_set_source_tag (task, herald_feed_probe_async);
  herald_feed_fetcher_start_probe (fetcher, feed, task);
}

/**
 * herald_feed_probe_finish:
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type HeraldFeedItem): what the
 *   feed lists, or %NULL with @error set
 */
GPtrArray *
herald_feed_probe_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == herald_feed_probe_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
