/* bench-text.c — the editor's text rules against one pass of g_utf8_strlen
 *
 * The editor counts and scans on every keystroke, so the rules must stay
 * within a small multiple of simply walking the text.  On a realistic
 * 20,000-character Chinese article (sentences of a 公众号 post, with
 * punctuation, numbers, English, links, topics, mentions, emoji and a few
 * advertising-law words), times:
 *
 *   - one g_utf8_strlen () pass, the floor;
 *   - the rules: the three counters (code points, Weibo, weighted), in the
 *     one pass of herald_text_count_all (), and the advertising-law scan
 *     with the shipped list plus 500 words of the user's own.
 *
 * Samples of each alternate, so that noise on the machine affects both
 * alike, and the medians are compared.  Prints `name: value` lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "herald-ad-words.h"
#include "herald-text-count.h"

#define N_CHARS       20000
#define N_USER_WORDS  500
#define N_SAMPLES     301

static const char * const sentences[] = {
  "冬天一到，手部皮肤就开始干燥起皮，办公室的暖气更是雪上加霜。",
  "我们用了整整三十天，每天记录使用前后的变化，今天把结果分享给大家。",
  "这款护手霜的质地很轻薄，涂开以后十秒左右就能吸收，不会黏在键盘上。",
  "成分表里的山茶花油占比达到8%，搭配神经酰胺和积雪草提取物。",
  "很多读者在后台问：敏感肌能不能用？我们请了皮肤科医生来回答。",
  "医生的建议是先在耳后试用两天，没有泛红再大面积使用。",
  "价格方面，日常价是89元，双十一期间叠加店铺券以后到手69元。",
  "活动时间从11月1日晚上8点开始，到11月11日23:59结束，先到先得。",
  "点击文末“阅读原文”即可进入小程序下单，也可以复制链接 https://mp.weixin.qq.com/s/AbCdEf123 打开。",
  "欢迎在评论区留言你的冬季护手心得，我们会抽取10位读者送出正装一支。",
  "@山茶花官方 说这次的包装也换成了可回收的纸盒，环保又好看 🌿",
  "顺便安利一下同系列的润唇膏，出门前薄涂一层，一整天都不干。",
  "有人说它是最好用的护手霜，我们觉得还是要看个人肤质，适合自己最重要。",
  "本期内容由品牌方提供样品，但所有测评结论均为编辑部独立完成。",
  "#冬季护肤# 你最近在用哪款护手霜？欢迎投票 👍🏽",
  "数据来源：编辑部问卷调查，共回收有效问卷1,268份，时间为2026年10月。",
  "Tips：洗手后趁手还有点湿的时候涂，保湿效果会更好。",
  "如果你也是打工人，不妨在工位抽屉里常备一支，随手就能补涂。",
  "下一期我们会测评五款热门身体乳，想看的朋友记得点个“在看”。",
  "第一次用的时候可能会觉得香味有点浓，两三天以后就习惯了。",
  "温馨提示：本品为化妆品，不能代替药品，皮肤有破损时请暂停使用。",
  "我们也对比了市面上常见的三款同类产品，详细表格见下图。",
  "整体来说，它的性价比在同价位里算是很能打的，全网好评率超过95%。",
  "感谢每一位读者的陪伴，我们下周三晚上八点不见不散！👨‍👩‍👧",
};

static char *
make_article (void)
{
  GString *article = g_string_new (NULL);
  guint n_chars = 0, i = 0;

  while (n_chars < N_CHARS)
    {
      const char *sentence = sentences[(i * 7 + i / 5) % G_N_ELEMENTS (sentences)];
      guint length = g_utf8_strlen (sentence, -1);

      if (n_chars + length > N_CHARS)
        {
          const char *end = g_utf8_offset_to_pointer (sentence, N_CHARS - n_chars);

          g_string_append_len (article, sentence, end - sentence);
          break;
        }

      g_string_append (article, sentence);
      n_chars += length;
      if (++i % 6 == 0 && n_chars < N_CHARS)
        {
          g_string_append_c (article, '\n');
          n_chars++;
        }
    }

  return g_string_free (article, FALSE);
}

/* 500 words of two to four common characters, a few of which the
 * article holds. */
