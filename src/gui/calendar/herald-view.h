/* herald-view.h — what the calendar's month, week and agenda views share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-post-query.h"

G_BEGIN_DECLS

/* Small text in the views: libadwaita's .caption size, as style.css's
 * 0.82em, so that the views' small text shares one font with the rest
 * of the window. */
#define HERALD_VIEW_CAPTION_SCALE 0.82

#define HERALD_TYPE_VIEW (herald_view_get_type ())

G_DECLARE_INTERFACE (HeraldView, herald_view, HERALD, VIEW, GtkWidget)

struct _HeraldViewInterface
{
  GTypeInterface parent_iface;

  /* The days shown for the period holding @date, both inclusive. */
  void   (*get_range) (HeraldView  *self,
                       const GDate *date,
                       GDate       *first,
                       GDate       *last);
  /* Moves @date by @n periods: months, weeks … */
  void   (*step)      (HeraldView  *self,
                       GDate       *date,
                       int          n);
  /* The period's title for the header: "November 2026", "2026年11月". */
  char * (*dup_title) (HeraldView  *self,
                       const GDate *date);
};

void             herald_view_get_range        (HeraldView      *self,
                                               const GDate     *date,
                                               GDate           *first,
                                               GDate           *last);
void             herald_view_step             (HeraldView      *self,
                                               GDate           *date,
                                               int              n);
char            *herald_view_dup_title        (HeraldView      *self,
                                               const GDate     *date);
HeraldPostQuery *herald_view_get_query        (HeraldView      *self);
void             herald_view_set_query        (HeraldView      *self,
                                               HeraldPostQuery *query);
GListModel      *herald_view_get_accounts     (HeraldView      *self);
void             herald_view_set_accounts     (HeraldView      *self,
                                               GListModel      *accounts);
void             herald_view_get_selected_day (HeraldView      *self,
                                               GDate           *day);
void             herald_view_set_selected_day (HeraldView      *self,
                                               const GDate     *day);

/* Emitted by views, handled by the calendar page. */
void             herald_view_open_post        (HeraldView      *self,
                                               HeraldPost      *post);
void             herald_view_new_post         (HeraldView      *self,
                                               const GDate     *day,
                                               gint64           at);
void             herald_view_move_post        (HeraldView      *self,
                                               HeraldPost      *post,
                                               gint64           scheduled_at);
void             herald_view_delete_post      (HeraldView      *self,
                                               HeraldPost      *post);

G_END_DECLS
