/* herald-checks-panel.h — live checks of the post being written: lengths
 * against the platform's limits, advertising-law words, hashtags
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-editor-page.h"

G_BEGIN_DECLS

#define HERALD_TYPE_CHECKS_PANEL (herald_checks_panel_get_type ())

G_DECLARE_FINAL_TYPE (HeraldChecksPanel, herald_checks_panel, HERALD, CHECKS_PANEL, GtkBox)

GtkWidget *herald_checks_panel_new              (HeraldEditorPage  *editor);
void       herald_checks_panel_refresh          (HeraldChecksPanel *self);
void       herald_checks_panel_queue_refresh    (HeraldChecksPanel *self);

/* For tests. */
GtkWidget *herald_checks_panel_get_counter      (HeraldChecksPanel *self,
                                                 int                field);
guint      herald_checks_panel_get_n_findings   (HeraldChecksPanel *self);
const char *herald_checks_panel_get_finding_word (HeraldChecksPanel *self,
                                                 guint              index);
void       herald_checks_panel_replace          (HeraldChecksPanel *self,
                                                 guint              index);
void       herald_checks_panel_ignore           (HeraldChecksPanel *self,
                                                 guint              index);
const char *herald_checks_panel_get_hashtags    (HeraldChecksPanel *self);

G_END_DECLS
