/* herald-column-mapping.c — an unknown export's columns, mapped by the user
 *
 * When no profile knows a file's columns, the column-mapping dialog shows
 * them with a few of their values and lets the user say what each holds:
 * one of Herald's metrics, the post's title, its publishing time, its URL,
 * or nothing to import.  This is the model behind it: it finds the header
 * row among the first rows of the file, guesses each column from the
 * aliases of the profiles it is given (then from common words in the
 * name, "播放" or "时间"), checks that the mapping says which post each row
 * is about, and turns it into a profile, which can be used once or saved
 * so that the same export is known next time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "herald-column-mapping.h"
#include "herald-importer.h"
#include "herald-metric-names.h"

/* Rows searched for the header, as the importer does. */
#define HEADER_ROWS 20

typedef struct {
  char             *header;
  GStrv             samples;
  HeraldColumnRole  role;
  char             *metric;
} Column;

struct _HeraldColumnMapping
{
  GObject    parent_instance;

  guint      header_row;
  GPtrArray *columns;   /* Column* */
};

G_DEFINE_FINAL_TYPE (HeraldColumnMapping, herald_column_mapping, G_TYPE_OBJECT)

/* Words a header of each kind often holds, tried in order: rates and
 * durations before the counts whose words they contain. */
static const struct {
  const char       *word;
  HeraldColumnRole  role;
  const char       *metric;
} header_words[] = {
  { "url", HERALD_COLUMN_URL, NULL },
  { "链接", HERALD_COLUMN_URL, NULL },
  { "标题", HERALD_COLUMN_TITLE, NULL },
  { "名称", HERALD_COLUMN_TITLE, NULL },
  { "title", HERALD_COLUMN_TITLE, NULL },
  { "完播率", HERALD_COLUMN_METRIC, "completion_rate" },
  { "完读率", HERALD_COLUMN_METRIC, "completion_rate" },
  { "完成率", HERALD_COLUMN_METRIC, "completion_rate" },
  { "时长", HERALD_COLUMN_METRIC, "avg_watch_seconds" },
  { "率", HERALD_COLUMN_IGNORED, NULL },
  { "赞赏", HERALD_COLUMN_IGNORED, NULL },
  { "时间", HERALD_COLUMN_TIME, NULL },
  { "日期", HERALD_COLUMN_TIME, NULL },
  { "date", HERALD_COLUMN_TIME, NULL },
  { "time", HERALD_COLUMN_TIME, NULL },
  { "阅读人数", HERALD_COLUMN_METRIC, "readers" },
  { "观看人数", HERALD_COLUMN_METRIC, "readers" },
  { "涨粉", HERALD_COLUMN_METRIC, "followers_gained" },
  { "粉丝", HERALD_COLUMN_METRIC, "followers_gained" },
  { "关注", HERALD_COLUMN_METRIC, "followers_gained" },
  { "播放", HERALD_COLUMN_METRIC, "views" },
  { "阅读", HERALD_COLUMN_METRIC, "views" },
  { "观看", HERALD_COLUMN_METRIC, "views" },
  { "浏览", HERALD_COLUMN_METRIC, "views" },
  { "曝光", HERALD_COLUMN_METRIC, "views" },
  { "view", HERALD_COLUMN_METRIC, "views" },
  { "在看", HERALD_COLUMN_METRIC, "zaikan" },
  { "点赞", HERALD_COLUMN_METRIC, "likes" },
  { "赞", HERALD_COLUMN_METRIC, "likes" },
  { "like", HERALD_COLUMN_METRIC, "likes" },
  { "弹幕", HERALD_COLUMN_METRIC, "danmaku" },
  { "评论", HERALD_COLUMN_METRIC, "comments" },
  { "comment", HERALD_COLUMN_METRIC, "comments" },
  { "分享", HERALD_COLUMN_METRIC, "shares" },
  { "转发", HERALD_COLUMN_METRIC, "shares" },
  { "share", HERALD_COLUMN_METRIC, "shares" },
  { "收藏", HERALD_COLUMN_METRIC, "favorites" },
  { "favorite", HERALD_COLUMN_METRIC, "favorites" },
  { "投币", HERALD_COLUMN_METRIC, "coins" },
  { "硬币", HERALD_COLUMN_METRIC, "coins" },
  { "coin", HERALD_COLUMN_METRIC, "coins" },
  { "点击", HERALD_COLUMN_METRIC, "clicks" },
  { "click", HERALD_COLUMN_METRIC, "clicks" },
};

