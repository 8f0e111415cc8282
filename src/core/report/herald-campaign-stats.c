/* herald-campaign-stats.c — a campaign's overview: daily numbers, its
 * posts' latest numbers, and when its accounts' posts do best
 *
 * Samples are snapshots of a post's running totals.  What a post gained
 * on a day is what its total grew by at the samples of that day; its
 * latest numbers are its last samples.  The posting-time heat map learns
 * from each account's whole history: the engagement rate of every post,
 * by the weekday and hour it went out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-report"

#include "config.h"

#include <math.h>
#include <string.h>

#include "herald-campaign-stats.h"
#include "herald-metric-names.h"

/* Daily numbers */

static void
daily_series_free (HeraldDailySeries *series)
{
  g_free (series->account_id);
  g_free (series->account_name);
  g_free (series->color);
  g_array_unref (series->values);
  g_free (series);
}

typedef struct {
  const char  *metric;
  GTimeZone   *zone;
  GDate        first;
  guint        n_days;
  GHashTable  *by_account;   /* account id → HeraldDailySeries */
  GPtrArray   *series;
  char        *post_id;
  double       last;
} DailyPass;

static int
day_index (DailyPass *pass,
           gint64     time)
{
  g_autoptr (GDateTime) local = g_date_time_new_from_unix_utc (time);
  g_autoptr (GDateTime) in_zone = NULL;
  GDate day;

  if (local == NULL)
    return -1;
  in_zone = g_date_time_to_timezone (local, pass->zone);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (in_zone), g_date_time_get_month (in_zone),
                  g_date_time_get_year (in_zone));
  return g_date_days_between (&pass->first, &day);
}

static gboolean
daily_sample_cb (const HeraldSampleRow  *row,
                 gpointer                user_data,
                 GError                **error)
{
  DailyPass *pass = user_data;
  HeraldDailySeries *series;
  int day;

  if (!g_str_equal (row->metric, pass->metric))
    return TRUE;

  if (g_strcmp0 (pass->post_id, row->post_id) != 0)
    {
      g_free (pass->post_id);
      pass->post_id = g_strdup (row->post_id);
      pass->last = 0;
    }

  day = day_index (pass, row->captured_at);
  series = g_hash_table_lookup (pass->by_account, row->account_id);
  if (series != NULL && day >= 0 && (guint) day < pass->n_days)
    g_array_index (series->values, double, day) += row->value - pass->last;
  pass->last = row->value;

  return TRUE;
}

/**
 * herald_campaign_daily:
 * @store: a #HeraldStore
 * @campaign_id: the campaign
 * @metric: a count, "views"
 * @first: the first day
 * @n_days: how many days
 * @zone: the zone days are in
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type HeraldDailySeries): what each
 *   account gained of @metric on each day through the campaign's posts,
 *   in the accounts' order: the accounts the campaign runs on, with
 *   numbers or not yet, and any other account with numbers; %NULL on
 *   error
 */
GPtrArray *
herald_campaign_daily (HeraldStore   *store,
                       const char    *campaign_id,
                       const char    *metric,
                       const GDate   *first,
                       guint          n_days,
                       GTimeZone     *zone,
                       GError       **error)
{
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GPtrArray) series = g_ptr_array_new_with_free_func ((GDestroyNotify) daily_series_free);
  g_autoptr (GHashTable) by_account = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GListModel) members = NULL;
  g_autoptr (GHashTable) in_campaign = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GDate last;
  DailyPass pass = { 0, };
  gboolean ok;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (campaign_id != NULL && metric != NULL && first != NULL && zone != NULL, NULL);

  accounts = herald_store_list_accounts (store, error);
  if (accounts == NULL)
    return NULL;
  members = herald_store_list_campaign_accounts (store, campaign_id, error);
  if (members == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (members, i);

      g_hash_table_add (in_campaign, g_strdup (herald_record_get_id (HERALD_RECORD (account))));
    }

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);
      HeraldDailySeries *one = g_new0 (HeraldDailySeries, 1);

      one->account_id = g_strdup (herald_record_get_id (HERALD_RECORD (account)));
      one->account_name = g_strdup (herald_account_get_name (account));
      one->color = g_strdup (herald_account_get_color (account));
      one->in_campaign = g_hash_table_contains (in_campaign, one->account_id);
      one->values = g_array_new (FALSE, TRUE, sizeof (double));
      g_array_set_size (one->values, n_days);
      g_ptr_array_add (series, one);
      g_hash_table_insert (by_account, one->account_id, one);
    }

  pass.metric = metric;
  pass.zone = zone;
  pass.first = *first;
  pass.n_days = n_days;
  pass.by_account = by_account;
  pass.series = series;

  last = *first;
  g_date_add_days (&last, n_days);
  {
    g_autoptr (GDateTime) end = g_date_time_new (zone, g_date_get_year (&last), g_date_get_month (&last),
                                                 g_date_get_day (&last), 0, 0, 0);

    ok = herald_store_foreach_campaign_sample (store, campaign_id, g_date_time_to_unix (end) - 1,
                                               daily_sample_cb, &pass, error);
  }
  g_free (pass.post_id);
  if (!ok)
    return NULL;

  /* Other accounts only when the campaign's posts gave them numbers. */
  for (guint i = series->len; i-- > 0;)
    {
      HeraldDailySeries *one = series->pdata[i];
      gboolean any = FALSE;

      for (guint d = 0; d < one->values->len && !any; d++)
        any = g_array_index (one->values, double, d) != 0;
      if (!one->in_campaign && !any)
        g_ptr_array_remove_index (series, i);
    }

  return g_steal_pointer (&series);
}

