/* herald-week-view-private.h — week view internals shared with tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"
#include "herald-week-grid.h"
#include "herald-week-view.h"

G_BEGIN_DECLS

HeraldWeekGrid *herald_week_view_get_grid            (HeraldWeekView  *self);
GtkAdjustment  *herald_week_view_get_vadjustment     (HeraldWeekView  *self);
gboolean        herald_week_view_get_chip_allocation (HeraldWeekView  *self,
                                                      const char      *post_id,
                                                      graphene_rect_t *bounds);
gboolean        herald_week_view_get_now_line        (HeraldWeekView  *self,
                                                      int             *day,
                                                      double          *y);
void            herald_week_view_drop_post           (HeraldWeekView  *self,
                                                      HeraldPost      *post,
                                                      double           x,
                                                      double           top);

G_END_DECLS
