/* herald-editor-page.h — the drafting editor: one post at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_EDITOR_PAGE (herald_editor_page_get_type ())

G_DECLARE_FINAL_TYPE (HeraldEditorPage, herald_editor_page, HERALD, EDITOR_PAGE, AdwNavigationPage)

typedef enum {
  HERALD_SAVE_STATE_SAVED,
  HERALD_SAVE_STATE_PENDING,
  HERALD_SAVE_STATE_FAILED,
} HeraldSaveState;

HeraldEditorPage *herald_editor_page_new            (HeraldStore      *store,
                                                     HeraldPost       *post);
HeraldPost       *herald_editor_page_get_post       (HeraldEditorPage *self);
HeraldSaveState   herald_editor_page_get_save_state (HeraldEditorPage *self);
AdwToolbarView   *herald_editor_page_get_toolbar_view (HeraldEditorPage *self);
gboolean          herald_editor_page_save           (HeraldEditorPage *self,
                                                     GError          **error);
gboolean          herald_editor_page_mark_published (HeraldEditorPage *self,
                                                     const char       *url,
                                                     gint64            published_at,
                                                     GError          **error);

/* For the text checks panel: where it goes, and the text it checks. */
void              herald_editor_page_set_checks_panel (HeraldEditorPage *self,
                                                     GtkWidget        *panel);
GtkTextBuffer    *herald_editor_page_get_body_buffer (HeraldEditorPage *self);
GtkEditable      *herald_editor_page_get_title_editable (HeraldEditorPage *self);

G_END_DECLS
