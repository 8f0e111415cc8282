/* herald-week-range.h — weeks from Monday, local days and period titles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void    herald_week_range_get_monday   (const GDate *date,
                                        GDate       *monday);
gint64  herald_week_range_day_start    (const GDate *day);
void    herald_week_range_local_day    (gint64       time,
                                        GDate       *day,
                                        int         *minutes);
gint64  herald_week_range_local_time   (const GDate *day,
                                        int          minutes);
void    herald_week_range_today        (GDate       *today);
char   *herald_week_range_format_title (const GDate *first,
                                        const GDate *last);
char   *herald_week_range_format_day   (const GDate *day);

G_END_DECLS
