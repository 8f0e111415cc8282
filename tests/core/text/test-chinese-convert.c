/* test-chinese-convert.c — Simplified ⇄ Traditional through OpenCC
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "herald-chinese-convert.h"
#include "herald-text-rules.h"

typedef struct {
  HeraldChineseConversion  conversion;
  const char              *input;
  const char              *expected;
} Vector;

static const Vector vectors[] = {
  { HERALD_CHINESE_CONVERSION_S2T, "软件视频里的数据，头发", "軟件視頻裏的數據，頭髮" },
  { HERALD_CHINESE_CONVERSION_S2T, "吃着", "喫着" },
  /* Taiwan characters: 裡 and 著, but the words stay. */
  { HERALD_CHINESE_CONVERSION_S2TW, "软件视频里的数据", "軟件視頻裡的數據" },
  { HERALD_CHINESE_CONVERSION_S2TW, "吃着", "吃著" },
  /* Taiwan words too. */
  { HERALD_CHINESE_CONVERSION_S2TWP, "软件视频里的数据", "軟體影片裡的資料" },
  { HERALD_CHINESE_CONVERSION_S2TWP, "鼠标和网络", "滑鼠和網路" },
  /* Hong Kong characters. */
  { HERALD_CHINESE_CONVERSION_S2HK, "软件视频里的数据", "軟件視頻裏的數據" },
  { HERALD_CHINESE_CONVERSION_S2HK, "吃着", "吃着" },
  { HERALD_CHINESE_CONVERSION_T2S, "軟體影片，乾燥，後來", "软体影片，干燥，后来" },
  /* What is not Chinese is left alone. */
  { HERALD_CHINESE_CONVERSION_S2TWP, "Herald 2026 #话题# @小明 😀", "Herald 2026 #話題# @小明 😀" },
  { HERALD_CHINESE_CONVERSION_S2T, "", "" },
};

static void
test_conversions (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *converted = NULL;

      g_test_message ("%s: %s", herald_chinese_conversion_to_string (vectors[i].conversion), vectors[i].input);
      converted = herald_chinese_convert (vectors[i].input, -1, vectors[i].conversion, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (converted, ==, vectors[i].expected);
    }
}

/* Converters are kept: a second conversion gives the same. */
static void
test_cached (void)
{
  for (guint round = 0; round < 3; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *converted = herald_chinese_convert ("软件", -1, HERALD_CHINESE_CONVERSION_S2TWP, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (converted, ==, "軟體");
    }
}

static void
test_length (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = herald_chinese_convert ("软件视频", 6, HERALD_CHINESE_CONVERSION_S2TW, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (converted, ==, "軟件");
}

static void
test_names (void)
{
  const char *names[] = { "s2t", "s2tw", "s2twp", "s2hk", "t2s" };
  HeraldChineseConversion conversion;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (herald_chinese_conversion_from_string (names[i], &conversion));
      g_assert_cmpint (conversion, ==, i);
      g_assert_cmpstr (herald_chinese_conversion_to_string (conversion), ==, names[i]);
    }
  g_assert_false (herald_chinese_conversion_from_string ("t2tw", &conversion));
}

static void
test_missing_config (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;
  g_autofree char *converted = herald_chinese_convert_with_config ("软件", -1, "herald-no-such-config", &error);

  g_assert_null (converted);
  g_assert_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_MISSING_CONFIG);
  g_assert_nonnull (g_strstr_len (error->message, -1, "herald-no-such-config.json"));

  /* A failure is not cached as a converter. */
  converted = herald_chinese_convert_with_config ("软件", -1, "herald-no-such-config", &again);
  g_assert_null (converted);
  g_assert_error (again, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_MISSING_CONFIG);
}

static void
test_invalid_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = herald_chinese_convert ("软\xff件", -1, HERALD_CHINESE_CONVERSION_S2T, &error);

  g_assert_null (converted);
  g_assert_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_TEXT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chinese-convert/conversions", test_conversions);
  g_test_add_func ("/chinese-convert/cached", test_cached);
  g_test_add_func ("/chinese-convert/length", test_length);
  g_test_add_func ("/chinese-convert/names", test_names);
  g_test_add_func ("/chinese-convert/missing-config", test_missing_config);
  g_test_add_func ("/chinese-convert/invalid-text", test_invalid_text);

  return g_test_run ();
}
