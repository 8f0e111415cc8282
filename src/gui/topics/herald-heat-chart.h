/* herald-heat-chart.h — a topic's heat over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-topic.h"

G_BEGIN_DECLS

#define HERALD_TYPE_HEAT_CHART (herald_heat_chart_get_type ())

G_DECLARE_FINAL_TYPE (HeraldHeatChart, herald_heat_chart, HERALD, HEAT_CHART, GtkWidget)

GtkWidget *herald_heat_chart_new         (void);
void       herald_heat_chart_set_samples (HeraldHeatChart        *self,
                                          const HeraldHeatSample *samples,
                                          guint                   n_samples);
guint      herald_heat_chart_get_n_samples (HeraldHeatChart      *self);
const HeraldHeatSample *herald_heat_chart_get_sample (HeraldHeatChart *self,
                                                      guint            index);
int        herald_heat_chart_get_hover   (HeraldHeatChart        *self);

G_END_DECLS
