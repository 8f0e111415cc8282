/* herald-store-sync-private.h — what the sync store's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store-private.h"
#include "herald-store-sync.h"

G_BEGIN_DECLS

/* Rows of the sync tables: herald-store-sync.c and -apply.c use them. */
gboolean herald_store_sync_delete_item_row (HeraldStore  *self,
                                            const char   *record_id,
                                            GError      **error);
gboolean herald_store_sync_write_item_row  (HeraldStore  *self,
                                            const char   *record_id,
                                            const char   *kind,
                                            const char   *href,
                                            const char   *etag,
                                            const char   *ical,
                                            GError      **error);
gboolean herald_store_sync_step_row        (HeraldStore  *self,
                                            sqlite3_stmt *stmt,
                                            gboolean     *has_row,
                                            GError      **error);
gboolean herald_store_sync_row_exists      (HeraldStore  *self,
                                            const char   *sql,
                                            const char   *id,
                                            gboolean     *found,
                                            GError      **error);

G_END_DECLS
