/* caldav-test-server.c — a tiny in-memory CalDAV collection on loopback
 *
 * One collection at /cal/: PROPFIND, REPORT (sync-collection and
 * calendar-multiget), GET, PUT and DELETE with etag checks, plus faults
 * injected on request.  The server runs in its own thread and main
 * context, so that blocking clients can talk to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "caldav-test-server.h"

#define COLLECTION "/cal/"

typedef struct {
  char  *data;
  char  *etag;
  guint  version;
  gboolean deleted;
} Item;

struct _CaldavTestServer
{
  GMutex        lock;
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  char         *base;
  char         *collection;

  GHashTable   *items;        /* name → Item */
  guint         version;
  guint         n_etags;
  guint         n_requests;
  gboolean      no_sync_collection;
  gboolean      events_only;   /* refuse journal entries, as a VEVENT-only calendar does */
  guint         delay_ms;
  char         *redirect_to;   /* FAULT_REDIRECT_AWAY: where */
  guint         n_authorized;  /* requests that carried Authorization */

  char         *fault_method;
  Fault         fault;
  int           fault_times;  /* < 0: always */
  GPtrArray    *held;
};

static void
item_free (Item *item)
{
  g_free (item->data);
  g_free (item->etag);
  g_free (item);
}

static void
take_over (CaldavTestServer  *self,
           SoupServerMessage *msg,
           const char        *raw,
           gboolean           close)
{
  GIOStream *stream = soup_server_message_steal_connection (msg);

  if (raw != NULL)
    g_output_stream_write_all (g_io_stream_get_output_stream (stream), raw, strlen (raw), NULL, NULL, NULL);
  if (close)
    g_io_stream_close (stream, NULL, NULL);
  g_ptr_array_add (self->held, stream);
}

static void
set_xml (SoupServerMessage *msg,
         GString           *xml)
{
  soup_server_message_set_status (msg, 207, NULL);
  soup_server_message_set_response (msg, "application/xml; charset=utf-8", SOUP_MEMORY_COPY, xml->str, xml->len);
}

static void
append_item (GString    *xml,
             const char *name,
             Item       *item,
             gboolean    with_data)
{
  if (item == NULL || item->deleted)
    {
      g_string_append_printf (xml, "<d:response><d:href>" COLLECTION "%s</d:href>"
                                   "<d:status>HTTP/1.1 404 Not Found</d:status></d:response>", name);
      return;
    }

  g_string_append_printf (xml, "<d:response><d:href>" COLLECTION "%s</d:href><d:propstat><d:prop>"
                               "<d:getetag>%s</d:getetag>", name, item->etag);
  if (with_data)
    {
      g_autofree char *escaped = g_markup_escape_text (item->data, -1);

      g_string_append_printf (xml, "<c:calendar-data>%s</c:calendar-data>", escaped);
    }
  g_string_append (xml, "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>");
}

static GString *
begin_multistatus (void)
{
  return g_string_new ("<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\" "
                       "xmlns:c=\"urn:ietf:params:xml:ns:caldav\">");
}

static const char *
name_of (const char *path)
{
  return g_str_has_prefix (path, COLLECTION) ? path + strlen (COLLECTION) : NULL;
}

