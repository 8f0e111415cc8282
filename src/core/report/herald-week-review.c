/* herald-week-review.c — the numbers of a campaign's week
 *
 * The week review (周报 / 复盘) sets a campaign's numbers against its KPIs
 * at the end of each ISO week: for each KPI the week's figure, the week
 * before (for 环比) and the total to date with its share of the target and
 * the share of the campaign's days gone; totals by channel; the posts that
 * did best.
 *
 * Samples are snapshots of a post's running totals (T+1, T+3, T+7 …), so
 * a post's figure at a moment is its latest sample by then, and what it
 * gained in a week is the difference between two such figures.  Rates
 * and durations do not add up: they are averaged over posts instead.  One
 * pass over the campaign's samples, in index order, gives everything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-report"

#include "config.h"

#include <math.h>
#include <string.h>

#include "herald-metric-names.h"
#include "herald-week-review.h"

#define N_TOP_POSTS 5

struct _HeraldWeekReview
{
  GObject         parent_instance;

  HeraldCampaign *campaign;
  HeraldIsoWeek   week;
  GDate           monday;
  GDate           sunday;
  GArray         *kpis;       /* HeraldReviewKpi */
  GArray         *channels;   /* HeraldReviewChannel */
  GArray         *top_posts;  /* HeraldReviewPost */
  char           *problems;
  char           *next_week;
};

G_DEFINE_FINAL_TYPE (HeraldWeekReview, herald_week_review, G_TYPE_OBJECT)

G_DEFINE_QUARK (herald-report-error-quark, herald_report_error)

static const char * const total_metrics[HERALD_REVIEW_N_TOTALS] = {
  [HERALD_REVIEW_VIEWS] = "views",
  [HERALD_REVIEW_LIKES] = "likes",
  [HERALD_REVIEW_COMMENTS] = "comments",
  [HERALD_REVIEW_SHARES] = "shares",
  [HERALD_REVIEW_FAVORITES] = "favorites",
  [HERALD_REVIEW_FOLLOWERS] = "followers_gained",
};

/* What one account gathered of one metric. */
typedef struct {
  double week, previous, to_date;
  double rate_sum[3];      /* to date, this week, the week before */
  guint  rate_n[3];
} Totals;

/* What one post gathered, for the best posts. */
typedef struct {
  char   *post_id;
  char   *account_id;
  double  views_week;
  double  totals[HERALD_REVIEW_N_TOTALS];
} PostTotals;

typedef struct {
  gint64      t0;            /* the week before starts */
  gint64      t1;            /* this week starts */
  GHashTable *totals;        /* "account\x1fmetric" → Totals */
  GHashTable *posts;         /* post id → PostTotals */

  /* The group of samples being read: one post's one metric. */
  char       *post_id;
  char       *account_id;
  char       *metric;
  gboolean    rate;
  double      at_t0, at_t1, at_end;     /* NAN: no sample yet */
  double      in_week, in_previous;     /* latest sample inside each week */
} Pass;

static void
post_totals_free (PostTotals *post)
{
  g_free (post->post_id);
  g_free (post->account_id);
  g_free (post);
}

static Totals *
get_totals (Pass       *pass,
            const char *account_id,
            const char *metric)
{
  g_autofree char *key = g_strconcat (account_id, "\x1f", metric, NULL);
  Totals *totals = g_hash_table_lookup (pass->totals, key);

  if (totals == NULL)
    {
      totals = g_new0 (Totals, 1);
      g_hash_table_insert (pass->totals, g_steal_pointer (&key), totals);
    }
  return totals;
}

static double
or_zero (double value)
{
  return isnan (value) ? 0 : value;
}

static void
flush_group (Pass *pass)
{
  Totals *totals;

  if (pass->post_id == NULL)
    return;

  totals = get_totals (pass, pass->account_id, pass->metric);
  if (pass->rate)
    {
      double values[3] = { pass->at_end, pass->in_week, pass->in_previous };

      for (guint i = 0; i < 3; i++)
        if (!isnan (values[i]))
          {
            totals->rate_sum[i] += values[i];
            totals->rate_n[i]++;
          }
    }
  else
    {
      double at_t0 = or_zero (pass->at_t0), at_t1 = or_zero (pass->at_t1);
      double at_end = or_zero (pass->at_end);
      PostTotals *post;

      totals->week += at_end - at_t1;
      totals->previous += at_t1 - at_t0;
      totals->to_date += at_end;

      post = g_hash_table_lookup (pass->posts, pass->post_id);
      if (post == NULL)
        {
          post = g_new0 (PostTotals, 1);
          post->post_id = g_strdup (pass->post_id);
          post->account_id = g_strdup (pass->account_id);
          g_hash_table_insert (pass->posts, post->post_id, post);
        }
      for (guint i = 0; i < HERALD_REVIEW_N_TOTALS; i++)
        if (g_str_equal (total_metrics[i], pass->metric))
          post->totals[i] = at_end;
      if (g_str_equal (pass->metric, "views"))
        post->views_week = at_end - at_t1;
    }
}

