/* herald-demo-posts.c — the demo's posts and the numbers they earned
 *
 * Posts come in groups: one post, or a series cross-posted to two or three
 * accounts.  Each group gets a day within 45 days of today, each post a
 * slot of its channel, and a status that fits its time: what is past went
 * out (or, now and then, missed its slot and is overdue), what is ahead is
 * somewhere between idea and scheduled.  Published posts then get their
 * metric samples, readings that grow over time as a platform's do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "herald-demo.h"
#include "herald-demo-private.h"

#define SAMPLE_CHUNK 10000

/* A group of posts made together: one post, or the siblings of a series. */
typedef struct {
  gboolean     timed;
  int          day;            /* offset from today */
  double       roll;           /* one status draw for every sibling */
  int          forced_status;  /* -1, or a HeraldPostStatus */
  guint        n_accounts;
  guint        accounts[3];
} Group;

/* The first posts cover every state of the workflow, so that even a small
 * demo shows each of them, an overdue post and an idea without a time. */
static const struct {
  HeraldPostStatus status;
  gboolean         timed;
  int              first_day;
  int              last_day;
} showcase[] = {
  { HERALD_POST_STATUS_PUBLISHED, TRUE, -DEMO_SPAN_DAYS, -1 },
  { HERALD_POST_STATUS_SCHEDULED, TRUE, -7, -1 },   /* overdue */
  { HERALD_POST_STATUS_IDEA, FALSE, 0, 0 },
  { HERALD_POST_STATUS_DRAFT, TRUE, 1, DEMO_SPAN_DAYS },
  { HERALD_POST_STATUS_REVIEW, TRUE, 1, 14 },
  { HERALD_POST_STATUS_APPROVED, TRUE, 1, 14 },
  { HERALD_POST_STATUS_SCHEDULED, TRUE, 1, 7 },
  { HERALD_POST_STATUS_CANCELLED, TRUE, -DEMO_SPAN_DAYS, -1 },
};

typedef struct {
  HeraldPostStatus status;
  double           share;
} StatusShare;

/* Past posts mostly went out; a few missed their slot (overdue). */
static const StatusShare past_statuses[] = {
  { HERALD_POST_STATUS_PUBLISHED, 0.86 },
  { HERALD_POST_STATUS_SCHEDULED, 0.04 },
  { HERALD_POST_STATUS_APPROVED, 0.015 },
  { HERALD_POST_STATUS_REVIEW, 0.01 },
  { HERALD_POST_STATUS_DRAFT, 0.01 },
  { HERALD_POST_STATUS_CANCELLED, 0.065 },
};

static const StatusShare future_statuses[] = {
  { HERALD_POST_STATUS_SCHEDULED, 0.35 },
  { HERALD_POST_STATUS_APPROVED, 0.20 },
  { HERALD_POST_STATUS_REVIEW, 0.12 },
  { HERALD_POST_STATUS_DRAFT, 0.20 },
  { HERALD_POST_STATUS_IDEA, 0.08 },
  { HERALD_POST_STATUS_CANCELLED, 0.05 },
};

static const StatusShare unscheduled_statuses[] = {
  { HERALD_POST_STATUS_IDEA, 0.6 },
  { HERALD_POST_STATUS_DRAFT, 0.4 },
};

typedef struct {
  const char *metric;
  double      low;    /* share of views, drawn per post */
  double      high;
} MetricShare;

static const MetricShare base_metrics[] = {
  { "views", 1, 1 },
  { "likes", 0.02, 0.08 },
  { "comments", 0.002, 0.01 },
  { "shares", 0.002, 0.015 },
  { "favorites", 0.01, 0.04 },
  { "followers_gained", 0.001, 0.005 },
};

static const MetricShare wechat_metrics[] = {
  { "readers", 0.75, 0.9 },
  { "zaikan", 0.005, 0.015 },
};

static const MetricShare bilibili_metrics[] = {
  { "coins", 0.01, 0.03 },
  { "danmaku", 0.005, 0.02 },
};

/* Operators snapshot the numbers at these ages (WeChat freezes after 7
 * and 30 days). */
static const int reading_days[] = { 1, 3, 7, 14, 30 };

#define MAX_METRICS (G_N_ELEMENTS (base_metrics) + 2)

/* Posts */

static HeraldPostStatus
pick_status (const StatusShare *shares,
             guint              n_shares,
             double             roll)
{
  for (guint i = 0; i < n_shares; i++)
    {
      if (roll < shares[i].share)
        return shares[i].status;
      roll -= shares[i].share;
    }

  return shares[n_shares - 1].status;
}

