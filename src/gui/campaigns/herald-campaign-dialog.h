/* herald-campaign-dialog.h — creates or edits one campaign
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_CAMPAIGN_DIALOG (herald_campaign_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldCampaignDialog, herald_campaign_dialog, HERALD, CAMPAIGN_DIALOG, AdwDialog)

HeraldCampaignDialog *herald_campaign_dialog_new             (HeraldStore          *store,
                                                              HeraldCampaign       *campaign);
const char           *herald_campaign_dialog_get_campaign_id (HeraldCampaignDialog *self);
void                  herald_campaign_dialog_set_target      (HeraldCampaignDialog *self,
                                                              const char           *metric,
                                                              double                target);
void                  herald_campaign_dialog_set_account_included (HeraldCampaignDialog *self,
                                                                   const char           *account_id,
                                                                   gboolean              included);

G_END_DECLS
