/* herald-import-profile-read.c — reading a file's rows with a profile
 *
 * Which row is the header and which profile it matches, what each cell
 * means and the number or date in it: a profile reads its platform's
 * export here, cell by cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "herald-import-profile-private.h"
#include "herald-xlsx-reader.h"

static const char * const default_date_formats[] = {
  "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
  "%Y/%m/%d", "%Y%m%d", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日", "serial",
};

/* Reading an export */

/**
 * herald_import_profile_match_header:
 * @self: a #HeraldImportProfile
 * @header: a header cell
 * @match: (out): what the column holds
 *
 * Returns: %TRUE if the profile knows the column
 */
gboolean
herald_import_profile_match_header (HeraldImportProfile *self,
                                    const char          *header,
                                    HeraldColumnMatch   *match)
{
  g_autofree char *key = herald_import_normalize_header (header);
  Column *column;

  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), FALSE);
  g_return_val_if_fail (match != NULL, FALSE);

  column = g_hash_table_lookup (self->aliases, key);
  if (column == NULL)
    {
      *match = (HeraldColumnMatch) { HERALD_COLUMN_IGNORED, NULL, HERALD_VALUE_COUNT };
      return FALSE;
    }

  *match = (HeraldColumnMatch) { column->role, column->metric, column->kind };
  return TRUE;
}

/**
 * herald_import_profile_score_row:
 * @self: a #HeraldImportProfile
 * @row: a row that may be the header row
 * @identified: (out) (optional): set to whether the row has the columns
 *   that say what each row is about (title or URL; the day for
 *   account-level exports) and at least one metric.  An export of one
 *   post the user chooses has no such column: its row must be mostly the
 *   profile's metrics, at least three of them.
 *
 * Returns: how many cells of @row the profile knows
 */
guint
herald_import_profile_score_row (HeraldImportProfile *self,
                                 const HeraldRow     *row,
                                 gboolean            *identified)
{
  gboolean identity = FALSE, metric = FALSE;
  guint score = 0, n_metrics = 0, n_filled = 0;

  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), 0);
  g_return_val_if_fail (row != NULL, 0);

  for (guint i = 0; i < row->n_cells; i++)
    {
      HeraldColumnMatch match;

      if (*row->cells[i] != '\0')
        n_filled++;
      if (!herald_import_profile_match_header (self, row->cells[i], &match))
        continue;

      score++;
      if (match.role == HERALD_COLUMN_METRIC)
        {
          metric = TRUE;
          n_metrics++;
        }
      else if (self->scope == HERALD_IMPORT_SCOPE_POST &&
               (match.role == HERALD_COLUMN_TITLE || match.role == HERALD_COLUMN_URL))
        identity = TRUE;
      else if (self->scope == HERALD_IMPORT_SCOPE_ACCOUNT && match.role == HERALD_COLUMN_DATE)
        identity = TRUE;
    }

  if (self->scope == HERALD_IMPORT_SCOPE_CHOSEN)
    identity = n_metrics >= 3 && 2 * n_metrics >= n_filled;

  if (identified != NULL)
    *identified = identity && metric;

  return score;
}

/**
 * herald_import_profile_describe_identity:
 * @self: a #HeraldImportProfile
 *
 * Returns: (transfer full): the header names that identify a row, for
 *   messages: "内容标题, 内容url" (for the export of one chosen post,
 *   its numbers' names)
 */
char *
herald_import_profile_describe_identity (HeraldImportProfile *self)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), NULL);

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = self->columns->pdata[i];

      if ((self->scope == HERALD_IMPORT_SCOPE_POST &&
           (column->role == HERALD_COLUMN_TITLE || column->role == HERALD_COLUMN_URL)) ||
          (self->scope == HERALD_IMPORT_SCOPE_ACCOUNT && column->role == HERALD_COLUMN_DATE) ||
          (self->scope == HERALD_IMPORT_SCOPE_CHOSEN && column->role == HERALD_COLUMN_METRIC))
        g_ptr_array_add (names, column->header);
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

gboolean
herald_import_profile_matches_file_name (HeraldImportProfile *self,
                                         const char          *file_name)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), FALSE);

  for (guint i = 0; file_name != NULL && i < self->file_names->len; i++)
    if (strstr (file_name, self->file_names->pdata[i]) != NULL)
      return TRUE;

  return FALSE;
}

gboolean
herald_import_profile_is_segment_total (HeraldImportProfile *self,
                                        const char          *value)
{
  g_autofree char *key = herald_import_normalize_header (value);

  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), FALSE);

  if (*key == '\0')
    return TRUE;

  for (guint i = 0; i < self->segment_totals->len; i++)
    if (g_str_equal (self->segment_totals->pdata[i], key))
      return TRUE;

  return FALSE;
}

