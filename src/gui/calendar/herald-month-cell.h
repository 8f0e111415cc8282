/* herald-month-cell.h — one day of the month view: its number and label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HERALD_TYPE_MONTH_CELL (herald_month_cell_get_type ())

G_DECLARE_FINAL_TYPE (HeraldMonthCell, herald_month_cell, HERALD, MONTH_CELL, GtkWidget)

typedef enum {
  HERALD_MONTH_CELL_OTHER_MONTH = 1 << 0,
  HERALD_MONTH_CELL_TODAY       = 1 << 1,
  HERALD_MONTH_CELL_WEEKEND     = 1 << 2,
} HeraldMonthCellFlags;

GtkWidget  *herald_month_cell_new               (void);
void        herald_month_cell_set_day           (HeraldMonthCell      *self,
                                                 const GDate          *date,
                                                 HeraldMonthCellFlags  flags,
                                                 const char           *marketing_day);
const char *herald_month_cell_get_marketing_day (HeraldMonthCell      *self);
void        herald_month_cell_set_n_posts       (HeraldMonthCell      *self,
                                                 guint                 n_posts);
void        herald_month_cell_set_selected      (HeraldMonthCell      *self,
                                                 gboolean              selected);
void        herald_month_cell_set_drop_target   (HeraldMonthCell      *self,
                                                 gboolean              drop_target);
void        herald_month_cell_set_compact       (HeraldMonthCell      *self,
                                                 gboolean              compact);
int         herald_month_cell_get_header_height (HeraldMonthCell      *self);

G_END_DECLS