static gboolean
sample_cb (const HeraldSampleRow  *row,
           gpointer                user_data,
           GError                **error)
{
  Pass *pass = user_data;

  if (g_strcmp0 (pass->post_id, row->post_id) != 0 || g_strcmp0 (pass->metric, row->metric) != 0)
    {
      flush_group (pass);
      g_free (pass->post_id);
      pass->post_id = g_strdup (row->post_id);
      g_free (pass->account_id);
      pass->account_id = g_strdup (row->account_id);
      g_free (pass->metric);
      pass->metric = g_strdup (row->metric);
      pass->rate = herald_metric_is_rate (row->metric);
      pass->at_t0 = pass->at_t1 = pass->at_end = NAN;
      pass->in_week = pass->in_previous = NAN;
    }

  /* Samples come oldest first: the last one before a moment wins. */
  if (row->captured_at < pass->t0)
    pass->at_t0 = row->value;
  if (row->captured_at < pass->t1)
    pass->at_t1 = row->value;
  pass->at_end = row->value;
  if (row->captured_at >= pass->t1)
    pass->in_week = row->value;
  else if (row->captured_at >= pass->t0)
    pass->in_previous = row->value;

  return TRUE;
}

static gint64
local_midnight (const GDate *day,
                GTimeZone   *zone)
{
  g_autoptr (GDateTime) time = g_date_time_new (zone, g_date_get_year (day), g_date_get_month (day),
                                                g_date_get_day (day), 0, 0, 0);

  return g_date_time_to_unix (time);
}

/* The share of the campaign's days gone by the end of @sunday. */
static double
expected_share (HeraldCampaign *campaign,
                const GDate    *sunday)
{
  GDate first, last;
  int total, gone;

  if (!herald_day_parse (herald_campaign_get_starts_on (campaign), &first) ||
      !herald_day_parse (herald_campaign_get_ends_on (campaign), &last) ||
      g_date_compare (&last, &first) < 0)
    return NAN;

  total = g_date_days_between (&first, &last) + 1;
  gone = CLAMP (g_date_days_between (&first, sunday) + 1, 0, total);
  return (double) gone / total;
}

static void
add_kpi (HeraldWeekReview *self,
         HeraldKpi        *kpi,
         GHashTable       *totals,
         GHashTable       *account_names)
{
  const char *metric = herald_kpi_get_metric (kpi);
  const char *account_id = herald_kpi_get_account_id (kpi);
  gboolean rate = herald_metric_is_rate (metric);
  double rate_sum[3] = { 0, }, rate_n[3] = { 0, };
  HeraldReviewKpi out = { 0, };
  GHashTableIter iter;
  gpointer key, value;

  if (account_id != NULL && *account_id == '\0')
    account_id = NULL;
  /* An account in the bin counts for nothing, as its posts do not. */
  if (account_id != NULL && !g_hash_table_contains (account_names, account_id))
    return;

  out.metric = g_strdup (metric);
  out.account_id = g_strdup (account_id);
  out.account_name = g_strdup (account_id != NULL ? g_hash_table_lookup (account_names, account_id) : NULL);
  out.target = herald_kpi_get_target (kpi);

  g_hash_table_iter_init (&iter, totals);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *sep = strchr (key, '\x1f');
      const Totals *t = value;

      if (!g_str_equal (sep + 1, metric))
        continue;
      if (account_id != NULL && strncmp (key, account_id, sep - (const char *) key) != 0)
        continue;
      if (account_id != NULL && strlen (account_id) != (gsize) (sep - (const char *) key))
        continue;

      out.week += t->week;
      out.previous += t->previous;
      out.to_date += t->to_date;
      for (guint i = 0; i < 3; i++)
        {
          rate_sum[i] += t->rate_sum[i];
          rate_n[i] += t->rate_n[i];
        }
    }

  if (rate)
    {
      out.to_date = rate_n[0] > 0 ? rate_sum[0] / rate_n[0] : 0;
      out.week = rate_n[1] > 0 ? rate_sum[1] / rate_n[1] : 0;
      out.previous = rate_n[2] > 0 ? rate_sum[2] / rate_n[2] : 0;
    }

  out.done = out.target > 0 ? out.to_date / out.target : NAN;
  out.expected = expected_share (self->campaign, &self->sunday);
  g_array_append_val (self->kpis, out);
}

