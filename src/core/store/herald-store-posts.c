/* herald-store-posts.c — posts, topics, metric samples and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-store-private.h"

/* Posts of deleted accounts are hidden with their account. */
#define POST_COLUMNS HERALD_STORE_POST_COLUMNS
#define POST_FILTER HERALD_STORE_POST_FILTER

HeraldPost *
herald_store_read_post (sqlite3_stmt *stmt,
                        int           first)
{
  HeraldPost *post = g_object_new (HERALD_TYPE_POST, NULL);
  g_auto (GStrv) tags = herald_store_json_to_strv (herald_store_column_text (stmt, first + 11));
  HeraldPostStatus status = HERALD_POST_STATUS_IDEA;

  herald_store_read_record (HERALD_RECORD (post), stmt, first);
  herald_post_set_account_id (post, herald_store_column_text (stmt, first + 4));
  herald_post_set_campaign_id (post, herald_store_column_nullable (stmt, first + 5));
  herald_post_set_series_id (post, herald_store_column_nullable (stmt, first + 6));
  herald_post_status_from_string (herald_store_column_text (stmt, first + 7), &status);
  herald_post_set_status (post, status);
  herald_post_set_title (post, herald_store_column_text (stmt, first + 8));
  herald_post_set_body (post, herald_store_column_text (stmt, first + 9));
  herald_post_set_digest (post, herald_store_column_text (stmt, first + 10));
  herald_post_set_tags (post, (const char * const *) tags);
  herald_post_set_scheduled_at (post, sqlite3_column_int64 (stmt, first + 12));
  herald_post_set_tz (post, herald_store_column_text (stmt, first + 13));
  herald_post_set_published_at (post, sqlite3_column_int64 (stmt, first + 14));
  herald_post_set_url (post, herald_store_column_text (stmt, first + 15));
  herald_post_set_notes (post, herald_store_column_text (stmt, first + 16));

  return post;
}

static gpointer
read_post (sqlite3_stmt *stmt)
{
  return herald_store_read_post (stmt, 0);
}

static void
bind_post (sqlite3_stmt *stmt,
           gpointer      record)
{
  HeraldPost *post = record;
  g_autofree char *tags = herald_store_strv_to_json (herald_post_get_tags (post));

  herald_store_bind_record (stmt, 1, record);
  herald_store_bind_text (stmt, 4, herald_post_get_account_id (post));
  herald_store_bind_nullable (stmt, 5, herald_post_get_campaign_id (post));
  herald_store_bind_nullable (stmt, 6, herald_post_get_series_id (post));
  herald_store_bind_text (stmt, 7, herald_post_status_to_string (herald_post_get_status (post)));
  herald_store_bind_text (stmt, 8, herald_post_get_title (post));
  herald_store_bind_text (stmt, 9, herald_post_get_body (post));
  herald_store_bind_text (stmt, 10, herald_post_get_digest (post));
  herald_store_bind_text (stmt, 11, tags);
  herald_store_bind_time (stmt, 12, herald_post_get_scheduled_at (post));
  herald_store_bind_text (stmt, 13, herald_post_get_tz (post));
  herald_store_bind_time (stmt, 14, herald_post_get_published_at (post));
  herald_store_bind_text (stmt, 15, herald_post_get_url (post));
  herald_store_bind_text (stmt, 16, herald_post_get_notes (post));
}

