/* herald-store-records.c — reading and writing records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-store-private.h"

/* Common to every record type: id and times. */
void
herald_store_read_record (HeraldRecord *record,
             sqlite3_stmt *stmt,
             int           first)
{
  herald_record_set_id (record, herald_store_column_text (stmt, first));
  herald_record_set_created_at (record, sqlite3_column_int64 (stmt, first + 1));
  herald_record_set_updated_at (record, sqlite3_column_int64 (stmt, first + 2));
  herald_record_set_deleted_at (record, sqlite3_column_int64 (stmt, first + 3));
}

/* Gives a new record its id and creation time; bumps the update time. */
static void
stamp_record (HeraldRecord *record)
{
  gint64 now = herald_store_now ();
  const char *id = herald_record_get_id (record);

  if (id == NULL || *id == '\0')
    {
      g_autofree char *new_id = herald_store_new_id ();

      herald_record_set_id (record, new_id);
      herald_record_set_created_at (record, now);
    }
  else if (herald_record_get_created_at (record) == 0)
    {
      herald_record_set_created_at (record, now);
    }

  herald_record_set_updated_at (record, now);
}

static gboolean
not_found (GError     **error,
           const char  *id)
{
  g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND,
               _("No record with id “%s”"), id);
  return FALSE;
}

/* Runs a bound SELECT and collects one object per row. */
GListModel *
herald_store_collect (HeraldStore   *self,
         sqlite3_stmt  *stmt,
         GType          item_type,
         HeraldStoreReadRow  read_row,
         GError       **error)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, read_row (stmt));

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      herald_store_set_error (self->db, rc, error);
      return NULL;
    }

  store = g_list_store_new (item_type);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

gpointer
herald_store_fetch_one (HeraldStore   *self,
           sqlite3_stmt  *stmt,
           HeraldStoreReadRow  read_row,
           const char    *id,
           GError       **error)
{
  gpointer item = NULL;
  int rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    item = read_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    not_found (error, id);
  else if (rc != SQLITE_ROW)
    herald_store_set_error (self->db, rc, error);

  return item;
}

typedef struct {
  gpointer          record;
  const char       *sql;
  HeraldRecordKind  kind;
  void            (*bind) (sqlite3_stmt *stmt, gpointer record);
} SaveOp;

static gboolean
save_in_transaction (HeraldStore  *self,
                     gpointer      user_data,
                     GError      **error)
{
  SaveOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self, op->sql, error);
  if (stmt == NULL)
    return FALSE;

  op->bind (stmt, op->record);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  herald_store_note_change (self, op->kind, herald_record_get_id (op->record));
  return TRUE;
}

/* Inserts or updates @record; on failure its id and times are put back. */
gboolean
herald_store_save_record (HeraldStore       *self,
             gpointer           record,
             const char        *sql,
             HeraldRecordKind   kind,
             void             (*bind) (sqlite3_stmt *, gpointer),
             GError           **error)
{
  g_autofree char *old_id = g_strdup (herald_record_get_id (record));
  gint64 old_created = herald_record_get_created_at (record);
  gint64 old_updated = herald_record_get_updated_at (record);
  SaveOp op = { record, sql, kind, bind };

  stamp_record (record);
  if (!herald_store_transaction (self, save_in_transaction, &op, error))
    {
      herald_record_set_id (record, old_id);
      herald_record_set_created_at (record, old_created);
      herald_record_set_updated_at (record, old_updated);
      return FALSE;
    }

  return TRUE;
}

void
herald_store_bind_record (sqlite3_stmt *stmt,
                   int           first,
                   HeraldRecord *record)
{
  herald_store_bind_text (stmt, first, herald_record_get_id (record));
  sqlite3_bind_int64 (stmt, first + 1, herald_record_get_created_at (record));
  sqlite3_bind_int64 (stmt, first + 2, herald_record_get_updated_at (record));
}

/* Accounts */

#define ACCOUNT_COLUMNS \
  "id, created_at, updated_at, deleted_at, kind, name, handle, color, limits, slots, visible, position"

