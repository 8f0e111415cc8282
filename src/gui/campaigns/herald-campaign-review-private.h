/* herald-campaign-review-private.h — what the review page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-campaign-review.h"
#include "herald-daily-chart.h"
#include "herald-heat-map.h"

G_BEGIN_DECLS

struct _HeraldCampaignReview
{
  AdwNavigationPage  parent_instance;

  HeraldStore       *store;
  char              *campaign_id;
  HeraldIsoWeek      week;
  HeraldWeekReview  *review;
  guint              save_id;
  gboolean           filling;

  GtkColumnView     *posts_view;
  GListModel        *post_numbers;
  gboolean           overview_stale;

  AdwViewStack      *view_stack;
  GtkFlowBox        *overview_kpi_box;
  HeraldDailyChart  *daily_chart;
  GtkFlowBox        *chart_legend;
  GtkScrolledWindow *posts_frame;
  GtkLabel          *best_slots_label;
  HeraldHeatMap     *heat_map;
  GtkLabel          *week_label;
  GtkLabel          *goal_label;
  GtkLabel          *no_kpis_label;
  GtkFlowBox        *kpi_box;
  GtkListBox        *channel_list;
  GtkListBox        *post_list;
  GtkTextView       *problems_view;
  GtkTextView       *next_week_view;
};

void herald_campaign_review_refresh    (HeraldCampaignReview *self,
                                       gboolean              with_notes);
void herald_campaign_review_show_toast (HeraldCampaignReview *self,
                                       AdwToast             *toast);

/* The overview's table of posts (herald-campaign-review-posts.c) */
GtkWidget *herald_campaign_review_make_posts_view (HeraldCampaignReview *self);

/* Export and print (herald-campaign-review-export.c) */
void herald_campaign_review_export_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *param);
void herald_campaign_review_print_action  (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *param);

G_END_DECLS
