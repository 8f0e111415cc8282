/* herald-kpi.h — a KPI target of a campaign
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-record.h"

G_BEGIN_DECLS

#define HERALD_TYPE_KPI (herald_kpi_get_type ())

G_DECLARE_FINAL_TYPE (HeraldKpi, herald_kpi, HERALD, KPI, HeraldRecord)

HeraldKpi  *herald_kpi_new             (const char *campaign_id,
                                        const char *metric,
                                        double      target);
const char *herald_kpi_get_campaign_id (HeraldKpi  *self);
void        herald_kpi_set_campaign_id (HeraldKpi  *self,
                                        const char *campaign_id);
const char *herald_kpi_get_metric      (HeraldKpi  *self);
void        herald_kpi_set_metric      (HeraldKpi  *self,
                                        const char *metric);
/* NULL: the KPI counts every account of the campaign. */
const char *herald_kpi_get_account_id  (HeraldKpi  *self);
void        herald_kpi_set_account_id  (HeraldKpi  *self,
                                        const char *account_id);
double      herald_kpi_get_target      (HeraldKpi  *self);
void        herald_kpi_set_target      (HeraldKpi  *self,
                                        double      target);

G_END_DECLS
