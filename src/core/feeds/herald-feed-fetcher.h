/* herald-feed-fetcher.h — fetches hot-topic feeds politely and records them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-store.h"

G_BEGIN_DECLS

/* The largest answer read from a feed; beyond it the fetch fails. */
#define HERALD_FEED_MAX_BODY (8 * 1024 * 1024)
#define HERALD_FEED_TIMEOUT 30
#define HERALD_FEED_MAX_REDIRECTS 5
/* The whole of a fetch may take this many times the time limit. */
#define HERALD_FEED_DEADLINE_FACTOR 4
/* The longest wait back-off or Retry-After sets, in seconds. */
#define HERALD_FEED_MAX_BACKOFF (24 * 60 * 60)

typedef enum {
  HERALD_FEED_OUTCOME_UPDATED,        /* a list came and was recorded */
  HERALD_FEED_OUTCOME_NOT_MODIFIED,   /* 304: the list is as it was */
  HERALD_FEED_OUTCOME_NOT_DUE,        /* too early to ask again */
  HERALD_FEED_OUTCOME_FAILED,
} HeraldFeedOutcome;

/* What one feed's refresh did. */
typedef struct {
  char              *feed_id;
  char              *feed_name;     /* the name, or the URL when it has none */
  HeraldFeedOutcome  outcome;
  HeraldFeedChanges  changes;
  GError            *error;         /* FAILED: why */
  gint64             next_fetch_at;
} HeraldFeedResult;

void herald_feed_result_free (HeraldFeedResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldFeedResult, herald_feed_result_free)

#define HERALD_TYPE_FEED_FETCHER (herald_feed_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (HeraldFeedFetcher, herald_feed_fetcher, HERALD, FEED_FETCHER, GObject)

HeraldFeedFetcher *herald_feed_fetcher_new            (HeraldStore          *store);
void               herald_feed_fetcher_set_timeout    (HeraldFeedFetcher    *self,
                                                       guint                 seconds);
void               herald_feed_fetcher_set_max_body   (HeraldFeedFetcher    *self,
                                                       gsize                 max_body);
void               herald_feed_fetcher_refresh_async  (HeraldFeedFetcher    *self,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
void               herald_feed_fetcher_refresh_all_async (HeraldFeedFetcher    *self,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
GPtrArray         *herald_feed_fetcher_refresh_finish (HeraldFeedFetcher    *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
GPtrArray         *herald_feed_fetcher_refresh        (HeraldFeedFetcher    *self,
                                                       GCancellable         *cancellable,
                                                       GError              **error);

G_END_DECLS
