/* test-demo.c — the demo data: what it holds, and that it repeats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "herald-channel-kind.h"
#include "herald-demo.h"
#include "herald-store.h"

typedef struct {
  char        *dir;
  HeraldStore *store;
} Fixture;

/* 2026-11-20 10:00 in Shanghai: a Friday nine days after 双十一. */
static gint64
fixed_now (void)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_offset (8 * 60 * 60);
  g_autoptr (GDateTime) now = g_date_time_new (zone, 2026, 11, 20, 10, 0, 0);

  return g_date_time_to_unix (now);
}

static void
rm_rf (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        rm_rf (child);
      }

  g_remove (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("herald-demo-test-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "demo.db", NULL);
  fixture->store = herald_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  rm_rf (fixture->dir);
  g_free (fixture->dir);
}

static void
generate (HeraldStore *store,
          guint        n_posts,
          guint        n_samples,
          guint32      seed,
          gint64       now)
{
  g_autoptr (GError) error = NULL;
  HeraldDemoOptions options;

  herald_demo_options_init (&options);
  options.n_posts = n_posts;
  options.n_samples = n_samples;
  options.seed = seed;
  options.now = now;

  g_assert_true (herald_demo_generate (store, &options, &error));
  g_assert_no_error (error);
}

/* Every post: those with a time in time order, then the others. */
static GPtrArray *
all_posts (HeraldStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) scheduled = NULL;
  g_autoptr (GListModel) unscheduled = NULL;
  GPtrArray *posts = g_ptr_array_new_with_free_func (g_object_unref);

  scheduled = herald_store_list_posts_in_range (store, G_MININT64, G_MAXINT64, NULL, &error);
  g_assert_no_error (error);
  unscheduled = herald_store_list_unscheduled_posts (store, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (scheduled); i++)
    g_ptr_array_add (posts, g_list_model_get_item (scheduled, i));
  for (guint i = 0; i < g_list_model_get_n_items (unscheduled); i++)
    g_ptr_array_add (posts, g_list_model_get_item (unscheduled, i));

  return posts;
}

static HeraldChannelKind *
kind_of_post (HeraldStore *store,
              HeraldPost  *post)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldAccount) account = NULL;

  account = herald_store_get_account (store, herald_post_get_account_id (post), &error);
  g_assert_no_error (error);

  return herald_channel_kinds_lookup (herald_account_get_kind (account));
}

static void
test_options_init (void)
{
  HeraldDemoOptions options = { 1, 2, 3, 4 };

  herald_demo_options_init (&options);
  g_assert_cmpuint (options.n_posts, ==, 600);
  g_assert_cmpuint (options.n_samples, ==, 6000);
  g_assert_cmpuint (options.seed, ==, 1);
  g_assert_cmpint (options.now, ==, 0);
}

