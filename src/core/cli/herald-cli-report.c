/* herald-cli-report.c — herald --report
 *
 *   herald --report --campaign NAME [--week YYYY-Www] [--format pdf|csv|md]
 *          [--output FILE]
 *
 * writes a campaign's week review.  The week defaults to the current one;
 * the format to the output file's extension, else Markdown.  Without
 * --output (or with -), CSV and Markdown go to standard output; a PDF
 * needs a file.  The file is written whole or left as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-command-line"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <unistd.h>

#include "herald-cli-report.h"
#include "herald-command-line.h"
#include "herald-review-writer.h"
#include "herald-week-review.h"

/**
 * herald_cli_report:
 * @store: the database
 * @zone: the zone weeks start in
 * @campaign: the campaign's name or id
 * @week: (nullable): "2026-W48"; %NULL for the current week
 * @format: (nullable): "pdf", "csv" or "md"; %NULL to go by @output
 * @output: (nullable): the file to write; %NULL or "-" for standard output
 * @error: return location for a #GError
 *
 * Returns: an exit status: %HERALD_EXIT_USAGE (with @error) when the
 *   request is wrong, %HERALD_EXIT_FAILURE when it could not be done
 */
int
herald_cli_report (HeraldStore  *store,
                   GTimeZone    *zone,
                   const char   *campaign,
                   const char   *week,
                   const char   *format,
                   const char   *output,
                   GError      **error)
{
  g_autoptr (HeraldCampaign) found = NULL;
  g_autoptr (HeraldWeekReview) review = NULL;
  g_autoptr (GBytes) bytes = NULL;
  HeraldReviewFormat kind = HERALD_REVIEW_FORMAT_MARKDOWN;
  gboolean to_stdout = output == NULL || g_str_equal (output, "-");
  HeraldIsoWeek iso;

  if (campaign == NULL || *campaign == '\0')
    {
      g_set_error (error, HERALD_REPORT_ERROR, HERALD_REPORT_ERROR_INVALID,
                   _("--report needs --campaign NAME"));
      return HERALD_EXIT_USAGE;
    }

  if (format != NULL)
    {
      if (!herald_review_format_from_string (format, &kind))
        {
          g_set_error (error, HERALD_REPORT_ERROR, HERALD_REPORT_ERROR_INVALID,
                       _("Unknown report format “%s”: choose pdf, csv or md"), format);
          return HERALD_EXIT_USAGE;
        }
    }
  else if (!to_stdout && !herald_review_format_from_path (output, &kind))
    kind = HERALD_REVIEW_FORMAT_MARKDOWN;

  if (kind == HERALD_REVIEW_FORMAT_PDF && to_stdout && isatty (STDOUT_FILENO))
    {
      g_set_error (error, HERALD_REPORT_ERROR, HERALD_REPORT_ERROR_INVALID,
                   _("A PDF report needs --output FILE"));
      return HERALD_EXIT_USAGE;
    }

  if (week != NULL)
    {
      if (!herald_iso_week_parse (week, &iso, error))
        return HERALD_EXIT_USAGE;
    }
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now (zone);
      g_autoptr (GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                                g_date_time_get_month (now),
                                                g_date_time_get_year (now));

      herald_iso_week_of (today, &iso);
    }

  found = herald_store_find_campaign (store, campaign, error);
  if (found == NULL)
    return HERALD_EXIT_FAILURE;

  review = herald_week_review_compute (store, herald_record_get_id (HERALD_RECORD (found)), &iso, zone, error);
  if (review == NULL)
    return HERALD_EXIT_FAILURE;

  if (!to_stdout)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (output);

      return herald_review_write_file (review, kind, file, error) ? HERALD_EXIT_OK : HERALD_EXIT_FAILURE;
    }

  bytes = herald_review_write (review, kind, error);
  if (bytes == NULL)
    return HERALD_EXIT_FAILURE;
  if (fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout) != g_bytes_get_size (bytes) ||
      fflush (stdout) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the report"));
      return HERALD_EXIT_FAILURE;
    }

  return HERALD_EXIT_OK;
}