HeraldPost *
herald_store_get_post (HeraldStore  *self,
                       const char   *id,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = herald_store_prepare (self, "SELECT " POST_COLUMNS " FROM posts p WHERE p.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, id);
  return herald_store_fetch_one (self, stmt, read_post, id, error);
}

/**
 * herald_store_save_post:
 * @self: a #HeraldStore
 * @post: the post; gets an id if it has none
 * @error: return location for a #GError
 *
 * Adds or updates a post.  Its account must exist.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_save_post (HeraldStore  *self,
                        HeraldPost   *post,
                        GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_POST (post), FALSE);

  if (*herald_post_get_account_id (post) == '\0')
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("A post needs an account"));
      return FALSE;
    }

  return herald_store_save_record (self, post,
                                   "INSERT INTO posts (id, created_at, updated_at, account_id, campaign_id,"
                                   "   series_id, status, title, body, digest, tags, scheduled_at, tz,"
                                   "   published_at, url, notes)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
                                   " ON CONFLICT (id) DO UPDATE SET updated_at = ?3, account_id = ?4,"
                                   "   campaign_id = ?5, series_id = ?6, status = ?7, title = ?8, body = ?9,"
                                   "   digest = ?10, tags = ?11, scheduled_at = ?12, tz = ?13,"
                                   "   published_at = ?14, url = ?15, notes = ?16",
                                   HERALD_RECORD_POST, bind_post, error);
}

void
herald_store_bind_post_filter (sqlite3_stmt           *stmt,
                               const HeraldPostFilter *filter)
{
  g_autofree char *accounts = NULL;
  g_autofree char *campaigns = NULL;
  g_autofree char *statuses = NULL;

  if (filter == NULL)
    return;

  if (filter->account_ids != NULL)
    accounts = herald_store_strv_to_json (filter->account_ids);
  if (filter->campaign_ids != NULL)
    campaigns = herald_store_strv_to_json (filter->campaign_ids);
  if (filter->statuses != 0)
    {
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      g_auto (GStrv) names = NULL;

      for (guint s = 0; s < HERALD_N_POST_STATUSES; s++)
        if (filter->statuses & (1u << s))
          g_strv_builder_add (builder, herald_post_status_to_string (s));
      names = g_strv_builder_end (builder);
      statuses = herald_store_strv_to_json ((const char * const *) names);
    }

  herald_store_bind_nullable (stmt, 3, accounts);
  herald_store_bind_nullable (stmt, 4, campaigns);
  herald_store_bind_nullable (stmt, 5, statuses);
}

/**
 * herald_store_list_posts_in_range:
 * @self: a #HeraldStore
 * @from: Unix time, inclusive
 * @to: Unix time, exclusive
 * @filter: (nullable): which posts to keep
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #HeraldPost scheduled in [@from, @to), by time
 */
GListModel *
herald_store_list_posts_in_range (HeraldStore             *self,
                                  gint64                   from,
                                  gint64                   to,
                                  const HeraldPostFilter  *filter,
                                  GError                 **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " POST_COLUMNS " FROM posts p"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " WHERE p.deleted_at IS NULL AND p.scheduled_at >= ?1 AND p.scheduled_at < ?2"
                               POST_FILTER
                               " ORDER BY p.scheduled_at, p.seq",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  herald_store_bind_post_filter (stmt, filter);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, read_post, error);
}

/**
 * herald_store_list_unscheduled_posts:
 * @self: a #HeraldStore
 * @filter: (nullable): which posts to keep
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #HeraldPost without a time (ideas and
 *   drafts), most recently changed first
 */
GListModel *
herald_store_list_unscheduled_posts (HeraldStore             *self,
                                     const HeraldPostFilter  *filter,
                                     GError                 **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " POST_COLUMNS " FROM posts p"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " WHERE p.deleted_at IS NULL AND p.scheduled_at IS NULL"
                               POST_FILTER
                               " ORDER BY p.updated_at DESC, p.seq DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_post_filter (stmt, filter);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, read_post, error);
}

/**
 * herald_store_count_overdue:
 * @self: a #HeraldStore
 * @now: the current Unix time
 * @error: return location for a #GError
 *
 * Counts posts whose time has passed without being published.  The index
 * holds only open posts, so this reads no more than it counts.
 *
 * Returns: the count (0 on error)
 */
guint
herald_store_count_overdue (HeraldStore  *self,
                            gint64        now,
                            GError      **error)
{
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), 0);

  stmt = herald_store_prepare (self,
                               /* The open-posts index: without statistics the
                                * planner would walk every post of every account. */
                               "SELECT count(*) FROM posts p INDEXED BY posts_open"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " WHERE p.deleted_at IS NULL AND p.status NOT IN ('published', 'cancelled')"
                               " AND p.scheduled_at < ?1",
                               error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, now);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  else
    herald_store_set_error (sqlite3_db_handle (stmt), rc, error);
  sqlite3_reset (stmt);

  return count;
}

/* Topics */

#define TOPIC_COLUMNS \
  "t.id, t.created_at, t.updated_at, t.deleted_at, t.title, t.source, t.url, t.state, t.notes," \
  " t.first_seen, t.last_seen, t.peak_heat"

