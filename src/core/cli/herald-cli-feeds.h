/* herald-cli-feeds.h — hot-topic feeds on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-store.h"

G_BEGIN_DECLS

gboolean    herald_cli_feeds_wanted      (GVariantDict  *options);
int         herald_cli_feeds_handle      (GVariantDict  *options);
GListModel *herald_cli_feeds_list_topics (HeraldStore   *store,
                                          GError       **error);

G_END_DECLS
