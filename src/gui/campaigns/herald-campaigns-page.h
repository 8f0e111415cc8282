/* herald-campaigns-page.h — the campaigns, and the way into each review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_CAMPAIGNS_PAGE (herald_campaigns_page_get_type ())

G_DECLARE_FINAL_TYPE (HeraldCampaignsPage, herald_campaigns_page, HERALD, CAMPAIGNS_PAGE, AdwBin)

HeraldStore    *herald_campaigns_page_get_store        (HeraldCampaignsPage *self);
void            herald_campaigns_page_set_store        (HeraldCampaignsPage *self,
                                                        HeraldStore         *store);
AdwToolbarView *herald_campaigns_page_get_toolbar_view (HeraldCampaignsPage *self);
GListModel     *herald_campaigns_page_get_campaigns    (HeraldCampaignsPage *self);
void            herald_campaigns_page_open_campaign    (HeraldCampaignsPage *self,
                                                        const char          *campaign_id);

G_END_DECLS
