/* herald-sync-engine.c — team sync of posts, campaigns and topic notes
 * with a CalDAV calendar
 *
 * One run: pull what changed on the server since the stored sync token
 * (RFC 6578 sync-collection, or a full etag listing when the server has
 * no token for us), then push the outbox; or, after an edit, the push
 * alone, which costs the server the same whatever the size of the
 * calendar.  A record changed on both sides
 * is merged field by field against the last synced iCalendar; a field
 * both sides changed keeps the local value.  For a post the server's
 * version is kept as a conflict copy; for a campaign or a topic note the
 * conflict is logged and counted (their fields are few and short, and a
 * second campaign of the same name would do more harm than good).  Posts
 * whose campaign comes later in the same pull wait for it.  Every write
 * is one store transaction and an outbox entry leaves only after the
 * server confirmed, so a run cut short anywhere is completed by the next
 * one.
 *
 * A run works on its own connection to the database, in a worker thread
 * when started with herald_sync_engine_sync_async().  Merging what the
 * server sent into the database is in herald-sync-engine-merge.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-ical-campaign.h"
#include "herald-ical-mapping.h"
#include "herald-ical-topic.h"
#include "herald-store-sync.h"
#include "herald-sync-engine-private.h"

/* Objects fetched per calendar-multiget. */
#define MULTIGET_BATCH 200


G_DEFINE_FINAL_TYPE (HeraldSyncEngine, herald_sync_engine, G_TYPE_OBJECT)

enum {
  PROGRESS,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];



static void
deferred_free (gpointer data)
{
  Deferred *deferred = data;

  g_free (deferred->href);
  g_free (deferred->etag);
  g_free (deferred->ical);
  g_free (deferred);
}

typedef struct {
  HeraldSyncEngine *self;
  char             *stage;
  guint             done;
  guint             total;
} Progress;

static gboolean
emit_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;

  g_signal_emit (progress->self, signals[PROGRESS], 0, progress->stage, progress->done, progress->total);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->self);
  g_free (progress->stage);
  g_free (progress);
}

static void
report_progress (Run        *run,
                 const char *stage,
                 guint       done,
                 guint       total)
{
  Progress *progress;

  if (run->self->context == NULL)
    return;

  progress = g_new0 (Progress, 1);
  progress->self = g_object_ref (run->self);
  progress->stage = g_strdup (stage);
  progress->done = done;
  progress->total = total;
  g_main_context_invoke_full (run->self->context, G_PRIORITY_DEFAULT, emit_progress_cb, progress, progress_free);
}

static gboolean
fetch_changed (Run         *run,
               GPtrArray   *hrefs,
               GPtrArray   *removed,
               GError     **error)
{
  for (guint start = 0; start < hrefs->len; start += MULTIGET_BATCH)
    {
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      g_auto (GStrv) batch = NULL;
      g_autoptr (HeraldMultistatus) multistatus = NULL;

      for (guint i = start; i < MIN (start + MULTIGET_BATCH, hrefs->len); i++)
        g_strv_builder_add (builder, hrefs->pdata[i]);
      batch = g_strv_builder_end (builder);

      multistatus = herald_caldav_client_multiget (run->self->client, run->self->collection,
                                                   (const char * const *) batch, run->cancellable, error);
      if (multistatus == NULL)
        return FALSE;

      for (guint i = 0; i < multistatus->responses->len; i++)
        {
          HeraldDavResponse *response = multistatus->responses->pdata[i];
          g_autofree char *key = herald_sync_engine_href_key (run->self, response->href);

          if (response->status == 404 || response->status == 410)
            g_ptr_array_add (removed, g_steal_pointer (&key));
          else if (response->calendar_data != NULL &&
                   !herald_sync_run_apply_remote (run, key, response->etag, response->calendar_data, error))
            return FALSE;
        }

      report_progress (run, "pull", MIN (start + MULTIGET_BATCH, hrefs->len), hrefs->len);
    }

  return TRUE;
}

