/* test-feed-fetch.c — fetching feeds from a server on loopback that
 * misbehaves on purpose, and what each answer leaves in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <sqlite3.h>
#include <string.h>

#include "herald-feed-fetcher-private.h"
#include "herald-feed-parser.h"
#include "herald-feed-presets.h"
#include "herald-feed-probe.h"
#include "herald-topic-trend.h"
#include "store-test-util.h"

/* 2026-11-28 08:00 UTC */
#define T0 1795852800

#define HUGE_BODY (50 * 1024 * 1024)

typedef enum {
  SERVE_FEED,         /* the body, with ETag and Last-Modified, 304 when they match */
  SERVE_STATUS,       /* @status, with Retry-After when set */
  SERVE_HANG,         /* never answer */
  SERVE_TRUNCATED,    /* Content-Length larger than what comes, then close */
  SERVE_HUGE,         /* 50 MB, chunked, made as it is sent */
  SERVE_DRIP,         /* a byte now and then, each in time, never the end */
} ServeMode;

typedef struct {
  SoupServer        *server;
  char              *base;
  ServeMode          mode;
  GBytes            *body;
  const char        *content_type;
  char              *etag;
  char              *last_modified;
  guint              status;
  char              *retry_after;
  GPtrArray         *held;           /* connections taken over and kept */
  guint              drip_id;

  /* What the server saw */
  guint              n_requests;
  char              *if_none_match;
  char              *if_modified_since;
  char              *user_agent;
  gsize              huge_sent;

  HeraldStore       *store;
  char              *db_path;
  HeraldFeedFetcher *fetcher;
  HeraldFeed        *feed;
  gint64             now;
  GError            *second_error;
} Fixture;

static void
set_body (Fixture    *fixture,
          const char *text)
{
  g_clear_pointer (&fixture->body, g_bytes_unref);
  fixture->body = g_bytes_new (text, strlen (text));
}

static void
set_fixture_body (Fixture    *fixture,
                  const char *name)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, name, NULL);
  g_autofree char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  set_body (fixture, data);
}

static void
huge_wrote_chunk_cb (SoupServerMessage *msg,
                     gpointer           user_data)
{
  Fixture *fixture = user_data;
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  static char chunk[64 * 1024];

  if (fixture->huge_sent >= HUGE_BODY)
    {
      soup_message_body_complete (body);
      return;
    }

  if (chunk[0] == '\0')
    {
      for (gsize i = 0; i < sizeof chunk; i++)
        chunk[i] = "<item><title>x</title></item>\n"[i % 30];
    }

  soup_message_body_append (body, SOUP_MEMORY_STATIC, chunk, sizeof chunk);
  fixture->huge_sent += sizeof chunk;
}

static void
take_over (Fixture           *fixture,
           SoupServerMessage *msg,
           const char        *raw)
{
  GIOStream *stream = soup_server_message_steal_connection (msg);

  if (raw != NULL)
    {
      g_output_stream_write_all (g_io_stream_get_output_stream (stream), raw, strlen (raw), NULL, NULL, NULL);
      g_io_stream_close (stream, NULL, NULL);
    }
  g_ptr_array_add (fixture->held, stream);
}

static gboolean
drip_cb (gpointer user_data)
{
  GIOStream *stream = user_data;

  return g_output_stream_write (g_io_stream_get_output_stream (stream), "<", 1, NULL, NULL) == 1
           ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Fixture *fixture = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);
  const char *if_none_match = soup_message_headers_get_one (request, "If-None-Match");

  fixture->n_requests++;
  g_set_str (&fixture->if_none_match, if_none_match);
  g_set_str (&fixture->if_modified_since, soup_message_headers_get_one (request, "If-Modified-Since"));
  g_set_str (&fixture->user_agent, soup_message_headers_get_one (request, "User-Agent"));

  if (g_str_equal (path, "/loop"))
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/loop");
      return;
    }
  if (g_str_has_prefix (path, "/old/"))
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_MOVED_PERMANENTLY, "/zhihu/hot");
      return;
    }

  switch (fixture->mode)
    {
    case SERVE_FEED:
      if (fixture->etag != NULL && g_strcmp0 (if_none_match, fixture->etag) == 0)
        {
          soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
          return;
        }
      if (fixture->etag != NULL)
        soup_message_headers_replace (response, "ETag", fixture->etag);
      if (fixture->last_modified != NULL)
        soup_message_headers_replace (response, "Last-Modified", fixture->last_modified);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, fixture->content_type, SOUP_MEMORY_COPY,
                                        g_bytes_get_data (fixture->body, NULL),
                                        g_bytes_get_size (fixture->body));
      break;

    case SERVE_STATUS:
      if (fixture->retry_after != NULL)
        soup_message_headers_replace (response, "Retry-After", fixture->retry_after);
      soup_server_message_set_status (msg, fixture->status, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, "<p>busy</p>", 11);
      break;

    case SERVE_HANG:
      take_over (fixture, msg, NULL);
      break;

    case SERVE_TRUNCATED:
      take_over (fixture, msg,
                 "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 5000\r\n\r\n"
                 "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>half</title></item>");
      break;

    case SERVE_DRIP:
      {
        GIOStream *stream = soup_server_message_steal_connection (msg);
        const char *head = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n";

        g_output_stream_write_all (g_io_stream_get_output_stream (stream), head, strlen (head), NULL, NULL, NULL);
        g_ptr_array_add (fixture->held, stream);
        fixture->drip_id = g_timeout_add (300, drip_cb, stream);
      }
      break;

    case SERVE_HUGE:
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_encoding (response, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (response, "application/rss+xml", NULL);
      g_signal_connect (msg, "wrote-chunk", G_CALLBACK (huge_wrote_chunk_cb), fixture);
      g_signal_connect (msg, "wrote-headers", G_CALLBACK (huge_wrote_chunk_cb), fixture);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *url = NULL;
  GSList *uris;

  fixture->held = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, server_cb, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (fixture->server);
  g_assert_nonnull (uris);
  fixture->base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  if (g_str_has_suffix (fixture->base, "/"))
    fixture->base[strlen (fixture->base) - 1] = '\0';

  fixture->store = store_test_open (&fixture->db_path);
  fixture->fetcher = herald_feed_fetcher_new (fixture->store);
  herald_feed_fetcher_set_timeout (fixture->fetcher, 1);
  fixture->now = T0;

  url = g_strconcat (fixture->base, "/zhihu/hot", NULL);
  fixture->feed = herald_feed_new (url, HERALD_FEED_KIND_RSS);
  herald_feed_set_name (fixture->feed, "知乎热榜");
  herald_store_save_feed (fixture->store, fixture->feed, &error);
  g_assert_no_error (error);

  fixture->mode = SERVE_FEED;
  fixture->content_type = "application/rss+xml";
  fixture->etag = g_strdup ("\"v1\"");
  fixture->last_modified = g_strdup ("Sat, 28 Nov 2026 07:59:00 GMT");
  set_fixture_body (fixture, "zhihu-hot.xml");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (fixture->db_path);

  g_clear_object (&fixture->fetcher);
  g_clear_object (&fixture->feed);
  g_clear_object (&fixture->store);
  store_test_rm_rf (dir);
  g_free (fixture->db_path);

  g_clear_handle_id (&fixture->drip_id, g_source_remove);
  g_ptr_array_unref (fixture->held);
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_free (fixture->base);
  g_clear_pointer (&fixture->body, g_bytes_unref);
  g_free (fixture->etag);
  g_free (fixture->last_modified);
  g_free (fixture->retry_after);
  g_free (fixture->if_none_match);
  g_free (fixture->if_modified_since);
  g_free (fixture->user_agent);
}

