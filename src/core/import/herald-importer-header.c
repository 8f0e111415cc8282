/* herald-importer-header.c — finding an export's header row
 *
 * An import reads the first rows of a file and scores each against every
 * profile: the best-matching profile wins (the one the file is named
 * after on a tie), and its header gives each column its role.  A header
 * over two rows is read joined.  The column-mapping dialog's preview
 * reads the same first rows and guesses the profile the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-importer-private.h"

/* Header */
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

gboolean
herald_import_run_find_header (ImportRun  *run,
                               GPtrArray  *profiles,
                               GError    **error)
{
  HeraldImportProfile *best = NULL;
  guint best_score = 0, best_row = 0, n_read = 0;
  gboolean best_named = FALSE;
  g_auto (GStrv) best_headers = NULL;
  const HeraldRow *row;
  g_autoptr (GError) local_error = NULL;

  while (n_read < HERALD_IMPORT_HEADER_ROWS && (row = herald_row_source_next (run->source, &local_error)) != NULL)
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
                       run->file_name, herald_import_profile_get_title (profiles->pdata[0]), HERALD_IMPORT_HEADER_ROWS,
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

  data = herald_importer_read_file (path, error);
  if (data == NULL)
    return NULL;

  name = g_path_get_basename (path);
  importer = g_object_new (HERALD_TYPE_IMPORTER, NULL);
  importer->sheet = g_strdup (sheet);
  source = herald_importer_open_source (importer, data, name, error);
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

  for (guint r = 0; r < rows->len && r < HERALD_IMPORT_HEADER_ROWS; r++)
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
