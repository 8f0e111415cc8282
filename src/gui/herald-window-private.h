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
void                    herald_window_set_demo          (HeraldWindow *self);
HeraldEditorPage       *herald_window_get_editor        (HeraldWindow *self);

G_END_DECLS
