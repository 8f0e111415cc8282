/* herald-account-list.h — the accounts of a store as a live list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_ACCOUNT_LIST (herald_account_list_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAccountList, herald_account_list, HERALD, ACCOUNT_LIST, GObject)

HeraldAccountList *herald_account_list_new      (HeraldStore       *store);
HeraldStore       *herald_account_list_get_store (HeraldAccountList *self);
gboolean           herald_account_list_find     (HeraldAccountList *self,
                                                 const char        *id,
                                                 guint             *position);
void               herald_account_list_refresh  (HeraldAccountList *self);

G_END_DECLS