static gboolean
pull (Run     *run,
      GError **error)
{
  HeraldSyncEngine *self = run->self;
  g_autoptr (HeraldMultistatus) multistatus = NULL;
  g_autoptr (GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) removed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *ctag = NULL;
  gboolean full = FALSE;
  gboolean listing = FALSE;

  if (!herald_store_sync_get_token (run->store, self->collection, &token, error))
    return FALSE;

  multistatus = herald_caldav_client_sync_collection (self->client, self->collection, token, run->cancellable, &local_error);
  if (multistatus == NULL && g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_INVALID_SYNC_TOKEN))
    {
      g_clear_error (&local_error);
      g_clear_pointer (&token, g_free);
      multistatus = herald_caldav_client_sync_collection (self->client, self->collection, NULL, run->cancellable, &local_error);
    }
  if (multistatus == NULL && (g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NOT_SUPPORTED) ||
                              g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_FORBIDDEN)))
    {
      /* No sync-collection here: list every etag instead, unless the
       * collection's CTag says nothing changed since the last listing. */
      g_clear_error (&local_error);
      listing = TRUE;
      ctag = herald_caldav_client_get_ctag (self->client, self->collection, run->cancellable, NULL);
      if (ctag != NULL)
        {
          g_autofree char *marked = g_strconcat ("ctag:", ctag, NULL);

          if (g_strcmp0 (token, marked) == 0)
            return TRUE;
          g_free (ctag);
          ctag = g_steal_pointer (&marked);
        }
      multistatus = herald_caldav_client_list_etags (self->client, self->collection, run->cancellable, &local_error);
    }
  if (multistatus == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  full = token == NULL || listing;

  for (guint i = 0; i < multistatus->responses->len; i++)
    {
      HeraldDavResponse *response = multistatus->responses->pdata[i];
      g_autofree char *key = herald_sync_engine_href_key (self, response->href);
      g_autofree char *stored_etag = NULL;
      g_autofree char *id = NULL;

      if (herald_sync_same_path (key, self->collection_path))
        continue;

      if (response->status == 404 || response->status == 410)
        {
          g_ptr_array_add (removed, g_steal_pointer (&key));
          continue;
        }
      if (response->status < 200 || response->status >= 300 || g_str_has_suffix (key, "/"))
        continue;

      g_hash_table_add (listed, g_strdup (key));
      id = herald_store_sync_find_href (run->store, key, &stored_etag, error);
      if (id == NULL && error != NULL && *error != NULL)
        return FALSE;
      if (id != NULL && stored_etag != NULL && g_strcmp0 (stored_etag, response->etag) == 0)
        continue;   /* what we pushed, or already have */

      g_ptr_array_add (changed, g_steal_pointer (&key));
    }

  /* A full listing does not name what was removed: what we had and it
   * lacks is gone. */
  if (full)
    {
      g_autoptr (GPtrArray) items = herald_store_sync_list_items (run->store, error);

      if (items == NULL)
        return FALSE;
      for (guint i = 0; i < items->len; i++)
        {
          HeraldSyncItem *item = items->pdata[i];

          if (!g_hash_table_contains (listed, item->href))
            g_ptr_array_add (removed, g_strdup (item->href));
        }
    }

  run->deferred = g_ptr_array_new_with_free_func (deferred_free);
  if (!fetch_changed (run, changed, removed, error) || !herald_sync_run_apply_deferred (run, error))
    return FALSE;

  for (guint i = 0; i < removed->len; i++)
    if (!herald_sync_run_apply_remote_delete (run, removed->pdata[i], error))
      return FALSE;

  if (!listing && multistatus->sync_token != NULL &&
      !herald_store_sync_set_token (run->store, self->collection, multistatus->sync_token, error))
    return FALSE;
  if (listing && !herald_store_sync_set_token (run->store, self->collection, ctag, error))
    return FALSE;

  return TRUE;
}

static char *
fetch_etag (Run        *run,
            const char *href)
{
  g_autofree char *url = herald_caldav_client_resolve (run->self->client, href);
  g_autoptr (HeraldMultistatus) multistatus = NULL;

  multistatus = herald_caldav_client_propfind (run->self->client, url, 0,
                                               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                               "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>",
                                               run->cancellable, NULL);
  if (multistatus == NULL || multistatus->responses->len == 0)
    return NULL;

  return g_strdup (((HeraldDavResponse *) multistatus->responses->pdata[0])->etag);
}

