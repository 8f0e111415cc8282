/* herald-demo.c — realistic demo data for trying Herald out
 *
 * The demo is the new-media team of 山茶生活, a consumer brand with one
 * account on each platform: three campaigns around today, three months of
 * posts in every state of the workflow, cross-posted series, hot topics
 * with their heat over time, and the numbers of published posts read at
 * T+1, T+3, T+7 … as an operator would import them.  This file makes the
 * accounts, campaigns and topics and runs the whole; the posts and their
 * numbers are in herald-demo-posts.c, their wording in herald-demo-text.c.
 *
 * The same seed and "now" give the same database, ids included: every
 * random choice comes from a GRand seeded from the options.  Everything is
 * written in one transaction, so that even a million samples take seconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "herald-demo.h"
#include "herald-demo-private.h"

G_DEFINE_QUARK (herald-demo-error-quark, herald_demo_error)

static const struct {
  const char *kind;
  const char *name;
  const char *handle;
  guint       weight;        /* how often the team posts there */
  double      median_views;  /* what a typical post settles at */
  double      growth_days;   /* how fast its numbers settle */
} demo_accounts[] = {
  { "wechat-article", "山茶生活志", "shanchashenghuo", 6, 1800, 1.0 },
  { "wechat-channels", "山茶生活", "sphShanCha2019", 8, 4000, 1.5 },
  { "douyin", "山茶生活", "shancha_life", 18, 12000, 1.0 },
  { "kuaishou", "山茶生活小铺", "shancha_xiaopu", 7, 8000, 1.0 },
  { "xiaohongshu", "山茶的日常", "95273341", 20, 2500, 3.0 },
  { "bilibili", "山茶生活实验室", "3493117", 6, 9000, 3.0 },
  { "weibo", "山茶生活官微", "shanchalife", 16, 6000, 0.5 },
};

/* Occasions operators plan campaigns around; the three nearest today
 * become the demo's campaigns. */
static const struct {
  guint       month;
  guint       day;
  guint       lead_days;   /* the campaign starts this long before */
  const char *name;
  const char *moment;      /* how posts call the occasion */
  const char *goal;
  const char *notes;
  const char *color;
} demo_moments[] = {
  { 1, 10, 25, "年货节", "年货节",
    "年货礼盒种草，春节前旗舰店礼盒售罄",
    "礼盒1月初到仓；快递停运前一周发停发提醒", "#e01b24" },
  { 3, 8, 14, "春日焕新季", "女神节",
    "护手霜、身体乳换季焕新，小红书新增粉丝2万", "", "#dc8add" },
  { 5, 20, 14, "520心意礼", "520",
    "香薰、眼罩礼盒种草，主打情侣和闺蜜送礼", "", "#f66151" },
  { 6, 18, 21, "618年中囤货季", "618",
    "全渠道曝光300万，旗舰店囤货装销量翻倍", "预售5月底开始，尾款6月17日", "#ff7800" },
  { 9, 1, 14, "开学季", "开学季",
    "保温杯、挂耳咖啡拉新，覆盖大学生群体", "", "#33d17a" },
  { 10, 1, 14, "国庆出游季", "国庆",
    "出游随身好物内容，抖音单条破10万播放", "", "#3584e4" },
  { 11, 11, 22, "双十一囤货节", "双十一",
    "全渠道种草，带动旗舰店预售和尾款转化",
    "预售10月下旬晚8点开始；直播排期见共享表格", "#c01c28" },
  { 12, 21, 14, "冬至暖冬季", "冬至",
    "暖冬系列内容种草，带动暖手宝、围巾和桂花酒酿", "", "#1c71d8" },
};

