/* herald-week-header.h — the days above the week grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HERALD_TYPE_WEEK_HEADER (herald_week_header_get_type ())

G_DECLARE_FINAL_TYPE (HeraldWeekHeader, herald_week_header, HERALD, WEEK_HEADER, GtkWidget)

GtkWidget *herald_week_header_new          (void);
void       herald_week_header_set_week     (HeraldWeekHeader *self,
                                            const GDate      *monday);
void       herald_week_header_set_selected (HeraldWeekHeader *self,
                                            int               day);

G_END_DECLS
