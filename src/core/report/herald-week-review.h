/* herald-week-review.h — the numbers of a campaign's week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-iso-week.h"
#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_REPORT_ERROR (herald_report_error_quark ())

typedef enum {
  HERALD_REPORT_ERROR_INVALID,
  HERALD_REPORT_ERROR_FAILED,
} HeraldReportError;

GQuark herald_report_error_quark (void);

/* One KPI of the campaign, at the end of the week. */
typedef struct {
  char   *metric;
  char   *account_id;     /* NULL: every account of the campaign */
  char   *account_name;   /* NULL: every account */
  double  target;
  double  week;           /* this week */
  double  previous;       /* the week before */
  double  to_date;        /* up to the end of this week */
  double  done;           /* to_date / target; NAN without a target */
  double  expected;       /* share of the campaign's days gone; NAN without dates */
} HeraldReviewKpi;

/* The main counts of one channel kind, this week and the week before. */
typedef enum {
  HERALD_REVIEW_VIEWS,
  HERALD_REVIEW_LIKES,
  HERALD_REVIEW_COMMENTS,
  HERALD_REVIEW_SHARES,
  HERALD_REVIEW_FAVORITES,
  HERALD_REVIEW_FOLLOWERS,
  HERALD_REVIEW_N_TOTALS,
} HeraldReviewTotal;

typedef struct {
  char   *kind;           /* channel kind id, "weibo" */
  double  week[HERALD_REVIEW_N_TOTALS];
  double  previous[HERALD_REVIEW_N_TOTALS];
} HeraldReviewChannel;

/* A post among the week's best, by views gained in the week. */
typedef struct {
  char   *post_id;
  char   *title;
  char   *account_name;
  char   *kind;
  double  views_week;
  double  totals[HERALD_REVIEW_N_TOTALS];
} HeraldReviewPost;

#define HERALD_TYPE_WEEK_REVIEW (herald_week_review_get_type ())

G_DECLARE_FINAL_TYPE (HeraldWeekReview, herald_week_review, HERALD, WEEK_REVIEW, GObject)

HeraldWeekReview      *herald_week_review_compute       (HeraldStore          *store,
                                                         const char           *campaign_id,
                                                         const HeraldIsoWeek  *week,
                                                         GTimeZone            *zone,
                                                         GError              **error);
HeraldCampaign        *herald_week_review_get_campaign  (HeraldWeekReview     *self);
const HeraldIsoWeek   *herald_week_review_get_week      (HeraldWeekReview     *self);
char                  *herald_week_review_get_week_name (HeraldWeekReview     *self);
void                   herald_week_review_get_days      (HeraldWeekReview     *self,
                                                         GDate                *monday,
                                                         GDate                *sunday);
const HeraldReviewKpi *herald_week_review_get_kpis      (HeraldWeekReview     *self,
                                                         guint                *n_kpis);
const HeraldReviewChannel *herald_week_review_get_channels (HeraldWeekReview  *self,
                                                         guint                *n_channels);
const HeraldReviewPost *herald_week_review_get_top_posts (HeraldWeekReview    *self,
                                                         guint                *n_posts);
const char            *herald_week_review_get_problems  (HeraldWeekReview     *self);
const char            *herald_week_review_get_next_week (HeraldWeekReview     *self);

double                 herald_review_change             (double                week,
                                                         double                previous);
char                  *herald_review_format_change      (double                week,
                                                         double                previous);
const char            *herald_review_total_metric       (HeraldReviewTotal     total);

G_END_DECLS
