/* herald-accounts-page.h — Preferences → Accounts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_ACCOUNTS_PAGE (herald_accounts_page_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAccountsPage, herald_accounts_page, HERALD, ACCOUNTS_PAGE, AdwPreferencesPage)

HeraldStore *herald_accounts_page_get_store    (HeraldAccountsPage  *self);
void         herald_accounts_page_set_store    (HeraldAccountsPage  *self,
                                                HeraldStore         *store);
void         herald_accounts_page_add_account  (HeraldAccountsPage  *self);
gboolean     herald_accounts_page_move_account (HeraldAccountsPage  *self,
                                                const char          *id,
                                                guint                position,
                                                GError             **error);

G_END_DECLS
