/* test-review.c — ISO weeks, the week review's numbers and its files
 *
 * The review's figures are checked against numbers worked out by hand
 * from a small campaign whose samples straddle the week's edges.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "herald-campaign-stats.h"
#include "herald-review-writer.h"
#include "herald-week-review.h"
#include "store-test-util.h"

static gint64
utc (int year, int month, int day, int hour)
{
  g_autoptr (GDateTime) time = g_date_time_new_utc (year, month, day, hour, 0, 0);

  return g_date_time_to_unix (time);
}

/* ISO weeks */

static void
test_iso_week_parse (void)
{
  static const struct { const char *text; int year, week, month, day, monday_year; } good[] = {
    { "2026-W50", 2026, 50, 12, 7, 2026 },
    { "2026W01", 2026, 1, 12, 29, 2025 },
    { "2026-w53", 2026, 53, 12, 28, 2026 },
    { "2021-W01", 2021, 1, 1, 4, 2021 },
  };
  static const char * const bad[] = {
    "", "2026", "2026-W", "2026-W54", "2025-W53", "2026-W00", "26-W01", "2026-X01", "2026-W5x",
    "2026-W050", "２０２６-W01", "1899-W01",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *again = NULL;
      HeraldIsoWeek week;
      GDate monday;

      g_assert_true (herald_iso_week_parse (good[i].text, &week, &error));
      g_assert_no_error (error);
      g_assert_cmpint (week.year, ==, good[i].year);
      g_assert_cmpint (week.week, ==, good[i].week);
      herald_iso_week_get_monday (&week, &monday);
      g_assert_cmpint (g_date_get_weekday (&monday), ==, G_DATE_MONDAY);
      g_assert_cmpint (g_date_get_year (&monday), ==, good[i].monday_year);
      g_assert_cmpint (g_date_get_month (&monday), ==, good[i].month);
      g_assert_cmpint (g_date_get_day (&monday), ==, good[i].day);

      again = herald_iso_week_format (&week);
      g_assert_cmpint (strlen (again), ==, 8);
      g_assert_true (g_ascii_strncasecmp (again, good[i].text, 4) == 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      HeraldIsoWeek week;

      g_assert_false (herald_iso_week_parse (bad[i], &week, &error));
      g_assert_error (error, HERALD_REPORT_ERROR, HERALD_REPORT_ERROR_INVALID);
    }
}

static void
test_iso_week_of (void)
{
  static const struct { int year, month, day, iso_year, iso_week; } days[] = {
    { 2027, 1, 1, 2026, 53 },
    { 2027, 1, 4, 2027, 1 },
    { 2025, 12, 29, 2026, 1 },
    { 2026, 12, 13, 2026, 50 },
    { 2026, 12, 14, 2026, 51 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr (GDate) day = g_date_new_dmy (days[i].day, days[i].month, days[i].year);
      HeraldIsoWeek week;

      herald_iso_week_of (day, &week);
      g_assert_cmpint (week.year, ==, days[i].iso_year);
      g_assert_cmpint (week.week, ==, days[i].iso_week);
    }

  {
    HeraldIsoWeek week = { 2026, 53 };

    herald_iso_week_add (&week, 1);
    g_assert_cmpint (week.year, ==, 2027);
    g_assert_cmpint (week.week, ==, 1);
    herald_iso_week_add (&week, -2);
    g_assert_cmpint (week.year, ==, 2026);
    g_assert_cmpint (week.week, ==, 52);
  }
  g_assert_cmpint (herald_iso_week_count (2026), ==, 53);
  g_assert_cmpint (herald_iso_week_count (2025), ==, 52);
}

/* The review */

typedef struct {
  char        *path;
  HeraldStore *store;
  char        *campaign_id;
  char        *p1, *p2;
  char        *douyin_id;
} Fixture;

static void
add_sample (Fixture    *f,
            const char *account_id,
            const char *post_id,
            const char *metric,
            double      value,
            gint64      at)
{
  g_autoptr (HeraldMetricSample) sample = herald_metric_sample_new (account_id, post_id, metric, value, at);
  g_autoptr (GError) error = NULL;
  HeraldMetricSample *samples[] = { sample };

  herald_store_add_metric_samples (f->store, samples, 1, &error);
  g_assert_no_error (error);
}

static void
add_kpi (Fixture    *f,
         const char *metric,
         const char *account_id,
         double      target)
{
  g_autoptr (HeraldKpi) kpi = herald_kpi_new (f->campaign_id, metric, target);
  g_autoptr (GError) error = NULL;

  herald_kpi_set_account_id (kpi, account_id);
  herald_store_save_kpi (f->store, kpi, &error);
  g_assert_no_error (error);
}

/* Campaign 双十二, 1–28 December 2026.  The week under review is
 * 2026-W50 (7–13 December); the week before, W49, starts 30 November. */
static void
fixture_set_up (Fixture *f)
{
  g_autoptr (HeraldAccount) weibo = NULL;
  g_autoptr (HeraldAccount) douyin = NULL;
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("双十二");
  g_autoptr (HeraldPost) p1 = NULL, p2 = NULL, p3 = NULL, p4 = NULL;
  g_autoptr (GError) error = NULL;
  const char *w, *d;

  f->store = store_test_open (&f->path);
  weibo = store_test_add_account (f->store, "weibo", "山茶微博");
  douyin = store_test_add_account (f->store, "douyin", "山茶抖音");
  w = herald_record_get_id (HERALD_RECORD (weibo));
  d = herald_record_get_id (HERALD_RECORD (douyin));
  f->douyin_id = g_strdup (d);

  herald_campaign_set_starts_on (campaign, "2026-12-01");
  herald_campaign_set_ends_on (campaign, "2026-12-28");
  herald_store_save_campaign (f->store, campaign, &error);
  g_assert_no_error (error);
  f->campaign_id = g_strdup (herald_record_get_id (HERALD_RECORD (campaign)));

  p1 = store_test_add_post (f->store, w, "微博预热", utc (2026, 11, 28, 12), HERALD_POST_STATUS_PUBLISHED);
  p2 = store_test_add_post (f->store, d, "抖音开箱", utc (2026, 12, 5, 12), HERALD_POST_STATUS_PUBLISHED);
  p3 = store_test_add_post (f->store, d, "活动外的视频", utc (2026, 12, 8, 12), HERALD_POST_STATUS_PUBLISHED);
  p4 = store_test_add_post (f->store, d, "删掉的视频", utc (2026, 12, 8, 12), HERALD_POST_STATUS_PUBLISHED);
  for (HeraldPost **p = (HeraldPost *[]) { p1, p2, p4, NULL }; *p != NULL; p++)
    {
      herald_post_set_campaign_id (*p, f->campaign_id);
      herald_store_save_post (f->store, *p, &error);
      g_assert_no_error (error);
    }
  f->p1 = g_strdup (herald_record_get_id (HERALD_RECORD (p1)));
  f->p2 = g_strdup (herald_record_get_id (HERALD_RECORD (p2)));

  /* p1: 100 before W49, 300 in W49, 700 in W50, 2000 after W50. */
  add_sample (f, w, f->p1, "views", 100, utc (2026, 11, 29, 12));
  add_sample (f, w, f->p1, "views", 300, utc (2026, 12, 3, 12));
  add_sample (f, w, f->p1, "views", 700, utc (2026, 12, 9, 12));
  add_sample (f, w, f->p1, "views", 2000, utc (2026, 12, 15, 12));
  add_sample (f, w, f->p1, "completion_rate", 0.20, utc (2026, 12, 9, 12));
  /* p2: two snapshots in W50; likes and a rate across both weeks. */
  add_sample (f, d, f->p2, "views", 1000, utc (2026, 12, 8, 12));
  add_sample (f, d, f->p2, "views", 1500, utc (2026, 12, 12, 12));
  add_sample (f, d, f->p2, "likes", 10, utc (2026, 12, 5, 12));
  add_sample (f, d, f->p2, "likes", 50, utc (2026, 12, 10, 12));
  add_sample (f, d, f->p2, "completion_rate", 0.30, utc (2026, 12, 5, 12));
  add_sample (f, d, f->p2, "completion_rate", 0.40, utc (2026, 12, 10, 12));
  /* Not the campaign's: another post, and a deleted one. */
  add_sample (f, d, herald_record_get_id (HERALD_RECORD (p3)), "views", 99999, utc (2026, 12, 9, 12));
  add_sample (f, d, herald_record_get_id (HERALD_RECORD (p4)), "views", 5555, utc (2026, 12, 9, 12));
  herald_store_delete (f->store, HERALD_RECORD_POST, herald_record_get_id (HERALD_RECORD (p4)), &error);
  g_assert_no_error (error);

  add_kpi (f, "views", NULL, 10000);
  add_kpi (f, "views", d, 2000);
  add_kpi (f, "likes", NULL, 100);
  add_kpi (f, "completion_rate", NULL, 0.5);
}

static void
fixture_tear_down (Fixture *f)
{
  g_clear_object (&f->store);
  store_test_rm_rf (f->path);
  g_free (f->path);
  g_free (f->campaign_id);
  g_free (f->p1);
  g_free (f->p2);
  g_free (f->douyin_id);
}

static HeraldWeekReview *
review_w50 (Fixture *f)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (GError) error = NULL;
  HeraldIsoWeek week = { 2026, 50 };
  HeraldWeekReview *review;

  review = herald_week_review_compute (f->store, f->campaign_id, &week, zone, &error);
  g_assert_no_error (error);
  g_assert_nonnull (review);
  return review;
}

static const HeraldReviewKpi *
find_kpi (HeraldWeekReview *review,
          const char       *metric,
          gboolean          per_account)
{
  const HeraldReviewKpi *kpis;
  guint n;

  kpis = herald_week_review_get_kpis (review, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (kpis[i].metric, metric) && (kpis[i].account_id != NULL) == per_account)
      return &kpis[i];

  g_assert_not_reached ();
}

static void
test_review_kpis (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldWeekReview) review = NULL;
  const HeraldReviewKpi *kpi;
  guint n;

  fixture_set_up (&f);
  review = review_w50 (&f);
  herald_week_review_get_kpis (review, &n);
  g_assert_cmpuint (n, ==, 4);

  /* Views, all accounts: p1 gained 400 in W50 and 200 in W49; p2 1500
   * and nothing.  To date, 700 + 1500; the sample after the week, the
   * post outside the campaign and the deleted one do not count. */
  kpi = find_kpi (review, "views", FALSE);
  g_assert_cmpfloat_with_epsilon (kpi->week, 1900, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->previous, 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->to_date, 2200, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->target, 10000, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->done, 0.22, 1e-9);
  /* 13 of the campaign's 28 days are gone by Sunday 13 December. */
  g_assert_cmpfloat_with_epsilon (kpi->expected, 13.0 / 28.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (herald_review_change (kpi->week, kpi->previous), 8.5, 1e-9);
  {
    g_autofree char *shown = herald_review_format_change (kpi->week, kpi->previous);

    g_assert_cmpstr (shown, ==, "+850.0%");
  }
  g_assert_null (kpi->account_name);

  kpi = find_kpi (review, "views", TRUE);
  g_assert_cmpstr (kpi->account_name, ==, "山茶抖音");
  g_assert_cmpfloat_with_epsilon (kpi->week, 1500, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->previous, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->to_date, 1500, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->done, 0.75, 1e-9);
  g_assert_true (isnan (herald_review_change (kpi->week, kpi->previous)));
  {
    g_autofree char *shown = herald_review_format_change (kpi->week, kpi->previous);

    g_assert_cmpstr (shown, ==, "—");
  }

  kpi = find_kpi (review, "likes", FALSE);
  g_assert_cmpfloat_with_epsilon (kpi->week, 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->previous, 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->to_date, 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->done, 0.5, 1e-9);

  /* Rates are averaged over posts, never added: to date, the latest of
   * each post (0.20, 0.40); this week, those caught in it; the week
   * before, p2's 0.30. */
  kpi = find_kpi (review, "completion_rate", FALSE);
  g_assert_cmpfloat_with_epsilon (kpi->to_date, 0.30, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->week, 0.30, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->previous, 0.30, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpi->done, 0.6, 1e-9);

  fixture_tear_down (&f);
}

/* A KPI on one account counts that account's posts only, whichever
 * account it is; the KPIs of a metric come together, overall first; one
 * on an account in the bin is left out, as that account's posts are. */
static void
test_review_per_account (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldWeekReview) review = NULL;
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (HeraldAccount) weibo = NULL;
  g_autoptr (GError) error = NULL;
  const HeraldReviewKpi *kpis;
  const char *weibo_id;
  guint n;

  fixture_set_up (&f);
  accounts = herald_store_list_accounts (f.store, &error);
  g_assert_no_error (error);
  weibo = g_list_model_get_item (accounts, 0);
  g_assert_cmpstr (herald_account_get_name (weibo), ==, "山茶微博");
  weibo_id = herald_record_get_id (HERALD_RECORD (weibo));
  add_kpi (&f, "views", weibo_id, 1000);
  add_kpi (&f, "likes", f.douyin_id, 80);
  add_kpi (&f, "likes", weibo_id, 5);

  review = review_w50 (&f);
  kpis = herald_week_review_get_kpis (review, &n);
  g_assert_cmpuint (n, ==, 7);

  /* Views: all accounts, then 山茶微博 and 山茶抖音 by name. */
  g_assert_cmpstr (kpis[0].metric, ==, "views");
  g_assert_null (kpis[0].account_id);
  g_assert_cmpfloat_with_epsilon (kpis[0].to_date, 2200, 1e-9);
  g_assert_cmpstr (kpis[1].metric, ==, "views");
  g_assert_cmpstr (kpis[1].account_name, ==, "山茶微博");
  g_assert_cmpstr (kpis[2].metric, ==, "views");
  g_assert_cmpstr (kpis[2].account_name, ==, "山茶抖音");

  /* 山茶微博's views: p1 alone, 400 this week, 200 the week before, 700
   * to date; none of p2's. */
  g_assert_cmpstr (kpis[1].account_id, ==, weibo_id);
  g_assert_cmpfloat_with_epsilon (kpis[1].week, 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpis[1].previous, 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpis[1].to_date, 700, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpis[1].done, 0.7, 1e-9);
  /* The views of 山茶抖音: p2's 1500, not p1's. */
  g_assert_cmpfloat_with_epsilon (kpis[2].to_date, 1500, 1e-9);

  /* Likes: overall, then per account; 山茶微博 has none. */
  g_assert_cmpstr (kpis[3].metric, ==, "likes");
  g_assert_null (kpis[3].account_id);
  g_assert_cmpfloat_with_epsilon (kpis[3].to_date, 50, 1e-9);
  g_assert_cmpstr (kpis[4].account_name, ==, "山茶微博");
  g_assert_cmpfloat_with_epsilon (kpis[4].to_date, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpis[4].done, 0, 1e-9);
  g_assert_cmpstr (kpis[5].account_name, ==, "山茶抖音");
  g_assert_cmpfloat_with_epsilon (kpis[5].week, 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpis[5].to_date, 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (kpis[5].done, 50.0 / 80.0, 1e-9);
  g_assert_cmpstr (kpis[6].metric, ==, "completion_rate");

  /* 山茶抖音 in the bin: its KPIs go, and the overall ones lose its posts. */
  g_clear_object (&review);
  herald_store_delete (f.store, HERALD_RECORD_ACCOUNT, f.douyin_id, &error);
  g_assert_no_error (error);
  review = review_w50 (&f);
  kpis = herald_week_review_get_kpis (review, &n);
  g_assert_cmpuint (n, ==, 5);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (kpis[i].account_id, !=, f.douyin_id);
  g_assert_cmpfloat_with_epsilon (kpis[0].to_date, 700, 1e-9);

  fixture_tear_down (&f);
}

static void
test_review_channels_and_posts (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldWeekReview) review = NULL;
  const HeraldReviewChannel *channels;
  const HeraldReviewPost *posts;
  guint n;

  fixture_set_up (&f);
  review = review_w50 (&f);

  channels = herald_week_review_get_channels (review, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (channels[0].kind, ==, "douyin");
  g_assert_cmpfloat_with_epsilon (channels[0].week[HERALD_REVIEW_VIEWS], 1500, 1e-9);
  g_assert_cmpfloat_with_epsilon (channels[0].week[HERALD_REVIEW_LIKES], 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (channels[0].previous[HERALD_REVIEW_LIKES], 10, 1e-9);
  g_assert_cmpstr (channels[1].kind, ==, "weibo");
  g_assert_cmpfloat_with_epsilon (channels[1].week[HERALD_REVIEW_VIEWS], 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (channels[1].previous[HERALD_REVIEW_VIEWS], 200, 1e-9);

  posts = herald_week_review_get_top_posts (review, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (posts[0].post_id, ==, f.p2);
  g_assert_cmpstr (posts[0].title, ==, "抖音开箱");
  g_assert_cmpstr (posts[0].account_name, ==, "山茶抖音");
  g_assert_cmpfloat_with_epsilon (posts[0].views_week, 1500, 1e-9);
  g_assert_cmpfloat_with_epsilon (posts[0].totals[HERALD_REVIEW_LIKES], 50, 1e-9);
  g_assert_cmpstr (posts[1].post_id, ==, f.p1);
  g_assert_cmpfloat_with_epsilon (posts[1].views_week, 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (posts[1].totals[HERALD_REVIEW_VIEWS], 700, 1e-9);

  fixture_tear_down (&f);
}

static const HeraldReviewChannel *
find_channel (HeraldWeekReview *review,
              const char       *kind)
{
  const HeraldReviewChannel *channels;
  guint n;

  channels = herald_week_review_get_channels (review, &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (channels[i].kind, kind))
      return &channels[i];

  g_assert_not_reached ();
}

/* Weeks start on Monday 00:00 where the operator is: a sample at 20:00
 * UTC on Sunday is already Monday in Shanghai. */
static void
test_review_zone (void)
{
  Fixture f = { 0, };
  g_autoptr (GTimeZone) shanghai = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr (HeraldWeekReview) review = NULL;
  g_autoptr (GError) error = NULL;
  HeraldIsoWeek week = { 2026, 50 };

  g_assert_nonnull (shanghai);
  fixture_set_up (&f);
  add_sample (&f, f.douyin_id, f.p2, "shares", 7, utc (2026, 12, 13, 20));

  review = herald_week_review_compute (f.store, f.campaign_id, &week, shanghai, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (find_channel (review, "douyin")->week[HERALD_REVIEW_SHARES], 0, 1e-9);
  g_clear_object (&review);

  herald_iso_week_add (&week, 1);
  review = herald_week_review_compute (f.store, f.campaign_id, &week, shanghai, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (find_channel (review, "douyin")->week[HERALD_REVIEW_SHARES], 7, 1e-9);
  /* p1's 2000 of 15 December falls in W51: 1300 gained. */
  g_assert_cmpfloat_with_epsilon (find_channel (review, "weibo")->week[HERALD_REVIEW_VIEWS], 1300, 1e-9);

  fixture_tear_down (&f);
}

static void
test_review_notes (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldWeekReview) review = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *problems = NULL, *next_week = NULL;

  fixture_set_up (&f);
  review = review_w50 (&f);
  g_assert_cmpstr (herald_week_review_get_problems (review), ==, "");
  g_clear_object (&review);

  g_assert_true (herald_store_save_week_notes (f.store, f.campaign_id, "2026-W50",
                                               "公众号送达阅读率低：分发弱，不是内容弱", "加投抖音，20:00 发", &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_save_week_notes (f.store, f.campaign_id, "2026-W50",
                                               "公众号送达阅读率低", "加投抖音，20:00 发", &error));
  g_assert_no_error (error);

  review = review_w50 (&f);
  g_assert_cmpstr (herald_week_review_get_problems (review), ==, "公众号送达阅读率低");
  g_assert_cmpstr (herald_week_review_get_next_week (review), ==, "加投抖音，20:00 发");

  g_assert_true (herald_store_get_week_notes (f.store, f.campaign_id, "2026-W49", &problems, &next_week, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (problems, ==, "");
  g_assert_cmpstr (next_week, ==, "");

  fixture_tear_down (&f);
}

static void
test_review_missing_campaign (void)
{
  Fixture f = { 0, };
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (HeraldWeekReview) review = NULL;
  g_autoptr (GError) error = NULL;
  HeraldIsoWeek week = { 2026, 50 };

  fixture_set_up (&f);
  review = herald_week_review_compute (f.store, "no-such-campaign", &week, zone, &error);
  g_assert_null (review);
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  fixture_tear_down (&f);
}

/* The overview */

static void
test_campaign_daily (void)
{
  Fixture f = { 0, };
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (GPtrArray) series = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDate) first = g_date_new_dmy (1, 12, 2026);

  fixture_set_up (&f);
  series = herald_campaign_daily (f.store, f.campaign_id, "views", first, 14, zone, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->len, ==, 2);

  for (guint i = 0; i < series->len; i++)
    {
      HeraldDailySeries *one = series->pdata[i];
      double total = 0;

      g_assert_cmpuint (one->values->len, ==, 14);
      for (guint d = 0; d < 14; d++)
        total += g_array_index (one->values, double, d);

      if (g_str_equal (one->account_name, "山茶微博"))
        {
          /* 100 before the range; +200 on the 3rd, +400 on the 9th; the
           * 15th is past the range. */
          g_assert_cmpfloat (g_array_index (one->values, double, 2), ==, 200);
          g_assert_cmpfloat (g_array_index (one->values, double, 8), ==, 400);
          g_assert_cmpfloat (total, ==, 600);
        }
      else
        {
          g_assert_cmpstr (one->account_name, ==, "山茶抖音");
          g_assert_cmpfloat (g_array_index (one->values, double, 7), ==, 1000);
          g_assert_cmpfloat (g_array_index (one->values, double, 11), ==, 500);
          /* Not the campaign's 99999, nor the deleted post's. */
          g_assert_cmpfloat (total, ==, 1500);
        }
    }

  fixture_tear_down (&f);
}

/* The accounts the campaign runs on are in the chart with no numbers
 * yet; any other account only with numbers. */
static void
test_campaign_daily_accounts (void)
{
  Fixture f = { 0, };
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (GPtrArray) series = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDate) first = g_date_new_dmy (1, 12, 2026);
  g_autoptr (HeraldAccount) xhs = NULL;
  g_autoptr (HeraldAccount) bili = NULL;

  fixture_set_up (&f);
  xhs = store_test_add_account (f.store, "xiaohongshu", "山茶小红书");
  bili = store_test_add_account (f.store, "bilibili", "山茶B站");

  /* No accounts chosen: the two with numbers. */
  series = herald_campaign_daily (f.store, f.campaign_id, "views", first, 14, zone, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->len, ==, 2);
  g_clear_pointer (&series, g_ptr_array_unref);

  /* 山茶抖音 and 山茶小红书 chosen: 山茶微博 keeps its line for its
   * numbers, 山茶小红书 has one at 0, 山茶B站 none. */
  {
    const char *ids[] = { f.douyin_id, herald_record_get_id (HERALD_RECORD (xhs)), NULL };

    herald_store_set_campaign_accounts (f.store, f.campaign_id, ids, &error);
    g_assert_no_error (error);
  }
  series = herald_campaign_daily (f.store, f.campaign_id, "views", first, 14, zone, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->len, ==, 3);
  {
    HeraldDailySeries *weibo = series->pdata[0], *douyin = series->pdata[1], *red = series->pdata[2];

    g_assert_cmpstr (weibo->account_name, ==, "山茶微博");
    g_assert_false (weibo->in_campaign);
    g_assert_cmpstr (douyin->account_name, ==, "山茶抖音");
    g_assert_true (douyin->in_campaign);
    g_assert_cmpfloat (g_array_index (douyin->values, double, 7), ==, 1000);
    g_assert_cmpstr (red->account_name, ==, "山茶小红书");
    g_assert_true (red->in_campaign);
    g_assert_cmpuint (red->values->len, ==, 14);
    for (guint d = 0; d < 14; d++)
      g_assert_cmpfloat (g_array_index (red->values, double, d), ==, 0);
  }

  fixture_tear_down (&f);
}

static void
test_campaign_post_numbers (void)
{
  Fixture f = { 0, };
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (HeraldPostNumbers) first = NULL, second = NULL;
  g_autoptr (GError) error = NULL;
  double views = 0;

  fixture_set_up (&f);
  posts = herald_campaign_post_numbers (f.store, f.campaign_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (posts), ==, 2);

  first = g_list_model_get_item (posts, 0);
  second = g_list_model_get_item (posts, 1);
  g_assert_cmpstr (herald_post_numbers_get_post_id (first), ==, f.p2);
  g_assert_cmpstr (herald_post_numbers_get_title (first), ==, "抖音开箱");
  g_assert_cmpstr (herald_post_numbers_get_account_name (first), ==, "山茶抖音");
  g_assert_cmpfloat (herald_post_numbers_get_views (first), ==, 1500);
  g_assert_cmpfloat (herald_post_numbers_get_likes (first), ==, 50);
  g_assert_cmpstr (herald_post_numbers_get_post_id (second), ==, f.p1);
  /* The latest of all: the sample after W50 too. */
  g_object_get (second, "views", &views, NULL);
  g_assert_cmpfloat (views, ==, 2000);

  fixture_tear_down (&f);
}

static void
test_posting_heat (void)
{
  Fixture f = { 0, };
  g_autoptr (GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) best = NULL;
  g_autoptr (GError) error = NULL;
  HeraldPostingHeat heat;
  const HeraldPostingSlot *slot;

  fixture_set_up (&f);
  accounts = herald_store_list_accounts (f.store, &error);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldRecord) account = g_list_model_get_item (accounts, i);

      g_ptr_array_add (ids, g_strdup (herald_record_get_id (account)));
    }
  g_ptr_array_add (ids, NULL);

  g_assert_true (herald_posting_heat_compute (f.store, (const char * const *) ids->pdata, zone, &heat, &error));
  g_assert_no_error (error);

  /* Saturday noon: 微博预热 (2000 views, nothing else) and 抖音开箱 (50 of
   * 1500); Tuesday noon: the douyin post outside the campaign, still the
   * account's history.  The deleted post counts nowhere. */
  g_assert_cmpuint (heat.n_posts[5][12], ==, 2);
  g_assert_cmpfloat_with_epsilon (heat.engagement[5][12], (0 + 50.0 / 1500) / 2, 1e-12);
  g_assert_cmpuint (heat.n_posts[1][12], ==, 1);
  g_assert_cmpfloat (heat.engagement[1][12], ==, 0);
  g_assert_cmpuint (heat.n_posts[1][13], ==, 0);

  best = herald_posting_heat_best_slots (&heat, 3, 1);
  g_assert_cmpuint (best->len, ==, 2);
  slot = &g_array_index (best, HeraldPostingSlot, 0);
  g_assert_cmpint (slot->weekday, ==, 5);
  g_assert_cmpint (slot->hour, ==, 12);
  g_assert_cmpuint (slot->n_posts, ==, 2);
  g_array_unref (g_steal_pointer (&best));
  best = herald_posting_heat_best_slots (&heat, 3, 2);
  g_assert_cmpuint (best->len, ==, 1);

  fixture_tear_down (&f);
}

/* Files */

static char *
bytes_text (GBytes *bytes)
{
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_review_files (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldWeekReview) review = NULL;
  g_autoptr (GBytes) csv = NULL, md = NULL, pdf = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *csv_text = NULL, *md_text = NULL;
  g_autofree char *dir = NULL, *path = NULL, *written = NULL;
  g_autoptr (GFile) file = NULL;
  gsize length;
  HeraldReviewFormat format;

  g_assert_true (herald_review_format_from_string ("MD", &format));
  g_assert_cmpint (format, ==, HERALD_REVIEW_FORMAT_MARKDOWN);
  g_assert_true (herald_review_format_from_path ("/tmp/周报.pdf", &format));
  g_assert_cmpint (format, ==, HERALD_REVIEW_FORMAT_PDF);
  g_assert_false (herald_review_format_from_path ("/tmp/a.b/report", &format));
  g_assert_false (herald_review_format_from_string ("docx", &format));

  fixture_set_up (&f);
  herald_store_save_week_notes (f.store, f.campaign_id, "2026-W50", "分发弱, \"原因\"\n第二行", "加投", &error);
  g_assert_no_error (error);
  review = review_w50 (&f);

  /* CSV: UTF-8 with a BOM, CRLF, quoted where needed. */
  csv = herald_review_write (review, HERALD_REVIEW_FORMAT_CSV, &error);
  g_assert_no_error (error);
  csv_text = bytes_text (csv);
  g_assert_true (g_str_has_prefix (csv_text, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (csv_text, -1, NULL));
  g_assert_nonnull (strstr (csv_text, "KPI,Scope,Target,This Week,"));
  g_assert_nonnull (strstr (csv_text, "Views,All accounts,10000,1900,200,+850.0%,2200,22.0%,46.4%,Behind\r\n"));
  g_assert_nonnull (strstr (csv_text, "Views,山茶抖音,2000,1500,0,—,1500,75.0%,46.4%,Ahead\r\n"));
  g_assert_nonnull (strstr (csv_text, "Completion Rate,All accounts,50.0%,30.0%,30.0%,+0.0%,30.0%,60.0%,46.4%,Ahead\r\n"));
  g_assert_nonnull (strstr (csv_text, "抖音开箱,山茶抖音,Douyin,1500,1500,50,0,0\r\n"));
  g_assert_nonnull (strstr (csv_text, "Problems,\"分发弱, \"\"原因\"\"\n第二行\"\r\n"));

  /* Markdown: tables a wiki renders. */
  md = herald_review_write (review, HERALD_REVIEW_FORMAT_MARKDOWN, &error);
  g_assert_no_error (error);
  md_text = bytes_text (md);
  g_assert_true (g_str_has_prefix (md_text, "# 双十二 — Week Review 2026-W50 (2026-12-07 to 2026-12-13)\n"));
  g_assert_nonnull (strstr (md_text, "| Views | All accounts | 10000 | 1900 | 200 | +850.0% | 2200 | 22.0% | 46.4% | Behind |\n"));
  g_assert_nonnull (strstr (md_text, "| Douyin | 1500 | — | 40 | 0 | 0 | 0 |\n"));
  g_assert_nonnull (strstr (md_text, "## Problems\n\n分发弱, \"原因\"\n第二行\n"));

  /* PDF: a whole document. */
  pdf = herald_review_write (review, HERALD_REVIEW_FORMAT_PDF, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 1000);
  g_assert_cmpint (memcmp (g_bytes_get_data (pdf, NULL), "%PDF-", 5), ==, 0);
  {
    const char *data = g_bytes_get_data (pdf, &length);
    g_autofree char *tail = g_strndup (data + length - 16, 16);

    g_assert_nonnull (strstr (tail, "%%EOF"));
  }

  /* Printing lays the same out on the printer's pages: more of them
   * when they are shorter. */
  {
    g_autoptr (GPtrArray) a4 = herald_review_render_pages (review, 595, 842);
    g_autoptr (GPtrArray) short_pages = herald_review_render_pages (review, 595, 300);
    double x, y, w, h;

    g_assert_cmpuint (a4->len, >=, 1);
    g_assert_cmpuint (short_pages->len, >, a4->len);
    cairo_recording_surface_ink_extents (a4->pdata[0], &x, &y, &w, &h);
    g_assert_cmpfloat (w, >, 100);
    g_assert_cmpfloat (x + w, <=, 595);
  }

  /* Files are replaced whole. */
  dir = store_test_tmpdir ();
  path = g_build_filename (dir, "周报.md", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (herald_review_write_file (review, HERALD_REVIEW_FORMAT_MARKDOWN, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  g_assert_cmpuint (length, ==, g_bytes_get_size (md));
  g_clear_object (&file);
  g_free (path);
  path = g_build_filename (dir, "missing", "周报.md", NULL);
  file = g_file_new_for_path (path);
  g_assert_false (herald_review_write_file (review, HERALD_REVIEW_FORMAT_MARKDOWN, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  store_test_rm_rf (dir);

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/iso-week/parse", test_iso_week_parse);
  g_test_add_func ("/report/iso-week/of", test_iso_week_of);
  g_test_add_func ("/report/review/kpis", test_review_kpis);
  g_test_add_func ("/report/review/per-account", test_review_per_account);
  g_test_add_func ("/report/review/channels-posts", test_review_channels_and_posts);
  g_test_add_func ("/report/review/zone", test_review_zone);
  g_test_add_func ("/report/review/notes", test_review_notes);
  g_test_add_func ("/report/review/missing-campaign", test_review_missing_campaign);
  g_test_add_func ("/report/review/files", test_review_files);
  g_test_add_func ("/report/overview/daily", test_campaign_daily);
  g_test_add_func ("/report/overview/daily-accounts", test_campaign_daily_accounts);
  g_test_add_func ("/report/overview/post-numbers", test_campaign_post_numbers);
  g_test_add_func ("/report/overview/posting-heat", test_posting_heat);

  return g_test_run ();
}
