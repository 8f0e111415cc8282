/* test-ad-words.c — advertising-law words: the shipped list, exceptions,
 * normalisation, positions and the user's own words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "herald-ad-words.h"
#include "herald-text-rules.h"

static HeraldAdWords *shipped_words;

static HeraldAdWords *
shipped (void)
{
  if (shipped_words == NULL)
    shipped_words = herald_ad_words_new_default ();

  return shipped_words;
}

/* The findings as "word@char_start-char_end", joined with spaces. */
static char *
describe (HeraldAdWords *words,
          const char    *text)
{
  g_autoptr(GPtrArray) findings = herald_ad_words_scan (words, text, -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      HeraldAdFinding *finding = g_ptr_array_index (findings, i);

      /* Byte and character positions name the same place. */
      g_assert_cmpuint (finding->char_start, ==, g_utf8_pointer_to_offset (text, text + finding->byte_start));
      g_assert_cmpuint (finding->char_end, ==, g_utf8_pointer_to_offset (text, text + finding->byte_end));
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s@%zu-%zu", finding->word, finding->char_start, finding->char_end);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_found(words, text, expected) \
  G_STMT_START { \
    g_autofree char *found_ = describe ((words), (text)); \
    g_assert_cmpstr (found_, ==, (expected)); \
  } G_STMT_END

static void
test_shipped_list (void)
{
  HeraldAdWords *words = shipped ();
  g_autoptr(GPtrArray) findings = NULL;
  HeraldAdFinding *finding;

  g_assert_cmpuint (herald_ad_words_get_n_words (words), >=, 60);
  g_assert_cmpuint (herald_ad_words_get_n_exceptions (words), >=, 20);

  findings = herald_ad_words_scan (words, "这是最好的产品", -1);
  g_assert_cmpuint (findings->len, ==, 1);
  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (finding->word, ==, "最好");
  g_assert_cmpstr (finding->category, ==, "superlative");
  g_assert_cmpstr (finding->suggestion, ==, "很好");
  g_assert_cmpuint (finding->byte_start, ==, 6);
  g_assert_cmpuint (finding->byte_end, ==, 12);
  g_assert_cmpuint (finding->char_start, ==, 2);
  g_assert_cmpuint (finding->char_end, ==, 4);

  /* A word with no suggestion, and each category of PLATFORMS.md §4. */
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = herald_ad_words_scan (words, "国家级", -1);
  g_assert_cmpuint (findings->len, ==, 1);
  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (finding->category, ==, "level");
  g_assert_null (finding->suggestion);

  assert_found (words, "全网第一，独一无二的顶级极品", "全网第一@0-4 独一无二@5-9 顶级@10-12 极品@12-14");
  assert_found (words, "绝版珍藏，独家首发，销量冠军", "绝版@0-2 独家@5-7 首发@7-9 销量冠军@10-14");
  assert_found (words, "史上最低价", "史上最低价@0-5");
  assert_found (words, "平平无奇的一天", "");
}

static void
test_exceptions (void)
{
  HeraldAdWords *words = shipped ();

  assert_found (words, "第一次来这里，最近很忙，最后一天", "");
  assert_found (words, "第一时间通知你", "");
  /* An exception covers only itself. */
  assert_found (words, "第一次就是第一", "第一@5-7");
  assert_found (words, "最近最好", "最好@2-4");
  assert_found (words, "绝对值和绝对", "绝对@4-6");
}

static void
test_longest_word (void)
{
  HeraldAdWords *words = shipped ();

  /* 最 is listed, but 最好 holds it; 第一 is inside 全网第一. */
  assert_found (words, "最好", "最好@0-2");
  assert_found (words, "最", "最@0-1");
  assert_found (words, "全网第一", "全网第一@0-4");
  assert_found (words, "最受欢迎", "最受欢迎@0-4");
}

static void
test_normalisation (void)
{
  HeraldAdWords *words = shipped ();

  /* Inserted spaces, punctuation, symbols, zero-width and emoji. */
  assert_found (words, "最 * 好的", "最好@0-5");
  assert_found (words, "最\xe2\x80\x8b好", "最好@0-3");
  assert_found (words, "最\xf0\x9f\x98\x80好", "最好@0-3");
  assert_found (words, "顶。级", "顶级@0-3");
  /* Full-width forms and case. */
  assert_found (words, "ＮＯ．１产品", "NO.1@0-4");
  assert_found (words, "we are No.1!", "NO.1@7-11");
  assert_found (words, "no 1", "NO.1@0-4");
  assert_found (words, "TOP1", "TOP1@0-4");
  assert_found (words, "ｔｏｐ１", "TOP1@0-4");
  assert_found (words, "100％纯棉", "100%@0-4");
  /* Letters and digits around an ASCII word make another word. */
  assert_found (words, "TOP10 榜单", "");
  assert_found (words, "增长2100%", "");
  assert_found (words, "STOP1", "");
  /* Too much between, or a new line, separates. */
  assert_found (words, "最    好", "最@0-1");
  assert_found (words, "最\n好", "最@0-1");
}

static void
test_user_words (void)
{
  g_autoptr(HeraldAdWords) words = herald_ad_words_new_default ();
  g_autoptr(GError) error = NULL;
  guint n_words = herald_ad_words_get_n_words (words);

  assert_found (words, "爆款来了", "");
  g_assert_true (herald_ad_words_add_word (words, "爆款", NULL, "热门", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (herald_ad_words_get_n_words (words), ==, n_words + 1);
  assert_found (words, "爆款来了", "爆款@0-2");

  /* Adding it again replaces it. */
  g_assert_true (herald_ad_words_add_word (words, " 爆 款 ", "authority", "人气", &error));
  g_assert_cmpuint (herald_ad_words_get_n_words (words), ==, n_words + 1);
  {
    g_autoptr(GPtrArray) findings = herald_ad_words_scan (words, "爆款", -1);
    HeraldAdFinding *finding = g_ptr_array_index (findings, 0);

    g_assert_cmpstr (finding->category, ==, "authority");
    g_assert_cmpstr (finding->suggestion, ==, "人气");
  }

  /* The user's exception silences a shipped word. */
  assert_found (words, "最好的时光", "最好@0-2");
  g_assert_true (herald_ad_words_add_exception (words, "最好的时光", &error));
  assert_found (words, "最好的时光", "");
  assert_found (words, "最好的产品", "最好@0-2");

  /* Nothing to look for. */
  g_assert_false (herald_ad_words_add_word (words, " *!? ", NULL, NULL, &error));
  g_assert_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (herald_ad_words_add_word (words, "好", "made-up", NULL, &error));
  g_assert_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA);
}

static void
test_load (void)
{
  g_autoptr(HeraldAdWords) words = herald_ad_words_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (herald_ad_words_load (words,
                                       "{\"words\": [{\"word\": \"秒杀\", \"suggestion\": \"限时\"},"
                                       " {\"word\": \"神器\", \"category\": \"extreme\", \"suggestion\": null}],"
                                       " \"exceptions\": [\"秒杀价格表\"]}", -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (herald_ad_words_get_n_words (words), ==, 2);
  g_assert_cmpuint (herald_ad_words_get_n_exceptions (words), ==, 1);
  assert_found (words, "秒杀神器，秒杀价格表", "秒杀@0-2 神器@2-4");

  /* All or nothing: the good word before the bad one is not added. */
  g_assert_false (herald_ad_words_load (words,
                                        "{\"words\": [{\"word\": \"好评\"}, {\"word\": 7}]}", -1, &error));
  g_assert_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);
  g_assert_cmpuint (herald_ad_words_get_n_words (words), ==, 2);
  assert_found (words, "好评", "");

  g_assert_false (herald_ad_words_load (words, "{\"words\": [", -1, &error));
  g_assert_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (herald_ad_words_load (words, "[1, 2]", -1, &error));
  g_assert_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (herald_ad_words_load (words, "{\"exceptions\": [\"...\"]}", -1, &error));
  g_assert_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA);
  g_assert_cmpuint (herald_ad_words_get_n_exceptions (words), ==, 1);
}

/* Bytes that are not UTF-8 match nothing and keep positions in step. */
static void
test_bad_bytes (void)
{
  HeraldAdWords *words = shipped ();
  const char text[] = "\xff最\xfe好\xe4\xbd";
  g_autoptr(GPtrArray) findings = herald_ad_words_scan (words, text, sizeof text - 1);
  HeraldAdFinding *finding;

  g_assert_cmpuint (findings->len, ==, 1);
  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (finding->word, ==, "最好");
  g_assert_cmpuint (finding->byte_start, ==, 1);
  g_assert_cmpuint (finding->byte_end, ==, 8);
  g_assert_cmpuint (finding->char_start, ==, 1);
  g_assert_cmpuint (finding->char_end, ==, 4);

  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = herald_ad_words_scan (words, "最好", 3);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpstr (((HeraldAdFinding *) g_ptr_array_index (findings, 0))->word, ==, "最");
}

/* The automaton against a plain search, on random texts over a small
 * alphabet so that words overlap a lot. */
static void
test_against_plain_search (void)
{
  const char *alphabet[] = { "甲", "乙", "丙", "丁" };
  g_autoptr(HeraldAdWords) words = herald_ad_words_new ();
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) exceptions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint i = 0; i < 40; i++)
    {
      GString *word = g_string_new (NULL);
      guint length = g_rand_int_range (rand, 1, 5);
      g_autoptr(GError) error = NULL;

      for (guint j = 0; j < length; j++)
        g_string_append (word, alphabet[g_rand_int_range (rand, 0, 4)]);

      if (i % 5 == 4)
        {
          g_assert_true (herald_ad_words_add_exception (words, word->str, &error));
          g_ptr_array_add (exceptions, g_string_free (word, FALSE));
        }
      else if (!g_ptr_array_find_with_equal_func (list, word->str, g_str_equal, NULL))
        {
          g_assert_true (herald_ad_words_add_word (words, word->str, NULL, NULL, &error));
          g_ptr_array_add (list, g_string_free (word, FALSE));
        }
      else
        g_string_free (word, TRUE);
      g_assert_no_error (error);
    }

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (gsize) * 2);
      g_autoptr(GArray) excepted = g_array_new (FALSE, FALSE, sizeof (gsize) * 2);
      g_autofree char *found = NULL;
      guint length = g_rand_int_range (rand, 0, 30);

      for (guint j = 0; j < length; j++)
        g_string_append (text, alphabet[g_rand_int_range (rand, 0, 4)]);

      /* Every occurrence of every word and exception, as byte spans. */
      for (gsize at = 0; at < text->len; at += 3)
        {
          for (guint w = 0; w < list->len; w++)
            {
              const char *word = g_ptr_array_index (list, w);

              if (strncmp (text->str + at, word, strlen (word)) == 0)
                {
                  gsize span[2] = { at, at + strlen (word) };

                  g_array_append_vals (hits, span, 1);
                }
            }
          for (guint e = 0; e < exceptions->len; e++)
            {
              const char *word = g_ptr_array_index (exceptions, e);

              if (strncmp (text->str + at, word, strlen (word)) == 0)
                {
                  gsize span[2] = { at, at + strlen (word) };

                  g_array_append_vals (excepted, span, 1);
                }
            }
        }

      /* Kept: a word inside no exception and inside no other word. */
      for (guint h = 0; h < hits->len; h++)
        {
          gsize *span = &g_array_index (hits, gsize, h * 2);
          gboolean inside = FALSE;

          for (guint e = 0; e < excepted->len && !inside; e++)
            {
              gsize *other = &g_array_index (excepted, gsize, e * 2);

              inside = other[0] <= span[0] && span[1] <= other[1];
            }
          for (guint o = 0; o < hits->len && !inside; o++)
            {
              gsize *other = &g_array_index (hits, gsize, o * 2);

              inside = o != h && other[0] <= span[0] && span[1] <= other[1] &&
                       other[1] - other[0] > span[1] - span[0];
            }
          if (!inside)
            {
              g_autofree char *word = g_strndup (text->str + span[0], span[1] - span[0]);

              if (expected->len > 0)
                g_string_append_c (expected, ' ');
              g_string_append_printf (expected, "%s@%zu-%zu", word, span[0] / 3, span[1] / 3);
            }
        }

      found = describe (words, text->str);
      g_test_message ("%s", text->str);
      g_assert_cmpstr (found, ==, expected->str);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ad-words/shipped-list", test_shipped_list);
  g_test_add_func ("/ad-words/exceptions", test_exceptions);
  g_test_add_func ("/ad-words/longest-word", test_longest_word);
  g_test_add_func ("/ad-words/normalisation", test_normalisation);
  g_test_add_func ("/ad-words/user-words", test_user_words);
  g_test_add_func ("/ad-words/load", test_load);
  g_test_add_func ("/ad-words/bad-bytes", test_bad_bytes);
  g_test_add_func ("/ad-words/against-plain-search", test_against_plain_search);

  status = g_test_run ();
  g_clear_object (&shipped_words);
  return status;
}
