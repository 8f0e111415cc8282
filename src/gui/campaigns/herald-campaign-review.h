/* herald-campaign-review.h — one campaign: its KPIs and its week review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-review-writer.h"
#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_CAMPAIGN_REVIEW (herald_campaign_review_get_type ())

G_DECLARE_FINAL_TYPE (HeraldCampaignReview, herald_campaign_review, HERALD, CAMPAIGN_REVIEW, AdwNavigationPage)

HeraldCampaignReview *herald_campaign_review_new         (HeraldStore          *store,
                                                          const char           *campaign_id);
const char           *herald_campaign_review_get_campaign_id (HeraldCampaignReview *self);
void                  herald_campaign_review_set_week    (HeraldCampaignReview *self,
                                                          const HeraldIsoWeek  *week);
HeraldWeekReview     *herald_campaign_review_get_review  (HeraldCampaignReview *self);
GListModel           *herald_campaign_review_get_post_numbers (HeraldCampaignReview *self);
void                  herald_campaign_review_show_view   (HeraldCampaignReview *self,
                                                          const char           *name);
gboolean              herald_campaign_review_save_notes  (HeraldCampaignReview *self,
                                                          GError              **error);
GtkPrintOperation    *herald_campaign_review_print_operation (HeraldCampaignReview *self);
gboolean              herald_campaign_review_export      (HeraldCampaignReview *self,
                                                          HeraldReviewFormat    format,
                                                          GFile                *file,
                                                          GError              **error);

G_END_DECLS
