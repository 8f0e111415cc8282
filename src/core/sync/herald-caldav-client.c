/* herald-caldav-client.c — a WebDAV / CalDAV client
 *
 * One SoupSession per client.  The calls block and are meant for a worker
 * thread (the sync engine runs in one); each can be cancelled.  Redirects
 * are followed by hand and bounded; 5xx, 429 and network failures are
 * retried with exponential back-off, honouring Retry-After; everything
 * else becomes a GError in HERALD_CALDAV_ERROR that says what happened.
 * Finding the calendar to sync with is in herald-caldav-discovery.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-caldav"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <libxml/tree.h>

#include "herald-caldav-client.h"

#define MAX_REDIRECTS 5

struct _HeraldCaldavClient
{
  GObject      parent_instance;

  SoupSession *session;
  char        *base_url;
  char        *authorization;   /* "Basic …", or NULL */

  guint        attempts;
  guint        first_delay_ms;
  guint        max_delay_ms;
  guint        n_requests;      /* atomic */
  guint        retry_after_ms;  /* atomic: of the last request that gave up */

  /* A certificate no authority vouches for is taken only when its SHA-256
   * is the one the user chose to trust. */
  GMutex       lock;
  char        *trusted_fingerprint;
  char        *offered_fingerprint;   /* of the last one refused */
};

G_DEFINE_FINAL_TYPE (HeraldCaldavClient, herald_caldav_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (herald-caldav-error-quark, herald_caldav_error)

typedef struct {
  guint   status;
  GBytes *body;
  char   *etag;
  char   *content_type;
  char   *url;                /* after redirects */
} Response;

static void
response_free (Response *response)
{
  if (response == NULL)
    return;

  g_clear_pointer (&response->body, g_bytes_unref);
  g_free (response->etag);
  g_free (response->content_type);
  g_free (response->url);
  g_free (response);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Response, response_free)

static const char *
body_text (Response *response,
           gsize    *length)
{
  if (response->body == NULL)
    {
      *length = 0;
      return "";
    }

  return g_bytes_get_data (response->body, length);
}

static gboolean
wait_cancellable (guint         ms,
                  GCancellable *cancellable,
                  GError      **error)
{
  gint64 until = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      g_usleep (MIN (20000, MAX (until - g_get_monotonic_time (), 0)));
    }

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static guint
retry_after_ms (SoupMessage *message)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (message), "Retry-After");
  g_autoptr (GDateTime) date = NULL;
  g_autoptr (GDateTime) now = NULL;
  char *end;
  guint64 seconds;

  if (value == NULL)
    return 0;

  seconds = g_ascii_strtoull (value, &end, 10);
  if (end != value && *end == '\0')
    return (guint) MIN (seconds, G_MAXUINT / 1000) * 1000;

  date = soup_date_time_new_from_http_string (value);
  if (date == NULL)
    return 0;
  now = g_date_time_new_now_utc ();
  return (guint) CLAMP (g_date_time_difference (date, now) / 1000, 0, G_MAXINT);
}

static gboolean
same_origin (const char *a,
             const char *b)
{
  g_autoptr (GUri) x = g_uri_parse (a, SOUP_HTTP_URI_FLAGS, NULL);
  g_autoptr (GUri) y = g_uri_parse (b, SOUP_HTTP_URI_FLAGS, NULL);

  return x != NULL && y != NULL &&
         g_strcmp0 (g_uri_get_scheme (x), g_uri_get_scheme (y)) == 0 &&
         g_ascii_strcasecmp (g_uri_get_host (x), g_uri_get_host (y)) == 0 &&
         g_uri_get_port (x) == g_uri_get_port (y);
}

