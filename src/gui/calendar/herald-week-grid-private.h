/* herald-week-grid-private.h — week grid internals, shared by its files
 * (grid, layout, input)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-view.h"
#include "herald-week-chip.h"
#include "herald-week-grid.h"

G_BEGIN_DECLS

#define HOUR       HERALD_WEEK_GRID_HOUR_HEIGHT
#define SLOT       HERALD_WEEK_GRID_SLOT_MINUTES
#define DAY_HEIGHT (24 * HOUR)

typedef struct {
  HeraldPost     *post;
  HeraldWeekChip *chip;
  guint           index;      /* in the model: keeps the order of equals */
  int             day;        /* 0 = Monday */
  int             minutes;    /* after local midnight */
  int             column;
  int             n_columns;
} Place;

struct _HeraldWeekGrid
{
  GtkWidget   parent_instance;

  GListModel *posts;
  GListModel *accounts;
  GHashTable *account_ids;    /* id → HeraldAccount, borrowed from accounts */
  GDate       monday;
  gint64      now;
  int         gutter;         /* width of the hour labels, as last laid out */

  GArray     *places;         /* Place, by day and time */
  GHashTable *chips;          /* post id → HeraldWeekChip, the chips shown */
  GPtrArray  *pool;           /* hidden chips, ready for another post */

  int         selected_day;
  int         selected_slot;
  char       *selected_post;  /* a post id, or NULL when a slot is selected */

  gboolean    dragging;
  double      drag_x;         /* where the dragged chip was grabbed */
  double      drag_y;
  gboolean    drop_shown;
  int         drop_day;
  int         drop_minutes;
};

/* herald-week-grid.c */
const char  *herald_week_grid_post_id             (HeraldPost      *post);
gboolean     herald_week_grid_focus_within        (HeraldWeekGrid  *self);
void         herald_week_grid_set_selection       (HeraldWeekGrid  *self,
                                                   int              day,
                                                   int              slot,
                                                   const char      *id);

/* herald-week-grid-layout.c */
void         herald_week_grid_arrange_places      (GArray          *places);
const Place *herald_week_grid_find_place          (HeraldWeekGrid  *self,
                                                   const char      *id);
void         herald_week_grid_get_place_bounds    (HeraldWeekGrid  *self,
                                                   const Place     *place,
                                                   graphene_rect_t *bounds);
int          herald_week_grid_day_at              (HeraldWeekGrid  *self,
                                                   double           x);

/* herald-week-grid-input.c */
void         herald_week_grid_setup_chip          (HeraldWeekGrid  *self,
                                                   GtkWidget       *chip);
void         herald_week_grid_init_input          (HeraldWeekGrid  *self);
void         herald_week_grid_scroll_to_selection (HeraldWeekGrid  *self);

G_END_DECLS