static void
handle (CaldavTestServer  *self,
        SoupServerMessage *msg,
        const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  g_autoptr (GBytes) body_bytes = soup_message_body_flatten (body);
  const char *text = g_bytes_get_data (body_bytes, NULL);
  const char *name = name_of (path);
  Item *item = name != NULL && *name != '\0' ? g_hash_table_lookup (self->items, name) : NULL;
  const char *if_match = soup_message_headers_get_one (request, "If-Match");
  const char *if_none = soup_message_headers_get_one (request, "If-None-Match");

  if (text == NULL)
    text = "";
  if (g_getenv ("CALDAV_TEST_DEBUG") != NULL)
    g_printerr ("%s %s (%zu bytes)\n", method, path, strlen (text));

  if (name == NULL)
    {
      soup_server_message_set_status (msg, 404, NULL);
      return;
    }

  if (g_str_equal (method, "PROPFIND"))
    {
      g_autoptr (GString) xml = begin_multistatus ();
      const char *depth = soup_message_headers_get_one (request, "Depth");

      if (*name == '\0')
        {
          g_string_append_printf (xml, "<d:response><d:href>" COLLECTION "</d:href><d:propstat><d:prop>"
                                       "<d:resourcetype><d:collection/><c:calendar/></d:resourcetype>"
                                       "<cs:getctag xmlns:cs=\"http://calendarserver.org/ns/\">c%u</cs:getctag>"
                                       "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>",
                                  self->version);
          if (g_strcmp0 (depth, "1") == 0)
            {
              GHashTableIter iter;
              gpointer key, value;

              g_hash_table_iter_init (&iter, self->items);
              while (g_hash_table_iter_next (&iter, &key, &value))
                if (!((Item *) value)->deleted)
                  append_item (xml, key, value, FALSE);
            }
        }
      else if (item == NULL || item->deleted)
        {
          soup_server_message_set_status (msg, 404, NULL);
          return;
        }
      else
        {
          append_item (xml, name, item, FALSE);
        }
      g_string_append (xml, "</d:multistatus>");
      set_xml (msg, xml);
    }
  else if (g_str_equal (method, "REPORT") && strstr (text, "sync-collection") != NULL)
    {
      g_autoptr (GString) xml = begin_multistatus ();
      g_autoptr (GMatchInfo) match = NULL;
      g_autoptr (GRegex) regex = g_regex_new ("<d:sync-token>([^<]*)</d:sync-token>", 0, 0, NULL);
      guint since = 0;
      GHashTableIter iter;
      gpointer key, value;

      if (self->no_sync_collection)
        {
          soup_server_message_set_status (msg, 501, NULL);
          return;
        }

      if (g_regex_match (regex, text, 0, &match))
        {
          g_autofree char *token = g_match_info_fetch (match, 1);

          if (*token != '\0')
            {
              if (!g_str_has_prefix (token, "tok-") || (since = atoi (token + 4)) > self->version)
                {
                  soup_server_message_set_status (msg, 403, NULL);
                  soup_server_message_set_response (msg, "application/xml", SOUP_MEMORY_STATIC,
                                                    "<d:error xmlns:d=\"DAV:\"><d:valid-sync-token/></d:error>", 53);
                  return;
                }
            }
        }

      g_hash_table_iter_init (&iter, self->items);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          Item *it = value;

          if (it->version > since && !(since == 0 && it->deleted))
            append_item (xml, key, it, FALSE);
        }
      g_string_append_printf (xml, "<d:sync-token>tok-%u</d:sync-token></d:multistatus>", self->version);
      set_xml (msg, xml);
    }
  else if (g_str_equal (method, "REPORT"))
    {
      g_autoptr (GString) xml = begin_multistatus ();
      g_autoptr (GMatchInfo) match = NULL;
      g_autoptr (GRegex) regex = g_regex_new ("<d:href>" COLLECTION "([^<]*)</d:href>", 0, 0, NULL);

      g_regex_match (regex, text, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *wanted = g_match_info_fetch (match, 1);

          append_item (xml, wanted, g_hash_table_lookup (self->items, wanted), TRUE);
          g_match_info_next (match, NULL);
        }
      g_string_append (xml, "</d:multistatus>");
      set_xml (msg, xml);
    }
  else if (g_str_equal (method, "GET"))
    {
      if (item == NULL || item->deleted)
        {
          soup_server_message_set_status (msg, 404, NULL);
          return;
        }
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "ETag", item->etag);
      soup_server_message_set_response (msg, "text/calendar", SOUP_MEMORY_COPY, item->data, strlen (item->data));
    }
  else if (g_str_equal (method, "PUT"))
    {
      gboolean exists = item != NULL && !item->deleted;

      if (self->events_only && strstr (text, "BEGIN:VJOURNAL") != NULL)
        {
          soup_server_message_set_status (msg, 403, NULL);
          return;
        }
      if ((if_none != NULL && exists) ||
          (if_match != NULL && (!exists || g_strcmp0 (if_match, item->etag) != 0)))
        {
          soup_server_message_set_status (msg, exists || if_none != NULL ? 412 : 404, NULL);
          return;
        }
      if (item == NULL)
        {
          item = g_new0 (Item, 1);
          g_hash_table_insert (self->items, g_strdup (name), item);
        }
      g_free (item->data);
      g_free (item->etag);
      item->data = g_strdup (text);
      item->etag = g_strdup_printf ("\"e%u\"", ++self->n_etags);
      item->version = ++self->version;
      item->deleted = FALSE;
      soup_server_message_set_status (msg, exists ? 204 : 201, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "ETag", item->etag);
    }
  else if (g_str_equal (method, "DELETE"))
    {
      if (item == NULL || item->deleted)
        {
          soup_server_message_set_status (msg, 404, NULL);
          return;
        }
      if (if_match != NULL && g_strcmp0 (if_match, item->etag) != 0)
        {
          soup_server_message_set_status (msg, 412, NULL);
          return;
        }
      item->deleted = TRUE;
      item->version = ++self->version;
      soup_server_message_set_status (msg, 204, NULL);
    }
  else
    {
      soup_server_message_set_status (msg, 405, NULL);
    }
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  CaldavTestServer *self = user_data;
  const char *method = soup_server_message_get_method (msg);
  Fault fault = FAULT_NONE;

  if (self->delay_ms > 0)
    g_usleep (self->delay_ms * 1000);

  g_mutex_lock (&self->lock);
  self->n_requests++;
  if (soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization") != NULL)
    self->n_authorized++;
  if (self->fault != FAULT_NONE && self->fault_times != 0 &&
      (self->fault_method == NULL || g_str_equal (self->fault_method, method)))
    {
      fault = self->fault;
      if (self->fault_times > 0)
        self->fault_times--;
    }

  switch (fault)
    {
    case FAULT_NONE:
      handle (self, msg, path);
      break;
    case FAULT_500:
      soup_server_message_set_status (msg, 500, NULL);
      break;
    case FAULT_503_RETRY_AFTER:
      soup_server_message_set_status (msg, 503, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "1");
      break;
    case FAULT_401:
      soup_server_message_set_status (msg, 401, NULL);
      break;
    case FAULT_403:
      soup_server_message_set_status (msg, 403, NULL);
      break;
    case FAULT_404:
      soup_server_message_set_status (msg, 404, NULL);
      break;
    case FAULT_TIMEOUT:
      take_over (self, msg, NULL, FALSE);
      break;
    case FAULT_RESET:
      take_over (self, msg, NULL, TRUE);
      break;
    case FAULT_RESET_AFTER:
      handle (self, msg, path);
      take_over (self, msg, NULL, TRUE);
      break;
    case FAULT_TRUNCATED:
      take_over (self, msg,
                 "HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\nContent-Length: 5000\r\n\r\n"
                 "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response>", TRUE);
      break;
    case FAULT_MALFORMED:
      soup_server_message_set_status (msg, 207, NULL);
      soup_server_message_set_response (msg, "application/xml", SOUP_MEMORY_STATIC,
                                        "<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>", 47);
      break;
    case FAULT_WRONG_TYPE:
      soup_server_message_set_status (msg, 207, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, "<p>hello</p>", 12);
      break;
    case FAULT_REDIRECT_LOOP:
      soup_server_message_set_redirect (msg, 302, path);
      break;
    case FAULT_REDIRECT_AWAY:
      {
        g_autofree char *to = g_strconcat (self->redirect_to, path, NULL);

        soup_server_message_set_redirect (msg, 307, to);
      }
      break;
    case FAULT_BAD_TOKEN:
      soup_server_message_set_status (msg, 409, NULL);
      soup_server_message_set_response (msg, "application/xml", SOUP_MEMORY_STATIC,
                                        "<d:error xmlns:d=\"DAV:\"><d:valid-sync-token/></d:error>", 53);
      break;
    default:
      g_assert_not_reached ();
    }
  g_mutex_unlock (&self->lock);
}

