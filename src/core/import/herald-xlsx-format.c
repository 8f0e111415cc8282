/* herald-xlsx-format.c — what an .xlsx is, seen from outside its reader
 *
 * A zip's signature, which tells the importer to use the .xlsx reader, and
 * Excel's date serials, which export profiles read too.  Neither needs
 * libarchive, so that they stay in the core while the reader itself is
 * part of the import module (herald-import-module.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "herald-xlsx-reader.h"

/* 9999-12-31, the last day Excel shows. */
#define MAX_SERIAL 2958465.0

/**
 * herald_xlsx_is_zip:
 * @data: the bytes of a file
 *
 * Returns: whether @data starts as a zip file does (an .xlsx is one)
 */
gboolean
herald_xlsx_is_zip (GBytes *data)
{
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);

  return size >= 4 && memcmp (bytes, "PK\003\004", 4) == 0;
}

/**
 * herald_xlsx_format_serial:
 * @serial: an Excel date: days since 1899-12-31 (1900 system) or since
 *   1904-01-01 (1904 system), the fraction the time of day
 * @date1904: whether the workbook uses the 1904 system
 *
 * The 1900 system counts a 29 February 1900 that never was (serial 60),
 * as Lotus 1-2-3 did: serials before it are one day off from those after.
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS"
 *   or (under one day) "HH:MM:SS"; %NULL for serial 60 of the 1900 system
 *   or a number outside Excel's dates
 */
char *
herald_xlsx_format_serial (double   serial,
                           gboolean date1904)
{
  g_autoptr (GDateTime) time = NULL;
  gint64 days, seconds;

  if (!isfinite (serial) || serial < 0 || serial >= MAX_SERIAL + 1)
    return NULL;

  days = (gint64) floor (serial);
  seconds = (gint64) llround ((serial - (double) days) * 86400.0);
  if (seconds >= 86400)
    {
      days++;
      seconds -= 86400;
    }

  if (days == 0 && !date1904)
    return g_strdup_printf ("%02d:%02d:%02d", (int) (seconds / 3600), (int) (seconds / 60 % 60),
                            (int) (seconds % 60));

  if (date1904)
    days -= 24107;          /* 1904-01-01 is Unix day -24107 */
  else if (days == 60)
    return NULL;
  else if (days > 60)
    days -= 25569;          /* serial 25569 is 1970-01-01 */
  else
    days -= 25568;          /* before the day that never was */

  time = g_date_time_new_from_unix_utc (days * 86400 + seconds);
  if (time == NULL)
    return NULL;

  return g_date_time_format (time, seconds == 0 ? "%Y-%m-%d" : "%Y-%m-%d %H:%M:%S");
}
