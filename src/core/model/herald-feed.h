/* herald-feed.h — a hot-topic feed and the items read from it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-record.h"

G_BEGIN_DECLS

typedef enum {
  HERALD_FEED_KIND_RSS,
  HERALD_FEED_KIND_ATOM,
  HERALD_FEED_KIND_JSON,
} HeraldFeedKind;

#define HERALD_TYPE_FEED_KIND (herald_feed_kind_get_type ())
GType       herald_feed_kind_get_type    (void) G_GNUC_CONST;
const char *herald_feed_kind_to_string   (HeraldFeedKind  kind);
gboolean    herald_feed_kind_from_string (const char     *name,
                                          HeraldFeedKind *kind);

/* The shortest time between two fetches of one feed, in seconds. */
#define HERALD_FEED_MIN_INTERVAL 300
/* The longest, in seconds: a list is at least looked at once a day. */
#define HERALD_FEED_MAX_INTERVAL (24 * 60 * 60)
#define HERALD_FEED_DEFAULT_INTERVAL 1800

/* One entry of a hot list, as a parser read it. */
typedef struct {
  char   *title;
  char   *key;      /* the normalised title: the same topic gives the same key */
  char   *link;
  char   *summary;
  double  heat;     /* 0 when the source gives none */
  int     rank;     /* 1 for the top of the list */
} HeraldFeedItem;

HeraldFeedItem *herald_feed_item_new            (const char     *title,
                                                 const char     *link,
                                                 const char     *summary,
                                                 double          heat,
                                                 int             rank);
void            herald_feed_item_free           (HeraldFeedItem *item);
char           *herald_feed_normalise_title     (const char     *title);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldFeedItem, herald_feed_item_free)

#define HERALD_TYPE_FEED (herald_feed_get_type ())

G_DECLARE_FINAL_TYPE (HeraldFeed, herald_feed, HERALD, FEED, HeraldRecord)

HeraldFeed     *herald_feed_new                 (const char     *url,
                                                 HeraldFeedKind  kind);
const char     *herald_feed_get_url             (HeraldFeed     *self);
void            herald_feed_set_url             (HeraldFeed     *self,
                                                 const char     *url);
HeraldFeedKind  herald_feed_get_kind            (HeraldFeed     *self);
void            herald_feed_set_kind            (HeraldFeed     *self,
                                                 HeraldFeedKind  kind);
const char     *herald_feed_get_name            (HeraldFeed     *self);
void            herald_feed_set_name            (HeraldFeed     *self,
                                                 const char     *name);
/* JSON sources: the mapping as JSON text, "{}" for the others. */
const char     *herald_feed_get_mapping         (HeraldFeed     *self);
void            herald_feed_set_mapping         (HeraldFeed     *self,
                                                 const char     *mapping);
gboolean        herald_feed_get_enabled         (HeraldFeed     *self);
void            herald_feed_set_enabled         (HeraldFeed     *self,
                                                 gboolean        enabled);
/* Seconds between fetches, from HERALD_FEED_MIN_INTERVAL to
 * HERALD_FEED_MAX_INTERVAL. */
guint           herald_feed_get_interval        (HeraldFeed     *self);
void            herald_feed_set_interval        (HeraldFeed     *self,
                                                 guint           interval);

/* Fetch state */
const char     *herald_feed_get_etag            (HeraldFeed     *self);
void            herald_feed_set_etag            (HeraldFeed     *self,
                                                 const char     *etag);
const char     *herald_feed_get_last_modified   (HeraldFeed     *self);
void            herald_feed_set_last_modified   (HeraldFeed     *self,
                                                 const char     *last_modified);
const char     *herald_feed_get_last_error      (HeraldFeed     *self);
void            herald_feed_set_last_error      (HeraldFeed     *self,
                                                 const char     *last_error);
gint64          herald_feed_get_next_fetch_at   (HeraldFeed     *self);
void            herald_feed_set_next_fetch_at   (HeraldFeed     *self,
                                                 gint64          next_fetch_at);
guint           herald_feed_get_failures        (HeraldFeed     *self);
void            herald_feed_set_failures        (HeraldFeed     *self,
                                                 guint           failures);
gint64          herald_feed_get_listed_at       (HeraldFeed     *self);
void            herald_feed_set_listed_at       (HeraldFeed     *self,
                                                 gint64          listed_at);

G_END_DECLS