static gpointer
server_thread (gpointer data)
{
  CaldavTestServer *self = data;

  g_main_context_push_thread_default (self->context);
  g_main_loop_run (self->loop);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

CaldavTestServer *
caldav_test_server_new (void)
{
  return caldav_test_server_new_tls (NULL);
}

/* Over HTTPS with @certificate (its own, that no authority vouches for);
 * plain HTTP when %NULL. */
CaldavTestServer *
caldav_test_server_new_tls (GTlsCertificate *certificate)
{
  CaldavTestServer *self = g_new0 (CaldavTestServer, 1);
  g_autoptr (GError) error = NULL;
  GSList *uris;

  g_mutex_init (&self->lock);
  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) item_free);
  self->held = g_ptr_array_new_with_free_func (g_object_unref);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);

  g_main_context_push_thread_default (self->context);
  self->server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (self->server, NULL, server_cb, self, NULL);
  soup_server_listen_local (self->server, 0,
                            SOUP_SERVER_LISTEN_IPV4_ONLY | (certificate != NULL ? SOUP_SERVER_LISTEN_HTTPS : 0),
                            &error);
  g_assert_no_error (error);
  g_main_context_pop_thread_default (self->context);

  uris = soup_server_get_uris (self->server);
  self->base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  if (g_str_has_suffix (self->base, "/"))
    self->base[strlen (self->base) - 1] = '\0';
  self->collection = g_strconcat (self->base, COLLECTION, NULL);

  self->thread = g_thread_new ("caldav-test-server", server_thread, self);
  return self;
}

static gboolean
quit_cb (gpointer data)
{
  CaldavTestServer *self = data;

  soup_server_disconnect (self->server);
  g_ptr_array_set_size (self->held, 0);
  g_main_loop_quit (self->loop);
  return G_SOURCE_REMOVE;
}

