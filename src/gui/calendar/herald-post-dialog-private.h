/* herald-post-dialog-private.h — post dialog internals shared with tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-post-dialog.h"

G_BEGIN_DECLS

AdwEntryRow     *herald_post_dialog_get_title_row    (HeraldPostDialog *self);
AdwComboRow     *herald_post_dialog_get_account_row  (HeraldPostDialog *self);
HeraldPostStatus herald_post_dialog_get_status       (HeraldPostDialog *self);
gint64           herald_post_dialog_get_scheduled_at (HeraldPostDialog *self);
gboolean         herald_post_dialog_save             (HeraldPostDialog *self,
                                                      GError          **error);

G_END_DECLS
