/* herald-feed-fetcher.c — fetches hot-topic feeds politely and records them
 *
 * One SoupSession for every feed, asynchronous on the thread that made the
 * fetcher, so the interface never waits on the network; parsing runs in a
 * GTask thread and only the writing comes back to the store's thread.
 *
 * Polite: conditional GET with the feed's ETag and Last-Modified (a 304
 * repeats the last list's heat samples, nothing more), never sooner than
 * the feed's interval, exponential back-off after failures and at least
 * what Retry-After asks.  Careful: a time limit on every read and on the
 * whole fetch, a bounded number of redirects, a size limit beyond which
 * reading stops.  And safe: a failed fetch writes only
 * the feed's own state — the topics it gave before stay exactly as they
 * are.
 *
 * The Test button of Preferences goes through here too (a probe, see
 * herald-feed-probe.c): the same session, limits and parser, no
 * conditional headers, and nothing written at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-feed-fetcher"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "herald-feed-fetcher-private.h"
#include "herald-feed-parser.h"

#define READ_SIZE (64 * 1024)

struct _HeraldFeedFetcher
{
  GObject      parent_instance;

  HeraldStore *store;
  SoupSession *session;
  gsize        max_body;
  gint64       now;
  gboolean     refreshing;
};

G_DEFINE_FINAL_TYPE (HeraldFeedFetcher, herald_feed_fetcher, G_TYPE_OBJECT)

enum {
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One refresh: its task, the results in feed order, fetches still running. */
typedef struct {
  GPtrArray *results;
  guint      pending;
  guint      started;
} Refresh;

/* One feed's fetch. */
typedef struct {
  HeraldFeedFetcher *self;
  GTask             *task;       /* the refresh's */
  HeraldFeed        *feed;
  HeraldFeedResult  *result;     /* owned by the refresh */
  GUri              *uri;
  SoupMessage       *message;
  GInputStream      *stream;
  GByteArray        *body;
  gint64             now;
  guint              redirects;
  GCancellable      *cancellable;   /* the refresh's, or the deadline */
  gulong             cancelled_id;
  guint              deadline_id;
  gboolean           timed_out;
  gboolean           probe;      /* a test: answers @task, records nothing */
} Fetch;

static void start_fetch (Fetch *fetch);
static void close_stream (Fetch *fetch);

static void
refresh_free (Refresh *refresh)
{
  g_ptr_array_unref (refresh->results);
  g_free (refresh);
}

static void
fetch_free (Fetch *fetch)
{
  g_clear_handle_id (&fetch->deadline_id, g_source_remove);
  if (fetch->cancelled_id != 0)
    g_cancellable_disconnect (g_task_get_cancellable (fetch->task), fetch->cancelled_id);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->self);
  g_clear_object (&fetch->task);
  g_clear_object (&fetch->feed);
  g_clear_pointer (&fetch->uri, g_uri_unref);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->stream);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_free (fetch);
}

/**
 * herald_feed_result_free:
 * @result: (nullable): a result
 *
 * Frees @result.
 */
void
herald_feed_result_free (HeraldFeedResult *result)
{
  if (result == NULL)
    return;

  g_free (result->feed_id);
  g_free (result->feed_name);
  g_clear_error (&result->error);
  g_free (result);
}