/* Reads 1–@max digits (exactly @max when @exact). */
static gboolean
read_number (const char **text,
             guint        max,
             gboolean     exact,
             int         *value)
{
  guint n = 0;

  *value = 0;
  while (n < max && g_ascii_isdigit ((*text)[n]))
    {
      *value = *value * 10 + ((*text)[n] - '0');
      n++;
    }

  if (n == 0 || (exact && n != max))
    return FALSE;

  *text += n;
  return TRUE;
}

/* strptime-like, for %Y %m %d %H %M %S; a space matches one or more
 * spaces or a "T". */
static gboolean
match_format (const char *format,
              const char *text,
              int         fields[6])
{
  const char *p = text;

  fields[0] = fields[1] = fields[2] = 1;
  fields[3] = fields[4] = fields[5] = 0;

  for (const char *f = format; *f != '\0'; f++)
    {
      if (*f == '%' && f[1] != '\0')
        {
          int value;
          const char *field = strchr ("YmdHMS", *++f);

          if (field == NULL || !read_number (&p, *f == 'Y' ? 4 : 2, *f == 'Y', &value))
            return FALSE;
          fields[field - "YmdHMS"] = value;
        }
      else if (*f == ' ')
        {
          if (*p != ' ' && *p != 'T')
            return FALSE;
          while (*p == ' ' || *p == 'T')
            p++;
        }
      else if (*p++ != *f)
        return FALSE;
    }

  return *p == '\0';
}

/**
 * herald_import_profile_parse_time:
 * @self: a #HeraldImportProfile
 * @text: a date or time as the export writes it
 * @zone: the zone the export's times are in
 * @time: (out): Unix seconds
 *
 * Tries the profile's date formats in order ("serial" is an Excel serial
 * number, as a CSV saved from Excel may hold).
 *
 * Returns: %TRUE if @text is a date or time in one of them
 */
gboolean
herald_import_profile_parse_time (HeraldImportProfile *self,
                                  const char          *text,
                                  GTimeZone           *zone,
                                  gint64              *time)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char * const *formats;
  guint n_formats;

  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), FALSE);
  g_return_val_if_fail (zone != NULL && time != NULL, FALSE);

  if (self->date_formats->len > 0)
    {
      formats = (const char * const *) self->date_formats->pdata;
      n_formats = self->date_formats->len;
    }
  else
    {
      formats = default_date_formats;
      n_formats = G_N_ELEMENTS (default_date_formats);
    }

  for (guint i = 0; i < n_formats; i++)
    {
      g_autoptr (GDateTime) date_time = NULL;
      int fields[6];

      if (g_str_equal (formats[i], "serial"))
        {
          g_autofree char *iso = NULL;
          char *end = NULL;
          double serial = g_ascii_strtod (trimmed, &end);

          if (end == trimmed || *end != '\0' || serial < 1 ||
              (iso = herald_xlsx_format_serial (serial, FALSE)) == NULL ||
              (!match_format ("%Y-%m-%d %H:%M:%S", iso, fields) && !match_format ("%Y-%m-%d", iso, fields)))
            continue;
        }
      else if (!match_format (formats[i], trimmed, fields))
        continue;

      if (fields[0] < 1 || fields[1] < 1 || fields[1] > 12 || fields[2] < 1 ||
          fields[2] > g_date_get_days_in_month (fields[1], fields[0]) || fields[3] > 23 ||
          fields[4] > 59 || fields[5] > 59)
        continue;

      date_time = g_date_time_new (zone, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
      if (date_time == NULL)
        continue;

      *time = g_date_time_to_unix (date_time);
      return TRUE;
    }

  return FALSE;
}

static gboolean
parse_plain_number (const char *text,
                    double     *value)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  double multiplier = 1.0;
  char *end = NULL;
  gsize length = strlen (text);

  if (g_str_has_suffix (text, "万"))
    {
      multiplier = 1e4;
      length -= strlen ("万");
    }
  else if (g_str_has_suffix (text, "亿"))
    {
      multiplier = 1e8;
      length -= strlen ("亿");
    }

  /* Thousands separators go; anything else must be a number. */
  for (gsize i = 0; i < length; i++)
    if (text[i] != ',')
      g_string_append_c (digits, text[i]);

  g_strstrip (digits->str);
  digits->len = strlen (digits->str);
  if (digits->len == 0 || strchr ("0123456789+-.", digits->str[0]) == NULL)
    return FALSE;

  *value = g_ascii_strtod (digits->str, &end) * multiplier;
  return end != digits->str && *end == '\0' && isfinite (*value);
}

