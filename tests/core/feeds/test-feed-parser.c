/* test-feed-parser.c — hot lists from RSS, Atom and JSON; heat; trends
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "herald-feed-parser.h"
#include "herald-feed-presets.h"
#include "herald-topic-trend.h"

static GPtrArray *
parse_fixture (const char  *name,
               const char  *mapping,
               GError     **error)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, name, NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  if (mapping != NULL)
    return herald_feed_parse_json (data, length, mapping, error);

  return herald_feed_parse_xml (data, length, error);
}

#define ITEM(items, i) ((HeraldFeedItem *) (items)->pdata[i])

static void
test_weibo_rss (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = parse_fixture ("weibo-hot.xml", NULL, &error);

  g_assert_no_error (error);
  /* The item without a title is left out; ranks follow what is kept. */
  g_assert_cmpuint (items->len, ==, 4);
  g_assert_cmpstr (ITEM (items, 0)->title, ==, "#双十一预售开启#");
  g_assert_cmpstr (ITEM (items, 0)->key, ==, "双十一预售开启");
  g_assert_cmpstr (ITEM (items, 0)->link, ==,
                   "https://s.weibo.com/weibo?q=%23%E5%8F%8C%E5%8D%81%E4%B8%80%E9%A2%84%E5%94%AE%E5%BC%80%E5%90%AF%23&Refer=top");
  g_assert_cmpint (ITEM (items, 0)->rank, ==, 1);
  g_assert_cmpfloat (ITEM (items, 0)->heat, ==, 0);

  /* CDATA keeps "&amp;" as it is; outside CDATA, entities are read. */
  g_assert_cmpstr (ITEM (items, 1)->title, ==, "初雪 &amp; 北京");
  g_assert_cmpstr (ITEM (items, 2)->title, ==, "考研报名人数 <公布> — 教育部");
  g_assert_cmpint (ITEM (items, 2)->rank, ==, 3);

  /* No link: the guid that is a permalink stands in; 【】 leave the key. */
  g_assert_cmpstr (ITEM (items, 3)->link, ==, "https://s.weibo.com/weibo?q=brand");
  g_assert_cmpstr (ITEM (items, 3)->key, ==, "【独家】某品牌新品发布");
  g_assert_cmpint (ITEM (items, 3)->rank, ==, 4);
}

static void
test_zhihu_heat (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = parse_fixture ("zhihu-hot.xml", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpfloat (ITEM (items, 0)->heat, ==, 33260000);
  g_assert_cmpfloat (ITEM (items, 1)->heat, ==, 120000000);
  /* "2026 年" and "120 个回答" are not heat; "热度：856万" is. */
  g_assert_cmpfloat (ITEM (items, 2)->heat, ==, 8560000);
  g_assert_cmpstr (ITEM (items, 2)->link, ==, "https://www.zhihu.com/question/600000003");
}

static void
test_baidu_bilibili (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) baidu = parse_fixture ("baidu-realtime.xml", NULL, &error);
  g_autoptr (GPtrArray) bilibili = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (baidu->len, ==, 2);
  g_assert_cmpstr (ITEM (baidu, 1)->title, ==, "新能源汽车下乡活动启动");
  g_assert_cmpint (ITEM (baidu, 1)->rank, ==, 2);

  bilibili = parse_fixture ("bilibili-ranking.xml", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bilibili->len, ==, 2);
  g_assert_cmpstr (ITEM (bilibili, 0)->key, ==, "【4k】用一年时间拍下四季的长白山");
  g_assert_cmpstr (ITEM (bilibili, 0)->link, ==, "https://www.bilibili.com/video/BV1xx411c7mD");
  /* Play counts are not heat. */
  g_assert_cmpfloat (ITEM (bilibili, 1)->heat, ==, 0);
}

