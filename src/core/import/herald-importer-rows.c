/* herald-importer-rows.c — an export's rows into samples
 *
 * Below the header, each row of a per-post export is matched to a post
 * (or becomes one) and each of its numbers a metric sample; each row of
 * an account-level export becomes samples of the account for its day.
 * A cell that is not what its column says stops the import with the
 * file, row and column named.  Runs inside the import's transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <string.h>

#include "herald-importer-private.h"

/* How often to look at the cancellable and report progress, in rows. */
#define CHECK_EVERY 512

/* Errors */

static void
set_cell_error (ImportRun   *run,
                GError     **error,
                guint        row,
                guint        column,
                const char  *text,
                const char  *what)
{
  g_autofree char *name = herald_column_name (column);
  const char *header = column < run->columns->len ? g_array_index (run->columns, ColumnInfo, column).header : "";

  /* Translators: "“file.xlsx”, row 12, column C (“播放量”): “abc” is not a number" */
  g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_BAD_VALUE,
               _("“%s”, row %u, column %s (“%s”): “%s” %s"),
               run->file_name, row, name, header, text, what);
}

static const char *
kind_problem (HeraldValueKind kind)
{
  switch (kind)
    {
    case HERALD_VALUE_RATE:
      return _("is not a rate (write 0.0374 or 3.74%)");
    case HERALD_VALUE_SECONDS:
      return _("is not a duration");
    case HERALD_VALUE_COUNT:
    default:
      return _("is not a number");
    }
}

/* Rows */


static gboolean
is_blank (guint               n_cells,
          const char * const *cells)
{
  for (guint i = 0; i < n_cells; i++)
    for (const char *p = cells[i]; *p != '\0'; p++)
      if (!g_ascii_isspace (*p))
        return FALSE;

  return TRUE;
}

static const char *
metric_name (ImportRun  *run,
             const char *metric,
             const char *segment)
{
  char buffer[256];
  char *name;

  if (segment == NULL)
    return metric;

  if ((gsize) g_snprintf (buffer, sizeof buffer, "%s:%s", metric, segment) < sizeof buffer)
    name = g_hash_table_lookup (run->metric_names, buffer);
  else
    name = NULL;

  if (name == NULL)
    {
      name = g_strconcat (metric, ":", segment, NULL);
      g_hash_table_replace (run->metric_names, name, name);
    }

  return name;
}

static gboolean
parse_time_cached (ImportRun  *run,
                   const char *text,
                   gint64     *time)
{
  if (run->last_time_text != NULL && g_str_equal (run->last_time_text, text))
    {
      *time = run->last_time;
      return TRUE;
    }

  if (!herald_import_profile_parse_time (run->profile, text, run->zone, time))
    return FALSE;

  g_free (run->last_time_text);
  run->last_time_text = g_strdup (text);
  run->last_time = *time;
  return TRUE;
}

static gboolean
is_segment_total_cached (ImportRun  *run,
                         const char *segment)
{
  gpointer total;

  if (!g_hash_table_lookup_extended (run->segments, segment, NULL, &total))
    {
      total = GINT_TO_POINTER (herald_import_profile_is_segment_total (run->profile, segment));
      if (g_hash_table_size (run->segments) < 10000)
        g_hash_table_insert (run->segments, g_strdup (segment), total);
    }

  return GPOINTER_TO_INT (total);
}

static gboolean
is_total_title (const char *title)
{
  static const char * const totals[] = { "合计", "总计", "汇总", "平均", "平均值", "total", "sum" };
  g_autofree char *key = herald_import_normalize_title (title);

  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    if (g_str_equal (key, totals[i]))
      return TRUE;

  return FALSE;
}

/* The numbers of a row about the account, in one row of the database. */
static gboolean
import_account_row (ImportRun     *run,
                    gint64         captured_at,
                    const char    *segment,
                    guint          n_values,
                    const double  *values,
                    const guint   *metric_columns,
                    GError       **error)
{
  double slots[256];

  g_assert (run->n_slots <= G_N_ELEMENTS (slots));

  for (guint i = 0; i < run->n_slots; i++)
    slots[i] = NAN;
  for (guint i = 0; i < n_values; i++)
    {
      const ColumnInfo *info = &g_array_index (run->columns, ColumnInfo, metric_columns[i]);

      slots[info->slot] = values[i];
    }

  if (!herald_store_insert_account_row (run->store, run->account_batch, captured_at, segment,
                                        slots, run->n_slots, error))
    return FALSE;

  run->summary->samples += n_values;
  run->account_numbers += n_values;
  return TRUE;
}

