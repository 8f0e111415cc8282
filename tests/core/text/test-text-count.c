/* test-text-count.c — counting as each platform does, and checking a post
 * against its kind's limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "herald-channel-kind.h"
#include "herald-text-count.h"
#include "herald-text-rules.h"

#define FAMILY     "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7\xe2\x80\x8d\xf0\x9f\x91\xa6"
#define THUMB_SKIN "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd"
#define FLAG_CN    "\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3"
#define HEART      "\xe2\x9d\xa4\xef\xb8\x8f"
#define KEYCAP_1   "1\xef\xb8\x8f\xe2\x83\xa3"
#define GRIN       "\xf0\x9f\x98\x80"

typedef struct {
  const char *text;
  gsize       weibo_half_units;
  gsize       codepoints;
  gsize       weighted;
} Vector;

static const Vector vectors[] = {
  { "", 0, 0, 0 },
  { "abc", 3, 3, 3 },
  { "你好", 4, 2, 4 },
  { "你好a", 5, 3, 5 },
  { "微博ABC123", 10, 8, 10 },
  { "caf\xc3\xa9", 4, 4, 4 },                       /* é is U+00E9: one half-unit */
  { "\xf0\xa0\x80\x80", 4, 1, 2 },                  /* U+20000, CJK beyond the BMP */
  { "e\xcc\x81", 3, 2, 3 },                         /* a combining accent is a character */
  { GRIN, 4, 1, 2 },
  { FAMILY, 4, 1, 2 },                              /* seven code points, one emoji */
  { THUMB_SKIN, 4, 1, 2 },
  { FLAG_CN, 4, 1, 2 },
  { HEART, 2, 1, 2 },                               /* an emoji of the BMP */
  { KEYCAP_1, 2, 1, 2 },
  { "\xc2\xa9", 1, 1, 1 },                          /* © alone is a Latin-1 character */
  { "好" FAMILY FAMILY "好", 12, 4, 8 },
  { "#1", 2, 2, 2 },                                /* no keycap without its marks */
  { "\xff\xfe", 4, 2, 4 },                          /* not UTF-8: one U+FFFD a byte */
  { "\xe4\xbd", 4, 2, 4 },                          /* a cut sequence */
  { "丰\xef\xb8\x8f", 4, 2, 4 },                     /* U+4E30 is no keycap base */
};

static char *
repeat (const char *unit,
        guint       times)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);

  return g_string_free (text, FALSE);
}

static HeraldTextRules *
rules (const char *kind,
       const char *overrides)
{
  g_autoptr(GError) error = NULL;
  HeraldTextRules *r = herald_text_rules_new (kind, overrides, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static void
test_count_vectors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      const Vector *v = &vectors[i];

      g_test_message ("vector %u: %s", i, v->text);
      g_assert_cmpuint (herald_text_count_weibo_half_units (v->text, -1), ==, v->weibo_half_units);
      g_assert_cmpuint (herald_text_count (v->text, -1, HERALD_TEXT_COUNTING_WEIBO), ==,
                        (v->weibo_half_units + 1) / 2);
      g_assert_cmpuint (herald_text_count (v->text, -1, HERALD_TEXT_COUNTING_CODEPOINTS), ==,
                        v->codepoints);
      g_assert_cmpuint (herald_text_count (v->text, -1, HERALD_TEXT_COUNTING_WEIGHTED), ==,
                        v->weighted);
    }
}

/* Every way at once gives what each way gives alone. */
static void
test_count_all (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      gsize counts[HERALD_N_TEXT_COUNTINGS];

      herald_text_count_all (vectors[i].text, -1, counts);
      g_assert_cmpuint (counts[HERALD_TEXT_COUNTING_CODEPOINTS], ==, vectors[i].codepoints);
      g_assert_cmpuint (counts[HERALD_TEXT_COUNTING_WEIBO], ==, (vectors[i].weibo_half_units + 1) / 2);
      g_assert_cmpuint (counts[HERALD_TEXT_COUNTING_WEIGHTED], ==, vectors[i].weighted);
      g_string_append (text, vectors[i].text);
    }

  g_string_append (text, " 看https://t.cn/abc 好 http:// 1\xef\xb8\x8f");
  for (gsize length = 0; length <= text->len; length++)
    {
      gsize counts[HERALD_N_TEXT_COUNTINGS];

      herald_text_count_all (text->str, length, counts);
      for (guint counting = 0; counting < HERALD_N_TEXT_COUNTINGS; counting++)
        g_assert_cmpuint (counts[counting], ==, herald_text_count (text->str, length, counting));
    }
}

