/* herald-agenda-header.h — a day's heading in the agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HERALD_TYPE_AGENDA_HEADER (herald_agenda_header_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAgendaHeader, herald_agenda_header, HERALD, AGENDA_HEADER, GtkWidget)

GtkWidget  *herald_agenda_header_new       (void);
void        herald_agenda_header_get_day   (HeraldAgendaHeader *self,
                                            GDate              *day);
void        herald_agenda_header_set_day   (HeraldAgendaHeader *self,
                                            const GDate        *day);
const char *herald_agenda_header_get_title (HeraldAgendaHeader *self);

G_END_DECLS