static void
test_accounts_and_campaigns (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GListModel) campaigns = NULL;
  g_autoptr (GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GDateTime) now = g_date_time_new_from_unix_utc (fixed_now ());
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gboolean current = FALSE;

  generate (fixture->store, 600, 6000, 1, fixed_now ());

  accounts = herald_store_list_accounts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (accounts), >=, 6);
  g_assert_cmpuint (g_list_model_get_n_items (accounts), <=, 7);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);
      HeraldChannelKind *kind = herald_channel_kinds_lookup (herald_account_get_kind (account));

      g_assert_nonnull (kind);
      g_assert_cmpstr (herald_account_get_name (account), !=, "");
      g_assert_cmpstr (herald_account_get_handle (account), !=, "");
      g_assert_cmpstr (herald_account_get_color (account), ==, herald_channel_kind_get_color (kind));
      g_assert_cmpint (herald_account_get_position (account), ==, i);
      g_hash_table_add (kinds, (gpointer) herald_channel_kind_get_id (kind));
    }
  /* One account a platform: 公众号, 视频号, 抖音 … */
  g_assert_cmpuint (g_hash_table_size (kinds), ==, g_list_model_get_n_items (accounts));
  g_assert_true (g_hash_table_contains (kinds, "wechat-article"));
  g_assert_true (g_hash_table_contains (kinds, "douyin"));
  g_assert_true (g_hash_table_contains (kinds, "xiaohongshu"));
  g_assert_true (g_hash_table_contains (kinds, "weibo"));

  campaigns = herald_store_list_campaigns (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (campaigns), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (HeraldCampaign) campaign = g_list_model_get_item (campaigns, i);
      g_autoptr (GListModel) kpis = NULL;
      g_autoptr (GHashTable) metrics = g_hash_table_new (g_str_hash, g_str_equal);
      const char *starts_on = herald_campaign_get_starts_on (campaign);
      const char *ends_on = herald_campaign_get_ends_on (campaign);

      g_assert_cmpstr (herald_campaign_get_name (campaign), !=, "");
      g_assert_cmpstr (herald_campaign_get_goal (campaign), !=, "");
      g_assert_cmpint (strlen (starts_on), ==, 10);
      g_assert_cmpint (strlen (ends_on), ==, 10);
      g_assert_cmpstr (starts_on, <, ends_on);
      if (g_strcmp0 (starts_on, today) <= 0 && g_strcmp0 (today, ends_on) <= 0)
        current = TRUE;

      kpis = herald_store_list_kpis (fixture->store, herald_record_get_id (HERALD_RECORD (campaign)), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (kpis), >=, 3);
      for (guint k = 0; k < g_list_model_get_n_items (kpis); k++)
        {
          g_autoptr (HeraldKpi) kpi = g_list_model_get_item (kpis, k);

          g_assert_cmpfloat (herald_kpi_get_target (kpi), >, 0);
          g_hash_table_add (metrics, (gpointer) herald_kpi_get_metric (kpi));
        }
      g_assert_true (g_hash_table_contains (metrics, "views"));
      g_assert_true (g_hash_table_contains (metrics, "likes"));
      g_assert_true (g_hash_table_contains (metrics, "followers_gained"));

      /* The campaign runs on every account its posts go out on, and on
       * each account it has a target for. */
      {
        const char *campaign_ids[] = { herald_record_get_id (HERALD_RECORD (campaign)), NULL };
        HeraldPostFilter filter = { NULL, campaign_ids, 0 };
        g_autoptr (GListModel) members = herald_store_list_campaign_accounts (fixture->store, campaign_ids[0], &error);
        g_autoptr (GHashTable) member_ids = g_hash_table_new (g_str_hash, g_str_equal);
        g_autoptr (GListModel) scheduled = NULL, unscheduled = NULL;

        g_assert_no_error (error);
        g_assert_cmpuint (g_list_model_get_n_items (members), >=, 2);
        for (guint m = 0; m < g_list_model_get_n_items (members); m++)
          {
            g_autoptr (HeraldAccount) account = g_list_model_get_item (members, m);

            g_hash_table_add (member_ids, (gpointer) herald_record_get_id (HERALD_RECORD (account)));
          }
        for (guint k = 0; k < g_list_model_get_n_items (kpis); k++)
          {
            g_autoptr (HeraldKpi) kpi = g_list_model_get_item (kpis, k);

            if (herald_kpi_get_account_id (kpi) != NULL)
              g_assert_true (g_hash_table_contains (member_ids, herald_kpi_get_account_id (kpi)));
          }
        scheduled = herald_store_list_posts_in_range (fixture->store, G_MININT64, G_MAXINT64, &filter, &error);
        g_assert_no_error (error);
        unscheduled = herald_store_list_unscheduled_posts (fixture->store, &filter, &error);
        g_assert_no_error (error);
        for (GListModel **list = (GListModel *[]) { scheduled, unscheduled, NULL }; *list != NULL; list++)
          for (guint p = 0; p < g_list_model_get_n_items (*list); p++)
            {
              g_autoptr (HeraldPost) post = g_list_model_get_item (*list, p);

              g_assert_true (g_hash_table_contains (member_ids, herald_post_get_account_id (post)));
            }
      }
    }

  /* 2026-11-20 is inside the 双十一 campaign's tail or the next one. */
  g_assert_true (current);
}

