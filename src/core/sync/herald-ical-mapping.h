/* herald-ical-mapping.h — posts as iCalendar events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "herald-store.h"

G_BEGIN_DECLS

icalcomponent *herald_ical_post_to_vevent   (HeraldPost     *post,
                                             HeraldAccount  *account,
                                             guint           alarm_minutes);
HeraldPost    *herald_ical_vevent_to_post   (icalcomponent  *vevent,
                                             GError        **error);
char          *herald_ical_export_posts     (HeraldStore    *store,
                                             gint64          from,
                                             gint64          to,
                                             guint           alarm_minutes,
                                             GError        **error);

icalcomponent *herald_ical_find_vevent      (icalcomponent  *calendar);
char          *herald_ical_post_to_calendar (HeraldPost     *post,
                                             HeraldAccount  *account,
                                             guint           alarm_minutes,
                                             const char     *base);
HeraldPost    *herald_ical_calendar_to_post (const char     *text,
                                             HeraldAccount **account,
                                             GError        **error);

G_END_DECLS
