/* fuzz-feed-json.c — the JSON hot-list parser and its mappings
 *
 * The input is read as a hot list under each preset's mapping, and as a
 * mapping over a small fixed list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-feed-parser.h"
#include "herald-feed-presets.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_items (GPtrArray *items,
             GError    *error)
{
  g_assert ((items == NULL) == (error != NULL));
  if (items == NULL)
    return;

  for (guint i = 0; i < items->len; i++)
    {
      HeraldFeedItem *item = items->pdata[i];

      g_assert (*item->title != '\0');
      g_assert (g_utf8_validate (item->title, -1, NULL));
      g_assert (item->rank == (int) i + 1);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char list[] =
    "{\"data\": {\"realtime\": [{\"word\": \"初雪\", \"num\": \"2万\", \"ad_channel\": 0},"
    " {\"word\": \"广告\", \"ad_channel\": 1}, {\"word\": 7, \"num\": 1.5}]},"
    " \"word_list\": [{\"word\": \"双十一\", \"hot_value\": 12}]}";
  g_autofree char *mapping = g_strndup ((const char *) data, size);
  const HeraldFeedPreset *presets;
  guint n;

  presets = herald_feed_presets_get (&n);
  for (guint i = 0; i < n; i++)
    if (presets[i].mapping != NULL)
      {
        g_autoptr (GError) error = NULL;
        g_autoptr (GPtrArray) items = herald_feed_parse_json ((const char *) data, size, presets[i].mapping, &error);

        check_items (items, error);
      }

  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) items = herald_feed_parse_json (list, sizeof list - 1, mapping, &error);

    check_items (items, error);
  }

  return 0;
}