static gpointer
read_topic (sqlite3_stmt *stmt)
{
  HeraldTopic *topic = g_object_new (HERALD_TYPE_TOPIC, NULL);
  HeraldTopicState state = HERALD_TOPIC_STATE_WATCHING;

  herald_store_read_record (HERALD_RECORD (topic), stmt, 0);
  herald_topic_set_title (topic, herald_store_column_text (stmt, 4));
  herald_topic_set_source (topic, herald_store_column_text (stmt, 5));
  herald_topic_set_url (topic, herald_store_column_text (stmt, 6));
  herald_topic_state_from_string (herald_store_column_text (stmt, 7), &state);
  herald_topic_set_state (topic, state);
  herald_topic_set_notes (topic, herald_store_column_text (stmt, 8));
  herald_topic_set_first_seen (topic, sqlite3_column_int64 (stmt, 9));
  herald_topic_set_last_seen (topic, sqlite3_column_int64 (stmt, 10));
  herald_topic_set_peak_heat (topic, sqlite3_column_double (stmt, 11));

  return topic;
}

static void
bind_topic (sqlite3_stmt *stmt,
            gpointer      record)
{
  HeraldTopic *topic = record;

  herald_store_bind_record (stmt, 1, record);
  herald_store_bind_text (stmt, 4, herald_topic_get_title (topic));
  herald_store_bind_text (stmt, 5, herald_topic_get_source (topic));
  herald_store_bind_text (stmt, 6, herald_topic_get_url (topic));
  herald_store_bind_text (stmt, 7, herald_topic_state_to_string (herald_topic_get_state (topic)));
  herald_store_bind_text (stmt, 8, herald_topic_get_notes (topic));
  herald_store_bind_time (stmt, 9, herald_topic_get_first_seen (topic));
  herald_store_bind_time (stmt, 10, herald_topic_get_last_seen (topic));
  sqlite3_bind_double (stmt, 11, herald_topic_get_peak_heat (topic));
}

GListModel *
herald_store_list_topics (HeraldStore  *self,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " TOPIC_COLUMNS " FROM topics t WHERE t.deleted_at IS NULL"
                               " ORDER BY t.last_seen DESC, t.seq DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  return herald_store_collect (self, stmt, HERALD_TYPE_TOPIC, read_topic, error);
}

HeraldTopic *
herald_store_get_topic (HeraldStore  *self,
                        const char   *id,
                        GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = herald_store_prepare (self, "SELECT " TOPIC_COLUMNS " FROM topics t WHERE t.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, id);
  return herald_store_fetch_one (self, stmt, read_topic, id, error);
}

gboolean
herald_store_save_topic (HeraldStore  *self,
                         HeraldTopic  *topic,
                         GError      **error)
{
  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_TOPIC (topic), FALSE);

  if (*herald_topic_get_title (topic) == '\0')
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                   _("A topic needs a title"));
      return FALSE;
    }

  return herald_store_save_record (self, topic,
                                   "INSERT INTO topics (id, created_at, updated_at, title, source, url, state,"
                                   "   notes, first_seen, last_seen, peak_heat)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                                   " ON CONFLICT (id) DO UPDATE SET updated_at = ?3, title = ?4, source = ?5,"
                                   "   url = ?6, state = ?7, notes = ?8, first_seen = ?9, last_seen = ?10,"
                                   "   peak_heat = ?11",
                                   HERALD_RECORD_TOPIC, bind_topic, error);
}

typedef struct {
  const char             *topic_id;
  const HeraldHeatSample *sample;
} HeatOp;

