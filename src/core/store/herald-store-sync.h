/* herald-store-sync.h — what team sync keeps in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

/* One pending push. */
typedef struct {
  gint64  id;
  char   *record_id;
  char   *kind;          /* "post", "campaign" or "topic" */
  gboolean is_delete;
} HeraldOutboxEntry;

/* What the last sync agreed with the server about one record. */
typedef struct {
  char *record_id;
  char *kind;            /* "post", "campaign" or "topic" */
  char *href;
  char *etag;
  char *ical;            /* the merge base: the last iCalendar both sides had */
} HeraldSyncItem;

void            herald_outbox_entry_free        (HeraldOutboxEntry *entry);
void            herald_sync_item_free           (HeraldSyncItem    *item);

gboolean        herald_store_sync_use_collection (HeraldStore      *self,
                                                  const char       *collection,
                                                  GError          **error);
char           *herald_store_sync_get_collection (HeraldStore      *self,
                                                  GError          **error);
gboolean        herald_store_sync_trust_certificate (HeraldStore   *self,
                                                 const char        *origin,
                                                 const char        *fingerprint,
                                                 GError           **error);
char           *herald_store_sync_get_trusted_certificate (HeraldStore *self,
                                                 const char        *origin,
                                                 GError           **error);
gboolean        herald_store_sync_set_user      (HeraldStore       *self,
                                                 const char        *user,
                                                 GError           **error);
char           *herald_store_sync_get_user      (HeraldStore       *self,
                                                 GError           **error);
gboolean        herald_store_sync_get_token     (HeraldStore       *self,
                                                 const char        *collection,
                                                 char             **token,
                                                 GError           **error);
gboolean        herald_store_sync_set_token     (HeraldStore       *self,
                                                 const char        *collection,
                                                 const char        *token,
                                                 GError           **error);
GPtrArray      *herald_store_sync_list_outbox   (HeraldStore       *self,
                                                 GError           **error);
gint64          herald_store_sync_outbox_mark   (HeraldStore       *self,
                                                 const char        *record_id,
                                                 GError           **error);
gboolean        herald_store_sync_has_pending   (HeraldStore       *self,
                                                 const char        *record_id,
                                                 gboolean          *pending,
                                                 GError           **error);
HeraldSyncItem *herald_store_sync_get_item      (HeraldStore       *self,
                                                 const char        *record_id,
                                                 GError           **error);
char           *herald_store_sync_find_href     (HeraldStore       *self,
                                                 const char        *href,
                                                 char             **etag,
                                                 GError           **error);
GPtrArray      *herald_store_sync_list_items    (HeraldStore       *self,
                                                 GError           **error);
gboolean        herald_store_sync_pushed        (HeraldStore       *self,
                                                 const char        *record_id,
                                                 const char        *kind,
                                                 gint64             outbox_up_to,
                                                 const char        *href,
                                                 const char        *etag,
                                                 const char        *ical,
                                                 GError           **error);
gboolean        herald_store_sync_forget_item   (HeraldStore       *self,
                                                 const char        *record_id,
                                                 GError           **error);
gboolean        herald_store_sync_apply_post    (HeraldStore       *self,
                                                 HeraldPost        *post,
                                                 HeraldAccount     *account,
                                                 gboolean           keep_pending,
                                                 HeraldPost        *conflict_copy,
                                                 const char        *href,
                                                 const char        *etag,
                                                 const char        *ical,
                                                 GError           **error);
gboolean        herald_store_sync_apply_record  (HeraldStore       *self,
                                                 HeraldRecord      *record,
                                                 GPtrArray         *kpis,
                                                 GPtrArray         *accounts,
                                                 const char * const *member_ids,
                                                 GPtrArray         *member_accounts,
                                                 gboolean           keep_pending,
                                                 const char        *href,
                                                 const char        *etag,
                                                 const char        *ical,
                                                 GError           **error);
gboolean        herald_store_sync_apply_delete  (HeraldStore       *self,
                                                 const char        *record_id,
                                                 GError           **error);
gint64          herald_store_sync_count_conflicts (HeraldStore     *self,
                                                 GError           **error);
gboolean        herald_store_sync_is_conflict_copy (HeraldStore    *self,
                                                 const char        *post_id,
                                                 GError           **error);
gboolean        herald_store_sync_announce      (HeraldStore      *self,
                                                 const char * const *ids,
                                                 GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldOutboxEntry, herald_outbox_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldSyncItem, herald_sync_item_free)

G_END_DECLS
