/* herald-multistatus.h — WebDAV multistatus responses (RFC 4918 §13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One <response> of a multistatus body.  @status is the HTTP status of the
 * response (or of its first successful propstat); 0 when none was given. */
typedef struct {
  char  *href;             /* as the server wrote it, percent-escapes kept */
  guint  status;
  char  *etag;             /* DAV:getetag, or NULL */
  char  *calendar_data;    /* CALDAV:calendar-data, or NULL */
  char  *ctag;             /* CS:getctag, or NULL */
  char  *principal;        /* href in DAV:current-user-principal, or NULL */
  char  *calendar_home;    /* href in CALDAV:calendar-home-set, or NULL */
  gboolean is_calendar;    /* DAV:resourcetype holds CALDAV:calendar */
  gboolean supports_vevent; /* the calendar accepts VEVENT (or says nothing) */
  char  *display_name;     /* DAV:displayname, or NULL */
} HeraldDavResponse;

typedef struct {
  GPtrArray *responses;    /* of HeraldDavResponse */
  char      *sync_token;   /* DAV:sync-token at the top level, or NULL */
} HeraldMultistatus;

void               herald_dav_response_free   (HeraldDavResponse *response);
void               herald_multistatus_free    (HeraldMultistatus *multistatus);
HeraldMultistatus *herald_multistatus_parse   (const char        *data,
                                               gsize              length,
                                               GError           **error);
guint              herald_dav_parse_status    (const char        *status_line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldMultistatus, herald_multistatus_free)

G_END_DECLS
