/* test-import.c — the metrics import: readers, profiles, matching, safety
 *
 * Every export is built here, from tables whose sums the tests know: the
 * totals after an import are checked against them.  Bad input must leave
 * the database exactly as it was (a dump of the tables before and after).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "herald-csv-reader.h"
#include "herald-import-profile.h"
#include "herald-importer.h"
#include "herald-xlsx-reader.h"
#include "import-test-util.h"
#include "store-test-util.h"

/* 2026-11-01 00:00 in Asia/Shanghai. */
#define NOV_1_SHANGHAI 1793462400
#define DAY (24 * 60 * 60)

/* Reading rows */

static GPtrArray *
read_all (HeraldRowSource *source,
          GError         **error)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  const HeraldRow *row;

  while ((row = herald_row_source_next (source, error)) != NULL)
    {
      g_autofree char *cells = NULL;
      GPtrArray *copy = g_ptr_array_new ();

      for (guint i = 0; i < row->n_cells; i++)
        g_ptr_array_add (copy, (gpointer) row->cells[i]);
      g_ptr_array_add (copy, NULL);
      cells = g_strjoinv ("|", (char **) copy->pdata);
      g_ptr_array_unref (copy);
      g_ptr_array_add (rows, g_strdup_printf ("%u:%s", row->number, cells));
    }

  return rows;
}

static void
assert_rows (GPtrArray          *rows,
             const char * const *expected)
{
  g_ptr_array_add (rows, NULL);
  g_assert_cmpstrv ((const char * const *) rows->pdata, expected);
  g_ptr_array_remove_index (rows, rows->len - 1);
}

static GPtrArray *
read_csv (const char  *text,
          gssize       length,
          const char **encoding,
          char        *delimiter)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldCsvReader) reader = herald_csv_reader_new (bytes, "t.csv", &error);
  GPtrArray *rows;

  g_assert_no_error (error);
  rows = read_all (HERALD_ROW_SOURCE (reader), &error);
  g_assert_no_error (error);
  if (encoding != NULL)
    *encoding = herald_csv_reader_get_encoding (reader);
  if (delimiter != NULL)
    *delimiter = herald_csv_reader_get_delimiter (reader);

  return rows;
}

static void
test_csv_quoting (void)
{
  const char *expected[] = { "1:a|b,c|d", "2:line one\nline two|say \"hi\"|", "3:x||z", "4:last|", NULL };
  const char *bom_expected[] = { "1:标题|播放量", "2:春节|100", NULL };
  g_autoptr (GPtrArray) rows = NULL;
  const char *encoding;
  char delimiter;

  rows = read_csv ("a,\"b,c\",d\r\n\"line one\nline two\",\"say \"\"hi\"\"\",\r\nx,,z\nlast,", -1, &encoding, &delimiter);
  assert_rows (rows, expected);
  g_assert_cmpint (delimiter, ==, ',');
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = read_csv ("a;\"b,c\";d\r\n\"line one\nline two\";\"say \"\"hi\"\"\";\r\nx;;z\nlast;", -1, NULL, &delimiter);
  assert_rows (rows, expected);
  g_assert_cmpint (delimiter, ==, ';');
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = read_csv ("a\t\"b,c\"\td\r\n\"line one\nline two\"\t\"say \"\"hi\"\"\"\t\r\nx\t\tz\nlast\t", -1, NULL, &delimiter);
  assert_rows (rows, expected);
  g_assert_cmpint (delimiter, ==, '\t');
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* A byte-order mark is not part of the first header. */
  rows = read_csv ("\xef\xbb\xbf标题,播放量\r\n春节,100\r\n", -1, &encoding, NULL);
  assert_rows (rows, bom_expected);
  g_assert_cmpstr (encoding, ==, "UTF-8");
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = read_csv ("", 0, NULL, NULL);
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
test_csv_encodings (void)
{
  const char *expected[] = { "1:笔记标题|观看量", "2:秋天的第一杯奶茶|1234", NULL };
  g_autoptr (GBytes) gb = import_test_csv ("笔记标题|观看量\n秋天的第一杯奶茶|1234\n", ",", "GB18030", FALSE);
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldCsvReader) reader = NULL;
  const char *encoding;
  gsize length;
  const char *data = g_bytes_get_data (gb, &length);

  /* GBK bytes are not UTF-8: read as GB18030. */
  g_assert_false (g_utf8_validate (data, length, NULL));
  rows = read_csv (data, length, &encoding, NULL);
  assert_rows (rows, expected);
  g_assert_cmpstr (encoding, ==, "GB18030");

  /* Neither: refused, with where. */
  {
    g_autoptr (GBytes) bad = g_bytes_new_static ("a,b\r\n\x81\x20\xff,c\r\n", 11);

    reader = herald_csv_reader_new (bad, "bad.csv", &error);
    g_assert_null (reader);
    g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_ENCODING);
    g_assert_nonnull (strstr (error->message, "bad.csv"));
    g_clear_error (&error);
  }

  /* A mark that lies. */
  {
    g_autoptr (GBytes) bad = g_bytes_new_static ("\xef\xbb\xbf\xb1\xea\xcc\xe2", 7);

    reader = herald_csv_reader_new (bad, "bom.csv", &error);
    g_assert_null (reader);
    g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_ENCODING);
    g_clear_error (&error);
  }

  /* Binary. */
  {
    g_autoptr (GBytes) bad = g_bytes_new_static ("\x00\x01\x02\x03", 4);

    reader = herald_csv_reader_new (bad, "x.bin", &error);
    g_assert_null (reader);
    g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NOT_SPREADSHEET);
    g_clear_error (&error);
  }

  /* A quote never closed: damaged, at its row. */
  {
    g_autoptr (GBytes) cut = g_bytes_new_static ("a,b\r\nc,d\r\n\"e,f\r\ng,h\r\n", 20);
    g_autoptr (GPtrArray) partial = NULL;

    reader = herald_csv_reader_new (cut, "cut.csv", &error);
    g_assert_no_error (error);
    partial = read_all (HERALD_ROW_SOURCE (reader), &error);
    g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_DAMAGED);
    g_assert_nonnull (strstr (error->message, "row 3"));
    g_assert_cmpuint (partial->len, ==, 2);
  }
}

static HeraldXlsxReader *
open_xlsx (GBytes     *bytes,
           const char *sheet)
{
  g_autoptr (GError) error = NULL;
  HeraldXlsxReader *reader = herald_xlsx_reader_new (bytes, "t.xlsx", sheet, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return reader;
}

static void
test_xlsx_cells (void)
{
  const ImportTestSheet sheets[] = {
    { "空白", "" },
    { "数据",
      "\n"
      "\n"
      "标题|数字|真假|错误|日期|时间\n"
      "春节特辑|1234.5|#b1|#e#DIV/0!|#d45000|#t45000.75\n"
      "A & B <c>||#b0||#d61|#t59\n"
      "|#i内联文本||||#d60\n" },
    { "另一张", "x|y\n1|2\n" },
  };
  const char *expected[] = {
    "3:标题|数字|真假|错误|日期|时间",
    "4:春节特辑|1234.5|TRUE||2023-03-15|2023-03-15 18:00:00",
    "5:A & B <c>||FALSE||1900-03-01|1900-02-28",
    "6:|内联文本||||60",
    NULL
  };
  const char *other[] = { "1:x|y", "2:1|2", NULL };

  for (guint shared = 0; shared < 2; shared++)
    {
      g_autoptr (GBytes) bytes = import_test_xlsx (sheets, G_N_ELEMENTS (sheets), shared, FALSE);
      g_autoptr (HeraldXlsxReader) reader = open_xlsx (bytes, NULL);
      g_autoptr (HeraldXlsxReader) named = open_xlsx (bytes, "另一张");
      g_autoptr (GPtrArray) rows = NULL;
      g_autoptr (GError) error = NULL;

      /* The first sheet is empty: the rows are the second's. */
      rows = read_all (HERALD_ROW_SOURCE (reader), &error);
      g_assert_no_error (error);
      assert_rows (rows, expected);
      g_assert_cmpstr (herald_xlsx_reader_get_sheet_name (reader), ==, "数据");
      g_clear_pointer (&rows, g_ptr_array_unref);

      rows = read_all (HERALD_ROW_SOURCE (named), &error);
      g_assert_no_error (error);
      assert_rows (rows, other);
      g_clear_pointer (&rows, g_ptr_array_unref);

      g_assert_null (herald_xlsx_reader_new (bytes, "t.xlsx", "没有这张", &error));
      g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER);
      g_assert_nonnull (strstr (error->message, "没有这张"));
      g_assert_nonnull (strstr (error->message, "另一张"));
    }

  /* The 1904 system: serial 0 is 1904-01-01. */
  {
    const ImportTestSheet dates[] = { { "S", "#d0|#d1462\n" } };
    const char *expected_1904[] = { "1:00:00:00|1908-01-02", NULL };
    g_autoptr (GBytes) bytes = import_test_xlsx (dates, 1, TRUE, TRUE);
    g_autoptr (HeraldXlsxReader) reader = open_xlsx (bytes, NULL);
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) rows = read_all (HERALD_ROW_SOURCE (reader), &error);

    g_assert_no_error (error);
    (void) expected_1904;
    g_assert_cmpuint (rows->len, ==, 1);
    g_assert_cmpstr (rows->pdata[0], ==, "1:1904-01-01|1908-01-02");
  }
}

