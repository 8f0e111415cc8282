/* herald-month-summary.c — the first posts of each day of a grid, counted
 *
 * What a month view needs: for each day of its grid, how many posts there
 * are and the first few of them, as many as fit a cell.  One statement
 * reads it (herald_store_list_first_posts_per_day), so a month of 3,000
 * posts costs about what a month of 30 does.  Like HeraldPostQuery it
 * follows the store: after a change it reads again, keeps the objects of
 * posts that did not change, and emits `changed`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-month-summary"

#include "config.h"

#include "herald-month-summary.h"
#include "herald-store-summary.h"

struct _HeraldMonthSummary
{
  GObject      parent_instance;

  HeraldStore *store;
  GDate        first;
  guint        n_days;
  guint        limit;
  gboolean     limit_set;    /* nothing is read before the view says how much fits */
  GStrv        account_ids;
  GStrv        campaign_ids;
  guint        statuses;

  gint64      *day_starts;   /* n_days + 1 */
  guint       *counts;       /* n_days */
  GPtrArray  **posts;        /* n_days arrays of HeraldPost */
  GHashTable  *by_id;        /* id → HeraldPost, borrowed from posts */
  GError      *error;
};

G_DEFINE_FINAL_TYPE (HeraldMonthSummary, herald_month_summary, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_days (HeraldMonthSummary *self)
{
  for (guint i = 0; i < self->n_days && self->posts != NULL; i++)
    g_clear_pointer (&self->posts[i], g_ptr_array_unref);
  g_clear_pointer (&self->posts, g_free);
  g_clear_pointer (&self->counts, g_free);
  g_clear_pointer (&self->day_starts, g_free);
  g_hash_table_remove_all (self->by_id);
}

static void
refresh (HeraldMonthSummary *self,
         const char * const *changed_ids)
{
  HeraldPostFilter filter = {
    (const char * const *) self->account_ids,
    (const char * const *) self->campaign_ids,
    self->statuses,
  };
  g_autoptr (GPtrArray) fresh = NULL;
  g_autoptr (GHashTable) old = NULL;
  g_autofree guint *counts = NULL;
  guint day = 0;

  /* The first read waits for the view to say how many posts fit a day:
   * reading with a guess first would read the month twice at start-up. */
  if (!self->limit_set)
    return;

  if (self->n_days == 0 || self->store == NULL)
    return;

  g_clear_error (&self->error);
  counts = g_new0 (guint, self->n_days);
  fresh = herald_store_list_first_posts_per_day (self->store, self->day_starts, self->n_days,
                                                 MAX (self->limit, 1), &filter, counts, &self->error);
  if (fresh == NULL)
    {
      g_warning ("Could not read the posts: %s", self->error->message);
      fresh = g_ptr_array_new_with_free_func (g_object_unref);
      memset (counts, 0, self->n_days * sizeof (guint));
    }

  /* The posts shown before, to hand back the same objects. */
  old = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  {
    GHashTableIter iter;
    gpointer id, post;

    g_hash_table_iter_init (&iter, self->by_id);
    while (g_hash_table_iter_next (&iter, &id, &post))
      g_hash_table_insert (old, id, g_object_ref (post));
  }
  g_hash_table_remove_all (self->by_id);

  for (guint i = 0; i < self->n_days; i++)
    g_ptr_array_set_size (self->posts[i], 0);

  for (guint i = 0; i < fresh->len; i++)
    {
      HeraldPost *post = g_ptr_array_index (fresh, i);
      const char *id = herald_record_get_id (HERALD_RECORD (post));
      HeraldPost *before = g_hash_table_lookup (old, id);
      gint64 at = herald_post_get_scheduled_at (post);

      if (before != NULL &&
          herald_record_get_updated_at (HERALD_RECORD (before)) == herald_record_get_updated_at (HERALD_RECORD (post)) &&
          (changed_ids == NULL || !g_strv_contains (changed_ids, id)))
        post = before;

      while (day + 1 < self->n_days && at >= self->day_starts[day + 1])
        day++;

      g_ptr_array_add (self->posts[day], g_object_ref (post));
      g_hash_table_insert (self->by_id, (gpointer) herald_record_get_id (HERALD_RECORD (post)), post);
    }

  memcpy (self->counts, counts, self->n_days * sizeof (guint));

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
store_changed_cb (HeraldMonthSummary *self,
                  HeraldRecordKind    kind,
                  const char        **ids)
{
  if (kind == HERALD_RECORD_POST)
    refresh (self, ids);
  else if (kind == HERALD_RECORD_ACCOUNT)
    refresh (self, NULL);
}

static void
herald_month_summary_dispose (GObject *object)
{
  HeraldMonthSummary *self = HERALD_MONTH_SUMMARY (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_month_summary_parent_class)->dispose (object);
}

static void
herald_month_summary_finalize (GObject *object)
{
  HeraldMonthSummary *self = HERALD_MONTH_SUMMARY (object);

  clear_days (self);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->account_ids, g_strfreev);
  g_clear_pointer (&self->campaign_ids, g_strfreev);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (herald_month_summary_parent_class)->finalize (object);
}

static void
herald_month_summary_class_init (HeraldMonthSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = herald_month_summary_dispose;
  object_class->finalize = herald_month_summary_finalize;

  /**
   * HeraldMonthSummary::changed:
   * @summary: the summary
   *
   * Emitted after the summary read its days again.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
herald_month_summary_init (HeraldMonthSummary *self)
{
  g_date_clear (&self->first, 1);
  self->limit = 1;
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * herald_month_summary_new:
 * @store: the store to read
 *
 * Returns: (transfer full): a summary of no days; give it some
 */
HeraldMonthSummary *
herald_month_summary_new (HeraldStore *store)
{
  HeraldMonthSummary *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_MONTH_SUMMARY, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);

  return self;
}

/**
 * herald_month_summary_get_store:
 * @self: a #HeraldMonthSummary
 *
 * Returns: (transfer none): the store it reads
 */
HeraldStore *
herald_month_summary_get_store (HeraldMonthSummary *self)
{
  g_return_val_if_fail (HERALD_IS_MONTH_SUMMARY (self), NULL);

  return self->store;
}

/**
 * herald_month_summary_set_days:
 * @self: a #HeraldMonthSummary
 * @first: the first day, in the local time zone
 * @n_days: how many days from @first
 *
 * Reads the posts of the new days.
 */
void
herald_month_summary_set_days (HeraldMonthSummary *self,
                               const GDate        *first,
                               guint               n_days)
{
  GDate day;

  g_return_if_fail (HERALD_IS_MONTH_SUMMARY (self));
  g_return_if_fail (first != NULL && g_date_valid (first));
  g_return_if_fail (n_days > 0);

  if (g_date_valid (&self->first) && g_date_compare (&self->first, first) == 0 && self->n_days == n_days)
    return;

  clear_days (self);
  self->first = *first;
  self->n_days = n_days;
  self->day_starts = g_new (gint64, n_days + 1);
  self->counts = g_new0 (guint, n_days);
  self->posts = g_new (GPtrArray *, n_days);

  day = *first;
  for (guint i = 0; i <= n_days; i++, g_date_add_days (&day, 1))
    {
      g_autoptr (GDateTime) midnight = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                                              g_date_get_day (&day), 0, 0, 0);

      self->day_starts[i] = g_date_time_to_unix (midnight);
      if (i < n_days)
        self->posts[i] = g_ptr_array_new_with_free_func (g_object_unref);
    }

  refresh (self, NULL);
}