static void
test_atom (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = parse_fixture ("atom.xml", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (ITEM (items, 0)->title, ==, "冬至<b>饺子</b>还是汤圆");
  g_assert_cmpstr (ITEM (items, 0)->link, ==, "https://news.example/topics/1");
  g_assert_cmpfloat (ITEM (items, 0)->heat, ==, 456000);
  g_assert_cmpstr (ITEM (items, 1)->title, ==, "年终奖怎么发");
  g_assert_cmpstr (ITEM (items, 1)->link, ==, "https://news.example/topics/2");
}

static void
test_encodings (void)
{
  const struct {
    const char *encoding;
    const char *title;
  } cases[] = {
    { "GBK", "热搜：冬至吃饺子" },
    { "GB2312", "热搜：冬至吃饺子" },
    { "GB18030", "热搜：冬至吃饺子" },
    { "Big5", "熱搜：冬至吃餃子" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *bytes = NULL;
      g_autoptr (GPtrArray) items = NULL;
      g_autoptr (GError) error = NULL;
      gsize length;

      text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"%s\"?>"
                              "<rss version=\"2.0\"><channel><item><title>%s</title></item></channel></rss>",
                              cases[i].encoding, cases[i].title);
      bytes = g_convert (text, -1, cases[i].encoding, "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
      /* Really not UTF-8 on the wire. */
      g_assert_false (g_utf8_validate (bytes, length, NULL));

      items = herald_feed_parse_xml (bytes, length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (items->len, ==, 1);
      g_assert_cmpstr (ITEM (items, 0)->title, ==, cases[i].title);
    }
}

static void
test_charset_from_server (void)
{
  const char *undeclared = "<?xml version=\"1.0\"?>"
                           "<rss version=\"2.0\"><channel><item><title>冬至吃饺子</title></item></channel></rss>";
  const char *declared = "<?xml version=\"1.0\" encoding=\"GBK\"?>"
                         "<rss version=\"2.0\"><channel><item><title>冬至吃饺子</title></item></channel></rss>";
  g_autofree char *gbk = NULL;
  g_autofree char *gbk_declared = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  gsize length, declared_length;

  /* GBK bytes, no encoding in the document: the server's charset says. */
  gbk = g_convert (undeclared, -1, "GBK", "UTF-8", NULL, &length, NULL);
  items = herald_feed_parse_xml_with_charset (gbk, length, "GBK", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ITEM (items, 0)->title, ==, "冬至吃饺子");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Without it, they are not UTF-8. */
  items = herald_feed_parse_xml (gbk, length, &error);
  g_assert_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MALFORMED);
  g_clear_error (&error);

  /* The document's own declaration wins over a wrong header. */
  gbk_declared = g_convert (declared, -1, "GBK", "UTF-8", NULL, &declared_length, NULL);
  items = herald_feed_parse_xml_with_charset (gbk_declared, declared_length, "ISO-8859-1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ITEM (items, 0)->title, ==, "冬至吃饺子");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A made-up charset is an error, not a crash. */
  items = herald_feed_parse_xml_with_charset (gbk, length, "no-such-charset", &error);
  g_assert_null (items);
  g_assert_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MALFORMED);
}

static void
test_wrong_encoding (void)
{
  const char *text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                     "<rss version=\"2.0\"><channel><item><title>冬至吃饺子</title></item></channel></rss>";
  g_autofree char *gbk = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  /* GBK bytes that say they are UTF-8: refused, with the line. */
  gbk = g_convert (text, -1, "GBK", "UTF-8", NULL, &length, NULL);
  items = herald_feed_parse_xml (gbk, length, &error);
  g_assert_null (items);
  g_assert_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "line 1"));
}

static void
test_malformed (void)
{
  const char *cases[] = {
    "",
    "<rss version=\"2.0\"><channel><item><title>unclosed</channel></rss>",
    "<rss version=\"2.0\">\n<channel>\n<item><title>a &bogus; entity</title></item>\n</channel></rss>",
    "{\"not\": \"xml\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) items = herald_feed_parse_xml (cases[i], strlen (cases[i]), &error);

      g_assert_null (items);
      g_assert_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MALFORMED);
      g_assert_true (g_str_has_prefix (error->message, "The feed is not well-formed XML"));
    }
}

static void
test_not_a_feed (void)
{
  const char *html = "<html><body><p>Not a feed</p></body></html>";
  const char *atom_without_ns = "<feed><entry><title>x</title></entry></feed>";
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = NULL;

  items = herald_feed_parse_xml (html, strlen (html), &error);
  g_assert_null (items);
  g_assert_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_NOT_A_FEED);
  g_assert_nonnull (strstr (error->message, "<html>"));
  g_clear_error (&error);

  items = herald_feed_parse_xml (atom_without_ns, strlen (atom_without_ns), &error);
  g_assert_null (items);
  g_assert_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_NOT_A_FEED);
}

