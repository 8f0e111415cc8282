/* herald-agenda-slot.h — a list item of the agenda, holding a row while in sight
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-agenda-row.h"

G_BEGIN_DECLS

#define HERALD_TYPE_AGENDA_SLOT (herald_agenda_slot_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAgendaSlot, herald_agenda_slot, HERALD, AGENDA_SLOT, GtkWidget)

GtkWidget       *herald_agenda_slot_new        (void);
HeraldPost      *herald_agenda_slot_get_post   (HeraldAgendaSlot *self);
void             herald_agenda_slot_set_post   (HeraldAgendaSlot *self,
                                                HeraldPost       *post);
HeraldAgendaRow *herald_agenda_slot_get_row    (HeraldAgendaSlot *self);
void             herald_agenda_slot_set_row    (HeraldAgendaSlot *self,
                                                HeraldAgendaRow  *row);
HeraldAgendaRow *herald_agenda_slot_take_row   (HeraldAgendaSlot *self);
void             herald_agenda_slot_set_height (HeraldAgendaSlot *self,
                                                int               height);

G_END_DECLS
