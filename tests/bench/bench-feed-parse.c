/* bench-feed-parse.c — reading a 10,000-item RSS feed against libxml2 alone
 *
 * Makes an RSSHub-shaped feed of 10,000 items (CDATA titles, HTML
 * descriptions with heat, links, guids, dates) in memory, then times, in
 * turns, herald_feed_parse_xml() on it and libxml2 parsing the same bytes
 * into a tree and freeing it (xmlReadMemory + xmlFreeDoc), the least any
 * tree-based reader does.  Prints `name: value` lines: the median of
 * each and their ratio.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/parser.h>

#include "herald-feed-parser.h"

#define N_ITEMS 10000
#define N_RUNS  21

static char *
make_feed (gsize *length)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<rss xmlns:atom=\"http://www.w3.org/2005/Atom\" version=\"2.0\">\n<channel>\n"
                               "<title><![CDATA[知乎热榜]]></title>\n"
                               "<link>https://www.zhihu.com/hot</link>\n"
                               "<description><![CDATA[知乎热榜 - Powered by RSSHub]]></description>\n");

  for (guint i = 0; i < N_ITEMS; i++)
    g_string_append_printf (xml,
                            "<item>\n"
                            "<title><![CDATA[#如何看待第 %u 个热点话题？#]]></title>\n"
                            "<description><![CDATA[<p>这是第 %u 个问题的摘要，讨论很热烈。</p><p>%u 万热度</p>]]></description>\n"
                            "<pubDate>Sat, 28 Nov 2026 07:55:00 GMT</pubDate>\n"
                            "<guid isPermaLink=\"false\">https://www.zhihu.com/question/%u</guid>\n"
                            "<link>https://www.zhihu.com/question/%u</link>\n"
                            "</item>\n",
                            i, i, 10000 - i, 600000000 + i, 600000000 + i);
  g_string_append (xml, "</channel>\n</rss>\n");

  *length = xml->len;
  return g_string_free (xml, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *feed = NULL;
  double ours[N_RUNS], bare[N_RUNS];
  double ours_ms, bare_ms;
  gsize length;

  feed = make_feed (&length);

  /* Once each before timing, so that neither pays for first use. */
  g_ptr_array_unref (herald_feed_parse_xml (feed, length, NULL));
  xmlFreeDoc (xmlReadMemory (feed, (int) length, NULL, NULL, XML_PARSE_NONET));

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr (GError) error = NULL;
      GPtrArray *items;
      xmlDoc *doc;
      gint64 start;

      start = g_get_monotonic_time ();
      items = herald_feed_parse_xml (feed, length, &error);
      ours[run] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_assert_cmpuint (items->len, ==, N_ITEMS);
      g_ptr_array_unref (items);

      start = g_get_monotonic_time ();
      doc = xmlReadMemory (feed, (int) length, NULL, NULL, XML_PARSE_NONET);
      xmlFreeDoc (doc);
      bare[run] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_nonnull (doc);
    }

  ours_ms = median (ours, N_RUNS);
  bare_ms = median (bare, N_RUNS);
  g_print ("feed_parse_bytes: %" G_GSIZE_FORMAT "\n", length);
  g_print ("feed_parse_ms_10000: %.2f\n", ours_ms);
  g_print ("feed_parse_libxml2_tree_ms_10000: %.2f\n", bare_ms);
  g_print ("feed_parse_vs_libxml2: %.3f\n", ours_ms / bare_ms);

  return 0;
}