/* Weibo rounds half-units up: an odd number of ASCII characters. */
static void
test_count_weibo_rounding (void)
{
  g_assert_cmpuint (herald_text_count ("a", -1, HERALD_TEXT_COUNTING_WEIBO), ==, 1);
  g_assert_cmpuint (herald_text_count ("ab", -1, HERALD_TEXT_COUNTING_WEIBO), ==, 1);
  g_assert_cmpuint (herald_text_count ("abc", -1, HERALD_TEXT_COUNTING_WEIBO), ==, 2);
  g_assert_cmpuint (herald_text_count ("好a", -1, HERALD_TEXT_COUNTING_WEIBO), ==, 2);
}

static void
test_count_weibo_urls (void)
{
  g_autoptr(GString) url = g_string_new ("https://");
  g_autoptr(GString) text = NULL;

  /* Any link up to 140 bytes counts 20 half-units. */
  g_assert_cmpuint (herald_text_count_weibo_half_units ("https://weibo.com/123", -1), ==, 20);
  g_assert_cmpuint (herald_text_count_weibo_half_units ("http://t.cn/A6x", -1), ==, 20);
  g_assert_cmpuint (herald_text_count_weibo_half_units ("HTTPS://T.CN/A6x", -1), ==, 20);
  /* 看 2, the link 20, the space 1, 好 2. */
  g_assert_cmpuint (herald_text_count_weibo_half_units ("看https://t.cn/abc 好", -1), ==, 25);
  g_assert_cmpuint (herald_text_count ("看https://t.cn/abc 好", -1, HERALD_TEXT_COUNTING_WEIBO), ==, 13);
  /* A link ends where a character that cannot be in one comes. */
  g_assert_cmpuint (herald_text_count_weibo_half_units ("https://t.cn/abc，好", -1), ==, 24);

  /* Exactly 140 bytes, then longer: each byte beyond adds one. */
  while (url->len < 140)
    g_string_append_c (url, 'a');
  g_assert_cmpuint (herald_text_count_weibo_half_units (url->str, -1), ==, 20);
  g_string_append (url, "bcdefghij");
  g_assert_cmpuint (url->len, ==, 149);
  g_assert_cmpuint (herald_text_count_weibo_half_units (url->str, -1), ==, 29);
  while (url->len < 208)
    g_string_append_c (url, 'z');
  g_assert_cmpuint (herald_text_count (url->str, -1, HERALD_TEXT_COUNTING_WEIBO), ==, 44);

  /* A scheme with nothing after it is not a link. */
  g_assert_cmpuint (herald_text_count_weibo_half_units ("http://", -1), ==, 7);
  g_assert_cmpuint (herald_text_count_weibo_half_units ("https:// 好", -1), ==, 11);

  /* Other platforms count a link's characters. */
  text = g_string_new ("看https://t.cn/abc 好");
  g_assert_cmpuint (herald_text_count (text->str, -1, HERALD_TEXT_COUNTING_CODEPOINTS), ==,
                    g_utf8_strlen (text->str, -1));
}

/* Counting never counts bytes, and respects an explicit length. */
static void
test_count_length (void)
{
  const char *text = "新媒体运营 new media";

  g_assert_cmpuint (herald_text_count (text, -1, HERALD_TEXT_COUNTING_CODEPOINTS), ==,
                    g_utf8_strlen (text, -1));
  g_assert_cmpuint (herald_text_count (text, 6, HERALD_TEXT_COUNTING_CODEPOINTS), ==, 2);
  g_assert_cmpuint (herald_text_count (text, 0, HERALD_TEXT_COUNTING_WEIBO), ==, 0);
  g_assert_cmpuint (herald_text_count (NULL, 0, HERALD_TEXT_COUNTING_WEIBO), ==, 0);
  /* A cut emoji sequence still counts, and never reads past the end. */
  g_assert_cmpuint (herald_text_count (FAMILY, 4, HERALD_TEXT_COUNTING_CODEPOINTS), ==, 1);
  g_assert_cmpuint (herald_text_count (FAMILY, 5, HERALD_TEXT_COUNTING_CODEPOINTS), ==, 2);
}