/* A probe's end: what came, or why not, and nothing written. */
static void
probe_done (Fetch     *fetch,
            GPtrArray *items,
            GError    *error)
{
  close_stream (fetch);
  if (items != NULL)
    g_task_return_pointer (fetch->task, g_ptr_array_ref (items), (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (fetch->task, error);
  herald_feed_result_free (fetch->result);
  fetch_free (fetch);
}

static gint64
fetcher_now (HeraldFeedFetcher *self)
{
  return self->now != 0 ? self->now : g_get_real_time () / G_USEC_PER_SEC;
}

static void
close_stream (Fetch *fetch)
{
  /* Closing before the end drops the connection instead of reading on. */
  if (fetch->stream != NULL)
    g_input_stream_close_async (fetch->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_clear_object (&fetch->stream);
}

static void
fetch_done (Fetch *fetch)
{
  Refresh *refresh = g_task_get_task_data (fetch->task);

  close_stream (fetch);
  fetch->result->next_fetch_at = herald_feed_get_next_fetch_at (fetch->feed);

  g_assert (refresh->pending > 0);
  refresh->pending--;
  g_signal_emit (fetch->self, signals[PROGRESS], 0, refresh->started - refresh->pending, refresh->started);
  if (refresh->pending == 0)
    {
      fetch->self->refreshing = FALSE;
      g_task_return_pointer (fetch->task, g_ptr_array_ref (refresh->results),
                             (GDestroyNotify) g_ptr_array_unref);
    }

  fetch_free (fetch);
}

/* Seconds to wait from Retry-After (seconds or an HTTP date); 0 if none. */
static gint64
parse_retry_after (SoupMessage *message,
                   gint64       now)
{
  const char *value;
  guint64 seconds;
  g_autoptr (GDateTime) date = NULL;

  if (message == NULL)
    return 0;

  value = soup_message_headers_get_one (soup_message_get_response_headers (message), "Retry-After");
  if (value == NULL)
    return 0;

  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT64, &seconds, NULL))
    return (gint64) MIN (seconds, (guint64) HERALD_FEED_MAX_BACKOFF);

  date = soup_date_time_new_from_http_string (value);
  if (date != NULL)
    return CLAMP (g_date_time_to_unix (date) - now, 0, HERALD_FEED_MAX_BACKOFF);

  return 0;
}

/* Records a failure: more back-off each time in a row, at least what the
 * server asked for, and never a change to the topics. */
static void
fetch_failed (Fetch  *fetch,
              GError *error)
{
  HeraldFeed *feed = fetch->feed;
  g_autoptr (GError) store_error = NULL;
  guint failures;
  gint64 wait, retry_after;

  if (fetch->probe)
    {
      probe_done (fetch, NULL, error);
      return;
    }

  fetch->result->outcome = HERALD_FEED_OUTCOME_FAILED;
  fetch->result->error = error;

  /* A refresh the user stopped says nothing about the feed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      fetch_done (fetch);
      return;
    }

  failures = herald_feed_get_failures (feed) + 1;
  wait = herald_feed_get_interval (feed);
  for (guint i = 1; i < failures && wait < HERALD_FEED_MAX_BACKOFF; i++)
    wait *= 2;
  wait = MIN (wait, HERALD_FEED_MAX_BACKOFF);
  retry_after = parse_retry_after (fetch->message, fetch->now);
  wait = MAX (wait, retry_after);

  herald_feed_set_failures (feed, failures);
  herald_feed_set_next_fetch_at (feed, fetch->now + wait);
  herald_feed_set_last_error (feed, error->message);
  if (!herald_store_save_feed_state (fetch->self->store, feed, &store_error))
    g_warning ("Could not record the failure of %s: %s", herald_feed_get_url (feed), store_error->message);

  fetch_done (fetch);
}

static void
fetch_failed_literal (Fetch      *fetch,
                      GQuark      domain,
                      int         code,
                      const char *message)
{
  fetch_failed (fetch, g_error_new_literal (domain, code, message));
}

/* Network errors in words for the user. */
static void
fetch_failed_io (Fetch  *fetch,
                 GError *error)
{
  g_autoptr (GError) owned = error;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && !fetch->timed_out)
    fetch_failed (fetch, g_steal_pointer (&owned));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) || fetch->timed_out)
    fetch_failed_literal (fetch, HERALD_FEED_ERROR, HERALD_FEED_ERROR_TIMEOUT,
                          fetch->probe ? _("The server took too long to answer")
                                       : _("The server took too long to answer; Herald will try again later"));
  else
    fetch_failed (fetch, g_error_new (HERALD_FEED_ERROR, HERALD_FEED_ERROR_NETWORK,
                                      _("Could not read the feed: %s"), error->message));
}