/* Each metric's KPIs together: the main counts in their usual order, then
 * any other metric as first listed; the overall KPI first, then by
 * account. */
static int
compare_kpis (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const HeraldReviewKpi *x = a, *y = b;
  GHashTable *rank = user_data;
  int rank_x = GPOINTER_TO_INT (g_hash_table_lookup (rank, x->metric));
  int rank_y = GPOINTER_TO_INT (g_hash_table_lookup (rank, y->metric));

  if (rank_x != rank_y)
    return rank_x < rank_y ? -1 : 1;
  if ((x->account_id == NULL) != (y->account_id == NULL))
    return x->account_id == NULL ? -1 : 1;
  if (x->account_id == NULL)
    return 0;
  return g_utf8_collate (x->account_name, y->account_name);
}

static void
sort_kpis (HeraldWeekReview *self)
{
  g_autoptr (GHashTable) rank = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->kpis->len; i++)
    {
      const char *metric = g_array_index (self->kpis, HeraldReviewKpi, i).metric;

      int place = HERALD_REVIEW_N_TOTALS + i;

      for (guint t = 0; t < HERALD_REVIEW_N_TOTALS; t++)
        if (g_str_equal (total_metrics[t], metric))
          place = t;
      if (!g_hash_table_contains (rank, metric))
        g_hash_table_insert (rank, (gpointer) metric, GINT_TO_POINTER (place));
    }

  g_array_sort_with_data (self->kpis, compare_kpis, rank);
}

static int
compare_channels (gconstpointer a,
                  gconstpointer b)
{
  const HeraldReviewChannel *x = a, *y = b;
  double d = y->week[HERALD_REVIEW_VIEWS] - x->week[HERALD_REVIEW_VIEWS];

  return d > 0 ? 1 : d < 0 ? -1 : g_strcmp0 (x->kind, y->kind);
}

static void
add_channels (HeraldWeekReview *self,
              GHashTable       *totals,
              GHashTable       *account_kinds)
{
  g_autoptr (GHashTable) by_kind = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, totals);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *sep = strchr (key, '\x1f');
      g_autofree char *account_id = g_strndup (key, sep - (const char *) key);
      const char *kind = g_hash_table_lookup (account_kinds, account_id);
      const Totals *t = value;
      gpointer index;

      if (kind == NULL)
        continue;

      if (!g_hash_table_lookup_extended (by_kind, kind, NULL, &index))
        {
          HeraldReviewChannel channel = { g_strdup (kind), { 0, }, { 0, } };

          index = GUINT_TO_POINTER (self->channels->len);
          g_array_append_val (self->channels, channel);
          g_hash_table_insert (by_kind, (gpointer) kind, index);
        }

      for (guint i = 0; i < HERALD_REVIEW_N_TOTALS; i++)
        if (g_str_equal (total_metrics[i], sep + 1))
          {
            HeraldReviewChannel *channel = &g_array_index (self->channels, HeraldReviewChannel,
                                                           GPOINTER_TO_UINT (index));

            channel->week[i] += t->week;
            channel->previous[i] += t->previous;
          }
    }

  g_array_sort (self->channels, compare_channels);
}

static int
compare_posts (gconstpointer a,
               gconstpointer b)
{
  const PostTotals *x = *(PostTotals **) a, *y = *(PostTotals **) b;
  double d = y->views_week - x->views_week;

  if (d == 0)
    d = y->totals[HERALD_REVIEW_VIEWS] - x->totals[HERALD_REVIEW_VIEWS];
  return d > 0 ? 1 : d < 0 ? -1 : g_strcmp0 (x->post_id, y->post_id);
}

