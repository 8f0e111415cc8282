/* herald-ical-campaign.h — campaigns as all-day iCalendar events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-ical-mapping.h"

G_BEGIN_DECLS

icalcomponent  *herald_ical_campaign_to_vevent   (HeraldCampaign  *campaign);
HeraldCampaign *herald_ical_vevent_to_campaign   (icalcomponent   *vevent,
                                                  GError         **error);
char           *herald_ical_campaign_to_calendar (HeraldCampaign  *campaign,
                                                  const char      *kpis_json,
                                                  const char      *accounts_json,
                                                  const char      *base);
HeraldCampaign *herald_ical_calendar_to_campaign (const char      *text,
                                                  GError         **error);

char           *herald_ical_kpis_to_json         (GListModel      *kpis,
                                                  GListModel      *accounts);
GPtrArray      *herald_ical_kpis_from_json       (const char      *json,
                                                  const char      *campaign_id,
                                                  GPtrArray      **accounts,
                                                  GError         **error);

char           *herald_ical_campaign_accounts_to_json   (GListModel  *members);
GStrv           herald_ical_campaign_accounts_from_json (const char  *json,
                                                         GPtrArray  **accounts,
                                                         GError     **error);

G_END_DECLS
