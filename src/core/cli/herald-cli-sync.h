/* herald-cli-sync.h — team sync on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean herald_cli_sync_wanted (GVariantDict *options);
int      herald_cli_sync_handle (GVariantDict *options);

G_END_DECLS