static void
test_xlsx_serial (void)
{
  struct {
    double      serial;
    gboolean    date1904;
    const char *text;
  } cases[] = {
    { 1, FALSE, "1900-01-01" },
    { 59, FALSE, "1900-02-28" },
    { 60, FALSE, NULL },                 /* 1900-02-29 never was */
    { 61, FALSE, "1900-03-01" },
    { 25569, FALSE, "1970-01-01" },
    { 44649.8333333333, FALSE, "2022-03-29 20:00:00" },
    { 0.5, FALSE, "12:00:00" },
    { 0, TRUE, "1904-01-01" },
    { 2958465, FALSE, "9999-12-31" },
    { 2958467, FALSE, NULL },
    { -1, FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = herald_xlsx_format_serial (cases[i].serial, cases[i].date1904);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
assert_xlsx_refused (GBytes     *bytes,
                     int         code,
                     const char *part_of_message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldXlsxReader) reader = herald_xlsx_reader_new (bytes, "bad.xlsx", NULL, &error);

  if (reader != NULL)
    {
      g_autoptr (GPtrArray) rows = read_all (HERALD_ROW_SOURCE (reader), &error);
    }

  g_assert_error (error, HERALD_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, "bad.xlsx"));
  if (part_of_message != NULL)
    g_assert_nonnull (strstr (error->message, part_of_message));
}

static void
test_xlsx_bad (void)
{
  const ImportTestSheet sheets[] = { { "S", "标题|播放量\n春节|100\n夏至|200\n" } };
  g_autoptr (GBytes) good = import_test_xlsx (sheets, 1, TRUE, FALSE);
  gsize size;
  const char *data = g_bytes_get_data (good, &size);

  /* Not a zip; the start of one only. */
  {
    g_autoptr (GBytes) text = g_bytes_new_static ("标题,播放量\n春节,100\n", 24);
    g_autoptr (GBytes) start = g_bytes_new_static ("PK\003\004 not really", 17);

    assert_xlsx_refused (text, HERALD_IMPORT_ERROR_NOT_SPREADSHEET, NULL);
    assert_xlsx_refused (start, HERALD_IMPORT_ERROR_DAMAGED, NULL);
  }

  /* Cut short, anywhere. */
  for (gsize cut = 40; cut < size; cut += size / 7)
    {
      g_autoptr (GBytes) truncated = g_bytes_new (data, cut);
      g_autoptr (GError) error = NULL;
      g_autoptr (HeraldXlsxReader) reader = herald_xlsx_reader_new (truncated, "bad.xlsx", NULL, &error);

      if (reader != NULL)
        {
          g_autoptr (GPtrArray) rows = read_all (HERALD_ROW_SOURCE (reader), &error);
        }
      g_assert_nonnull (error);
      g_assert_true (error->domain == HERALD_IMPORT_ERROR);
    }

  /* A zip, but no workbook. */
  {
    const char *names[] = { "hello.txt" };
    const char *contents[] = { "hello" };
    g_autoptr (GBytes) zip = import_test_zip (names, contents, 1);

    assert_xlsx_refused (zip, HERALD_IMPORT_ERROR_NOT_SPREADSHEET, NULL);
  }

  /* A shared-strings table that says it is huge, or is over a cap. */
  {
    const char *names[] = { "xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml" };
    const char *contents[] = {
      "<workbook xmlns:r=\"urn:r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>",
      "<sst uniqueCount=\"4000000000\"><si><t>a</t></si></sst>",
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
    };
    g_autoptr (GBytes) zip = import_test_zip (names, contents, 3);
    g_autoptr (GError) error = NULL;
    g_autoptr (HeraldXlsxReader) reader = NULL;

    assert_xlsx_refused (zip, HERALD_IMPORT_ERROR_TOO_LARGE, NULL);

    reader = herald_xlsx_reader_new_full (good, "bad.xlsx", NULL, 1, 1024, &error);
    g_assert_null (reader);
    g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_TOO_LARGE);
    g_clear_error (&error);

    reader = herald_xlsx_reader_new_full (good, "bad.xlsx", NULL, 100, 4, &error);
    g_assert_null (reader);
    g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_TOO_LARGE);
  }

  /* Broken XML in the sheet, a string index out of range, a sheet part
   * the workbook names but the zip lacks. */
  {
    const char *names[] = { "xl/workbook.xml", "xl/worksheets/sheet1.xml" };
    const char *broken[] = {
      "<workbook xmlns:r=\"urn:r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>",
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"",
    };
    const char *bad_index[] = {
      broken[0],
      "<worksheet><sheetData><row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>",
    };
    g_autoptr (GBytes) zip1 = import_test_zip (names, broken, 2);
    g_autoptr (GBytes) zip2 = import_test_zip (names, bad_index, 2);
    g_autoptr (GBytes) zip3 = import_test_zip (names, broken, 1);

    const char *twice_names[] = { "xl/workbook.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml" };
    const char *twice[] = { broken[0], broken[0], bad_index[1] };
    g_autoptr (GBytes) zip4 = import_test_zip (twice_names, twice, 3);

    assert_xlsx_refused (zip4, HERALD_IMPORT_ERROR_DAMAGED, "twice");
    assert_xlsx_refused (zip1, HERALD_IMPORT_ERROR_DAMAGED, NULL);
    assert_xlsx_refused (zip2, HERALD_IMPORT_ERROR_DAMAGED, "column B");
    assert_xlsx_refused (zip3, HERALD_IMPORT_ERROR_DAMAGED, NULL);
  }
}

/* Values and profiles */

static void
test_values (void)
{
  struct {
    HeraldValueKind kind;
    const char     *text;
    gboolean        ok;
    gboolean        empty;
    double          value;
  } cases[] = {
    { HERALD_VALUE_COUNT, "1234", TRUE, FALSE, 1234 },
    { HERALD_VALUE_COUNT, "1,234", TRUE, FALSE, 1234 },
    { HERALD_VALUE_COUNT, " 12.5 ", TRUE, FALSE, 12.5 },
    { HERALD_VALUE_COUNT, "1.2万", TRUE, FALSE, 12000 },
    { HERALD_VALUE_COUNT, "１２３", TRUE, FALSE, 123 },
    { HERALD_VALUE_COUNT, "-", TRUE, TRUE, 0 },
    { HERALD_VALUE_COUNT, "", TRUE, TRUE, 0 },
    { HERALD_VALUE_COUNT, "#DIV/0!", TRUE, TRUE, 0 },
    { HERALD_VALUE_RATE, "#N/A", TRUE, TRUE, 0 },
    { HERALD_VALUE_COUNT, "#", FALSE, FALSE, 0 },
    { HERALD_VALUE_COUNT, "12abc", FALSE, FALSE, 0 },
    { HERALD_VALUE_COUNT, "abc", FALSE, FALSE, 0 },
    { HERALD_VALUE_COUNT, "nan", FALSE, FALSE, 0 },
    { HERALD_VALUE_COUNT, "1e999", FALSE, FALSE, 0 },
    { HERALD_VALUE_RATE, "3.74%", TRUE, FALSE, 0.0374 },
    { HERALD_VALUE_RATE, "0.0374", TRUE, FALSE, 0.0374 },
    { HERALD_VALUE_RATE, "３.７４％", TRUE, FALSE, 0.0374 },
    { HERALD_VALUE_RATE, "%", FALSE, FALSE, 0 },
    { HERALD_VALUE_SECONDS, "12.5", TRUE, FALSE, 12.5 },
    { HERALD_VALUE_SECONDS, "12s", TRUE, FALSE, 12 },
    { HERALD_VALUE_SECONDS, "12秒", TRUE, FALSE, 12 },
    { HERALD_VALUE_SECONDS, "1分23秒", TRUE, FALSE, 83 },
    { HERALD_VALUE_SECONDS, "01:23", TRUE, FALSE, 83 },
    { HERALD_VALUE_SECONDS, "1:02:03", TRUE, FALSE, 3723 },
    { HERALD_VALUE_SECONDS, "1:2:3:4", FALSE, FALSE, 0 },
    { HERALD_VALUE_SECONDS, "很久", FALSE, FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean empty;
      double value;
      gboolean ok = herald_import_parse_value (cases[i].kind, cases[i].text, &empty, &value);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_assert_cmpint (empty, ==, cases[i].empty);
          g_assert_cmpfloat_with_epsilon (value, cases[i].value, 1e-9);
        }
    }
}

