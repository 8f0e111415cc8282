/* herald-daily-chart.h — a line a series, one point a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-campaign-stats.h"

G_BEGIN_DECLS

#define HERALD_TYPE_DAILY_CHART (herald_daily_chart_get_type ())

G_DECLARE_FINAL_TYPE (HeraldDailyChart, herald_daily_chart, HERALD, DAILY_CHART, GtkWidget)

GtkWidget *herald_daily_chart_new        (void);
void       herald_daily_chart_set_series (HeraldDailyChart *self,
                                          GPtrArray        *series,
                                          const GDate      *first);
guint      herald_daily_chart_get_n_series (HeraldDailyChart *self);

G_END_DECLS
