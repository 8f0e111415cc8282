/* herald-account.h — an account on one channel (a Weibo account, a 公众号 …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-record.h"

G_BEGIN_DECLS

#define HERALD_TYPE_ACCOUNT (herald_account_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAccount, herald_account, HERALD, ACCOUNT, HeraldRecord)

HeraldAccount      *herald_account_new          (const char         *kind,
                                                 const char         *name);
const char         *herald_account_get_kind     (HeraldAccount      *self);
void                herald_account_set_kind     (HeraldAccount      *self,
                                                 const char         *kind);
const char         *herald_account_get_name     (HeraldAccount      *self);
void                herald_account_set_name     (HeraldAccount      *self,
                                                 const char         *name);
const char         *herald_account_get_handle   (HeraldAccount      *self);
void                herald_account_set_handle   (HeraldAccount      *self,
                                                 const char         *handle);
const char         *herald_account_get_color    (HeraldAccount      *self);
void                herald_account_set_color    (HeraldAccount      *self,
                                                 const char         *color);
int                 herald_account_get_position (HeraldAccount      *self);
void                herald_account_set_position (HeraldAccount      *self,
                                                 int                 position);
gboolean            herald_account_get_visible  (HeraldAccount      *self);
void                herald_account_set_visible  (HeraldAccount      *self,
                                                 gboolean            visible);
const char         *herald_account_get_limits   (HeraldAccount      *self);
void                herald_account_set_limits   (HeraldAccount      *self,
                                                 const char         *limits_json);
const char * const *herald_account_get_slots    (HeraldAccount      *self);
void                herald_account_set_slots    (HeraldAccount      *self,
                                                 const char * const *slots);

G_END_DECLS