static gboolean
add_top_posts (HeraldWeekReview  *self,
               HeraldStore       *store,
               GHashTable        *posts,
               GHashTable        *account_names,
               GHashTable        *account_kinds,
               GError           **error)
{
  g_autoptr (GPtrArray) sorted = g_hash_table_get_values_as_ptr_array (posts);

  g_ptr_array_sort (sorted, compare_posts);
  for (guint i = 0; i < sorted->len && self->top_posts->len < N_TOP_POSTS; i++)
    {
      PostTotals *totals = sorted->pdata[i];
      g_autoptr (HeraldPost) post = NULL;
      HeraldReviewPost out = { 0, };

      if (totals->views_week <= 0 && totals->totals[HERALD_REVIEW_VIEWS] <= 0)
        break;

      post = herald_store_get_post (store, totals->post_id, error);
      if (post == NULL)
        return FALSE;

      out.post_id = g_strdup (totals->post_id);
      out.title = g_strdup (herald_post_get_title (post));
      out.account_name = g_strdup (g_hash_table_lookup (account_names, totals->account_id));
      out.kind = g_strdup (g_hash_table_lookup (account_kinds, totals->account_id));
      out.views_week = totals->views_week;
      memcpy (out.totals, totals->totals, sizeof out.totals);
      g_array_append_val (self->top_posts, out);
    }

  return TRUE;
}

static void
clear_kpi (HeraldReviewKpi *kpi)
{
  g_free (kpi->metric);
  g_free (kpi->account_id);
  g_free (kpi->account_name);
}

static void
clear_channel (HeraldReviewChannel *channel)
{
  g_free (channel->kind);
}

static void
clear_post (HeraldReviewPost *post)
{
  g_free (post->post_id);
  g_free (post->title);
  g_free (post->account_name);
  g_free (post->kind);
}

static void
herald_week_review_finalize (GObject *object)
{
  HeraldWeekReview *self = HERALD_WEEK_REVIEW (object);

  g_clear_object (&self->campaign);
  g_clear_pointer (&self->kpis, g_array_unref);
  g_clear_pointer (&self->channels, g_array_unref);
  g_clear_pointer (&self->top_posts, g_array_unref);
  g_free (self->problems);
  g_free (self->next_week);

  G_OBJECT_CLASS (herald_week_review_parent_class)->finalize (object);
}

static void
herald_week_review_class_init (HeraldWeekReviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = herald_week_review_finalize;
}

static void
herald_week_review_init (HeraldWeekReview *self)
{
  self->kpis = g_array_new (FALSE, TRUE, sizeof (HeraldReviewKpi));
  g_array_set_clear_func (self->kpis, (GDestroyNotify) clear_kpi);
  self->channels = g_array_new (FALSE, TRUE, sizeof (HeraldReviewChannel));
  g_array_set_clear_func (self->channels, (GDestroyNotify) clear_channel);
  self->top_posts = g_array_new (FALSE, TRUE, sizeof (HeraldReviewPost));
  g_array_set_clear_func (self->top_posts, (GDestroyNotify) clear_post);
}

/**
 * herald_week_review_compute:
 * @store: a #HeraldStore
 * @campaign_id: the campaign
 * @week: the week to review
 * @zone: the zone the operator's weeks start in (Monday 00:00)
 * @error: return location for a #GError
 *
 * Works out the review of @campaign_id for @week from the samples
 * captured up to the end of the week.  Reads only the campaign's samples.
 *
 * Returns: (transfer full): the review, or %NULL with @error set
 */
HeraldWeekReview *
herald_week_review_compute (HeraldStore          *store,
                            const char           *campaign_id,
                            const HeraldIsoWeek  *week,
                            GTimeZone            *zone,
                            GError              **error)
{
  g_autoptr (HeraldWeekReview) self = NULL;
  g_autoptr (GListModel) kpis = NULL;
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GHashTable) account_names = NULL;
  g_autoptr (GHashTable) account_kinds = NULL;
  g_autofree char *week_name = NULL;
  GDate previous_monday, next_monday;
  Pass pass = { 0, };
  gboolean ok;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (campaign_id != NULL && week != NULL && zone != NULL, NULL);

  self = g_object_new (HERALD_TYPE_WEEK_REVIEW, NULL);
  self->week = *week;
  herald_iso_week_get_monday (week, &self->monday);
  self->sunday = self->monday;
  g_date_add_days (&self->sunday, 6);
  previous_monday = self->monday;
  g_date_subtract_days (&previous_monday, 7);
  next_monday = self->monday;
  g_date_add_days (&next_monday, 7);

  self->campaign = herald_store_get_campaign (store, campaign_id, error);
  if (self->campaign == NULL)
    return NULL;
  kpis = herald_store_list_kpis (store, campaign_id, error);
  if (kpis == NULL)
    return NULL;
  accounts = herald_store_list_accounts (store, error);
  if (accounts == NULL)
    return NULL;

  account_names = g_hash_table_new (g_str_hash, g_str_equal);
  account_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);
      const char *id = herald_record_get_id (HERALD_RECORD (account));

      g_hash_table_insert (account_names, (gpointer) id, (gpointer) herald_account_get_name (account));
      g_hash_table_insert (account_kinds, (gpointer) id, (gpointer) herald_account_get_kind (account));
    }

  pass.t0 = local_midnight (&previous_monday, zone);
  pass.t1 = local_midnight (&self->monday, zone);
  pass.totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  pass.posts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) post_totals_free);

  ok = herald_store_foreach_campaign_sample (store, campaign_id, local_midnight (&next_monday, zone) - 1,
                                             sample_cb, &pass, error);
  if (ok)
    {
      flush_group (&pass);

      for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
        {
          g_autoptr (HeraldKpi) kpi = g_list_model_get_item (kpis, i);

          add_kpi (self, kpi, pass.totals, account_names);
        }
      sort_kpis (self);
      add_channels (self, pass.totals, account_kinds);
      ok = add_top_posts (self, store, pass.posts, account_names, account_kinds, error);
    }

  week_name = herald_iso_week_format (week);
  if (ok)
    ok = herald_store_get_week_notes (store, campaign_id, week_name, &self->problems, &self->next_week, error);

  g_free (pass.post_id);
  g_free (pass.account_id);
  g_free (pass.metric);
  g_hash_table_unref (pass.totals);
  g_hash_table_unref (pass.posts);

  return ok ? g_steal_pointer (&self) : NULL;
}

