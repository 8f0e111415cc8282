/* herald-account-row.h — one account in Preferences → Accounts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-account.h"

G_BEGIN_DECLS

#define HERALD_TYPE_ACCOUNT_ROW (herald_account_row_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAccountRow, herald_account_row, HERALD, ACCOUNT_ROW, AdwActionRow)

GtkWidget     *herald_account_row_new         (HeraldAccount    *account);
HeraldAccount *herald_account_row_get_account (HeraldAccountRow *self);

G_END_DECLS