static void
test_posts (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) posts = NULL;
  g_autoptr (GHashTable) series = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  gint64 now = fixed_now ();
  guint statuses[HERALD_N_POST_STATUSES] = { 0, };
  guint before = 0, after = 0, unscheduled = 0, at_slot = 0, overdue = 0, with_campaign = 0;
  gboolean series_found = FALSE;
  GHashTableIter iter;
  gpointer value;

  generate (fixture->store, 600, 6000, 1, now);

  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, NULL), ==, 600);
  posts = all_posts (fixture->store);
  g_assert_cmpuint (posts->len, ==, 600);

  for (guint i = 0; i < posts->len; i++)
    {
      HeraldPost *post = posts->pdata[i];
      HeraldPostStatus status = herald_post_get_status (post);
      HeraldChannelKind *kind = kind_of_post (fixture->store, post);
      gint64 scheduled_at = herald_post_get_scheduled_at (post);
      gint64 published_at = herald_post_get_published_at (post);
      int title_max = herald_channel_kind_get_limit (kind, "title_max", NULL);
      const char *series_id = herald_post_get_series_id (post);

      statuses[status]++;
      g_assert_cmpstr (herald_post_get_title (post), !=, "");
      g_assert_cmpstr (herald_post_get_body (post), !=, "");
      g_assert_true (g_utf8_validate (herald_post_get_body (post), -1, NULL));
      g_assert_cmpstr (herald_post_get_tz (post), ==, "Asia/Shanghai");
      if (title_max >= 0)
        g_assert_cmpint (g_utf8_strlen (herald_post_get_title (post), -1), <=, title_max);
      if (herald_post_get_campaign_id (post) != NULL)
        with_campaign++;
      if (herald_post_is_overdue (post, now))
        overdue++;

      if (scheduled_at == 0)
        {
          unscheduled++;
          g_assert_true (status == HERALD_POST_STATUS_IDEA || status == HERALD_POST_STATUS_DRAFT);
        }
      else
        {
          g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (scheduled_at);
          g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
          g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
          g_autofree char *hh_mm = g_date_time_format (local, "%H:%M");
          const char * const *slots = herald_channel_kind_get_default_slots (kind);

          g_assert_cmpint (scheduled_at, >, now - 46 * 24 * 3600);
          g_assert_cmpint (scheduled_at, <, now + 46 * 24 * 3600);
          g_assert_cmpint (g_date_time_get_minute (local) % 15, ==, 0);
          g_assert_cmpint (g_date_time_get_second (local), ==, 0);
          if (slots != NULL && g_strv_contains (slots, hh_mm))
            at_slot++;
          if (scheduled_at < now)
            before++;
          else
            after++;
        }

      /* Only what went out has a time it went out, a link and numbers. */
      if (status == HERALD_POST_STATUS_PUBLISHED)
        {
          g_autoptr (GListModel) samples = NULL;

          g_assert_cmpint (published_at, >=, scheduled_at);
          g_assert_cmpint (published_at, <, now);
          g_assert_cmpint (scheduled_at, <, now);
          samples = herald_store_list_metric_samples (fixture->store,
                                                      herald_record_get_id (HERALD_RECORD (post)),
                                                      &error);
          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (samples), >, 0);
        }
      else
        {
          g_autoptr (GListModel) samples = NULL;

          g_assert_cmpint (published_at, ==, 0);
          g_assert_cmpstr (herald_post_get_url (post), ==, "");
          samples = herald_store_list_metric_samples (fixture->store,
                                                      herald_record_get_id (HERALD_RECORD (post)),
                                                      &error);
          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (samples), ==, 0);
        }

      if (series_id != NULL)
        {
          GPtrArray *siblings = g_hash_table_lookup (series, series_id);

          if (siblings == NULL)
            {
              siblings = g_ptr_array_new ();
              g_hash_table_insert (series, (gpointer) series_id, siblings);
            }
          g_ptr_array_add (siblings, post);
        }
    }

  for (guint s = 0; s < HERALD_N_POST_STATUSES; s++)
    {
      g_test_message ("%s: %u", herald_post_status_to_string (s), statuses[s]);
      g_assert_cmpuint (statuses[s], >, 0);
    }
  /* Most past posts went out; most future ones are not published. */
  g_assert_cmpuint (statuses[HERALD_POST_STATUS_PUBLISHED], >, before / 2);
  g_assert_cmpuint (before, >, 100);
  g_assert_cmpuint (after, >, 100);
  g_assert_cmpuint (unscheduled, >, 0);
  g_assert_cmpuint (at_slot, >, 600 / 2);
  g_assert_cmpuint (with_campaign, >, 0);
  g_assert_cmpuint (overdue, >, 0);
  g_assert_cmpuint (herald_store_count_overdue (fixture->store, now, &error), ==, overdue);
  g_assert_no_error (error);

  /* Cross-posted series: two or three siblings, each on its own account. */
  g_hash_table_iter_init (&iter, series);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *siblings = value;
      g_autoptr (GHashTable) accounts = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_cmpuint (siblings->len, >=, 2);
      g_assert_cmpuint (siblings->len, <=, 3);
      for (guint i = 0; i < siblings->len; i++)
        g_assert_true (g_hash_table_add (accounts, (gpointer) herald_post_get_account_id (siblings->pdata[i])));
      series_found = TRUE;
    }
  g_assert_true (series_found);
}