static const struct {
  const char *title;
  const char *source;
  const char *notes;
} demo_topics[] = {
  { "围炉煮茶", "微博热搜", "冬天的仪式感，可以结合冷萃乌龙和桂花酒酿" },
  { "冬至吃饺子还是汤圆", "微博热搜", "南北之争，评论区互动好做" },
  { "打工人的松弛感", "知乎热榜", "" },
  { "Citywalk", "小红书", "线下门店打卡路线？" },
  { "多巴胺穿搭", "抖音热榜", "" },
  { "情绪价值", "知乎热榜", "香薰、眼罩都能往这个方向讲" },
  { "反向旅游", "百度热搜", "" },
  { "一人食", "小红书", "" },
  { "年轻人开始存钱了", "微博热搜", "注意别和促销内容放在一起发" },
  { "办公室养生", "抖音热榜", "保温杯、挂耳咖啡" },
  { "热红酒", "小红书", "" },
  { "小雪节气", "百度热搜", "" },
  { "断舍离", "B站排行榜", "" },
  { "暖冬穿搭", "抖音热榜", "围巾可以蹭" },
  { "年货清单", "微博热搜", "年货礼盒主推" },
  { "早八人的通勤妆", "小红书", "" },
  { "新中式穿搭", "抖音热榜", "" },
  { "手冲咖啡入门", "B站排行榜", "挂耳咖啡，可找UP主合作" },
  { "睡眠焦虑", "知乎热榜", "真丝眼罩" },
  { "秋冬护手指南", "小红书", "护手霜主推" },
};

/* Where each hot list lives, and how hot its top entries run. */
static const struct {
  const char *source;
  const char *search_url;
  double      median_peak;
} demo_sources[] = {
  { "微博热搜", "https://s.weibo.com/weibo?q=", 2000000 },
  { "知乎热榜", "https://www.zhihu.com/search?q=", 8000000 },
  { "百度热搜", "https://www.baidu.com/s?wd=", 3000000 },
  { "抖音热榜", "https://www.douyin.com/search/", 9000000 },
  { "B站排行榜", "https://search.bilibili.com/all?keyword=", 1000000 },
  { "小红书", "https://www.xiaohongshu.com/search_result?keyword=", 300000 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (demo_accounts) == DEMO_N_ACCOUNTS);
G_STATIC_ASSERT (G_N_ELEMENTS (demo_topics) == DEMO_N_TOPICS);

/* Helpers */

/* A UUID-shaped id (version 4 layout) drawn from the demo's own random
 * numbers, so that ids repeat with the seed. */
void
herald_demo_make_id (HeraldDemo *demo,
                     char        id[DEMO_ID_LENGTH])
{
  guint32 a = g_rand_int (demo->ids);
  guint32 b = g_rand_int (demo->ids);
  guint32 c = g_rand_int (demo->ids);
  guint32 d = g_rand_int (demo->ids);

  g_snprintf (id, DEMO_ID_LENGTH, "%08x-%04x-4%03x-%04x-%04x%08x",
              a, b >> 16, b & 0x0fff, ((c >> 16) & 0x3fff) | 0x8000, c & 0xffff, d);
}

static double
gaussian (GRand *rand)
{
  double u = 1.0 - g_rand_double (rand);   /* (0, 1]: log() stays finite */
  double v = g_rand_double (rand);

  return sqrt (-2.0 * log (u)) * cos (2.0 * G_PI * v);
}

double
herald_demo_lognormal (GRand  *rand,
                       double  median,
                       double  sigma)
{
  return median * exp (sigma * gaussian (rand));
}

/* Targets look like people set them: two significant digits. */
static double
round_target (double value)
{
  double unit;

  if (value < 100)
    return 100;

  unit = pow (10, floor (log10 (value)) - 1);
  return round (value / unit) * unit;
}

gint64
herald_demo_random_span (GRand  *rand,
                         gint64  low,
                         gint64  high)
{
  return low + (gint64) (g_rand_double (rand) * (double) (high - low));
}

static char *
format_day (HeraldDemo *demo,
            gint64      time)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (time);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, demo->zone);

  return g_date_time_format (local, "%Y-%m-%d");
}

static gint64
local_midnight (GTimeZone *zone,
                int        year,
                int        month,
                int        day)
{
  g_autoptr (GDateTime) midnight = g_date_time_new (zone, year, month, day, 0, 0, 0);

  return g_date_time_to_unix (midnight);
}

