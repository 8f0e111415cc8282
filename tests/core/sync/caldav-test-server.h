/* caldav-test-server.h — a tiny in-memory CalDAV collection on loopback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef enum {
  FAULT_NONE,
  FAULT_500,
  FAULT_503_RETRY_AFTER,
  FAULT_401,
  FAULT_403,
  FAULT_404,
  FAULT_TIMEOUT,          /* take the connection and never answer */
  FAULT_RESET,            /* close the connection without an answer */
  FAULT_RESET_AFTER,      /* do the request, then close without an answer */
  FAULT_TRUNCATED,        /* promise more body than is sent */
  FAULT_MALFORMED,        /* a 207 that is not XML */
  FAULT_WRONG_TYPE,       /* a 207 in text/html */
  FAULT_REDIRECT_LOOP,
  FAULT_BAD_TOKEN,        /* sync-collection says the token is invalid */
  FAULT_REDIRECT_AWAY,    /* 307 to another server */
} Fault;

typedef struct _CaldavTestServer CaldavTestServer;

CaldavTestServer *caldav_test_server_new          (void);
CaldavTestServer *caldav_test_server_new_tls      (GTlsCertificate  *certificate);
void              caldav_test_server_free         (CaldavTestServer *server);
const char       *caldav_test_server_get_collection (CaldavTestServer *server);
void              caldav_test_server_set_fault    (CaldavTestServer *server,
                                                   const char       *method,
                                                   Fault             fault,
                                                   int               times);
guint             caldav_test_server_count_items  (CaldavTestServer *server);
char             *caldav_test_server_get_item     (CaldavTestServer *server,
                                                   const char       *name);
void              caldav_test_server_put_item     (CaldavTestServer *server,
                                                   const char       *name,
                                                   const char       *ical);
void              caldav_test_server_put_item_full (CaldavTestServer *server,
                                                   const char       *name,
                                                   const char       *ical,
                                                   gboolean          unlisted);
void              caldav_test_server_delete_item  (CaldavTestServer *server,
                                                   const char       *name);
guint             caldav_test_server_count_requests (CaldavTestServer *server);
void              caldav_test_server_set_no_sync_collection (CaldavTestServer *server,
                                                   gboolean          no);
void              caldav_test_server_set_events_only (CaldavTestServer *server,
                                                   gboolean          events_only);
void              caldav_test_server_set_redirect_to (CaldavTestServer *server,
                                                   const char       *base);
const char       *caldav_test_server_get_base     (CaldavTestServer *server);
guint             caldav_test_server_count_authorized (CaldavTestServer *server);
void              caldav_test_server_set_delay    (CaldavTestServer *server,
                                                   guint             ms);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaldavTestServer, caldav_test_server_free)

G_END_DECLS
