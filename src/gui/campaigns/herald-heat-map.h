/* herald-heat-map.h — engagement by weekday and hour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-campaign-stats.h"

G_BEGIN_DECLS

#define HERALD_TYPE_HEAT_MAP (herald_heat_map_get_type ())

G_DECLARE_FINAL_TYPE (HeraldHeatMap, herald_heat_map, HERALD, HEAT_MAP, GtkWidget)

GtkWidget *herald_heat_map_new      (void);
void       herald_heat_map_set_heat (HeraldHeatMap           *self,
                                     const HeraldPostingHeat *heat);

const char *herald_weekday_short_name (int weekday);

G_END_DECLS