static gboolean
is_redirect (guint status)
{
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

static gboolean
is_transient (guint status)
{
  return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

/* libsoup sends a message again by itself when a kept-alive connection
 * turns out closed; the body stream is spent by then, so give it anew. */
static void
message_restarted_cb (SoupMessage *message,
                      gpointer     user_data)
{
  GBytes *body = g_object_get_data (G_OBJECT (message), "herald-body");
  const char *content_type = g_object_get_data (G_OBJECT (message), "herald-content-type");

  if (body != NULL)
    soup_message_set_request_body_from_bytes (message, content_type, body);
}

/**
 * herald_caldav_certificate_fingerprint:
 * @certificate: a certificate
 *
 * Returns: (transfer full): the SHA-256 of its DER form, as upper-case
 *   hexadecimal pairs joined by colons, as browsers show it
 */
char *
herald_caldav_certificate_fingerprint (GTlsCertificate *certificate)
{
  g_autoptr (GByteArray) der = NULL;
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr (GString) text = g_string_new (NULL);
  guint8 digest[32];
  gsize length = sizeof digest;

  g_return_val_if_fail (G_IS_TLS_CERTIFICATE (certificate), NULL);

  g_object_get (certificate, "certificate", &der, NULL);
  if (der == NULL)
    return NULL;
  g_checksum_update (checksum, der->data, der->len);
  g_checksum_get_digest (checksum, digest, &length);
  for (gsize i = 0; i < length; i++)
    g_string_append_printf (text, "%s%02X", i > 0 ? ":" : "", digest[i]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
accept_certificate_cb (SoupMessage          *message,
                       GTlsCertificate      *certificate,
                       GTlsCertificateFlags  errors,
                       HeraldCaldavClient   *self)
{
  g_autofree char *fingerprint = herald_caldav_certificate_fingerprint (certificate);
  gboolean trusted;

  g_mutex_lock (&self->lock);
  trusted = fingerprint != NULL && self->trusted_fingerprint != NULL &&
            g_ascii_strcasecmp (fingerprint, self->trusted_fingerprint) == 0;
  if (!trusted)
    g_set_str (&self->offered_fingerprint, fingerprint);
  g_mutex_unlock (&self->lock);

  return trusted;
}

static Response *
send (HeraldCaldavClient  *self,
      const char          *method,
      const char          *url,
      const char * const  *headers,      /* name, value, …, NULL */
      const char          *content_type,
      const char          *body,
      GCancellable        *cancellable,
      GError             **error)
{
  g_autoptr (GBytes) request_body = body != NULL ? g_bytes_new (body, strlen (body)) : NULL;
  g_autoptr (GError) last_error = NULL;
  guint delay = self->first_delay_ms;
  guint last_wait_ms = 0;

  for (guint attempt = 0; attempt < MAX (self->attempts, 1); attempt++)
    {
      g_autofree char *current = g_strdup (url);
      guint wait_ms = 0;

      g_clear_error (&last_error);

      for (guint redirects = 0;; redirects++)
        {
          g_autoptr (SoupMessage) message = NULL;
          g_autoptr (GBytes) bytes = NULL;
          g_autoptr (GError) local_error = NULL;
          SoupMessageHeaders *request_headers;
          gint64 started;
          guint status;

          message = soup_message_new (method, current);
          if (message == NULL)
            {
              g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_FAILED,
                           _("“%s” is not a web address Herald can use"), current);
              return NULL;
            }
          soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
          request_headers = soup_message_get_request_headers (message);
          /* The password goes only to the server it is for, never to
           * another host a redirect names. */
          if (self->authorization != NULL && same_origin (self->base_url, current))
            soup_message_headers_replace (request_headers, "Authorization", self->authorization);
          for (guint i = 0; headers != NULL && headers[i] != NULL && headers[i + 1] != NULL; i += 2)
            soup_message_headers_replace (request_headers, headers[i], headers[i + 1]);
          if (request_body != NULL)
            {
              soup_message_set_request_body_from_bytes (message, content_type, request_body);
              g_object_set_data_full (G_OBJECT (message), "herald-body",
                                      g_bytes_ref (request_body), (GDestroyNotify) g_bytes_unref);
              g_object_set_data_full (G_OBJECT (message), "herald-content-type",
                                      g_strdup (content_type), g_free);
              g_signal_connect (message, "restarted", G_CALLBACK (message_restarted_cb), NULL);
            }

          g_signal_connect (message, "accept-certificate", G_CALLBACK (accept_certificate_cb), self);
          g_atomic_int_inc (&self->n_requests);
          started = g_get_monotonic_time ();
          bytes = soup_session_send_and_read (self->session, message, cancellable, &local_error);
          /* G_MESSAGES_DEBUG=herald-caldav: what each request took (never
           * its headers: they carry the password). */
          g_debug ("%s %s: %u in %.1f ms, %" G_GSIZE_FORMAT " bytes", method, g_uri_get_path (soup_message_get_uri (message)),
                   soup_message_get_status (message), (g_get_monotonic_time () - started) / 1000.0,
                   bytes != NULL ? g_bytes_get_size (bytes) : 0);
          if (bytes == NULL)
            {
              if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return NULL;
                }
              if (local_error->domain == G_TLS_ERROR)
                {
                  g_autofree char *fingerprint = herald_caldav_client_dup_offered_fingerprint (self);

                  /* Trying again changes nothing: the user must choose. */
                  if (fingerprint != NULL)
                    g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_UNTRUSTED,
                                 _("The server at %s shows a certificate no authority vouches for "
                                   "(SHA-256 fingerprint %s)"), current, fingerprint);
                  else
                    g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_UNTRUSTED,
                                 _("The secure connection to %s failed: %s"), current, local_error->message);
                  return NULL;
                }
              if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
                g_set_error (&last_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_TIMEOUT,
                             _("The server at %s did not answer in time"), current);
              else
                g_set_error (&last_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NETWORK,
                             _("Could not talk to the server at %s: %s"), current, local_error->message);
              break;
            }

          status = soup_message_get_status (message);
          if (is_redirect (status))
            {
              const char *location = soup_message_headers_get_one (soup_message_get_response_headers (message), "Location");
              g_autoptr (GUri) next = NULL;

              if (redirects + 1 > MAX_REDIRECTS || location == NULL)
                {
                  g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_TOO_MANY_REDIRECTS,
                               _("The server at %s redirects too often or nowhere"), url);
                  return NULL;
                }
              next = g_uri_parse_relative (soup_message_get_uri (message), location, SOUP_HTTP_URI_FLAGS, NULL);
              if (next == NULL)
                {
                  g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_BAD_RESPONSE,
                               _("The server at %s redirects to an invalid address"), url);
                  return NULL;
                }
              g_free (current);
              current = g_uri_to_string (next);
              continue;
            }

          if (is_transient (status))
            {
              wait_ms = last_wait_ms = retry_after_ms (message);
              g_set_error (&last_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_SERVER,
                           _("The server at %s is not available (HTTP %u %s)"), current, status,
                           soup_message_get_reason_phrase (message));
              break;
            }

          {
            Response *response = g_new0 (Response, 1);
            SoupMessageHeaders *response_headers = soup_message_get_response_headers (message);
            const char *type = soup_message_headers_get_content_type (response_headers, NULL);

            response->status = status;
            response->body = g_steal_pointer (&bytes);
            response->etag = g_strdup (soup_message_headers_get_one (response_headers, "ETag"));
            response->content_type = g_strdup (type);
            response->url = g_steal_pointer (&current);
            return response;
          }
        }

      if (attempt + 1 < MAX (self->attempts, 1))
        {
          guint ms = wait_ms > 0 ? wait_ms : delay;

          if (!wait_cancellable (MIN (ms, self->max_delay_ms), cancellable, error))
            return NULL;
          delay = MIN (delay * 2, self->max_delay_ms);
        }
    }

  /* The server's last word on when to come back, for whoever schedules
   * the next attempt. */
  g_atomic_int_set (&self->retry_after_ms, (gint) MIN (last_wait_ms, G_MAXINT));
  g_propagate_error (error, g_steal_pointer (&last_error));
  return NULL;
}

