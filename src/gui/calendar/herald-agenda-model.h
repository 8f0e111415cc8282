/* herald-agenda-model.h — posts in sections, one section a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HERALD_TYPE_AGENDA_MODEL (herald_agenda_model_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAgendaModel, herald_agenda_model, HERALD, AGENDA_MODEL, GObject)

HeraldAgendaModel *herald_agenda_model_new             (GListModel        *posts);
GListModel        *herald_agenda_model_get_posts       (HeraldAgendaModel *self);
void               herald_agenda_model_set_posts       (HeraldAgendaModel *self,
                                                        GListModel        *posts);
guint              herald_agenda_model_get_n_sections  (HeraldAgendaModel *self);
void               herald_agenda_model_get_day         (HeraldAgendaModel *self,
                                                        guint              position,
                                                        GDate             *day);
guint              herald_agenda_model_find_day        (HeraldAgendaModel *self,
                                                        const GDate       *day);

G_END_DECLS