/* One refresh at @fixture->now; returns the one feed's result. */
static HeraldFeedResult *
refresh (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) results = NULL;
  HeraldFeedResult *result;

  herald_feed_fetcher_set_now (fixture->fetcher, fixture->now);
  results = herald_feed_fetcher_refresh (fixture->fetcher, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);

  result = g_ptr_array_steal_index (results, 0);
  g_assert_cmpstr (result->feed_id, ==, herald_record_get_id (HERALD_RECORD (fixture->feed)));
  return result;
}

static void
got_result_cb (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (res);
}

/* The same through Refresh: every enabled feed, due or not. */
static HeraldFeedResult *
refresh_all (Fixture *fixture)
{
  g_autoptr (GAsyncResult) res = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) results = NULL;

  herald_feed_fetcher_set_now (fixture->fetcher, fixture->now);
  herald_feed_fetcher_refresh_all_async (fixture->fetcher, NULL, got_result_cb, &res);
  while (res == NULL)
    g_main_context_iteration (NULL, TRUE);
  results = herald_feed_fetcher_refresh_finish (fixture->fetcher, res, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);

  return g_ptr_array_steal_index (results, 0);
}

/* Everything stored about topics, as text, to compare before and after. */
static char *
snapshot (Fixture *fixture)
{
  g_autoptr (GListModel) topics = herald_store_list_topics (fixture->store, NULL);
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (topics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (topics, i);
      const HeraldHeatSample *samples;
      guint n_samples;

      g_assert_true (herald_store_load_topic_heat (fixture->store, topic, NULL));
      g_string_append_printf (text, "%s|%s|%s|%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%g|%" G_GINT64_FORMAT ":",
                              herald_record_get_id (HERALD_RECORD (topic)),
                              herald_topic_get_title (topic), herald_topic_get_source (topic),
                              herald_topic_get_url (topic), herald_topic_get_first_seen (topic),
                              herald_topic_get_last_seen (topic), herald_topic_get_peak_heat (topic),
                              herald_record_get_updated_at (HERALD_RECORD (topic)));
      samples = herald_topic_get_heat (topic, &n_samples);
      for (guint j = 0; j < n_samples; j++)
        g_string_append_printf (text, " %" G_GINT64_FORMAT "/%g/%d", samples[j].at, samples[j].heat, samples[j].rank);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static HeraldFeed *
stored_feed (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  HeraldFeed *feed = herald_store_get_feed (fixture->store, herald_record_get_id (HERALD_RECORD (fixture->feed)),
                                            &error);

  g_assert_no_error (error);
  return feed;
}

static HeraldTopicTrend trend_of (Fixture    *fixture,
                                   const char *title);

static void
progress_cb (HeraldFeedFetcher *fetcher,
             guint              done,
             guint              total,
             GString           *seen)
{
  g_string_append_printf (seen, "%u/%u ", done, total);
}

static void
test_first_then_not_modified (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr (GString) progress = g_string_new (NULL);
  g_autoptr (HeraldFeedResult) first = NULL;
  g_autoptr (HeraldFeedResult) early = NULL;
  g_autoptr (HeraldFeedResult) second = NULL;
  g_autoptr (HeraldFeed) feed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_signal_connect (fixture->fetcher, "progress", G_CALLBACK (progress_cb), progress);
  first = refresh (fixture);
  g_assert_no_error (first->error);
  g_assert_cmpint (first->outcome, ==, HERALD_FEED_OUTCOME_UPDATED);
  g_assert_cmpstr (progress->str, ==, "1/1 ");
  g_assert_cmpuint (first->changes.n_new, ==, 3);
  g_assert_cmpuint (first->changes.n_updated, ==, 0);
  g_assert_cmpstr (first->feed_name, ==, "知乎热榜");
  g_assert_null (fixture->if_none_match);
  g_assert_null (fixture->if_modified_since);
  g_assert_cmpstr (fixture->user_agent, ==, "Herald/" PACKAGE_VERSION);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, 3);

  feed = stored_feed (fixture);
  g_assert_cmpstr (herald_feed_get_etag (feed), ==, "\"v1\"");
  g_assert_cmpstr (herald_feed_get_last_modified (feed), ==, "Sat, 28 Nov 2026 07:59:00 GMT");
  g_assert_cmpint (herald_feed_get_next_fetch_at (feed), ==, T0 + HERALD_FEED_DEFAULT_INTERVAL);
  g_assert_cmpint (herald_feed_get_listed_at (feed), ==, T0);
  g_assert_null (herald_feed_get_last_error (feed));

  /* Too early: the server is not asked. */
  before = snapshot (fixture);
  fixture->now = T0 + 60;
  early = refresh (fixture);
  g_assert_cmpint (early->outcome, ==, HERALD_FEED_OUTCOME_NOT_DUE);
  g_assert_cmpstr (progress->str, ==, "1/1 ");
  g_assert_cmpint (early->next_fetch_at, ==, T0 + HERALD_FEED_DEFAULT_INTERVAL);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  /* Due: asked with the validators, answered 304, nothing changes. */
  fixture->now = T0 + HERALD_FEED_DEFAULT_INTERVAL;
  second = refresh (fixture);
  g_assert_no_error (second->error);
  g_assert_cmpint (second->outcome, ==, HERALD_FEED_OUTCOME_NOT_MODIFIED);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
  g_assert_cmpstr (fixture->if_none_match, ==, "\"v1\"");
  g_assert_cmpstr (fixture->if_modified_since, ==, "Sat, 28 Nov 2026 07:59:00 GMT");
  /* Each topic of the list gets its sample for this fetch, as it was. */
  g_assert_cmpuint (second->changes.n_new, ==, 0);
  g_assert_cmpuint (second->changes.n_updated, ==, 3);
  g_assert_cmpuint (second->changes.n_gone, ==, 0);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, 3);
  g_assert_cmpint (trend_of (fixture, "如何看待今年双十一的销售数据？"), ==, HERALD_TOPIC_TREND_PEAK);
  after = snapshot (fixture);
  g_assert_cmpstr (before, !=, after);
  {
    g_autoptr (GListModel) topics = herald_store_list_topics (fixture->store, NULL);

    for (guint i = 0; i < 3; i++)
      {
        g_autoptr (HeraldTopic) topic = g_list_model_get_item (topics, i);
        const HeraldHeatSample *samples;
        guint n_samples;

        g_assert_true (herald_store_load_topic_heat (fixture->store, topic, NULL));
        samples = herald_topic_get_heat (topic, &n_samples);
        g_assert_cmpuint (n_samples, ==, 2);
        g_assert_cmpint (samples[1].at, ==, T0 + HERALD_FEED_DEFAULT_INTERVAL);
        g_assert_cmpfloat (samples[1].heat, ==, samples[0].heat);
        g_assert_cmpint (samples[1].rank, ==, samples[0].rank);
        g_assert_cmpint (herald_topic_get_last_seen (topic), ==, T0 + HERALD_FEED_DEFAULT_INTERVAL);
      }
  }
  g_signal_handlers_disconnect_by_func (fixture->fetcher, progress_cb, progress);

  g_clear_object (&feed);
  feed = stored_feed (fixture);
  g_assert_cmpint (herald_feed_get_next_fetch_at (feed), ==, T0 + 2 * HERALD_FEED_DEFAULT_INTERVAL);
}