static gboolean
add_heat_in_transaction (HeraldStore  *self,
                         gpointer      user_data,
                         GError      **error)
{
  HeatOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self,
                               "INSERT INTO topic_heat (topic_id, at, heat, rank) VALUES (?1, ?2, ?3, ?4)"
                               " ON CONFLICT (topic_id, at) DO UPDATE SET heat = ?3, rank = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->topic_id);
  sqlite3_bind_int64 (stmt, 2, op->sample->at);
  sqlite3_bind_double (stmt, 3, op->sample->heat);
  sqlite3_bind_int (stmt, 4, op->sample->rank);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  /* The topic's own summary follows its samples. */
  stmt = herald_store_prepare (self,
                               "UPDATE topics SET"
                               "   first_seen = min (coalesce (first_seen, ?2), ?2),"
                               "   last_seen = max (coalesce (last_seen, ?2), ?2),"
                               "   peak_heat = max (peak_heat, ?3)"
                               " WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->topic_id);
  sqlite3_bind_int64 (stmt, 2, op->sample->at);
  sqlite3_bind_double (stmt, 3, op->sample->heat);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  herald_store_note_change (self, HERALD_RECORD_TOPIC, op->topic_id);
  return TRUE;
}

gboolean
herald_store_add_topic_heat (HeraldStore             *self,
                             const char              *topic_id,
                             const HeraldHeatSample  *sample,
                             GError                 **error)
{
  HeatOp op = { topic_id, sample };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);
  g_return_val_if_fail (sample != NULL, FALSE);

  return herald_store_transaction (self, add_heat_in_transaction, &op, error);
}

/**
 * herald_store_load_topic_heat:
 * @self: a #HeraldStore
 * @topic: the topic to fill in
 * @error: return location for a #GError
 *
 * Reads the topic's heat history, oldest first, into @topic.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_load_topic_heat (HeraldStore  *self,
                              HeraldTopic  *topic,
                              GError      **error)
{
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (HeraldHeatSample));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (HERALD_IS_TOPIC (topic), FALSE);

  stmt = herald_store_prepare (self,
                               "SELECT at, heat, rank FROM topic_heat WHERE topic_id = ?1 ORDER BY at",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, herald_record_get_id (HERALD_RECORD (topic)));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HeraldHeatSample sample = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_double (stmt, 1),
        sqlite3_column_int (stmt, 2),
      };

      g_array_append_val (samples, sample);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return herald_store_set_error (sqlite3_db_handle (stmt), rc, error);

  herald_topic_set_heat (topic, (HeraldHeatSample *) samples->data, samples->len);
  return TRUE;
}

/* Linking and unlinking a post and a topic: one statement on the pair. */
typedef struct {
  const char *sql;
  const char *post_id;
  const char *topic_id;
} PairOp;

static gboolean
pair_in_transaction (HeraldStore  *self,
                     gpointer      user_data,
                     GError      **error)
{
  PairOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self, op->sql, error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->post_id);
  herald_store_bind_text (stmt, 2, op->topic_id);
  if (!herald_store_step_done (self, stmt, error))
    return FALSE;

  herald_store_note_change (self, HERALD_RECORD_POST, op->post_id);
  herald_store_note_change (self, HERALD_RECORD_TOPIC, op->topic_id);
  return TRUE;
}

gboolean
herald_store_link_post_topic (HeraldStore  *self,
                              const char   *post_id,
                              const char   *topic_id,
                              GError      **error)
{
  PairOp op = {
    "INSERT INTO post_topics (post_id, topic_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    post_id, topic_id,
  };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL && topic_id != NULL, FALSE);

  return herald_store_transaction (self, pair_in_transaction, &op, error);
}

/**
 * herald_store_unlink_post_topic:
 * @self: a #HeraldStore
 * @post_id: the post
 * @topic_id: the topic
 * @error: return location for a #GError
 *
 * Undoes herald_store_link_post_topic(); unlinking what is not linked
 * succeeds and changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_unlink_post_topic (HeraldStore  *self,
                                const char   *post_id,
                                const char   *topic_id,
                                GError      **error)
{
  PairOp op = { "DELETE FROM post_topics WHERE post_id = ?1 AND topic_id = ?2", post_id, topic_id };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL && topic_id != NULL, FALSE);

  return herald_store_transaction (self, pair_in_transaction, &op, error);
}

/**
 * herald_store_list_topic_posts:
 * @self: a #HeraldStore
 * @topic_id: the topic
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the posts linked to the topic, most recently
 *   changed first, or %NULL on error
 */
GListModel *
herald_store_list_topic_posts (HeraldStore  *self,
                               const char   *topic_id,
                               GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (topic_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " POST_COLUMNS " FROM posts p"
                               " JOIN post_topics pt ON pt.post_id = p.id AND pt.topic_id = ?1"
                               " WHERE p.deleted_at IS NULL"
                               " ORDER BY p.updated_at DESC, p.seq DESC",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, topic_id);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, read_post, error);
}

