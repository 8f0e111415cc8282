/* herald-campaign-stats.h — a campaign's overview: daily numbers, its
 * posts' latest numbers, and when its accounts' posts do best
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

/* What one account gained of a metric, day by day. */
typedef struct {
  char   *account_id;
  char   *account_name;
  char   *color;
  gboolean in_campaign;  /* one of the accounts the campaign runs on */
  GArray *values;     /* double, one a day */
} HeraldDailySeries;

GPtrArray  *herald_campaign_daily           (HeraldStore   *store,
                                             const char    *campaign_id,
                                             const char    *metric,
                                             const GDate   *first,
                                             guint          n_days,
                                             GTimeZone     *zone,
                                             GError       **error);

/* A post of the campaign with its latest numbers. */
#define HERALD_TYPE_POST_NUMBERS (herald_post_numbers_get_type ())

G_DECLARE_FINAL_TYPE (HeraldPostNumbers, herald_post_numbers, HERALD, POST_NUMBERS, GObject)

const char *herald_post_numbers_get_post_id      (HeraldPostNumbers *self);
const char *herald_post_numbers_get_title        (HeraldPostNumbers *self);
const char *herald_post_numbers_get_account_name (HeraldPostNumbers *self);
gint64      herald_post_numbers_get_published_at (HeraldPostNumbers *self);
double      herald_post_numbers_get_views        (HeraldPostNumbers *self);
double      herald_post_numbers_get_likes        (HeraldPostNumbers *self);
double      herald_post_numbers_get_comments     (HeraldPostNumbers *self);
double      herald_post_numbers_get_shares       (HeraldPostNumbers *self);

GListModel *herald_campaign_post_numbers    (HeraldStore   *store,
                                             const char    *campaign_id,
                                             GError       **error);

/* Engagement ((likes + comments + shares + favorites) / views) of posts by
 * the weekday (Monday = 0) and hour they went out. */
typedef struct {
  double engagement[7][24];   /* mean over the posts of the slot */
  guint  n_posts[7][24];
} HeraldPostingHeat;

typedef struct {
  int    weekday;             /* Monday = 0 */
  int    hour;
  double engagement;
  guint  n_posts;
} HeraldPostingSlot;

gboolean    herald_posting_heat_compute     (HeraldStore         *store,
                                             const char * const  *account_ids,
                                             GTimeZone           *zone,
                                             HeraldPostingHeat   *heat,
                                             GError             **error);
GArray     *herald_posting_heat_best_slots  (const HeraldPostingHeat *heat,
                                             guint                    n_slots,
                                             guint                    min_posts);

G_END_DECLS
