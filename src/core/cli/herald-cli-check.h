/* herald-cli-check.h — `herald --check KIND [FILE|-]`: a post's text against
 * a channel kind's rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-store.h"

G_BEGIN_DECLS

int herald_cli_check (const char         *kind_id,
                      HeraldStore        *store,
                      const char * const *files);

G_END_DECLS