static void
test_samples (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) posts = NULL;
  gint64 now = fixed_now ();
  gint64 total = 0;

  generate (fixture->store, 600, 6000, 1, now);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_METRIC, NULL), ==, 6000);

  posts = all_posts (fixture->store);
  for (guint i = 0; i < posts->len; i++)
    {
      HeraldPost *post = posts->pdata[i];
      g_autoptr (GListModel) samples = NULL;
      g_autoptr (GHashTable) metrics = g_hash_table_new (g_str_hash, g_str_equal);
      const char *previous_metric = NULL;
      double previous_value = 0;
      gint64 previous_at = 0;
      guint n;

      samples = herald_store_list_metric_samples (fixture->store,
                                                  herald_record_get_id (HERALD_RECORD (post)),
                                                  &error);
      g_assert_no_error (error);
      n = g_list_model_get_n_items (samples);
      total += n;
      if (n == 0)
        continue;

      g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_PUBLISHED);

      /* Ordered by metric, then time: each metric only grows, between
       * publishing and now. */
      for (guint s = 0; s < n; s++)
        {
          g_autoptr (HeraldMetricSample) sample = g_list_model_get_item (samples, s);
          const char *metric = herald_metric_sample_get_metric (sample);
          gint64 at = herald_metric_sample_get_captured_at (sample);
          double value = herald_metric_sample_get_value (sample);

          g_assert_cmpstr (herald_metric_sample_get_account_id (sample), ==, herald_post_get_account_id (post));
          g_assert_cmpint (at, >, herald_post_get_published_at (post));
          g_assert_cmpint (at, <=, now);
          g_assert_cmpfloat (value, >=, 0);
          if (g_strcmp0 (metric, previous_metric) == 0)
            {
              g_assert_cmpint (at, >=, previous_at);
              g_assert_cmpfloat (value, >=, previous_value);
            }
          previous_metric = metric;
          previous_value = value;
          previous_at = at;
          g_hash_table_add (metrics, (gpointer) metric);
        }

      g_assert_true (g_hash_table_contains (metrics, "views"));
    }

  g_assert_cmpint (total, ==, 6000);
}

static void
test_topics (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) topics = NULL;
  gint64 now = fixed_now ();
  guint used = 0, fading = 0;

  generate (fixture->store, 600, 6000, 1, now);

  topics = herald_store_list_topics (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (topics), >=, 15);
  g_assert_cmpuint (g_list_model_get_n_items (topics), <=, 25);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (topics, i);
      const HeraldHeatSample *heat;
      double peak = 0;
      guint n_heat, peak_index = 0;

      g_assert_true (herald_store_load_topic_heat (fixture->store, topic, &error));
      g_assert_no_error (error);
      heat = herald_topic_get_heat (topic, &n_heat);
      g_assert_cmpuint (n_heat, >=, 2);

      for (guint h = 0; h < n_heat; h++)
        {
          g_assert_cmpfloat (heat[h].heat, >, 0);
          g_assert_cmpint (heat[h].rank, >=, 1);
          g_assert_cmpint (heat[h].at, <=, now);
          if (h > 0)
            g_assert_cmpint (heat[h].at, >, heat[h - 1].at);
          if (heat[h].heat > peak)
            {
              peak = heat[h].heat;
              peak_index = h;
            }
        }

      g_assert_cmpfloat (herald_topic_get_peak_heat (topic), ==, peak);
      g_assert_cmpint (herald_topic_get_first_seen (topic), ==, heat[0].at);
      g_assert_cmpint (herald_topic_get_last_seen (topic), ==, heat[n_heat - 1].at);
      g_assert_cmpstr (herald_topic_get_source (topic), !=, "");
      if (herald_topic_get_state (topic) == HERALD_TOPIC_STATE_USED)
        used++;
      /* Past its peak by the last sample: the heat is falling. */
      if (peak_index < n_heat - 1 && heat[n_heat - 1].heat < peak / 2)
        fading++;
    }

  g_assert_cmpuint (used, >, 0);
  g_assert_cmpuint (fading, >, 0);
}