/* 12, 12.5s, 12秒, 1分23秒, 01:23, 1:02:03 */
static gboolean
parse_seconds (const char *text,
               double     *value)
{
  g_auto (GStrv) parts = NULL;
  double total = 0;
  guint n;

  if (strchr (text, ':') != NULL)
    {
      parts = g_strsplit (text, ":", -1);
      n = g_strv_length (parts);
      if (n > 3)
        return FALSE;
      for (guint i = 0; i < n; i++)
        {
          double part;

          if (!parse_plain_number (parts[i], &part) || part < 0)
            return FALSE;
          total = total * 60 + part;
        }
      *value = total;
      return TRUE;
    }

  if (strstr (text, "分") != NULL)
    {
      g_autofree char *copy = g_strdup (text);
      char *minute_mark = strstr (copy, "分");
      char *seconds = minute_mark + strlen ("分");
      double minutes, rest = 0;

      *minute_mark = '\0';
      if (g_str_has_suffix (seconds, "钟"))
        seconds[strlen (seconds) - strlen ("钟")] = '\0';
      if (g_str_has_prefix (seconds, "钟"))
        seconds += strlen ("钟");
      if (g_str_has_suffix (seconds, "秒"))
        seconds[strlen (seconds) - strlen ("秒")] = '\0';
      if (!parse_plain_number (copy, &minutes) || (*seconds != '\0' && !parse_plain_number (seconds, &rest)))
        return FALSE;
      *value = minutes * 60 + rest;
      return TRUE;
    }

  {
    g_autofree char *copy = g_strdup (text);

    if (g_str_has_suffix (copy, "秒"))
      copy[strlen (copy) - strlen ("秒")] = '\0';
    else if (g_str_has_suffix (copy, "s") || g_str_has_suffix (copy, "S"))
      copy[strlen (copy) - 1] = '\0';

    return parse_plain_number (copy, value);
  }
}

static gboolean
is_excel_error (const char *text)
{
  static const char * const errors[] = {
    "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!",
  };

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    if (g_ascii_strcasecmp (text, errors[i]) == 0)
      return TRUE;

  return FALSE;
}

/**
 * herald_import_parse_value:
 * @kind: how the cell is written
 * @text: the cell
 * @empty: (out): set to whether the cell holds no number at all ("", "-")
 * @value: (out): the number; a rate as a fraction (3.74% is 0.0374)
 *
 * Returns: %TRUE if @text is empty or a number of @kind, %FALSE if it is
 *   something else
 */
gboolean
herald_import_parse_value (HeraldValueKind  kind,
                           const char      *text,
                           gboolean        *empty,
                           double          *value)
{
  g_autofree char *normal = NULL;
  char *trimmed;

  g_return_val_if_fail (empty != NULL && value != NULL, FALSE);

  *empty = FALSE;
  *value = 0;

  /* Fast path: plain digits, the usual cell of a large export. */
  if (text != NULL && *text != '\0' && kind == HERALD_VALUE_COUNT)
    {
      const char *p = text;
      gint64 n = 0;

      while (g_ascii_isdigit (*p) && p - text < 15)
        n = n * 10 + (*p++ - '0');
      if (*p == '\0')
        {
          *value = (double) n;
          return TRUE;
        }
    }

  normal = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFKC);
  if (normal == NULL)
    return FALSE;
  trimmed = g_strstrip (normal);

  /* Nothing, a dash, or an error Excel wrote into the CSV (#DIV/0!, #N/A). */
  if (*trimmed == '\0' || g_str_equal (trimmed, "-") || g_str_equal (trimmed, "--") ||
      g_str_equal (trimmed, "—") || g_str_equal (trimmed, "/") || g_ascii_strcasecmp (trimmed, "N/A") == 0 ||
      is_excel_error (trimmed))
    {
      *empty = TRUE;
      return TRUE;
    }

  switch (kind)
    {
    case HERALD_VALUE_RATE:
      if (g_str_has_suffix (trimmed, "%"))
        {
          trimmed[strlen (trimmed) - 1] = '\0';
          if (!parse_plain_number (trimmed, value))
            return FALSE;
          *value /= 100.0;
          return TRUE;
        }
      return parse_plain_number (trimmed, value);

    case HERALD_VALUE_SECONDS:
      return parse_seconds (trimmed, value);

    case HERALD_VALUE_COUNT:
    default:
      return parse_plain_number (trimmed, value);
    }
}
