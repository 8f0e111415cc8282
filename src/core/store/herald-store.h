/* herald-store.h — the database Herald keeps everything in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-account.h"
#include "herald-campaign.h"
#include "herald-feed.h"
#include "herald-kpi.h"
#include "herald-metric-sample.h"
#include "herald-post.h"
#include "herald-topic.h"

G_BEGIN_DECLS

#define HERALD_STORE_ERROR (herald_store_error_quark ())

typedef enum {
  HERALD_STORE_ERROR_FAILED,
  HERALD_STORE_ERROR_NEWER_VERSION,
  HERALD_STORE_ERROR_CORRUPT,
  HERALD_STORE_ERROR_NOT_HERALD,
  HERALD_STORE_ERROR_READ_ONLY,
  HERALD_STORE_ERROR_NO_FOLDER,
  HERALD_STORE_ERROR_NOT_FOUND,
  HERALD_STORE_ERROR_INVALID,
} HeraldStoreError;

GQuark herald_store_error_quark (void);

/* What a `changed` notification is about. */
typedef enum {
  HERALD_RECORD_ACCOUNT,
  HERALD_RECORD_CAMPAIGN,
  HERALD_RECORD_KPI,
  HERALD_RECORD_POST,
  HERALD_RECORD_TOPIC,
  HERALD_RECORD_METRIC,
  HERALD_RECORD_FEED,
  HERALD_RECORD_AD_WORD,
} HeraldRecordKind;

#define HERALD_TYPE_RECORD_KIND (herald_record_kind_get_type ())
GType herald_record_kind_get_type (void) G_GNUC_CONST;

/* The schema this build writes. */
#define HERALD_STORE_SCHEMA_VERSION 12

/* Filters for post queries; NULL / 0 members match everything. */
typedef struct {
  const char * const *account_ids;
  const char * const *campaign_ids;
  guint               statuses;     /* bit (1 << HeraldPostStatus) per status */
} HeraldPostFilter;

#define HERALD_TYPE_STORE (herald_store_get_type ())

G_DECLARE_FINAL_TYPE (HeraldStore, herald_store, HERALD, STORE, GObject)

typedef gboolean (*HeraldStoreTransactionFunc) (HeraldStore  *store,
                                                gpointer      user_data,
                                                GError      **error);

HeraldStore *herald_store_open              (const char                 *path,
                                             GError                    **error);
const char  *herald_store_get_path          (HeraldStore                *self);
int          herald_store_get_schema_version (HeraldStore               *self);
gboolean     herald_store_transaction       (HeraldStore                *self,
                                             HeraldStoreTransactionFunc  func,
                                             gpointer                    user_data,
                                             GError                    **error);
char        *herald_store_new_id            (void);

/* Accounts */
GListModel  *herald_store_list_accounts     (HeraldStore                *self,
                                             GError                    **error);
HeraldAccount *herald_store_get_account     (HeraldStore                *self,
                                             const char                 *id,
                                             GError                    **error);
gboolean     herald_store_save_account      (HeraldStore                *self,
                                             HeraldAccount              *account,
                                             GError                    **error);
gboolean     herald_store_reorder_accounts  (HeraldStore                *self,
                                             const char * const         *ids,
                                             GError                    **error);

/* Campaigns and KPIs */
GListModel  *herald_store_list_campaigns    (HeraldStore                *self,
                                             gboolean                    include_archived,
                                             GError                    **error);
HeraldCampaign *herald_store_get_campaign   (HeraldStore                *self,
                                             const char                 *id,
                                             GError                    **error);
gboolean     herald_store_save_campaign     (HeraldStore                *self,
                                             HeraldCampaign             *campaign,
                                             GError                    **error);
GListModel  *herald_store_list_kpis         (HeraldStore                *self,
                                             const char                 *campaign_id,
                                             GError                    **error);
gboolean     herald_store_save_kpi          (HeraldStore                *self,
                                             HeraldKpi                  *kpi,
                                             GError                    **error);
GListModel  *herald_store_list_campaign_accounts (HeraldStore           *self,
                                             const char                 *campaign_id,
                                             GError                    **error);
gboolean     herald_store_set_campaign_accounts (HeraldStore            *self,
                                             const char                 *campaign_id,
                                             const char * const         *account_ids,
                                             GError                    **error);

/* Posts */
HeraldPost  *herald_store_get_post          (HeraldStore                *self,
                                             const char                 *id,
                                             GError                    **error);
gboolean     herald_store_save_post         (HeraldStore                *self,
                                             HeraldPost                 *post,
                                             GError                    **error);
GListModel  *herald_store_list_posts_in_range (HeraldStore              *self,
                                             gint64                      from,
                                             gint64                      to,
                                             const HeraldPostFilter     *filter,
                                             GError                    **error);
GListModel  *herald_store_list_unscheduled_posts (HeraldStore           *self,
                                             const HeraldPostFilter     *filter,
                                             GError                    **error);
guint        herald_store_count_overdue     (HeraldStore                *self,
                                             gint64                      now,
                                             GError                    **error);