/* The server's version after a 412: read it and merge it in. */
static gboolean
pull_one (Run         *run,
          const char  *href,
          gboolean    *gone,
          GError     **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *ical = NULL;

  *gone = FALSE;
  ical = herald_caldav_client_get (run->self->client, href, &etag, run->cancellable, &local_error);
  if (ical == NULL)
    {
      if (g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NOT_FOUND))
        {
          *gone = TRUE;
          return TRUE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return herald_sync_run_apply_remote (run, href, etag, ical, error);
}

/* The iCalendar text to push for a live record. */
static char *
record_to_calendar (Run            *run,
                    HeraldIcalKind  kind,
                    HeraldRecord   *record,
                    const char     *base)
{
  if (kind == HERALD_ICAL_CAMPAIGN)
    {
      g_autofree char *kpis = herald_sync_run_local_kpis (run, herald_record_get_id (record));
      g_autofree char *members = herald_sync_run_local_members (run, herald_record_get_id (record));

      return herald_ical_campaign_to_calendar (HERALD_CAMPAIGN (record), kpis, members, base);
    }
  if (kind == HERALD_ICAL_TOPIC)
    return herald_ical_topic_to_calendar (HERALD_TOPIC (record), base);

  {
    HeraldPost *post = HERALD_POST (record);
    g_autoptr (HeraldAccount) account = herald_store_get_account (run->store, herald_post_get_account_id (post), NULL);

    return herald_ical_post_to_calendar (post, account, run->self->alarm_minutes, base);
  }
}

static const char *
kind_name (HeraldIcalKind kind)
{
  return kind == HERALD_ICAL_CAMPAIGN ? "campaign" : kind == HERALD_ICAL_TOPIC ? "topic" : "post";
}

static gboolean
push_record (Run             *run,
             HeraldIcalKind   kind,
             const char      *id,
             GError         **error)
{
  HeraldSyncEngine *self = run->self;

  for (guint attempt = 0; attempt < 4; attempt++)
    {
      g_autoptr (GError) local_error = NULL;
      g_autoptr (HeraldRecord) record = NULL;
      g_autoptr (HeraldSyncItem) item = NULL;
      g_autofree char *href = NULL;
      g_autofree char *ical = NULL;
      g_autofree char *etag = NULL;
      gboolean gone;
      gint64 mark;

      mark = herald_store_sync_outbox_mark (run->store, id, error);
      if (mark < 0)
        return FALSE;
      if (mark == 0)
        return TRUE;     /* settled meanwhile */

      record = herald_sync_get_record_or_null (run->store, kind, id, error);
      if (record == NULL && error != NULL && *error != NULL)
        return FALSE;
      item = herald_store_sync_get_item (run->store, id, error);
      if (item == NULL && error != NULL && *error != NULL)
        return FALSE;

      if (record == NULL || herald_record_is_deleted (record))
        {
          if (item == NULL || item->href == NULL ||
              herald_caldav_client_delete (self->client, item->href, item->etag, run->cancellable, &local_error) ||
              g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NOT_FOUND))
            {
              if (!herald_store_sync_pushed (run->store, id, kind_name (kind), mark, NULL, NULL, NULL, error))
                return FALSE;
              if (item != NULL && item->href != NULL)
                run->result.pushed++;
              return TRUE;
            }
          if (!g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_PRECONDITION_FAILED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          /* Changed on the server since: that version comes back here. */
          if (!pull_one (run, item->href, &gone, error))
            return FALSE;
          if (gone && !herald_store_sync_pushed (run->store, id, kind_name (kind), mark, NULL, NULL, NULL, error))
            return FALSE;
          return TRUE;
        }

      ical = record_to_calendar (run, kind, record, item != NULL ? item->ical : NULL);
      href = item != NULL && item->href != NULL ? g_strdup (item->href)
                                                : g_strconcat (self->collection_path, id, ".ics", NULL);

      if (herald_caldav_client_put (self->client, href, ical, item != NULL ? item->etag : NULL, &etag,
                                    run->cancellable, &local_error))
        {
          if (etag == NULL)
            etag = fetch_etag (run, href);
          if (!herald_store_sync_pushed (run->store, id, kind_name (kind), mark, href, etag, ical, error))
            return FALSE;
          run->result.pushed++;
          return TRUE;
        }

      if (g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NOT_FOUND))
        {
          /* Deleted on the server while edited here: made again. */
          if (!herald_store_sync_forget_item (run->store, id, error))
            return FALSE;
          continue;
        }
      if (kind == HERALD_ICAL_TOPIC && g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_FORBIDDEN))
        {
          /* A calendar made for events only: the notes wait in the
           * outbox, and posts and campaigns sync all the same. */
          g_info ("The calendar refused topic note %s: %s", id, local_error->message);
          run->no_journals = TRUE;
          run->result.held++;
          return TRUE;
        }
      if (!g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_PRECONDITION_FAILED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (!pull_one (run, href, &gone, error))
        return FALSE;
      if (gone && !herald_store_sync_forget_item (run->store, id, error))
        return FALSE;
    }

  if (kind == HERALD_ICAL_CAMPAIGN)
    g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_PRECONDITION_FAILED,
                 _("The campaign %s keeps changing on the server; try again later"), id);
  else if (kind == HERALD_ICAL_TOPIC)
    g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_PRECONDITION_FAILED,
                 _("The topic note %s keeps changing on the server; try again later"), id);
  else
    g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_PRECONDITION_FAILED,
                 _("The post %s keeps changing on the server; try again later"), id);
  return FALSE;
}