/* Posts and their latest numbers */

struct _HeraldPostNumbers
{
  GObject  parent_instance;

  char    *post_id;
  char    *title;
  char    *account_name;
  gint64   published_at;
  double   views, likes, comments, shares;
  gboolean published;
  gboolean has_numbers;
};

G_DEFINE_FINAL_TYPE (HeraldPostNumbers, herald_post_numbers, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ACCOUNT_NAME,
  PROP_PUBLISHED_AT,
  PROP_VIEWS,
  PROP_LIKES,
  PROP_COMMENTS,
  PROP_SHARES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
herald_post_numbers_finalize (GObject *object)
{
  HeraldPostNumbers *self = HERALD_POST_NUMBERS (object);

  g_free (self->post_id);
  g_free (self->title);
  g_free (self->account_name);

  G_OBJECT_CLASS (herald_post_numbers_parent_class)->finalize (object);
}

static void
herald_post_numbers_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HeraldPostNumbers *self = HERALD_POST_NUMBERS (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ACCOUNT_NAME:
      g_value_set_string (value, self->account_name);
      break;
    case PROP_PUBLISHED_AT:
      g_value_set_int64 (value, self->published_at);
      break;
    case PROP_VIEWS:
      g_value_set_double (value, self->views);
      break;
    case PROP_LIKES:
      g_value_set_double (value, self->likes);
      break;
    case PROP_COMMENTS:
      g_value_set_double (value, self->comments);
      break;
    case PROP_SHARES:
      g_value_set_double (value, self->shares);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_post_numbers_class_init (HeraldPostNumbersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = herald_post_numbers_finalize;
  object_class->get_property = herald_post_numbers_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_ACCOUNT_NAME] = g_param_spec_string ("account-name", NULL, NULL, NULL, flags);
  properties[PROP_PUBLISHED_AT] = g_param_spec_int64 ("published-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_VIEWS] = g_param_spec_double ("views", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_LIKES] = g_param_spec_double ("likes", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_COMMENTS] = g_param_spec_double ("comments", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_SHARES] = g_param_spec_double ("shares", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_post_numbers_init (HeraldPostNumbers *self)
{
}

const char *
herald_post_numbers_get_post_id (HeraldPostNumbers *self)
{
  g_return_val_if_fail (HERALD_IS_POST_NUMBERS (self), NULL);
  return self->post_id;
}

const char *
herald_post_numbers_get_title (HeraldPostNumbers *self)
{
  g_return_val_if_fail (HERALD_IS_POST_NUMBERS (self), NULL);
  return self->title;
}

const char *
herald_post_numbers_get_account_name (HeraldPostNumbers *self)
{
  g_return_val_if_fail (HERALD_IS_POST_NUMBERS (self), NULL);
  return self->account_name;
}

gint64
herald_post_numbers_get_published_at (HeraldPostNumbers *self)
{
  g_return_val_if_fail (HERALD_IS_POST_NUMBERS (self), 0);
  return self->published_at;
}

double
herald_post_numbers_get_views (HeraldPostNumbers *self)
{
  g_return_val_if_fail (HERALD_IS_POST_NUMBERS (self), 0);
  return self->views;
}

double
herald_post_numbers_get_likes (HeraldPostNumbers *self)
{
  g_return_val_if_fail (HERALD_IS_POST_NUMBERS (self), 0);
  return self->likes;
}

double
herald_post_numbers_get_comments (HeraldPostNumbers *self)
{
  g_return_val_if_fail (HERALD_IS_POST_NUMBERS (self), 0);
  return self->comments;
}

double
herald_post_numbers_get_shares (HeraldPostNumbers *self)
{
  g_return_val_if_fail (HERALD_IS_POST_NUMBERS (self), 0);
  return self->shares;
}

static gboolean
latest_sample_cb (const HeraldSampleRow  *row,
                  gpointer                user_data,
                  GError                **error)
{
  GHashTable *by_post = user_data;
  HeraldPostNumbers *numbers = g_hash_table_lookup (by_post, row->post_id);

  if (numbers == NULL)
    return TRUE;

  numbers->has_numbers = TRUE;
  /* Oldest first: the last sample seen is the latest. */
  if (g_str_equal (row->metric, "views"))
    numbers->views = row->value;
  else if (g_str_equal (row->metric, "likes"))
    numbers->likes = row->value;
  else if (g_str_equal (row->metric, "comments"))
    numbers->comments = row->value;
  else if (g_str_equal (row->metric, "shares"))
    numbers->shares = row->value;

  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const HeraldPostNumbers *x = *(HeraldPostNumbers **) a, *y = *(HeraldPostNumbers **) b;

  return x->published_at < y->published_at ? 1 : x->published_at > y->published_at ? -1 :
         g_strcmp0 (x->post_id, y->post_id);
}

/**
 * herald_campaign_post_numbers:
 * @store: a #HeraldStore
 * @campaign_id: the campaign
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the campaign's published posts and
 *   those with numbers (HeraldPostNumbers), newest first, each with its
 *   latest views, likes, comments and shares
 */
GListModel *
herald_campaign_post_numbers (HeraldStore  *store,
                              const char   *campaign_id,
                              GError      **error)
{
  const char *campaign_ids[] = { campaign_id, NULL };
  HeraldPostFilter filter = { .campaign_ids = campaign_ids };
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (GListModel) unscheduled = NULL;
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) by_post = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *result = g_list_store_new (HERALD_TYPE_POST_NUMBERS);
  guint n;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (campaign_id != NULL, NULL);

  accounts = herald_store_list_accounts (store, error);
  posts = accounts != NULL ? herald_store_list_posts_in_range (store, G_MININT64, G_MAXINT64, &filter, error) : NULL;
  /* Imported history may have no planned time. */
  unscheduled = posts != NULL ? herald_store_list_unscheduled_posts (store, &filter, error) : NULL;
  if (unscheduled == NULL)
    {
      g_object_unref (result);
      return NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);

      g_hash_table_insert (names, (gpointer) herald_record_get_id (HERALD_RECORD (account)),
                           (gpointer) herald_account_get_name (account));
    }

  n = g_list_model_get_n_items (posts) + g_list_model_get_n_items (unscheduled);
  for (guint i = 0; i < n; i++)
    {
      guint n_posts = g_list_model_get_n_items (posts);
      g_autoptr (HeraldPost) post = i < n_posts ? g_list_model_get_item (posts, i)
                                                : g_list_model_get_item (unscheduled, i - n_posts);
      const char *account_name = g_hash_table_lookup (names, herald_post_get_account_id (post));
      HeraldPostNumbers *numbers;

      if (account_name == NULL)
        continue;

      numbers = g_object_new (HERALD_TYPE_POST_NUMBERS, NULL);
      numbers->post_id = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
      numbers->title = g_strdup (herald_post_get_title (post));
      numbers->account_name = g_strdup (account_name);
      numbers->published_at = herald_post_get_published_at (post) > 0 ? herald_post_get_published_at (post)
                                                                      : herald_post_get_scheduled_at (post);
      numbers->published = herald_post_get_status (post) == HERALD_POST_STATUS_PUBLISHED;
      g_hash_table_insert (by_post, numbers->post_id, numbers);
      g_ptr_array_add (all, numbers);
    }

  if (!herald_store_foreach_campaign_sample (store, campaign_id, G_MAXINT64, latest_sample_cb, by_post, error))
    {
      g_object_unref (result);
      return NULL;
    }

  /* Newest first; planned posts have no numbers yet. */
  g_ptr_array_sort (all, compare_newest_first);
  for (guint i = 0; i < all->len; i++)
    {
      HeraldPostNumbers *numbers = all->pdata[i];

      if (numbers->published || numbers->has_numbers)
        g_list_store_append (result, numbers);
    }

  return G_LIST_MODEL (result);
}

/* Posting times */

typedef struct {
  GTimeZone         *zone;
  HeraldPostingHeat *heat;
  char              *post_id;
  gint64             published_at;
  double             views;
  double             engaged[4];   /* likes, comments, shares, favorites */
} HeatPass;

static const char * const engaged_metrics[] = { "likes", "comments", "shares", "favorites" };

static void
flush_post (HeatPass *pass)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autoptr (GDateTime) local = NULL;
  int weekday, hour;
  double rate;

  if (pass->post_id == NULL || pass->published_at <= 0 || pass->views <= 0)
    return;

  utc = g_date_time_new_from_unix_utc (pass->published_at);
  if (utc == NULL)
    return;
  local = g_date_time_to_timezone (utc, pass->zone);
  weekday = g_date_time_get_day_of_week (local) - 1;
  hour = g_date_time_get_hour (local);
  rate = (pass->engaged[0] + pass->engaged[1] + pass->engaged[2] + pass->engaged[3]) / pass->views;

  /* A running mean. */
  pass->heat->n_posts[weekday][hour]++;
  pass->heat->engagement[weekday][hour] +=
    (rate - pass->heat->engagement[weekday][hour]) / pass->heat->n_posts[weekday][hour];
}