static gboolean
check_status (Response    *response,
              const char  *what,
              GError     **error)
{
  guint status = response->status;

  if (status >= 200 && status < 300)
    return TRUE;

  switch (status)
    {
    case 401:
      g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_UNAUTHORIZED,
                   _("The server refused the user name or password (%s)"), what);
      break;
    case 403:
      g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_FORBIDDEN,
                   _("The server does not allow this (%s)"), what);
      break;
    case 404:
    case 410:
      g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NOT_FOUND,
                   _("The server does not have %s"), what);
      break;
    case 412:
      g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_PRECONDITION_FAILED,
                   _("Someone else changed %s on the server"), what);
      break;
    default:
      g_set_error (error, HERALD_CALDAV_ERROR, status >= 500 ? HERALD_CALDAV_ERROR_SERVER : HERALD_CALDAV_ERROR_FAILED,
                   _("The server answered HTTP %u for %s"), status, what);
      break;
    }

  return FALSE;
}

static HeraldMultistatus *
read_multistatus (Response  *response,
                  GError   **error)
{
  const char *data;
  gsize length;
  g_autoptr (GError) local_error = NULL;
  HeraldMultistatus *multistatus;

  if (response->status != 207)
    {
      g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_BAD_RESPONSE,
                   _("The server answered HTTP %u where a WebDAV multistatus was expected (%s)"),
                   response->status, response->url);
      return NULL;
    }
  if (response->content_type == NULL || strstr (response->content_type, "xml") == NULL)
    {
      g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_BAD_RESPONSE,
                   _("The server sent “%s” where XML was expected (%s)"),
                   response->content_type != NULL ? response->content_type : "?", response->url);
      return NULL;
    }

  data = body_text (response, &length);
  multistatus = herald_multistatus_parse (data, length, &local_error);
  if (multistatus == NULL)
    g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_BAD_RESPONSE,
                 "%s (%s)", local_error->message, response->url);

  return multistatus;
}