/* Metric samples */

typedef struct {
  HeraldMetricSample * const *samples;
  guint                       n_samples;
} SamplesOp;

static gboolean
add_samples_in_transaction (HeraldStore  *self,
                            gpointer      user_data,
                            GError      **error)
{
  SamplesOp *op = user_data;

  for (guint i = 0; i < op->n_samples; i++)
    {
      HeraldMetricSample *sample = op->samples[i];
      sqlite3_stmt *stmt;

      stmt = herald_store_prepare (self,
                                   "INSERT INTO metric_samples (post_id, account_id, metric, value,"
                                   "   captured_at, import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                   error);
      if (stmt == NULL)
        return FALSE;

      herald_store_bind_nullable (stmt, 1, herald_metric_sample_get_post_id (sample));
      herald_store_bind_text (stmt, 2, herald_metric_sample_get_account_id (sample));
      herald_store_bind_text (stmt, 3, herald_metric_sample_get_metric (sample));
      sqlite3_bind_double (stmt, 4, herald_metric_sample_get_value (sample));
      sqlite3_bind_int64 (stmt, 5, herald_metric_sample_get_captured_at (sample));
      herald_store_bind_nullable (stmt, 6, herald_metric_sample_get_import_id (sample));
      if (!herald_store_step_done (self, stmt, error))
        return FALSE;

      herald_store_note_change (self, HERALD_RECORD_METRIC,
                                herald_metric_sample_get_post_id (sample));
    }

  return TRUE;
}

/**
 * herald_store_add_metric_samples:
 * @self: a #HeraldStore
 * @samples: (array length=n_samples): the samples
 * @n_samples: how many
 * @error: return location for a #GError
 *
 * Adds samples in one transaction: all of them, or none.  Samples are
 * never overwritten; each import is a dated reading of its own.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_add_metric_samples (HeraldStore                 *self,
                                 HeraldMetricSample * const  *samples,
                                 guint                        n_samples,
                                 GError                     **error)
{
  SamplesOp op = { samples, n_samples };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (samples != NULL || n_samples == 0, FALSE);

  return herald_store_transaction (self, add_samples_in_transaction, &op, error);
}

static gpointer
read_sample (sqlite3_stmt *stmt)
{
  HeraldMetricSample *sample;

  sample = herald_metric_sample_new (herald_store_column_text (stmt, 0),
                                     herald_store_column_nullable (stmt, 1),
                                     herald_store_column_text (stmt, 2),
                                     sqlite3_column_double (stmt, 3),
                                     sqlite3_column_int64 (stmt, 4));
  herald_metric_sample_set_import_id (sample, herald_store_column_nullable (stmt, 5));

  return sample;
}

GListModel *
herald_store_list_metric_samples (HeraldStore  *self,
                                  const char   *post_id,
                                  GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (post_id != NULL, NULL);

  stmt = herald_store_prepare (self,
                               "SELECT account_id, post_id, metric, value, captured_at, import_id"
                               " FROM metric_samples WHERE post_id = ?1 ORDER BY metric, captured_at",
                               error);
  if (stmt == NULL)
    return NULL;

  herald_store_bind_text (stmt, 1, post_id);
  return herald_store_collect (self, stmt, HERALD_TYPE_METRIC_SAMPLE, read_sample, error);
}

/* Search */

/* Trigram matching needs three characters; shorter text is matched with
 * LIKE, which is a scan but only of what a person types in two keys. */
static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

static char *
fts_phrase (const char *text)
{
  g_autoptr (GString) phrase = g_string_new ("\"");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (phrase, '"');
      g_string_append_c (phrase, *p);
    }
  g_string_append_c (phrase, '"');

  return g_string_free (g_steal_pointer (&phrase), FALSE);
}

static gboolean
search_into (HeraldStore         *self,
             GListStore          *results,
             const char          *sql,
             const char          *query,
             guint                limit,
             HeraldStoreReadRow   read_row,
             GError             **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = herald_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, query);
  sqlite3_bind_int (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr (GObject) item = read_row (stmt);

      g_list_store_append (results, item);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return herald_store_set_error (sqlite3_db_handle (stmt), rc, error);

  return TRUE;
}

