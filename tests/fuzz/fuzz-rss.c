/* fuzz-rss.c — the RSS / Atom parser, heat from text and title keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-feed-parser.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = g_strndup ((const char *) data, size);
  double heat;

  items = herald_feed_parse_xml ((const char *) data, size, &error);
  g_assert ((items == NULL) == (error != NULL));
  if (items != NULL)
    for (guint i = 0; i < items->len; i++)
      {
        HeraldFeedItem *item = items->pdata[i];

        g_assert (*item->title != '\0');
        g_assert (g_utf8_validate (item->title, -1, NULL));
        g_assert (g_utf8_validate (item->key, -1, NULL));
        g_assert (item->rank == (int) i + 1);
      }

  /* As if the server had said GB18030. */
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_error (&error);
  items = herald_feed_parse_xml_with_charset ((const char *) data, size, "GB18030", &error);
  g_assert ((items == NULL) == (error != NULL));

  herald_feed_parse_heat (text, &heat);
  g_free (herald_feed_normalise_title (text));

  return 0;
}