static char *
make_list (const char * const *titles,
           const double       *heats)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<rss version=\"2.0\"><channel><title>测试</title>\n");

  for (guint i = 0; titles[i] != NULL; i++)
    g_string_append_printf (xml, "<item><title><![CDATA[%s]]></title><description><![CDATA[<p>%g 万热度</p>]]>"
                                 "</description><link>https://www.zhihu.com/question/%u</link></item>\n",
                            titles[i], heats[i], i + 1);
  g_string_append (xml, "</channel></rss>\n");
  return g_string_free (xml, FALSE);
}

static HeraldTopicTrend
trend_of (Fixture    *fixture,
          const char *title)
{
  g_autoptr (GListModel) topics = herald_store_list_topics (fixture->store, NULL);
  guint n = g_list_model_get_n_items (topics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (topics, i);
      const HeraldHeatSample *samples;
      guint n_samples;

      if (!g_str_equal (herald_topic_get_title (topic), title))
        continue;

      g_assert_true (herald_store_load_topic_heat (fixture->store, topic, NULL));
      samples = herald_topic_get_heat (topic, &n_samples);
      return herald_topic_trend_compute (samples, n_samples);
    }

  g_assert_not_reached ();
  return HERALD_TOPIC_TREND_NONE;
}

static void
test_lifecycle (Fixture       *fixture,
                gconstpointer  data)
{
  const char *titles_1[] = { "#冬至吃什么#", "初雪", NULL };
  const char *titles_2[] = { "冬至吃什么", "初雪", NULL };    /* the same topic without its marks */
  const char *titles_4[] = { "初雪", NULL };
  const double heats_1[] = { 100, 500 };
  const double heats_2[] = { 300, 500 };
  const double heats_3[] = { 200, 510 };
  const double heats_4[] = { 520 };
  const struct {
    const char * const *titles;
    const double       *heats;
    guint               n_new, n_updated, n_gone;
    HeraldTopicTrend    trend;
  } steps[] = {
    { titles_1, heats_1, 2, 0, 0, HERALD_TOPIC_TREND_NEW },
    { titles_2, heats_2, 0, 2, 0, HERALD_TOPIC_TREND_RISING },
    { titles_2, heats_3, 0, 2, 0, HERALD_TOPIC_TREND_FALLING },
    { titles_4, heats_4, 0, 1, 1, HERALD_TOPIC_TREND_GONE },
    { titles_4, heats_4, 0, 1, 0, HERALD_TOPIC_TREND_GONE },
  };

  g_clear_pointer (&fixture->etag, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *xml = make_list (steps[i].titles, steps[i].heats);
      g_autoptr (HeraldFeedResult) result = NULL;

      set_body (fixture, xml);
      fixture->now = T0 + i * HERALD_FEED_DEFAULT_INTERVAL;
      result = refresh (fixture);
      g_assert_no_error (result->error);
      g_assert_cmpint (result->outcome, ==, HERALD_FEED_OUTCOME_UPDATED);
      g_assert_cmpuint (result->changes.n_new, ==, steps[i].n_new);
      g_assert_cmpuint (result->changes.n_updated, ==, steps[i].n_updated);
      g_assert_cmpuint (result->changes.n_gone, ==, steps[i].n_gone);
      /* The topic keeps the title it was first seen with. */
      g_assert_cmpint (trend_of (fixture, "#冬至吃什么#"), ==, steps[i].trend);
    }

  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, 2);
  g_assert_cmpint (trend_of (fixture, "初雪"), ==, HERALD_TOPIC_TREND_PEAK);
}