static void
test_times (void)
{
  g_autoptr (GPtrArray) profiles = herald_import_profile_list_builtin ();
  HeraldImportProfile *wechat = herald_import_profile_find (profiles, "wechat-articles");
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
  /* 2022-03-29 in Shanghai, and 20:00 that day. */
  const gint64 day = 1648483200, evening = day + 20 * 3600;
  struct {
    const char *text;
    gint64      time;
  } cases[] = {
    { "20220329", day },
    { "2022-03-29", day },
    { "2022/3/29 20:00", evening },
    { "2022-03-29 20:00:00", evening },
    { "44649.8333333333", evening },
    { "44649", day },
    { "2022-02-30", 0 },
    { "2022-03-29 25:00", 0 },
    { "昨天", 0 },
    { "", 0 },
  };

  g_assert_nonnull (wechat);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 time = 0;
      gboolean ok = herald_import_profile_parse_time (wechat, cases[i].text, zone, &time);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].time != 0);
      if (ok)
        g_assert_cmpint (time, ==, cases[i].time);
    }
}

static void
test_similarity (void)
{
  g_assert_cmpfloat (herald_import_title_similarity ("春节特辑｜年货清单", "春节特辑 | 年货清单"), ==, 1.0);
  g_assert_cmpfloat (herald_import_title_similarity ("双十一囤货避坑指南（上）", "双十一囤货避坑指南"), >=,
                     HERALD_IMPORT_TITLE_SIMILARITY);
  g_assert_cmpfloat (herald_import_title_similarity ("双十一囤货避坑指南", "宿舍好物清单"), <, 0.2);
  g_assert_cmpfloat (herald_import_title_similarity ("", "宿舍好物清单"), ==, 0.0);
  g_assert_cmpfloat (herald_import_title_similarity ("猫", "猫"), ==, 1.0);
}

/* The export of each profile, as the platform writes its columns. */
typedef enum {
  COL_TITLE,
  COL_TIME,
  COL_URL,
  COL_TEXT,      /* a column Herald does not read */
  COL_DATE,
  COL_SEGMENT,
  COL_COUNT,
  COL_RATE_PERCENT,
  COL_RATE_DECIMAL,
  COL_SECONDS,
} ColumnKind;

typedef struct {
  const char *header;
  ColumnKind  kind;
  const char *metric;
} FixtureColumn;

typedef struct {
  const char    *profile;
  const char    *channel;
  const char    *file_name;
  const char    *preamble;   /* rows above the header */
  FixtureColumn  columns[20];
} Fixture;

static const Fixture fixtures[] = {
  { "wechat-articles", "wechat-article", "已通知内容", "已通知内容\n\n",
    { { "内容标题", COL_TITLE }, { "发表时间", COL_TIME }, { "总阅读人数", COL_COUNT, "readers" },
      { "总阅读次数", COL_COUNT, "views" }, { "总分享人数", COL_COUNT, "sharers" },
      { "总分享次数", COL_COUNT, "shares" }, { "阅读后关注人数", COL_COUNT, "followers_gained" },
      { "送达人数", COL_COUNT, "delivered" }, { "公众号消息阅读次数", COL_COUNT, "message_views" },
      { "送达阅读率", COL_RATE_PERCENT, "delivery_read_rate" }, { "首次分享次数", COL_COUNT, "first_shares" },
      { "分享产生阅读次数", COL_COUNT, "share_views" }, { "首次分享率", COL_RATE_DECIMAL, "first_share_rate" },
      { "每次分享带来阅读次数", COL_COUNT, "views_per_share" },
      { "阅读完成率", COL_RATE_PERCENT, "completion_rate" }, { "内容url", COL_URL } } },
  { "wechat-traffic", "wechat-article", "流量分析", "",
    { { "日期", COL_DATE }, { "阅读次数", COL_COUNT, "views" }, { "阅读人数", COL_COUNT, "readers" },
      { "分享次数", COL_COUNT, "shares" }, { "分享人数", COL_COUNT, "sharers" },
      { "阅读原文次数", COL_COUNT, "clicks" }, { "阅读原文人数", COL_COUNT, "click_readers" },
      { "收藏次数", COL_COUNT, "favorites" }, { "收藏人数", COL_COUNT, "favoriters" },
      { "群发篇", COL_COUNT, "articles" }, { "渠道", COL_SEGMENT } } },
  { "douyin", "douyin", "作品数据", "",
    { { "作品名称", COL_TITLE }, { "发布时间", COL_TIME }, { "体裁", COL_TEXT }, { "审核状态", COL_TEXT },
      { "播放量", COL_COUNT, "views" }, { "完播率", COL_RATE_PERCENT, "completion_rate" },
      { "5s完播率", COL_RATE_PERCENT, "completion_rate_5s" }, { "封面点击率", COL_RATE_DECIMAL, "cover_click_rate" },
      { "2s跳出率", COL_RATE_PERCENT, "bounce_rate_2s" }, { "平均播放时长", COL_SECONDS, "avg_watch_seconds" },
      { "点赞量", COL_COUNT, "likes" }, { "分享量", COL_COUNT, "shares" }, { "评论量", COL_COUNT, "comments" },
      { "收藏量", COL_COUNT, "favorites" }, { "主页访问量", COL_COUNT, "profile_visits" },
      { "粉丝增量", COL_COUNT, "followers_gained" } } },
  { "xiaohongshu", "xiaohongshu", "笔记列表明细表", "笔记数据\n",
    { { "笔记标题", COL_TITLE }, { "首次发布时间", COL_TIME }, { "体裁", COL_TEXT },
      { "观看量", COL_COUNT, "views" }, { "点赞", COL_COUNT, "likes" }, { "收藏", COL_COUNT, "favorites" },
      { "评论", COL_COUNT, "comments" }, { "分享", COL_COUNT, "shares" },
      { "人均观看时长", COL_SECONDS, "avg_watch_seconds" }, { "涨粉", COL_COUNT, "followers_gained" } } },
  { "bilibili", "bilibili", "稿件数据", "",
    { { "标题", COL_TITLE }, { "发布时间", COL_TIME }, { "链接", COL_URL }, { "播放", COL_COUNT, "views" },
      { "弹幕", COL_COUNT, "danmaku" }, { "评论", COL_COUNT, "comments" }, { "收藏", COL_COUNT, "favorites" },
      { "投币", COL_COUNT, "coins" }, { "分享", COL_COUNT, "shares" }, { "点赞", COL_COUNT, "likes" } } },
  { "weibo", "weibo", "微博数据", "",
    { { "微博内容", COL_TITLE }, { "发布时间", COL_TIME }, { "阅读数", COL_COUNT, "views" },
      { "转发", COL_COUNT, "shares" }, { "评论", COL_COUNT, "comments" }, { "赞", COL_COUNT, "likes" } } },
};

static const char * const fixture_titles[] = {
  "秋天的第一杯奶茶怎么选", "上海周末去哪儿：十个小众展览", "通勤穿搭一周不重样",
  "宿舍好物清单", "双十一囤货避坑指南", "新手养猫要准备什么",
};

#define FIXTURE_ROWS G_N_ELEMENTS (fixture_titles)

/* How a file is written. */
typedef enum {
  FORMAT_XLSX_SHARED,
  FORMAT_XLSX_INLINE,
  FORMAT_CSV_UTF8,
  FORMAT_CSV_BOM,
  FORMAT_CSV_GB18030,
  N_FORMATS
} FixtureFormat;

/* Builds the table of @fixture (numbers scaled by @scale) and the sums
 * it holds, per metric name as Herald stores it. */