static HeraldMultistatus *
dav_request (HeraldCaldavClient  *self,
             const char          *method,
             const char          *url,
             const char          *depth,
             const char          *body,
             GCancellable        *cancellable,
             GError             **error)
{
  const char *headers[] = { "Depth", depth, NULL };
  g_autoptr (Response) response = NULL;

  response = send (self, method, url, depth != NULL ? headers : NULL,
                   "application/xml; charset=utf-8", body, cancellable, error);
  if (response == NULL || !check_status (response, url, error))
    return NULL;

  return read_multistatus (response, error);
}

static char *
xml_escape (const char *text)
{
  return g_markup_escape_text (text, -1);
}

static void
herald_caldav_client_finalize (GObject *object)
{
  HeraldCaldavClient *self = HERALD_CALDAV_CLIENT (object);

  g_clear_object (&self->session);
  g_free (self->base_url);
  if (self->authorization != NULL)
    memset (self->authorization, 0, strlen (self->authorization));
  g_free (self->authorization);
  g_free (self->trusted_fingerprint);
  g_free (self->offered_fingerprint);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (herald_caldav_client_parent_class)->finalize (object);
}

static void
herald_caldav_client_class_init (HeraldCaldavClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = herald_caldav_client_finalize;
}

static void
herald_caldav_client_init (HeraldCaldavClient *self)
{
  self->session = soup_session_new_with_options ("user-agent", "Herald/" PACKAGE_VERSION,
                                                 "timeout", 30,
                                                 "max-conns-per-host", 4,
                                                 NULL);
  g_mutex_init (&self->lock);
  self->attempts = 4;
  self->first_delay_ms = 500;
  self->max_delay_ms = 30000;
}

/**
 * herald_caldav_client_new:
 * @base_url: the server or collection address
 * @user: (nullable): the user name for basic authentication
 * @password: (nullable): the password
 *
 * Returns: (transfer full): a new client
 */