static void
fetch_succeeded (Fetch     *fetch,
                 GPtrArray *items)
{
  HeraldFeed *feed = fetch->feed;
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  g_autoptr (GError) error = NULL;
  g_autofree char *etag = g_strdup (herald_feed_get_etag (feed));
  g_autofree char *last_modified = g_strdup (herald_feed_get_last_modified (feed));
  guint failures = herald_feed_get_failures (feed);
  gint64 next_fetch_at = herald_feed_get_next_fetch_at (feed);

  if (fetch->probe)
    {
      probe_done (fetch, items, NULL);
      return;
    }

  herald_feed_set_etag (feed, soup_message_headers_get_one (headers, "ETag"));
  herald_feed_set_last_modified (feed, soup_message_headers_get_one (headers, "Last-Modified"));
  herald_feed_set_failures (feed, 0);
  herald_feed_set_last_error (feed, NULL);
  herald_feed_set_next_fetch_at (feed, fetch->now + herald_feed_get_interval (feed));

  if (!herald_store_apply_feed_items (fetch->self->store, feed, items, fetch->now,
                                      &fetch->result->changes, &error))
    {
      /* Nothing was written: the feed is as it was before. */
      herald_feed_set_etag (feed, etag);
      herald_feed_set_last_modified (feed, last_modified);
      herald_feed_set_failures (feed, failures);
      herald_feed_set_next_fetch_at (feed, next_fetch_at);
      fetch->result->outcome = HERALD_FEED_OUTCOME_FAILED;
      fetch->result->error = g_steal_pointer (&error);
      fetch_done (fetch);
      return;
    }

  fetch->result->outcome = HERALD_FEED_OUTCOME_UPDATED;
  fetch_done (fetch);
}

static void
fetch_not_modified (Fetch *fetch)
{
  HeraldFeed *feed = fetch->feed;
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  const char *etag = soup_message_headers_get_one (headers, "ETag");
  g_autoptr (GError) error = NULL;

  if (etag != NULL)
    herald_feed_set_etag (feed, etag);
  herald_feed_set_failures (feed, 0);
  herald_feed_set_last_error (feed, NULL);
  herald_feed_set_next_fetch_at (feed, fetch->now + herald_feed_get_interval (feed));

  fetch->result->outcome = HERALD_FEED_OUTCOME_NOT_MODIFIED;
  if (!herald_store_carry_feed_list (fetch->self->store, feed, fetch->now, &fetch->result->changes, &error))
    {
      fetch->result->outcome = HERALD_FEED_OUTCOME_FAILED;
      fetch->result->error = g_steal_pointer (&error);
    }

  fetch_done (fetch);
}

/* Parsing, in a thread */

typedef struct {
  HeraldFeedKind  kind;
  char           *mapping;
  char           *charset;
  GBytes         *body;
} ParseData;

static void
parse_data_free (ParseData *data)
{
  g_free (data->mapping);
  g_free (data->charset);
  g_bytes_unref (data->body);
  g_free (data);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ParseData *data = task_data;
  GError *error = NULL;
  GPtrArray *items;

  items = herald_feed_parse (data->kind, data->mapping, data->charset, data->body, &error);
  if (items == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
}

static void
parsed_cb (GObject      *source,
           GAsyncResult *res,
           gpointer      user_data)
{
  Fetch *fetch = user_data;
  g_autoptr (GPtrArray) items = NULL;
  GError *error = NULL;

  items = g_task_propagate_pointer (G_TASK (res), &error);
  if (items == NULL)
    fetch_failed (fetch, error);
  else
    fetch_succeeded (fetch, items);
}

static void
parse_body (Fetch *fetch)
{
  g_autoptr (GTask) task = NULL;
  ParseData *data = g_new0 (ParseData, 1);

  close_stream (fetch);

  data->kind = herald_feed_get_kind (fetch->feed);
  data->mapping = g_strdup (herald_feed_get_mapping (fetch->feed));
  {
    g_autoptr (GHashTable) params = NULL;
    SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);

    if (soup_message_headers_get_content_type (headers, &params) != NULL && params != NULL)
      data->charset = g_strdup (g_hash_table_lookup (params, "charset"));
  }
  data->body = g_byte_array_free_to_bytes (g_steal_pointer (&fetch->body));

  task = g_task_new (fetch->self, NULL, parsed_cb, fetch);
  g_task_set_source_tag (task, parse_body);
  g_task_set_task_data (task, data, (GDestroyNotify) parse_data_free);
  g_task_run_in_thread (task, parse_thread);
}