/**
 * herald_store_search:
 * @self: a #HeraldStore
 * @text: what to look for; any substring, Chinese included
 * @limit: the most results of each kind
 * @error: return location for a #GError
 *
 * Returns: (transfer full): matching #HeraldPost then #HeraldTopic items,
 *   newest first within each kind
 */
GListModel *
herald_store_search (HeraldStore  *self,
                     const char   *text,
                     guint         limit,
                     GError      **error)
{
  g_autoptr (GListStore) results = g_list_store_new (G_TYPE_OBJECT);
  g_autofree char *query = NULL;
  g_autofree char *trimmed = NULL;
  gboolean short_text;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0' || !g_utf8_validate (trimmed, -1, NULL))
    return G_LIST_MODEL (g_steal_pointer (&results));

  short_text = g_utf8_strlen (trimmed, -1) < 3;
  query = short_text ? like_pattern (trimmed) : fts_phrase (trimmed);

  if (short_text)
    {
      if (!search_into (self, results,
                        "SELECT " POST_COLUMNS " FROM posts p"
                        " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                        " WHERE p.deleted_at IS NULL AND (p.title LIKE ?1 ESCAPE '\\'"
                        "   OR p.body LIKE ?1 ESCAPE '\\' OR p.notes LIKE ?1 ESCAPE '\\')"
                        " ORDER BY p.updated_at DESC LIMIT ?2",
                        query, limit, read_post, error) ||
          !search_into (self, results,
                        "SELECT " TOPIC_COLUMNS " FROM topics t"
                        " WHERE t.deleted_at IS NULL AND (t.title LIKE ?1 ESCAPE '\\'"
                        "   OR t.notes LIKE ?1 ESCAPE '\\')"
                        " ORDER BY t.updated_at DESC LIMIT ?2",
                        query, limit, read_topic, error))
        return NULL;
    }
  else
    {
      if (!search_into (self, results,
                        "SELECT " POST_COLUMNS " FROM posts_fts f"
                        " JOIN posts p ON p.seq = f.rowid"
                        " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                        " WHERE posts_fts MATCH ?1 AND p.deleted_at IS NULL"
                        " ORDER BY p.updated_at DESC LIMIT ?2",
                        query, limit, read_post, error) ||
          !search_into (self, results,
                        "SELECT " TOPIC_COLUMNS " FROM topics_fts f"
                        " JOIN topics t ON t.seq = f.rowid"
                        " WHERE topics_fts MATCH ?1 AND t.deleted_at IS NULL"
                        " ORDER BY t.updated_at DESC LIMIT ?2",
                        query, limit, read_topic, error))
        return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&results));
}

/* Reminders */

/* Open posts whose slot is ahead and within the lead time, not yet reminded
 * for that slot, and not snoozed past now.  A slot that passed while the
 * app was closed is not reminded late: the post shows as overdue.  The
 * open-posts index keeps this to the posts ahead, in time order. */
#define DUE_REMINDERS_WHERE \
  " FROM posts p INDEXED BY posts_open" \
  " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL" \
  " LEFT JOIN reminders r ON r.post_id = p.id AND r.slot = p.scheduled_at" \
  " WHERE p.deleted_at IS NULL AND p.status NOT IN ('published', 'cancelled')" \
  "   AND p.scheduled_at > ?1" \
  "   AND r.delivered_at IS NULL"

/**
 * herald_store_list_due_reminders:
 * @self: a #HeraldStore
 * @now: the current Unix time
 * @lead_seconds: how long before a slot to remind
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #HeraldPost to remind of now, by slot
 */
GListModel *
herald_store_list_due_reminders (HeraldStore  *self,
                                 gint64        now,
                                 guint         lead_seconds,
                                 GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HERALD_IS_STORE (self), NULL);

  stmt = herald_store_prepare (self,
                               "SELECT " POST_COLUMNS DUE_REMINDERS_WHERE
                               "   AND p.scheduled_at <= ?1 + ?2"
                               "   AND (r.snoozed_until IS NULL OR r.snoozed_until <= ?1)"
                               " ORDER BY p.scheduled_at, p.seq",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, lead_seconds);
  return herald_store_collect (self, stmt, HERALD_TYPE_POST, read_post, error);
}