HeraldCaldavClient *
herald_caldav_client_new (const char *base_url,
                          const char *user,
                          const char *password)
{
  HeraldCaldavClient *self;

  g_return_val_if_fail (base_url != NULL, NULL);

  self = g_object_new (HERALD_TYPE_CALDAV_CLIENT, NULL);
  self->base_url = g_strdup (base_url);
  if (user != NULL && *user != '\0')
    {
      g_autofree char *pair = g_strconcat (user, ":", password != NULL ? password : "", NULL);
      g_autofree char *encoded = g_base64_encode ((const guchar *) pair, strlen (pair));

      self->authorization = g_strconcat ("Basic ", encoded, NULL);
      memset (pair, 0, strlen (pair));
    }

  return self;
}

const char *
herald_caldav_client_get_base_url (HeraldCaldavClient *self)
{
  return self->base_url;
}

void
herald_caldav_client_set_timeout (HeraldCaldavClient *self,
                                  guint               seconds)
{
  soup_session_set_timeout (self->session, MAX (seconds, 1));
}

/**
 * herald_caldav_client_set_retries:
 * @attempts: how many times a request is sent at most (1 = no retry)
 * @first_delay_ms: the first back-off delay; each next one doubles
 * @max_delay_ms: the longest wait, Retry-After included
 */
void
herald_caldav_client_set_retries (HeraldCaldavClient *self,
                                  guint               attempts,
                                  guint               first_delay_ms,
                                  guint               max_delay_ms)
{
  self->attempts = MAX (attempts, 1);
  self->first_delay_ms = first_delay_ms;
  self->max_delay_ms = max_delay_ms;
}

/**
 * herald_caldav_client_get_retry_after:
 *
 * Returns: how long, in milliseconds, the server asked (with Retry-After)
 *   to wait when the last request that failed gave up; 0 if it did not
 */
guint
herald_caldav_client_get_retry_after (HeraldCaldavClient *self)
{
  return (guint) g_atomic_int_get (&self->retry_after_ms);
}

guint
herald_caldav_client_get_request_count (HeraldCaldavClient *self)
{
  return (guint) g_atomic_int_get (&self->n_requests);
}

/**
 * herald_caldav_client_resolve:
 * @href: an href the server sent, relative or absolute
 *
 * Returns: (transfer full): the absolute address of @href
 */
char *
herald_caldav_client_resolve (HeraldCaldavClient *self,
                              const char         *href)
{
  char *resolved = g_uri_resolve_relative (self->base_url, href, SOUP_HTTP_URI_FLAGS, NULL);

  return resolved != NULL ? resolved : g_strdup (href);
}

HeraldMultistatus *
herald_caldav_client_propfind (HeraldCaldavClient  *self,
                               const char          *url,
                               guint                depth,
                               const char          *body,
                               GCancellable        *cancellable,
                               GError             **error)
{
  return dav_request (self, "PROPFIND", url, depth == 0 ? "0" : "1", body, cancellable, error);
}

/**
 * herald_caldav_client_sync_collection:
 * @collection: the collection's address
 * @sync_token: (nullable): the token of the last sync; %NULL for all
 *
 * Asks for what changed since @sync_token (RFC 6578).  An expired token
 * gives %HERALD_CALDAV_ERROR_INVALID_SYNC_TOKEN: sync again from %NULL.
 *
 * Returns: (transfer full) (nullable): changed members (status 404 for
 *   removed ones) and the new token
 */
HeraldMultistatus *
herald_caldav_client_sync_collection (HeraldCaldavClient  *self,
                                      const char          *collection,
                                      const char          *sync_token,
                                      GCancellable        *cancellable,
                                      GError             **error)
{
  g_autofree char *token = xml_escape (sync_token != NULL ? sync_token : "");
  g_autofree char *body = NULL;
  g_autoptr (Response) response = NULL;
  const char *headers[] = { "Depth", "1", NULL };

  body = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                          "<d:sync-collection xmlns:d=\"DAV:\">"
                          "<d:sync-token>%s</d:sync-token>"
                          "<d:sync-level>1</d:sync-level>"
                          "<d:prop><d:getetag/></d:prop>"
                          "</d:sync-collection>", token);

  response = send (self, "REPORT", collection, headers, "application/xml; charset=utf-8", body, cancellable, error);
  if (response == NULL)
    return NULL;

  if (response->status == 403 || response->status == 409 || response->status == 400)
    {
      gsize length;
      const char *data = body_text (response, &length);

      if (sync_token != NULL && g_strstr_len (data, length, "valid-sync-token") != NULL)
        {
          g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_INVALID_SYNC_TOKEN,
                       _("The server forgot the last sync; everything is read again"));
          return NULL;
        }
    }
  if (response->status == 501 || response->status == 405)
    {
      g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NOT_SUPPORTED,
                   _("The server does not support sync-collection"));
      return NULL;
    }

  if (!check_status (response, collection, error))
    return NULL;

  return read_multistatus (response, error);
}

