/* herald-feed-presets.h — the hot lists Herald knows how to read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-feed.h"

G_BEGIN_DECLS

#define HERALD_RSSHUB_DEFAULT_BASE "https://rsshub.app"

typedef struct {
  const char     *id;         /* "weibo", "zhihu", … */
  const char     *name;       /* in English: translate it to show it */
  HeraldFeedKind  kind;
  gboolean        rsshub;     /* @path is a route under the RSSHub base */
  const char     *path;       /* the route, or the whole URL */
  const char     *mapping;    /* JSON sources: the mapping */
} HeraldFeedPreset;

const HeraldFeedPreset *herald_feed_presets_get    (guint                  *n_presets);
const HeraldFeedPreset *herald_feed_preset_lookup  (const char             *id);
char                   *herald_feed_preset_url     (const HeraldFeedPreset *preset,
                                                    const char             *rsshub_base);
HeraldFeed             *herald_feed_preset_create  (const HeraldFeedPreset *preset,
                                                    const char             *rsshub_base);

G_END_DECLS
