/* herald-iso-week.h — ISO 8601 weeks, "2026-W48"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  int year;   /* the ISO year: the year of the week's Thursday */
  int week;   /* 1 … 52 or 53 */
} HeraldIsoWeek;

gboolean  herald_iso_week_parse       (const char          *text,
                                       HeraldIsoWeek       *week,
                                       GError             **error);
char     *herald_iso_week_format      (const HeraldIsoWeek *week);
void      herald_iso_week_of          (const GDate         *day,
                                       HeraldIsoWeek       *week);
void      herald_iso_week_get_monday  (const HeraldIsoWeek *week,
                                       GDate               *monday);
void      herald_iso_week_add         (HeraldIsoWeek       *week,
                                       int                  n_weeks);
int       herald_iso_week_count       (int                  year);
gboolean  herald_day_parse            (const char          *text,
                                       GDate               *day);

G_END_DECLS
