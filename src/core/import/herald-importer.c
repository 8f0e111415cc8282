/* herald-importer.c — platform exports into dated metric samples
 *
 * One import is one transaction: every row of the file lands, or none
 * does.  The steps:
 *
 *  1. The file's SHA-256 is looked up in the imports table: the same file
 *     imported twice would count its numbers twice, so it is refused.
 *  2. The reader is chosen by content (a zip is an .xlsx; anything else is
 *     read as CSV text), and the header row found among the first rows by
 *     matching the profiles' aliases: the best-matching profile wins, or
 *     the one the caller chose must match.  A header over two rows (groups
 *     merged above the names, "阅读" over "人数" and "次数") is read joined.
 *  3. Each row of a per-post export is matched to a post of the account: by
 *     URL, else by a similar title (bigram Dice) published within a few days.
 *     A row that matches none becomes a published post, noted as imported
 *     history.  Each number becomes a sample dated now (or when the caller
 *     says), so the T+1, T+3 and T+7 exports of the same posts stay three
 *     readings.  Rows of an account-level export (one per day) become
 *     samples of the account dated that day.  The export of one post
 *     (公众号's single-article detail) names no post: the caller chooses
 *     it, and its one row of numbers becomes samples of that post.
 *  4. A cell that should be a number and is not, a date that is not one,
 *     a damaged file, cancelling: the transaction is rolled back and the
 *     error names the file, row and column.
 *
 * Matching rows to posts is in herald-importer-match.c; an import in a
 * thread of its own, in herald-importer-async.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <math.h>

#include <gcrypt.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "herald-csv-reader.h"
#include "herald-importer-private.h"
#include "herald-xlsx-reader.h"

/* Rows searched for the header. */
#define HEADER_ROWS 20

/* How often to look at the cancellable and report progress, in rows. */
#define CHECK_EVERY 512

#define IMPORT_ZONE "Asia/Shanghai"

G_DEFINE_FINAL_TYPE (HeraldImporter, herald_importer, G_TYPE_OBJECT)

/* One column of the header row. */
typedef struct {
  HeraldColumnMatch  match;
  char              *header;
  guint              slot;    /* where its number goes in an account row */
} ColumnInfo;

/* A row kept while looking for the header. */
typedef struct {
  guint  number;
  GStrv  cells;
} SavedRow;

/* The file's SHA-256, worked out on a thread of its own. */
typedef struct _Hasher {
  GBytes  *data;
  GThread *thread;
  char    *sha256;
} Hasher;

/* The file's SHA-256 in hexadecimal, through libgcrypt: with the
 * processor's SHA instructions it reads a big export about six times as
 * fast as GChecksum. */
static char *
file_sha256 (GBytes *data)
{
  static gsize initialised;
  unsigned char digest[32];
  char hex[65];
  gsize size;
  gconstpointer bytes = g_bytes_get_data (data, &size);

  if (g_once_init_enter (&initialised))
    {
      gcry_check_version (NULL);
      g_once_init_leave (&initialised, 1);
    }

  gcry_md_hash_buffer (GCRY_MD_SHA256, digest, bytes, size);
  for (guint i = 0; i < sizeof digest; i++)
    {
      hex[2 * i] = "0123456789abcdef"[digest[i] >> 4];
      hex[2 * i + 1] = "0123456789abcdef"[digest[i] & 0xf];
    }
  hex[64] = '\0';

  return g_strdup (hex);
}

static gpointer
hash_thread (gpointer data)
{
  return file_sha256 (data);
}

/* Joins the thread working out the checksum, once. */
static const char *
hasher_finish (Hasher *hasher)
{
  if (hasher->thread != NULL)
    {
      hasher->sha256 = g_thread_join (hasher->thread);
      hasher->thread = NULL;
    }
  return hasher->sha256;
}

