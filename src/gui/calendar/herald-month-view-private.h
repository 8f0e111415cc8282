/* herald-month-view-private.h — month view internals, shared by its files
 * (view, layout, input) and with tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-account.h"
#include "herald-month-summary.h"
#include "herald-month-view.h"
#include "herald-post-chip.h"
#include "herald-post-query.h"

G_BEGIN_DECLS

#define HERALD_MONTH_VIEW_N_COLUMNS        7
#define HERALD_MONTH_VIEW_N_ROWS           6
#define HERALD_MONTH_VIEW_N_DAYS           (HERALD_MONTH_VIEW_N_COLUMNS * HERALD_MONTH_VIEW_N_ROWS)
#define HERALD_MONTH_VIEW_PADDING          4
#define HERALD_MONTH_VIEW_CHIP_SPACING     2
#define HERALD_MONTH_VIEW_MIN_CELL_WIDTH   44
#define HERALD_MONTH_VIEW_MIN_CELL_HEIGHT  52
/* Cells narrower than this show posts as dots. */
#define HERALD_MONTH_VIEW_COMPACT_WIDTH    96
#define HERALD_MONTH_VIEW_DOT_STEP         12

struct _HeraldMonthView
{
  GtkWidget        parent_instance;

  HeraldPostQuery *query;
  HeraldMonthSummary *summary;        /* when set, read instead of query */
  GListModel      *accounts;
  GHashTable      *accounts_by_id;      /* id → HeraldAccount */

  GDate            selected_day;
  char            *selected_post_id;    /* the post the keyboard acts on */

  /* The month shown and its six weeks. */
  GDateMonth       month;
  GDateYear        year;
  GDate            first_day;
  gint64           day_starts[HERALD_MONTH_VIEW_N_DAYS + 1];
  GPtrArray       *days[HERALD_MONTH_VIEW_N_DAYS];  /* HeraldPost, by time */
  guint            counts[HERALD_MONTH_VIEW_N_DAYS]; /* all posts of the day */

  /* Layout: what fits, and what each day got. */
  int              header_height;
  int              chip_height;
  guint            capacity;
  gboolean         compact;
  guint            placed[HERALD_MONTH_VIEW_N_DAYS];
  guint            more[HERALD_MONTH_VIEW_N_DAYS];

  GtkWidget       *weekdays[HERALD_MONTH_VIEW_N_COLUMNS];
  GtkWidget       *cells[HERALD_MONTH_VIEW_N_DAYS];
  GPtrArray       *chips;               /* the pool: HeraldPostChip */
  GArray          *chip_days;           /* int: the day each chip is on, -1 */
  guint            n_chips_used;
  GtkWidget       *more_buttons_anchor;
  GtkWidget       *more_buttons[HERALD_MONTH_VIEW_N_DAYS];

  GtkPopover      *popover;
  GtkLabel        *popover_title;
  GtkListBox      *popover_list;
  int              popover_day;

  /* Input */
  int              press_day;
  HeraldPostChip  *press_chip;
  HeraldPostChip  *drag_chip;
  int              drop_day;
};

/* herald-month-view.c */
HeraldAccount *herald_month_view_lookup_account  (HeraldMonthView *self,
                                                  const char      *account_id);
int            herald_month_view_day_index       (HeraldMonthView *self,
                                                  const GDate     *day);
void           herald_month_view_day_date        (HeraldMonthView *self,
                                                  int              index,
                                                  GDate           *day);
gboolean       herald_month_view_day_in_month    (HeraldMonthView *self,
                                                  int              index);
int            herald_month_view_day_at          (HeraldMonthView *self,
                                                  double           x,
                                                  double           y);
void           herald_month_view_get_cell_rect   (HeraldMonthView *self,
                                                  int              index,
                                                  GdkRectangle    *rect);
void           herald_month_view_refresh         (HeraldMonthView *self);
void           herald_month_view_select_day      (HeraldMonthView *self,
                                                  const GDate     *day);
void           herald_month_view_select_post     (HeraldMonthView *self,
                                                  HeraldPost      *post);
HeraldPost    *herald_month_view_get_selected_post (HeraldMonthView *self);

/* herald-month-view-layout.c */
void           herald_month_view_place_chips     (HeraldMonthView *self);
void           herald_month_view_layout_measure  (GtkWidget       *widget,
                                                  GtkOrientation   orientation,
                                                  int              for_size,
                                                  int             *minimum,
                                                  int             *natural,
                                                  int             *minimum_baseline,
                                                  int             *natural_baseline);
void           herald_month_view_layout_allocate (GtkWidget       *widget,
                                                  int              width,
                                                  int              height,
                                                  int              baseline);

/* herald-month-view-input.c */
void           herald_month_view_class_init_input (GtkWidgetClass *widget_class);
void           herald_month_view_init_input      (HeraldMonthView *self);
void           herald_month_view_more_clicked    (HeraldMonthView *self,
                                                  GtkButton       *button);
void           herald_month_view_refresh_popover (HeraldMonthView *self);

/* For tests: what the view laid out, and the path a drop takes. */
GPtrArray     *herald_month_view_get_day_posts   (HeraldMonthView *self,
                                                  const GDate     *day);
guint          herald_month_view_get_n_day_posts (HeraldMonthView *self,
                                                  const GDate     *day);
guint          herald_month_view_get_n_placed    (HeraldMonthView *self,
                                                  const GDate     *day);
guint          herald_month_view_get_n_more      (HeraldMonthView *self,
                                                  const GDate     *day);
GtkWidget     *herald_month_view_get_more_button (HeraldMonthView *self,
                                                  const GDate     *day);
GtkWidget     *herald_month_view_get_chip        (HeraldMonthView *self,
                                                  const GDate     *day,
                                                  guint            index);
const char    *herald_month_view_get_marketing_day (HeraldMonthView *self,
                                                  const GDate     *day);
guint          herald_month_view_get_n_chip_widgets (HeraldMonthView *self);
GtkPopover    *herald_month_view_get_popover     (HeraldMonthView *self);
GtkListBox    *herald_month_view_get_popover_list (HeraldMonthView *self);
gboolean       herald_month_view_drop_post       (HeraldMonthView *self,
                                                  const char      *post_id,
                                                  const GDate     *day);

G_END_DECLS
