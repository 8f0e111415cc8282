/* herald-feed-probe.h — fetches a feed once to see whether it works
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-feed-fetcher.h"

G_BEGIN_DECLS

void       herald_feed_probe_async  (HeraldFeedFetcher    *fetcher,
                                     HeraldFeed           *feed,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
GPtrArray *herald_feed_probe_finish (GAsyncResult         *result,
                                     GError              **error);

G_END_DECLS