HeraldMultistatus *
herald_caldav_client_multiget (HeraldCaldavClient  *self,
                               const char          *collection,
                               const char * const  *hrefs,
                               GCancellable        *cancellable,
                               GError             **error)
{
  g_autoptr (GString) body = g_string_new ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                           "<c:calendar-multiget xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
                                           "<d:prop><d:getetag/><c:calendar-data/></d:prop>");

  for (guint i = 0; hrefs[i] != NULL; i++)
    {
      g_autofree char *href = xml_escape (hrefs[i]);

      g_string_append_printf (body, "<d:href>%s</d:href>", href);
    }
  g_string_append (body, "</c:calendar-multiget>");

  return dav_request (self, "REPORT", collection, "1", body->str, cancellable, error);
}

HeraldMultistatus *
herald_caldav_client_list_etags (HeraldCaldavClient  *self,
                                 const char          *collection,
                                 GCancellable        *cancellable,
                                 GError             **error)
{
  return herald_caldav_client_propfind (self, collection, 1,
                                        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                        "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>",
                                        cancellable, error);
}

/**
 * herald_caldav_client_get_ctag:
 *
 * Returns: (transfer full) (nullable): the collection's CTag (or sync
 *   token, when it has no CTag); %NULL with no error when it has neither
 */
char *
herald_caldav_client_get_ctag (HeraldCaldavClient  *self,
                               const char          *collection,
                               GCancellable        *cancellable,
                               GError             **error)
{
  g_autoptr (HeraldMultistatus) multistatus = NULL;
  HeraldDavResponse *response;

  multistatus = herald_caldav_client_propfind (self, collection, 0,
                                               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                               "<d:propfind xmlns:d=\"DAV:\" xmlns:cs=\"http://calendarserver.org/ns/\">"
                                               "<d:prop><cs:getctag/><d:sync-token/></d:prop></d:propfind>",
                                               cancellable, error);
  if (multistatus == NULL)
    return NULL;
  if (multistatus->responses->len == 0)
    return NULL;

  response = multistatus->responses->pdata[0];
  return g_strdup (response->ctag);
}

/**
 * herald_caldav_client_get:
 * @href: the object's address
 * @etag: (out) (optional): its etag
 *
 * Returns: (transfer full) (nullable): the iCalendar text
 */
char *
herald_caldav_client_get (HeraldCaldavClient  *self,
                          const char          *href,
                          char               **etag,
                          GCancellable        *cancellable,
                          GError             **error)
{
  g_autofree char *url = herald_caldav_client_resolve (self, href);
  g_autoptr (Response) response = NULL;
  const char *data;
  gsize length;

  response = send (self, "GET", url, NULL, NULL, NULL, cancellable, error);
  if (response == NULL || !check_status (response, href, error))
    return NULL;

  if (response->content_type == NULL || g_ascii_strcasecmp (response->content_type, "text/calendar") != 0)
    {
      g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_BAD_RESPONSE,
                   _("The server sent “%s” where a calendar was expected (%s)"),
                   response->content_type != NULL ? response->content_type : "?", href);
      return NULL;
    }

  data = body_text (response, &length);
  if (etag != NULL)
    *etag = g_strdup (response->etag);
  return g_strndup (data, length);
}

