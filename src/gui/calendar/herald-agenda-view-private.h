/* herald-agenda-view-private.h — agenda internals, shared by its files
 * (view, scroll) and with tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-agenda-header.h"
#include "herald-agenda-model.h"
#include "herald-agenda-row.h"
#include "herald-agenda-slot.h"
#include "herald-agenda-view.h"
#include "herald-view.h"

G_BEGIN_DECLS

struct _HeraldAgendaView
{
  GtkWidget           parent_instance;

  HeraldPostQuery    *query;
  GListModel         *accounts;
  GHashTable         *account_ids;     /* id → HeraldAccount */
  GDate               selected_day;

  HeraldAgendaModel  *model;
  GPtrArray          *spare_rows;      /* HeraldAgendaRow, not lent */
  int                 row_height;      /* the tallest row seen */

  /* Work for the next layout pass, and scrolling to the selected day. */
  GdkFrameClock      *frame_clock;
  gulong              layout_handler;
  gboolean            rows_dirty;
  gboolean            heights_dirty;
  gboolean            sticky_dirty;
  gboolean            sticky_matched;
  gboolean            scroll_pending;
  guint               scroll_tick;
  guint               scroll_step;
  guint               minute_source;

  GtkStack           *stack;
  GtkScrolledWindow  *scrolled;
  GtkListView        *list_view;
  GtkWidget          *sticky;
  HeraldAgendaHeader *sticky_header;
  AdwStatusPage      *empty_page;
};

/* herald-agenda-view.c */
GQuark              herald_agenda_view_list_item_quark        (void);
GtkWidget          *herald_agenda_view_list_child_content     (GtkWidget        *child);
void                herald_agenda_view_request_layout         (HeraldAgendaView *self);

/* herald-agenda-view-scroll.c */
void                herald_agenda_view_scroll_to_selected_day (HeraldAgendaView *self);
void                herald_agenda_view_update_sticky          (HeraldAgendaView *self);

/* For tests */

GtkListView        *herald_agenda_view_get_list_view        (HeraldAgendaView *self);
GtkAdjustment      *herald_agenda_view_get_vadjustment      (HeraldAgendaView *self);
HeraldAgendaModel  *herald_agenda_view_get_model            (HeraldAgendaView *self);
HeraldAgendaHeader *herald_agenda_view_get_sticky_header    (HeraldAgendaView *self);
gboolean            herald_agenda_view_get_sticky_visible   (HeraldAgendaView *self);
guint               herald_agenda_view_count_row_widgets    (HeraldAgendaView *self);
guint               herald_agenda_view_count_slots          (HeraldAgendaView *self);
gboolean            herald_agenda_view_get_empty            (HeraldAgendaView *self);

G_END_DECLS