/**
 * herald_month_summary_set_limit:
 * @self: a #HeraldMonthSummary
 * @limit: how many posts of each day to keep, at least 1
 */
void
herald_month_summary_set_limit (HeraldMonthSummary *self,
                                guint               limit)
{
  g_return_if_fail (HERALD_IS_MONTH_SUMMARY (self));

  limit = MAX (limit, 1);
  if (self->limit == limit && self->limit_set)
    return;

  self->limit = limit;
  self->limit_set = TRUE;
  refresh (self, NULL);
}

/**
 * herald_month_summary_set_filter:
 * @self: a #HeraldMonthSummary
 * @account_ids: (nullable): only these accounts (an empty array: none)
 * @campaign_ids: (nullable): only these campaigns
 * @statuses: bits (1 << #HeraldPostStatus); 0 for all
 */
void
herald_month_summary_set_filter (HeraldMonthSummary *self,
                                 const char * const *account_ids,
                                 const char * const *campaign_ids,
                                 guint               statuses)
{
  g_return_if_fail (HERALD_IS_MONTH_SUMMARY (self));

  g_clear_pointer (&self->account_ids, g_strfreev);
  g_clear_pointer (&self->campaign_ids, g_strfreev);
  self->account_ids = g_strdupv ((char **) account_ids);
  self->campaign_ids = g_strdupv ((char **) campaign_ids);
  self->statuses = statuses;

  refresh (self, NULL);
}