static void
hasher_clear (Hasher *hasher)
{
  hasher_finish (hasher);
  g_clear_pointer (&hasher->data, g_bytes_unref);
  g_clear_pointer (&hasher->sha256, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Hasher, hasher_clear)

/* Refuses a file imported before, by its checksum. */
static gboolean
check_not_imported (HeraldStore  *store,
                    const char   *file_name,
                    const char   *sha256,
                    GError      **error)
{
  g_autofree char *previous = NULL;
  g_autoptr (GError) local_error = NULL;
  gint64 imported_at = 0;

  previous = herald_store_find_import (store, sha256, &imported_at, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (previous != NULL)
    {
      g_autoptr (GTimeZone) local = g_time_zone_new_local ();
      g_autoptr (GDateTime) when = g_date_time_new_from_unix_utc (imported_at);
      g_autoptr (GDateTime) local_when = g_date_time_to_timezone (when, local);
      g_autofree char *text = g_date_time_format (local_when, "%Y-%m-%d %H:%M");

      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_ALREADY_IMPORTED,
                   _("“%s” was already imported on %s (as “%s”): importing it again would count its numbers twice"),
                   file_name, text, previous);
      return FALSE;
    }

  return TRUE;
}

static void
saved_row_free (SavedRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static void
column_info_clear (ColumnInfo *info)
{
  g_free (info->header);
}

void
herald_import_summary_clear (HeraldImportSummary *summary)
{
  g_clear_pointer (&summary->file_name, g_free);
  g_clear_pointer (&summary->profile, g_free);
  g_clear_pointer (&summary->import_id, g_free);
  summary->rows = summary->matched = summary->created = summary->skipped = summary->samples = 0;
}

void
herald_import_summary_free (HeraldImportSummary *summary)
{
  if (summary == NULL)
    return;

  herald_import_summary_clear (summary);
  g_free (summary);
}

static void
herald_importer_dispose (GObject *object)
{
  HeraldImporter *self = HERALD_IMPORTER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  self->progress = NULL;
  self->progress_destroy = NULL;

  G_OBJECT_CLASS (herald_importer_parent_class)->dispose (object);
}

static void
herald_importer_finalize (GObject *object)
{
  HeraldImporter *self = HERALD_IMPORTER (object);

  g_free (self->account_id);
  g_free (self->campaign_id);
  g_free (self->post_id);
  g_free (self->sheet);

  G_OBJECT_CLASS (herald_importer_parent_class)->finalize (object);
}

static void
herald_importer_class_init (HeraldImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = herald_importer_dispose;
  object_class->finalize = herald_importer_finalize;
}

static void
herald_importer_init (HeraldImporter *self)
{
}

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

/* Header */

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

/* Headers over two rows: a group above ("阅读", merged over its columns,
 * so only in the first) and the names below ("人数", "次数").  Each
 * column gets the group it is under in front of its name when the profile
 * knows that ("阅读人数"), else keeps its own name. */
static char **
joined_headers (HeraldImportProfile *profile,
                char               **above,
                char               **row)
{
  guint n = g_strv_length (row), n_above = g_strv_length (above);
  char **headers = g_new0 (char *, n + 1);
  const char *group = "";

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *joined = NULL;
      HeraldColumnMatch match;

      if (i < n_above && *above[i] != '\0')
        group = above[i];

      joined = g_strconcat (group, row[i], NULL);
      if (*group != '\0' && *row[i] != '\0' && herald_import_profile_match_header (profile, joined, &match))
        headers[i] = g_steal_pointer (&joined);
      else
        headers[i] = g_strdup (row[i]);
    }

  return headers;
}

static gboolean
find_header (ImportRun  *run,
             GPtrArray  *profiles,
             GError    **error)
{
  HeraldImportProfile *best = NULL;
  guint best_score = 0, best_row = 0, n_read = 0;
  gboolean best_named = FALSE;
  g_auto (GStrv) best_headers = NULL;
  const HeraldRow *row;
  g_autoptr (GError) local_error = NULL;

  while (n_read < HEADER_ROWS && (row = herald_row_source_next (run->source, &local_error)) != NULL)
    {
      SavedRow *saved = g_new0 (SavedRow, 1);

      saved->number = row->number;
      saved->cells = g_new0 (char *, row->n_cells + 1);
      for (guint i = 0; i < row->n_cells; i++)
        saved->cells[i] = g_strdup (row->cells[i]);
      g_ptr_array_add (run->saved, saved);
      n_read++;

      for (guint i = 0; i < profiles->len; i++)
        for (guint joined = 0; joined < (n_read > 1 ? 2 : 1); joined++)
          {
            HeraldImportProfile *profile = profiles->pdata[i];
            g_auto (GStrv) headers = NULL;
            HeraldRow candidate;
            gboolean identified, named;
            guint score;

            if (joined)
              headers = joined_headers (profile, ((SavedRow *) run->saved->pdata[n_read - 2])->cells, saved->cells);
            else
              headers = g_strdupv (saved->cells);

            candidate = (HeraldRow) { saved->number, g_strv_length (headers), (const char * const *) headers };
            score = herald_import_profile_score_row (profile, &candidate, &identified);
            if (!identified)
              continue;

            named = herald_import_profile_matches_file_name (profile, run->file_name);
            if (score > best_score || (score == best_score && named && !best_named))
              {
                best = profile;
                best_score = score;
                best_row = n_read - 1;
                best_named = named;
                g_strfreev (best_headers);
                best_headers = g_steal_pointer (&headers);
              }
          }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (best == NULL)
    {
      if (profiles->len == 1)
        {
          g_autofree char *identity = herald_import_profile_describe_identity (profiles->pdata[0]);

          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER,
                       _("“%s” does not have the columns of “%s”: none of its first %u rows names a column that says what each row is about (%s) and a number to import"),
                       run->file_name, herald_import_profile_get_title (profiles->pdata[0]), HEADER_ROWS,
                       identity);
        }
      else
        g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER,
                     _("Herald does not know the columns of “%s”: choose a profile, or map its columns to metrics"),
                     run->file_name);
      return FALSE;
    }

  run->profile = best;
  {
    SavedRow *header = run->saved->pdata[best_row];
    gboolean seen[HERALD_COLUMN_SEGMENT + 1] = { FALSE, };
    g_autoptr (GHashTable) metrics = g_hash_table_new (g_str_hash, g_str_equal);
    guint n = g_strv_length (best_headers);

    run->header_row = header->number;
    g_array_set_size (run->columns, n);
    for (guint i = 0; i < n; i++)
      {
        ColumnInfo *info = &g_array_index (run->columns, ColumnInfo, i);

        info->header = g_strdup (best_headers[i]);
        herald_import_profile_match_header (best, best_headers[i], &info->match);

        /* The first column of each kind counts; a metric named twice
         * ("点赞", "点赞数") is read once. */
        if (info->match.role == HERALD_COLUMN_METRIC)
          {
            if (!g_hash_table_add (metrics, (gpointer) info->match.metric))
              info->match.role = HERALD_COLUMN_IGNORED;
          }
        else if (info->match.role != HERALD_COLUMN_IGNORED)
          {
            if (seen[info->match.role])
              info->match.role = HERALD_COLUMN_IGNORED;
            seen[info->match.role] = TRUE;
          }
      }
    g_ptr_array_remove_range (run->saved, 0, best_row + 1);
  }

  return TRUE;
}

