/* herald-campaign.h — a campaign: dates, a goal and KPI targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-record.h"

G_BEGIN_DECLS

#define HERALD_TYPE_CAMPAIGN (herald_campaign_get_type ())

G_DECLARE_FINAL_TYPE (HeraldCampaign, herald_campaign, HERALD, CAMPAIGN, HeraldRecord)

HeraldCampaign *herald_campaign_new            (const char     *name);
const char     *herald_campaign_get_name       (HeraldCampaign *self);
void            herald_campaign_set_name       (HeraldCampaign *self,
                                                const char     *name);
const char     *herald_campaign_get_goal       (HeraldCampaign *self);
void            herald_campaign_set_goal       (HeraldCampaign *self,
                                                const char     *goal);
const char     *herald_campaign_get_starts_on  (HeraldCampaign *self);
void            herald_campaign_set_starts_on  (HeraldCampaign *self,
                                                const char     *date);
const char     *herald_campaign_get_ends_on    (HeraldCampaign *self);
void            herald_campaign_set_ends_on    (HeraldCampaign *self,
                                                const char     *date);
const char     *herald_campaign_get_color      (HeraldCampaign *self);
void            herald_campaign_set_color      (HeraldCampaign *self,
                                                const char     *color);
const char     *herald_campaign_get_notes      (HeraldCampaign *self);
void            herald_campaign_set_notes      (HeraldCampaign *self,
                                                const char     *notes);
gboolean        herald_campaign_get_archived   (HeraldCampaign *self);
void            herald_campaign_set_archived   (HeraldCampaign *self,
                                                gboolean        archived);

G_END_DECLS