static guint
pick_account (HeraldDemo *demo)
{
  guint draw = g_rand_int_range (demo->rand, 0, demo->total_weight);

  for (guint i = 0; i < DEMO_N_ACCOUNTS; i++)
    {
      if (draw < demo->accounts[i].weight)
        return i;
      draw -= demo->accounts[i].weight;
    }

  return 0;
}

static void
plan_group (HeraldDemo *demo,
            guint       index,
            guint       n_left,
            Group      *group)
{
  GRand *rand = demo->rand;

  group->forced_status = -1;
  group->roll = g_rand_double (rand);
  group->n_accounts = 1;
  group->accounts[0] = pick_account (demo);

  if (index < G_N_ELEMENTS (showcase))
    {
      group->forced_status = showcase[index].status;
      group->timed = showcase[index].timed;
      group->day = g_rand_int_range (rand, showcase[index].first_day, showcase[index].last_day + 1);
      return;
    }

  group->timed = g_rand_double (rand) >= 0.07;
  group->day = g_rand_int_range (rand, -demo->span_days, demo->span_days + 1);

  /* A cross-posted series: the same idea on two or three accounts. */
  if (n_left >= 2 && g_rand_double (rand) < 0.12)
    {
      guint wanted = MIN (n_left, (guint) g_rand_int_range (rand, 2, 4));

      while (group->n_accounts < wanted)
        {
          guint candidate = pick_account (demo);
          gboolean taken = FALSE;

          for (guint i = 0; i < group->n_accounts; i++)
            taken |= group->accounts[i] == candidate;
          if (!taken)
            group->accounts[group->n_accounts++] = candidate;
        }
    }
}

static HeraldDemoCampaign *
campaign_for (HeraldDemo *demo,
              Group      *group)
{
  if (!group->timed)
    return g_rand_double (demo->rand) < 0.3 ? &demo->campaigns[DEMO_N_CAMPAIGNS - 1] : NULL;

  for (guint c = 0; c < DEMO_N_CAMPAIGNS; c++)
    {
      HeraldDemoCampaign *campaign = &demo->campaigns[c];
      gint64 day = DEMO_DAY_START (demo, group->day);

      if (day >= campaign->starts && day < campaign->ends)
        return g_rand_double (demo->rand) < 0.75 ? campaign : NULL;
    }

  return NULL;
}

static HeraldDemoTopic *
topic_for (HeraldDemo *demo,
           Group      *group)
{
  HeraldDemoTopic *topic;
  gint64 day;

  if (demo->n_used_topics == 0 || g_rand_double (demo->rand) >= (group->timed ? 0.25 : 0.4))
    return NULL;

  topic = &demo->topics[demo->used_topics[g_rand_int_range (demo->rand, 0, demo->n_used_topics)]];
  if (!group->timed)
    return topic;

  /* Riding a topic only makes sense while people still talk about it. */
  day = DEMO_DAY_START (demo, group->day);
  if (day + DEMO_DAY < topic->first_seen || day > topic->last_seen + 7 * DEMO_DAY)
    return NULL;

  return topic;
}

static gint64
pick_time (HeraldDemo        *demo,
           HeraldDemoAccount *account,
           int                day)
{
  int minutes;

  /* Mostly the channel's usual slots; now and then a time of the team's own. */
  if (g_rand_double (demo->rand) < 0.8)
    minutes = account->slots[g_rand_int_range (demo->rand, 0, account->n_slots)];
  else
    minutes = g_rand_int_range (demo->rand, 7 * 4, 23 * 4) * 15;

  return DEMO_DAY_START (demo, day) + minutes * 60;
}