guint
herald_month_summary_get_n_days (HeraldMonthSummary *self)
{
  g_return_val_if_fail (HERALD_IS_MONTH_SUMMARY (self), 0);

  return self->n_days;
}

/**
 * herald_month_summary_get_count:
 * @self: a #HeraldMonthSummary
 * @day: a day, 0 for the first
 *
 * Returns: how many posts @day has
 */
guint
herald_month_summary_get_count (HeraldMonthSummary *self,
                                guint               day)
{
  g_return_val_if_fail (HERALD_IS_MONTH_SUMMARY (self), 0);
  g_return_val_if_fail (day < self->n_days, 0);

  return self->counts[day];
}

/**
 * herald_month_summary_get_posts:
 * @self: a #HeraldMonthSummary
 * @day: a day, 0 for the first
 *
 * Returns: (transfer none) (element-type HeraldPost): the first posts of
 *   @day, by time, no more than the limit
 */
GPtrArray *
herald_month_summary_get_posts (HeraldMonthSummary *self,
                                guint               day)
{
  g_return_val_if_fail (HERALD_IS_MONTH_SUMMARY (self), NULL);
  g_return_val_if_fail (day < self->n_days, NULL);

  return self->posts[day];
}

/**
 * herald_month_summary_find:
 * @self: a #HeraldMonthSummary
 * @post_id: a post id
 *
 * Returns: (transfer none) (nullable): the post, if the summary holds it
 */
HeraldPost *
herald_month_summary_find (HeraldMonthSummary *self,
                           const char         *post_id)
{
  g_return_val_if_fail (HERALD_IS_MONTH_SUMMARY (self), NULL);

  return post_id != NULL ? g_hash_table_lookup (self->by_id, post_id) : NULL;
}

/**
 * herald_month_summary_list_day:
 * @self: a #HeraldMonthSummary
 * @day: a day, 0 for the first
 * @error: return location for a #GError
 *
 * Returns: (transfer full): all the posts of @day that pass the filter,
 *   by time
 */
GListModel *
herald_month_summary_list_day (HeraldMonthSummary  *self,
                               guint                day,
                               GError             **error)
{
  HeraldPostFilter filter;

  g_return_val_if_fail (HERALD_IS_MONTH_SUMMARY (self), NULL);
  g_return_val_if_fail (day < self->n_days, NULL);

  filter = (HeraldPostFilter) {
    (const char * const *) self->account_ids,
    (const char * const *) self->campaign_ids,
    self->statuses,
  };

  return herald_store_list_posts_in_range (self->store, self->day_starts[day], self->day_starts[day + 1],
                                           &filter, error);
}

/**
 * herald_month_summary_get_error:
 * @self: a #HeraldMonthSummary
 *
 * Returns: (nullable): why the last read failed
 */
const GError *
herald_month_summary_get_error (HeraldMonthSummary *self)
{
  g_return_val_if_fail (HERALD_IS_MONTH_SUMMARY (self), NULL);

  return self->error;
}
