/* herald-feed-dialog.h — adds or edits a feed of the user's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_FEED_DIALOG (herald_feed_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldFeedDialog, herald_feed_dialog, HERALD, FEED_DIALOG, AdwAlertDialog)

HeraldFeedDialog *herald_feed_dialog_new (HeraldStore *store,
                                          HeraldFeed  *feed);

G_END_DECLS