/* The longest start that fits, for each text and limit, agrees with the
 * counters, and the cut never splits an emoji or a link. */
static void
test_fit (void)
{
  const char *text = "好" FAMILY "ab看https://t.cn/abc" FLAG_CN "尾";
  g_autoptr(HeraldTextRules) douyin = rules ("douyin", NULL);
  g_autoptr(HeraldTextRules) weibo = rules ("weibo", NULL);
  g_autofree char *long_title = repeat ("标", 25);
  g_autofree char *short_title = NULL;
  g_autofree char *same = NULL;
  g_autofree char *with_space = NULL;

  for (guint counting = 0; counting < HERALD_N_TEXT_COUNTINGS; counting++)
    for (gsize limit = 0; limit < 40; limit++)
      {
        gsize fit = herald_text_fit (text, -1, counting, limit);

        g_assert_cmpuint (herald_text_count (text, fit, counting), <=, limit);
        if (fit < strlen (text))
          {
            /* The next unit, whole, would be too many. */
            gsize next = fit;

            for (gsize more = limit + 1; next == fit; more++)
              next = herald_text_fit (text, -1, counting, more);
            g_assert_cmpuint (herald_text_count (text, next, counting), >, limit);
          }
      }

  /* Not inside the family emoji, not inside the link. */
  g_assert_cmpuint (herald_text_fit (text, -1, HERALD_TEXT_COUNTING_CODEPOINTS, 1), ==, 3);
  g_assert_cmpuint (herald_text_fit (text, -1, HERALD_TEXT_COUNTING_CODEPOINTS, 2), ==, 3 + strlen (FAMILY));
  g_assert_cmpuint (herald_text_fit (text, -1, HERALD_TEXT_COUNTING_WEIBO, 10),
                    ==, strlen ("好" FAMILY "ab看"));
  g_assert_cmpuint (herald_text_fit (text, -1, HERALD_TEXT_COUNTING_WEIBO, 16),
                    ==, strlen ("好" FAMILY "ab看https://t.cn/abc"));
  g_assert_cmpuint (herald_text_fit (NULL, 0, HERALD_TEXT_COUNTING_WEIBO, 5), ==, 0);

  /* A 25-character title cut for 抖音's image posts (20). */
  short_title = herald_text_rules_fit (douyin, HERALD_TEXT_FIELD_TITLE, long_title, TRUE);
  g_assert_cmpuint (g_utf8_strlen (short_title, -1), ==, 20);
  same = herald_text_rules_fit (douyin, HERALD_TEXT_FIELD_TITLE, long_title, FALSE);
  g_assert_cmpstr (same, ==, long_title);
  /* Weibo's title of 30 takes 60 ASCII letters; a space left at the cut goes. */
  with_space = herald_text_rules_fit (weibo, HERALD_TEXT_FIELD_TITLE,
                                      "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg 好", FALSE);
  g_assert_cmpstr (with_space, ==, "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefg");
}

static void
test_counting_names (void)
{
  HeraldTextCounting counting;

  g_assert_true (herald_text_counting_from_string ("weibo", &counting));
  g_assert_cmpint (counting, ==, HERALD_TEXT_COUNTING_WEIBO);
  g_assert_true (herald_text_counting_from_string ("codepoints", &counting));
  g_assert_cmpint (counting, ==, HERALD_TEXT_COUNTING_CODEPOINTS);
  g_assert_true (herald_text_counting_from_string ("weighted", &counting));
  g_assert_cmpint (counting, ==, HERALD_TEXT_COUNTING_WEIGHTED);
  g_assert_false (herald_text_counting_from_string ("bytes", &counting));
  g_assert_false (herald_text_counting_from_string (NULL, &counting));
}

