/* herald-publish-dialog.h — copy-ready publishing of the post in the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-editor-page.h"

G_BEGIN_DECLS

#define HERALD_TYPE_PUBLISH_DIALOG (herald_publish_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldPublishDialog, herald_publish_dialog, HERALD, PUBLISH_DIALOG, AdwDialog)

HeraldPublishDialog *herald_publish_dialog_new           (HeraldEditorPage    *editor);
char                *herald_publish_dialog_get_body_text (HeraldPublishDialog *self);
void                 herald_publish_dialog_set_url       (HeraldPublishDialog *self,
                                                          const char          *url);
gint64               herald_publish_dialog_get_published_at (HeraldPublishDialog *self);
const char          *herald_publish_dialog_get_error     (HeraldPublishDialog *self);
const char          *herald_publish_dialog_get_creator_uri (HeraldPublishDialog *self);

/* For tests. */
GtkUriLauncher      *herald_publish_dialog_get_launcher  (HeraldPublishDialog *self);
void                 herald_publish_dialog_set_checked   (HeraldPublishDialog *self,
                                                          gboolean             checked);

G_END_DECLS
