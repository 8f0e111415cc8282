/* test-import-mapping.c — unknown exports mapped by hand, and the export
 * of one post
 *
 * A mapping made from a file's first rows becomes a profile; saved, it
 * finds the same export by itself next time.  A mapping that cannot say
 * which post a row is about is refused, naming what is missing.  The
 * 公众号 single-article export names no post: its numbers go to the post
 * the user chooses, dated as the user says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "herald-column-mapping.h"
#include "herald-import-profile.h"
#include "herald-importer.h"
#include "import-test-util.h"
#include "store-test-util.h"

/* 2026-11-01 00:00 in Asia/Shanghai. */
#define NOV_1_SHANGHAI 1793462400
#define DAY (24 * 60 * 60)

/* Rows as the preview gives them, from "a|b|c" lines. */
static GPtrArray *
make_rows (const char * const *lines)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (rows, g_strsplit (lines[i], "|", -1));

  return rows;
}

static const char * const weekly[] = {
  "快手 作品周报（2026-11-01 至 2026-11-07）",
  "视频描述|上传时间|总播放|完播率|点赞数|备注",
  "一条视频|2026-11-03 20:00|1,000|45%|12|",
  "第二条|2026-11-04 20:00|2000|30%|20|补发",
  "第三条|2026-11-05 20:00|300|10%|3|",
  "第四条|2026-11-06 20:00|400|12%|4|",
  NULL
};

static void
test_mapping_guesses (void)
{
  g_autoptr (GPtrArray) profiles = herald_import_profile_list_builtin ();
  g_autoptr (GPtrArray) rows = make_rows (weekly);
  g_autoptr (HeraldColumnMapping) mapping = herald_column_mapping_new (rows, profiles);
  const char * const plays[] = { "1,000", "2000", "300", NULL };
  const char * const notes[] = { "补发", NULL };

  /* The title line above is not the header. */
  g_assert_cmpuint (herald_column_mapping_get_header_row (mapping), ==, 1);
  g_assert_cmpuint (herald_column_mapping_get_n_columns (mapping), ==, 6);
  g_assert_cmpstr (herald_column_mapping_get_header (mapping, 2), ==, "总播放");
  g_assert_cmpstrv (herald_column_mapping_get_samples (mapping, 2), plays);
  g_assert_cmpstrv (herald_column_mapping_get_samples (mapping, 5), notes);

  /* Guesses: from the shipped aliases (完播率), else from words in the
   * name (时间, 播放, 点赞); nothing for what says nothing. */
  g_assert_cmpint (herald_column_mapping_get_role (mapping, 0), ==, HERALD_COLUMN_IGNORED);
  g_assert_cmpint (herald_column_mapping_get_role (mapping, 1), ==, HERALD_COLUMN_TIME);
  g_assert_cmpint (herald_column_mapping_get_role (mapping, 2), ==, HERALD_COLUMN_METRIC);
  g_assert_cmpstr (herald_column_mapping_get_metric (mapping, 2), ==, "views");
  g_assert_cmpstr (herald_column_mapping_get_metric (mapping, 3), ==, "completion_rate");
  g_assert_cmpstr (herald_column_mapping_get_metric (mapping, 4), ==, "likes");
  g_assert_cmpint (herald_column_mapping_get_role (mapping, 5), ==, HERALD_COLUMN_IGNORED);
  g_assert_null (herald_column_mapping_get_metric (mapping, 5));

  /* A column of the shipped profiles' names is guessed as theirs. */
  {
    const char * const known[] = { "标题|链接|播放|弹幕|赞赏", "a|https://b|1|2|3", NULL };
    g_autoptr (GPtrArray) known_rows = make_rows (known);
    g_autoptr (HeraldColumnMapping) other = herald_column_mapping_new (known_rows, profiles);

    g_assert_cmpuint (herald_column_mapping_get_header_row (other), ==, 0);
    g_assert_cmpint (herald_column_mapping_get_role (other, 0), ==, HERALD_COLUMN_TITLE);
    g_assert_cmpint (herald_column_mapping_get_role (other, 1), ==, HERALD_COLUMN_URL);
    g_assert_cmpstr (herald_column_mapping_get_metric (other, 2), ==, "views");
    g_assert_cmpstr (herald_column_mapping_get_metric (other, 3), ==, "danmaku");
    g_assert_cmpint (herald_column_mapping_get_role (other, 4), ==, HERALD_COLUMN_IGNORED);
  }
}

