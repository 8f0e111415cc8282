/* herald-account-dialog.h — adds or edits one account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_ACCOUNT_DIALOG (herald_account_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAccountDialog, herald_account_dialog, HERALD, ACCOUNT_DIALOG, AdwDialog)

HeraldAccountDialog *herald_account_dialog_new            (HeraldStore         *store,
                                                           HeraldAccount       *account);
const char          *herald_account_dialog_get_account_id (HeraldAccountDialog *self);

G_END_DECLS