static HeraldAdWords *
make_words (void)
{
  static const char pool[] =
    "爆款神器秒杀清仓特价限量抢购必买网红好物种草拔草断货补货口碑推荐优惠福利"
    "新品首单回购同款明星代言专柜正品平价高端奢华质感独特经典人气热卖疯抢"
    "省钱划算真香天花板闭眼入无限回购黑科技颠覆革命逆天";
  g_autoptr(GPtrArray) chars = g_ptr_array_new ();
  HeraldAdWords *words = herald_ad_words_new_default ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  guint added = 0;

  for (const char *p = pool; *p != '\0'; p = g_utf8_next_char (p))
    g_ptr_array_add (chars, (gpointer) p);

  while (added < N_USER_WORDS)
    {
      g_autoptr(GString) word = g_string_new (NULL);
      guint length = g_rand_int_range (rand, 2, 5);
      guint before = herald_ad_words_get_n_words (words);

      for (guint i = 0; i < length; i++)
        {
          const char *c = g_ptr_array_index (chars, g_rand_int_range (rand, 0, chars->len));

          g_string_append_len (word, c, g_utf8_next_char (c) - c);
        }

      if (!herald_ad_words_add_word (words, word->str, NULL, NULL, NULL))
        g_error ("Could not add “%s”", word->str);
      if (herald_ad_words_get_n_words (words) > before)
        added++;
    }

  /* Some that the article holds, so that there is something to report. */
  herald_ad_words_add_word (words, "性价比", NULL, NULL, NULL);
  herald_ad_words_add_word (words, "打工人", NULL, NULL, NULL);

  return words;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

/* Times @repeats calls of @run, in microseconds a call. */
#define TIME_PER_CALL(repeats, run) \
  ({ \
    gint64 start_ = g_get_monotonic_time (); \
    for (guint r_ = 0; r_ < (repeats); r_++) \
      { run; } \
    (double) (g_get_monotonic_time () - start_) / (repeats); \
  })

int
main (int   argc,
      char *argv[])
{
  g_autofree char *article = make_article ();
  g_autoptr(HeraldAdWords) words = make_words ();
  g_autoptr(GArray) floor_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rules_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) count_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) passes_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scan_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) findings = NULL;
  gsize length = strlen (article);
  volatile gsize sink = 0;
  double floor_us, rules_us;

  /* The automaton is built on the first scan, once, as in the editor. */
  findings = herald_ad_words_scan (words, article, length);

  /* Each sample lasts about as long as the others, so that being
   * interrupted is as likely for each. */
  for (guint sample = 0; sample < N_SAMPLES; sample++)
    {
      double elapsed;

      elapsed = TIME_PER_CALL (8, sink += g_utf8_strlen (article, length));
      g_array_append_val (floor_samples, elapsed);

      /* Every counter, in the one pass the editor makes, and the scan. */
      elapsed = TIME_PER_CALL (1, {
        gsize counts[HERALD_N_TEXT_COUNTINGS];
        g_autoptr(GPtrArray) found = NULL;

        herald_text_count_all (article, length, counts);
        found = herald_ad_words_scan (words, article, length);
        sink += counts[HERALD_TEXT_COUNTING_WEIBO] + found->len;
      });
      g_array_append_val (rules_samples, elapsed);

      /* The parts, to see which one grows. */
      elapsed = TIME_PER_CALL (4, {
        gsize counts[HERALD_N_TEXT_COUNTINGS];

        herald_text_count_all (article, length, counts);
        sink += counts[HERALD_TEXT_COUNTING_CODEPOINTS];
      });
      g_array_append_val (count_samples, elapsed);

      elapsed = TIME_PER_CALL (2, {
        sink += herald_text_count (article, length, HERALD_TEXT_COUNTING_CODEPOINTS);
        sink += herald_text_count (article, length, HERALD_TEXT_COUNTING_WEIBO);
        sink += herald_text_count (article, length, HERALD_TEXT_COUNTING_WEIGHTED);
      });
      g_array_append_val (passes_samples, elapsed);

      elapsed = TIME_PER_CALL (2, {
        g_autoptr(GPtrArray) found = herald_ad_words_scan (words, article, length);

        sink += found->len;
      });
      g_array_append_val (scan_samples, elapsed);
    }

  floor_us = median (floor_samples);
  rules_us = median (rules_samples);

  printf ("text_article_chars: %ld\n", g_utf8_strlen (article, length));
  printf ("text_ad_words: %u\n", herald_ad_words_get_n_words (words));
  printf ("text_ad_findings: %u\n", findings->len);
  printf ("strlen_20k_us: %.1f\n", floor_us);
  printf ("rules_20k_us: %.1f\n", rules_us);
  printf ("text_count_all_20k_us: %.1f\n", median (count_samples));
  printf ("text_count_three_passes_20k_us: %.1f\n", median (passes_samples));
  printf ("ad_scan_20k_us: %.1f\n", median (scan_samples));
  printf ("rules_vs_strlen_20k: %.2f\n", floor_us > 0 ? rules_us / floor_us : 0.0);

  return sink == 0;
}