static char *
build_table (const Fixture *fixture,
             guint          scale,
             GHashTable    *sums,
             guint         *n_rows)
{
  GString *table = g_string_new (fixture->preamble);
  gboolean account_level = FALSE;
  guint n_columns = 0;

  while (n_columns < G_N_ELEMENTS (fixture->columns) && fixture->columns[n_columns].header != NULL)
    {
      if (fixture->columns[n_columns].kind == COL_DATE)
        account_level = TRUE;
      g_string_append_printf (table, "%s%s", n_columns > 0 ? "|" : "", fixture->columns[n_columns].header);
      n_columns++;
    }
  g_string_append_c (table, '\n');

  *n_rows = 0;
  for (guint r = 0; r < FIXTURE_ROWS; r++)
    {
      /* Account-level rows: a day's total, and one channel of it. */
      const char *segment = account_level ? (r % 2 == 0 ? "全部" : "朋友圈") : NULL;
      guint day = account_level ? r / 2 : r;

      for (guint c = 0; c < n_columns; c++)
        {
          const FixtureColumn *column = &fixture->columns[c];
          guint n = (r + 1) * (c + 3) * 97 * scale;
          double value = 0;
          g_autofree char *metric = NULL;
          double *sum;

          if (c > 0)
            g_string_append_c (table, '|');

          switch (column->kind)
            {
            case COL_TITLE:
              g_string_append (table, fixture_titles[r]);
              continue;
            case COL_TIME:
              g_string_append_printf (table, r % 2 ? "2026/11/%u %u:30" : "2026-11-%02u %02u:30:00", day + 1, 8 + r);
              continue;
            case COL_DATE:
              g_string_append_printf (table, r % 4 == 1 ? "202611%02u" : "2026-11-%02u", day + 1);
              continue;
            case COL_URL:
              g_string_append_printf (table, "https://example.com/p/%s/%u", fixture->profile, r);
              continue;
            case COL_TEXT:
              g_string_append (table, r % 2 ? "视频" : "图文");
              continue;
            case COL_SEGMENT:
              g_string_append (table, segment);
              continue;
            case COL_COUNT:
              value = n;
              if (n >= 1000 && r % 2 == 1)
                g_string_append_printf (table, "%u,%03u", n / 1000, n % 1000);
              else
                g_string_append_printf (table, "%u", n);
              break;
            case COL_RATE_PERCENT:
              value = (n % 10000) / 1e4;
              g_string_append_printf (table, "%u.%02u%%", (n % 10000) / 100, (n % 10000) % 100);
              break;
            case COL_RATE_DECIMAL:
              value = (n % 10000) / 1e4;
              g_string_append_printf (table, "0.%04u", n % 10000);
              break;
            case COL_SECONDS:
              value = n % 200;
              if (value >= 60 && r % 2)
                g_string_append_printf (table, "%u分%u秒", (n % 200) / 60, (n % 200) % 60);
              else
                g_string_append_printf (table, "%us", n % 200);
              break;
            default:
              g_assert_not_reached ();
            }

          metric = segment != NULL && g_strcmp0 (segment, "全部") != 0
                     ? g_strconcat (column->metric, ":", segment, NULL)
                     : g_strdup (column->metric);
          sum = g_hash_table_lookup (sums, metric);
          if (sum == NULL)
            {
              sum = g_new0 (double, 1);
              g_hash_table_insert (sums, g_strdup (metric), sum);
            }
          *sum += value;
        }
      g_string_append_c (table, '\n');
      (*n_rows)++;
    }

  /* A total row, as some exports end with: not a post. */
  if (!account_level)
    {
      g_string_append (table, "合计");
      for (guint c = 1; c < n_columns; c++)
        g_string_append (table, fixture->columns[c].kind == COL_COUNT ? "|1" : "|");
      g_string_append_c (table, '\n');
    }

  return g_string_free (table, FALSE);
}

static GBytes *
write_fixture (const char    *table,
               FixtureFormat  format)
{
  ImportTestSheet sheets[] = { { "说明", "" }, { "数据", table } };

  switch (format)
    {
    case FORMAT_XLSX_SHARED:
      return import_test_xlsx (sheets, 2, TRUE, FALSE);
    case FORMAT_XLSX_INLINE:
      return import_test_xlsx (sheets + 1, 1, FALSE, FALSE);
    case FORMAT_CSV_UTF8:
      return import_test_csv (table, ",", "UTF-8", FALSE);
    case FORMAT_CSV_BOM:
      return import_test_csv (table, ";", "UTF-8", TRUE);
    case FORMAT_CSV_GB18030:
      return import_test_csv (table, "\t", "GB18030", FALSE);
    default:
      g_assert_not_reached ();
      return NULL;
    }
}

static GHashTable *
sums_in_database (HeraldStore *store,
                  const char  *import_id)
{
  g_autoptr (GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GListModel) accounts = herald_store_list_accounts (store, NULL);
  guint n = g_list_model_get_n_items (accounts);

  /* Through the public API: every post's samples, then the account's. */
  for (guint a = 0; a < n; a++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, a);
      g_autoptr (GListModel) posts = herald_store_list_account_posts (store, herald_record_get_id (HERALD_RECORD (account)), NULL);

      for (guint p = 0; p < g_list_model_get_n_items (posts); p++)
        {
          g_autoptr (HeraldPost) post = g_list_model_get_item (posts, p);
          g_autoptr (GListModel) samples = herald_store_list_metric_samples (store, herald_record_get_id (HERALD_RECORD (post)), NULL);

          for (guint s = 0; s < g_list_model_get_n_items (samples); s++)
            {
              g_autoptr (HeraldMetricSample) sample = g_list_model_get_item (samples, s);
              double *sum;

              if (g_strcmp0 (herald_metric_sample_get_import_id (sample), import_id) != 0)
                continue;
              sum = g_hash_table_lookup (sums, herald_metric_sample_get_metric (sample));
              if (sum == NULL)
                {
                  sum = g_new0 (double, 1);
                  g_hash_table_insert (sums, g_strdup (herald_metric_sample_get_metric (sample)), sum);
                }
              *sum += herald_metric_sample_get_value (sample);
            }
        }
    }

  return g_steal_pointer (&sums);
}

static void
add_account_number (const char *metric,
                    const char *segment,
                    double      value,
                    gint64      captured_at,
                    gpointer    user_data)
{
  GHashTable *sums = user_data;
  g_autofree char *key = segment != NULL ? g_strconcat (metric, ":", segment, NULL) : g_strdup (metric);
  double *sum = g_hash_table_lookup (sums, key);

  if (sum == NULL)
    {
      sum = g_new0 (double, 1);
      g_hash_table_insert (sums, g_steal_pointer (&key), sum);
    }
  *sum += value;
}

/* Account-level numbers have no post: summed as the store reads them. */
static GHashTable *
account_sums_in_database (HeraldStore *store)
{
  GHashTable *sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GListModel) accounts = herald_store_list_accounts (store, NULL);

  for (guint a = 0; a < g_list_model_get_n_items (accounts); a++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, a);
      g_autoptr (GError) error = NULL;

      g_assert_true (herald_store_foreach_account_number (store, herald_record_get_id (HERALD_RECORD (account)),
                                                          G_MININT64, G_MAXINT64,
                                                          add_account_number, sums, &error));
      g_assert_no_error (error);
    }

  return sums;
}

static void
assert_sums_equal (GHashTable *expected,
                   GHashTable *actual)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (actual), ==, g_hash_table_size (expected));
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double *sum = g_hash_table_lookup (actual, key);

      g_test_message ("%s", (const char *) key);
      g_assert_nonnull (sum);
      g_assert_cmpfloat_with_epsilon (*sum, *(double *) value, 1e-6 * MAX (1.0, fabs (*(double *) value)));
    }
}

