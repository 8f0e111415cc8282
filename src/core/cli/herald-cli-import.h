/* herald-cli-import.h — `herald --import FILE…`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean herald_cli_import_requested (GVariantDict *options);
int      herald_cli_import_run       (GVariantDict *options);

G_END_DECLS
