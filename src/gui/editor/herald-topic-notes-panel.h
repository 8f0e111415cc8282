/* herald-topic-notes-panel.h — the hot topics a post rides on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_TOPIC_NOTES_PANEL (herald_topic_notes_panel_get_type ())

G_DECLARE_FINAL_TYPE (HeraldTopicNotesPanel, herald_topic_notes_panel, HERALD, TOPIC_NOTES_PANEL, GtkBox)

void     herald_topic_notes_panel_set_post    (HeraldTopicNotesPanel  *self,
                                               HeraldStore            *store,
                                               HeraldPost             *post);
gboolean herald_topic_notes_panel_link        (HeraldTopicNotesPanel  *self,
                                               const char             *topic_id,
                                               GError                **error);
gboolean herald_topic_notes_panel_unlink      (HeraldTopicNotesPanel  *self,
                                               const char             *topic_id,
                                               GError                **error);
gboolean herald_topic_notes_panel_add_topic   (HeraldTopicNotesPanel  *self,
                                               const char             *title,
                                               GError                **error);
guint    herald_topic_notes_panel_get_n_linked (HeraldTopicNotesPanel *self);
guint    herald_topic_notes_panel_get_n_fading (HeraldTopicNotesPanel *self);

G_END_DECLS
