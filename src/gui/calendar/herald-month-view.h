/* herald-month-view.h — the calendar's month: six weeks of days and posts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-month-summary.h"

G_BEGIN_DECLS

#define HERALD_TYPE_MONTH_VIEW (herald_month_view_get_type ())

G_DECLARE_FINAL_TYPE (HeraldMonthView, herald_month_view, HERALD, MONTH_VIEW, GtkWidget)

GtkWidget          *herald_month_view_new         (void);
HeraldMonthSummary *herald_month_view_get_summary (HeraldMonthView    *self);
void                herald_month_view_set_summary (HeraldMonthView    *self,
                                                   HeraldMonthSummary *summary);

G_END_DECLS
