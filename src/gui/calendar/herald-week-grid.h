/* herald-week-grid.h — the hours of a week, with its posts placed on them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-store.h"

G_BEGIN_DECLS

/* Height of an hour, and the narrowest a day column gets. */
#define HERALD_WEEK_GRID_HOUR_HEIGHT 56
#define HERALD_WEEK_GRID_MIN_COLUMN  36
/* Chips are as tall as half an hour; keys move by slots this long. */
#define HERALD_WEEK_GRID_SLOT_MINUTES 30
/* A drop lands on a quarter of an hour. */
#define HERALD_WEEK_GRID_DROP_MINUTES 15
#define HERALD_WEEK_GRID_N_SLOTS (24 * 60 / HERALD_WEEK_GRID_SLOT_MINUTES)

#define HERALD_TYPE_WEEK_GRID (herald_week_grid_get_type ())

G_DECLARE_FINAL_TYPE (HeraldWeekGrid, herald_week_grid, HERALD, WEEK_GRID, GtkWidget)

GtkWidget  *herald_week_grid_new                 (void);
void        herald_week_grid_set_posts           (HeraldWeekGrid *self,
                                                  GListModel     *posts);
void        herald_week_grid_set_accounts        (HeraldWeekGrid *self,
                                                  GListModel     *accounts);
void        herald_week_grid_set_week            (HeraldWeekGrid *self,
                                                  const GDate    *monday);
void        herald_week_grid_select              (HeraldWeekGrid *self,
                                                  int             day,
                                                  int             slot);
int         herald_week_grid_get_selected_day    (HeraldWeekGrid *self);
int         herald_week_grid_get_selected_slot   (HeraldWeekGrid *self);
HeraldPost *herald_week_grid_get_selected_post   (HeraldWeekGrid *self);
void        herald_week_grid_select_post         (HeraldWeekGrid *self,
                                                  const char     *post_id,
                                                  int             day,
                                                  int             slot);
void        herald_week_grid_tick                (HeraldWeekGrid *self);
void        herald_week_grid_drop_post           (HeraldWeekGrid *self,
                                                  HeraldPost     *post,
                                                  double          x,
                                                  double          top);
gboolean    herald_week_grid_get_chip_allocation (HeraldWeekGrid *self,
                                                  const char     *post_id,
                                                  graphene_rect_t *bounds);
gboolean    herald_week_grid_get_now_line        (HeraldWeekGrid *self,
                                                  int            *day,
                                                  double         *y);
guint       herald_week_grid_get_n_chips         (HeraldWeekGrid *self);

/* Shared with the header, so that the columns line up. */
int         herald_week_grid_get_gutter_width    (GtkWidget      *widget);
int         herald_week_grid_get_column_x        (int             width,
                                                  int             gutter,
                                                  int             day);

G_END_DECLS