static void
test_fixture_totals (void)
{
  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    for (guint format = 0; format < N_FORMATS; format++)
      {
        const Fixture *fixture = &fixtures[f];
        g_autoptr (GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        g_autoptr (GHashTable) actual = NULL;
        g_autofree char *path = NULL;
        g_autoptr (HeraldStore) store = store_test_open (&path);
        g_autoptr (HeraldAccount) account = store_test_add_account (store, fixture->channel, "账号");
        g_autoptr (HeraldAccount) other = store_test_add_account (store, "kuaishou", "别的账号");
        g_autoptr (HeraldImporter) importer = herald_importer_new (store);
        g_auto (HeraldImportSummary) summary = { 0, };
        g_autoptr (GError) error = NULL;
        g_autofree char *table = NULL;
        g_autofree char *file_name = NULL;
        g_autoptr (GBytes) bytes = NULL;
        guint n_rows;

        g_test_message ("%s, format %u", fixture->profile, format);
        table = build_table (fixture, 1, expected, &n_rows);
        bytes = write_fixture (table, format);
        file_name = g_strdup_printf ("%s-%u.%s", fixture->file_name, format,
                                     format <= FORMAT_XLSX_INLINE ? "xlsx" : "csv");

        /* Detected from the headers alone. */
        herald_importer_set_captured_at (importer, NOV_1_SHANGHAI + 10 * DAY);
        g_assert_true (herald_importer_import_bytes (importer, bytes, file_name, &summary, NULL, &error));
        g_assert_no_error (error);
        g_assert_cmpstr (summary.profile, ==, fixture->profile);
        g_assert_cmpstr (summary.file_name, ==, file_name);

        if (g_str_equal (fixture->channel, "wechat-article") && g_str_equal (fixture->profile, "wechat-traffic"))
          {
            actual = account_sums_in_database (store);
            g_assert_cmpint (herald_store_count (store, HERALD_RECORD_METRIC, NULL), ==, summary.samples);
            g_assert_cmpuint (summary.created + summary.matched, ==, 0);
            g_assert_cmpuint (summary.rows, ==, n_rows);
          }
        else
          {
            actual = sums_in_database (store, summary.import_id);
            g_assert_cmpuint (summary.created, ==, n_rows);
            g_assert_cmpuint (summary.matched, ==, 0);
            g_assert_cmpuint (summary.skipped, ==, 1);       /* the total row */
            g_assert_cmpuint (summary.rows, ==, n_rows + 1);
          }
        assert_sums_equal (expected, actual);
      }
}

/* Each number's metric (with its channel) and each day, as seen. */
static void
collect_number (const char *metric,
                const char *segment,
                double      value,
                gint64      captured_at,
                gpointer    user_data)
{
  GHashTable *seen = user_data;

  g_hash_table_add (seen, segment != NULL ? g_strconcat (metric, ":", segment, NULL) : g_strdup (metric));
  g_hash_table_add (seen, g_strdup_printf ("@%" G_GINT64_FORMAT, captured_at));
}

static void
test_account_level_dates (void)
{
  g_autoptr (GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *only = g_strdup_printf ("@%" G_GINT64_FORMAT, (gint64) NOV_1_SHANGHAI + DAY);
  GHashTableIter iter;
  gpointer key;
  const Fixture *fixture = &fixtures[1];
  g_autoptr (GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "wechat-article", "公众号");
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_autoptr (GError) error = NULL;
  g_autofree char *table = NULL;
  g_autoptr (GBytes) bytes = NULL;
  guint n_rows;

  g_assert_cmpstr (fixture->profile, ==, "wechat-traffic");
  table = build_table (fixture, 1, expected, &n_rows);
  bytes = write_fixture (table, FORMAT_CSV_UTF8);
  g_assert_true (herald_importer_import_bytes (importer, bytes, "流量分析.csv", NULL, NULL, &error));
  g_assert_no_error (error);

  /* Each row's numbers are dated its day (midnight in Shanghai), the
   * whole account's apart from a channel's. */
  g_assert_true (herald_store_foreach_account_number (store, herald_record_get_id (HERALD_RECORD (account)),
                                                      G_MININT64, G_MAXINT64, collect_number, numbers, &error));
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (numbers, "views"));
  g_assert_true (g_hash_table_contains (numbers, "views:朋友圈"));
  for (guint day = 0; day < FIXTURE_ROWS / 2; day++)
    {
      g_autofree char *mark = g_strdup_printf ("@%" G_GINT64_FORMAT, (gint64) NOV_1_SHANGHAI + day * DAY);

      g_assert_true (g_hash_table_contains (numbers, mark));
    }

  /* Only the days asked for. */
  g_hash_table_remove_all (numbers);
  g_assert_true (herald_store_foreach_account_number (store, herald_record_get_id (HERALD_RECORD (account)),
                                                      NOV_1_SHANGHAI + DAY, NOV_1_SHANGHAI + DAY,
                                                      collect_number, numbers, &error));
  g_assert_true (g_hash_table_contains (numbers, only));
  g_hash_table_iter_init (&iter, numbers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (*(char *) key != '@' || g_str_equal (key, only));
}

/* Numbers of an account stored one per row before are read with the
 * ones stored a file row at a time, and counted alike. */
static void
test_account_level_layouts (void)
{
  const Fixture *fixture = &fixtures[1];
  g_autoptr (GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "wechat-article", "公众号");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_auto (HeraldImportSummary) summary = { 0, };
  g_autoptr (GHashTable) sums = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *table = NULL;
  g_autoptr (GBytes) bytes = NULL;
  HeraldMetricSample *older[2];
  double *sum;
  guint n_rows;

  older[0] = herald_metric_sample_new (account_id, NULL, "views", 1000, NOV_1_SHANGHAI - DAY);
  older[1] = herald_metric_sample_new (account_id, NULL, "views:朋友圈", 40, NOV_1_SHANGHAI - DAY);
  g_assert_true (herald_store_add_metric_samples (store, older, 2, &error));
  g_assert_no_error (error);
  g_object_unref (older[0]);
  g_object_unref (older[1]);

  table = build_table (fixture, 1, expected, &n_rows);
  bytes = write_fixture (table, FORMAT_CSV_UTF8);
  g_assert_true (herald_importer_import_bytes (importer, bytes, "流量分析.csv", &summary, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_METRIC, NULL), ==, summary.samples + 2);

  sums = account_sums_in_database (store);
  sum = g_hash_table_lookup (sums, "views");
  g_assert_nonnull (sum);
  g_assert_cmpfloat_with_epsilon (*sum, *(double *) g_hash_table_lookup (expected, "views") + 1000, 1e-6);
  sum = g_hash_table_lookup (sums, "views:朋友圈");
  g_assert_nonnull (sum);
  g_assert_cmpfloat_with_epsilon (*sum, *(double *) g_hash_table_lookup (expected, "views:朋友圈") + 40, 1e-6);

  /* The older day alone. */
  g_hash_table_remove_all (sums);
  g_assert_true (herald_store_foreach_account_number (store, account_id, NOV_1_SHANGHAI - DAY,
                                                      NOV_1_SHANGHAI - 1, add_account_number, sums,
                                                      &error));
  g_assert_cmpuint (g_hash_table_size (sums), ==, 2);
  g_assert_cmpfloat (*(double *) g_hash_table_lookup (sums, "views"), ==, 1000);
}

static guint
count_rows (const char *database,
            const char *table)
{
  g_autofree char *dump = import_test_dump (database);
  g_autofree char *heading = g_strdup_printf ("SELECT * FROM %s ORDER BY id\n", table);
  const char *start = strstr (dump, heading);
  guint rows = 0;

  g_assert_nonnull (start);
  for (const char *line = start + strlen (heading); *line != '\0' && !g_str_has_prefix (line, "SELECT"); line = strchr (line, '\n') + 1)
    rows++;

  return rows;
}

/* Each number as "metric=value". */
static void
collect_value (const char *metric,
               const char *segment,
               double      value,
               gint64      captured_at,
               gpointer    user_data)
{
  g_hash_table_add (user_data, g_strdup_printf ("%s=%g", metric, value));
}

static const char *
exact (const char *metric,
       double      value)
{
  static char buffer[4][64];
  static guint next;
  char *text = buffer[next++ % G_N_ELEMENTS (buffer)];

  g_snprintf (text, 64, "%s=%.17g", metric, value);
  return text;
}

static void
collect_exact (const char *metric,
               const char *segment,
               double      value,
               gint64      captured_at,
               gpointer    user_data)
{
  g_assert_cmpstr (segment, ==, "朋友圈");
  g_assert_cmpint (captured_at, ==, 1794000000);
  g_hash_table_add (user_data, g_strdup (exact (metric, value)));
}

static gboolean
write_odd_numbers (HeraldStore  *store,
                   gpointer      user_data,
                   GError      **error)
{
  const char *account_id = user_data;
  const char * const metrics[] = { "completion_rate", "followers_gained", "views", "avg_watch_seconds", "clicks", NULL };
  const double values[] = { 0.0374, -12, 123456789012345, NAN, 1e20 };
  gint64 batch;

  return herald_store_add_import (store, "import-1", "odd.csv", "custom", "0123", 1, 1794000000, error) &&
         herald_store_begin_account_rows (store, "import-1", account_id, metrics, &batch, error) &&
         herald_store_insert_account_row (store, batch, 1794000000, "朋友圈", values, 5, error) &&
         herald_store_end_account_rows (store, batch, 4, error);
}

/* Rates, losses, big counts and gaps come back as they went in. */
static void
test_account_row_numbers (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "douyin", "抖音号");
  g_autoptr (HeraldAccount) other = store_test_add_account (store, "douyin", "别的号");
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (herald_store_transaction (store, write_odd_numbers,
                                           (gpointer) herald_record_get_id (HERALD_RECORD (account)), &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_foreach_account_number (store, herald_record_get_id (HERALD_RECORD (account)),
                                                      G_MININT64, G_MAXINT64, collect_exact, seen, &error));
  g_assert_cmpuint (g_hash_table_size (seen), ==, 4);
  g_assert_true (g_hash_table_contains (seen, exact ("completion_rate", 0.0374)));
  g_assert_true (g_hash_table_contains (seen, exact ("followers_gained", -12)));
  g_assert_true (g_hash_table_contains (seen, exact ("views", 123456789012345)));
  g_assert_true (g_hash_table_contains (seen, exact ("clicks", 1e20)));
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_METRIC, NULL), ==, 4);

  /* Another account has none. */
  g_hash_table_remove_all (seen);
  g_assert_true (herald_store_foreach_account_number (store, herald_record_get_id (HERALD_RECORD (other)),
                                                      G_MININT64, G_MAXINT64, collect_value, seen, &error));
  g_assert_cmpuint (g_hash_table_size (seen), ==, 0);

  /* An account purged from the bin takes its imports' rows along. */
  g_assert_cmpuint (count_rows (path, "account_samples"), ==, 1);
  g_assert_true (herald_store_delete (store, HERALD_RECORD_ACCOUNT, herald_record_get_id (HERALD_RECORD (account)), &error));
  g_assert_cmpuint (herald_store_purge_tombstones (store, G_MAXINT64, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_METRIC, NULL), ==, 0);
  g_assert_true (herald_store_foreach_account_number (store, herald_record_get_id (HERALD_RECORD (account)),
                                                      G_MININT64, G_MAXINT64, collect_value, seen, &error));
  g_assert_cmpuint (g_hash_table_size (seen), ==, 0);
  g_assert_cmpuint (count_rows (path, "account_samples"), ==, 0);
}