static void
set_up_days (HeraldDemo *demo)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (demo->now);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, demo->zone);
  g_autoptr (GDateTime) today = g_date_time_new (demo->zone,
                                                 g_date_time_get_year (local),
                                                 g_date_time_get_month (local),
                                                 g_date_time_get_day_of_month (local),
                                                 0, 0, 0);

  /* Each day's own midnight, so that a change of offset would be right. */
  demo->span_days = MAX (DEMO_SPAN_DAYS, (int) (demo->options->n_posts / (2 * DEMO_POSTS_PER_DAY)));
  demo->day_starts = g_new (gint64, 2 * demo->span_days + 1);
  for (int i = 0; i < 2 * demo->span_days + 1; i++)
    {
      g_autoptr (GDateTime) day = g_date_time_add_days (today, i - demo->span_days);

      demo->day_starts[i] = g_date_time_to_unix (day);
    }
}

/* Accounts */

static void
parse_slots (HeraldDemoAccount *account)
{
  const char * const *slots = herald_channel_kind_get_default_slots (account->kind);

  for (guint i = 0; slots != NULL && slots[i] != NULL && account->n_slots < G_N_ELEMENTS (account->slots); i++)
    {
      guint hour, minute;

      if (sscanf (slots[i], "%u:%u", &hour, &minute) == 2 && hour < 24 && minute < 60)
        account->slots[account->n_slots++] = hour * 60 + minute;
    }

  if (account->n_slots == 0)
    account->slots[account->n_slots++] = 20 * 60;
}

static gboolean
write_accounts (HeraldDemo   *demo,
                HeraldStore  *store,
                GError      **error)
{
  for (guint i = 0; i < DEMO_N_ACCOUNTS; i++)
    {
      HeraldDemoAccount *account = &demo->accounts[i];
      g_autoptr (HeraldAccount) record = NULL;

      account->kind = herald_channel_kinds_lookup (demo_accounts[i].kind);
      g_assert (account->kind != NULL);
      account->kind_id = demo_accounts[i].kind;
      parse_slots (account);
      account->weight = demo_accounts[i].weight;
      account->median_views = demo_accounts[i].median_views;
      account->growth_days = demo_accounts[i].growth_days;
      demo->total_weight += account->weight;

      herald_demo_make_id (demo, account->id);
      record = herald_account_new (demo_accounts[i].kind, demo_accounts[i].name);
      herald_record_set_id (HERALD_RECORD (record), account->id);
      herald_record_set_created_at (HERALD_RECORD (record),
                                    demo->now - (400 - 30 * (int) i) * (gint64) DEMO_DAY);
      herald_account_set_handle (record, demo_accounts[i].handle);
      herald_account_set_color (record, herald_channel_kind_get_color (account->kind));
      herald_account_set_position (record, i);

      if (!herald_store_save_account (store, record, error))
        return FALSE;
    }

  return TRUE;
}

/* Campaigns and KPIs */

typedef struct {
  gint64 anchor;
  guint  moment;
} Occasion;

static int
compare_occasions (gconstpointer a,
                   gconstpointer b)
{
  const Occasion *x = a, *y = b;

  return (x->anchor > y->anchor) - (x->anchor < y->anchor);
}