static void
test_level (void)
{
  g_assert_cmpint (herald_text_level_for (0, 140, -1), ==, HERALD_TEXT_LEVEL_OK);
  g_assert_cmpint (herald_text_level_for (125, 140, -1), ==, HERALD_TEXT_LEVEL_OK);
  g_assert_cmpint (herald_text_level_for (126, 140, -1), ==, HERALD_TEXT_LEVEL_NEAR);
  g_assert_cmpint (herald_text_level_for (140, 140, -1), ==, HERALD_TEXT_LEVEL_NEAR);
  g_assert_cmpint (herald_text_level_for (141, 140, -1), ==, HERALD_TEXT_LEVEL_OVER);
  g_assert_cmpint (herald_text_level_for (5, -1, -1), ==, HERALD_TEXT_LEVEL_OK);
  g_assert_cmpint (herald_text_level_for (5, 16, 6), ==, HERALD_TEXT_LEVEL_UNDER);
  g_assert_cmpint (herald_text_level_for (1, 0, -1), ==, HERALD_TEXT_LEVEL_OVER);
  g_assert_cmpint (herald_text_level_for (-1, 9, 1), ==, HERALD_TEXT_LEVEL_OK);
  g_assert_cmpstr (herald_text_level_to_string (HERALD_TEXT_LEVEL_NEAR), ==, "near");
  g_assert_cmpstr (herald_text_field_to_string (HERALD_TEXT_FIELD_TAGS), ==, "tags");
}

static void
test_rules_weibo (void)
{
  g_autoptr(HeraldTextRules) weibo = rules ("weibo", NULL);
  g_autoptr(HeraldTextRules) wider = rules ("weibo", "{\"body_max\": 5000}");
  g_autofree char *near = repeat ("好", 1800);
  g_autofree char *over = repeat ("好", 2001);
  g_autofree char *ascii = repeat ("ab", 2000);     /* 4,000 half-units: 2,000 */
  HeraldTextDraft draft = { .title = "周末去哪儿", .body = near, .n_images = 9 };
  g_autoptr(HeraldTextReport) report = NULL;

  g_assert_cmpstr (herald_text_rules_get_kind_id (weibo), ==, "weibo");
  g_assert_cmpint (herald_text_rules_get_topic_syntax (weibo), ==, HERALD_TOPIC_SYNTAX_HASH_PAIR);
  g_assert_cmpint (herald_text_rules_get_body_fold (weibo), ==, 140);

  report = herald_text_rules_evaluate (weibo, &draft);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_BODY), ==, 1800);
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_BODY), ==, 2000);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_BODY), ==, HERALD_TEXT_LEVEL_NEAR);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_TITLE), ==, 5);
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_TITLE), ==, 30);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_TITLE), ==, HERALD_TEXT_LEVEL_OK);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_IMAGES), ==, 9);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_IMAGES), ==, HERALD_TEXT_LEVEL_NEAR);
  /* No digest and no author on Weibo: counted, no limit. */
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_DIGEST), ==, -1);
  g_assert_false (herald_text_report_is_over (report));
  g_clear_pointer (&report, herald_text_report_unref);

  draft.body = over;
  draft.n_images = 10;
  report = herald_text_rules_evaluate (weibo, &draft);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_BODY), ==, HERALD_TEXT_LEVEL_OVER);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_IMAGES), ==, HERALD_TEXT_LEVEL_OVER);
  g_assert_true (herald_text_report_is_over (report));
  g_clear_pointer (&report, herald_text_report_unref);

  /* Half-units: 4,000 ASCII letters are 2,000 characters to Weibo. */
  draft.body = ascii;
  draft.n_images = -1;
  report = herald_text_rules_evaluate (weibo, &draft);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_BODY), ==, 2000);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_BODY), ==, HERALD_TEXT_LEVEL_NEAR);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_IMAGES), ==, -1);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_IMAGES), ==, HERALD_TEXT_LEVEL_OK);
  g_clear_pointer (&report, herald_text_report_unref);

  /* The account's own limit wins. */
  draft.body = over;
  report = herald_text_rules_evaluate (wider, &draft);
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_BODY), ==, 5000);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_BODY), ==, HERALD_TEXT_LEVEL_OK);
}