HeraldCampaign *
herald_week_review_get_campaign (HeraldWeekReview *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (self), NULL);

  return self->campaign;
}

const HeraldIsoWeek *
herald_week_review_get_week (HeraldWeekReview *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (self), NULL);

  return &self->week;
}

/**
 * herald_week_review_get_week_name:
 * @self: a #HeraldWeekReview
 *
 * Returns: (transfer full): the week as "2026-W48"
 */
char *
herald_week_review_get_week_name (HeraldWeekReview *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (self), NULL);

  return herald_iso_week_format (&self->week);
}

void
herald_week_review_get_days (HeraldWeekReview *self,
                             GDate            *monday,
                             GDate            *sunday)
{
  g_return_if_fail (HERALD_IS_WEEK_REVIEW (self));

  if (monday != NULL)
    *monday = self->monday;
  if (sunday != NULL)
    *sunday = self->sunday;
}

const HeraldReviewKpi *
herald_week_review_get_kpis (HeraldWeekReview *self,
                             guint            *n_kpis)
{
  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (self), NULL);

  *n_kpis = self->kpis->len;
  return (const HeraldReviewKpi *) self->kpis->data;
}

const HeraldReviewChannel *
herald_week_review_get_channels (HeraldWeekReview *self,
                                 guint            *n_channels)
{
  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (self), NULL);

  *n_channels = self->channels->len;
  return (const HeraldReviewChannel *) self->channels->data;
}

const HeraldReviewPost *
herald_week_review_get_top_posts (HeraldWeekReview *self,
                                  guint            *n_posts)
{
  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (self), NULL);

  *n_posts = self->top_posts->len;
  return (const HeraldReviewPost *) self->top_posts->data;
}

const char *
herald_week_review_get_problems (HeraldWeekReview *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (self), NULL);

  return self->problems;
}

const char *
herald_week_review_get_next_week (HeraldWeekReview *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (self), NULL);

  return self->next_week;
}

/**
 * herald_review_change:
 * @week: this week's figure
 * @previous: the week before's
 *
 * Returns: 环比, the change against the week before as a share of it
 *   (0.25 for +25%); NAN when the week before had nothing
 */
double
herald_review_change (double week,
                      double previous)
{
  if (previous == 0 || isnan (previous) || isnan (week))
    return NAN;

  return (week - previous) / previous;
}

/**
 * herald_review_format_change:
 * @week: this week's figure
 * @previous: the week before's
 *
 * Returns: (transfer full): 环比 as a review shows it, "+25.0%", or "—"
 *   when the week before had nothing
 */
char *
herald_review_format_change (double week,
                             double previous)
{
  double change = herald_review_change (week, previous);

  if (isnan (change))
    return g_strdup ("—");
  return g_strdup_printf ("%+.1f%%", change * 100);
}

/**
 * herald_review_total_metric:
 * @total: one of the totals by channel
 *
 * Returns: its metric, "views"
 */
const char *
herald_review_total_metric (HeraldReviewTotal total)
{
  g_return_val_if_fail (total < HERALD_REVIEW_N_TOTALS, NULL);

  return total_metrics[total];
}