/* Numbers the file has about the account go in account rows, with the
 * metric columns in order (at most as many as a row can carry). */
static gboolean
begin_account_rows (ImportRun  *run,
                    GError    **error)
{
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  g_auto (GStrv) metrics = NULL;

  run->n_slots = 0;
  for (guint i = 0; i < run->columns->len && run->n_slots < 256; i++)
    {
      ColumnInfo *info = &g_array_index (run->columns, ColumnInfo, i);

      if (info->match.role != HERALD_COLUMN_METRIC)
        continue;
      info->slot = run->n_slots++;
      g_strv_builder_add (names, info->match.metric);
    }
  metrics = g_strv_builder_end (names);

  return herald_store_begin_account_rows (run->store, run->summary->import_id, run->account_id,
                                          (const char * const *) metrics, &run->account_batch,
                                          error);
}

static gboolean
import_row (ImportRun           *run,
            guint                number,
            guint                n_cells,
            const char * const  *cells,
            GError             **error)
{
  const char *title = NULL, *url = NULL, *time_text = NULL, *date_text = NULL, *segment = NULL;
  guint time_column = 0, date_column = 0;
  double values[256];
  guint metric_columns[256];
  guint n_values = 0;
  const char *post_id = NULL;
  gint64 time = 0, captured_at = run->captured_at;
  guint n = MIN (n_cells, run->columns->len);

  if (is_blank (n_cells, cells))
    return TRUE;

  run->summary->rows++;

  for (guint i = 0; i < n; i++)
    {
      const ColumnInfo *info = &g_array_index (run->columns, ColumnInfo, i);
      const char *text = cells[i];

      switch (info->match.role)
        {
        case HERALD_COLUMN_TITLE:
          title = text;
          break;
        case HERALD_COLUMN_URL:
          url = text;
          break;
        case HERALD_COLUMN_TIME:
          time_text = text;
          time_column = i;
          break;
        case HERALD_COLUMN_DATE:
          date_text = text;
          date_column = i;
          break;
        case HERALD_COLUMN_SEGMENT:
          segment = text;
          break;
        case HERALD_COLUMN_METRIC:
          {
            gboolean empty;
            double value;

            if (!herald_import_parse_value (info->match.kind, text, &empty, &value))
              {
                set_cell_error (run, error, number, i, text, kind_problem (info->match.kind));
                return FALSE;
              }
            if (!empty && n_values < G_N_ELEMENTS (values))
              {
                values[n_values] = value;
                metric_columns[n_values] = i;
                n_values++;
              }
          }
          break;
        case HERALD_COLUMN_IGNORED:
        default:
          break;
        }
    }

  if (time_text != NULL && *g_strstrip ((char *) time_text) != '\0' &&
      !parse_time_cached (run, time_text, &time))
    {
      set_cell_error (run, error, number, time_column, time_text, _("is not a date or time"));
      return FALSE;
    }

  if (herald_import_profile_get_scope (run->profile) == HERALD_IMPORT_SCOPE_CHOSEN)
    {
      if (n_values == 0)
        {
          run->summary->skipped++;
          return TRUE;
        }
      /* Two rows of numbers for one post at one moment: which is it? */
      if (run->post_row != 0)
        {
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_BAD_VALUE,
                       _("“%s”, row %u: the export of one post has one row of numbers, and row %u has them already"),
                       run->file_name, number, run->post_row);
          return FALSE;
        }
      run->post_row = number;
      run->summary->matched++;
      post_id = run->post_id;
    }
  else if (herald_import_profile_get_scope (run->profile) == HERALD_IMPORT_SCOPE_ACCOUNT)
    {
      if (date_text == NULL || *g_strstrip ((char *) date_text) == '\0')
        {
          run->summary->skipped++;
          return TRUE;
        }
      if (!parse_time_cached (run, date_text, &captured_at))
        {
          /* A total row at the end ("合计") is not a day. */
          if (is_total_title (date_text))
            {
              run->summary->skipped++;
              return TRUE;
            }
          set_cell_error (run, error, number, date_column, date_text, _("is not a date"));
          return FALSE;
        }
      if (segment != NULL && is_segment_total_cached (run, segment))
        segment = NULL;
      if (n_values == 0)
        {
          run->summary->skipped++;
          return TRUE;
        }

      return import_account_row (run, captured_at, segment, n_values, values, metric_columns, error);
    }
  else
    {
      Candidate *candidate;

      if ((title == NULL || *title == '\0') && (url == NULL || *url == '\0'))
        {
          run->summary->skipped++;
          return TRUE;
        }
      if (n_values == 0 || (title != NULL && is_total_title (title)))
        {
          run->summary->skipped++;
          return TRUE;
        }

      candidate = herald_import_run_find_post (run, url, title, time);
      if (candidate != NULL)
        {
          run->summary->matched++;
          post_id = candidate->id;
        }
      else
        {
          g_autoptr (HeraldPost) post = NULL;
          g_autofree char *note = NULL;

          post = herald_post_new (run->account_id, title != NULL && *title != '\0' ? title : url);
          herald_post_set_status (post, HERALD_POST_STATUS_PUBLISHED);
          herald_post_set_published_at (post, time != 0 ? time : run->captured_at);
          herald_post_set_url (post, url);
          herald_post_set_campaign_id (post, run->importer->campaign_id);
          note = g_strdup_printf (_("Imported history: made from row %u of “%s”"), number, run->file_name);
          herald_post_set_notes (post, note);
          if (!herald_store_save_post (run->store, post, error))
            return FALSE;

          herald_import_run_add_candidate (run, herald_record_get_id (HERALD_RECORD (post)), url,
                                           herald_post_get_title (post), herald_post_get_published_at (post));
          post_id = ((Candidate *) run->candidates->pdata[run->candidates->len - 1])->id;
          run->summary->created++;
        }
    }

  for (guint i = 0; i < n_values; i++)
    {
      const ColumnInfo *info = &g_array_index (run->columns, ColumnInfo, metric_columns[i]);

      if (!herald_store_insert_sample (run->store, run->account_id, post_id,
                                       metric_name (run, info->match.metric, segment),
                                       values[i], captured_at, run->summary->import_id, error))
        return FALSE;
      run->summary->samples++;
    }

  return TRUE;
}