typedef struct {
  const char *name;
  ServeMode   mode;
  guint       status;
  const char *retry_after;
  const char *body;
  int         code;
} Failure;

static const Failure failures[] = {
  { "500", SERVE_STATUS, 500, NULL, NULL, HERALD_FEED_ERROR_HTTP },
  { "503-retry-after", SERVE_STATUS, 503, "7200", NULL, HERALD_FEED_ERROR_HTTP },
  { "timeout", SERVE_HANG, 0, NULL, NULL, HERALD_FEED_ERROR_TIMEOUT },
  { "slow-drip", SERVE_DRIP, 0, NULL, NULL, HERALD_FEED_ERROR_TIMEOUT },
  { "truncated", SERVE_TRUNCATED, 0, NULL, NULL, HERALD_FEED_ERROR_NETWORK },
  { "malformed", SERVE_FEED, 0, NULL,
    "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>broken</item></channel></rss>",
    HERALD_FEED_ERROR_MALFORMED },
  { "not-a-feed", SERVE_FEED, 0, NULL, "<html><body>login</body></html>", HERALD_FEED_ERROR_NOT_A_FEED },
  { "wrong-encoding", SERVE_FEED, 0, NULL, NULL, HERALD_FEED_ERROR_MALFORMED },
  { "huge", SERVE_HUGE, 0, NULL, NULL, HERALD_FEED_ERROR_TOO_LARGE },
};

static void
test_failure_keeps_topics (Fixture       *fixture,
                           gconstpointer  data)
{
  const Failure *failure = data;
  g_autoptr (HeraldFeedResult) good = NULL;
  g_autoptr (HeraldFeedResult) bad = NULL;
  g_autoptr (HeraldFeed) feed = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  good = refresh (fixture);
  g_assert_cmpint (good->outcome, ==, HERALD_FEED_OUTCOME_UPDATED);
  before = snapshot (fixture);
  g_assert_cmpuint (strlen (before), >, 0);

  fixture->mode = failure->mode;
  fixture->status = failure->status;
  fixture->retry_after = g_strdup (failure->retry_after);
  g_clear_pointer (&fixture->etag, g_free);
  if (failure->body != NULL)
    set_body (fixture, failure->body);
  if (g_str_equal (failure->name, "wrong-encoding"))
    {
      const char *text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                         "<rss version=\"2.0\"><channel><item><title>冬至吃饺子</title></item></channel></rss>";
      gsize length;
      g_autofree char *gbk = g_convert (text, -1, "GBK", "UTF-8", NULL, &length, NULL);

      g_clear_pointer (&fixture->body, g_bytes_unref);
      fixture->body = g_bytes_new (gbk, length);
    }

  fixture->now = T0 + HERALD_FEED_DEFAULT_INTERVAL;
  bad = refresh (fixture);
  g_assert_cmpint (bad->outcome, ==, HERALD_FEED_OUTCOME_FAILED);
  g_assert_error (bad->error, HERALD_FEED_ERROR, failure->code);
  g_test_message ("%s: %s", failure->name, bad->error->message);

  /* The topics are exactly as they were. */
  after = snapshot (fixture);
  g_assert_cmpstr (before, ==, after);

  feed = stored_feed (fixture);
  g_assert_cmpstr (herald_feed_get_last_error (feed), ==, bad->error->message);
  g_assert_cmpuint (herald_feed_get_failures (feed), ==, 1);
  g_assert_cmpint (herald_feed_get_listed_at (feed), ==, T0);
  g_assert_cmpint (bad->next_fetch_at, ==, herald_feed_get_next_fetch_at (feed));
  if (failure->retry_after != NULL)
    g_assert_cmpint (herald_feed_get_next_fetch_at (feed), ==, fixture->now + 7200);
  else
    g_assert_cmpint (herald_feed_get_next_fetch_at (feed), ==, fixture->now + HERALD_FEED_DEFAULT_INTERVAL);

  if (failure->mode == SERVE_HUGE)
    {
      /* Reading stopped near the limit, not at the end of the 50 MB. */
      g_assert_cmpuint (fixture->huge_sent, <, 2 * HERALD_FEED_MAX_BODY);
    }
}

/* Refresh, pressed by the user: a feed's interval does not hold it back
 * (an unchanged list costs a 304), but a feed backing off after a failure
 * still waits, as its server asked. */
