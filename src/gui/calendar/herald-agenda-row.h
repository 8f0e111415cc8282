/* herald-agenda-row.h — one post in the agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_AGENDA_ROW (herald_agenda_row_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAgendaRow, herald_agenda_row, HERALD, AGENDA_ROW, GtkWidget)

GtkWidget  *herald_agenda_row_new         (void);
HeraldPost *herald_agenda_row_get_post    (HeraldAgendaRow *self);
void        herald_agenda_row_set_post    (HeraldAgendaRow *self,
                                           HeraldPost      *post,
                                           HeraldAccount   *account,
                                           gint64           now);
char       *herald_agenda_row_dup_label   (HeraldAgendaRow *self);
guint       herald_agenda_row_get_n_alive (void);

G_END_DECLS
