/* herald-feed-presets.c — the hot lists Herald knows how to read
 *
 * RSSHub routes are joined to the base URL of the RSSHub the user runs
 * (or the public one); the JSON sources are read through a mapping.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-feed-presets"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "herald-feed-presets.h"

static const HeraldFeedPreset presets[] = {
  { "weibo", N_("Weibo Hot Search"), HERALD_FEED_KIND_RSS, TRUE, "/weibo/search/hot", NULL },
  { "zhihu", N_("Zhihu Hot List"), HERALD_FEED_KIND_RSS, TRUE, "/zhihu/hot", NULL },
  { "baidu", N_("Baidu Hot Search"), HERALD_FEED_KIND_RSS, TRUE, "/baidu/top/realtime", NULL },
  { "bilibili", N_("Bilibili Ranking"), HERALD_FEED_KIND_RSS, TRUE, "/bilibili/ranking/all", NULL },
  { "douyin", N_("Douyin Hot List"), HERALD_FEED_KIND_JSON, FALSE,
    "https://www.iesdouyin.com/web/api/v2/hotsearch/billboard/word/",
    "{\"items\": \"word_list\", \"title\": \"word\", \"heat\": \"hot_value\","
    " \"link_template\": \"https://www.douyin.com/search/{title}\"}" },
  { "weibo-json", N_("Weibo Hot Search (JSON)"), HERALD_FEED_KIND_JSON, FALSE,
    "https://weibo.com/ajax/side/hotSearch",
    "{\"items\": \"data.realtime\", \"title\": \"word\", \"heat\": \"num\", \"label\": \"label_name\","
    " \"skip\": {\"ad_channel\": 1},"
    " \"link_template\": \"https://s.weibo.com/weibo?q=%23{title}%23\"}" },
};

/**
 * herald_feed_presets_get:
 * @n_presets: (out): how many
 *
 * Returns: (array length=n_presets) (transfer none): the presets
 */
const HeraldFeedPreset *
herald_feed_presets_get (guint *n_presets)
{
  g_return_val_if_fail (n_presets != NULL, NULL);

  *n_presets = G_N_ELEMENTS (presets);
  return presets;
}

/**
 * herald_feed_preset_lookup:
 * @id: a preset's id, such as "zhihu"
 *
 * Returns: (nullable) (transfer none): the preset, or %NULL
 */
const HeraldFeedPreset *
herald_feed_preset_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_str_equal (presets[i].id, id))
      return &presets[i];

  return NULL;
}

/**
 * herald_feed_preset_url:
 * @preset: a preset
 * @rsshub_base: (nullable): the RSSHub to use, %NULL for the public one
 *
 * Returns: (transfer full): the address of the preset's feed
 */
char *
herald_feed_preset_url (const HeraldFeedPreset *preset,
                        const char             *rsshub_base)
{
  g_autofree char *base = NULL;
  gsize len;

  g_return_val_if_fail (preset != NULL, NULL);

  if (!preset->rsshub)
    return g_strdup (preset->path);

  base = g_strdup (rsshub_base != NULL && *rsshub_base != '\0' ? rsshub_base : HERALD_RSSHUB_DEFAULT_BASE);
  len = strlen (base);
  while (len > 0 && base[len - 1] == '/')
    base[--len] = '\0';

  return g_strconcat (base, preset->path, NULL);
}

/**
 * herald_feed_preset_create:
 * @preset: a preset
 * @rsshub_base: (nullable): the RSSHub to use, %NULL for the public one
 *
 * Returns: (transfer full): a new, unsaved feed for the preset, named in
 *   the language of the interface
 */
HeraldFeed *
herald_feed_preset_create (const HeraldFeedPreset *preset,
                           const char             *rsshub_base)
{
  g_autofree char *url = NULL;
  HeraldFeed *feed;

  g_return_val_if_fail (preset != NULL, NULL);

  url = herald_feed_preset_url (preset, rsshub_base);
  feed = herald_feed_new (url, preset->kind);
  herald_feed_set_name (feed, _(preset->name));
  if (preset->mapping != NULL)
    herald_feed_set_mapping (feed, preset->mapping);

  return feed;
}