static void
test_refresh_all (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (HeraldFeedResult) first = refresh (fixture);
  g_autoptr (HeraldFeedResult) early = NULL;
  g_autoptr (HeraldFeedResult) pressed = NULL;
  g_autoptr (HeraldFeedResult) failed = NULL;
  g_autoptr (HeraldFeedResult) waiting = NULL;

  g_assert_cmpint (first->outcome, ==, HERALD_FEED_OUTCOME_UPDATED);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  fixture->now = T0 + 60;
  early = refresh (fixture);
  g_assert_cmpint (early->outcome, ==, HERALD_FEED_OUTCOME_NOT_DUE);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  pressed = refresh_all (fixture);
  g_assert_no_error (pressed->error);
  g_assert_cmpint (pressed->outcome, ==, HERALD_FEED_OUTCOME_NOT_MODIFIED);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
  g_assert_cmpstr (fixture->if_none_match, ==, "\"v1\"");

  fixture->mode = SERVE_STATUS;
  fixture->status = 500;
  fixture->now = T0 + 120;
  failed = refresh_all (fixture);
  g_assert_cmpint (failed->outcome, ==, HERALD_FEED_OUTCOME_FAILED);
  g_assert_cmpuint (fixture->n_requests, ==, 3);
  g_assert_cmpint (failed->next_fetch_at, >, fixture->now + 60);

  fixture->now = T0 + 180;
  waiting = refresh_all (fixture);
  g_assert_cmpint (waiting->outcome, ==, HERALD_FEED_OUTCOME_NOT_DUE);
  g_assert_cmpuint (fixture->n_requests, ==, 3);
}

static void
test_backoff (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 wait = HERALD_FEED_DEFAULT_INTERVAL;
  g_autofree char *before = NULL;

  g_clear_pointer (&(HeraldFeedResult *) { refresh (fixture) }, herald_feed_result_free);
  before = snapshot (fixture);

  fixture->mode = SERVE_STATUS;
  fixture->status = 500;
  fixture->now = T0 + HERALD_FEED_DEFAULT_INTERVAL;
  for (guint i = 1; i <= 8; i++)
    {
      g_autoptr (HeraldFeedResult) result = refresh (fixture);
      g_autofree char *after = NULL;

      g_assert_cmpint (result->outcome, ==, HERALD_FEED_OUTCOME_FAILED);
      g_assert_cmpint (result->next_fetch_at - fixture->now, ==, MIN (wait, HERALD_FEED_MAX_BACKOFF));
      after = snapshot (fixture);
      g_assert_cmpstr (before, ==, after);

      fixture->now = result->next_fetch_at;
      wait *= 2;
    }

  /* Back, with the same list (304): the count starts again. */
  fixture->mode = SERVE_FEED;
  {
    g_autoptr (HeraldFeedResult) result = refresh (fixture);
    g_autoptr (HeraldFeed) feed = stored_feed (fixture);

    g_assert_cmpint (result->outcome, ==, HERALD_FEED_OUTCOME_NOT_MODIFIED);
    g_assert_cmpstr (fixture->if_none_match, ==, "\"v1\"");
    g_assert_cmpuint (herald_feed_get_failures (feed), ==, 0);
    g_assert_null (herald_feed_get_last_error (feed));
    g_assert_cmpint (herald_feed_get_next_fetch_at (feed), ==, fixture->now + HERALD_FEED_DEFAULT_INTERVAL);
  }
}

static void
test_too_large_declared (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr (HeraldFeedResult) result = NULL;

  herald_feed_fetcher_set_max_body (fixture->fetcher, 1024);
  result = refresh (fixture);
  g_assert_error (result->error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_TOO_LARGE);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, 0);
}

static void
test_redirect_followed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr (HeraldFeedResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *old = g_strconcat (fixture->base, "/old/zhihu", NULL);

  /* The feed moved: followed to where it is now. */
  herald_feed_set_url (fixture->feed, old);
  herald_store_save_feed (fixture->store, fixture->feed, &error);
  g_assert_no_error (error);

  result = refresh (fixture);
  g_assert_no_error (result->error);
  g_assert_cmpint (result->outcome, ==, HERALD_FEED_OUTCOME_UPDATED);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
  g_assert_cmpuint (result->changes.n_new, ==, 3);
}

static void
test_redirect_loop (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr (HeraldFeedResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *loop = g_strconcat (fixture->base, "/loop", NULL);

  herald_feed_set_url (fixture->feed, loop);
  herald_store_save_feed (fixture->store, fixture->feed, &error);
  g_assert_no_error (error);

  /* Endless: given up after a few. */
  result = refresh (fixture);
  g_assert_error (result->error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_HTTP);
  g_assert_cmpuint (fixture->n_requests, ==, HERALD_FEED_MAX_REDIRECTS + 1);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, 0);
}

static void
test_json_source (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (HeraldFeedResult) result = NULL;
  g_autoptr (GError) error = NULL;

  herald_feed_set_kind (fixture->feed, HERALD_FEED_KIND_JSON);
  herald_feed_set_mapping (fixture->feed,
                           "{\"items\": \"word_list\", \"title\": \"word\", \"heat\": \"hot_value\"}");
  herald_store_save_feed (fixture->store, fixture->feed, &error);
  g_assert_no_error (error);
  set_fixture_body (fixture, "douyin-billboard.json");

  result = refresh (fixture);
  g_assert_no_error (result->error);
  g_assert_cmpuint (result->changes.n_new, ==, 3);
}

static void
test_charset_header (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *text = "<?xml version=\"1.0\"?>"
                     "<rss version=\"2.0\"><channel><item><title>冬至吃饺子</title></item></channel></rss>";
  g_autoptr (HeraldFeedResult) result = NULL;
  g_autofree char *gbk = NULL;
  gsize length;

  /* Served as GBK by the header alone. */
  gbk = g_convert (text, -1, "GBK", "UTF-8", NULL, &length, NULL);
  g_clear_pointer (&fixture->body, g_bytes_unref);
  fixture->body = g_bytes_new (gbk, length);
  fixture->content_type = "text/xml; charset=GBK";

  result = refresh (fixture);
  g_assert_no_error (result->error);
  g_assert_cmpuint (result->changes.n_new, ==, 1);
  g_assert_cmpint (trend_of (fixture, "冬至吃饺子"), ==, HERALD_TOPIC_TREND_NEW);
}

