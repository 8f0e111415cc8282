/* herald-calendar-page.h — the Calendar page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_CALENDAR_PAGE (herald_calendar_page_get_type ())

G_DECLARE_FINAL_TYPE (HeraldCalendarPage, herald_calendar_page, HERALD, CALENDAR_PAGE, AdwBin)

HeraldStore    *herald_calendar_page_get_store        (HeraldCalendarPage *self);
void            herald_calendar_page_set_store        (HeraldCalendarPage *self,
                                                       HeraldStore        *store);
AdwToolbarView *herald_calendar_page_get_toolbar_view (HeraldCalendarPage *self);

G_END_DECLS