/* Reading the body */

static void read_more (Fetch *fetch);

static void
fail_too_large (Fetch *fetch)
{
  g_autofree char *size = g_format_size_full (fetch->self->max_body, G_FORMAT_SIZE_IEC_UNITS);

  fetch_failed (fetch, g_error_new (HERALD_FEED_ERROR, HERALD_FEED_ERROR_TOO_LARGE,
                                    _("The feed is larger than %s; Herald stopped reading it"), size));
}

static void
read_cb (GObject      *source,
         GAsyncResult *res,
         gpointer      user_data)
{
  Fetch *fetch = user_data;
  g_autoptr (GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), res, &error);
  if (bytes == NULL)
    {
      fetch_failed_io (fetch, error);
      return;
    }

  if (g_bytes_get_size (bytes) == 0)
    {
      parse_body (fetch);
      return;
    }

  if (fetch->body->len + g_bytes_get_size (bytes) > fetch->self->max_body)
    {
      fail_too_large (fetch);
      return;
    }

  g_byte_array_append (fetch->body, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  read_more (fetch);
}

static void
read_more (Fetch *fetch)
{
  g_input_stream_read_bytes_async (fetch->stream, READ_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, read_cb, fetch);
}

/* The answer */

static gboolean
follow_redirect (Fetch *fetch)
{
  const char *location;
  g_autoptr (GUri) target = NULL;
  const char *scheme;

  location = soup_message_headers_get_one (soup_message_get_response_headers (fetch->message), "Location");
  if (location == NULL)
    return FALSE;

  if (++fetch->redirects > HERALD_FEED_MAX_REDIRECTS)
    {
      fetch_failed (fetch, g_error_new (HERALD_FEED_ERROR, HERALD_FEED_ERROR_HTTP,
                                        _("The feed redirects more than %d times"), HERALD_FEED_MAX_REDIRECTS));
      return TRUE;
    }

  target = g_uri_parse_relative (fetch->uri, location, SOUP_HTTP_URI_FLAGS, NULL);
  scheme = target != NULL ? g_uri_get_scheme (target) : NULL;
  if (scheme == NULL || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    {
      fetch_failed (fetch, g_error_new (HERALD_FEED_ERROR, HERALD_FEED_ERROR_HTTP,
                                        _("The feed redirects to “%s”, which is not a web address"), location));
      return TRUE;
    }

  close_stream (fetch);
  g_uri_unref (fetch->uri);
  fetch->uri = g_steal_pointer (&target);
  start_fetch (fetch);
  return TRUE;
}

static void
sent_cb (GObject      *source,
         GAsyncResult *res,
         gpointer      user_data)
{
  Fetch *fetch = user_data;
  SoupMessageHeaders *headers;
  GError *error = NULL;
  guint status;
  goffset length;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (source), res, &error);
  if (fetch->stream == NULL)
    {
      fetch_failed_io (fetch, error);
      return;
    }

  status = soup_message_get_status (fetch->message);
  headers = soup_message_get_response_headers (fetch->message);

  /* A probe asks unconditionally: a 304 to it is an error. */
  if (status == SOUP_STATUS_NOT_MODIFIED && !fetch->probe)
    {
      fetch_not_modified (fetch);
      return;
    }

  if (SOUP_STATUS_IS_REDIRECTION (status) && follow_redirect (fetch))
    return;

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *reason = soup_message_get_reason_phrase (fetch->message);

      if (fetch->probe)
        fetch_failed (fetch, g_error_new (HERALD_FEED_ERROR, HERALD_FEED_ERROR_HTTP,
                                          _("The server answered “%u %s”"), status, reason != NULL ? reason : ""));
      else
        fetch_failed (fetch, g_error_new (HERALD_FEED_ERROR, HERALD_FEED_ERROR_HTTP,
                                          _("The server answered “%u %s”; Herald will try again later"),
                                          status, reason != NULL ? reason : ""));
      return;
    }

  length = soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH
             ? soup_message_headers_get_content_length (headers) : -1;
  if (length > (goffset) fetch->self->max_body)
    {
      fail_too_large (fetch);
      return;
    }

  fetch->body = g_byte_array_sized_new (length > 0 ? (guint) length : READ_SIZE);
  read_more (fetch);
}