static void
test_rules_other_kinds (void)
{
  g_autoptr(HeraldTextRules) article = rules ("wechat-article", NULL);
  g_autoptr(HeraldTextRules) channels = rules ("wechat-channels", NULL);
  g_autoptr(HeraldTextRules) douyin = rules ("douyin", NULL);
  g_autoptr(HeraldTextRules) kuaishou = rules ("kuaishou", NULL);
  g_autoptr(HeraldTextRules) kuaishou_set = rules ("kuaishou", "{\"body_max\": 500}");
  g_autoptr(HeraldTextRules) xiaohongshu = rules ("xiaohongshu", NULL);
  g_autofree char *long_body = repeat ("字", 501);
  g_autofree char *title_21 = repeat ("标", 21);
  HeraldTextDraft draft = { 0, };
  g_autoptr(HeraldTextReport) report = NULL;

  /* 公众号: digest 120, author 8, code points (an emoji is one). */
  draft = (HeraldTextDraft) { .title = "标题" GRIN, .digest = "摘要", .author = "一二三四五六七八九", .n_images = -1 };
  report = herald_text_rules_evaluate (article, &draft);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_TITLE), ==, 3);
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_TITLE), ==, 64);
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_DIGEST), ==, 120);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_AUTHOR), ==, 9);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_AUTHOR), ==, HERALD_TEXT_LEVEL_OVER);
  g_clear_pointer (&report, herald_text_report_unref);

  /* 视频号: a short title of at least 6 characters. */
  draft = (HeraldTextDraft) { .title = "太短", .n_images = -1 };
  report = herald_text_rules_evaluate (channels, &draft);
  g_assert_cmpint (herald_text_report_get_minimum (report, HERALD_TEXT_FIELD_TITLE), ==, 6);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_TITLE), ==, HERALD_TEXT_LEVEL_UNDER);
  g_clear_pointer (&report, herald_text_report_unref);

  /* 抖音: 30 for a video's title, 20 for an image post's. */
  draft = (HeraldTextDraft) { .title = title_21, .n_images = -1 };
  report = herald_text_rules_evaluate (douyin, &draft);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_TITLE), ==, HERALD_TEXT_LEVEL_OK);
  g_clear_pointer (&report, herald_text_report_unref);
  draft.image_text = TRUE;
  report = herald_text_rules_evaluate (douyin, &draft);
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_TITLE), ==, 20);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_TITLE), ==, HERALD_TEXT_LEVEL_OVER);
  g_clear_pointer (&report, herald_text_report_unref);

  /* 快手: no known body limit until the account sets one. */
  draft = (HeraldTextDraft) { .body = long_body, .n_images = -1 };
  report = herald_text_rules_evaluate (kuaishou, &draft);
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_BODY), ==, -1);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_BODY), ==, HERALD_TEXT_LEVEL_OK);
  g_clear_pointer (&report, herald_text_report_unref);
  report = herald_text_rules_evaluate (kuaishou_set, &draft);
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_BODY), ==, 500);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_BODY), ==, HERALD_TEXT_LEVEL_OVER);
  g_clear_pointer (&report, herald_text_report_unref);

  /* 小红书: 1 to 18 images. */
  draft = (HeraldTextDraft) { .title = "好物", .n_images = 0 };
  report = herald_text_rules_evaluate (xiaohongshu, &draft);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_IMAGES), ==, HERALD_TEXT_LEVEL_UNDER);
  g_clear_pointer (&report, herald_text_report_unref);
  draft.n_images = 19;
  report = herald_text_rules_evaluate (xiaohongshu, &draft);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_IMAGES), ==, HERALD_TEXT_LEVEL_OVER);
}

static void
test_rules_topics (void)
{
  g_autoptr(HeraldTextRules) kuaishou = rules ("kuaishou", NULL);
  g_autoptr(HeraldTextRules) weibo = rules ("weibo", NULL);
  g_autoptr(HeraldTextRules) bilibili = rules ("bilibili", NULL);
  const char * const tags[] = { "美食", " 探店 ", "", NULL };
  HeraldTextDraft draft = { .body = "#美食 #周末 #美食 #旅行 好吃", .n_images = -1 };
  g_autoptr(HeraldTextReport) report = NULL;

  /* Three different topics: 快手 allows three. */
  report = herald_text_rules_evaluate (kuaishou, &draft);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_TAGS), ==, 3);
  g_assert_cmpint (herald_text_report_get_limit (report, HERALD_TEXT_FIELD_TAGS), ==, 3);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_TAGS), ==, HERALD_TEXT_LEVEL_NEAR);
  g_clear_pointer (&report, herald_text_report_unref);

  /* Tags join the topics of the text, each counted once. */
  draft.tags = tags;
  report = herald_text_rules_evaluate (kuaishou, &draft);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_TAGS), ==, 4);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_TAGS), ==, HERALD_TEXT_LEVEL_OVER);
  g_clear_pointer (&report, herald_text_report_unref);

  /* The same text holds no Weibo topics: they need their closing #. */
  draft.tags = NULL;
  g_assert_cmpuint (herald_text_rules_count_topics (weibo, &draft), ==, 0);
  draft.body = "#美食#和#周末#";
  g_assert_cmpuint (herald_text_rules_count_topics (weibo, &draft), ==, 2);
  /* B站 keeps topics as tags only. */
  draft.tags = tags;
  g_assert_cmpuint (herald_text_rules_count_topics (bilibili, &draft), ==, 2);
}

