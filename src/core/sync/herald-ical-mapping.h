/* herald-ical-mapping.h — posts as iCalendar events, and what all mappings share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "herald-ical-export.h"
#include "herald-store.h"

G_BEGIN_DECLS

/* What a calendar object on the server holds. */
typedef enum {
  HERALD_ICAL_OTHER,
  HERALD_ICAL_POST,
  HERALD_ICAL_CAMPAIGN,
  HERALD_ICAL_TOPIC,
} HeraldIcalKind;

void           herald_ical_add_x            (icalcomponent  *component,
                                             const char     *name,
                                             const char     *value);
const char    *herald_ical_get_x            (icalcomponent  *component,
                                             const char     *name);
gint64         herald_ical_get_time         (icalcomponent     *component,
                                             icalproperty_kind  kind);
icalcomponent *herald_ical_find_component   (icalcomponent      *calendar,
                                             icalcomponent_kind  kind);
HeraldIcalKind herald_ical_classify         (icalcomponent  *calendar,
                                             icalcomponent **component);
char          *herald_ical_wrap             (icalcomponent  *component,
                                             const char     *base,
                                             gboolean      (*is_own) (icalproperty *property),
                                             gboolean        keep_alarms);

icalcomponent *herald_ical_post_to_vevent   (HeraldPost     *post,
                                             HeraldAccount  *account,
                                             guint           alarm_minutes);
HeraldPost    *herald_ical_vevent_to_post   (icalcomponent  *vevent,
                                             GError        **error);

icalcomponent *herald_ical_find_vevent      (icalcomponent  *calendar);
char          *herald_ical_post_to_calendar (HeraldPost     *post,
                                             HeraldAccount  *account,
                                             guint           alarm_minutes,
                                             const char     *base);
HeraldPost    *herald_ical_event_to_post    (icalcomponent  *event,
                                             HeraldAccount **account,
                                             GError        **error);
HeraldPost    *herald_ical_calendar_to_post (const char     *text,
                                             HeraldAccount **account,
                                             GError        **error);

G_END_DECLS