static gboolean
write_campaigns (HeraldDemo   *demo,
                 HeraldStore  *store,
                 GError      **error)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (demo->now);
  g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, demo->zone);
  Occasion occasions[3 * G_N_ELEMENTS (demo_moments)];
  guint n = 0, current = 0;

  for (int year = g_date_time_get_year (local) - 1; year <= g_date_time_get_year (local) + 1; year++)
    for (guint m = 0; m < G_N_ELEMENTS (demo_moments); m++)
      {
        occasions[n].anchor = local_midnight (demo->zone, year, demo_moments[m].month, demo_moments[m].day);
        occasions[n].moment = m;
        n++;
      }
  qsort (occasions, n, sizeof (Occasion), compare_occasions);

  /* The first occasion whose campaign has not ended is the current one;
   * the demo has the one before it and the one after. */
  while (current < n - 2 && occasions[current].anchor + 4 * DEMO_DAY <= demo->now)
    current++;
  current = CLAMP (current, 1, n - 2);

  for (guint c = 0; c < DEMO_N_CAMPAIGNS; c++)
    {
      HeraldDemoCampaign *campaign = &demo->campaigns[c];
      const Occasion *occasion = &occasions[current - 1 + c];
      guint m = occasion->moment;
      g_autoptr (HeraldCampaign) record = NULL;
      g_autofree char *starts_on = NULL;
      g_autofree char *ends_on = NULL;

      campaign->name = demo_moments[m].name;
      campaign->moment = demo_moments[m].moment;
      campaign->starts = occasion->anchor - demo_moments[m].lead_days * (gint64) DEMO_DAY;
      campaign->ends = occasion->anchor + 4 * DEMO_DAY;

      /* The current campaign is already running, so that its KPIs show
       * progress under way. */
      if (c == 1)
        campaign->starts = MIN (campaign->starts, DEMO_DAY_START (demo, -10));
      starts_on = format_day (demo, campaign->starts);
      ends_on = format_day (demo, campaign->ends - DEMO_DAY);

      herald_demo_make_id (demo, campaign->id);
      record = herald_campaign_new (demo_moments[m].name);
      herald_record_set_id (HERALD_RECORD (record), campaign->id);
      herald_record_set_created_at (HERALD_RECORD (record),
                                    MIN (campaign->starts - 30 * DEMO_DAY, demo->now));
      herald_campaign_set_goal (record, demo_moments[m].goal);
      herald_campaign_set_starts_on (record, starts_on);
      herald_campaign_set_ends_on (record, ends_on);
      herald_campaign_set_color (record, demo_moments[m].color);
      herald_campaign_set_notes (record, demo_moments[m].notes);

      if (!herald_store_save_campaign (store, record, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_kpi (HeraldDemo   *demo,
          HeraldStore  *store,
          const char   *campaign_id,
          const char   *metric,
          const char   *account_id,
          double        target,
          GError      **error)
{
  g_autoptr (HeraldKpi) kpi = herald_kpi_new (campaign_id, metric, round_target (target));
  char id[DEMO_ID_LENGTH];

  herald_demo_make_id (demo, id);
  herald_record_set_id (HERALD_RECORD (kpi), id);
  herald_kpi_set_account_id (kpi, account_id);

  return herald_store_save_kpi (store, kpi, error);
}

/* Targets follow what the campaign's posts should reach, give or take,
 * so that progress bars land near 100 % whatever the demo's size. */
static gboolean
write_kpis (HeraldDemo   *demo,
            HeraldStore  *store,
            GError      **error)
{
  const char *douyin_id = NULL;
  guint douyin = 0;

  for (guint i = 0; i < DEMO_N_ACCOUNTS; i++)
    if (g_str_equal (demo->accounts[i].kind_id, "douyin"))
      {
        douyin_id = demo->accounts[i].id;
        douyin = i;
      }

  for (guint c = 0; c < DEMO_N_CAMPAIGNS; c++)
    {
      HeraldDemoCampaign *campaign = &demo->campaigns[c];
      double views = MAX (campaign->planned_views, 10000) * g_rand_double_range (demo->rand, 0.9, 1.2);
      const char *account_ids[DEMO_N_ACCOUNTS + 1];
      guint n = 0;

      /* The campaign runs on the accounts its posts go out on, and on
       * Douyin, which has a target of its own. */
      if (douyin_id != NULL)
        campaign->on_account[douyin] = TRUE;
      for (guint i = 0; i < DEMO_N_ACCOUNTS; i++)
        if (campaign->on_account[i])
          account_ids[n++] = demo->accounts[i].id;
      account_ids[n] = NULL;
      if (!herald_store_set_campaign_accounts (store, campaign->id, account_ids, error))
        return FALSE;

      if (!save_kpi (demo, store, campaign->id, "views", NULL, views, error) ||
          !save_kpi (demo, store, campaign->id, "likes", NULL,
                     views * g_rand_double_range (demo->rand, 0.035, 0.05), error) ||
          !save_kpi (demo, store, campaign->id, "followers_gained", NULL,
                     views * g_rand_double_range (demo->rand, 0.002, 0.004), error))
        return FALSE;

      if (douyin_id != NULL &&
          !save_kpi (demo, store, campaign->id, "views", douyin_id,
                     MAX (campaign->planned_douyin_views, 5000) * g_rand_double_range (demo->rand, 0.9, 1.2),
                     error))
        return FALSE;
    }

  return TRUE;
}

/* Topics */

static const char *
topic_search_url (const char *source,
                  double     *median_peak)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_sources); i++)
    if (g_str_equal (demo_sources[i].source, source))
      {
        *median_peak = demo_sources[i].median_peak;
        return demo_sources[i].search_url;
      }

  *median_peak = 1000000;
  return NULL;
}