static gpointer
read_account (sqlite3_stmt *stmt)
{
  HeraldAccount *account = g_object_new (HERALD_TYPE_ACCOUNT, NULL);
  g_auto (GStrv) slots = herald_store_json_to_strv (herald_store_column_text (stmt, 9));

  herald_store_read_record (HERALD_RECORD (account), stmt, 0);
  herald_account_set_kind (account, herald_store_column_text (stmt, 4));
  herald_account_set_name (account, herald_store_column_text (stmt, 5));
  herald_account_set_handle (account, herald_store_column_text (stmt, 6));
  herald_account_set_color (account, herald_store_column_text (stmt, 7));
  herald_account_set_limits (account, herald_store_column_text (stmt, 8));
  herald_account_set_slots (account, (const char * const *) slots);
  herald_account_set_visible (account, sqlite3_column_int (stmt, 10));
  herald_account_set_position (account, sqlite3_column_int (stmt, 11));

  return account;
}

static void
bind_account (sqlite3_stmt *stmt,
              gpointer      record)
{
  HeraldAccount *account = record;
  g_autofree char *slots = herald_store_strv_to_json (herald_account_get_slots (account));
  const char *limits = herald_account_get_limits (account);

  herald_store_bind_record (stmt, 1, record);
  herald_store_bind_text (stmt, 4, herald_account_get_kind (account));
  herald_store_bind_text (stmt, 5, herald_account_get_name (account));
  herald_store_bind_text (stmt, 6, herald_account_get_handle (account));
  herald_store_bind_text (stmt, 7, herald_account_get_color (account));
  herald_store_bind_text (stmt, 8, limits != NULL && *limits != '\0' ? limits : "{}");
  herald_store_bind_text (stmt, 9, slots);
  sqlite3_bind_int (stmt, 10, herald_account_get_visible (account));
  sqlite3_bind_int (stmt, 11, herald_account_get_position (account));
}

GListModel *
herald_store_list_accounts (HeraldStore  *self,
                            GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " ACCOUNT_COLUMNS " FROM accounts"
                               " WHERE deleted_at IS NULL ORDER BY position, created_at",
                               error);
  if (stmt == NULL)
    return NULL;

  return herald_store_collect (self, stmt, HERALD_TYPE_ACCOUNT, read_account, error);
}

