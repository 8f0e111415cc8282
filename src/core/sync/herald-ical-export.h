/* herald-ical-export.h — posts as an .ics file
 *
 * Apart from the mapping so that its callers need not see libical, which
 * the application loads only when a sync or an export first needs it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

char *herald_ical_export_posts (HeraldStore  *store,
                                gint64        from,
                                gint64        to,
                                guint         alarm_minutes,
                                GError      **error);

G_END_DECLS