void
caldav_test_server_free (CaldavTestServer *self)
{
  g_main_context_invoke (self->context, quit_cb, self);
  g_thread_join (self->thread);
  g_clear_object (&self->server);
  g_main_loop_unref (self->loop);
  /* Let the closed connections go. */
  while (g_main_context_iteration (self->context, FALSE))
    ;
  g_main_context_unref (self->context);
  g_ptr_array_unref (self->held);
  g_hash_table_unref (self->items);
  g_free (self->fault_method);
  g_free (self->redirect_to);
  g_free (self->base);
  g_free (self->collection);
  g_mutex_clear (&self->lock);
  g_free (self);
}

const char *
caldav_test_server_get_collection (CaldavTestServer *self)
{
  return self->collection;
}

void
caldav_test_server_set_fault (CaldavTestServer *self,
                              const char       *method,
                              Fault             fault,
                              int               times)
{
  g_mutex_lock (&self->lock);
  g_free (self->fault_method);
  self->fault_method = g_strdup (method);
  self->fault = fault;
  self->fault_times = times;
  g_mutex_unlock (&self->lock);
}

guint
caldav_test_server_count_items (CaldavTestServer *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_mutex_lock (&self->lock);
  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += !((Item *) value)->deleted;
  g_mutex_unlock (&self->lock);
  return n;
}

char *
caldav_test_server_get_item (CaldavTestServer *self,
                             const char       *name)
{
  Item *item;
  char *data = NULL;

  g_mutex_lock (&self->lock);
  item = g_hash_table_lookup (self->items, name);
  if (item != NULL && !item->deleted)
    data = g_strdup (item->data);
  g_mutex_unlock (&self->lock);
  return data;
}

void
caldav_test_server_put_item (CaldavTestServer *self,
                             const char       *name,
                             const char       *ical)
{
  caldav_test_server_put_item_full (self, name, ical, FALSE);
}

/* @unlisted: the change does not show in sync-collection, as if it had
 * landed between a client's REPORT and its PUT. */
void
caldav_test_server_put_item_full (CaldavTestServer *self,
                                  const char       *name,
                                  const char       *ical,
                                  gboolean          unlisted)
{
  Item *item;

  g_mutex_lock (&self->lock);
  item = g_hash_table_lookup (self->items, name);
  if (item == NULL)
    {
      item = g_new0 (Item, 1);
      g_hash_table_insert (self->items, g_strdup (name), item);
    }
  g_free (item->data);
  g_free (item->etag);
  item->data = g_strdup (ical);
  item->etag = g_strdup_printf ("\"e%u\"", ++self->n_etags);
  if (!unlisted)
    item->version = ++self->version;
  item->deleted = FALSE;
  g_mutex_unlock (&self->lock);
}

void
caldav_test_server_delete_item (CaldavTestServer *self,
                                const char       *name)
{
  Item *item;

  g_mutex_lock (&self->lock);
  item = g_hash_table_lookup (self->items, name);
  if (item != NULL)
    {
      item->deleted = TRUE;
      item->version = ++self->version;
    }
  g_mutex_unlock (&self->lock);
}

guint
caldav_test_server_count_requests (CaldavTestServer *self)
{
  guint n;

  g_mutex_lock (&self->lock);
  n = self->n_requests;
  g_mutex_unlock (&self->lock);
  return n;
}

void
caldav_test_server_set_no_sync_collection (CaldavTestServer *self,
                                           gboolean          no)
{
  g_mutex_lock (&self->lock);
  self->no_sync_collection = no;
  g_mutex_unlock (&self->lock);
}

void
caldav_test_server_set_events_only (CaldavTestServer *self,
                                    gboolean          events_only)
{
  g_mutex_lock (&self->lock);
  self->events_only = events_only;
  g_mutex_unlock (&self->lock);
}

void
caldav_test_server_set_delay (CaldavTestServer *self,
                              guint             ms)
{
  self->delay_ms = ms;
}

/* Sends every request to the same path on @base (FAULT_REDIRECT_AWAY). */
void
caldav_test_server_set_redirect_to (CaldavTestServer *self,
                                    const char       *base)
{
  g_mutex_lock (&self->lock);
  g_free (self->redirect_to);
  self->redirect_to = g_strdup (base);
  g_mutex_unlock (&self->lock);
}

const char *
caldav_test_server_get_base (CaldavTestServer *self)
{
  return self->base;
}

guint
caldav_test_server_count_authorized (CaldavTestServer *self)
{
  guint n;

  g_mutex_lock (&self->lock);
  n = self->n_authorized;
  g_mutex_unlock (&self->lock);
  return n;
}