/* B站 takes tags of at most 20 characters each; other kinds do not limit
 * a tag's length, and an account may set its own. */
static void
test_rules_tag_length (void)
{
  g_autoptr(HeraldTextRules) bilibili = rules ("bilibili", NULL);
  g_autoptr(HeraldTextRules) bilibili_set = rules ("bilibili", "{\"tag_max\": 4}");
  g_autoptr(HeraldTextRules) douyin = rules ("douyin", NULL);
  /* 20 characters, then 21: spaces around a tag do not count. */
  const char * const fit[] = { "开箱", "  一二三四五六七八九十一二三四五六七八九十  ", NULL };
  const char * const long_tags[] = { "开箱", "一二三四五六七八九十一二三四五六七八九十一", "数码", NULL };
  HeraldTextDraft draft = { .title = "新机开箱", .n_images = -1 };
  g_autoptr(HeraldTextReport) report = NULL;
  int tag_max = 0;

  g_assert_cmpint (herald_text_rules_get_tag_max (bilibili), ==, 20);
  g_assert_cmpint (herald_text_rules_get_tag_max (douyin), ==, -1);
  g_assert_cmpint (herald_text_rules_get_tag_max (bilibili_set), ==, 4);
  g_assert_true (herald_channel_kind_is_uncertain (herald_channel_kinds_lookup ("bilibili"), "tag_max"));

  draft.tags = fit;
  g_assert_cmpint (herald_text_rules_find_long_tag (bilibili, fit), ==, -1);
  report = herald_text_rules_evaluate (bilibili, &draft);
  g_assert_null (herald_text_report_get_long_tag (report, &tag_max));
  g_assert_cmpint (tag_max, ==, -1);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_TAGS), ==, HERALD_TEXT_LEVEL_OK);
  g_assert_false (herald_text_report_is_over (report));
  g_clear_pointer (&report, herald_text_report_unref);

  draft.tags = long_tags;
  g_assert_cmpint (herald_text_rules_find_long_tag (bilibili, long_tags), ==, 1);
  report = herald_text_rules_evaluate (bilibili, &draft);
  g_assert_cmpstr (herald_text_report_get_long_tag (report, &tag_max), ==, long_tags[1]);
  g_assert_cmpint (tag_max, ==, 20);
  g_assert_cmpint (herald_text_report_get_count (report, HERALD_TEXT_FIELD_TAGS), ==, 3);
  g_assert_cmpint (herald_text_report_get_level (report, HERALD_TEXT_FIELD_TAGS), ==, HERALD_TEXT_LEVEL_OVER);
  g_assert_true (herald_text_report_is_over (report));
  g_clear_pointer (&report, herald_text_report_unref);

  /* Douyin: no limit on one tag. */
  report = herald_text_rules_evaluate (douyin, &draft);
  g_assert_null (herald_text_report_get_long_tag (report, NULL));
  g_clear_pointer (&report, herald_text_report_unref);

  /* The account's own limit. */
  g_assert_cmpint (herald_text_rules_find_long_tag (bilibili_set, fit), ==, 1);
  g_assert_cmpint (herald_text_rules_find_long_tag (bilibili_set, NULL), ==, -1);
}

