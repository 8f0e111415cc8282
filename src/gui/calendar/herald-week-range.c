/* herald-week-range.c — weeks from Monday, local days and period titles
 *
 * The week and agenda views count in weeks that start on Monday, as
 * calendars in China do, and place posts by the local day and time of
 * their Unix time.  Titles are built from translatable date formats so
 * that a Chinese title reads "2026年11月9日 – 15日" and an English one
 * "Nov 9 – 15, 2026".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-week-range"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-week-range.h"

static GDateTime *
date_time_from_date (const GDate *day,
                     int          minutes)
{
  return g_date_time_new_local (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day),
                                minutes / 60, minutes % 60, 0);
}

/* Formats @day with @format, a g_date_time_format() string. */
static char *
format_date (const GDate *day,
             const char  *format)
{
  g_autoptr (GDateTime) time = date_time_from_date (day, 12 * 60);

  return g_date_time_format (time, format);
}

/**
 * herald_week_range_get_monday:
 * @date: a valid date
 * @monday: (out caller-allocates): the Monday of @date's week
 */
void
herald_week_range_get_monday (const GDate *date,
                              GDate       *monday)
{
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (monday != NULL);

  *monday = *date;
  g_date_subtract_days (monday, g_date_get_weekday (date) - G_DATE_MONDAY);
}

/**
 * herald_week_range_day_start:
 * @day: a valid date
 *
 * Returns: the Unix time of the local midnight that starts @day
 */
gint64
herald_week_range_day_start (const GDate *day)
{
  g_autoptr (GDateTime) time = NULL;

  g_return_val_if_fail (day != NULL && g_date_valid (day), 0);

  time = date_time_from_date (day, 0);
  return g_date_time_to_unix (time);
}

/**
 * herald_week_range_local_day:
 * @time: a Unix time
 * @day: (out caller-allocates): its local day
 * @minutes: (out) (optional): the minutes since that day's midnight
 */
void
herald_week_range_local_day (gint64  time,
                             GDate  *day,
                             int    *minutes)
{
  g_autoptr (GDateTime) local = g_date_time_new_from_unix_local (time);

  g_return_if_fail (day != NULL);

  g_date_clear (day, 1);
  if (local == NULL)
    return;

  g_date_set_dmy (day, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
  if (minutes != NULL)
    *minutes = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
}

/**
 * herald_week_range_local_time:
 * @day: a valid date
 * @minutes: minutes after its midnight, 0 to 1439
 *
 * Returns: the Unix time of that local wall-clock time
 */
gint64
herald_week_range_local_time (const GDate *day,
                              int          minutes)
{
  g_autoptr (GDateTime) time = NULL;

  g_return_val_if_fail (day != NULL && g_date_valid (day), 0);
  g_return_val_if_fail (minutes >= 0 && minutes < 24 * 60, 0);

  time = date_time_from_date (day, minutes);
  return g_date_time_to_unix (time);
}

/**
 * herald_week_range_today:
 * @today: (out caller-allocates): the local date now
 */
void
herald_week_range_today (GDate *today)
{
  herald_week_range_local_day (g_get_real_time () / G_USEC_PER_SEC, today, NULL);
}

/**
 * herald_week_range_format_title:
 * @first: the first day of a period
 * @last: its last day
 *
 * Returns: (transfer full): the period as a header shows it
 */
char *
herald_week_range_format_title (const GDate *first,
                                const GDate *last)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);

  if (g_date_get_year (first) != g_date_get_year (last))
    {
      /* Translators: the first day of a period that ends in another year,
       * in g_date_time_format() style: "Dec 28, 2026"; 2026年12月28日 */
      /* xgettext:no-c-format */
      from = format_date (first, C_("period title, other year", "%b %-d, %Y"));
      /* Translators: the last day of that period: "Jan 3, 2027"; 2027年1月3日 */
      /* xgettext:no-c-format */
      to = format_date (last, C_("period title, other year", "%b %-d, %Y"));
    }
  else if (g_date_get_month (first) != g_date_get_month (last))
    {
      /* Translators: the first day of a period that ends in another month:
       * "Nov 30"; 2026年11月30日 */
      /* xgettext:no-c-format */
      from = format_date (first, C_("period title, other month, first day", "%b %-d"));
      /* Translators: the last day of that period: "Dec 6, 2026"; 12月6日 */
      /* xgettext:no-c-format */
      to = format_date (last, C_("period title, other month, last day", "%b %-d, %Y"));
    }
  else
    {
      /* Translators: the first day of a period within one month: "Nov 9";
       * 2026年11月9日 */
      /* xgettext:no-c-format */
      from = format_date (first, C_("period title, same month, first day", "%b %-d"));
      /* Translators: the last day of that period: "15, 2026"; 15日 */
      /* xgettext:no-c-format */
      to = format_date (last, C_("period title, same month, last day", "%-d, %Y"));
    }

  /* Translators: a period from the first day to the last, "Nov 9 – 15, 2026" */
  return g_strdup_printf (C_("period title", "%s – %s"), from, to);
}

/**
 * herald_week_range_format_day:
 * @day: a valid date
 *
 * Returns: (transfer full): the day as a day heading shows it
 */
char *
herald_week_range_format_day (const GDate *day)
{
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  /* Translators: a day heading in g_date_time_format() style:
   * "Monday, November 9"; 11月9日 星期一 */
  /* xgettext:no-c-format */
  return format_date (day, C_("day heading", "%A, %B %-d"));
}
