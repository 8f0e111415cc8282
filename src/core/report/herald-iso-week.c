/* herald-iso-week.c — ISO 8601 weeks, "2026-W48"
 *
 * Operators write their weekly review (周报) per ISO week: Monday to
 * Sunday, week 1 being the week with the year's first Thursday.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>

#include "herald-iso-week.h"
#include "herald-week-review.h"

/**
 * herald_iso_week_count:
 * @year: an ISO year
 *
 * Returns: how many weeks @year has: 52 or 53
 */
int
herald_iso_week_count (int year)
{
  GDate dec28;

  /* 28 December always falls in the year's last week. */
  g_date_clear (&dec28, 1);
  g_date_set_dmy (&dec28, 28, G_DATE_DECEMBER, year);
  return g_date_get_iso8601_week_of_year (&dec28);
}

/**
 * herald_iso_week_get_monday:
 * @week: a week
 * @monday: (out caller-allocates): its Monday
 */
void
herald_iso_week_get_monday (const HeraldIsoWeek *week,
                            GDate               *monday)
{
  GDate jan4;

  g_return_if_fail (week != NULL && monday != NULL);

  /* 4 January is always in week 1. */
  g_date_clear (&jan4, 1);
  g_date_set_dmy (&jan4, 4, G_DATE_JANUARY, week->year);
  *monday = jan4;
  g_date_subtract_days (monday, g_date_get_weekday (&jan4) - G_DATE_MONDAY);
  g_date_add_days (monday, (week->week - 1) * 7);
}

/**
 * herald_iso_week_of:
 * @day: a day
 * @week: (out caller-allocates): the week @day falls in
 */
void
herald_iso_week_of (const GDate   *day,
                    HeraldIsoWeek *week)
{
  GDate thursday = *day;

  g_return_if_fail (g_date_valid (day) && week != NULL);

  g_date_subtract_days (&thursday, g_date_get_weekday (day) - G_DATE_MONDAY);
  g_date_add_days (&thursday, 3);
  week->year = g_date_get_year (&thursday);
  week->week = g_date_get_iso8601_week_of_year (day);
}

/**
 * herald_iso_week_add:
 * @week: a week
 * @n_weeks: how many weeks to move, back when negative
 */
void
herald_iso_week_add (HeraldIsoWeek *week,
                     int            n_weeks)
{
  GDate monday;

  g_return_if_fail (week != NULL);

  herald_iso_week_get_monday (week, &monday);
  if (n_weeks >= 0)
    g_date_add_days (&monday, 7 * n_weeks);
  else
    g_date_subtract_days (&monday, 7 * -n_weeks);
  herald_iso_week_of (&monday, week);
}

/**
 * herald_iso_week_parse:
 * @text: "2026-W48" (also "2026W48" and a lower-case w)
 * @week: (out caller-allocates): the week
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @text names a week that exists
 */
gboolean
herald_iso_week_parse (const char     *text,
                       HeraldIsoWeek  *week,
                       GError        **error)
{
  const char *p = text;
  char *end = NULL;
  gint64 year, number;

  g_return_val_if_fail (text != NULL && week != NULL, FALSE);

  year = g_ascii_strtoll (p, &end, 10);
  if (end != p + 4)
    goto invalid;
  p = end;
  if (*p == '-')
    p++;
  if (*p != 'W' && *p != 'w')
    goto invalid;
  p++;
  if (!g_ascii_isdigit (p[0]))
    goto invalid;
  number = g_ascii_strtoll (p, &end, 10);
  if (*end != '\0' || end - p > 2 || year < 1900 || year > 9999)
    goto invalid;
  if (number < 1 || number > herald_iso_week_count ((int) year))
    {
      g_set_error (error, HERALD_REPORT_ERROR, HERALD_REPORT_ERROR_INVALID,
                   _("%d has no week %d"), (int) year, (int) number);
      return FALSE;
    }

  week->year = (int) year;
  week->week = (int) number;
  return TRUE;

invalid:
  g_set_error (error, HERALD_REPORT_ERROR, HERALD_REPORT_ERROR_INVALID,
               _("“%s” is not a week: write it as YYYY-Www, e.g. 2026-W48"), text);
  return FALSE;
}

/**
 * herald_iso_week_format:
 * @week: a week
 *
 * Returns: (transfer full): "2026-W48"
 */
char *
herald_iso_week_format (const HeraldIsoWeek *week)
{
  g_return_val_if_fail (week != NULL, NULL);

  return g_strdup_printf ("%04d-W%02d", week->year, week->week);
}

/**
 * herald_day_parse:
 * @text: (nullable): a day as YYYY-MM-DD, as campaigns keep their dates
 * @day: (out caller-allocates): the day; cleared when @text is not one
 *
 * Returns: whether @text names a day that exists
 */
gboolean
herald_day_parse (const char *text,
                  GDate      *day)
{
  int year, month, mday;
  char tail;

  g_return_val_if_fail (day != NULL, FALSE);

  g_date_clear (day, 1);
  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &mday, &tail) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    return FALSE;

  g_date_set_dmy (day, mday, month, year);
  return TRUE;
}