static gboolean
push (Run     *run,
      GError **error)
{
  g_autoptr (GPtrArray) entries = herald_store_sync_list_outbox (run->store, error);

  if (entries == NULL)
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      HeraldOutboxEntry *entry = entries->pdata[i];

      if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
        return FALSE;
      if (g_strcmp0 (entry->kind, "post") == 0 && !push_record (run, HERALD_ICAL_POST, entry->record_id, error))
        return FALSE;
      if (g_strcmp0 (entry->kind, "campaign") == 0 && !push_record (run, HERALD_ICAL_CAMPAIGN, entry->record_id, error))
        return FALSE;
      if (g_strcmp0 (entry->kind, "topic") == 0)
        {
          if (run->no_journals)
            run->result.held++;
          else if (!push_record (run, HERALD_ICAL_TOPIC, entry->record_id, error))
            return FALSE;
        }
      if ((i + 1) % 50 == 0 || i + 1 == entries->len)
        report_progress (run, "push", i + 1, entries->len);
    }

  return TRUE;
}

static void
herald_sync_engine_finalize (GObject *object)
{
  HeraldSyncEngine *self = HERALD_SYNC_ENGINE (object);

  g_free (self->database_path);
  g_clear_object (&self->client);
  g_free (self->collection);
  g_free (self->collection_path);
  g_clear_error (&self->last_error);
  g_strfreev (self->last_changed);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (herald_sync_engine_parent_class)->finalize (object);
}

static void
herald_sync_engine_class_init (HeraldSyncEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_sync_engine_finalize;

  /**
   * HeraldSyncEngine::progress:
   * @stage: "pull" or "push"
   * @done: items done in this stage
   * @total: items in this stage
   *
   * Emitted in the main context of herald_sync_engine_sync_async()'s
   * caller while a run goes on.
   */
  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_UINT);

  /**
   * HeraldSyncEngine::finished:
   * @ok: whether the run completed
   *
   * Emitted after each asynchronous run; see
   * herald_sync_engine_get_last_result() and _get_last_error().
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
herald_sync_engine_init (HeraldSyncEngine *self)
{
  g_mutex_init (&self->lock);
  self->alarm_minutes = 30;
}

/**
 * herald_sync_engine_new:
 * @database_path: the database to sync; each run opens its own connection
 * @client: the client for the server
 * @collection: the calendar collection's address
 *
 * Returns: (transfer full): a new engine
 */
