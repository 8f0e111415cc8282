/* herald-agenda-view-private.h — agenda internals shared with tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-agenda-header.h"
#include "herald-agenda-model.h"
#include "herald-agenda-row.h"
#include "herald-agenda-slot.h"
#include "herald-agenda-view.h"

G_BEGIN_DECLS

GtkListView        *herald_agenda_view_get_list_view        (HeraldAgendaView *self);
GtkAdjustment      *herald_agenda_view_get_vadjustment      (HeraldAgendaView *self);
HeraldAgendaModel  *herald_agenda_view_get_model            (HeraldAgendaView *self);
HeraldAgendaHeader *herald_agenda_view_get_sticky_header    (HeraldAgendaView *self);
gboolean            herald_agenda_view_get_sticky_visible   (HeraldAgendaView *self);
guint               herald_agenda_view_count_row_widgets    (HeraldAgendaView *self);
guint               herald_agenda_view_count_slots          (HeraldAgendaView *self);
gboolean            herald_agenda_view_get_empty            (HeraldAgendaView *self);

G_END_DECLS