static gboolean
heat_sample_cb (const HeraldSampleRow  *row,
                gpointer                user_data,
                GError                **error)
{
  HeatPass *pass = user_data;

  if (g_strcmp0 (pass->post_id, row->post_id) != 0)
    {
      flush_post (pass);
      g_free (pass->post_id);
      pass->post_id = g_strdup (row->post_id);
      pass->published_at = row->published_at;
      pass->views = 0;
      memset (pass->engaged, 0, sizeof pass->engaged);
    }

  /* Samples come by metric, oldest first: the last of each is the latest. */
  if (g_str_equal (row->metric, "views"))
    pass->views = row->value;
  for (guint i = 0; i < G_N_ELEMENTS (engaged_metrics); i++)
    if (g_str_equal (row->metric, engaged_metrics[i]))
      pass->engaged[i] = row->value;

  return TRUE;
}

/**
 * herald_posting_heat_compute:
 * @store: a #HeraldStore
 * @account_ids: the accounts whose history to learn from
 * @zone: the zone hours are in
 * @heat: (out caller-allocates): the engagement by weekday and hour
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
herald_posting_heat_compute (HeraldStore         *store,
                             const char * const  *account_ids,
                             GTimeZone           *zone,
                             HeraldPostingHeat   *heat,
                             GError             **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (store), FALSE);
  g_return_val_if_fail (account_ids != NULL && zone != NULL && heat != NULL, FALSE);

  memset (heat, 0, sizeof *heat);
  for (guint i = 0; account_ids[i] != NULL; i++)
    {
      HeatPass pass = { zone, heat, NULL, 0, 0, { 0, } };
      gboolean ok;

      ok = herald_store_foreach_account_sample (store, account_ids[i], heat_sample_cb, &pass, error);
      if (ok)
        flush_post (&pass);
      g_free (pass.post_id);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const HeraldPostingSlot *x = a, *y = b;

  return x->engagement < y->engagement ? 1 : x->engagement > y->engagement ? -1 : 0;
}

/**
 * herald_posting_heat_best_slots:
 * @heat: engagement by weekday and hour
 * @n_slots: how many slots at most
 * @min_posts: how many posts a slot needs to count
 *
 * Returns: (transfer full) (element-type HeraldPostingSlot): the best
 *   slots, best first
 */
GArray *
herald_posting_heat_best_slots (const HeraldPostingHeat *heat,
                                guint                    n_slots,
                                guint                    min_posts)
{
  GArray *slots = g_array_new (FALSE, FALSE, sizeof (HeraldPostingSlot));

  g_return_val_if_fail (heat != NULL, slots);

  for (int d = 0; d < 7; d++)
    for (int h = 0; h < 24; h++)
      if (heat->n_posts[d][h] >= MAX (min_posts, 1))
        {
          HeraldPostingSlot slot = { d, h, heat->engagement[d][h], heat->n_posts[d][h] };

          g_array_append_val (slots, slot);
        }

  g_array_sort (slots, compare_slots);
  if (slots->len > n_slots)
    g_array_set_size (slots, n_slots);
  return slots;
}