static void
report_progress (ImportRun *run,
                 double     fraction)
{
  if (run->importer->progress == NULL || fraction - run->last_fraction < 0.01)
    return;

  run->last_fraction = fraction;
  run->importer->progress (fraction, run->importer->progress_data);
}

gboolean
herald_import_run_import_rows (HeraldStore  *store,
                               gpointer      user_data,
                               GError      **error)
{
  ImportRun *run = user_data;
  const HeraldRow *row;
  g_autoptr (GError) local_error = NULL;
  guint count = 0;

  /* The file's checksum is still being worked out on another core; the
   * import row holds its own id in its place until the end. */
  if (!herald_store_add_import (store, run->summary->import_id, run->file_name,
                                herald_import_profile_get_name (run->profile), run->summary->import_id, 0,
                                run->now, error))
    return FALSE;

  if (herald_import_profile_get_scope (run->profile) == HERALD_IMPORT_SCOPE_ACCOUNT &&
      !begin_account_rows (run, error))
    return FALSE;

  for (guint i = 0; i < run->saved->len; i++)
    {
      SavedRow *saved = run->saved->pdata[i];

      if (!import_row (run, saved->number, g_strv_length (saved->cells),
                       (const char * const *) saved->cells, error))
        return FALSE;
    }

  while ((row = herald_row_source_next (run->source, &local_error)) != NULL)
    {
      if (!import_row (run, row->number, row->n_cells, row->cells, error))
        return FALSE;

      if (++count % CHECK_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
            return FALSE;
          report_progress (run, herald_row_source_get_fraction (run->source));
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
    return FALSE;

  if (herald_import_profile_get_scope (run->profile) == HERALD_IMPORT_SCOPE_ACCOUNT &&
      !herald_store_end_account_rows (store, run->account_batch, run->account_numbers, error))
    return FALSE;

  /* The same file imported before: nothing of this one stays. */
  if (!herald_import_check_not_imported (store, run->file_name, herald_import_hasher_finish (run->hasher), error))
    return FALSE;

  return herald_store_add_import (store, run->summary->import_id, run->file_name,
                                  herald_import_profile_get_name (run->profile), herald_import_hasher_finish (run->hasher),
                                  run->summary->rows, run->now, error);
}

/* A preview does all an import does, then rolls it back. */
gboolean
herald_import_run_preview_rows (HeraldStore  *store,
                                gpointer      user_data,
                                GError      **error)
{
  if (!herald_import_run_import_rows (store, user_data, error))
    return FALSE;

  g_set_error_literal (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_DRY_RUN, "preview");
  return FALSE;
}
