/* herald-caldav-client.h — a WebDAV / CalDAV client
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-multistatus.h"

G_BEGIN_DECLS

#define HERALD_CALDAV_ERROR (herald_caldav_error_quark ())

typedef enum {
  HERALD_CALDAV_ERROR_FAILED,
  HERALD_CALDAV_ERROR_UNAUTHORIZED,        /* 401 */
  HERALD_CALDAV_ERROR_FORBIDDEN,           /* 403 */
  HERALD_CALDAV_ERROR_NOT_FOUND,           /* 404, 410 */
  HERALD_CALDAV_ERROR_PRECONDITION_FAILED, /* 412: the etag moved on */
  HERALD_CALDAV_ERROR_INVALID_SYNC_TOKEN,  /* 403/409 valid-sync-token: resync */
  HERALD_CALDAV_ERROR_TIMEOUT,
  HERALD_CALDAV_ERROR_NETWORK,
  HERALD_CALDAV_ERROR_SERVER,              /* 5xx after the retries */
  HERALD_CALDAV_ERROR_BAD_RESPONSE,        /* malformed body or wrong content type */
  HERALD_CALDAV_ERROR_TOO_MANY_REDIRECTS,
  HERALD_CALDAV_ERROR_NOT_SUPPORTED,
  HERALD_CALDAV_ERROR_UNTRUSTED,           /* a certificate nobody vouches for, nor the user */
} HeraldCaldavError;

GQuark herald_caldav_error_quark (void);

#define HERALD_TYPE_CALDAV_CLIENT (herald_caldav_client_get_type ())

G_DECLARE_FINAL_TYPE (HeraldCaldavClient, herald_caldav_client, HERALD, CALDAV_CLIENT, GObject)

HeraldCaldavClient *herald_caldav_client_new          (const char          *base_url,
                                                       const char          *user,
                                                       const char          *password);
const char         *herald_caldav_client_get_base_url (HeraldCaldavClient  *self);
void                herald_caldav_client_set_timeout  (HeraldCaldavClient  *self,
                                                       guint                seconds);
void                herald_caldav_client_set_retries  (HeraldCaldavClient  *self,
                                                       guint                attempts,
                                                       guint                first_delay_ms,
                                                       guint                max_delay_ms);
guint               herald_caldav_client_get_request_count (HeraldCaldavClient *self);
guint               herald_caldav_client_get_retry_after (HeraldCaldavClient *self);
void                herald_caldav_client_set_trusted_fingerprint (HeraldCaldavClient *self,
                                                       const char          *fingerprint);
char               *herald_caldav_client_dup_offered_fingerprint (HeraldCaldavClient *self);
char               *herald_caldav_certificate_fingerprint (GTlsCertificate    *certificate);
char               *herald_caldav_client_resolve      (HeraldCaldavClient  *self,
                                                       const char          *href);

/* Blocking calls, for a worker thread.  Each can be cancelled. */
HeraldMultistatus  *herald_caldav_client_propfind     (HeraldCaldavClient  *self,
                                                       const char          *url,
                                                       guint                depth,
                                                       const char          *body,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
HeraldMultistatus  *herald_caldav_client_sync_collection (HeraldCaldavClient *self,
                                                       const char          *collection,
                                                       const char          *sync_token,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
HeraldMultistatus  *herald_caldav_client_multiget     (HeraldCaldavClient  *self,
                                                       const char          *collection,
                                                       const char * const  *hrefs,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
HeraldMultistatus  *herald_caldav_client_list_etags   (HeraldCaldavClient  *self,
                                                       const char          *collection,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
char               *herald_caldav_client_get_ctag     (HeraldCaldavClient  *self,
                                                       const char          *collection,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
char               *herald_caldav_client_get          (HeraldCaldavClient  *self,
                                                       const char          *href,
                                                       char               **etag,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
gboolean            herald_caldav_client_put          (HeraldCaldavClient  *self,
                                                       const char          *href,
                                                       const char          *ical,
                                                       const char          *if_match,
                                                       char               **etag,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
gboolean            herald_caldav_client_delete       (HeraldCaldavClient  *self,
                                                       const char          *href,
                                                       const char          *if_match,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
gboolean            herald_caldav_client_mkcalendar   (HeraldCaldavClient  *self,
                                                       const char          *url,
                                                       const char          *display_name,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
char               *herald_caldav_client_discover     (HeraldCaldavClient  *self,
                                                       GCancellable        *cancellable,
                                                       GError             **error);

/* The same, in a worker thread. */
void                herald_caldav_client_discover_async (HeraldCaldavClient *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
char               *herald_caldav_client_discover_finish (HeraldCaldavClient *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

G_END_DECLS
