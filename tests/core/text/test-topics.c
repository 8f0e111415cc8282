/* test-topics.c — topics and mentions: finding, writing and adapting them
 * between platforms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "herald-text-rules.h"
#include "herald-topics.h"

static void
assert_span (GPtrArray          *spans,
             guint               index,
             const char         *text,
             HeraldTextSpanKind  kind,
             const char         *name,
             const char         *covered)
{
  HeraldTextSpan *span;
  gsize covered_length = strlen (covered);

  g_assert_cmpuint (index, <, spans->len);
  span = g_ptr_array_index (spans, index);
  g_assert_cmpint (span->kind, ==, kind);
  g_assert_cmpstr (span->name, ==, name);
  g_assert_cmpuint (span->byte_end - span->byte_start, ==, covered_length);
  g_assert_cmpmem (text + span->byte_start, covered_length, covered, covered_length);
  /* Character positions agree with the byte positions. */
  g_assert_cmpuint (span->char_start, ==, g_utf8_pointer_to_offset (text, text + span->byte_start));
  g_assert_cmpuint (span->char_end, ==, g_utf8_pointer_to_offset (text, text + span->byte_end));
}

static void
test_find_weibo (void)
{
  const char *text = "今天#双十一#快乐 @小明 你好，@李华：早";
  g_autoptr(GPtrArray) spans = herald_topics_find (text, -1, HERALD_TOPIC_SYNTAX_HASH_PAIR);

  g_assert_cmpuint (spans->len, ==, 3);
  assert_span (spans, 0, text, HERALD_TEXT_SPAN_TOPIC, "双十一", "#双十一#");
  assert_span (spans, 1, text, HERALD_TEXT_SPAN_MENTION, "小明", "@小明");
  assert_span (spans, 2, text, HERALD_TEXT_SPAN_MENTION, "李华", "@李华");
}

static void
test_find_weibo_not_topics (void)
{
  const char *texts[] = {
    "C# 和 F# 都行",                 /* a name may not start with a space */
    "#没有结尾",
    "#跨\n行#",
    "##",
    "看 https://example.com/#/page#top 这里",
    "双十https://t.cn/a#b# 见",                 /* U+5341 is no letter before a link */
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) spans = herald_topics_find (texts[i], -1, HERALD_TOPIC_SYNTAX_HASH_PAIR);

      g_test_message ("%s", texts[i]);
      g_assert_cmpuint (spans->len, ==, 0);
    }
}

static void
test_find_hash_space (void)
{
  const char *text = "#双十一 #好物分享，买买买 写信给 me@example.com #end";
  g_autoptr(GPtrArray) spans = herald_topics_find (text, -1, HERALD_TOPIC_SYNTAX_HASH_SPACE);

  g_assert_cmpuint (spans->len, ==, 3);
  assert_span (spans, 0, text, HERALD_TEXT_SPAN_TOPIC, "双十一", "#双十一");
  assert_span (spans, 1, text, HERALD_TEXT_SPAN_TOPIC, "好物分享", "#好物分享");
  assert_span (spans, 2, text, HERALD_TEXT_SPAN_TOPIC, "end", "#end");
}

static void
test_find_no_topic_syntax (void)
{
  const char *text = "#双十一# 和 #好物 @小红 ";
  g_autoptr(GPtrArray) none = herald_topics_find (text, -1, HERALD_TOPIC_SYNTAX_NONE);
  g_autoptr(GPtrArray) tags = herald_topics_find (text, -1, HERALD_TOPIC_SYNTAX_TAGS);

  /* Only the mention. */
  g_assert_cmpuint (none->len, ==, 1);
  assert_span (none, 0, text, HERALD_TEXT_SPAN_MENTION, "小红", "@小红");
  g_assert_cmpuint (tags->len, ==, 1);
}

static void
test_render (void)
{
  g_autofree char *pair = herald_topic_render ("双十一", HERALD_TOPIC_SYNTAX_HASH_PAIR);
  g_autofree char *space = herald_topic_render ("双十一", HERALD_TOPIC_SYNTAX_HASH_SPACE);
  g_autofree char *none = herald_topic_render ("双十一", HERALD_TOPIC_SYNTAX_NONE);
  g_autofree char *tags = herald_topic_render ("双十一", HERALD_TOPIC_SYNTAX_TAGS);
  HeraldTopicSyntax syntax;

  g_assert_cmpstr (pair, ==, "#双十一#");
  g_assert_cmpstr (space, ==, "#双十一 ");
  g_assert_cmpstr (none, ==, "双十一");
  g_assert_cmpstr (tags, ==, "双十一");

  g_assert_true (herald_topic_syntax_from_string ("hash-pair", &syntax));
  g_assert_cmpint (syntax, ==, HERALD_TOPIC_SYNTAX_HASH_PAIR);
  g_assert_false (herald_topic_syntax_from_string ("hash", &syntax));
}

typedef struct {
  const char *weibo;
  const char *douyin;
  const char *back;  /* the Douyin text on Weibo, when not @weibo */
} Pair;

/* The same text on Weibo and on a platform ending topics with a space.  A
 * space after a Weibo topic is the one that ends it on Douyin, never two
 * in a row; back on Weibo, that space was the topic's. */
static const Pair pairs[] = {
  { "今天#双十一#快乐", "今天#双十一 快乐", NULL },
  { "#双十一# 快乐", "#双十一 快乐", "#双十一#快乐" },
  { "#话题# 一起", "#话题 一起", "#话题#一起" },
  { "#双十一#  快乐", "#双十一  快乐", "#双十一# 快乐" },
  { "#好物##开箱#", "#好物#开箱", NULL },
  { "结尾 #话题#", "结尾 #话题", NULL },
  { "#一行#\n#二行#\n", "#一行\n#二行\n", NULL },
  { "#标点#，后面", "#标点，后面", NULL },
  { "@小明 看#美食# https://t.cn/x#y", "@小明 看#美食 https://t.cn/x#y", "@小明 看#美食#https://t.cn/x#y" },
  { "没有话题", "没有话题", NULL },
};