static void
cancel_soon (GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void second_refresh_cb (GObject      *source,
                               GAsyncResult *res,
                               gpointer      user_data);

static void
start_second (Fixture *fixture)
{
  herald_feed_fetcher_refresh_async (fixture->fetcher, NULL, second_refresh_cb, &fixture->second_error);
}

static void
second_refresh_cb (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr (GPtrArray) results = herald_feed_fetcher_refresh_finish (HERALD_FEED_FETCHER (source), res, error);

  g_assert_null (results);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldFeed) feed = NULL;

  herald_feed_fetcher_set_timeout (fixture->fetcher, 30);
  fixture->mode = SERVE_HANG;
  g_timeout_add_once (100, (GSourceOnceFunc) cancel_soon, cancellable);

  herald_feed_fetcher_set_now (fixture->fetcher, fixture->now);
  g_timeout_add_once (20, (GSourceOnceFunc) start_second, fixture);
  results = herald_feed_fetcher_refresh (fixture->fetcher, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (results);

  /* A second refresh while the first runs is refused, not doubled. */
  while (fixture->second_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (fixture->second_error, G_IO_ERROR, G_IO_ERROR_PENDING);
  g_clear_error (&fixture->second_error);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  /* Stopping says nothing about the feed: no failure counted. */
  feed = stored_feed (fixture);
  g_assert_cmpuint (herald_feed_get_failures (feed), ==, 0);
  g_assert_null (herald_feed_get_last_error (feed));
}

/* Every real-shaped list, served as its source serves it */

typedef struct {
  const char     *file;
  const char     *path;
  const char     *content_type;
  HeraldFeedKind  kind;
  const char     *preset;     /* JSON: the preset whose mapping reads it */
  guint           n_topics;
  /* One topic checked by hand */
  const char     *title;
  double          heat;
  int             rank;
} Served;

static const Served served[] = {
  { "zhihu-hot.xml", "/zhihu/hot", "application/rss+xml; charset=utf-8", HERALD_FEED_KIND_RSS, NULL,
    3, "如何看待今年双十一的销售数据？", 33260000, 1 },
  { "weibo-hot.xml", "/weibo/search/hot", "application/xml; charset=utf-8", HERALD_FEED_KIND_RSS, NULL,
    4, "考研报名人数 <公布> — 教育部", 0, 3 },
  { "baidu-realtime.xml", "/baidu/top/realtime", "application/rss+xml", HERALD_FEED_KIND_RSS, NULL,
    2, "新能源汽车下乡活动启动", 0, 2 },
  { "bilibili-ranking.xml", "/bilibili/ranking/0/3/1", "application/rss+xml", HERALD_FEED_KIND_RSS, NULL,
    2, "【4K】用一年时间拍下四季的长白山", 0, 1 },
  { "atom.xml", "/news/atom", "application/atom+xml", HERALD_FEED_KIND_ATOM, NULL,
    2, "年终奖怎么发", -1, 2 },
  { "weibo-hotsearch.json", "/ajax/side/hotSearch", "application/json", HERALD_FEED_KIND_JSON, "weibo-json",
    3, "双十一预售开启", 4832156, 1 },
  { "douyin-billboard.json", "/aweme/v1/web/hot/search/list/", "application/json; charset=utf-8",
    HERALD_FEED_KIND_JSON, "douyin", 3, "双十一晚会", 11532467, 1 },
};

/* A topic's latest sample, by title. */
static gboolean
latest_sample (Fixture          *fixture,
               const char       *title,
               HeraldHeatSample *sample,
               guint            *n_samples)
{
  g_autoptr (GListModel) topics = herald_store_list_topics (fixture->store, NULL);
  guint n = g_list_model_get_n_items (topics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (topics, i);
      const HeraldHeatSample *samples;

      if (!g_str_equal (herald_topic_get_title (topic), title))
        continue;

      g_assert_true (herald_store_load_topic_heat (fixture->store, topic, NULL));
      samples = herald_topic_get_heat (topic, n_samples);
      g_assert_cmpuint (*n_samples, >, 0);
      *sample = samples[*n_samples - 1];
      return TRUE;
    }

  return FALSE;
}

static void
test_served (Fixture       *fixture,
             gconstpointer  data)
{
  const Served *serve = data;
  g_autofree char *url = g_strconcat (fixture->base, serve->path, NULL);
  g_autoptr (HeraldFeedResult) first = NULL;
  g_autoptr (HeraldFeedResult) second = NULL;
  g_autoptr (GPtrArray) parsed = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldFeed) feed = NULL;
  HeraldHeatSample sample;
  guint n_samples;

  herald_feed_set_url (fixture->feed, url);
  herald_feed_set_kind (fixture->feed, serve->kind);
  if (serve->preset != NULL)
    herald_feed_set_mapping (fixture->feed, herald_feed_preset_lookup (serve->preset)->mapping);
  herald_store_save_feed (fixture->store, fixture->feed, &error);
  g_assert_no_error (error);
  set_fixture_body (fixture, serve->file);
  fixture->content_type = serve->content_type;

  first = refresh (fixture);
  g_assert_no_error (first->error);
  g_assert_cmpint (first->outcome, ==, HERALD_FEED_OUTCOME_UPDATED);
  g_assert_cmpuint (first->changes.n_new, ==, serve->n_topics);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, serve->n_topics);
  g_assert_null (fixture->if_none_match);
  g_assert_null (fixture->if_modified_since);

  /* The one checked by hand. */
  g_assert_true (latest_sample (fixture, serve->title, &sample, &n_samples));
  g_assert_cmpuint (n_samples, ==, 1);
  g_assert_cmpint (sample.at, ==, T0);
  g_assert_cmpint (sample.rank, ==, serve->rank);
  if (serve->heat >= 0)
    g_assert_cmpfloat (sample.heat, ==, serve->heat);

  /* And every one as the parser reads the same bytes: title, heat, rank. */
  parsed = herald_feed_parse (serve->kind, serve->preset != NULL ? herald_feed_preset_lookup (serve->preset)->mapping : NULL,
                              NULL, fixture->body, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, serve->n_topics);
  for (guint i = 0; i < parsed->len; i++)
    {
      HeraldFeedItem *item = parsed->pdata[i];

      g_assert_true (latest_sample (fixture, item->title, &sample, &n_samples));
      g_assert_cmpfloat (sample.heat, ==, item->heat);
      g_assert_cmpint (sample.rank, ==, item->rank);
      g_assert_cmpint (sample.rank, ==, (int) i + 1);
    }

  feed = stored_feed (fixture);
  g_assert_cmpstr (herald_feed_get_etag (feed), ==, "\"v1\"");

  /* Again after the interval: asked conditionally, answered 304, and the
   * list's topics get a second sample as they were. */
  fixture->now = T0 + HERALD_FEED_DEFAULT_INTERVAL;
  second = refresh (fixture);
  g_assert_no_error (second->error);
  g_assert_cmpint (second->outcome, ==, HERALD_FEED_OUTCOME_NOT_MODIFIED);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
  g_assert_cmpstr (fixture->if_none_match, ==, "\"v1\"");
  g_assert_cmpstr (fixture->if_modified_since, ==, "Sat, 28 Nov 2026 07:59:00 GMT");
  g_assert_cmpuint (second->changes.n_new, ==, 0);
  g_assert_cmpuint (second->changes.n_updated, ==, serve->n_topics);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, serve->n_topics);
  g_assert_true (latest_sample (fixture, serve->title, &sample, &n_samples));
  g_assert_cmpuint (n_samples, ==, 2);
  g_assert_cmpint (sample.at, ==, T0 + HERALD_FEED_DEFAULT_INTERVAL);
  g_assert_cmpint (sample.rank, ==, serve->rank);
}

