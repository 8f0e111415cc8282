/* herald-store-private.h — what the parts of HeraldStore share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "herald-store.h"

G_BEGIN_DECLS

struct _HeraldStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;      /* SQL text → sqlite3_stmt*, prepared once */
  guint       transaction_depth;
  GHashTable *pending[HERALD_RECORD_AD_WORD + 1];  /* ids changed in the open transaction */
};

/* Herald's mark in the SQLite header (PRAGMA application_id): "HRLD". */
#define HERALD_STORE_APPLICATION_ID 0x48524c44

extern const char * const herald_store_migrations[];
extern const guint herald_store_n_migrations;

/* @sql must live as long as the program (a literal, or a static table's
 * entry): statements are prepared once and found again by its address. */
sqlite3_stmt *herald_store_prepare        (HeraldStore       *self,
                                           const char        *sql,
                                           GError           **error);
gboolean      herald_store_exec           (HeraldStore       *self,
                                           const char        *sql,
                                           GError           **error);
gboolean      herald_store_step_done      (HeraldStore       *self,
                                           sqlite3_stmt      *stmt,
                                           GError           **error);
gboolean      herald_store_set_error      (sqlite3           *db,
                                           int                rc,
                                           GError           **error);
void          herald_store_note_change    (HeraldStore       *self,
                                           HeraldRecordKind   kind,
                                           const char        *id);
gint64        herald_store_now            (void);

/* Binding helpers: NULL or "" bind as SQL NULL where the column is nullable. */
void          herald_store_bind_text      (sqlite3_stmt      *stmt,
                                           int                index,
                                           const char        *text);
void          herald_store_bind_nullable  (sqlite3_stmt      *stmt,
                                           int                index,
                                           const char        *text);
void          herald_store_bind_time      (sqlite3_stmt      *stmt,
                                           int                index,
                                           gint64             time);
const char   *herald_store_column_text    (sqlite3_stmt      *stmt,
                                           int                column);
const char   *herald_store_column_nullable (sqlite3_stmt     *stmt,
                                           int                column);
char         *herald_store_strv_to_json   (const char * const *strv);

/* Row helpers shared by the record files. */
typedef gpointer (*HeraldStoreReadRow) (sqlite3_stmt *stmt);

void          herald_store_read_record    (HeraldRecord      *record,
                                           sqlite3_stmt      *stmt,
                                           int                first);
void          herald_store_bind_record    (sqlite3_stmt      *stmt,
                                           int                first,
                                           HeraldRecord      *record);
GListModel   *herald_store_collect        (HeraldStore       *self,
                                           sqlite3_stmt      *stmt,
                                           GType              item_type,
                                           HeraldStoreReadRow read_row,
                                           GError           **error);
gpointer      herald_store_fetch_one      (HeraldStore       *self,
                                           sqlite3_stmt      *stmt,
                                           HeraldStoreReadRow read_row,
                                           const char        *id,
                                           GError           **error);
gboolean      herald_store_save_record    (HeraldStore       *self,
                                           gpointer           record,
                                           const char        *sql,
                                           HeraldRecordKind   kind,
                                           void             (*bind) (sqlite3_stmt *, gpointer),
                                           GError           **error);
char        **herald_store_json_to_strv   (const char        *json);

/* Post rows: the columns every post query selects (table alias p), the
 * filter clauses (parameters ?3 accounts, ?4 campaigns, ?5 statuses, as
 * JSON arrays), and reading a row whose post columns start at @first. */
#define HERALD_STORE_POST_COLUMNS \
  "p.id, p.created_at, p.updated_at, p.deleted_at, p.account_id, p.campaign_id, p.series_id," \
  " p.status, p.title, p.body, p.digest, p.tags, p.scheduled_at, p.tz, p.published_at, p.url, p.notes"

#define HERALD_STORE_POST_FILTER \
  " AND (?3 IS NULL OR p.account_id IN (SELECT value FROM json_each (?3)))" \
  " AND (?4 IS NULL OR p.campaign_id IN (SELECT value FROM json_each (?4)))" \
  " AND (?5 IS NULL OR p.status IN (SELECT value FROM json_each (?5)))"

HeraldPost   *herald_store_read_post      (sqlite3_stmt           *stmt,
                                           int                     first);
gpointer      herald_store_read_post_row  (sqlite3_stmt           *stmt);
void          herald_store_bind_post_filter (sqlite3_stmt         *stmt,
                                           const HeraldPostFilter *filter);

/* Topic rows: the columns every topic query selects (table alias t), and
 * reading such a row. */
#define HERALD_STORE_TOPIC_COLUMNS \
  "t.id, t.created_at, t.updated_at, t.deleted_at, t.title, t.source, t.url, t.state, t.notes," \
  " t.first_seen, t.last_seen, t.peak_heat"

gpointer      herald_store_read_topic_row (sqlite3_stmt           *stmt);

G_END_DECLS