/* Drafting: the posts still being written, attachments, linked topics. */
GListModel  *herald_store_list_drafts       (HeraldStore                *self,
                                             GError                    **error);
GListModel  *herald_store_list_series_posts (HeraldStore                *self,
                                             const char                 *series_id,
                                             GError                    **error);
char       **herald_store_get_attachments   (HeraldStore                *self,
                                             const char                 *post_id,
                                             GError                    **error);
gboolean     herald_store_set_attachments   (HeraldStore                *self,
                                             const char                 *post_id,
                                             const char * const         *uris,
                                             GError                    **error);
GListModel  *herald_store_list_post_topics  (HeraldStore                *self,
                                             const char                 *post_id,
                                             GError                    **error);
gboolean     herald_store_unlink_post_topic (HeraldStore                *self,
                                             const char                 *post_id,
                                             const char                 *topic_id,
                                             GError                    **error);

/* Topics */
GListModel  *herald_store_list_topics       (HeraldStore                *self,
                                             GError                    **error);
HeraldTopic *herald_store_get_topic         (HeraldStore                *self,
                                             const char                 *id,
                                             GError                    **error);
gboolean     herald_store_save_topic        (HeraldStore                *self,
                                             HeraldTopic                *topic,
                                             GError                    **error);
gboolean     herald_store_add_topic_heat    (HeraldStore                *self,
                                             const char                 *topic_id,
                                             const HeraldHeatSample     *sample,
                                             GError                    **error);
gboolean     herald_store_load_topic_heat   (HeraldStore                *self,
                                             HeraldTopic                *topic,
                                             GError                    **error);
gboolean     herald_store_link_post_topic   (HeraldStore                *self,
                                             const char                 *post_id,
                                             const char                 *topic_id,
                                             GError                    **error);
GListModel  *herald_store_list_topic_posts  (HeraldStore                *self,
                                             const char                 *topic_id,
                                             GError                    **error);

/* Hot-topic feeds */
typedef struct {
  guint n_new;       /* topics seen for the first time */
  guint n_updated;   /* topics seen again */
  guint n_gone;      /* topics on the last list and not on this one */
} HeraldFeedChanges;

GListModel  *herald_store_list_feeds        (HeraldStore                *self,
                                             GError                    **error);
HeraldFeed  *herald_store_get_feed          (HeraldStore                *self,
                                             const char                 *id,
                                             GError                    **error);
gboolean     herald_store_save_feed         (HeraldStore                *self,
                                             HeraldFeed                 *feed,
                                             GError                    **error);
gboolean     herald_store_remove_feed       (HeraldStore                *self,
                                             const char                 *id,
                                             GError                    **error);
gboolean     herald_store_save_feed_state   (HeraldStore                *self,
                                             HeraldFeed                 *feed,
                                             GError                    **error);
gboolean     herald_store_apply_feed_items  (HeraldStore                *self,
                                             HeraldFeed                 *feed,
                                             GPtrArray                  *items,
                                             gint64                      now,
                                             HeraldFeedChanges          *changes,
                                             GError                    **error);
gboolean     herald_store_carry_feed_list   (HeraldStore                *self,
                                             HeraldFeed                 *feed,
                                             gint64                      now,
                                             HeraldFeedChanges          *changes,
                                             GError                    **error);

/* Metrics */
gboolean     herald_store_add_metric_samples (HeraldStore               *self,
                                             HeraldMetricSample * const *samples,
                                             guint                       n_samples,
                                             GError                    **error);
GListModel  *herald_store_list_metric_samples (HeraldStore              *self,
                                             const char                 *post_id,
                                             GError                    **error);

/* The week review: every sample of a campaign's posts up to a time, by
 * post, metric and time; and the review's words, per ISO week. */
typedef struct {
  const char *post_id;
  const char *account_id;
  const char *metric;
  double      value;
  gint64      captured_at;
  gint64      published_at;   /* when the post went out (or was due); 0 if never */
} HeraldSampleRow;

typedef gboolean (*HeraldSampleRowFunc) (const HeraldSampleRow  *row,
                                         gpointer                user_data,
                                         GError                **error);

gboolean     herald_store_foreach_campaign_sample (HeraldStore      *self,
                                             const char                 *campaign_id,
                                             gint64                      until,
                                             HeraldSampleRowFunc         func,
                                             gpointer                    user_data,
                                             GError                    **error);
gboolean     herald_store_foreach_account_sample (HeraldStore       *self,
                                             const char                 *account_id,
                                             HeraldSampleRowFunc         func,
                                             gpointer                    user_data,
                                             GError                    **error);
gboolean     herald_store_get_week_notes    (HeraldStore                *self,
                                             const char                 *campaign_id,
                                             const char                 *week,
                                             char                      **problems,
                                             char                      **next_week,
                                             GError                    **error);
gboolean     herald_store_save_week_notes   (HeraldStore                *self,
                                             const char                 *campaign_id,
                                             const char                 *week,
                                             const char                 *problems,
                                             const char                 *next_week,
                                             GError                    **error);
HeraldCampaign *herald_store_find_campaign  (HeraldStore                *self,
                                             const char                 *name,
                                             GError                    **error);