static void
start_fetch (Fetch *fetch)
{
  SoupMessageHeaders *headers;
  const char *etag = herald_feed_get_etag (fetch->feed);
  const char *last_modified = herald_feed_get_last_modified (fetch->feed);

  g_clear_object (&fetch->message);
  fetch->message = soup_message_new_from_uri (SOUP_METHOD_GET, fetch->uri);
  soup_message_add_flags (fetch->message, SOUP_MESSAGE_NO_REDIRECT);

  headers = soup_message_get_request_headers (fetch->message);
  soup_message_headers_replace (headers, "Accept",
                                herald_feed_get_kind (fetch->feed) == HERALD_FEED_KIND_JSON
                                  ? "application/json"
                                  : "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8");
  if (etag != NULL && !fetch->probe)
    soup_message_headers_replace (headers, "If-None-Match", etag);
  if (last_modified != NULL && !fetch->probe)
    soup_message_headers_replace (headers, "If-Modified-Since", last_modified);

  soup_session_send_async (fetch->self->session, fetch->message, G_PRIORITY_DEFAULT,
                           fetch->cancellable, sent_cb, fetch);
}

/* A server can answer each read in time and still never finish (a byte
 * now and then): the whole fetch has a limit too. */
static void
deadline_cb (gpointer user_data)
{
  Fetch *fetch = user_data;

  fetch->deadline_id = 0;
  fetch->timed_out = TRUE;
  g_cancellable_cancel (fetch->cancellable);
}

static void
refresh_cancelled_cb (GCancellable *cancellable,
                      gpointer      user_data)
{
  g_cancellable_cancel (user_data);
}

static void
begin_fetch (Fetch *fetch)
{
  GCancellable *refresh_cancellable = g_task_get_cancellable (fetch->task);
  guint timeout = soup_session_get_timeout (fetch->self->session);

  fetch->cancellable = g_cancellable_new ();
  if (refresh_cancellable != NULL)
    fetch->cancelled_id = g_cancellable_connect (refresh_cancellable, G_CALLBACK (refresh_cancelled_cb),
                                                 g_object_ref (fetch->cancellable), g_object_unref);
  fetch->deadline_id = g_timeout_add_seconds_once (MAX (timeout, 1) * HERALD_FEED_DEADLINE_FACTOR,
                                                   deadline_cb, fetch);
  start_fetch (fetch);
}

static void
herald_feed_fetcher_dispose (GObject *object)
{
  HeraldFeedFetcher *self = HERALD_FEED_FETCHER (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_feed_fetcher_parent_class)->dispose (object);
}