HeraldSyncEngine *
herald_sync_engine_new (const char         *database_path,
                        HeraldCaldavClient *client,
                        const char         *collection)
{
  HeraldSyncEngine *self;
  g_autoptr (GUri) uri = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (HERALD_IS_CALDAV_CLIENT (client), NULL);
  g_return_val_if_fail (collection != NULL, NULL);

  self = g_object_new (HERALD_TYPE_SYNC_ENGINE, NULL);
  self->database_path = g_strdup (database_path);
  self->client = g_object_ref (client);
  self->collection = g_str_has_suffix (collection, "/") ? g_strdup (collection) : g_strconcat (collection, "/", NULL);
  uri = g_uri_parse (self->collection, G_URI_FLAGS_ENCODED, NULL);
  self->collection_path = g_strdup (uri != NULL ? g_uri_get_path (uri) : self->collection);
  return self;
}

void
herald_sync_engine_set_alarm_minutes (HeraldSyncEngine *self,
                                      guint             minutes)
{
  self->alarm_minutes = minutes;
}

/* What a run wrote, for whoever shows the posts through another
 * connection. */
static void
collect_changed_cb (HeraldStore        *store,
                    HeraldRecordKind    kind,
                    const char * const *ids,
                    GHashTable         *changed)
{
  g_autoptr (GEnumClass) kinds = g_type_class_ref (HERALD_TYPE_RECORD_KIND);
  GEnumValue *value = g_enum_get_value (kinds, kind);

  if (value == NULL)
    return;
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_hash_table_add (changed, g_strconcat (value->value_nick, ":", ids[i], NULL));
}

static gboolean
run_sync (HeraldSyncEngine  *self,
          gboolean           pull_first,
          HeraldSyncResult  *result,
          GCancellable      *cancellable,
          GError           **error)
{
  g_autoptr (GHashTable) changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (GError) local_error = NULL;
  GPtrArray *changed_ids;
  Run run = { self, NULL, cancellable, { 0 }, NULL, FALSE };
  gboolean ok;

  g_return_val_if_fail (HERALD_IS_SYNC_ENGINE (self), FALSE);

  g_mutex_lock (&self->lock);
  if (self->running)
    {
      g_mutex_unlock (&self->lock);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY, _("A sync is already running"));
      return FALSE;
    }
  self->running = TRUE;
  g_mutex_unlock (&self->lock);

  store = herald_store_open (self->database_path, &local_error);
  run.store = store;
  if (store != NULL)
    g_signal_connect (store, "changed", G_CALLBACK (collect_changed_cb), changed);
  ok = store != NULL &&
       herald_store_sync_use_collection (store, self->collection, &local_error) &&
       (!pull_first || pull (&run, &local_error)) &&
       push (&run, &local_error);
  if (store != NULL)
    g_signal_handlers_disconnect_by_func (store, collect_changed_cb, changed);
  changed_ids = g_hash_table_steal_all_keys (changed);
  g_ptr_array_add (changed_ids, NULL);
  g_clear_pointer (&run.deferred, g_ptr_array_unref);

  g_mutex_lock (&self->lock);
  self->running = FALSE;
  self->has_result = TRUE;
  self->last_result = run.result;
  self->last_finished_at = g_get_real_time () / G_USEC_PER_SEC;
  g_clear_error (&self->last_error);
  if (!ok)
    self->last_error = g_error_copy (local_error);
  g_strfreev (self->last_changed);
  self->last_changed = (char **) g_ptr_array_free (changed_ids, FALSE);
  g_mutex_unlock (&self->lock);

  if (result != NULL)
    *result = run.result;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

/**
 * herald_sync_engine_sync:
 * @self: a #HeraldSyncEngine
 * @result: (out caller-allocates) (optional): what the run did
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * One run, blocking: call it from a worker thread (or a command-line
 * tool).  A failed or cancelled run leaves everything the next run needs.
 *
 * Returns: %TRUE if the run completed
 */
gboolean
herald_sync_engine_sync (HeraldSyncEngine  *self,
                         HeraldSyncResult  *result,
                         GCancellable      *cancellable,
                         GError           **error)
{
  return run_sync (self, TRUE, result, cancellable, error);
}

