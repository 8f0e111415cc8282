/* herald-store-sync-apply.c — changes from the server, into the database
 *
 * What a sync pulls is written without queueing a push back: a post,
 * campaign (with its KPI targets and accounts) or topic as the server has
 * it, or gone to the bin when the server no longer has it.  A post edited
 * on both sides since the last sync keeps the local text and gets a
 * conflict copy with the server's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-store-sync-private.h"

/* Changes from the server */

static gint64
outbox_top (HeraldStore  *self,
            GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;
  gint64 top;

  stmt = herald_store_prepare (self, "SELECT COALESCE (MAX (id), 0) FROM outbox", error);
  if (stmt == NULL || !herald_store_sync_step_row (self, stmt, &has_row, error))
    return -1;
  top = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return top;
}

static gboolean
drop_outbox_after (HeraldStore  *self,
                   gint64        top,
                   GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self, "DELETE FROM outbox WHERE id > ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, top);
  return herald_store_step_done (self, stmt, error);
}

gboolean
herald_store_sync_row_exists (HeraldStore  *self,
                              const char   *sql,
                              const char   *id,
                              gboolean     *found,
                              GError      **error)
{
  sqlite3_stmt *stmt = herald_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, id);
  if (!herald_store_sync_step_row (self, stmt, found, error))
    return FALSE;
  if (*found)
    sqlite3_reset (stmt);
  return TRUE;
}

typedef struct {
  HeraldPost    *post;
  HeraldAccount *account;
  gboolean       keep_pending;
  HeraldPost    *conflict_copy;
  const char    *href;
  const char    *etag;
  const char    *ical;
} ApplyOp;