static void
herald_feed_fetcher_class_init (HeraldFeedFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = herald_feed_fetcher_dispose;

  /**
   * HeraldFeedFetcher::progress:
   * @self: the fetcher
   * @done: feeds fetched so far in this refresh
   * @total: feeds this refresh fetches
   *
   * Emitted as each feed of a refresh is done, for a progress bar.
   */
  signals[PROGRESS] = g_signal_new ("progress",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
herald_feed_fetcher_init (HeraldFeedFetcher *self)
{
  self->max_body = HERALD_FEED_MAX_BODY;
  self->session = soup_session_new_with_options ("user-agent", "Herald/" PACKAGE_VERSION,
                                                 "timeout", HERALD_FEED_TIMEOUT,
                                                 "idle-timeout", 60,
                                                 NULL);
}

/* Public API */

/**
 * herald_feed_fetcher_new:
 * @store: where the feeds and topics are
 *
 * Makes a fetcher for the feeds of @store.  It works on the thread-default
 * main context of the thread that calls this, which must also own @store.
 *
 * Returns: (transfer full): a new fetcher
 */
HeraldFeedFetcher *
herald_feed_fetcher_new (HeraldStore *store)
{
  HeraldFeedFetcher *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_FEED_FETCHER, NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * herald_feed_fetcher_set_timeout:
 * @self: a #HeraldFeedFetcher
 * @seconds: how long to wait for the server at each step, at least 1
 *
 * Sets the time limit (%HERALD_FEED_TIMEOUT by default).
 */
void
herald_feed_fetcher_set_timeout (HeraldFeedFetcher *self,
                                 guint              seconds)
{
  g_return_if_fail (HERALD_IS_FEED_FETCHER (self));

  soup_session_set_timeout (self->session, MAX (seconds, 1));
}

/**
 * herald_feed_fetcher_set_max_body:
 * @self: a #HeraldFeedFetcher
 * @max_body: the largest answer to read, in bytes
 *
 * Sets the size limit (%HERALD_FEED_MAX_BODY by default).
 */
void
herald_feed_fetcher_set_max_body (HeraldFeedFetcher *self,
                                  gsize              max_body)
{
  g_return_if_fail (HERALD_IS_FEED_FETCHER (self));

  self->max_body = max_body;
}

void
herald_feed_fetcher_set_now (HeraldFeedFetcher *self,
                             gint64             now)
{
  g_return_if_fail (HERALD_IS_FEED_FETCHER (self));

  self->now = now;
}

/* Starts a refresh.  @all: the user asked, so a feed's interval does not
 * hold it back; one backing off after failures still waits, as its server
 * asked (Retry-After) or keeps failing. */
static void
start_refresh (HeraldFeedFetcher   *self,
               gboolean             all,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GListModel) feeds = NULL;
  g_autoptr (GPtrArray) fetches = g_ptr_array_new ();
  GError *error = NULL;
  Refresh *refresh;
  gint64 now;
  guint n;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, herald_feed_fetcher_refresh_async);

  /* Two at once would record the same lists twice. */
  if (self->refreshing)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The hot topics are being refreshed already"));
      return;
    }

  feeds = herald_store_list_feeds (self->store, &error);
  if (feeds == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  refresh = g_new0 (Refresh, 1);
  refresh->results = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_feed_result_free);
  g_task_set_task_data (task, refresh, (GDestroyNotify) refresh_free);

  now = fetcher_now (self);
  n = g_list_model_get_n_items (feeds);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldFeed) feed = g_list_model_get_item (feeds, i);
      const char *name = herald_feed_get_name (feed);
      HeraldFeedResult *result;
      Fetch *fetch;

      if (!herald_feed_get_enabled (feed))
        continue;

      result = g_new0 (HeraldFeedResult, 1);
      result->feed_id = g_strdup (herald_record_get_id (HERALD_RECORD (feed)));
      result->feed_name = g_strdup (*name != '\0' ? name : herald_feed_get_url (feed));
      result->next_fetch_at = herald_feed_get_next_fetch_at (feed);
      g_ptr_array_add (refresh->results, result);

      if (herald_feed_get_next_fetch_at (feed) > now &&
          (!all || herald_feed_get_failures (feed) > 0))
        {
          result->outcome = HERALD_FEED_OUTCOME_NOT_DUE;
          continue;
        }

      fetch = g_new0 (Fetch, 1);
      fetch->self = g_object_ref (self);
      fetch->task = g_object_ref (task);
      fetch->feed = g_object_ref (feed);
      fetch->result = result;
      fetch->now = now;
      fetch->uri = g_uri_parse (herald_feed_get_url (feed), SOUP_HTTP_URI_FLAGS, NULL);
      g_ptr_array_add (fetches, fetch);
    }

  refresh->pending = fetches->len;
  refresh->started = fetches->len;
  self->refreshing = fetches->len > 0;
  if (fetches->len == 0)
    {
      g_task_return_pointer (task, g_ptr_array_ref (refresh->results), (GDestroyNotify) g_ptr_array_unref);
      return;
    }

  /* Counted first, started after: a fetch that fails at once must not
   * finish the refresh before the others start. */
  for (guint i = 0; i < fetches->len; i++)
    {
      Fetch *fetch = fetches->pdata[i];

      if (fetch->uri == NULL)
        fetch_failed_literal (fetch, HERALD_FEED_ERROR, HERALD_FEED_ERROR_NETWORK,
                              _("The address of the feed is not a web address"));
      else
        begin_fetch (fetch);
    }
}

