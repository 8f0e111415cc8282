/* herald-post-dialog.h — a post's details: account, title, status, time, body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_POST_DIALOG (herald_post_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldPostDialog, herald_post_dialog, HERALD, POST_DIALOG, AdwDialog)

HeraldPostDialog *herald_post_dialog_new      (HeraldStore      *store,
                                               GListModel       *accounts,
                                               HeraldPost       *post,
                                               const GDate      *day);
HeraldPost       *herald_post_dialog_get_post (HeraldPostDialog *self);
gboolean          herald_post_dialog_is_new   (HeraldPostDialog *self);

G_END_DECLS