static void
test_rules_title_problems (void)
{
  g_autoptr(HeraldTextRules) article = rules ("wechat-article", NULL);
  g_autoptr(HeraldTextRules) channels = rules ("wechat-channels", NULL);
  g_autoptr(HeraldTextRules) douyin = rules ("douyin", NULL);
  gsize byte_offset = 0, char_offset = 0;

  /* 公众号: no line break in a title. */
  g_assert_cmpint (herald_text_rules_check_title (article, "冬天\n护手", -1, &byte_offset, &char_offset), ==,
                   HERALD_TITLE_PROBLEM_LINE_BREAK);
  g_assert_cmpuint (byte_offset, ==, 6);
  g_assert_cmpuint (char_offset, ==, 2);
  g_assert_cmpint (herald_text_rules_check_title (article, "冬天！护手 😀", -1, NULL, NULL), ==,
                   HERALD_TITLE_PROBLEM_NONE);

  /* 视频号: letters, digits, CJK and 《》“”:+?%° only, full-width marks too. */
  g_assert_cmpint (herald_text_rules_check_title (channels, "《山茶花》护手霜100%好用？", -1, NULL, NULL), ==,
                   HERALD_TITLE_PROBLEM_NONE);
  g_assert_cmpint (herald_text_rules_check_title (channels, "护手霜：Top3", -1, NULL, NULL), ==,
                   HERALD_TITLE_PROBLEM_NONE);
  g_assert_cmpint (herald_text_rules_check_title (channels, "护手霜！真好用", -1, &byte_offset, &char_offset), ==,
                   HERALD_TITLE_PROBLEM_CHARACTER);
  g_assert_cmpuint (byte_offset, ==, 9);
  g_assert_cmpuint (char_offset, ==, 3);
  g_assert_cmpint (herald_text_rules_check_title (channels, "护手霜 真好用", -1, NULL, &char_offset), ==,
                   HERALD_TITLE_PROBLEM_CHARACTER);
  g_assert_cmpuint (char_offset, ==, 3);
  g_assert_cmpint (herald_text_rules_check_title (channels, "好用" GRIN, -1, NULL, NULL), ==,
                   HERALD_TITLE_PROBLEM_CHARACTER);
  g_assert_cmpint (herald_text_rules_check_title (channels, "好\xff用", -1, NULL, NULL), ==,
                   HERALD_TITLE_PROBLEM_CHARACTER);

  /* 抖音 sets no rule. */
  g_assert_cmpint (herald_text_rules_check_title (douyin, "a\nb！" GRIN, -1, NULL, NULL), ==,
                   HERALD_TITLE_PROBLEM_NONE);
}

static void
test_rules_unknown_kind (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HeraldTextRules) none = herald_text_rules_new ("myspace", NULL, &error);

  g_assert_null (none);
  g_assert_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_UNKNOWN_KIND);
  g_assert_nonnull (strstr (error->message, "myspace"));
}

/* A count for every kind's data, so that no kind names a counting this
 * code does not know. */
static void
test_rules_every_kind (void)
{
  const char * const kinds[] = {
    "wechat-article", "wechat-channels", "douyin", "kuaishou", "xiaohongshu", "bilibili", "weibo",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(HeraldTextRules) r = rules (kinds[i], NULL);
      gboolean weibo = g_str_equal (kinds[i], "weibo");

      /* 6 + 2 half-units on Weibo, five characters elsewhere. */
      g_assert_cmpuint (herald_text_rules_count (r, HERALD_TEXT_FIELD_BODY, "好好好ab", -1), ==,
                        weibo ? 4 : 5);
      g_assert_cmpuint (herald_text_rules_count (r, HERALD_TEXT_FIELD_TITLE, FAMILY, -1), ==,
                        weibo ? 2 : 1);
      g_assert_cmpint (herald_text_rules_get_counting (r, HERALD_TEXT_FIELD_BODY), ==,
                       weibo ? HERALD_TEXT_COUNTING_WEIBO : HERALD_TEXT_COUNTING_CODEPOINTS);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/count/vectors", test_count_vectors);
  g_test_add_func ("/text/count/all", test_count_all);
  g_test_add_func ("/text/count/weibo-rounding", test_count_weibo_rounding);
  g_test_add_func ("/text/count/weibo-urls", test_count_weibo_urls);
  g_test_add_func ("/text/count/length", test_count_length);
  g_test_add_func ("/text/count/fit", test_fit);
  g_test_add_func ("/text/count/names", test_counting_names);
  g_test_add_func ("/text/rules/level", test_level);
  g_test_add_func ("/text/rules/weibo", test_rules_weibo);
  g_test_add_func ("/text/rules/other-kinds", test_rules_other_kinds);
  g_test_add_func ("/text/rules/topics", test_rules_topics);
  g_test_add_func ("/text/rules/tag-length", test_rules_tag_length);
  g_test_add_func ("/text/rules/title-problems", test_rules_title_problems);
  g_test_add_func ("/text/rules/unknown-kind", test_rules_unknown_kind);
  g_test_add_func ("/text/rules/every-kind", test_rules_every_kind);

  return g_test_run ();
}