static void
test_mapping_refused (void)
{
  g_autoptr (GPtrArray) rows = make_rows (weekly);
  g_autoptr (HeraldColumnMapping) mapping = herald_column_mapping_new (rows, NULL);
  g_autoptr (HeraldImportProfile) profile = NULL;
  g_autoptr (GError) error = NULL;

  /* No title, no URL: which post is each row about? */
  herald_column_mapping_set_column (mapping, 2, HERALD_COLUMN_METRIC, "views");
  g_assert_false (herald_column_mapping_check (mapping, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER);
  g_assert_nonnull (strstr (error->message, "“Title”"));
  g_assert_nonnull (strstr (error->message, "“URL”"));
  g_clear_error (&error);
  profile = herald_column_mapping_build_profile (mapping, "周报", "kuaishou", &error);
  g_assert_null (profile);
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER);
  g_clear_error (&error);

  /* A title and nothing to import. */
  for (guint i = 0; i < herald_column_mapping_get_n_columns (mapping); i++)
    herald_column_mapping_set_column (mapping, i, HERALD_COLUMN_IGNORED, NULL);
  herald_column_mapping_set_column (mapping, 0, HERALD_COLUMN_TITLE, NULL);
  g_assert_false (herald_column_mapping_check (mapping, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER);
  g_clear_error (&error);

  /* One metric from two columns: both named. */
  herald_column_mapping_set_column (mapping, 2, HERALD_COLUMN_METRIC, "likes");
  herald_column_mapping_set_column (mapping, 4, HERALD_COLUMN_METRIC, "likes");
  g_assert_false (herald_column_mapping_check (mapping, &error));
  g_assert_nonnull (strstr (error->message, "总播放"));
  g_assert_nonnull (strstr (error->message, "点赞数"));
  g_clear_error (&error);

  /* Two titles. */
  herald_column_mapping_set_column (mapping, 2, HERALD_COLUMN_METRIC, "views");
  herald_column_mapping_set_column (mapping, 5, HERALD_COLUMN_TITLE, NULL);
  g_assert_false (herald_column_mapping_check (mapping, &error));
  g_assert_nonnull (strstr (error->message, "备注"));
  g_clear_error (&error);

  herald_column_mapping_set_column (mapping, 5, HERALD_COLUMN_IGNORED, NULL);
  g_assert_true (herald_column_mapping_check (mapping, &error));
  g_assert_no_error (error);

  /* A profile needs a name. */
  g_assert_null (herald_column_mapping_build_profile (mapping, "  ", NULL, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_PROFILE);
}

/* Mapped, saved, and found again by itself in the next week's file. */
static void
test_mapping_saved (void)
{
  g_autofree char *folder = store_test_tmpdir ();
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "kuaishou", "快手号");
  g_autoptr (GPtrArray) builtin = herald_import_profile_list_builtin ();
  g_autoptr (GPtrArray) rows = make_rows (weekly);
  g_autoptr (HeraldColumnMapping) mapping = herald_column_mapping_new (rows, builtin);
  g_autoptr (HeraldImportProfile) profile = NULL;
  g_autoptr (GPtrArray) profiles = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldImporter) importer = NULL;
  g_auto (HeraldImportSummary) summary = { 0, };
  g_autoptr (GBytes) first = NULL;
  g_autoptr (GBytes) second = NULL;
  g_autoptr (GListModel) posts = NULL;
  HeraldColumnMatch match;
  double views = 0, likes = 0;
  guint header_row = 99;

  /* Before: no profile knows the file. */
  g_assert_null (herald_import_detect_profile (builtin, rows, NULL));

  herald_column_mapping_set_column (mapping, 0, HERALD_COLUMN_TITLE, NULL);
  profile = herald_column_mapping_build_profile (mapping, "快手周报", "kuaishou", &error);
  g_assert_no_error (error);
  g_assert_cmpint (herald_import_profile_get_scope (profile), ==, HERALD_IMPORT_SCOPE_POST);
  g_assert_true (herald_import_profile_match_header (profile, "完播率", &match));
  g_assert_cmpint (match.kind, ==, HERALD_VALUE_RATE);
  g_assert_false (herald_import_profile_match_header (profile, "备注", &match));
  g_assert_true (herald_import_profile_save (profile, folder, &error));
  g_assert_no_error (error);

  /* Next time: detected among the shipped profiles and the user's. */
  profiles = herald_import_profile_load_all (folder, &error);
  g_assert_no_error (error);
  g_assert_true (herald_import_detect_profile (profiles, rows, &header_row) ==
                 herald_import_profile_find (profiles, "快手周报"));
  g_assert_cmpuint (header_row, ==, 1);

  first = import_test_csv ("快手 作品周报\n视频描述|上传时间|总播放|完播率|点赞数|备注\n"
                           "一条视频|2026-11-03 20:00|1,000|45%|12|\n第二条|2026-11-04 20:00|2000|30%|20|补发\n",
                           ",", "UTF-8", FALSE);
  importer = herald_importer_new (store);
  herald_importer_set_profiles (importer, profiles);
  g_assert_true (herald_importer_import_bytes (importer, first, "周报.csv", &summary, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (summary.profile, ==, "快手周报");
  g_assert_cmpuint (summary.created, ==, 2);
  g_assert_cmpuint (summary.samples, ==, 6);
  herald_import_summary_clear (&summary);

  /* The next week's export, in GB18030: the same posts, matched. */
  second = import_test_csv ("视频描述|上传时间|总播放|完播率|点赞数|备注\n"
                            "一条视频|2026-11-03 20:00|1500|44%|15|\n第二条|2026-11-04 20:00|2500|31%|25|\n",
                            ",", "GB18030", FALSE);
  g_assert_true (herald_importer_import_bytes (importer, second, "周报2.csv", &summary, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (summary.profile, ==, "快手周报");
  g_assert_cmpuint (summary.matched, ==, 2);
  g_assert_cmpuint (summary.created, ==, 0);

  posts = herald_store_list_account_posts (store, herald_record_get_id (HERALD_RECORD (account)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 2);
  for (guint p = 0; p < 2; p++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (posts, p);
      g_autoptr (GListModel) samples = herald_store_list_metric_samples (store, herald_record_get_id (HERALD_RECORD (post)), NULL);

      for (guint s = 0; s < g_list_model_get_n_items (samples); s++)
        {
          g_autoptr (HeraldMetricSample) sample = g_list_model_get_item (samples, s);

          if (g_str_equal (herald_metric_sample_get_metric (sample), "views"))
            views += herald_metric_sample_get_value (sample);
          else if (g_str_equal (herald_metric_sample_get_metric (sample), "likes"))
            likes += herald_metric_sample_get_value (sample);
        }
    }
  g_assert_cmpfloat (views, ==, 1000 + 2000 + 1500 + 2500);
  g_assert_cmpfloat (likes, ==, 12 + 20 + 15 + 25);

  store_test_rm_rf (folder);
}

/* 公众号 single-article detail */

static const char detail[] =
  "阅读次数|平均停留时长(s)|完读率|阅读后关注人数|分享次数|在看次数|点赞次数|赞赏(分)|评论(条)|互动率\n"
  "1,234|45|38.5%|12|30|8|50|600|7|5.2%\n";

static void
test_single_post (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) wechat = store_test_add_account (store, "wechat-article", "公众号");
  g_autoptr (HeraldAccount) douyin = store_test_add_account (store, "douyin", "抖音号");
  g_autoptr (HeraldPost) article = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (wechat)),
                                                        "双十一囤货避坑指南", NOV_1_SHANGHAI, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (HeraldPost) video = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (douyin)),
                                                      "开箱", NOV_1_SHANGHAI, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (GBytes) bytes = import_test_csv (detail, ",", "UTF-8", TRUE);
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_auto (HeraldImportSummary) summary = { 0, };
  g_autoptr (GListModel) samples = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *article_id = herald_record_get_id (HERALD_RECORD (article));
  gint64 captured_at = NOV_1_SHANGHAI + 3 * DAY;
  gboolean seen_rate = FALSE, seen_seconds = FALSE, seen_views = FALSE;

  /* Without a post: refused, nothing changed. */
  before = import_test_dump (path);
  g_assert_false (herald_importer_import_bytes (importer, bytes, "单篇数据.csv", NULL, NULL, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST);
  g_assert_nonnull (strstr (error->message, "单篇数据.csv"));
  g_clear_error (&error);

  /* A post of another platform: refused. */
  herald_importer_set_post_id (importer, herald_record_get_id (HERALD_RECORD (video)));
  g_assert_false (herald_importer_import_bytes (importer, bytes, "单篇数据.csv", NULL, NULL, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST);
  g_assert_nonnull (strstr (error->message, "抖音号"));
  g_clear_error (&error);

  /* A post that is not there. */
  herald_importer_set_post_id (importer, "no-such-post");
  g_assert_false (herald_importer_import_bytes (importer, bytes, "单篇数据.csv", NULL, NULL, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST);
  g_clear_error (&error);
  after = import_test_dump (path);
  g_assert_cmpstr (before, ==, after);

  /* The post chosen, dated as the user says. */
  herald_importer_set_post_id (importer, article_id);
  herald_importer_set_captured_at (importer, captured_at);
  g_assert_true (herald_importer_import_bytes (importer, bytes, "单篇数据.csv", &summary, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (summary.profile, ==, "wechat-article-detail");
  g_assert_cmpuint (summary.rows, ==, 1);
  g_assert_cmpuint (summary.matched, ==, 1);
  g_assert_cmpuint (summary.created, ==, 0);
  g_assert_cmpuint (summary.samples, ==, 10);

  samples = herald_store_list_metric_samples (store, article_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (samples), ==, 10);
  for (guint s = 0; s < 10; s++)
    {
      g_autoptr (HeraldMetricSample) sample = g_list_model_get_item (samples, s);
      const char *metric = herald_metric_sample_get_metric (sample);
      double value = herald_metric_sample_get_value (sample);

      g_assert_cmpint (herald_metric_sample_get_captured_at (sample), ==, captured_at);
      g_assert_cmpstr (herald_metric_sample_get_account_id (sample), ==, herald_record_get_id (HERALD_RECORD (wechat)));
      if (g_str_equal (metric, "views"))
        seen_views = value == 1234;
      else if (g_str_equal (metric, "completion_rate"))
        seen_rate = G_APPROX_VALUE (value, 0.385, 1e-9);
      else if (g_str_equal (metric, "avg_watch_seconds"))
        seen_seconds = value == 45;
    }
  g_assert_true (seen_views && seen_rate && seen_seconds);

  /* No post is made, none other touched. */
  {
    g_autoptr (GListModel) posts = herald_store_list_account_posts (store, herald_record_get_id (HERALD_RECORD (wechat)), NULL);
    g_autoptr (GListModel) other = herald_store_list_metric_samples (store, herald_record_get_id (HERALD_RECORD (video)), NULL);

    g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (other), ==, 0);
  }
}

static void
test_single_post_refused (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) wechat = store_test_add_account (store, "wechat-article", "公众号");
  g_autoptr (HeraldPost) article = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (wechat)),
                                                        "文章", NOV_1_SHANGHAI, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (HeraldImporter) importer = herald_importer_new (store);
  g_autoptr (GBytes) two_rows = NULL;
  g_autoptr (GBytes) titled = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = import_test_dump (path);
  g_autofree char *after = NULL;
  g_autofree char *table = g_strconcat (detail, "99|1|1%|1|1|1|1|1|1|1%\n", NULL);

  herald_importer_set_post_id (importer, herald_record_get_id (HERALD_RECORD (article)));

  /* Two rows of numbers for one post: which is it?  Row 3 named. */
  two_rows = import_test_csv (table, ",", "UTF-8", FALSE);
  g_assert_false (herald_importer_import_bytes (importer, two_rows, "detail.csv", NULL, NULL, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "row 3"));
  g_clear_error (&error);

  /* A post chosen for an export whose rows name theirs. */
  titled = import_test_csv ("内容标题|发表时间|总阅读次数\n文章|20261101|5\n", ",", "UTF-8", FALSE);
  g_assert_false (herald_importer_import_bytes (importer, titled, "已通知内容.csv", NULL, NULL, &error));
  g_assert_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST);
  g_clear_error (&error);

  after = import_test_dump (path);
  g_assert_cmpstr (before, ==, after);

  /* Only the single-article profile claims its header: 流量分析 and
   * 已通知内容 need a day or a title. */
  {
    const char * const lines[] = { "阅读次数|平均停留时长(s)|完读率|阅读后关注人数|分享次数|在看次数|点赞次数|赞赏(分)|评论(条)|互动率", NULL };
    const char * const traffic[] = { "日期|阅读次数|阅读人数|分享次数|分享人数|阅读原文次数|阅读原文人数|收藏次数|收藏人数|群发篇|渠道", NULL };
    g_autoptr (GPtrArray) profiles = herald_import_profile_list_builtin ();
    g_autoptr (GPtrArray) rows = make_rows (lines);
    g_autoptr (GPtrArray) traffic_rows = make_rows (traffic);

    g_assert_cmpstr (herald_import_profile_get_name (herald_import_detect_profile (profiles, rows, NULL)), ==,
                     "wechat-article-detail");
    g_assert_cmpstr (herald_import_profile_get_name (herald_import_detect_profile (profiles, traffic_rows, NULL)), ==,
                     "wechat-traffic");
  }
}

static void
test_single_post_choices (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autoptr (HeraldAccount) wechat = store_test_add_account (store, "wechat-article", "公众号");
  g_autoptr (HeraldAccount) douyin = store_test_add_account (store, "douyin", "抖音号");
  const char *wechat_id = herald_record_get_id (HERALD_RECORD (wechat));
  g_autoptr (HeraldPost) older = store_test_add_post (store, wechat_id, "旧文", NOV_1_SHANGHAI, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (HeraldPost) newer = store_test_add_post (store, wechat_id, "新文", NOV_1_SHANGHAI + DAY, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (HeraldPost) draft = store_test_add_post (store, wechat_id, "草稿", NOV_1_SHANGHAI, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldPost) video = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (douyin)), "视频",
                                                      NOV_1_SHANGHAI, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (GPtrArray) profiles = herald_import_profile_list_builtin ();
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (GError) error = NULL;

  /* The published posts of the 公众号 accounts, newest first. */
  posts = herald_import_list_posts (store, herald_import_profile_find (profiles, "wechat-article-detail"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 2);
  {
    g_autoptr (HeraldPost) first = g_list_model_get_item (posts, 0);
    g_autoptr (HeraldPost) second = g_list_model_get_item (posts, 1);

    g_assert_cmpstr (herald_post_get_title (first), ==, "新文");
    g_assert_cmpstr (herald_post_get_title (second), ==, "旧文");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-mapping/guesses", test_mapping_guesses);
  g_test_add_func ("/import-mapping/refused", test_mapping_refused);
  g_test_add_func ("/import-mapping/saved", test_mapping_saved);
  g_test_add_func ("/import-mapping/single-post", test_single_post);
  g_test_add_func ("/import-mapping/single-post-refused", test_single_post_refused);
  g_test_add_func ("/import-mapping/single-post-choices", test_single_post_choices);

  return g_test_run ();
}