/* Rows */

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

static gboolean
import_rows (HeraldStore  *store,
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
  if (!check_not_imported (store, run->file_name, hasher_finish (run->hasher), error))
    return FALSE;

  return herald_store_add_import (store, run->summary->import_id, run->file_name,
                                  herald_import_profile_get_name (run->profile), hasher_finish (run->hasher),
                                  run->summary->rows, run->now, error);
}

/* A preview does all an import does, then rolls it back. */
static gboolean
preview_rows (HeraldStore  *store,
              gpointer      user_data,
              GError      **error)
{
  if (!import_rows (store, user_data, error))
    return FALSE;

  g_set_error_literal (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_DRY_RUN, "preview");
  return FALSE;
}


/* Which account */

static char *
choose_account (HeraldImporter       *self,
                HeraldImportProfile  *profile,
                GError              **error)
{
  g_autoptr (GListModel) accounts = NULL;
  g_autofree char *found = NULL;
  const char *channel = herald_import_profile_get_channel (profile);
  guint n, matches = 0;

  accounts = herald_store_list_accounts (self->store, error);
  if (accounts == NULL)
    return NULL;

  n = g_list_model_get_n_items (accounts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);
      const char *id = herald_record_get_id (HERALD_RECORD (account));

      if (self->account_id != NULL)
        {
          if (g_str_equal (id, self->account_id))
            return g_strdup (id);
        }
      else if (*channel == '\0' || g_str_equal (herald_account_get_kind (account), channel))
        {
          if (matches++ == 0)
            found = g_strdup (id);
        }
    }

  if (self->account_id != NULL)
    g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_ACCOUNT,
                 _("The account to import into does not exist"));
  else if (matches == 0)
    g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_ACCOUNT,
                 _("There is no account for “%s” data yet: add the account first"),
                 herald_import_profile_get_title (profile));
  else if (matches > 1)
    g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_ACCOUNT,
                 _("Several accounts could take “%s” data: choose the account to import into"),
                 herald_import_profile_get_title (profile));
  else
    return g_steal_pointer (&found);

  return NULL;
}

