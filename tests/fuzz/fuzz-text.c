/* fuzz-text.c — the editor's text rules on arbitrary bytes: counting for
 * every kind, topics and mentions, adapting between platforms and the
 * advertising-law scan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>
#include <string.h>

#include "herald-ad-words.h"
#include "herald-text-rules.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char * const kinds[] = {
  "wechat-article", "wechat-channels", "douyin", "kuaishou", "xiaohongshu", "bilibili", "weibo",
};

static void
check_spans (GPtrArray *spans,
             gsize      size)
{
  for (guint i = 0; i < spans->len; i++)
    {
      HeraldTextSpan *span = g_ptr_array_index (spans, i);

      g_assert_true (g_utf8_validate (span->name, -1, NULL));
      g_assert_cmpuint (span->byte_start, <, span->byte_end);
      g_assert_cmpuint (span->byte_end, <=, size);
      g_assert_cmpuint (span->char_start, <, span->char_end);
      g_assert_cmpuint (span->char_end - span->char_start, <=, span->byte_end - span->byte_start);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static HeraldAdWords *words;
  /* An exact copy, with no nul after it: reading past the end is caught. */
  g_autofree char *raw = g_memdup2 (data, size);
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);
  const char * const tags[] = { text, "", NULL };
  g_autoptr(GPtrArray) findings = NULL;
  gsize n_chars = 0;

  if (words == NULL)
    words = herald_ad_words_new_default ();

  /* Each invalid byte counts as one character, as U+FFFD would; an emoji
   * sequence counts one. */
  n_chars = herald_text_count (raw, size, HERALD_TEXT_COUNTING_CODEPOINTS);
  g_assert_cmpuint (n_chars, <=, size);
  g_assert_cmpuint (herald_text_count (raw, size, HERALD_TEXT_COUNTING_WEIGHTED), >=, n_chars);
  (void) herald_text_count_weibo_half_units (raw, size);
  {
    gsize counts[HERALD_N_TEXT_COUNTINGS];

    herald_text_count_all (raw, size, counts);
    for (guint counting = 0; counting < HERALD_N_TEXT_COUNTINGS; counting++)
      {
        gsize fit = herald_text_fit (raw, size, counting, size % 50);

        g_assert_cmpuint (counts[counting], ==, herald_text_count (raw, size, counting));
        g_assert_cmpuint (fit, <=, size);
        g_assert_cmpuint (herald_text_count (raw, fit, counting), <=, size % 50);
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(HeraldTextRules) rules = herald_text_rules_new (kinds[i], text, NULL);
      HeraldTextDraft draft = { text, text, text, text, tags, (int) (size % 40) - 1, size % 2 };
      g_autoptr(HeraldTextReport) report = NULL;

      gsize byte_offset = 0;

      g_assert_nonnull (rules);
      if (herald_text_rules_check_title (rules, raw, size, &byte_offset, NULL) != HERALD_TITLE_PROBLEM_NONE)
        g_assert_cmpuint (byte_offset, <, size);
      report = herald_text_rules_evaluate (rules, &draft);
      {
        g_autofree char *fitted = herald_text_rules_fit (rules, HERALD_TEXT_FIELD_TITLE, text, size % 2);

        g_assert_true (g_utf8_validate (fitted, -1, NULL));
      }
      for (guint field = 0; field < HERALD_N_TEXT_FIELDS; field++)
        g_assert_cmpint (herald_text_report_get_level (report, field), <=, HERALD_TEXT_LEVEL_UNDER);
    }

  for (HeraldTopicSyntax from = HERALD_TOPIC_SYNTAX_NONE; from <= HERALD_TOPIC_SYNTAX_TAGS; from++)
    {
      g_autoptr(GPtrArray) spans = herald_topics_find (raw, size, from);

      check_spans (spans, size);
      for (HeraldTopicSyntax to = HERALD_TOPIC_SYNTAX_NONE; to <= HERALD_TOPIC_SYNTAX_TAGS; to++)
        {
          g_auto(GStrv) topics = NULL;
          g_autofree char *adapted = herald_topics_adapt_text (raw, size, from, to, &topics);

          g_assert_true (g_utf8_validate (adapted, -1, NULL));
          g_assert_nonnull (topics);
        }
    }

  findings = herald_ad_words_scan (words, raw, size);
  for (guint i = 0; i < findings->len; i++)
    {
      HeraldAdFinding *finding = g_ptr_array_index (findings, i);

      g_assert_cmpuint (finding->byte_start, <, finding->byte_end);
      g_assert_cmpuint (finding->byte_end, <=, size);
      g_assert_cmpuint (finding->char_start, <, finding->char_end);
      g_assert_cmpuint (finding->char_end, <=, size);
      g_assert_cmpuint (finding->char_end - finding->char_start, <=, finding->byte_end - finding->byte_start);
    }

  return 0;
}