static gboolean
write_post (HeraldDemo            *demo,
            HeraldStore           *store,
            Group                 *group,
            guint                  sibling,
            const HeraldDemoIdea  *idea,
            HeraldDemoCampaign    *campaign,
            HeraldDemoTopic       *topic,
            const char            *series_id,
            GError               **error)
{
  guint a = group->accounts[sibling];
  HeraldDemoAccount *account = &demo->accounts[a];
  g_autoptr (HeraldPost) post = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_auto (GStrv) tags = NULL;
  HeraldPostStatus status;
  gint64 scheduled_at = 0, created_at;
  char id[DEMO_ID_LENGTH];

  if (group->timed)
    scheduled_at = pick_time (demo, account, group->day);

  if (group->forced_status >= 0)
    status = group->forced_status;
  else if (!group->timed)
    status = pick_status (unscheduled_statuses, G_N_ELEMENTS (unscheduled_statuses), group->roll);
  else if (scheduled_at < demo->now)
    status = pick_status (past_statuses, G_N_ELEMENTS (past_statuses), group->roll);
  else
    status = pick_status (future_statuses, G_N_ELEMENTS (future_statuses), group->roll);

  /* A series sibling on today's later slot cannot have gone out yet. */
  if (status == HERALD_POST_STATUS_PUBLISHED && scheduled_at >= demo->now)
    status = HERALD_POST_STATUS_SCHEDULED;

  title = herald_demo_title (idea, account->kind);
  body = herald_demo_body (idea, demo->rand, account->kind, status, &tags);

  herald_demo_make_id (demo, id);
  post = herald_post_new (account->id, title);
  herald_record_set_id (HERALD_RECORD (post), id);
  herald_post_set_status (post, status);
  herald_post_set_body (post, body);
  herald_post_set_tags (post, (const char * const *) tags);
  herald_post_set_tz (post, DEMO_ZONE);
  herald_post_set_scheduled_at (post, scheduled_at);
  herald_post_set_series_id (post, series_id);
  if (campaign != NULL)
    {
      herald_post_set_campaign_id (post, campaign->id);
      campaign->on_account[a] = TRUE;
    }
  if (g_str_equal (account->kind_id, "wechat-article") && status != HERALD_POST_STATUS_IDEA)
    {
      g_autofree char *digest = herald_demo_digest (idea, demo->rand);

      herald_post_set_digest (post, digest);
    }
  if (g_rand_double (demo->rand) < 0.2)
    herald_post_set_notes (post, herald_demo_note (demo->rand));

  /* Planned one to three weeks ahead; never created in the future. */
  created_at = demo->now;
  if (scheduled_at != 0)
    created_at = scheduled_at - herald_demo_random_span (demo->rand, DEMO_DAY, 21 * DEMO_DAY);
  if (created_at >= demo->now)
    created_at = demo->now - herald_demo_random_span (demo->rand, 0, 30 * DEMO_DAY);
  herald_record_set_created_at (HERALD_RECORD (post), created_at);

  if (status == HERALD_POST_STATUS_PUBLISHED)
    {
      HeraldDemoPublished published = { { 0, }, a, 0, 0, 0 };
      g_autofree char *url = herald_demo_url (demo->rand, account->kind_id);
      double median = account->median_views * (campaign != NULL ? 1.3 : 1.0);

      /* Published by hand a few minutes after the slot, never after now. */
      published.published_at = scheduled_at + g_rand_int_range (demo->rand, 0, 20 * 60);
      if (published.published_at >= demo->now)
        published.published_at = scheduled_at;
      published.views = herald_demo_lognormal (demo->rand, median, 0.9);
      memcpy (published.id, id, DEMO_ID_LENGTH);
      g_array_append_val (demo->published, published);

      herald_post_set_published_at (post, published.published_at);
      herald_post_set_url (post, url);
    }

  if (campaign != NULL && status != HERALD_POST_STATUS_CANCELLED)
    {
      double expected = account->median_views * 1.3;

      campaign->planned_views += expected;
      if (g_str_equal (account->kind_id, "douyin"))
        campaign->planned_douyin_views += expected;
    }

  if (!herald_store_save_post (store, post, error))
    return FALSE;

  if (topic != NULL && !herald_store_link_post_topic (store, id, topic->id, error))
    return FALSE;

  return TRUE;
}

/* Writes exactly options->n_posts posts, and notes the published ones
 * for herald_demo_write_samples(). */
gboolean
herald_demo_write_posts (HeraldDemo   *demo,
                         HeraldStore  *store,
                         GError      **error)
{
  guint n_posts = demo->options->n_posts;
  guint made = 0;

  for (guint index = 0; made < n_posts; index++)
    {
      Group group;
      HeraldDemoIdea idea;
      HeraldDemoCampaign *campaign;
      HeraldDemoTopic *topic;
      char series_id[DEMO_ID_LENGTH] = { 0, };

      plan_group (demo, index, n_posts - made, &group);
      campaign = campaign_for (demo, &group);
      topic = topic_for (demo, &group);
      herald_demo_idea_init (&idea, demo->rand,
                             campaign != NULL ? campaign->moment : NULL,
                             campaign != NULL ? campaign->name : NULL,
                             topic != NULL ? topic->title : NULL);
      if (group.n_accounts > 1)
        herald_demo_make_id (demo, series_id);

      for (guint s = 0; s < group.n_accounts; s++)
        if (!write_post (demo, store, &group, s, &idea, campaign, topic,
                         group.n_accounts > 1 ? series_id : NULL, error))
          return FALSE;

      made += group.n_accounts;
    }

  return TRUE;
}

/* Metric samples */

/* Each platform's own numbers, on top of the common ones. */
static const MetricShare *
extra_metrics (HeraldDemoAccount *account,
               guint             *n_metrics)
{
  if (g_str_equal (account->kind_id, "wechat-article"))
    {
      *n_metrics = G_N_ELEMENTS (wechat_metrics);
      return wechat_metrics;
    }

  if (g_str_equal (account->kind_id, "bilibili"))
    {
      *n_metrics = G_N_ELEMENTS (bilibili_metrics);
      return bilibili_metrics;
    }

  *n_metrics = 0;
  return NULL;
}