/* Which post, for the export of one */

static gboolean
choose_post (HeraldImporter       *self,
             HeraldImportProfile  *profile,
             const char           *file_name,
             HeraldPost          **post,
             GError              **error)
{
  g_autoptr (HeraldPost) found = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *channel = herald_import_profile_get_channel (profile);

  *post = NULL;

  if (herald_import_profile_get_scope (profile) != HERALD_IMPORT_SCOPE_CHOSEN)
    {
      if (self->post_id == NULL)
        return TRUE;
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                   _("“%s” is a “%s” export, whose rows say which post they are about: no post is to be chosen"),
                   file_name, herald_import_profile_get_title (profile));
      return FALSE;
    }

  if (self->post_id == NULL)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                   _("“%s” is a “%s” export, which does not say which post it is about: choose the post"),
                   file_name, herald_import_profile_get_title (profile));
      return FALSE;
    }

  found = herald_store_get_post (self->store, self->post_id, &local_error);
  if (found == NULL)
    {
      if (local_error != NULL && !g_error_matches (local_error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                     _("The post to import “%s” into does not exist"), file_name);
      return FALSE;
    }

  if (self->account_id != NULL && !g_str_equal (self->account_id, herald_post_get_account_id (found)))
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                   _("The post chosen for “%s” belongs to another account than the one chosen"), file_name);
      return FALSE;
    }

  if (*channel != '\0')
    {
      g_autoptr (HeraldAccount) account = NULL;

      account = herald_store_get_account (self->store, herald_post_get_account_id (found), error);
      if (account == NULL)
        return FALSE;
      if (!g_str_equal (herald_account_get_kind (account), channel))
        {
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                       _("“%s” is a “%s” export, and the post chosen is on the account “%s” of another platform"),
                       file_name, herald_import_profile_get_title (profile), herald_account_get_name (account));
          return FALSE;
        }
    }

  *post = g_steal_pointer (&found);
  return TRUE;
}

/* The import */

static HeraldRowSource *
open_source (HeraldImporter  *self,
             GBytes          *data,
             const char      *file_name,
             GError         **error)
{
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);

  if (herald_xlsx_is_zip (data))
    return HERALD_ROW_SOURCE (herald_xlsx_reader_new (data, file_name, self->sheet, error));

  if (size >= 4 && memcmp (bytes, "\xd0\xcf\x11\xe0", 4) == 0)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("“%s” is an old Excel (.xls) file: open it and save it as .xlsx or CSV"), file_name);
      return NULL;
    }

  return HERALD_ROW_SOURCE (herald_csv_reader_new (data, file_name, error));
}

