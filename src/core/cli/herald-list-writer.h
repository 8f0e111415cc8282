/* herald-list-writer.h — accounts, campaigns, posts and topics as JSON or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  HERALD_LIST_FORMAT_JSON,
  HERALD_LIST_FORMAT_CSV,
} HeraldListFormat;

gboolean            herald_list_format_from_string (const char        *name,
                                                    HeraldListFormat  *format);
const char * const *herald_list_get_fields         (GType              item_type);
gboolean            herald_list_write              (GOutputStream     *output,
                                                    GListModel        *items,
                                                    HeraldListFormat   format,
                                                    GTimeZone         *zone,
                                                    gint64             now,
                                                    GCancellable      *cancellable,
                                                    GError           **error);

G_END_DECLS
