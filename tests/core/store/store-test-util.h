/* store-test-util.h — fresh databases for store tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

char          *store_test_tmpdir         (void);
char          *store_test_checksum       (const char  *path);
HeraldStore   *store_test_open           (char       **path);
HeraldAccount *store_test_add_account    (HeraldStore *store,
                                          const char  *kind,
                                          const char  *name);
HeraldPost    *store_test_add_post       (HeraldStore *store,
                                          const char  *account_id,
                                          const char  *title,
                                          gint64       scheduled_at,
                                          HeraldPostStatus status);
void           store_test_rm_rf          (const char  *path);
void           store_test_release        (gpointer     object_ptr);

G_END_DECLS