/* A header over two rows: groups merged above the names. */
static void
test_two_row_header (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "wechat-article", "公众号");
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_auto (HeraldImportSummary) summary = { 0, };
  g_autoptr (GError) error = NULL;
  const ImportTestSheet sheets[] = { { "流量",
    "公众号流量分析\n"
    "||阅读||分享||\n"
    "日期|渠道|次数|人数|次数|人数|群发篇\n"
    "2026-11-01|全部|100|80|10|8|1\n"
    "2026-11-02|全部|200|150|20|15|2\n" } };
  g_autoptr (GBytes) bytes = import_test_xlsx (sheets, 1, TRUE, FALSE);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_true (herald_importer_import_bytes (importer, bytes, "export.xlsx", &summary, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (summary.profile, ==, "wechat-traffic");
  g_assert_cmpuint (summary.rows, ==, 2);
  g_assert_cmpuint (summary.samples, ==, 10);

  /* 阅读 + 次数 is views; 分享 + 人数 is sharers; 群发篇 stays itself. */
  g_assert_true (herald_store_foreach_account_number (store, herald_record_get_id (HERALD_RECORD (account)),
                                                      G_MININT64, G_MAXINT64, collect_value, seen, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 10);
  g_assert_true (g_hash_table_contains (seen, "views=100"));
  g_assert_true (g_hash_table_contains (seen, "readers=150"));
  g_assert_true (g_hash_table_contains (seen, "shares=20"));
  g_assert_true (g_hash_table_contains (seen, "sharers=8"));
  g_assert_true (g_hash_table_contains (seen, "articles=2"));
}

/* Matching and snapshots */

static void
test_matching (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "bilibili", "B站");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  g_autoptr (HeraldPost) by_url = store_test_add_post (store, account_id, "完全不同的标题", NOV_1_SHANGHAI, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (HeraldPost) by_title = store_test_add_post (store, account_id, "周末好物分享 第3期", NOV_1_SHANGHAI + DAY, HERALD_POST_STATUS_SCHEDULED);
  g_autoptr (HeraldPost) too_early = store_test_add_post (store, account_id, "开学季宿舍改造", NOV_1_SHANGHAI - 30 * DAY, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_auto (HeraldImportSummary) summary = { 0, };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GListModel) samples = NULL;
  g_autoptr (GListModel) posts = NULL;
  guint with_url = 0;

  herald_post_set_url (by_url, "https://www.bilibili.com/video/BV1xx/");
  g_assert_true (herald_store_save_post (store, by_url, &error));

  bytes = import_test_csv ("标题|发布时间|链接|播放\n"
                           "改过的标题|2026-11-01 20:00|http://www.bilibili.com/video/BV1xx|100\n"
                           "周末好物分享（第3期）|2026-11-02 20:00||200\n"
                           "周末好物分享 第4期|2026-11-02 20:00||300\n"
                           "开学季宿舍改造！|2026-11-01 20:00||400\n",
                           ",", "UTF-8", FALSE);
  g_assert_true (herald_importer_import_bytes (importer, bytes, "b.csv", &summary, NULL, &error));
  g_assert_no_error (error);

  /* By URL (scheme and slash aside); by title within days; a number that
   * differs or a month apart makes a new post. */
  g_assert_cmpuint (summary.matched, ==, 2);
  g_assert_cmpuint (summary.created, ==, 2);

  samples = herald_store_list_metric_samples (store, herald_record_get_id (HERALD_RECORD (by_url)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (samples), ==, 1);
  g_clear_object (&samples);
  samples = herald_store_list_metric_samples (store, herald_record_get_id (HERALD_RECORD (by_title)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (samples), ==, 1);
  g_clear_object (&samples);
  samples = herald_store_list_metric_samples (store, herald_record_get_id (HERALD_RECORD (too_early)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (samples), ==, 0);

  posts = herald_store_list_account_posts (store, account_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (posts, i);

      if (*herald_post_get_url (post) != '\0')
        with_url++;
      if (g_str_equal (herald_post_get_title (post), "周末好物分享 第4期"))
        {
          g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_PUBLISHED);
          g_assert_cmpint (herald_post_get_published_at (post), ==, NOV_1_SHANGHAI + DAY + 20 * 3600);
          g_assert_nonnull (strstr (herald_post_get_notes (post), "b.csv"));
        }
    }
  g_assert_cmpuint (with_url, ==, 1);
}

static void
test_snapshots (void)
{
  const Fixture *fixture = &fixtures[2];
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "douyin", "抖音号");
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (GError) error = NULL;

  /* T+1, then T+3 (bigger numbers), then the T+1 file again. */
  for (guint t = 0; t < 3; t++)
    {
      g_autoptr (HeraldImporter) importer = herald_importer_new (store);
      g_autoptr (GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_auto (HeraldImportSummary) summary = { 0, };
      g_autofree char *table = NULL;
      g_autoptr (GBytes) bytes = NULL;
      guint n_rows;

      table = build_table (fixture, t == 1 ? 3 : 1, sums, &n_rows);
      bytes = write_fixture (table, FORMAT_XLSX_SHARED);
      herald_importer_set_captured_at (importer, NOV_1_SHANGHAI + (t == 0 ? 1 : 3) * DAY);

      if (t == 2)
        {
          g_autofree char *before = import_test_dump (path);
          g_autofree char *after = NULL;

          g_assert_false (herald_importer_import_bytes (importer, bytes, "again.xlsx", &summary, NULL, &error));
          g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_ALREADY_IMPORTED);
          g_assert_nonnull (strstr (error->message, "T1.xlsx"));
          after = import_test_dump (path);
          g_assert_cmpstr (before, ==, after);
          continue;
        }

      g_assert_true (herald_importer_import_bytes (importer, bytes, t == 0 ? "T1.xlsx" : "T3.xlsx", &summary, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (summary.created, ==, t == 0 ? n_rows : 0);
      g_assert_cmpuint (summary.matched, ==, t == 0 ? 0 : n_rows);
    }

  /* Each post: one views sample per snapshot, the later three times the earlier. */
  posts = herald_store_list_account_posts (store, herald_record_get_id (HERALD_RECORD (account)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, FIXTURE_ROWS);
  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (posts, i);
      g_autoptr (GListModel) samples = herald_store_list_metric_samples (store, herald_record_get_id (HERALD_RECORD (post)), NULL);
      double views[2] = { 0, 0 };
      guint n_views = 0;

      for (guint s = 0; s < g_list_model_get_n_items (samples); s++)
        {
          g_autoptr (HeraldMetricSample) sample = g_list_model_get_item (samples, s);

          if (!g_str_equal (herald_metric_sample_get_metric (sample), "views"))
            continue;
          g_assert_cmpuint (n_views, <, 2);
          g_assert_cmpint (herald_metric_sample_get_captured_at (sample), ==, NOV_1_SHANGHAI + (n_views == 0 ? 1 : 3) * DAY);
          views[n_views++] = herald_metric_sample_get_value (sample);
        }
      g_assert_cmpuint (n_views, ==, 2);
      g_assert_cmpfloat (views[1], ==, 3 * views[0]);
    }
}

/* Bad input changes nothing */

typedef struct {
  const char *what;
  const char *file_name;
  GBytes     *bytes;
  const char *profile;
  int         code;
  const char *in_message[3];
} BadCase;

static gboolean cancel_on_progress;

static void
cancel_cb (double   fraction,
           gpointer user_data)
{
  if (cancel_on_progress)
    g_cancellable_cancel (user_data);
}

static void
test_bad_input (void)
{
  const ImportTestSheet good_sheet[] = { { "S", "作品名称|发布时间|播放量|点赞量\n第一条|2026-11-01 20:00|10|1\n" } };
  g_autoptr (GBytes) good = import_test_xlsx (good_sheet, 1, TRUE, FALSE);
  gsize good_size;
  const char *good_data = g_bytes_get_data (good, &good_size);
  const char *names[] = { "xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml" };
  const char *huge[] = {
    "<workbook xmlns:r=\"urn:r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>",
    "<sst count=\"99999999\" uniqueCount=\"99999999\"><si><t>作品名称</t></si></sst>",
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
  };
  g_autoptr (GString) many_rows = g_string_new ("作品名称,发布时间,播放量\n");
  BadCase cases[] = {
    { "binary", "x.xlsx", g_bytes_new_static ("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10), NULL,
      HERALD_IMPORT_ERROR_NOT_SPREADSHEET, { "x.xlsx" } },
    { "old xls", "old.xls", g_bytes_new_static ("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8), NULL,
      HERALD_IMPORT_ERROR_NOT_SPREADSHEET, { "old.xls", ".xlsx" } },
    { "truncated zip", "cut.xlsx", g_bytes_new (good_data, good_size * 2 / 3), NULL,
      -1, { "cut.xlsx" } },
    { "huge shared strings", "huge.xlsx", import_test_zip (names, huge, 3), NULL,
      HERALD_IMPORT_ERROR_TOO_LARGE, { "huge.xlsx" } },
    { "wrong encoding", "enc.csv", g_bytes_new_static ("\xd7\xf7\xc6\xb7\xc3\xfb\xb3\xc6,\xff\xfe\r\n", 12), NULL,
      HERALD_IMPORT_ERROR_ENCODING, { "enc.csv" } },
    { "no identifying columns", "noid.csv",
      import_test_csv ("体裁|播放量|点赞量\n视频|10|1\n", ",", "UTF-8", FALSE), "douyin",
      HERALD_IMPORT_ERROR_NO_HEADER, { "noid.csv", "作品名称" } },
    { "unknown columns", "unknown.csv",
      import_test_csv ("甲|乙|丙\n1|2|3\n", ",", "UTF-8", FALSE), NULL,
      HERALD_IMPORT_ERROR_NO_HEADER, { "unknown.csv" } },
    { "unparsable number", "num.csv",
      import_test_csv ("作品名称|发布时间|播放量\n第一条|2026-11-01|10\n第二条|2026-11-02|20\n第三条|2026-11-03|三十\n",
                       ",", "UTF-8", FALSE), NULL,
      HERALD_IMPORT_ERROR_BAD_VALUE, { "num.csv", "row 4", "column C" } },
    { "unparsable number in xlsx", "num.xlsx", NULL, NULL,
      HERALD_IMPORT_ERROR_BAD_VALUE, { "num.xlsx", "row 3", "column D" } },
    { "bad date", "date.csv",
      import_test_csv ("作品名称|发布时间|播放量\n第一条|2026-11-01|10\n第二条|前天|20\n", ",", "UTF-8", FALSE), NULL,
      HERALD_IMPORT_ERROR_BAD_VALUE, { "date.csv", "row 3", "column B" } },
    { "cut quote", "quote.csv", NULL, NULL,
      HERALD_IMPORT_ERROR_DAMAGED, { "quote.csv", "row 3" } },
    { "cancelled", "cancel.csv", NULL, NULL, -2, { NULL } },
  };

  {
    const ImportTestSheet bad_sheet[] = { { "S", "作品名称|发布时间|播放量|点赞量\n第一条|2026-11-01 20:00|10|1\n第二条|2026-11-01 21:00|20|很多\n" } };

    const char *cut = "作品名称,发布时间,播放量\r\n第一条,2026-11-01,10\r\n\"第二条,2026-11-02,20\r\n";

    cases[8].bytes = import_test_xlsx (bad_sheet, 1, TRUE, FALSE);
    cases[10].bytes = g_bytes_new_static (cut, strlen (cut));
  }
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (many_rows, "标题%u,2026-11-01,%u\n", i, i);
  cases[11].bytes = g_bytes_new (many_rows->str, many_rows->len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = NULL;
      g_autoptr (HeraldStore) store = store_test_open (&path);
      g_autoptr (HeraldAccount) account = store_test_add_account (store, "douyin", "抖音号");
      g_autoptr (HeraldPost) post = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (account)), "第一条", NOV_1_SHANGHAI, HERALD_POST_STATUS_PUBLISHED);
      g_autoptr (HeraldImporter) importer = herald_importer_new (store);
      g_autoptr (GCancellable) cancellable = g_cancellable_new ();
      g_autoptr (GPtrArray) profiles = herald_import_profile_list_builtin ();
      g_autoptr (GError) error = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      g_test_message ("%s", cases[i].what);

      /* Something imported before, which must stay. */
      {
        g_autoptr (GBytes) first = import_test_csv ("作品名称|发布时间|播放量\n第一条|2026-11-01|5\n", ",", "UTF-8", FALSE);

        g_assert_true (herald_importer_import_bytes (importer, first, "first.csv", NULL, NULL, &error));
        g_assert_no_error (error);
      }

      if (cases[i].profile != NULL)
        herald_importer_set_profile (importer, herald_import_profile_find (profiles, cases[i].profile));
      cancel_on_progress = cases[i].code == -2;
      herald_importer_set_progress_func (importer, cancel_cb, cancellable, NULL);

      before = import_test_dump (path);
      g_assert_false (herald_importer_import_bytes (importer, cases[i].bytes, cases[i].file_name, NULL, cancellable, &error));
      g_assert_nonnull (error);
      if (cases[i].code == -2)
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      else if (cases[i].code == -1)
        g_assert_true (error->domain == HERALD_IMPORT_ERROR);
      else
        g_assert_error (error, HERALD_IMPORT_ERROR, cases[i].code);
      for (guint m = 0; m < G_N_ELEMENTS (cases[i].in_message) && cases[i].in_message[m] != NULL; m++)
        {
          g_test_message ("%s", error->message);
          g_assert_nonnull (strstr (error->message, cases[i].in_message[m]));
        }
      after = import_test_dump (path);
      g_assert_cmpstr (before, ==, after);

      g_bytes_unref (cases[i].bytes);
    }
}

static void
test_no_account (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_autoptr (GBytes) bytes = import_test_csv ("笔记标题|观看量\n一|1\n", ",", "UTF-8", FALSE);
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldAccount) one = NULL;
  g_autoptr (HeraldAccount) two = NULL;

  g_assert_false (herald_importer_import_bytes (importer, bytes, "x.csv", NULL, NULL, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_ACCOUNT);
  g_clear_error (&error);

  one = store_test_add_account (store, "xiaohongshu", "一号");
  two = store_test_add_account (store, "xiaohongshu", "二号");
  g_assert_false (herald_importer_import_bytes (importer, bytes, "x.csv", NULL, NULL, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_ACCOUNT);
  g_clear_error (&error);

  herald_importer_set_account_id (importer, herald_record_get_id (HERALD_RECORD (two)));
  g_assert_true (herald_importer_import_bytes (importer, bytes, "x.csv", NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Profiles of one's own */

static void
test_user_profile (void)
{
  g_autofree char *folder = store_test_tmpdir ();
  g_autoptr (HeraldImportProfile) mine = herald_import_profile_new ("快手周报", "快手 作品周报", "kuaishou", HERALD_IMPORT_SCOPE_POST);
  g_autoptr (HeraldImportProfile) clash = herald_import_profile_new ("douyin", NULL, "douyin", HERALD_IMPORT_SCOPE_POST);
  g_autoptr (GPtrArray) profiles = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "kuaishou", "快手号");
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_auto (HeraldImportSummary) summary = { 0, };
  g_autoptr (GBytes) bytes = import_test_csv ("视频描述|上传日期|总播放|完播比例\n一条视频|2026年11月3日|1,000|45%\n",
                                              ",", "UTF-8", FALSE);
  HeraldImportProfile *loaded;
  HeraldColumnMatch match;

  /* As the column-mapping dialog would: each header to a role or metric. */
  herald_import_profile_add_column (mine, HERALD_COLUMN_TITLE, "视频描述", NULL, HERALD_VALUE_COUNT);
  herald_import_profile_add_column (mine, HERALD_COLUMN_TIME, "上传日期", NULL, HERALD_VALUE_COUNT);
  herald_import_profile_add_column (mine, HERALD_COLUMN_METRIC, "总播放", "views", HERALD_VALUE_COUNT);
  herald_import_profile_add_column (mine, HERALD_COLUMN_METRIC, "完播比例", "completion_rate", HERALD_VALUE_RATE);
  herald_import_profile_add_date_format (mine, "%Y年%m月%d日");
  g_assert_true (herald_import_profile_save (mine, folder, &error));
  g_assert_no_error (error);

  g_assert_false (herald_import_profile_save (clash, folder, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_PROFILE);
  g_clear_error (&error);

  profiles = herald_import_profile_load_all (folder, &error);
  g_assert_no_error (error);
  loaded = herald_import_profile_find (profiles, "快手周报");
  g_assert_nonnull (loaded);
  g_assert_false (herald_import_profile_is_builtin (loaded));
  g_assert_true (herald_import_profile_is_builtin (herald_import_profile_find (profiles, "douyin")));
  g_assert_cmpstr (herald_import_profile_get_channel (loaded), ==, "kuaishou");
  g_assert_true (herald_import_profile_match_header (loaded, " 完播比例 ", &match));
  g_assert_cmpint (match.role, ==, HERALD_COLUMN_METRIC);
  g_assert_cmpstr (match.metric, ==, "completion_rate");
  g_assert_cmpint (match.kind, ==, HERALD_VALUE_RATE);

  /* Detected among all, and used. */
  herald_importer_set_profiles (importer, profiles);
  g_assert_true (herald_importer_import_bytes (importer, bytes, "周报.csv", &summary, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (summary.profile, ==, "快手周报");
  g_assert_cmpuint (summary.samples, ==, 2);

  /* A broken file among them is named. */
  {
    g_autofree char *broken = g_build_filename (folder, "broken.json", NULL);

    g_assert_true (g_file_set_contents (broken, "{\"name\": 3", -1, NULL));
    g_clear_pointer (&profiles, g_ptr_array_unref);
    profiles = herald_import_profile_load_all (folder, &error);
    g_assert_null (profiles);
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "broken.json"));
    g_remove (broken);
  }
  g_remove (folder);
}

static void
test_builtin_profiles (void)
{
  g_autoptr (GPtrArray) profiles = herald_import_profile_list_builtin ();

  /* Every export of PLATFORMS.md §2 has one, with the columns to match
   * (the single-article export, of one post, is tested on its own in
   * test-import-mapping). */
  g_assert_cmpuint (profiles->len, ==, G_N_ELEMENTS (fixtures) + 1);
  g_assert_nonnull (herald_import_profile_find (profiles, "wechat-article-detail"));
  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      HeraldImportProfile *profile = herald_import_profile_find (profiles, fixtures[f].profile);
      g_autoptr (JsonNode) json = NULL;
      g_autoptr (HeraldImportProfile) copy = NULL;
      g_autoptr (GError) error = NULL;

      g_assert_nonnull (profile);
      g_assert_cmpstr (herald_import_profile_get_channel (profile), ==, fixtures[f].channel);

      /* Written and read back, the same. */
      json = herald_import_profile_to_json (profile);
      copy = herald_import_profile_new_from_json (json, &error);
      g_assert_no_error (error);
      for (guint c = 0; fixtures[f].columns[c].header != NULL; c++)
        {
          HeraldColumnMatch a, b;

          herald_import_profile_match_header (profile, fixtures[f].columns[c].header, &a);
          herald_import_profile_match_header (copy, fixtures[f].columns[c].header, &b);
          g_assert_cmpint (a.role, ==, b.role);
          g_assert_cmpstr (a.metric, ==, b.metric);
          g_assert_cmpstr (a.metric, ==, fixtures[f].columns[c].metric);
        }
    }
}

/* What the column-mapping dialog shows */

static void
test_preview (void)
{
  g_autofree char *dir = store_test_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "export.xlsx", NULL);
  const ImportTestSheet sheets[] = { { "S", "小红书数据\n笔记标题|首次发布时间|观看量|点赞\n一|2026-11-01|1|2\n二|2026-11-02|3|4\n" } };
  g_autoptr (GBytes) bytes = import_test_xlsx (sheets, 1, TRUE, FALSE);
  g_autoptr (GPtrArray) profiles = herald_import_profile_list_builtin ();
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  HeraldImportProfile *detected;
  guint header = 99;

  g_assert_true (g_file_set_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  rows = herald_import_preview_file (file, NULL, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((char **) rows->pdata[1])[0], ==, "笔记标题");
  g_assert_cmpstr (((char **) rows->pdata[2])[3], ==, "2");

  detected = herald_import_detect_profile (profiles, rows, &header);
  g_assert_nonnull (detected);
  g_assert_cmpstr (herald_import_profile_get_name (detected), ==, "xiaohongshu");
  g_assert_cmpuint (header, ==, 1);

  g_assert_true (g_strv_contains (herald_import_known_metrics (), "followers_gained"));

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = herald_import_preview_file ("/nonexistent/x.csv", NULL, 3, &error);
  g_assert_null (rows);
  g_assert_nonnull (error);

  g_remove (file);
  g_remove (dir);
}

/* Async */

typedef struct {
  GMainLoop           *loop;
  HeraldImportSummary *summary;
  GError              *error;
  guint                progress_calls;
  double               last_fraction;
} AsyncData;

static void
async_progress_cb (double   fraction,
                   gpointer user_data)
{
  AsyncData *data = user_data;

  g_assert_cmpfloat (fraction, >=, data->last_fraction);
  data->last_fraction = fraction;
  data->progress_calls++;
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncData *data = user_data;

  data->summary = herald_importer_import_file_finish (HERALD_IMPORTER (object), result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
test_async (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "微博号");
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_autoptr (GString) csv = g_string_new ("微博内容,发布时间,阅读数,转发,评论,赞\n");
  g_autofree char *dir = store_test_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "微博.csv", NULL);
  AsyncData data = { 0, };

  for (guint i = 0; i < 1200; i++)
    g_string_append_printf (csv, "第%u条微博,2026-11-01 %02u:00,%u,1,2,3\n", i, i % 24, i);
  g_assert_true (g_file_set_contents (file, csv->str, csv->len, NULL));

  data.loop = g_main_loop_new (NULL, FALSE);
  herald_importer_set_progress_func (importer, async_progress_cb, &data, NULL);
  herald_importer_import_file_async (importer, file, NULL, async_done_cb, &data);
  g_main_loop_run (data.loop);

  g_assert_no_error (data.error);
  g_assert_nonnull (data.summary);
  g_assert_cmpuint (data.summary->created, ==, 1200);
  g_assert_cmpuint (data.summary->samples, ==, 4800);
  g_assert_cmpstr (data.summary->file_name, ==, "微博.csv");
  g_assert_cmpuint (data.progress_calls, >, 0);
  g_assert_cmpfloat (data.last_fraction, ==, 1.0);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_POST, NULL), ==, 1200);

  herald_import_summary_free (data.summary);
  g_main_loop_unref (data.loop);
  store_test_release (&importer);
  store_test_release (&store);
  g_remove (file);
  g_remove (dir);
}

/* A preview counts as the import would, and changes nothing: the import
 * after it gives the same counts, and it is not taken for a re-import. */
static void
test_dry_run (void)
{
  const Fixture *fixture = &fixtures[2];
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "douyin", "抖音号");
  g_autoptr (HeraldImporter) preview = herald_importer_new (store);
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_autoptr (GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto (HeraldImportSummary) previewed = { 0, };
  g_auto (HeraldImportSummary) imported = { 0, };
  g_autoptr (GError) error = NULL;
  g_autofree char *table = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GBytes) bytes = NULL;
  guint n_rows;

  table = build_table (fixture, 1, sums, &n_rows);
  bytes = write_fixture (table, FORMAT_CSV_UTF8);

  before = import_test_dump (path);
  herald_importer_set_dry_run (preview, TRUE);
  g_assert_true (herald_importer_import_bytes (preview, bytes, "preview.csv", &previewed, NULL, &error));
  g_assert_no_error (error);
  after = import_test_dump (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (previewed.created, ==, n_rows);
  g_assert_cmpuint (previewed.samples, >, 0);

  g_assert_true (herald_importer_import_bytes (importer, bytes, "preview.csv", &imported, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (imported.created, ==, previewed.created);
  g_assert_cmpuint (imported.matched, ==, previewed.matched);
  g_assert_cmpuint (imported.skipped, ==, previewed.skipped);
  g_assert_cmpuint (imported.samples, ==, previewed.samples);

  /* Previewing a file already imported says so, as importing it does. */
  g_assert_false (herald_importer_import_bytes (preview, bytes, "preview.csv", NULL, NULL, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_ALREADY_IMPORTED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/csv/quoting", test_csv_quoting);
  g_test_add_func ("/import/csv/encodings", test_csv_encodings);
  g_test_add_func ("/import/xlsx/cells", test_xlsx_cells);
  g_test_add_func ("/import/xlsx/serial", test_xlsx_serial);
  g_test_add_func ("/import/xlsx/bad", test_xlsx_bad);
  g_test_add_func ("/import/values", test_values);
  g_test_add_func ("/import/times", test_times);
  g_test_add_func ("/import/similarity", test_similarity);
  g_test_add_func ("/import/profiles/builtin", test_builtin_profiles);
  g_test_add_func ("/import/profiles/user", test_user_profile);
  g_test_add_func ("/import/totals", test_fixture_totals);
  g_test_add_func ("/import/account-level", test_account_level_dates);
  g_test_add_func ("/import/account-level-layouts", test_account_level_layouts);
  g_test_add_func ("/import/account-row-numbers", test_account_row_numbers);
  g_test_add_func ("/import/two-row-header", test_two_row_header);
  g_test_add_func ("/import/matching", test_matching);
  g_test_add_func ("/import/snapshots", test_snapshots);
  g_test_add_func ("/import/bad-input", test_bad_input);
  g_test_add_func ("/import/no-account", test_no_account);
  g_test_add_func ("/import/async", test_async);
  g_test_add_func ("/import/preview", test_preview);
  g_test_add_func ("/import/dry-run", test_dry_run);

  return g_test_run ();
}
