/* herald-week-chip.h — one post in the week grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_WEEK_CHIP (herald_week_chip_get_type ())

G_DECLARE_FINAL_TYPE (HeraldWeekChip, herald_week_chip, HERALD, WEEK_CHIP, GtkWidget)

GtkWidget     *herald_week_chip_new           (void);
HeraldPost    *herald_week_chip_get_post      (HeraldWeekChip   *self);
void           herald_week_chip_set_post      (HeraldWeekChip   *self,
                                               HeraldPost       *post,
                                               HeraldAccount    *account,
                                               gint64            now);
void           herald_week_chip_set_dragged   (HeraldWeekChip   *self,
                                               gboolean          dragged);

char          *herald_week_chip_describe      (HeraldPost       *post,
                                               HeraldAccount    *account,
                                               gint64            now);
gboolean       herald_week_chip_parse_color   (HeraldAccount    *account,
                                               GdkRGBA          *rgba);

G_END_DECLS