/* Each feed's own interval */

static void
save_interval (Fixture *fixture,
               guint    seconds)
{
  g_autoptr (GError) error = NULL;

  herald_feed_set_interval (fixture->feed, seconds);
  herald_store_save_feed (fixture->store, fixture->feed, &error);
  g_assert_no_error (error);
}

static void
test_interval_honoured (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr (HeraldFeedResult) first = NULL;
  g_autoptr (HeraldFeedResult) early = NULL;
  g_autoptr (HeraldFeedResult) due = NULL;
  g_autoptr (HeraldFeed) feed = NULL;

  save_interval (fixture, 2 * 60 * 60);
  feed = stored_feed (fixture);
  g_assert_cmpuint (herald_feed_get_interval (feed), ==, 2 * 60 * 60);

  first = refresh (fixture);
  g_assert_cmpint (first->outcome, ==, HERALD_FEED_OUTCOME_UPDATED);
  g_assert_cmpint (first->next_fetch_at, ==, T0 + 2 * 60 * 60);

  /* The default interval has passed, not this feed's: not asked. */
  fixture->now = T0 + HERALD_FEED_DEFAULT_INTERVAL + 60;
  early = refresh (fixture);
  g_assert_cmpint (early->outcome, ==, HERALD_FEED_OUTCOME_NOT_DUE);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  fixture->now = T0 + 2 * 60 * 60;
  due = refresh (fixture);
  g_assert_cmpint (due->outcome, ==, HERALD_FEED_OUTCOME_NOT_MODIFIED);
  g_assert_cmpuint (fixture->n_requests, ==, 2);
  g_assert_cmpint (due->next_fetch_at, ==, T0 + 4 * 60 * 60);
}