static GTimeZone *
import_zone (void)
{
  GTimeZone *zone = g_time_zone_new_identifier (IMPORT_ZONE);

  return zone != NULL ? zone : g_time_zone_new_offset (8 * 60 * 60);
}

/**
 * herald_importer_import_bytes:
 * @self: a #HeraldImporter
 * @data: the bytes of an export (.xlsx or CSV)
 * @file_name: its name, for messages and the imports table
 * @summary: (out caller-allocates) (optional): what the import did
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Imports the export in one transaction; on failure nothing is changed.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_importer_import_bytes (HeraldImporter       *self,
                              GBytes               *data,
                              const char           *file_name,
                              HeraldImportSummary  *summary,
                              GCancellable         *cancellable,
                              GError              **error)
{
  g_auto (HeraldImportSummary) local_summary = { 0, };
  g_autoptr (HeraldRowSource) source = NULL;
  g_autoptr (GPtrArray) builtin = NULL;
  g_autoptr (GPtrArray) single = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GHashTable) by_url = NULL;
  g_autoptr (GHashTable) by_title = NULL;
  g_autoptr (GHashTable) metric_names = NULL;
  g_autoptr (GHashTable) segments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) saved = NULL;
  g_autoptr (GArray) columns = NULL;
  g_autoptr (GTimeZone) zone = NULL;
  g_auto (Hasher) hasher = { NULL, NULL, NULL };
  g_autofree char *account_id = NULL;
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) local_error = NULL;
  GPtrArray *profiles;
  ImportRun run = { 0, };
  gboolean ok;

  g_return_val_if_fail (HERALD_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A big export's checksum takes a while: worked out on another core
   * while the rows are read, and checked at the end of the import. */
  hasher.data = g_bytes_ref (data);
  hasher.thread = g_thread_new ("herald-import-hash", hash_thread, hasher.data);

  source = open_source (self, data, file_name, error);
  if (source == NULL)
    return FALSE;

  if (self->profile != NULL)
    {
      single = g_ptr_array_new ();
      g_ptr_array_add (single, self->profile);
      profiles = single;
    }
  else if (self->profiles != NULL)
    profiles = self->profiles;
  else
    profiles = builtin = herald_import_profile_list_builtin ();

  zone = import_zone ();
  saved = g_ptr_array_new_with_free_func ((GDestroyNotify) saved_row_free);
  columns = g_array_new (FALSE, TRUE, sizeof (ColumnInfo));
  g_array_set_clear_func (columns, (GDestroyNotify) column_info_clear);
  candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_import_candidate_free);
  by_url = g_hash_table_new (g_str_hash, g_str_equal);
  by_title = g_hash_table_new (g_str_hash, g_str_equal);
  metric_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  run.importer = self;
  run.store = self->store;
  run.source = source;
  run.cancellable = cancellable;
  run.zone = zone;
  run.file_name = file_name;
  run.hasher = &hasher;
  run.now = g_get_real_time () / G_USEC_PER_SEC;
  run.captured_at = self->captured_at != 0 ? self->captured_at : run.now;
  run.saved = saved;
  run.columns = columns;
  run.candidates = candidates;
  run.by_url = by_url;
  run.by_title = by_title;
  run.metric_names = metric_names;
  run.segments = segments;
  run.summary = &local_summary;
  run.last_fraction = 0.0;

  if (!find_header (&run, profiles, error))
    return FALSE;

  if (!choose_post (self, run.profile, file_name, &post, error))
    return FALSE;
  if (post != NULL)
    {
      account_id = g_strdup (herald_post_get_account_id (post));
      run.post_id = herald_record_get_id (HERALD_RECORD (post));
    }
  else
    account_id = choose_account (self, run.profile, error);
  if (account_id == NULL)
    return FALSE;
  run.account_id = account_id;

  if (herald_import_profile_get_scope (run.profile) == HERALD_IMPORT_SCOPE_POST &&
      !herald_import_run_load_candidates (&run, error))
    return FALSE;

  local_summary.file_name = g_strdup (file_name);
  local_summary.profile = g_strdup (herald_import_profile_get_name (run.profile));
  local_summary.import_id = herald_store_new_id ();

  if (self->dry_run)
    {
      ok = herald_store_transaction (self->store, preview_rows, &run, &local_error);
      if (g_error_matches (local_error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_DRY_RUN))
        g_clear_error (&local_error);
      else if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      ok = local_error == NULL && (error == NULL || *error == NULL);
    }
  else
    ok = herald_store_transaction (self->store, import_rows, &run, error);
  g_free (run.last_time_text);
  if (!ok)
    return FALSE;

  if (self->progress != NULL)
    self->progress (1.0, self->progress_data);

  if (summary != NULL)
    {
      *summary = local_summary;
      local_summary = (HeraldImportSummary) { 0, };
    }

  return TRUE;
}

