/* herald-agenda-view.h — the calendar's agenda: posts listed by day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The agenda shows four weeks at a time, from the Monday of the date's
 * week; ‹ and › move by four weeks. */
#define HERALD_AGENDA_VIEW_WEEKS 4

#define HERALD_TYPE_AGENDA_VIEW (herald_agenda_view_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAgendaView, herald_agenda_view, HERALD, AGENDA_VIEW, GtkWidget)

GtkWidget *herald_agenda_view_new (void);

G_END_DECLS