static void
column_free (Column *column)
{
  g_free (column->header);
  g_strfreev (column->samples);
  g_free (column->metric);
  g_free (column);
}

static void
herald_column_mapping_finalize (GObject *object)
{
  HeraldColumnMapping *self = HERALD_COLUMN_MAPPING (object);

  g_ptr_array_unref (self->columns);

  G_OBJECT_CLASS (herald_column_mapping_parent_class)->finalize (object);
}

static void
herald_column_mapping_class_init (HeraldColumnMappingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = herald_column_mapping_finalize;
}

static void
herald_column_mapping_init (HeraldColumnMapping *self)
{
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
}

static gboolean
is_known_metric (const char *metric)
{
  const char * const *known = herald_import_known_metrics ();

  return metric != NULL && g_strv_contains (known, metric);
}

static gboolean
is_number (const char *text)
{
  gboolean empty;
  double value;

  return herald_import_parse_value (HERALD_VALUE_RATE, text, &empty, &value) && !empty;
}

/* The row whose cells the profiles know best; else the one with the most
 * cells of text (a header names, the rows below count). */
static guint
find_header_row (GPtrArray *rows,
                 GPtrArray *profiles)
{
  guint best_row = 0, best_score = 0;

  if (profiles != NULL && herald_import_detect_profile (profiles, rows, &best_row) != NULL)
    return best_row;

  for (guint r = 0; r < rows->len && r < HEADER_ROWS; r++)
    {
      const char * const *cells = rows->pdata[r];
      guint score = 0;

      for (guint i = 0; cells[i] != NULL; i++)
        {
          HeraldColumnMatch match;
          g_autofree char *trimmed = g_strstrip (g_strdup (cells[i]));

          if (*trimmed == '\0' || is_number (trimmed))
            continue;
          score++;
          for (guint p = 0; profiles != NULL && p < profiles->len; p++)
            if (herald_import_profile_match_header (profiles->pdata[p], trimmed, &match))
              {
                score += 100;
                break;
              }
        }

      if (score > best_score)
        {
          best_score = score;
          best_row = r;
        }
    }

  return best_row;
}

static void
guess (const char        *header,
       GPtrArray         *profiles,
       HeraldColumnRole  *role,
       const char       **metric)
{
  g_autofree char *key = herald_import_normalize_header (header);

  *role = HERALD_COLUMN_IGNORED;
  *metric = NULL;

  for (guint p = 0; profiles != NULL && p < profiles->len; p++)
    {
      HeraldColumnMatch match;

      if (!herald_import_profile_match_header (profiles->pdata[p], header, &match))
        continue;
      if ((match.role == HERALD_COLUMN_METRIC && is_known_metric (match.metric)) ||
          match.role == HERALD_COLUMN_TITLE || match.role == HERALD_COLUMN_URL ||
          match.role == HERALD_COLUMN_TIME)
        {
          *role = match.role;
          *metric = match.metric;
          return;
        }
    }

  for (guint i = 0; *key != '\0' && i < G_N_ELEMENTS (header_words); i++)
    if (strstr (key, header_words[i].word) != NULL)
      {
        *role = header_words[i].role;
        *metric = header_words[i].metric;
        return;
      }
}

