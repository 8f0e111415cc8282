/* herald-ical-topic.h — hot-topic notes as iCalendar journal entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-ical-mapping.h"

G_BEGIN_DECLS

icalcomponent *herald_ical_topic_to_vjournal  (HeraldTopic    *topic);
HeraldTopic   *herald_ical_vjournal_to_topic  (icalcomponent  *vjournal,
                                               GError        **error);
char          *herald_ical_topic_to_calendar  (HeraldTopic    *topic,
                                               const char     *base);
HeraldTopic   *herald_ical_calendar_to_topic  (const char     *text,
                                               GError        **error);

G_END_DECLS