static void
test_adapt_between_platforms (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *to_douyin = NULL;
      g_autofree char *to_weibo = NULL;
      g_autofree char *again = NULL;

      g_test_message ("%s", pairs[i].weibo);
      to_douyin = herald_topics_adapt_text (pairs[i].weibo, -1, HERALD_TOPIC_SYNTAX_HASH_PAIR,
                                            HERALD_TOPIC_SYNTAX_HASH_SPACE, NULL);
      g_assert_cmpstr (to_douyin, ==, pairs[i].douyin);

      to_weibo = herald_topics_adapt_text (pairs[i].douyin, -1, HERALD_TOPIC_SYNTAX_HASH_SPACE,
                                           HERALD_TOPIC_SYNTAX_HASH_PAIR, NULL);
      g_assert_cmpstr (to_weibo, ==, pairs[i].back != NULL ? pairs[i].back : pairs[i].weibo);

      /* The same syntax on both sides changes nothing. */
      again = herald_topics_adapt_text (pairs[i].weibo, -1, HERALD_TOPIC_SYNTAX_HASH_PAIR,
                                        HERALD_TOPIC_SYNTAX_HASH_PAIR, NULL);
      g_assert_cmpstr (again, ==, pairs[i].weibo);
    }
}

static void
test_adapt_to_bare (void)
{
  g_auto(GStrv) topics = NULL;
  g_autofree char *article = NULL;
  g_autofree char *bilibili = NULL;

  article = herald_topics_adapt_text ("#双十一# 到了，#好物# 和 #双十一# 清单", -1,
                                      HERALD_TOPIC_SYNTAX_HASH_PAIR, HERALD_TOPIC_SYNTAX_NONE, &topics);
  g_assert_cmpstr (article, ==, "双十一 到了，好物 和 双十一 清单");
  g_assert_cmpstrv (topics, ((const char * const[]) { "双十一", "好物", NULL }));
  g_clear_pointer (&topics, g_strfreev);

  bilibili = herald_topics_adapt_text ("#开箱 #数码 新机", -1, HERALD_TOPIC_SYNTAX_HASH_SPACE,
                                       HERALD_TOPIC_SYNTAX_TAGS, &topics);
  g_assert_cmpstr (bilibili, ==, "开箱 数码 新机");
  g_assert_cmpstrv (topics, ((const char * const[]) { "开箱", "数码", NULL }));
}

static void
test_adapt_with_rules (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HeraldTextRules) weibo = herald_text_rules_new ("weibo", NULL, &error);
  g_autoptr(HeraldTextRules) xiaohongshu = herald_text_rules_new ("xiaohongshu", NULL, &error);
  g_autofree char *text = NULL;
  g_autofree char *back = NULL;

  g_assert_no_error (error);
  text = herald_text_rules_adapt_text (xiaohongshu, weibo, "冬天#穿搭#分享", NULL);
  g_assert_cmpstr (text, ==, "冬天#穿搭 分享");
  back = herald_text_rules_adapt_text (weibo, xiaohongshu, text, NULL);
  g_assert_cmpstr (back, ==, "冬天#穿搭#分享");

  /* To Douyin, the space after a Weibo topic is the one that ends it. */
  {
    g_autoptr(HeraldTextRules) douyin = herald_text_rules_new ("douyin", NULL, &error);
    g_autofree char *adapted = NULL;

    g_assert_no_error (error);
    adapted = herald_text_rules_adapt_text (douyin, weibo, "#话题# 一起 #冬至# ", NULL);
    g_assert_cmpstr (adapted, ==, "#话题 一起 #冬至 ");
  }
}

/* Never reads past the given length, and makes valid UTF-8 of bad bytes. */
static void
test_bad_input (void)
{
  const char text[] = "#ab\xff# @\xfe\xfd #cut";
  g_autoptr(GPtrArray) spans = herald_topics_find (text, 8, HERALD_TOPIC_SYNTAX_HASH_PAIR);
  g_autofree char *adapted = herald_topics_adapt_text (text, sizeof text - 1,
                                                       HERALD_TOPIC_SYNTAX_HASH_PAIR,
                                                       HERALD_TOPIC_SYNTAX_HASH_SPACE, NULL);

  g_assert_cmpuint (spans->len, ==, 2);
  for (guint i = 0; i < spans->len; i++)
    {
      HeraldTextSpan *span = g_ptr_array_index (spans, i);

      g_assert_true (g_utf8_validate (span->name, -1, NULL));
      g_assert_cmpuint (span->byte_end, <=, 8);
    }
  g_assert_true (g_utf8_validate (adapted, -1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/find/weibo", test_find_weibo);
  g_test_add_func ("/topics/find/weibo-not-topics", test_find_weibo_not_topics);
  g_test_add_func ("/topics/find/hash-space", test_find_hash_space);
  g_test_add_func ("/topics/find/no-topic-syntax", test_find_no_topic_syntax);
  g_test_add_func ("/topics/render", test_render);
  g_test_add_func ("/topics/adapt/between-platforms", test_adapt_between_platforms);
  g_test_add_func ("/topics/adapt/to-bare", test_adapt_to_bare);
  g_test_add_func ("/topics/adapt/with-rules", test_adapt_with_rules);
  g_test_add_func ("/topics/bad-input", test_bad_input);

  return g_test_run ();
}