/**
 * herald_column_mapping_new:
 * @rows: (element-type GStrv): the first rows of a file
 *   (herald_import_preview_file())
 * @profiles: (nullable) (element-type HeraldImportProfile): the profiles
 *   whose aliases guide the guesses
 *
 * Finds the header row and guesses each column; a role or metric is
 * guessed for one column only (the first).
 *
 * Returns: (transfer full): the mapping
 */
HeraldColumnMapping *
herald_column_mapping_new (GPtrArray *rows,
                           GPtrArray *profiles)
{
  g_autoptr (HeraldColumnMapping) self = g_object_new (HERALD_TYPE_COLUMN_MAPPING, NULL);
  g_autoptr (GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean role_taken[HERALD_COLUMN_SEGMENT + 1] = { FALSE, };
  const char * const *header;

  g_return_val_if_fail (rows != NULL, NULL);

  if (rows->len == 0)
    return g_steal_pointer (&self);

  self->header_row = find_header_row (rows, profiles);
  header = rows->pdata[self->header_row];

  for (guint i = 0; header[i] != NULL; i++)
    {
      Column *column = g_new0 (Column, 1);
      g_autoptr (GStrvBuilder) samples = g_strv_builder_new ();
      const char *metric;
      guint n_samples = 0;

      column->header = g_strstrip (g_strdup (header[i]));
      for (guint r = self->header_row + 1; r < rows->len && n_samples < HERALD_COLUMN_MAPPING_SAMPLES; r++)
        {
          const char * const *cells = rows->pdata[r];

          if (i < g_strv_length ((char **) cells) && *cells[i] != '\0')
            {
              g_strv_builder_add (samples, cells[i]);
              n_samples++;
            }
        }
      column->samples = g_strv_builder_end (samples);

      guess (column->header, profiles, &column->role, &metric);
      if (column->role == HERALD_COLUMN_METRIC)
        {
          if (g_hash_table_contains (taken, metric))
            column->role = HERALD_COLUMN_IGNORED;
          else
            {
              column->metric = g_strdup (metric);
              g_hash_table_add (taken, column->metric);
            }
        }
      else if (column->role != HERALD_COLUMN_IGNORED)
        {
          if (role_taken[column->role])
            column->role = HERALD_COLUMN_IGNORED;
          role_taken[column->role] = TRUE;
        }

      g_ptr_array_add (self->columns, column);
    }

  return g_steal_pointer (&self);
}

/**
 * herald_column_mapping_new_for_file:
 * @path: an export (.xlsx or CSV)
 * @profiles: (nullable) (element-type HeraldImportProfile): as for
 *   herald_column_mapping_new()
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the mapping of the file's first
 *   sheet with rows, or %NULL if it cannot be read or has no rows
 */
HeraldColumnMapping *
herald_column_mapping_new_for_file (const char  *path,
                                    GPtrArray   *profiles,
                                    GError     **error)
{
  g_autoptr (GPtrArray) rows = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  rows = herald_import_preview_file (path, NULL, HEADER_ROWS + HERALD_COLUMN_MAPPING_SAMPLES * 4, error);
  if (rows == NULL)
    return NULL;

  if (rows->len == 0)
    {
      g_autofree char *name = g_path_get_basename (path);

      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER,
                   _("“%s” has no rows"), name);
      return NULL;
    }

  return herald_column_mapping_new (rows, profiles);
}