/**
 * herald_store_next_reminder_at:
 * @self: a #HeraldStore
 * @now: the current Unix time
 * @lead_seconds: how long before a slot to remind
 * @error: return location for a #GError
 *
 * Returns: the Unix time the next reminder falls due (at most @now when one
 *   is due already), or 0 when none is pending or on error
 */
gint64
herald_store_next_reminder_at (HeraldStore  *self,
                               gint64        now,
                               guint         lead_seconds,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 next = 0;
  int rc;

  g_return_val_if_fail (HERALD_IS_STORE (self), 0);

  /* The first slot ahead that has not been reminded and is not snoozed,
   * read in index order and stopping there … */
  stmt = herald_store_prepare (self,
                               "SELECT p.scheduled_at - ?2" DUE_REMINDERS_WHERE
                               "   AND r.snoozed_until IS NULL"
                               " ORDER BY p.scheduled_at LIMIT 1",
                               error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, lead_seconds);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    next = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      herald_store_set_error (sqlite3_db_handle (stmt), rc, error);
      sqlite3_reset (stmt);
      return 0;
    }
  sqlite3_reset (stmt);

  /* … and the snoozed ones, which are few: the reminders table. */
  stmt = herald_store_prepare (self,
                               "SELECT min (max (p.scheduled_at - ?2, r.snoozed_until))"
                               " FROM reminders r"
                               " JOIN posts p ON p.id = r.post_id AND p.scheduled_at = r.slot"
                               " JOIN accounts a ON a.id = p.account_id AND a.deleted_at IS NULL"
                               " WHERE r.snoozed_until IS NOT NULL AND r.delivered_at IS NULL"
                               "   AND p.deleted_at IS NULL AND p.status NOT IN ('published', 'cancelled')"
                               "   AND p.scheduled_at > ?1",
                               error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, lead_seconds);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      gint64 snoozed = sqlite3_column_int64 (stmt, 0);

      next = next == 0 ? snoozed : MIN (next, snoozed);
    }
  else if (rc != SQLITE_ROW)
    herald_store_set_error (sqlite3_db_handle (stmt), rc, error);
  sqlite3_reset (stmt);

  return next;
}

typedef struct {
  const char *post_id;
  gint64      slot;
  gint64      delivered_at;
  gint64      snoozed_until;
} ReminderOp;

static gboolean
reminder_in_transaction (HeraldStore  *self,
                         gpointer      user_data,
                         GError      **error)
{
  ReminderOp *op = user_data;
  sqlite3_stmt *stmt;

  stmt = herald_store_prepare (self,
                               "INSERT INTO reminders (post_id, slot, delivered_at, snoozed_until)"
                               " VALUES (?1, ?2, ?3, ?4)"
                               " ON CONFLICT (post_id) DO UPDATE SET slot = ?2, delivered_at = ?3, snoozed_until = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;

  herald_store_bind_text (stmt, 1, op->post_id);
  sqlite3_bind_int64 (stmt, 2, op->slot);
  herald_store_bind_time (stmt, 3, op->delivered_at);
  herald_store_bind_time (stmt, 4, op->snoozed_until);
  return herald_store_step_done (self, stmt, error);
}

/**
 * herald_store_mark_reminded:
 * @self: a #HeraldStore
 * @post_id: the post
 * @slot: the slot the reminder was for
 * @now: when it was shown
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_mark_reminded (HeraldStore  *self,
                            const char   *post_id,
                            gint64        slot,
                            gint64        now,
                            GError      **error)
{
  ReminderOp op = { post_id, slot, now, 0 };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL, FALSE);

  return herald_store_transaction (self, reminder_in_transaction, &op, error);
}

/**
 * herald_store_snooze_reminder:
 * @self: a #HeraldStore
 * @post_id: the post
 * @slot: the slot the reminder is for
 * @until: remind again at this Unix time
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
herald_store_snooze_reminder (HeraldStore  *self,
                              const char   *post_id,
                              gint64        slot,
                              gint64        until,
                              GError      **error)
{
  ReminderOp op = { post_id, slot, 0, until };

  g_return_val_if_fail (HERALD_IS_STORE (self), FALSE);
  g_return_val_if_fail (post_id != NULL, FALSE);

  return herald_store_transaction (self, reminder_in_transaction, &op, error);
}