HeraldAccount *
herald_store_get_account (HeraldStore  *self,
                          const char   *id,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = herald_store_prepare (self, "SELECT " ACCOUNT_COLUMNS " FROM accounts WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, id);
  return herald_store_fetch_one (self, stmt, read_account, id, error);
}

/**
 * herald_store_save_account:
 * @self: a #HeraldStore
 * @account: the account; gets an id if it has none
 * @error: return location for a #GError
 *
 * Adds or updates an account.  A new account goes to the end of the list.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_save_account (HeraldStore    *self,
                           HeraldAccount  *account,
                           GError        **error)
{
  const char *id;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_ACCOUNT (account), FALSE);

  if (*herald_account_get_kind (account) == '\0' || *herald_account_get_name (account) == '\0')
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("An account needs a platform and a name"));
      return FALSE;
    }

  id = herald_record_get_id (HERALD_RECORD (account));
  if (id == NULL || *id == '\0')
    {
      gint64 count = herald_store_count (self, HERALD_RECORD_ACCOUNT, error);

      if (count < 0)
        return FALSE;
      herald_account_set_position (account, count);
    }

  return herald_store_save_record (self, account,
                      "INSERT INTO accounts (id, created_at, updated_at, kind, name, handle, color,"
                      "                      limits, slots, visible, position)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                      " ON CONFLICT (id) DO UPDATE SET updated_at = ?3, kind = ?4, name = ?5,"
                      "   handle = ?6, color = ?7, limits = ?8, slots = ?9, visible = ?10, position = ?11",
                      HERALD_RECORD_ACCOUNT, bind_account, error);
}

typedef struct {
  const char * const *ids;
} ReorderOp;

static gboolean
reorder_in_transaction (HeraldStore  *self,
                        gpointer      user_data,
                        GError      **error)
{
  ReorderOp *op = user_data;
  gint64 now = herald_store_now ();

  for (guint i = 0; op->ids[i] != NULL; i++)
    {
      sqlite3_stmt *stmt = herald_store_prepare (self,
                                                 "UPDATE accounts SET position = ?2, updated_at = ?3"
                                                 " WHERE id = ?1 AND position != ?2",
                                                 error);
      if (stmt == NULL)
        return FALSE;

      herald_store_bind_text (stmt, 1, op->ids[i]);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_int64 (stmt, 3, now);
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;

      if (sqlite3_changes (self->db) > 0)
        herald_store_note_change (self, HERALD_RECORD_ACCOUNT, op->ids[i]);
    }

  return TRUE;
}

/**
 * herald_store_reorder_accounts:
 * @self: a #HeraldStore
 * @ids: (array zero-terminated=1): account ids in their new order
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_reorder_accounts (HeraldStore        *self,
                               const char * const *ids,
                               GError            **error)
{
  ReorderOp op = { ids };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  return herald_store_transaction (self, reorder_in_transaction, &op, error);
}

/* Campaigns */

#define CAMPAIGN_COLUMNS \
  "id, created_at, updated_at, deleted_at, name, goal, starts_on, ends_on, color, notes, archived"

static gpointer
read_campaign (sqlite3_stmt *stmt)
{
  HeraldCampaign *campaign = g_object_new (HERALD_TYPE_CAMPAIGN, NULL);

  herald_store_read_record (HERALD_RECORD (campaign), stmt, 0);
  herald_campaign_set_name (campaign, herald_store_column_text (stmt, 4));
  herald_campaign_set_goal (campaign, herald_store_column_text (stmt, 5));
  herald_campaign_set_starts_on (campaign, herald_store_column_text (stmt, 6));
  herald_campaign_set_ends_on (campaign, herald_store_column_text (stmt, 7));
  herald_campaign_set_color (campaign, herald_store_column_text (stmt, 8));
  herald_campaign_set_notes (campaign, herald_store_column_text (stmt, 9));
  herald_campaign_set_archived (campaign, sqlite3_column_int (stmt, 10));

  return campaign;
}

static void
bind_campaign (sqlite3_stmt *stmt,
               gpointer      record)
{
  HeraldCampaign *campaign = record;

  herald_store_bind_record (stmt, 1, record);
  herald_store_bind_text (stmt, 4, herald_campaign_get_name (campaign));
  herald_store_bind_text (stmt, 5, herald_campaign_get_goal (campaign));
  herald_store_bind_nullable (stmt, 6, herald_campaign_get_starts_on (campaign));
  herald_store_bind_nullable (stmt, 7, herald_campaign_get_ends_on (campaign));
  herald_store_bind_text (stmt, 8, herald_campaign_get_color (campaign));
  herald_store_bind_text (stmt, 9, herald_campaign_get_notes (campaign));
  sqlite3_bind_int (stmt, 10, herald_campaign_get_archived (campaign));
}

GListModel *
herald_store_list_campaigns (HeraldStore  *self,
                             gboolean      include_archived,
                             GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " CAMPAIGN_COLUMNS " FROM campaigns"
                               " WHERE deleted_at IS NULL AND (?1 OR archived = 0)"
                               " ORDER BY starts_on DESC, name",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_archived);
  return herald_store_collect (self, stmt, HERALD_TYPE_CAMPAIGN, read_campaign, error);
}