static Column *
get_column (HeraldColumnMapping *self,
            guint                column)
{
  g_return_val_if_fail (HERALD_IS_COLUMN_MAPPING (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return self->columns->pdata[column];
}

/**
 * herald_column_mapping_get_header_row:
 * @self: a #HeraldColumnMapping
 *
 * Returns: the index of the header among the rows read
 */
guint
herald_column_mapping_get_header_row (HeraldColumnMapping *self)
{
  g_return_val_if_fail (HERALD_IS_COLUMN_MAPPING (self), 0);

  return self->header_row;
}

guint
herald_column_mapping_get_n_columns (HeraldColumnMapping *self)
{
  g_return_val_if_fail (HERALD_IS_COLUMN_MAPPING (self), 0);

  return self->columns->len;
}

const char *
herald_column_mapping_get_header (HeraldColumnMapping *self,
                                  guint                column)
{
  Column *info = get_column (self, column);

  return info != NULL ? info->header : NULL;
}

/**
 * herald_column_mapping_get_samples:
 * @self: a #HeraldColumnMapping
 * @column: a column
 *
 * Returns: (transfer none) (array zero-terminated=1): the first values
 *   below the header that are not empty, at most
 *   %HERALD_COLUMN_MAPPING_SAMPLES
 */
const char * const *
herald_column_mapping_get_samples (HeraldColumnMapping *self,
                                   guint                column)
{
  Column *info = get_column (self, column);

  return info != NULL ? (const char * const *) info->samples : NULL;
}

HeraldColumnRole
herald_column_mapping_get_role (HeraldColumnMapping *self,
                                guint                column)
{
  Column *info = get_column (self, column);

  return info != NULL ? info->role : HERALD_COLUMN_IGNORED;
}

/**
 * herald_column_mapping_get_metric:
 * @self: a #HeraldColumnMapping
 * @column: a column
 *
 * Returns: (nullable): the metric of a column of role
 *   %HERALD_COLUMN_METRIC
 */
const char *
herald_column_mapping_get_metric (HeraldColumnMapping *self,
                                  guint                column)
{
  Column *info = get_column (self, column);

  return info != NULL ? info->metric : NULL;
}

/**
 * herald_column_mapping_set_column:
 * @self: a #HeraldColumnMapping
 * @column: a column
 * @role: what it holds: %HERALD_COLUMN_IGNORED, %HERALD_COLUMN_METRIC,
 *   %HERALD_COLUMN_TITLE, %HERALD_COLUMN_URL or %HERALD_COLUMN_TIME
 * @metric: (nullable): the metric, for %HERALD_COLUMN_METRIC
 */
void
herald_column_mapping_set_column (HeraldColumnMapping *self,
                                  guint                column,
                                  HeraldColumnRole     role,
                                  const char          *metric)
{
  Column *info = get_column (self, column);

  g_return_if_fail (info != NULL);
  g_return_if_fail (role == HERALD_COLUMN_IGNORED || role == HERALD_COLUMN_METRIC || role == HERALD_COLUMN_TITLE ||
                    role == HERALD_COLUMN_URL || role == HERALD_COLUMN_TIME);
  g_return_if_fail (role != HERALD_COLUMN_METRIC || (metric != NULL && *metric != '\0'));

  info->role = role;
  g_free (info->metric);
  info->metric = role == HERALD_COLUMN_METRIC ? g_strdup (metric) : NULL;
}

/**
 * herald_column_role_get_label:
 * @role: what a column holds, other than a metric
 *
 * Returns: the role's name in the user's language, as the mapping's
 *   choices and messages name it
 */
const char *
herald_column_role_get_label (HeraldColumnRole role)
{
  switch (role)
    {
    case HERALD_COLUMN_IGNORED:
      return C_("column", "Don’t Import");
    case HERALD_COLUMN_TITLE:
      return C_("column", "Title");
    case HERALD_COLUMN_URL:
      return C_("column", "URL");
    case HERALD_COLUMN_TIME:
      return C_("column", "Published Time");
    case HERALD_COLUMN_DATE:
      return C_("column", "Day");
    case HERALD_COLUMN_SEGMENT:
      return C_("column", "Breakdown");
    case HERALD_COLUMN_METRIC:
    default:
      return C_("column", "Number");
    }
}

/**
 * herald_column_mapping_check:
 * @self: a #HeraldColumnMapping
 * @error: return location for a #GError
 *
 * A mapping can import when a column says which post each row is about
 * (its title or its URL), at least one column is a metric, and no role or
 * metric is given to two columns.
 *
 * Returns: %TRUE if it can, else %FALSE with @error saying what is
 *   missing or twice (%HERALD_IMPORT_ERROR_NO_HEADER)
 */
gboolean
herald_column_mapping_check (HeraldColumnMapping  *self,
                             GError              **error)
{
  gboolean identity = FALSE, metric = FALSE;

  g_return_val_if_fail (HERALD_IS_COLUMN_MAPPING (self), FALSE);

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = self->columns->pdata[i];

      /* A column without a name cannot be found again. */
      if (column->role == HERALD_COLUMN_IGNORED || *column->header == '\0')
        continue;

      for (guint j = 0; j < i; j++)
        {
          Column *other = self->columns->pdata[j];

          if (other->role != column->role || *other->header == '\0' || (column->role == HERALD_COLUMN_METRIC &&
                                              !g_str_equal (other->metric, column->metric)))
            continue;

          /* Translators: "“点赞” and “点赞数” are both “Likes”: keep one" */
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER,
                       _("“%s” and “%s” are both “%s”: keep one"), other->header, column->header,
                       column->role == HERALD_COLUMN_METRIC ? herald_metric_get_label (column->metric)
                                                            : herald_column_role_get_label (column->role));
          return FALSE;
        }

      if (column->role == HERALD_COLUMN_METRIC)
        metric = TRUE;
      else if (column->role == HERALD_COLUMN_TITLE || column->role == HERALD_COLUMN_URL)
        identity = TRUE;
    }

  if (!identity)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER,
                   _("Herald cannot tell which post each row is about: set the column of the posts’ titles to “%s” or the column of their links to “%s”"),
                   herald_column_role_get_label (HERALD_COLUMN_TITLE), herald_column_role_get_label (HERALD_COLUMN_URL));
      return FALSE;
    }

  if (!metric)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER,
                   _("No column is a number to import: set at least one to a metric, such as “%s”"),
                   herald_metric_get_label ("views"));
      return FALSE;
    }

  return TRUE;
}