/* The probe of herald-feed-probe.c: @task gets the items or the error. */
void
herald_feed_fetcher_start_probe (HeraldFeedFetcher *self,
                                 HeraldFeed        *feed,
                                 GTask             *task)
{
  const char *scheme;
  Fetch *fetch;

  g_return_if_fail (HERALD_IS_FEED_FETCHER (self));
  g_return_if_fail (HERALD_IS_FEED (feed));
  g_return_if_fail (G_IS_TASK (task));

  fetch = g_new0 (Fetch, 1);
  fetch->self = g_object_ref (self);
  fetch->task = g_object_ref (task);
  fetch->feed = g_object_ref (feed);
  fetch->result = g_new0 (HeraldFeedResult, 1);
  fetch->now = fetcher_now (self);
  fetch->probe = TRUE;
  fetch->uri = g_uri_parse (herald_feed_get_url (feed), SOUP_HTTP_URI_FLAGS, NULL);
  scheme = fetch->uri != NULL ? g_uri_get_scheme (fetch->uri) : NULL;
  if (scheme == NULL || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    fetch_failed_literal (fetch, HERALD_FEED_ERROR, HERALD_FEED_ERROR_NETWORK,
                          _("The address of the feed is not a web address"));
  else
    begin_fetch (fetch);
}

/**
 * herald_feed_fetcher_refresh_async:
 * @self: a #HeraldFeedFetcher
 * @cancellable: (nullable): stops the refresh
 * @callback: called when every feed is done
 * @user_data: data for @callback
 *
 * Fetches each enabled feed that is due, all at once, and records what
 * each gives as it comes.  Feeds not due yet (their interval, or back-off
 * after failures) are left alone and reported as such.
 */
void
herald_feed_fetcher_refresh_async (HeraldFeedFetcher   *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (HERALD_IS_FEED_FETCHER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  start_refresh (self, FALSE, cancellable, callback, user_data);
}

/**
 * herald_feed_fetcher_refresh_all_async:
 * @self: a #HeraldFeedFetcher
 * @cancellable: (nullable): stops the refresh
 * @callback: called when every feed is done
 * @user_data: data for @callback
 *
 * What the Refresh button does: fetches every enabled feed now, whether
 * or not its interval has passed (a list that has not changed costs a
 * 304).  A feed backing off after failures still waits.  Finish with
 * herald_feed_fetcher_refresh_finish().
 */
void
herald_feed_fetcher_refresh_all_async (HeraldFeedFetcher   *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (HERALD_IS_FEED_FETCHER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  start_refresh (self, TRUE, cancellable, callback, user_data);
}

/**
 * herald_feed_fetcher_refresh_finish:
 * @self: a #HeraldFeedFetcher
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type HeraldFeedResult): one
 *   result per enabled feed, in the order of the feeds, or %NULL when the
 *   feeds could not be read or the refresh was cancelled
 */
GPtrArray *
herald_feed_fetcher_refresh_finish (HeraldFeedFetcher  *self,
                                    GAsyncResult       *result,
                                    GError            **error)
{
  g_return_val_if_fail (HERALD_IS_FEED_FETCHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  GAsyncResult **result = user_data;

  *result = g_object_ref (res);
}

/**
 * herald_feed_fetcher_refresh:
 * @self: a #HeraldFeedFetcher
 * @cancellable: (nullable): stops the refresh
 * @error: return location for a #GError
 *
 * Like herald_feed_fetcher_refresh_async(), waiting for the end while
 * running the main context, for the command line.
 *
 * Returns: (transfer container) (element-type HeraldFeedResult): the
 *   results, or %NULL
 */
GPtrArray *
herald_feed_fetcher_refresh (HeraldFeedFetcher  *self,
                             GCancellable       *cancellable,
                             GError            **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  g_return_val_if_fail (HERALD_IS_FEED_FETCHER (self), NULL);

  herald_feed_fetcher_refresh_async (self, cancellable, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (g_main_context_get_thread_default (), TRUE);

  return herald_feed_fetcher_refresh_finish (self, result, error);
}
