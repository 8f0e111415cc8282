/* herald-window-private.h — window internals shared with tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-editor-page.h"
#include "herald-window.h"

G_BEGIN_DECLS

AdwNavigationSplitView *herald_window_get_split_view (HeraldWindow *self);
GtkListBox             *herald_window_get_pages_list    (HeraldWindow *self);
GtkListBox             *herald_window_get_accounts_list (HeraldWindow *self);
GtkListBoxRow          *herald_window_get_overdue_row   (HeraldWindow *self);
GtkListBoxRow          *herald_window_get_conflicts_row (HeraldWindow *self);
void                    herald_window_set_demo          (HeraldWindow *self);
HeraldEditorPage       *herald_window_get_editor        (HeraldWindow *self);
HeraldStore            *herald_window_get_store         (HeraldWindow *self);
gboolean                herald_window_is_demo           (HeraldWindow *self);
AdwNavigationView      *herald_window_get_content_view  (HeraldWindow *self);
AdwNavigationPage      *herald_window_get_pages_page    (HeraldWindow *self);
void                    herald_window_add_demo_banner   (GtkWidget    *page);

/* herald-window-posts.c: the window's post actions */
void                    herald_window_open_post_action  (GtkWidget    *widget,
                                                         const char   *action_name,
                                                         GVariant     *param);
void                    herald_window_new_post_action   (GtkWidget    *widget,
                                                         const char   *action_name,
                                                         GVariant     *param);
void                    herald_window_new_post_from_topic_action (GtkWidget  *widget,
                                                         const char   *action_name,
                                                         GVariant     *param);
void                    herald_window_search_action     (GtkWidget    *widget,
                                                         const char   *action_name,
                                                         GVariant     *param);

G_END_DECLS
