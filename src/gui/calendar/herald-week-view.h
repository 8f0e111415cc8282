/* herald-week-view.h — the calendar's week: seven days of hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HERALD_TYPE_WEEK_VIEW (herald_week_view_get_type ())

G_DECLARE_FINAL_TYPE (HeraldWeekView, herald_week_view, HERALD, WEEK_VIEW, GtkWidget)

GtkWidget *herald_week_view_new (void);

G_END_DECLS