HeraldCampaign *
herald_store_get_campaign (HeraldStore  *self,
                           const char   *id,
                           GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = herald_store_prepare (self, "SELECT " CAMPAIGN_COLUMNS " FROM campaigns WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, id);
  return herald_store_fetch_one (self, stmt, read_campaign, id, error);
}

/**
 * herald_store_find_campaign:
 * @self: a #HeraldStore
 * @name: a campaign's name, or its id
 * @error: return location for a #GError
 *
 * Finds the campaign scripts name on the command line: by id, else by
 * name (the most recently changed when two share it).
 *
 * Returns: (transfer full) (nullable): the campaign
 */
HeraldCampaign *
herald_store_find_campaign (HeraldStore  *self,
                            const char   *name,
                            GError      **error)
{
  sqlite3_stmt *stmt;
  HeraldCampaign *campaign = NULL;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " CAMPAIGN_COLUMNS " FROM campaigns"
                               " WHERE deleted_at IS NULL AND (id = ?1 OR name = ?1)"
                               " ORDER BY id = ?1 DESC, updated_at DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    campaign = read_campaign (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND,
                 _("No campaign is called “%s”"), name);
  else if (rc != SQLITE_ROW)
    herald_store_set_error (self->db, rc, error);

  return campaign;
}

gboolean
herald_store_save_campaign (HeraldStore     *self,
                            HeraldCampaign  *campaign,
                            GError         **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_CAMPAIGN (campaign), FALSE);

  if (*herald_campaign_get_name (campaign) == '\0')
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("A campaign needs a name"));
      return FALSE;
    }

  return herald_store_save_record (self, campaign,
                      "INSERT INTO campaigns (id, created_at, updated_at, name, goal, starts_on,"
                      "                       ends_on, color, notes, archived)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                      " ON CONFLICT (id) DO UPDATE SET updated_at = ?3, name = ?4, goal = ?5,"
                      "   starts_on = ?6, ends_on = ?7, color = ?8, notes = ?9, archived = ?10",
                      HERALD_RECORD_CAMPAIGN, bind_campaign, error);
}

/* The accounts a campaign runs on */

/**
 * herald_store_list_campaign_accounts:
 * @self: a #HeraldStore
 * @campaign_id: the campaign
 * @error: return location for a #GError
 *
 * Accounts in the bin are left out; they are back in the campaign when
 * restored.
 *
 * Returns: (transfer full): the campaign's accounts (#HeraldAccount) in
 *   the sidebar's order, or %NULL on error
 */
GListModel *
herald_store_list_campaign_accounts (HeraldStore  *self,
                                     const char   *campaign_id,
                                     GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (campaign_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT a.id, a.created_at, a.updated_at, a.deleted_at, a.kind, a.name, a.handle,"
                               "       a.color, a.limits, a.slots, a.visible, a.position"
                               " FROM campaign_accounts ca JOIN accounts a ON a.id = ca.account_id"
                               " WHERE ca.campaign_id = ?1 AND a.deleted_at IS NULL"
                               " ORDER BY a.position, a.created_at",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, campaign_id);
  return herald_store_collect (self, stmt, HERALD_TYPE_ACCOUNT, read_account, error);
}

typedef struct {
  const char         *campaign_id;
  const char * const *account_ids;
} CampaignAccountsOp;

/* Is @id a live record of @sql's table? */
static gboolean
is_live (HeraldStore  *self,
         const char   *sql,
         const char   *id,
         gboolean     *live,
         GError      **error)
{
  sqlite3_stmt *stmt = herald_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return herald_store_set_error (self->db, rc, error);

  *live = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
set_campaign_accounts_in_transaction (HeraldStore  *self,
                                      gpointer      user_data,
                                      GError      **error)
{
  CampaignAccountsOp *op = user_data;
  sqlite3_stmt *stmt;
  gboolean live;

  if (!is_live (self, "SELECT 1 FROM campaigns WHERE id = ?1 AND deleted_at IS NULL",
                op->campaign_id, &live, error))
    return FALSE;
  if (!live)
    return not_found (error, op->campaign_id);

  /* Rows of accounts in the bin stay: restoring one puts it back. */
  stmt = herald_store_prepare (self,
                               "DELETE FROM campaign_accounts WHERE campaign_id = ?1 AND account_id IN"
                               " (SELECT id FROM accounts WHERE deleted_at IS NULL)",
                               error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, op->campaign_id);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; op->account_ids[i] != NULL; i++)
    {
      if (!is_live (self, "SELECT 1 FROM accounts WHERE id = ?1 AND deleted_at IS NULL",
                    op->account_ids[i], &live, error))
        return FALSE;
      if (!live)
        {
          g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND,
                       _("No account with id “%s”: it may have been deleted"), op->account_ids[i]);
          return FALSE;
        }

      stmt = herald_store_prepare (self,
                                   "INSERT OR IGNORE INTO campaign_accounts (campaign_id, account_id)"
                                   " VALUES (?1, ?2)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      herald_store_bind_text (stmt, 1, op->campaign_id);
      herald_store_bind_text (stmt, 2, op->account_ids[i]);
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;
    }

  herald_store_note_change (self, HERALD_RECORD_CAMPAIGN, op->campaign_id);
  return TRUE;
}