static GBytes *
read_file (const char  *path,
           GError     **error)
{
  g_autoptr (GMappedFile) mapped = NULL;
  g_autoptr (GError) local_error = NULL;

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, G_FILE_ERROR, local_error->code, _("Could not read “%s”: %s"), path,
                   local_error->message);
      return NULL;
    }

  return g_mapped_file_get_bytes (mapped);
}

/**
 * herald_importer_import_file:
 * @self: a #HeraldImporter
 * @path: an export (.xlsx or CSV)
 * @summary: (out caller-allocates) (optional): what the import did
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Like herald_importer_import_bytes(), for a file.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_importer_import_file (HeraldImporter       *self,
                             const char           *path,
                             HeraldImportSummary  *summary,
                             GCancellable         *cancellable,
                             GError              **error)
{
  g_autoptr (GBytes) data = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (HERALD_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = read_file (path, error);
  if (data == NULL)
    return FALSE;

  name = g_path_get_basename (path);
  return herald_importer_import_bytes (self, data, name, summary, cancellable, error);
}

/* Preview */

static const char * const known_metrics[] = {
  "views", "readers", "likes", "comments", "shares", "favorites", "zaikan", "coins", "danmaku",
  "followers_gained", "completion_rate", "avg_watch_seconds", "clicks", NULL
};

/**
 * herald_import_known_metrics:
 *
 * Returns: (transfer none) (array zero-terminated=1): Herald's own metric
 *   vocabulary (PLATFORMS.md §2); a profile may name others
 */
const char * const *
herald_import_known_metrics (void)
{
  return known_metrics;
}

/**
 * herald_import_preview_file:
 * @path: an export (.xlsx or CSV)
 * @sheet: (nullable): the .xlsx sheet, or %NULL for the first with rows
 * @max_rows: how many rows to read at most
 * @error: return location for a #GError
 *
 * Reads the first rows of a file, for the column-mapping dialog to show.
 *
 * Returns: (transfer full) (element-type GStrv) (nullable): the rows
 */