typedef struct {
  char  *id;
  char  *title;
  int    status;
  gint64 scheduled_at;
} PostSummary;

static void
post_summary_free (gpointer data)
{
  PostSummary *summary = data;

  g_free (summary->id);
  g_free (summary->title);
  g_free (summary);
}

/* Posts by id: the order of unscheduled posts follows their update time,
 * which is the clock's, not the demo's. */
static GHashTable *
summarize (HeraldStore *store)
{
  g_autoptr (GPtrArray) posts = all_posts (store);
  GHashTable *summaries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, post_summary_free);

  for (guint i = 0; i < posts->len; i++)
    {
      PostSummary *summary = g_new0 (PostSummary, 1);

      summary->id = g_strdup (herald_record_get_id (posts->pdata[i]));
      summary->title = g_strdup (herald_post_get_title (posts->pdata[i]));
      summary->status = herald_post_get_status (posts->pdata[i]);
      summary->scheduled_at = herald_post_get_scheduled_at (posts->pdata[i]);
      g_hash_table_insert (summaries, summary->id, summary);
    }

  return summaries;
}

static HeraldStore *
open_in (const char *dir,
         const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  HeraldStore *store = herald_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr (HeraldStore) again = open_in (fixture->dir, "again.db");
  g_autoptr (HeraldStore) other = open_in (fixture->dir, "other.db");
  g_autoptr (GHashTable) first = NULL;
  g_autoptr (GHashTable) second = NULL;
  g_autoptr (GHashTable) third = NULL;
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GListModel) accounts_again = NULL;
  GHashTableIter iter;
  PostSummary *summary;
  guint same_ids = 0, same_titles = 0;

  generate (fixture->store, 300, 1000, 7, fixed_now ());
  generate (again, 300, 1000, 7, fixed_now ());
  generate (other, 300, 1000, 8, fixed_now ());

  first = summarize (fixture->store);
  second = summarize (again);
  third = summarize (other);
  g_assert_cmpuint (g_hash_table_size (first), ==, 300);
  g_assert_cmpuint (g_hash_table_size (second), ==, 300);

  g_hash_table_iter_init (&iter, first);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &summary))
    {
      PostSummary *twin = g_hash_table_lookup (second, summary->id);

      g_assert_nonnull (twin);
      g_assert_cmpstr (twin->title, ==, summary->title);
      g_assert_cmpint (twin->status, ==, summary->status);
      g_assert_cmpint (twin->scheduled_at, ==, summary->scheduled_at);
      if (g_hash_table_contains (third, summary->id))
        same_ids++;
    }
  g_assert_cmpuint (same_ids, ==, 0);

  /* Another seed writes other posts, not just other ids. */
  g_hash_table_iter_init (&iter, third);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &summary))
    {
      GHashTableIter inner;
      PostSummary *mine;

      g_hash_table_iter_init (&inner, first);
      while (g_hash_table_iter_next (&inner, NULL, (gpointer *) &mine))
        if (mine->scheduled_at == summary->scheduled_at && g_str_equal (mine->title, summary->title))
          {
            same_titles++;
            break;
          }
    }
  g_assert_cmpuint (same_titles, <, 300 / 4);

  accounts = herald_store_list_accounts (fixture->store, NULL);
  accounts_again = herald_store_list_accounts (again, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldRecord) a = g_list_model_get_item (accounts, i);
      g_autoptr (HeraldRecord) b = g_list_model_get_item (accounts_again, i);

      g_assert_cmpstr (herald_record_get_id (a), ==, herald_record_get_id (b));
      g_assert_true (g_uuid_string_is_valid (herald_record_get_id (a)));
    }
}

/* Demo data never mixes with someone's plans: a store with records is
 * refused, and left as it was. */
static void
test_refuses_data (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "我的微博");
  HeraldDemoOptions options;

  g_assert_true (herald_store_save_account (fixture->store, account, &error));
  g_assert_no_error (error);

  herald_demo_options_init (&options);
  options.now = fixed_now ();
  g_assert_false (herald_demo_generate (fixture->store, &options, &error));
  g_assert_error (error, HERALD_DEMO_ERROR, HERALD_DEMO_ERROR_NOT_EMPTY);

  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_ACCOUNT, NULL), ==, 1);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_CAMPAIGN, NULL), ==, 0);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, NULL), ==, 0);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, 0);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_METRIC, NULL), ==, 0);
}