/**
 * herald_store_set_campaign_accounts:
 * @self: a #HeraldStore
 * @campaign_id: the campaign
 * @account_ids: (array zero-terminated=1): the accounts it runs on
 * @error: return location for a #GError
 *
 * Replaces the campaign's accounts with @account_ids, in one transaction
 * (or the caller's).  An account that does not exist or is in the bin is
 * refused and nothing changes.  `changed` is emitted for the campaign.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_set_campaign_accounts (HeraldStore        *self,
                                    const char         *campaign_id,
                                    const char * const *account_ids,
                                    GError            **error)
{
  static const char * const none[] = { NULL };
  CampaignAccountsOp op = { campaign_id, account_ids != NULL ? account_ids : none };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (campaign_id != NULL, FALSE);

  return herald_store_transaction (self, set_campaign_accounts_in_transaction, &op, error);
}

/* KPIs */

#define KPI_COLUMNS "id, created_at, updated_at, deleted_at, campaign_id, metric, account_id, target"

static gpointer
read_kpi (sqlite3_stmt *stmt)
{
  HeraldKpi *kpi = g_object_new (HERALD_TYPE_KPI, NULL);

  herald_store_read_record (HERALD_RECORD (kpi), stmt, 0);
  herald_kpi_set_campaign_id (kpi, herald_store_column_text (stmt, 4));
  herald_kpi_set_metric (kpi, herald_store_column_text (stmt, 5));
  herald_kpi_set_account_id (kpi, herald_store_column_nullable (stmt, 6));
  herald_kpi_set_target (kpi, sqlite3_column_double (stmt, 7));

  return kpi;
}

static void
bind_kpi (sqlite3_stmt *stmt,
          gpointer      record)
{
  HeraldKpi *kpi = record;

  herald_store_bind_record (stmt, 1, record);
  herald_store_bind_text (stmt, 4, herald_kpi_get_campaign_id (kpi));
  herald_store_bind_text (stmt, 5, herald_kpi_get_metric (kpi));
  herald_store_bind_nullable (stmt, 6, herald_kpi_get_account_id (kpi));
  sqlite3_bind_double (stmt, 7, herald_kpi_get_target (kpi));
}

GListModel *
herald_store_list_kpis (HeraldStore  *self,
                        const char   *campaign_id,
                        GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (campaign_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " KPI_COLUMNS " FROM kpis"
                               " WHERE campaign_id = ?1 AND deleted_at IS NULL ORDER BY created_at, metric",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, campaign_id);
  return herald_store_collect (self, stmt, HERALD_TYPE_KPI, read_kpi, error);
}

gboolean
herald_store_save_kpi (HeraldStore  *self,
                       HeraldKpi    *kpi,
                       GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_KPI (kpi), FALSE);

  if (*herald_kpi_get_metric (kpi) == '\0' || herald_kpi_get_target (kpi) < 0)
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("A KPI needs a metric and a target of zero or more"));
      return FALSE;
    }

  return herald_store_save_record (self, kpi,
                      "INSERT INTO kpis (id, created_at, updated_at, campaign_id, metric, account_id, target)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                      " ON CONFLICT (id) DO UPDATE SET updated_at = ?3, campaign_id = ?4,"
                      "   metric = ?5, account_id = ?6, target = ?7",
                      HERALD_RECORD_KPI, bind_kpi, error);
}