static guint
n_metrics (HeraldDemo          *demo,
           HeraldDemoPublished *published)
{
  guint n_extra;

  extra_metrics (&demo->accounts[published->account], &n_extra);
  return G_N_ELEMENTS (base_metrics) + n_extra;
}

/* Shares out the samples: a full reading (every metric) for each post in
 * turn, round after round, so that all posts get about the same number of
 * readings and the count comes out exact. */
static void
share_samples (HeraldDemo *demo,
               guint       n_samples)
{
  HeraldDemoPublished *posts = (HeraldDemoPublished *) demo->published->data;
  guint n_posts = demo->published->len;
  guint per_round = 0, rounds, left;

  for (guint i = 0; i < n_posts; i++)
    per_round += n_metrics (demo, &posts[i]);

  rounds = n_samples / per_round;
  left = n_samples % per_round;
  for (guint i = 0; i < n_posts; i++)
    {
      guint m = n_metrics (demo, &posts[i]);
      guint extra = MIN (m, left);

      posts[i].n_samples = rounds * m + extra;
      left -= extra;
    }
}

static gboolean
flush_samples (HeraldStore  *store,
               GPtrArray    *chunk,
               GError      **error)
{
  if (chunk->len == 0)
    return TRUE;

  if (!herald_store_add_metric_samples (store, (HeraldMetricSample * const *) chunk->pdata,
                                        chunk->len, error))
    return FALSE;

  g_ptr_array_set_size (chunk, 0);
  return TRUE;
}

static gboolean
write_post_samples (HeraldDemo           *demo,
                    HeraldStore          *store,
                    HeraldDemoPublished  *published,
                    GPtrArray            *chunk,
                    GError              **error)
{
  HeraldDemoAccount *account = &demo->accounts[published->account];
  const MetricShare *metrics[MAX_METRICS];
  double finals[MAX_METRICS];
  double tau = account->growth_days * DEMO_DAY;
  gint64 window = MAX (demo->now - published->published_at, 1);
  const MetricShare *extras;
  guint m = 0, n_extra, n_readings, n_table = 0, written = 0;

  for (guint i = 0; i < G_N_ELEMENTS (base_metrics); i++)
    metrics[m++] = &base_metrics[i];
  extras = extra_metrics (account, &n_extra);
  for (guint i = 0; i < n_extra; i++)
    metrics[m++] = &extras[i];
  for (guint i = 0; i < m; i++)
    finals[i] = published->views * g_rand_double_range (demo->rand, metrics[i]->low, metrics[i]->high);

  n_readings = (published->n_samples + m - 1) / m;
  while (n_table < G_N_ELEMENTS (reading_days) && reading_days[n_table] * (gint64) DEMO_DAY <= window)
    n_table++;

  for (guint r = 0; r < n_readings; r++)
    {
      gint64 age;
      double grown;

      /* The usual T+1, T+3, T+7 … when the post is old enough for all of
       * its readings; otherwise readings spread evenly up to now. */
      if (n_readings <= n_table)
        age = reading_days[r] * (gint64) DEMO_DAY;
      else
        age = window * (gint64) (r + 1) / n_readings;
      grown = 1.0 - exp (-(double) age / tau);

      for (guint i = 0; i < m && written < published->n_samples; i++, written++)
        {
          HeraldMetricSample *sample;

          sample = herald_metric_sample_new (account->id, published->id, metrics[i]->metric,
                                             round (finals[i] * grown),
                                             published->published_at + age);
          g_ptr_array_add (chunk, sample);
          if (chunk->len >= SAMPLE_CHUNK && !flush_samples (store, chunk, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Writes exactly options->n_samples samples, all on published posts. */
gboolean
herald_demo_write_samples (HeraldDemo   *demo,
                           HeraldStore  *store,
                           GError      **error)
{
  g_autoptr (GPtrArray) chunk = NULL;
  guint n_samples = demo->options->n_samples;

  if (n_samples == 0)
    return TRUE;

  if (demo->published->len == 0)
    {
      g_set_error (error, HERALD_DEMO_ERROR, HERALD_DEMO_ERROR_INVALID,
                   _("Metric samples need published posts: ask for at least one post"));
      return FALSE;
    }

  share_samples (demo, n_samples);

  chunk = g_ptr_array_new_full (SAMPLE_CHUNK, g_object_unref);
  for (guint i = 0; i < demo->published->len; i++)
    if (!write_post_samples (demo, store, &g_array_index (demo->published, HeraldDemoPublished, i),
                             chunk, error))
      return FALSE;

  return flush_samples (store, chunk, error);
}