static void
test_interval_minimum (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr (HeraldFeed) feed = NULL;
  g_autoptr (HeraldFeedResult) first = NULL;
  g_autoptr (HeraldFeedResult) second = NULL;
  sqlite3 *db = NULL;

  /* Asked for less, given the minimum; more than a day is a day. */
  save_interval (fixture, 60);
  g_assert_cmpuint (herald_feed_get_interval (fixture->feed), ==, HERALD_FEED_MIN_INTERVAL);
  feed = stored_feed (fixture);
  g_assert_cmpuint (herald_feed_get_interval (feed), ==, HERALD_FEED_MIN_INTERVAL);
  g_clear_object (&feed);
  save_interval (fixture, 7 * 24 * 60 * 60);
  g_assert_cmpuint (herald_feed_get_interval (fixture->feed), ==, HERALD_FEED_MAX_INTERVAL);

  /* A database that says 10 seconds (written by hand) is read as the
   * minimum, and the fetcher keeps to it. */
  g_assert_cmpint (sqlite3_open (fixture->db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE feeds SET interval = 10", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  feed = stored_feed (fixture);
  g_assert_cmpuint (herald_feed_get_interval (feed), ==, HERALD_FEED_MIN_INTERVAL);

  first = refresh (fixture);
  g_assert_cmpint (first->next_fetch_at, ==, T0 + HERALD_FEED_MIN_INTERVAL);
  fixture->now = T0 + 10;
  second = refresh (fixture);
  g_assert_cmpint (second->outcome, ==, HERALD_FEED_OUTCOME_NOT_DUE);
  g_assert_cmpuint (fixture->n_requests, ==, 1);
}

/* Test in Preferences: the fetcher's session and limits, nothing written */

static void
probed_cb (GObject      *source,
           GAsyncResult *res,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (res);
}

static GPtrArray *
probe (Fixture  *fixture,
       GError  **error)
{
  g_autoptr (GAsyncResult) res = NULL;
  g_autoptr (HeraldFeed) feed = stored_feed (fixture);

  herald_feed_probe_async (fixture->fetcher, feed, NULL, probed_cb, &res);
  while (res == NULL)
    g_main_context_iteration (NULL, TRUE);

  return herald_feed_probe_finish (res, error);
}

/* The feed's fetch state, as text, to compare before and after. */
static char *
feed_state (Fixture *fixture)
{
  g_autoptr (HeraldFeed) feed = stored_feed (fixture);

  return g_strdup_printf ("%s|%s|%s|%" G_GINT64_FORMAT "|%u|%" G_GINT64_FORMAT,
                          herald_feed_get_etag (feed), herald_feed_get_last_modified (feed),
                          herald_feed_get_last_error (feed), herald_feed_get_next_fetch_at (feed),
                          herald_feed_get_failures (feed), herald_feed_get_listed_at (feed));
}

static void
test_probe_works (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (HeraldFeedResult) first = refresh (fixture);
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *topics_before = snapshot (fixture);
  g_autofree char *state_before = feed_state (fixture);
  g_autofree char *topics_after = NULL;
  g_autofree char *state_after = NULL;

  g_assert_cmpint (first->outcome, ==, HERALD_FEED_OUTCOME_UPDATED);
  g_clear_pointer (&fixture->user_agent, g_free);

  /* Not due, and with an ETag the server would 304: the probe asks
   * anyway, without conditions, as Herald. */
  items = probe (fixture, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (((HeraldFeedItem *) items->pdata[0])->title, ==, "如何看待今年双十一的销售数据？");
  g_assert_cmpuint (fixture->n_requests, ==, 2);
  g_assert_null (fixture->if_none_match);
  g_assert_null (fixture->if_modified_since);
  g_assert_cmpstr (fixture->user_agent, ==, "Herald/" PACKAGE_VERSION);

  topics_after = snapshot (fixture);
  state_after = feed_state (fixture);
  g_assert_cmpstr (topics_before, ==, topics_after);
  g_assert_cmpstr (state_before, ==, state_after);
}

typedef struct {
  const char *name;
  ServeMode   mode;
  guint       status;
  gsize       max_body;     /* 0: the fetcher's default */
  int         code;
  const char *says;         /* in the message */
} ProbeFailure;

static const ProbeFailure probe_failures[] = {
  { "huge", SERVE_HUGE, 0, 0, HERALD_FEED_ERROR_TOO_LARGE, "larger than 8.0" },
  { "max-body", SERVE_FEED, 0, 1024, HERALD_FEED_ERROR_TOO_LARGE, "larger than 1.0" },
  { "never-answers", SERVE_HANG, 0, 0, HERALD_FEED_ERROR_TIMEOUT, "took too long" },
  { "slow-drip", SERVE_DRIP, 0, 0, HERALD_FEED_ERROR_TIMEOUT, "took too long" },
  { "503", SERVE_STATUS, 503, 0, HERALD_FEED_ERROR_HTTP, "503" },
  { "not-a-feed", SERVE_FEED, 0, 0, HERALD_FEED_ERROR_NOT_A_FEED, NULL },
};

static void
test_probe_failure (Fixture       *fixture,
                    gconstpointer  data)
{
  const ProbeFailure *failure = data;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *state_before = feed_state (fixture);
  g_autofree char *state_after = NULL;
  gint64 started;
  double seconds;

  fixture->mode = failure->mode;
  fixture->status = failure->status;
  if (failure->max_body > 0)
    herald_feed_fetcher_set_max_body (fixture->fetcher, failure->max_body);
  if (g_str_equal (failure->name, "not-a-feed"))
    set_body (fixture, "<html><body>login</body></html>");

  started = g_get_monotonic_time ();
  items = probe (fixture, &error);
  seconds = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;
  g_test_message ("%s: %s after %.1f s", failure->name, error != NULL ? error->message : "(none)", seconds);
  g_assert_null (items);
  g_assert_error (error, HERALD_FEED_ERROR, failure->code);
  if (failure->says != NULL)
    g_assert_nonnull (strstr (error->message, failure->says));
  /* A test is not retried: no promise to try again later. */
  g_assert_null (strstr (error->message, "try again"));

  /* The fetcher's limits, not the old 30 s of a session of its own: one
   * second each step, four for the whole. */
  g_assert_cmpfloat (seconds, <, 4 * HERALD_FEED_DEADLINE_FACTOR + 3);
  if (failure->mode == SERVE_DRIP)
    g_assert_cmpfloat (seconds, >=, HERALD_FEED_DEADLINE_FACTOR - 0.5);
  if (failure->mode == SERVE_HUGE)
    g_assert_cmpuint (fixture->huge_sent, <, 2 * HERALD_FEED_MAX_BODY);

  /* Nothing recorded, not even the failure. */
  state_after = feed_state (fixture);
  g_assert_cmpstr (state_before, ==, state_after);
  g_assert_cmpint (herald_store_count (fixture->store, HERALD_RECORD_TOPIC, NULL), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/feeds/fetch/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("first-then-not-modified", test_first_then_not_modified, NULL);
  ADD ("lifecycle", test_lifecycle, NULL);
  ADD ("backoff", test_backoff, NULL);
  ADD ("refresh-all", test_refresh_all, NULL);
  ADD ("too-large-declared", test_too_large_declared, NULL);
  ADD ("redirect", test_redirect_followed, NULL);
  ADD ("redirect-loop", test_redirect_loop, NULL);
  ADD ("json", test_json_source, NULL);
  ADD ("charset-header", test_charset_header, NULL);
  ADD ("cancel", test_cancel, NULL);
  ADD ("interval/honoured", test_interval_honoured, NULL);
  ADD ("interval/minimum", test_interval_minimum, NULL);
  ADD ("probe/works", test_probe_works, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (served); i++)
    {
      g_autofree char *path = g_strdup_printf ("/feeds/fetch/served/%s", served[i].file);

      g_test_add (path, Fixture, &served[i], fixture_set_up, test_served, fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (probe_failures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/feeds/fetch/probe/%s", probe_failures[i].name);

      g_test_add (path, Fixture, &probe_failures[i], fixture_set_up, test_probe_failure, fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/feeds/fetch/failure/%s", failures[i].name);

      g_test_add (path, Fixture, &failures[i], fixture_set_up, test_failure_keeps_topics, fixture_tear_down);
    }

#undef ADD

  return g_test_run ();
}