/* Imports: see herald-importer.h. */
char        *herald_store_find_import       (HeraldStore                *self,
                                             const char                 *sha256,
                                             gint64                     *imported_at,
                                             GError                    **error);
gboolean     herald_store_add_import        (HeraldStore                *self,
                                             const char                 *id,
                                             const char                 *file_name,
                                             const char                 *profile,
                                             const char                 *sha256,
                                             guint                       rows,
                                             gint64                      imported_at,
                                             GError                    **error);
gboolean     herald_store_insert_sample     (HeraldStore                *self,
                                             const char                 *account_id,
                                             const char                 *post_id,
                                             const char                 *metric,
                                             double                      value,
                                             gint64                      captured_at,
                                             const char                 *import_id,
                                             GError                    **error);
gboolean     herald_store_begin_account_rows (HeraldStore               *self,
                                             const char                 *import_id,
                                             const char                 *account_id,
                                             const char * const         *metrics,
                                             gint64                     *batch,
                                             GError                    **error);
gboolean     herald_store_insert_account_row (HeraldStore               *self,
                                             gint64                      batch,
                                             gint64                      captured_at,
                                             const char                 *segment,
                                             const double               *values,
                                             guint                       n_values,
                                             GError                    **error);
gboolean     herald_store_end_account_rows  (HeraldStore                *self,
                                             gint64                      batch,
                                             guint64                     n_numbers,
                                             GError                    **error);

/* One number of an account (not of a post): @segment is the channel it is
 * of, %NULL for the whole account. */
typedef void (*HeraldAccountNumberFunc)     (const char                 *metric,
                                             const char                 *segment,
                                             double                      value,
                                             gint64                      captured_at,
                                             gpointer                    user_data);

gboolean     herald_store_foreach_account_number (HeraldStore           *self,
                                             const char                 *account_id,
                                             gint64                      from,
                                             gint64                      until,
                                             HeraldAccountNumberFunc     func,
                                             gpointer                    user_data,
                                             GError                    **error);
GListModel  *herald_store_list_account_posts (HeraldStore               *self,
                                             const char                 *account_id,
                                             GError                    **error);

/* Reminders: a notification some minutes before each open post's slot,
 * delivered once. */
GListModel  *herald_store_list_due_reminders (HeraldStore               *self,
                                             gint64                      now,
                                             guint                       lead_seconds,
                                             GError                    **error);
gint64       herald_store_next_reminder_at  (HeraldStore                *self,
                                             gint64                      now,
                                             guint                       lead_seconds,
                                             GError                    **error);
gboolean     herald_store_mark_reminded     (HeraldStore                *self,
                                             const char                 *post_id,
                                             gint64                      slot,
                                             gint64                      now,
                                             GError                    **error);
gboolean     herald_store_snooze_reminder   (HeraldStore                *self,
                                             const char                 *post_id,
                                             gint64                      slot,
                                             gint64                      until,
                                             GError                    **error);

/* Search: posts and topics whose text contains @text (any length,
 * Chinese included), newest first. Items are HeraldPost or HeraldTopic. */
GListModel  *herald_store_search            (HeraldStore                *self,
                                             const char                 *text,
                                             guint                       limit,
                                             GError                    **error);
void         herald_store_search_async      (HeraldStore                *self,
                                             const char                 *text,
                                             guint                       limit,
                                             GCancellable               *cancellable,
                                             GAsyncReadyCallback         callback,
                                             gpointer                    user_data);
GListModel  *herald_store_search_finish     (HeraldStore                *self,
                                             GAsyncResult               *result,
                                             GError                    **error);

/* Soft delete, undo and purge. */
gboolean     herald_store_delete            (HeraldStore                *self,
                                             HeraldRecordKind            kind,
                                             const char                 *id,
                                             GError                    **error);
gboolean     herald_store_restore           (HeraldStore                *self,
                                             HeraldRecordKind            kind,
                                             const char                 *id,
                                             GError                    **error);
guint        herald_store_purge_tombstones  (HeraldStore                *self,
                                             gint64                      deleted_before,
                                             GError                    **error);

/* Counting, for the command line, tests and benchmarks. */
gint64       herald_store_count             (HeraldStore                *self,
                                             HeraldRecordKind            kind,
                                             GError                    **error);

/* Backups */
gboolean     herald_store_backup            (HeraldStore                *self,
                                             const char                 *destination,
                                             GError                    **error);
char        *herald_store_backup_daily      (HeraldStore                *self,
                                             GDateTime                  *now,
                                             guint                       keep,
                                             GError                    **error);
void         herald_store_backup_daily_async (HeraldStore               *self,
                                             GCancellable               *cancellable,
                                             GAsyncReadyCallback         callback,
                                             gpointer                    user_data);
char        *herald_store_backup_daily_finish (HeraldStore              *self,
                                             GAsyncResult               *result,
                                             GError                    **error);
GPtrArray   *herald_store_list_backups      (const char                 *database_path);
gboolean     herald_store_restore_backup    (const char                 *database_path,
                                             const char                 *backup_path,
                                             char                      **set_aside_path,
                                             GError                    **error);

G_END_DECLS