/* A topic's life on a hot list: it climbs to a peak, then fades off. */
static double
heat_shape (double x,
            double peak_at)
{
  if (x < peak_at)
    return 0.15 + 0.85 * pow (x / peak_at, 1.5);

  return exp (-3.0 * (x - peak_at) / (1.0 - peak_at));
}

static gboolean
write_topics (HeraldDemo   *demo,
              HeraldStore  *store,
              GError      **error)
{
  gboolean used[DEMO_N_TOPICS] = { FALSE, };

  /* About 8 of the topics are ones the team wrote about. */
  for (guint i = 0; i < DEMO_N_TOPICS; i++)
    used[i] = g_rand_double (demo->rand) < 0.4;

  for (guint i = 0; i < DEMO_N_TOPICS; i++)
    {
      HeraldDemoTopic *topic = &demo->topics[i];
      g_autoptr (HeraldTopic) record = NULL;
      g_autofree char *escaped = NULL;
      g_autofree char *url = NULL;
      const char *search_url;
      double median_peak, peak, peak_at;
      gint64 first, duration;
      guint n_samples;

      search_url = topic_search_url (demo_topics[i].source, &median_peak);
      first = demo->now - herald_demo_random_span (demo->rand, DEMO_DAY, 30 * DEMO_DAY);
      duration = herald_demo_random_span (demo->rand, 3 * DEMO_DAY / 2, 9 * DEMO_DAY);
      n_samples = g_rand_int_range (demo->rand, 6, 21);
      peak = herald_demo_lognormal (demo->rand, median_peak, 0.5);
      peak_at = g_rand_double_range (demo->rand, 0.2, 0.6);

      topic->title = demo_topics[i].title;
      topic->used = used[i];
      if (used[i])
        demo->used_topics[demo->n_used_topics++] = i;

      herald_demo_make_id (demo, topic->id);
      record = herald_topic_new (demo_topics[i].title, demo_topics[i].source);
      herald_record_set_id (HERALD_RECORD (record), topic->id);
      herald_record_set_created_at (HERALD_RECORD (record), first);
      herald_topic_set_notes (record, demo_topics[i].notes);
      if (search_url != NULL)
        {
          escaped = g_uri_escape_string (demo_topics[i].title, NULL, FALSE);
          if (g_str_equal (demo_topics[i].source, "微博热搜"))
            url = g_strconcat (search_url, "%23", escaped, "%23", NULL);
          else
            url = g_strconcat (search_url, escaped, NULL);
          herald_topic_set_url (record, url);
        }

      if (used[i])
        herald_topic_set_state (record, HERALD_TOPIC_STATE_USED);
      else if (first + duration < demo->now - 2 * DEMO_DAY && g_rand_boolean (demo->rand))
        herald_topic_set_state (record, HERALD_TOPIC_STATE_DROPPED);
      else
        herald_topic_set_state (record, HERALD_TOPIC_STATE_WATCHING);

      if (!herald_store_save_topic (store, record, error))
        return FALSE;

      /* One sample per fetch of the list; a topic still on the list has
       * its latest sample at about now. */
      topic->first_seen = first;
      topic->last_seen = first;
      for (guint j = 0; j < n_samples; j++)
        {
          double x = (double) j / (n_samples - 1);
          HeraldHeatSample sample;
          double share;

          sample.at = first + (gint64) (x * duration);
          if (sample.at > demo->now)
            break;

          share = heat_shape (x, peak_at);
          sample.heat = round (peak * share * g_rand_double_range (demo->rand, 0.95, 1.05));
          sample.rank = CLAMP (1 + (int) ((1.0 - share) * 40) + g_rand_int_range (demo->rand, 0, 3), 1, 50);
          topic->last_seen = sample.at;

          if (!herald_store_add_topic_heat (store, topic->id, &sample, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
is_empty (HeraldStore  *store,
          gboolean     *empty,
          GError      **error)
{
  static const HeraldRecordKind kinds[] = {
    HERALD_RECORD_ACCOUNT,
    HERALD_RECORD_CAMPAIGN,
    HERALD_RECORD_POST,
    HERALD_RECORD_TOPIC,
    HERALD_RECORD_METRIC,
  };

  *empty = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      gint64 count = herald_store_count (store, kinds[i], error);

      if (count < 0)
        return FALSE;
      if (count > 0)
        *empty = FALSE;
    }

  return TRUE;
}

static gboolean
generate_in_transaction (HeraldStore  *store,
                         gpointer      user_data,
                         GError      **error)
{
  HeraldDemo *demo = user_data;
  gboolean empty;

  /* Demo data never mixes with someone's plans. */
  if (!is_empty (store, &empty, error))
    return FALSE;
  if (!empty)
    {
      g_set_error (error, HERALD_DEMO_ERROR, HERALD_DEMO_ERROR_NOT_EMPTY,
                   _("The database already has data: demo data only goes into a new, empty database"));
      return FALSE;
    }

  return write_accounts (demo, store, error) &&
         write_campaigns (demo, store, error) &&
         write_topics (demo, store, error) &&
         herald_demo_write_posts (demo, store, error) &&
         write_kpis (demo, store, error) &&
         herald_demo_write_samples (demo, store, error);
}

/* Public API */

/**
 * herald_demo_options_init:
 * @options: the options to fill in
 *
 * Sets @options to the defaults: 600 posts, 6000 metric samples, seed 1,
 * around the current time.
 */
void
herald_demo_options_init (HeraldDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->n_posts = HERALD_DEMO_DEFAULT_POSTS;
  options->n_samples = HERALD_DEMO_DEFAULT_SAMPLES;
  options->seed = HERALD_DEMO_DEFAULT_SEED;
  options->now = 0;
}

/**
 * herald_demo_generate:
 * @store: an empty #HeraldStore
 * @options: (nullable): what to make; %NULL for the defaults
 * @error: return location for a #GError
 *
 * Fills @store with a brand's demo plans: an account on every channel
 * kind, three campaigns with KPIs around @options->now, exactly
 * @options->n_posts posts from about 45 days before to 45 days after it in
 * every status (when there are at least 8 posts), twenty hot topics with
 * their heat, and exactly @options->n_samples metric samples, all of them
 * on published posts.  Times are planned in Asia/Shanghai.
 *
 * The same seed and time give the same records, ids included.  Everything
 * is written in one transaction: on failure nothing is.  A store that
 * already holds records is refused with %HERALD_DEMO_ERROR_NOT_EMPTY, and
 * samples without a single post with %HERALD_DEMO_ERROR_INVALID.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_demo_generate (HeraldStore              *store,
                      const HeraldDemoOptions  *options,
                      GError                  **error)
{
  HeraldDemoOptions defaults;
  guint32 seeds[2];
  HeraldDemo demo = { 0, };
  gboolean ok;

  g_return_val_if_fail (HERALD_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      herald_demo_options_init (&defaults);
      options = &defaults;
    }

  if (options->n_samples > 0 && options->n_posts == 0)
    {
      g_set_error (error, HERALD_DEMO_ERROR, HERALD_DEMO_ERROR_INVALID,
                   _("Metric samples need published posts: ask for at least one post"));
      return FALSE;
    }

  /* Ids come from a stream of their own: drawing them never changes what
   * a seed writes. */
  seeds[0] = options->seed;
  seeds[1] = 0x49447321;
  demo.options = options;
  demo.rand = g_rand_new_with_seed (options->seed);
  demo.ids = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  demo.now = options->now != 0 ? options->now : g_get_real_time () / G_USEC_PER_SEC;
  demo.zone = g_time_zone_new_identifier (DEMO_ZONE);
  if (demo.zone == NULL)
    demo.zone = g_time_zone_new_offset (8 * 60 * 60);   /* Shanghai keeps no summer time */
  demo.published = g_array_new (FALSE, FALSE, sizeof (HeraldDemoPublished));

  set_up_days (&demo);
  ok = herald_store_transaction (store, generate_in_transaction, &demo, error);

  g_array_unref (demo.published);
  g_time_zone_unref (demo.zone);
  g_free (demo.day_starts);
  g_rand_free (demo.ids);
  g_rand_free (demo.rand);

  return ok;
}