/**
 * herald_caldav_client_put:
 * @href: the object's address
 * @ical: iCalendar text
 * @if_match: (nullable): the etag the server must still have; %NULL to
 *   create, failing if the object exists
 * @etag: (out) (optional) (nullable): the new etag, when the server says
 *
 * Returns: %TRUE if the server stored @ical
 */
gboolean
herald_caldav_client_put (HeraldCaldavClient  *self,
                          const char          *href,
                          const char          *ical,
                          const char          *if_match,
                          char               **etag,
                          GCancellable        *cancellable,
                          GError             **error)
{
  g_autofree char *url = herald_caldav_client_resolve (self, href);
  const char *headers[] = { if_match != NULL ? "If-Match" : "If-None-Match", if_match != NULL ? if_match : "*", NULL };
  g_autoptr (Response) response = NULL;

  response = send (self, "PUT", url, headers, "text/calendar; charset=utf-8", ical, cancellable, error);
  if (response == NULL || !check_status (response, href, error))
    return FALSE;

  if (etag != NULL)
    *etag = g_strdup (response->etag);
  return TRUE;
}

gboolean
herald_caldav_client_delete (HeraldCaldavClient  *self,
                             const char          *href,
                             const char          *if_match,
                             GCancellable        *cancellable,
                             GError             **error)
{
  g_autofree char *url = herald_caldav_client_resolve (self, href);
  const char *headers[] = { "If-Match", if_match, NULL };
  g_autoptr (Response) response = NULL;

  response = send (self, "DELETE", url, if_match != NULL ? headers : NULL, NULL, NULL, cancellable, error);
  return response != NULL && check_status (response, href, error);
}

gboolean
herald_caldav_client_mkcalendar (HeraldCaldavClient  *self,
                                 const char          *url,
                                 const char          *display_name,
                                 GCancellable        *cancellable,
                                 GError             **error)
{
  g_autofree char *name = xml_escape (display_name);
  g_autofree char *body = NULL;
  g_autoptr (Response) response = NULL;

  body = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                          "<c:mkcalendar xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
                          "<d:set><d:prop><d:displayname>%s</d:displayname>"
                          "<c:supported-calendar-component-set><c:comp name=\"VEVENT\"/><c:comp name=\"VJOURNAL\"/></c:supported-calendar-component-set>"
                          "</d:prop></d:set></c:mkcalendar>", name);
  response = send (self, "MKCALENDAR", url, NULL, "application/xml; charset=utf-8", body, cancellable, error);
  return response != NULL && check_status (response, url, error);
}

/**
 * herald_caldav_client_set_trusted_fingerprint:
 * @self: a #HeraldCaldavClient
 * @fingerprint: (nullable): the SHA-256 fingerprint of a certificate to
 *   take although no authority vouches for it, as
 *   herald_caldav_certificate_fingerprint() writes it; %NULL for none
 */
void
herald_caldav_client_set_trusted_fingerprint (HeraldCaldavClient *self,
                                              const char         *fingerprint)
{
  g_return_if_fail (HERALD_IS_CALDAV_CLIENT (self));

  g_mutex_lock (&self->lock);
  g_set_str (&self->trusted_fingerprint, fingerprint != NULL && *fingerprint != '\0' ? fingerprint : NULL);
  g_mutex_unlock (&self->lock);
}

/**
 * herald_caldav_client_dup_offered_fingerprint:
 * @self: a #HeraldCaldavClient
 *
 * Returns: (transfer full) (nullable): the fingerprint of the last
 *   certificate refused (HERALD_CALDAV_ERROR_UNTRUSTED), for the user to
 *   compare and trust, or %NULL
 */
char *
herald_caldav_client_dup_offered_fingerprint (HeraldCaldavClient *self)
{
  char *fingerprint;

  g_return_val_if_fail (HERALD_IS_CALDAV_CLIENT (self), NULL);

  g_mutex_lock (&self->lock);
  fingerprint = g_strdup (self->offered_fingerprint);
  g_mutex_unlock (&self->lock);
  return fingerprint;
}
