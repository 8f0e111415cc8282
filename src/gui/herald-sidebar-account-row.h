/* herald-sidebar-account-row.h — one account in the window's sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_SIDEBAR_ACCOUNT_ROW (herald_sidebar_account_row_get_type ())

G_DECLARE_FINAL_TYPE (HeraldSidebarAccountRow, herald_sidebar_account_row, HERALD, SIDEBAR_ACCOUNT_ROW, GtkListBoxRow)

GtkWidget     *herald_sidebar_account_row_new         (HeraldStore             *store,
                                                       HeraldAccount           *account);
HeraldAccount *herald_sidebar_account_row_get_account (HeraldSidebarAccountRow *self);

G_END_DECLS