/* A second run into the same store is refused too: its ids would clash. */
static void
test_twice (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  HeraldDemoOptions options;

  generate (fixture->store, 50, 100, 1, fixed_now ());

  herald_demo_options_init (&options);
  options.n_posts = 50;
  options.n_samples = 100;
  options.now = fixed_now ();
  g_assert_false (herald_demo_generate (fixture->store, &options, &error));
  g_assert_error (error, HERALD_DEMO_ERROR, HERALD_DEMO_ERROR_NOT_EMPTY);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, NULL), ==, 50);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_METRIC, NULL), ==, 100);
}

static void
test_samples_need_posts (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  HeraldDemoOptions options;

  herald_demo_options_init (&options);
  options.n_posts = 0;
  options.n_samples = 10;
  g_assert_false (herald_demo_generate (fixture->store, &options, &error));
  g_assert_error (error, HERALD_DEMO_ERROR, HERALD_DEMO_ERROR_INVALID);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_ACCOUNT, NULL), ==, 0);
}

/* Even the smallest demo shows every status; the counts are exact. */
static void
test_small (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) posts = NULL;
  gint64 now = fixed_now ();
  guint statuses = 0;

  generate (fixture->store, 8, 1, 3, now);

  posts = all_posts (fixture->store);
  g_assert_cmpuint (posts->len, ==, 8);
  for (guint i = 0; i < posts->len; i++)
    statuses |= 1u << herald_post_get_status (posts->pdata[i]);
  g_assert_cmpuint (statuses, ==, (1u << HERALD_N_POST_STATUSES) - 1);
  g_assert_cmpuint (herald_store_count_overdue (fixture->store, now, NULL), >, 0);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_METRIC, NULL), ==, 1);
}

/* Many samples on few posts: readings spread out, still exact. */
static void
test_dense_samples (Fixture       *fixture,
                    gconstpointer  data)
{
  generate (fixture->store, 3, 12345, 1, fixed_now ());
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_POST, NULL), ==, 3);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_METRIC, NULL), ==, 12345);
}

/* Campaigns follow "now" through the year, across New Year too. */
static void
test_any_time_of_year (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct { int year, month, day; } days[] = {
    { 2027, 1, 2 }, { 2027, 6, 15 }, { 2026, 12, 28 }, { 2027, 9, 30 },
  };
  g_autoptr (GTimeZone) zone = g_time_zone_new_offset (8 * 60 * 60);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GDateTime) now = g_date_time_new (zone, days[i].year, days[i].month, days[i].day, 9, 0, 0);
      g_autofree char *name = g_strdup_printf ("year-%u.db", i);
      g_autoptr (HeraldStore) store = open_in (fixture->dir, name);
      g_autoptr (GListModel) campaigns = NULL;
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
      guint ended = 0, later = 0;

      generate (store, 40, 100, 1, g_date_time_to_unix (now));
      campaigns = herald_store_list_campaigns (store, TRUE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (campaigns), ==, 3);

      for (guint c = 0; c < 3; c++)
        {
          g_autoptr (HeraldCampaign) campaign = g_list_model_get_item (campaigns, c);

          if (g_strcmp0 (herald_campaign_get_ends_on (campaign), today) < 0)
            ended++;
          if (g_strcmp0 (herald_campaign_get_ends_on (campaign), today) >= 0)
            later++;
        }
      /* One behind, the others current or ahead. */
      g_assert_cmpuint (ended, <=, 1);
      g_assert_cmpuint (later, >=, 2);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/options-init", test_options_init);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/demo/accounts-and-campaigns", test_accounts_and_campaigns);
  ADD ("/demo/posts", test_posts);
  ADD ("/demo/samples", test_samples);
  ADD ("/demo/topics", test_topics);
  ADD ("/demo/deterministic", test_deterministic);
  ADD ("/demo/refuses-data", test_refuses_data);
  ADD ("/demo/twice", test_twice);
  ADD ("/demo/samples-need-posts", test_samples_need_posts);
  ADD ("/demo/small", test_small);
  ADD ("/demo/dense-samples", test_dense_samples);
  ADD ("/demo/any-time-of-year", test_any_time_of_year);
#undef ADD

  return g_test_run ();
}
