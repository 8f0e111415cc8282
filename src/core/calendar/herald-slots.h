/* herald-slots.h — posting slots: when an account usually posts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

char   **herald_slots_for_account (HeraldAccount  *account);
gboolean herald_slots_parse       (const char     *slot,
                                   int            *hour,
                                   int            *minute);
char   **herald_slots_parse_list  (const char     *text,
                                   char          **bad_item);
char    *herald_slots_format_list (const char * const *slots);
gint64   herald_slots_next_free   (HeraldStore    *store,
                                   HeraldAccount  *account,
                                   const GDate    *day,
                                   GTimeZone      *tz,
                                   gint64          not_before,
                                   GError        **error);

G_END_DECLS
