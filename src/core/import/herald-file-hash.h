/* herald-file-hash.h — the checksum that tells one imported file from another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *herald_file_sha256 (GBytes *data);

G_END_DECLS