static HeraldValueKind
kind_of (const char *metric)
{
  if (g_str_equal (metric, "avg_watch_seconds") || g_str_has_suffix (metric, "_seconds"))
    return HERALD_VALUE_SECONDS;
  if (g_str_has_suffix (metric, "_rate"))
    return HERALD_VALUE_RATE;
  return HERALD_VALUE_COUNT;
}

/**
 * herald_column_mapping_build_profile:
 * @self: a #HeraldColumnMapping
 * @name: the profile's name (and title)
 * @channel: (nullable): the channel kind of the account the export is
 *   from, or %NULL for any
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a per-post profile of the mapped
 *   columns, with the usual date formats, or %NULL if the mapping fails
 *   herald_column_mapping_check() or @name is empty
 */
HeraldImportProfile *
herald_column_mapping_build_profile (HeraldColumnMapping  *self,
                                     const char           *name,
                                     const char           *channel,
                                     GError              **error)
{
  g_autoptr (HeraldImportProfile) profile = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_val_if_fail (HERALD_IS_COLUMN_MAPPING (self), NULL);

  if (*trimmed == '\0')
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_PROFILE, _("The profile needs a name"));
      return NULL;
    }

  if (!herald_column_mapping_check (self, error))
    return NULL;

  profile = herald_import_profile_new (trimmed, trimmed, channel, HERALD_IMPORT_SCOPE_POST);
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = self->columns->pdata[i];

      if (column->role == HERALD_COLUMN_IGNORED || *column->header == '\0')
        continue;
      herald_import_profile_add_column (profile, column->role, column->header, column->metric,
                                        column->role == HERALD_COLUMN_METRIC ? kind_of (column->metric)
                                                                             : HERALD_VALUE_COUNT);
    }

  return g_steal_pointer (&profile);
}
