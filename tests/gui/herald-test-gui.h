/* herald-test-gui.h — helpers for tests that drive real windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef gboolean (*HeraldTestCondition) (gpointer data);

void     herald_test_gui_init      (int                 *argc,
                                    char              ***argv);
gboolean herald_test_wait_for      (HeraldTestCondition  condition,
                                    gpointer             data,
                                    guint                timeout_ms);
void     herald_test_wait_mapped   (GtkWidget           *widget);
void     herald_test_wait_idle     (void);
void     herald_test_save_shot     (GtkWidget           *widget,
                                    const char          *name);

gboolean   herald_test_run_in_subprocess (void);
gboolean   herald_test_run_with_settings_file (void);
void       herald_test_record_setting_changes (GSettings *settings,
                                               GPtrArray *changed);
void       herald_test_collect_widgets   (GtkWidget *root,
                                          GType      type,
                                          GPtrArray *found);
GtkWidget *herald_test_find_widget       (GtkWidget *root,
                                          GType      type);
GtkWidget *herald_test_find_named       (GtkWidget  *root,
                                          const char *name);
GtkWidget *herald_test_find_with_class  (GtkWidget  *root,
                                          const char *css_class);

G_END_DECLS