static void
test_no_external_entities (void)
{
  g_autofree char *secret_path = NULL;
  g_autofree char *feed = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("herald-feed-XXXXXX", NULL);

  secret_path = g_build_filename (tmpdir, "secret.txt", NULL);
  g_assert_true (g_file_set_contents (secret_path, "TOP-SECRET", -1, NULL));

  feed = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE rss [\n"
                          "  <!ENTITY secret SYSTEM \"file://%s\">\n"
                          "  <!ENTITY remote SYSTEM \"http://127.0.0.1:9/x\">\n"
                          "  <!ENTITY inner \"inside\">\n"
                          "]>\n"
                          "<rss version=\"2.0\"><channel>"
                          "<item><title>a &secret; b &remote; c &inner;</title></item>"
                          "</channel></rss>",
                          secret_path);

  items = herald_feed_parse_xml (feed, strlen (feed), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  /* Nothing read from the file or the network. */
  g_assert_null (strstr (ITEM (items, 0)->title, "TOP-SECRET"));

  g_remove (secret_path);
  g_rmdir (tmpdir);
}

static void
test_json_douyin (void)
{
  const HeraldFeedPreset *preset = herald_feed_preset_lookup ("douyin");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = NULL;

  g_assert_nonnull (preset);
  items = parse_fixture ("douyin-billboard.json", preset->mapping, &error);
  g_assert_no_error (error);
  /* The item without a word and the one with an empty word are left out. */
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (ITEM (items, 0)->title, ==, "双十一晚会");
  g_assert_cmpfloat (ITEM (items, 0)->heat, ==, 11532467);
  g_assert_cmpint (ITEM (items, 0)->rank, ==, 1);
  g_assert_cmpstr (ITEM (items, 0)->link, ==,
                   "https://www.douyin.com/search/%E5%8F%8C%E5%8D%81%E4%B8%80%E6%99%9A%E4%BC%9A");
  g_assert_cmpfloat (ITEM (items, 2)->heat, ==, 7563000);
}

static void
test_json_weibo (void)
{
  const HeraldFeedPreset *preset = herald_feed_preset_lookup ("weibo-json");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = NULL;

  g_assert_nonnull (preset);
  items = parse_fixture ("weibo-hotsearch.json", preset->mapping, &error);
  g_assert_no_error (error);
  /* The advert (ad_channel 1) takes no place. */
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (ITEM (items, 0)->title, ==, "双十一预售开启");
  g_assert_cmpfloat (ITEM (items, 0)->heat, ==, 4832156);
  g_assert_cmpstr (ITEM (items, 1)->title, ==, "初雪");
  g_assert_cmpint (ITEM (items, 1)->rank, ==, 2);
  /* No number: the label 新 gives a level. */
  g_assert_cmpstr (ITEM (items, 2)->title, ==, "考研报名");
  g_assert_cmpfloat (ITEM (items, 2)->heat, ==, 1);
  g_assert_true (g_str_has_prefix (ITEM (items, 0)->link, "https://s.weibo.com/weibo?q=%23"));
}

static void
test_json_errors (void)
{
  const char *list = "{\"data\": {\"list\": [{\"t\": \"a\", \"h\": 3}, {\"t\": \"b\", \"h\": \"2万\"}]}}";
  g_autoptr (GPtrArray) items = NULL;
  struct {
    const char *data;
    const char *mapping;
    int         code;
  } cases[] = {
    { list, "[]", HERALD_FEED_ERROR_MAPPING },
    { list, "{\"title\": \"t\"}", HERALD_FEED_ERROR_MAPPING },
    { list, "{\"items\": \"data.list\", \"title\": 3}", HERALD_FEED_ERROR_MAPPING },
    { list, "{\"items\": \"data.list\", \"title\": \"t\", \"colour\": \"red\"}", HERALD_FEED_ERROR_MAPPING },
    { list, "{\"items\": \"data.list\", \"title\": \"t\", \"skip\": 1}", HERALD_FEED_ERROR_MAPPING },
    { list, "{\"items\": \"data.nothing\", \"title\": \"t\"}", HERALD_FEED_ERROR_NOT_A_FEED },
    { list, "{\"items\": \"data\", \"title\": \"t\"}", HERALD_FEED_ERROR_NOT_A_FEED },
    { "{\"data\": [1, 2", "{\"items\": \"data\", \"title\": \"t\"}", HERALD_FEED_ERROR_MALFORMED },
    { "<rss/>", "{\"items\": \"data\", \"title\": \"t\"}", HERALD_FEED_ERROR_MALFORMED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;

      items = herald_feed_parse_json (cases[i].data, strlen (cases[i].data), cases[i].mapping, &error);
      g_assert_null (items);
      g_assert_error (error, HERALD_FEED_ERROR, cases[i].code);
    }

  /* Array steps in the path, heat as text. */
  {
    g_autoptr (GError) error = NULL;
    const char *nested = "{\"pages\": [{\"list\": [{\"t\": \"x\", \"h\": \"2万\"}]}]}";

    items = herald_feed_parse_json (nested, strlen (nested),
                                    "{\"items\": \"pages.0.list\", \"title\": \"t\", \"heat\": \"h\"}", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (items->len, ==, 1);
    g_assert_cmpfloat (ITEM (items, 0)->heat, ==, 20000);
  }
}

static void
test_heat_text (void)
{
  const struct {
    const char *text;
    gboolean    ok;
    double      heat;
  } vectors[] = {
    { "4832156", TRUE, 4832156 },
    { "1,234,567", TRUE, 1234567 },
    { "3326 万热度", TRUE, 33260000 },
    { "3326万", TRUE, 33260000 },
    { "1.2亿", TRUE, 120000000 },
    { "1.2 亿热度", TRUE, 120000000 },
    { "热度 856万", TRUE, 8560000 },
    { "12.5w", TRUE, 125000 },
    { "3k", TRUE, 3000 },
    { "２３４万", TRUE, 2340000 },
    { "0", TRUE, 0 },
    { "热", TRUE, 2 },
    { "沸", TRUE, 3 },
    { "爆", TRUE, 4 },
    { "新", TRUE, 1 },
    { "", FALSE, 0 },
    { "hot", FALSE, 0 },
    { "万", FALSE, 0 },
    { "——", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      double heat = -1;
      gboolean ok = herald_feed_parse_heat (vectors[i].text, &heat);

      g_test_message ("heat of “%s”", vectors[i].text);
      g_assert_cmpint (ok, ==, vectors[i].ok);
      if (ok)
        g_assert_cmpfloat_with_epsilon (heat, vectors[i].heat, 0.001);
    }

  g_assert_false (herald_feed_parse_heat (NULL, &(double) { 0 }));
}

static void
test_normalise (void)
{
  const struct {
    const char *title;
    const char *key;
  } vectors[] = {
    { "#双十一预售开启#", "双十一预售开启" },
    { "  双十一预售开启  ", "双十一预售开启" },
    { "＃双十一预售开启＃", "双十一预售开启" },
    { "【独家】", "独家" },
    { "【双十一】", "双十一" },
    { "#【双十一】#", "双十一" },
    { "ＩＰｈｏｎｅ　１８ 发布", "iphone 18 发布" },
    { "iPhone  18\t发布", "iphone 18 发布" },
    { "【独家】某品牌", "【独家】某品牌" },
    { "###", "" },
    { "【】", "【】" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      g_autofree char *key = herald_feed_normalise_title (vectors[i].title);

      g_assert_cmpstr (key, ==, vectors[i].key);
    }
}

static void
test_trend (void)
{
  const HeraldHeatSample rising[] = { { 100, 10, 5 }, { 200, 20, 3 }, { 300, 30, 1 } };
  const HeraldHeatSample peak[] = { { 100, 10, 5 }, { 200, 30, 1 }, { 300, 29.5, 1 } };
  const HeraldHeatSample falling[] = { { 100, 10, 5 }, { 200, 30, 1 }, { 300, 20, 2 } };
  const HeraldHeatSample rebound[] = { { 100, 30, 1 }, { 200, 10, 5 }, { 300, 20, 2 } };
  const HeraldHeatSample gone[] = { { 100, 30, 1 }, { 200, 0, HERALD_HEAT_RANK_GONE } };
  const HeraldHeatSample back[] = { { 100, 30, 1 }, { 200, 0, HERALD_HEAT_RANK_GONE }, { 300, 5, 9 } };
  const HeraldHeatSample ranks_up[] = { { 100, 0, 9 }, { 200, 0, 4 } };
  const HeraldHeatSample ranks_top[] = { { 100, 0, 9 }, { 200, 0, 1 }, { 300, 0, 1 } };
  const HeraldHeatSample ranks_down[] = { { 100, 0, 1 }, { 200, 0, 3 } };

  g_assert_cmpint (herald_topic_trend_compute (NULL, 0), ==, HERALD_TOPIC_TREND_NONE);
  g_assert_cmpint (herald_topic_trend_compute (rising, 1), ==, HERALD_TOPIC_TREND_NEW);
  g_assert_cmpint (herald_topic_trend_compute (rising, 3), ==, HERALD_TOPIC_TREND_RISING);
  g_assert_cmpint (herald_topic_trend_compute (peak, 3), ==, HERALD_TOPIC_TREND_PEAK);
  g_assert_cmpint (herald_topic_trend_compute (falling, 3), ==, HERALD_TOPIC_TREND_FALLING);
  g_assert_cmpint (herald_topic_trend_compute (rebound, 3), ==, HERALD_TOPIC_TREND_RISING);
  g_assert_cmpint (herald_topic_trend_compute (rebound, 2), ==, HERALD_TOPIC_TREND_FALLING);
  g_assert_cmpint (herald_topic_trend_compute (gone, 2), ==, HERALD_TOPIC_TREND_GONE);
  /* Back on the list: a new life, judged from its return on. */
  g_assert_cmpint (herald_topic_trend_compute (back, 3), ==, HERALD_TOPIC_TREND_NEW);
  g_assert_cmpint (herald_topic_trend_compute (ranks_up, 2), ==, HERALD_TOPIC_TREND_RISING);
  g_assert_cmpint (herald_topic_trend_compute (ranks_top, 3), ==, HERALD_TOPIC_TREND_PEAK);
  g_assert_cmpint (herald_topic_trend_compute (ranks_down, 2), ==, HERALD_TOPIC_TREND_FALLING);

  g_assert_cmpstr (herald_topic_trend_to_string (HERALD_TOPIC_TREND_FALLING), ==, "falling");
}

static void
test_presets (void)
{
  const HeraldFeedPreset *zhihu = herald_feed_preset_lookup ("zhihu");
  const HeraldFeedPreset *presets;
  g_autofree char *url = NULL;
  g_autoptr (HeraldFeed) feed = NULL;
  guint n;

  g_assert_nonnull (zhihu);
  url = herald_feed_preset_url (zhihu, "http://rsshub.lan:1200//");
  g_assert_cmpstr (url, ==, "http://rsshub.lan:1200/zhihu/hot");
  g_clear_pointer (&url, g_free);
  url = herald_feed_preset_url (zhihu, NULL);
  g_assert_cmpstr (url, ==, "https://rsshub.app/zhihu/hot");

  feed = herald_feed_preset_create (herald_feed_preset_lookup ("weibo-json"), "http://ignored");
  g_assert_cmpstr (herald_feed_get_url (feed), ==, "https://weibo.com/ajax/side/hotSearch");
  g_assert_cmpint (herald_feed_get_kind (feed), ==, HERALD_FEED_KIND_JSON);

  /* Every mapping that ships is a valid one. */
  presets = herald_feed_presets_get (&n);
  g_assert_cmpuint (n, >=, 6);
  for (guint i = 0; i < n; i++)
    if (presets[i].mapping != NULL)
      {
        g_autoptr (GError) error = NULL;

        g_assert_true (herald_feed_check_mapping (presets[i].mapping, &error));
        g_assert_no_error (error);
      }

  g_assert_null (herald_feed_preset_lookup ("nope"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/feeds/parse/weibo-rss", test_weibo_rss);
  g_test_add_func ("/feeds/parse/zhihu-heat", test_zhihu_heat);
  g_test_add_func ("/feeds/parse/baidu-bilibili", test_baidu_bilibili);
  g_test_add_func ("/feeds/parse/atom", test_atom);
  g_test_add_func ("/feeds/parse/encodings", test_encodings);
  g_test_add_func ("/feeds/parse/wrong-encoding", test_wrong_encoding);
  g_test_add_func ("/feeds/parse/charset-from-server", test_charset_from_server);
  g_test_add_func ("/feeds/parse/malformed", test_malformed);
  g_test_add_func ("/feeds/parse/not-a-feed", test_not_a_feed);
  g_test_add_func ("/feeds/parse/no-external-entities", test_no_external_entities);
  g_test_add_func ("/feeds/parse/json-douyin", test_json_douyin);
  g_test_add_func ("/feeds/parse/json-weibo", test_json_weibo);
  g_test_add_func ("/feeds/parse/json-errors", test_json_errors);
  g_test_add_func ("/feeds/heat-text", test_heat_text);
  g_test_add_func ("/feeds/normalise", test_normalise);
  g_test_add_func ("/feeds/trend", test_trend);
  g_test_add_func ("/feeds/presets", test_presets);

  return g_test_run ();
}