GPtrArray *
herald_import_preview_file (const char  *path,
                            const char  *sheet,
                            guint        max_rows,
                            GError     **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (HeraldImporter) importer = NULL;
  g_autoptr (HeraldRowSource) source = NULL;
  g_autoptr (GBytes) data = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GError) local_error = NULL;
  const HeraldRow *row;

  g_return_val_if_fail (path != NULL, NULL);

  data = read_file (path, error);
  if (data == NULL)
    return NULL;

  name = g_path_get_basename (path);
  importer = g_object_new (HERALD_TYPE_IMPORTER, NULL);
  importer->sheet = g_strdup (sheet);
  source = open_source (importer, data, name, error);
  if (source == NULL)
    return NULL;

  while (rows->len < max_rows && (row = herald_row_source_next (source, &local_error)) != NULL)
    {
      char **cells = g_new0 (char *, row->n_cells + 1);

      for (guint i = 0; i < row->n_cells; i++)
        cells[i] = g_strdup (row->cells[i]);
      g_ptr_array_add (rows, cells);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/**
 * herald_import_detect_profile:
 * @profiles: (element-type HeraldImportProfile): the candidates
 * @rows: (element-type GStrv): the first rows of a file
 * @header_row: (out) (optional): the index in @rows of the header
 *
 * Returns: (transfer none) (nullable): the profile whose columns the
 *   header matches best, or %NULL if none has the columns it needs
 */
HeraldImportProfile *
herald_import_detect_profile (GPtrArray *profiles,
                              GPtrArray *rows,
                              guint     *header_row)
{
  HeraldImportProfile *best = NULL;
  guint best_score = 0;

  g_return_val_if_fail (profiles != NULL && rows != NULL, NULL);

  for (guint r = 0; r < rows->len && r < HEADER_ROWS; r++)
    {
      HeraldRow row = { r + 1, g_strv_length (rows->pdata[r]), (const char * const *) rows->pdata[r] };

      for (guint i = 0; i < profiles->len; i++)
        {
          gboolean identified;
          guint score = herald_import_profile_score_row (profiles->pdata[i], &row, &identified);

          if (identified && score > best_score)
            {
              best = profiles->pdata[i];
              best_score = score;
              if (header_row != NULL)
                *header_row = r;
            }
        }
    }

  return best;
}

/* Settings */

/**
 * herald_importer_new:
 * @store: the database to import into
 *
 * Returns: (transfer full): a new importer
 */
HeraldImporter *
herald_importer_new (HeraldStore *store)
{
  HeraldImporter *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_IMPORTER, NULL);
  self->store = g_object_ref (store);
  return self;
}

void
herald_importer_set_profiles (HeraldImporter *self,
                              GPtrArray      *profiles)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  if (profiles != NULL)
    self->profiles = g_ptr_array_ref (profiles);
}

void
herald_importer_set_profile (HeraldImporter      *self,
                             HeraldImportProfile *profile)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_set_object (&self->profile, profile);
}

void
herald_importer_set_account_id (HeraldImporter *self,
                                const char     *account_id)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_free (self->account_id);
  self->account_id = g_strdup (account_id);
}

void
herald_importer_set_campaign_id (HeraldImporter *self,
                                 const char     *campaign_id)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_free (self->campaign_id);
  self->campaign_id = g_strdup (campaign_id);
}

/**
 * herald_importer_set_post_id:
 * @self: a #HeraldImporter
 * @post_id: (nullable): the post
 *
 * The post the export of one post (a profile of scope
 * %HERALD_IMPORT_SCOPE_CHOSEN) is about; its samples are dated as
 * herald_importer_set_captured_at() says.  Any other export is refused
 * while a post is set.
 */
void
herald_importer_set_post_id (HeraldImporter *self,
                             const char     *post_id)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_free (self->post_id);
  self->post_id = g_strdup (post_id);
}

void
herald_importer_set_captured_at (HeraldImporter *self,
                                 gint64          captured_at)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  self->captured_at = captured_at;
}

void
herald_importer_set_sheet (HeraldImporter *self,
                           const char     *sheet)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_free (self->sheet);
  self->sheet = g_strdup (sheet);
}

/**
 * herald_importer_set_dry_run:
 * @self: a #HeraldImporter
 * @dry_run: whether to preview only
 *
 * A preview reads, matches and counts as an import does, and reports the
 * same summary, but leaves the database as it was.
 */
void
herald_importer_set_dry_run (HeraldImporter *self,
                             gboolean        dry_run)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  self->dry_run = dry_run;
}

void
herald_importer_set_progress_func (HeraldImporter           *self,
                                   HeraldImportProgressFunc  func,
                                   gpointer                  user_data,
                                   GDestroyNotify            destroy)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);

  self->progress = func;
  self->progress_data = user_data;
  self->progress_destroy = destroy;
}