/**
 * herald_sync_engine_push:
 * @self: a #HeraldSyncEngine
 * @result: (out caller-allocates) (optional): what the run did
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Like herald_sync_engine_sync(), without asking the server what changed
 * first: the outbox goes out, and nothing else is read.  This is what an
 * edit sends straight away; it costs the server the same whatever the
 * size of the calendar, where a sync-collection report costs it the whole
 * calendar.  A record changed on the server meanwhile still answers 412
 * and is merged as in a full run; the rest of the server's changes come
 * with the next herald_sync_engine_sync().
 *
 * Returns: %TRUE if the run completed
 */
gboolean
herald_sync_engine_push (HeraldSyncEngine  *self,
                         HeraldSyncResult  *result,
                         GCancellable      *cancellable,
                         GError           **error)
{
  return run_sync (self, FALSE, result, cancellable, error);
}

static void
sync_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  HeraldSyncResult *result = g_new0 (HeraldSyncResult, 1);
  GError *error = NULL;

  if (herald_sync_engine_sync (source_object, result, cancellable, &error))
    g_task_return_pointer (task, result, g_free);
  else
    {
      g_free (result);
      g_task_return_error (task, error);
    }
}

static void
sync_done_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr (GTask) outer = user_data;
  HeraldSyncEngine *self = HERALD_SYNC_ENGINE (source);
  GError *error = NULL;
  HeraldSyncResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  g_signal_emit (self, signals[FINISHED], 0, result != NULL);
  if (result == NULL)
    g_task_return_error (outer, error);
  else
    g_task_return_pointer (outer, result, g_free);
}

/**
 * herald_sync_engine_sync_async:
 *
 * Runs herald_sync_engine_sync() in a worker thread; `progress` and
 * `finished` are emitted in the caller's thread-default main context.
 */
void
herald_sync_engine_sync_async (HeraldSyncEngine    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *outer = g_task_new (self, cancellable, callback, user_data);
  g_autoptr (GTask) inner = g_task_new (self, cancellable, sync_done_cb, outer);

  g_task_set_source_tag (outer, herald_sync_engine_sync_async);
  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();
  g_task_run_in_thread (inner, sync_thread);
}

gboolean
herald_sync_engine_sync_finish (HeraldSyncEngine  *self,
                                GAsyncResult      *result,
                                HeraldSyncResult  *sync_result,
                                GError           **error)
{
  g_autofree HeraldSyncResult *value = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  value = g_task_propagate_pointer (G_TASK (result), error);
  if (value == NULL)
    return FALSE;
  if (sync_result != NULL)
    *sync_result = *value;
  return TRUE;
}

/**
 * herald_sync_engine_get_last_result:
 * @result: (out caller-allocates) (optional): what the last run did
 * @finished_at: (out) (optional): when it ended, Unix seconds
 *
 * Returns: %TRUE if a run has ended (successfully or not)
 */
gboolean
herald_sync_engine_get_last_result (HeraldSyncEngine *self,
                                    HeraldSyncResult *result,
                                    gint64           *finished_at)
{
  gboolean has;

  g_mutex_lock (&self->lock);
  has = self->has_result;
  if (result != NULL)
    *result = self->last_result;
  if (finished_at != NULL)
    *finished_at = self->last_finished_at;
  g_mutex_unlock (&self->lock);
  return has;
}

/**
 * herald_sync_engine_get_last_error:
 *
 * Returns: (transfer none) (nullable): why the last run failed; %NULL if
 *   it completed.  Read it in the thread that runs syncs.
 */
const GError *
herald_sync_engine_get_last_error (HeraldSyncEngine *self)
{
  return self->last_error;
}

/**
 * herald_sync_engine_dup_changed:
 *
 * Returns: (transfer full): what the last run wrote to the database
 *   (pulled, merged, conflict copies, moved to the bin), each as
 *   "kind:id" with the #HeraldRecordKind's nick: "post:…", "campaign:…"
 */
char **
herald_sync_engine_dup_changed (HeraldSyncEngine *self)
{
  char **ids;

  g_mutex_lock (&self->lock);
  ids = self->last_changed != NULL ? g_strdupv (self->last_changed) : g_new0 (char *, 1);
  g_mutex_unlock (&self->lock);
  return ids;
}