static gboolean
apply_post_in_transaction (HeraldStore  *self,
                           gpointer      user_data,
                           GError      **error)
{
  ApplyOp *op = user_data;
  const char *id = herald_record_get_id (HERALD_RECORD (op->post));
  gint64 top = outbox_top (self, error);
  gboolean found;
  sqlite3_stmt *stmt;

  if (top < 0)
    return FALSE;

  /* An account another member made: create it here so the post has one. */
  if (!herald_store_sync_row_exists (self, "SELECT 1 FROM accounts WHERE id = ?1", herald_post_get_account_id (op->post), &found, error))
    return FALSE;
  if (!found)
    {
      if (op->account == NULL)
        {
          g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                       _("The post “%s” belongs to an account this database does not have"),
                       herald_post_get_title (op->post));
          return FALSE;
        }
      if (!herald_store_save_account (self, op->account, error))
        return FALSE;
    }

  /* A campaign this database does not have cannot be linked. */
  if (herald_post_get_campaign_id (op->post) != NULL)
    {
      if (!herald_store_sync_row_exists (self, "SELECT 1 FROM campaigns WHERE id = ?1", herald_post_get_campaign_id (op->post), &found, error))
        return FALSE;
      if (!found)
        herald_post_set_campaign_id (op->post, NULL);
    }

  if (!herald_store_save_post (self, op->post, error))
    return FALSE;

  stmt = herald_store_prepare (self, "UPDATE posts SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, id);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  if (!op->keep_pending && !drop_outbox_after (self, top, error))
    return FALSE;

  if (!herald_store_sync_write_item_row (self, id, "post", op->href, op->etag, op->ical, error))
    return FALSE;

  if (op->conflict_copy != NULL)
    {
      if (!herald_store_save_post (self, op->conflict_copy, error))
        return FALSE;

      stmt = herald_store_prepare (self,
                                   "INSERT OR REPLACE INTO sync_conflicts (post_id, conflict_of, created_at)"
                                   " VALUES (?1, ?2, unixepoch ())",
                                   error);
      if (stmt == NULL)
        return FALSE;
      herald_store_bind_text (stmt, 1, herald_record_get_id (HERALD_RECORD (op->conflict_copy)));
      herald_store_bind_text (stmt, 2, id);
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * herald_store_sync_apply_post:
 * @self: a #HeraldStore
 * @post: the post as it is to be kept here
 * @account: (nullable): its account, created if this database lacks it
 * @keep_pending: %TRUE when @post holds local changes still to be pushed
 * @conflict_copy: (nullable): the server's version, kept as a conflict copy
 * @href: where the server keeps it
 * @etag: the server's etag
 * @ical: the server's iCalendar text, the new merge base
 * @error: return location for a #GError
 *
 * Writes a post read from the server in one transaction.  Unless
 * @keep_pending, the write queues no push back.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_sync_apply_post (HeraldStore    *self,
                              HeraldPost     *post,
                              HeraldAccount  *account,
                              gboolean        keep_pending,
                              HeraldPost     *conflict_copy,
                              const char     *href,
                              const char     *etag,
                              const char     *ical,
                              GError        **error)
{
  ApplyOp op = { post, account, keep_pending, conflict_copy, href, etag, ical };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_POST (post), FALSE);

  return herald_store_transaction (self, apply_post_in_transaction, &op, error);
}

typedef struct {
  HeraldRecord        *record;
  GPtrArray           *kpis;
  GPtrArray           *accounts;
  const char * const  *member_ids;
  GPtrArray           *member_accounts;
  gboolean             keep_pending;
  const char          *href;
  const char          *etag;
  const char          *ical;
} ApplyRecordOp;

static gboolean
has_kpi (GPtrArray  *kpis,
         const char *id)
{
  for (guint i = 0; i < kpis->len; i++)
    if (g_strcmp0 (herald_record_get_id (kpis->pdata[i]), id) == 0)
      return TRUE;

  return FALSE;
}

/* A campaign's KPI targets become @kpis: the others go to the bin.  A
 * target for an account this database lacks brings the account when
 * @accounts describes it, else it cannot be kept here. */
static gboolean
replace_kpis (HeraldStore  *self,
              const char   *campaign_id,
              GPtrArray    *kpis,
              GPtrArray    *accounts,
              GError      **error)
{
  g_autoptr (GListModel) old = herald_store_list_kpis (self, campaign_id, error);
  sqlite3_stmt *stmt;
  gboolean found;

  if (old == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (old); i++)
    {
      g_autoptr (HeraldKpi) kpi = g_list_model_get_item (old, i);

      if (!has_kpi (kpis, herald_record_get_id (HERALD_RECORD (kpi))) &&
          !herald_store_delete (self, HERALD_RECORD_KPI, herald_record_get_id (HERALD_RECORD (kpi)), error))
        return FALSE;
    }

  for (guint i = 0; i < kpis->len; i++)
    {
      HeraldKpi *kpi = kpis->pdata[i];
      const char *account_id = herald_kpi_get_account_id (kpi);

      if (account_id != NULL)
        {
          if (!herald_store_sync_row_exists (self, "SELECT 1 FROM accounts WHERE id = ?1", account_id, &found, error))
            return FALSE;
          for (guint j = 0; !found && accounts != NULL && j < accounts->len; j++)
            if (g_strcmp0 (herald_record_get_id (accounts->pdata[j]), account_id) == 0)
              {
                if (!herald_store_save_account (self, accounts->pdata[j], error))
                  return FALSE;
                found = TRUE;
              }
          if (!found)
            {
              g_info ("Leaving out a KPI target of campaign %s for unknown account %s", campaign_id, account_id);
              continue;
            }
        }

      if (!herald_store_save_kpi (self, kpi, error))
        return FALSE;

      stmt = herald_store_prepare (self, "UPDATE kpis SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL", error);
      if (stmt == NULL)
        return FALSE;
      herald_store_bind_text (stmt, 1, herald_record_get_id (HERALD_RECORD (kpi)));
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* A campaign's accounts as the server has them: one this database lacks is
 * made from what the server says of it; one in the bin here stays out. */
static gboolean
replace_members (HeraldStore         *self,
                 const char          *campaign_id,
                 const char * const  *member_ids,
                 GPtrArray           *accounts,
                 GError             **error)
{
  g_autoptr (GStrvBuilder) live = g_strv_builder_new ();
  g_auto (GStrv) ids = NULL;

  for (guint i = 0; member_ids[i] != NULL; i++)
    {
      gboolean found, alive;

      if (!herald_store_sync_row_exists (self, "SELECT 1 FROM accounts WHERE id = ?1", member_ids[i], &found, error))
        return FALSE;
      for (guint j = 0; !found && accounts != NULL && j < accounts->len; j++)
        if (g_strcmp0 (herald_record_get_id (accounts->pdata[j]), member_ids[i]) == 0)
          {
            if (!herald_store_save_account (self, accounts->pdata[j], error))
              return FALSE;
            found = TRUE;
          }
      if (!found)
        {
          g_info ("Leaving unknown account %s out of campaign %s", member_ids[i], campaign_id);
          continue;
        }

      if (!herald_store_sync_row_exists (self, "SELECT 1 FROM accounts WHERE id = ?1 AND deleted_at IS NULL", member_ids[i], &alive, error))
        return FALSE;
      if (alive)
        g_strv_builder_add (live, member_ids[i]);
    }

  ids = g_strv_builder_end (live);
  return herald_store_set_campaign_accounts (self, campaign_id, (const char * const *) ids, error);
}

static gboolean
apply_record_in_transaction (HeraldStore  *self,
                             gpointer      user_data,
                             GError      **error)
{
  ApplyRecordOp *op = user_data;
  const char *id = herald_record_get_id (op->record);
  gint64 top = outbox_top (self, error);
  const char *kind, *undelete;
  sqlite3_stmt *stmt;

  if (top < 0)
    return FALSE;

  if (HERALD_IS_CAMPAIGN (op->record))
    {
      kind = "campaign";
      undelete = "UPDATE campaigns SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL";
      if (!herald_store_save_campaign (self, HERALD_CAMPAIGN (op->record), error) ||
          (op->kpis != NULL && !replace_kpis (self, id, op->kpis, op->accounts, error)))
        return FALSE;
    }
  else
    {
      kind = "topic";
      undelete = "UPDATE topics SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL";
      if (!herald_store_save_topic (self, HERALD_TOPIC (op->record), error))
        return FALSE;
    }

  stmt = herald_store_prepare (self, undelete, error);
  if (stmt == NULL)
    return FALSE;
  herald_store_bind_text (stmt, 1, id);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  if (op->member_ids != NULL && !replace_members (self, id, op->member_ids, op->member_accounts, error))
    return FALSE;

  if (!op->keep_pending && !drop_outbox_after (self, top, error))
    return FALSE;

  return herald_store_sync_write_item_row (self, id, kind, op->href, op->etag, op->ical, error);
}

/**
 * herald_store_sync_apply_record:
 * @self: a #HeraldStore
 * @record: a #HeraldCampaign or #HeraldTopic as it is to be kept here
 * @kpis: (nullable) (element-type HeraldKpi): a campaign's KPI targets as
 *   they are to be kept here; %NULL to leave them as they are
 * @accounts: (nullable) (element-type HeraldAccount): accounts @kpis name,
 *   made here when this database lacks them
 * @member_ids: (nullable) (array zero-terminated=1): the accounts a
 *   campaign runs on; %NULL to leave them as they are
 * @member_accounts: (nullable) (element-type HeraldAccount): accounts
 *   @member_ids name, made here when this database lacks them
 * @keep_pending: %TRUE when @record holds local changes still to be pushed
 * @href: where the server keeps it
 * @etag: the server's etag
 * @ical: the server's iCalendar text, the new merge base
 * @error: return location for a #GError
 *
 * Writes a campaign or topic read from the server in one transaction
 * (back from the bin if it was there).  Unless @keep_pending, the write
 * queues no push back.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_sync_apply_record (HeraldStore   *self,
                                HeraldRecord  *record,
                                GPtrArray     *kpis,
                                GPtrArray     *accounts,
                                const char * const *member_ids,
                                GPtrArray     *member_accounts,
                                gboolean       keep_pending,
                                const char    *href,
                                const char    *etag,
                                const char    *ical,
                                GError       **error)
{
  ApplyRecordOp op = { record, kpis, accounts, member_ids, member_accounts, keep_pending, href, etag, ical };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_CAMPAIGN (record) || HERALD_IS_TOPIC (record), FALSE);

  return herald_store_transaction (self, apply_record_in_transaction, &op, error);
}

static const struct {
  HeraldRecordKind  kind;
  const char       *sql;
} delete_sql[] = {
  { HERALD_RECORD_POST, "UPDATE posts SET deleted_at = unixepoch (), updated_at = unixepoch ()"
                        " WHERE id = ?1 AND deleted_at IS NULL" },
  { HERALD_RECORD_CAMPAIGN, "UPDATE campaigns SET deleted_at = unixepoch (), updated_at = unixepoch ()"
                            " WHERE id = ?1 AND deleted_at IS NULL" },
  { HERALD_RECORD_TOPIC, "UPDATE topics SET deleted_at = unixepoch (), updated_at = unixepoch ()"
                         " WHERE id = ?1 AND deleted_at IS NULL" },
};

static gboolean
apply_delete_in_transaction (HeraldStore  *self,
                             gpointer      user_data,
                             GError      **error)
{
  const char *id = user_data;
  gint64 top = outbox_top (self, error);
  sqlite3_stmt *stmt;

  if (top < 0)
    return FALSE;

  /* Ids are unique across kinds: whichever table holds it. */
  for (guint i = 0; i < G_N_ELEMENTS (delete_sql); i++)
    {
      stmt = herald_store_prepare (self, delete_sql[i].sql, error);
      if (stmt == NULL)
        return FALSE;
      herald_store_bind_text (stmt, 1, id);
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (self->db) > 0)
        herald_store_note_change (self, delete_sql[i].kind, id);
    }

  return drop_outbox_after (self, top, error) && herald_store_sync_delete_item_row (self, id, error);
}

/**
 * herald_store_sync_apply_delete:
 *
 * Moves a post, campaign or topic the server no longer has to the bin
 * (undo still works),
 * without queueing a push back.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_sync_apply_delete (HeraldStore  *self,
                                const char   *record_id,
                                GError      **error)
{
  return herald_store_transaction (self, apply_delete_in_transaction, (gpointer) record_id, error);
}
