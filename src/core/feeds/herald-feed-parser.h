/* herald-feed-parser.h — hot lists from RSS 2.0, Atom 1.0 and JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-feed.h"

G_BEGIN_DECLS

#define HERALD_FEED_ERROR (herald_feed_error_quark ())

typedef enum {
  HERALD_FEED_ERROR_MALFORMED,    /* not well-formed XML or JSON */
  HERALD_FEED_ERROR_NOT_A_FEED,   /* well-formed, but not RSS, Atom or the mapped shape */
  HERALD_FEED_ERROR_MAPPING,      /* the JSON mapping itself is wrong */
  HERALD_FEED_ERROR_HTTP,         /* the server answered with an error */
  HERALD_FEED_ERROR_TOO_LARGE,    /* the answer is over the size limit */
  HERALD_FEED_ERROR_TIMEOUT,      /* the server took too long */
  HERALD_FEED_ERROR_NETWORK,      /* no answer at all */
} HeraldFeedError;

GQuark     herald_feed_error_quark   (void);

GPtrArray *herald_feed_parse_xml     (const char  *data,
                                      gsize        length,
                                      GError     **error);
GPtrArray *herald_feed_parse_xml_with_charset (const char  *data,
                                               gsize        length,
                                               const char  *charset,
                                               GError     **error);
GPtrArray *herald_feed_parse_json    (const char  *data,
                                      gsize        length,
                                      const char  *mapping,
                                      GError     **error);
GPtrArray *herald_feed_parse         (HeraldFeedKind  kind,
                                      const char     *mapping,
                                      const char     *charset,
                                      GBytes         *body,
                                      GError        **error);
gboolean   herald_feed_check_mapping (const char  *mapping,
                                      GError     **error);
gboolean   herald_feed_parse_heat    (const char  *text,
                                      double      *heat);

G_END_DECLS
