/* herald-import-profile.c — how one platform's export names its columns
 *
 * A profile is data, not code: the header names (aliases) of each column
 * Herald reads, the metric each number goes to and how it is written, the
 * columns that say which post a row is about (title, URL, publishing
 * time) or which day (account-level exports), and the date formats.  An
 * export of one post (公众号's single-article detail) names no post at
 * all: its profile's scope says the user chooses the post.  The
 * profiles Herald ships are JSON in a GResource; the column-mapping
 * dialog saves the user's own as JSON files in the data folder, in the
 * same shape.
 *
 * Headers are compared normalised (NFKC, case-folded, without spaces), so
 * "内容URL" is "内容url" and "评论（条）" is "评论(条)".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "herald-import-profile.h"
#include "herald-import-resources.h"
#include "herald-paths.h"
#include "herald-xlsx-reader.h"

#define PROFILES_RESOURCE "/io/github/heraldapp/Herald/core/herald-import-profiles.json"

typedef struct {
  HeraldColumnRole  role;
  char             *header;
  char             *metric;
  HeraldValueKind   kind;
} Column;

struct _HeraldImportProfile
{
  GObject            parent_instance;

  char              *name;
  char              *title;
  char              *channel;
  HeraldImportScope  scope;
  gboolean           builtin;

  GPtrArray         *columns;          /* Column*, in the order added */
  GHashTable        *aliases;          /* normalised header → Column* */
  GPtrArray         *date_formats;
  GPtrArray         *segment_totals;   /* normalised */
  GPtrArray         *file_names;
};

G_DEFINE_FINAL_TYPE (HeraldImportProfile, herald_import_profile, G_TYPE_OBJECT)

static const char * const role_keys[] = {
  [HERALD_COLUMN_IGNORED] = NULL,
  [HERALD_COLUMN_METRIC] = NULL,
  [HERALD_COLUMN_TITLE] = "title-column",
  [HERALD_COLUMN_URL] = "url-column",
  [HERALD_COLUMN_TIME] = "time-column",
  [HERALD_COLUMN_DATE] = "date-column",
  [HERALD_COLUMN_SEGMENT] = "segment-column",
};

static const char * const kind_names[] = {
  [HERALD_VALUE_COUNT] = "count",
  [HERALD_VALUE_RATE] = "rate",
  [HERALD_VALUE_SECONDS] = "seconds",
};

static const char * const default_date_formats[] = {
  "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
  "%Y/%m/%d", "%Y%m%d", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日", "serial",
};

static void
column_free (Column *column)
{
  g_free (column->header);
  g_free (column->metric);
  g_free (column);
}

static void
herald_import_profile_finalize (GObject *object)
{
  HeraldImportProfile *self = HERALD_IMPORT_PROFILE (object);

  g_free (self->name);
  g_free (self->title);
  g_free (self->channel);
  g_hash_table_unref (self->aliases);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->date_formats);
  g_ptr_array_unref (self->segment_totals);
  g_ptr_array_unref (self->file_names);

  G_OBJECT_CLASS (herald_import_profile_parent_class)->finalize (object);
}

static void
herald_import_profile_class_init (HeraldImportProfileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = herald_import_profile_finalize;
}

static void
herald_import_profile_init (HeraldImportProfile *self)
{
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  self->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->date_formats = g_ptr_array_new_with_free_func (g_free);
  self->segment_totals = g_ptr_array_new_with_free_func (g_free);
  self->file_names = g_ptr_array_new_with_free_func (g_free);
}

/**
 * herald_import_normalize_header:
 * @header: a header cell
 *
 * Returns: (transfer full): @header compatibility-normalised, case-folded,
 *   without white space
 */
char *
herald_import_normalize_header (const char *header)
{
  g_autofree char *normal = g_utf8_normalize (header != NULL ? header : "", -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = NULL;
  GString *result;

  if (normal == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (normal, -1);
  result = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0xfeff && c != 0x200b)
        g_string_append_unichar (result, c);
    }

  return g_string_free (result, FALSE);
}

/* Construction */

HeraldImportProfile *
herald_import_profile_new (const char        *name,
                           const char        *title,
                           const char        *channel,
                           HeraldImportScope  scope)
{
  HeraldImportProfile *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (HERALD_TYPE_IMPORT_PROFILE, NULL);
  self->name = g_strdup (name);
  self->title = g_strdup (title != NULL ? title : name);
  self->channel = g_strdup (channel != NULL ? channel : "");
  self->scope = scope;

  return self;
}

void
herald_import_profile_add_column (HeraldImportProfile *self,
                                  HeraldColumnRole     role,
                                  const char          *header,
                                  const char          *metric,
                                  HeraldValueKind      kind)
{
  Column *column;
  char *key;

  g_return_if_fail (HERALD_IS_IMPORT_PROFILE (self));
  g_return_if_fail (header != NULL);
  g_return_if_fail (role != HERALD_COLUMN_METRIC || (metric != NULL && *metric != '\0'));

  column = g_new0 (Column, 1);
  column->role = role;
  column->header = g_strdup (header);
  column->metric = role == HERALD_COLUMN_METRIC ? g_strdup (metric) : NULL;
  column->kind = kind;
  g_ptr_array_add (self->columns, column);

  key = herald_import_normalize_header (header);
  if (*key == '\0' || g_hash_table_contains (self->aliases, key))
    g_free (key);
  else
    g_hash_table_insert (self->aliases, key, column);
}

void
herald_import_profile_add_date_format (HeraldImportProfile *self,
                                       const char          *format)
{
  g_return_if_fail (HERALD_IS_IMPORT_PROFILE (self));
  g_return_if_fail (format != NULL);

  g_ptr_array_add (self->date_formats, g_strdup (format));
}

void
herald_import_profile_add_segment_total (HeraldImportProfile *self,
                                         const char          *value)
{
  g_return_if_fail (HERALD_IS_IMPORT_PROFILE (self));
  g_return_if_fail (value != NULL);

  g_ptr_array_add (self->segment_totals, herald_import_normalize_header (value));
}

void
herald_import_profile_add_file_name (HeraldImportProfile *self,
                                     const char          *part)
{
  g_return_if_fail (HERALD_IS_IMPORT_PROFILE (self));
  g_return_if_fail (part != NULL);

  g_ptr_array_add (self->file_names, g_strdup (part));
}

/* JSON */

static gboolean
read_strings (JsonObject  *object,
              const char  *member,
              GPtrArray   *into,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    goto bad;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        goto bad;
      g_ptr_array_add (into, g_strdup (json_node_get_string (item)));
    }

  return TRUE;

bad:
  g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
               _("“%s” must be a list of texts"), member);
  return FALSE;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
kind_from_string (const char      *text,
                  HeraldValueKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (kind_names[i], text) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * herald_import_profile_new_from_json:
 * @node: a JSON object, as herald_import_profile_to_json() writes
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL if @node is
 *   not one
 */
HeraldImportProfile *
herald_import_profile_new_from_json (JsonNode  *node,
                                     GError   **error)
{
  g_autoptr (HeraldImportProfile) self = NULL;
  JsonObject *object;
  JsonNode *metrics;
  const char *name, *scope;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("An import profile must be a JSON object"));
      return NULL;
    }

  object = json_node_get_object (node);
  name = get_string (object, "name");
  if (name == NULL || *name == '\0')
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("An import profile needs a “name”"));
      return NULL;
    }

  scope = get_string (object, "scope");
  if (scope != NULL && !g_str_equal (scope, "post") && !g_str_equal (scope, "account") &&
      !g_str_equal (scope, "chosen-post"))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("The import profile “%s” has an unknown scope “%s”"), name, scope);
      return NULL;
    }

  self = herald_import_profile_new (name, get_string (object, "title"), get_string (object, "channel"),
                                    g_strcmp0 (scope, "account") == 0       ? HERALD_IMPORT_SCOPE_ACCOUNT
                                    : g_strcmp0 (scope, "chosen-post") == 0 ? HERALD_IMPORT_SCOPE_CHOSEN
                                                                            : HERALD_IMPORT_SCOPE_POST);

  for (guint role = HERALD_COLUMN_TITLE; role < G_N_ELEMENTS (role_keys); role++)
    {
      g_autoptr (GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);

      if (!read_strings (object, role_keys[role], headers, error))
        return NULL;
      for (guint i = 0; i < headers->len; i++)
        herald_import_profile_add_column (self, role, headers->pdata[i], NULL, HERALD_VALUE_COUNT);
    }

  if (!read_strings (object, "date-formats", self->date_formats, error) ||
      !read_strings (object, "file-names", self->file_names, error))
    return NULL;

  {
    g_autoptr (GPtrArray) totals = g_ptr_array_new_with_free_func (g_free);

    if (!read_strings (object, "segment-totals", totals, error))
      return NULL;
    for (guint i = 0; i < totals->len; i++)
      herald_import_profile_add_segment_total (self, totals->pdata[i]);
  }

  metrics = json_object_get_member (object, "metrics");
  if (metrics != NULL && !JSON_NODE_HOLDS_ARRAY (metrics))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("“%s” must be a list of texts"), "metrics");
      return NULL;
    }

  for (guint i = 0; metrics != NULL && i < json_array_get_length (json_node_get_array (metrics)); i++)
    {
      JsonNode *item = json_array_get_element (json_node_get_array (metrics), i);
      g_autoptr (GPtrArray) aliases = g_ptr_array_new_with_free_func (g_free);
      HeraldValueKind kind = HERALD_VALUE_COUNT;
      const char *metric, *kind_name;

      if (!JSON_NODE_HOLDS_OBJECT (item) ||
          (metric = get_string (json_node_get_object (item), "metric")) == NULL || *metric == '\0' ||
          !read_strings (json_node_get_object (item), "aliases", aliases, NULL))
        {
          g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                       _("Metric %u of the import profile “%s” needs a “metric” and its “aliases”"),
                       i + 1, name);
          return NULL;
        }

      kind_name = get_string (json_node_get_object (item), "kind");
      if (kind_name != NULL && !kind_from_string (kind_name, &kind))
        {
          g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                       _("The import profile “%s” has an unknown kind of number “%s”"), name, kind_name);
          return NULL;
        }

      for (guint j = 0; j < aliases->len; j++)
        herald_import_profile_add_column (self, HERALD_COLUMN_METRIC, aliases->pdata[j], metric, kind);
    }

  return g_steal_pointer (&self);
}

static void
add_string_array (JsonBuilder *builder,
                  const char  *member,
                  GPtrArray   *strings)
{
  if (strings->len == 0)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (builder, strings->pdata[i]);
  json_builder_end_array (builder);
}

/**
 * herald_import_profile_to_json:
 * @self: a #HeraldImportProfile
 *
 * Returns: (transfer full): the profile as a JSON object
 */
JsonNode *
herald_import_profile_to_json (HeraldImportProfile *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (GPtrArray) metrics = g_ptr_array_new ();

  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->name);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, self->title);
  json_builder_set_member_name (builder, "channel");
  json_builder_add_string_value (builder, self->channel);
  json_builder_set_member_name (builder, "scope");
  json_builder_add_string_value (builder, self->scope == HERALD_IMPORT_SCOPE_ACCOUNT  ? "account"
                                          : self->scope == HERALD_IMPORT_SCOPE_CHOSEN ? "chosen-post"
                                                                                      : "post");
  add_string_array (builder, "file-names", self->file_names);

  for (guint role = HERALD_COLUMN_TITLE; role < G_N_ELEMENTS (role_keys); role++)
    {
      g_autoptr (GPtrArray) headers = g_ptr_array_new ();

      for (guint i = 0; i < self->columns->len; i++)
        {
          Column *column = self->columns->pdata[i];

          if (column->role == role)
            g_ptr_array_add (headers, column->header);
        }
      add_string_array (builder, role_keys[role], headers);
    }
  add_string_array (builder, "segment-totals", self->segment_totals);
  add_string_array (builder, "date-formats", self->date_formats);

  /* One entry per metric and kind, its aliases in the order added. */
  json_builder_set_member_name (builder, "metrics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = self->columns->pdata[i];
      gboolean seen = FALSE;

      if (column->role != HERALD_COLUMN_METRIC)
        continue;
      for (guint j = 0; j < i && !seen; j++)
        {
          Column *other = self->columns->pdata[j];

          seen = other->role == HERALD_COLUMN_METRIC && g_str_equal (other->metric, column->metric) &&
                 other->kind == column->kind;
        }
      if (seen)
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "metric");
      json_builder_add_string_value (builder, column->metric);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, kind_names[column->kind]);
      json_builder_set_member_name (builder, "aliases");
      json_builder_begin_array (builder);
      for (guint j = i; j < self->columns->len; j++)
        {
          Column *other = self->columns->pdata[j];

          if (other->role == HERALD_COLUMN_METRIC && g_str_equal (other->metric, column->metric) &&
              other->kind == column->kind)
            json_builder_add_string_value (builder, other->header);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Getters */

const char *
herald_import_profile_get_name (HeraldImportProfile *self)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), NULL);
  return self->name;
}

const char *
herald_import_profile_get_title (HeraldImportProfile *self)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), NULL);
  return self->title;
}

const char *
herald_import_profile_get_channel (HeraldImportProfile *self)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), NULL);
  return self->channel;
}

HeraldImportScope
herald_import_profile_get_scope (HeraldImportProfile *self)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), HERALD_IMPORT_SCOPE_POST);
  return self->scope;
}

gboolean
herald_import_profile_is_builtin (HeraldImportProfile *self)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), FALSE);
  return self->builtin;
}

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

/* Loading and saving */

static gboolean
load_profiles_json (GBytes      *bytes,
                    GPtrArray   *into,
                    gboolean     builtin,
                    GError     **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root, *list;

  if (!json_parser_load_from_data (parser, data != NULL ? data : "", size, error))
    return FALSE;

  root = json_parser_get_root (parser);
  list = JSON_NODE_HOLDS_OBJECT (root) ? json_object_get_member (json_node_get_object (root), "profiles") : NULL;

  /* A file of its own holds one profile; the shipped file a list. */
  if (list == NULL)
    {
      HeraldImportProfile *profile = herald_import_profile_new_from_json (root, error);

      if (profile == NULL)
        return FALSE;
      profile->builtin = builtin;
      g_ptr_array_add (into, profile);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("“%s” must be a list of texts"), "profiles");
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      HeraldImportProfile *profile;

      profile = herald_import_profile_new_from_json (json_array_get_element (json_node_get_array (list), i), error);
      if (profile == NULL)
        return FALSE;
      profile->builtin = builtin;
      g_ptr_array_add (into, profile);
    }

  return TRUE;
}

/**
 * herald_import_profile_list_builtin:
 *
 * Returns: (transfer full) (element-type HeraldImportProfile): the
 *   profiles Herald ships, one per platform export
 */
GPtrArray *
herald_import_profile_list_builtin (void)
{
  g_autoptr (GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;

  bytes = g_resource_lookup_data (herald_import_get_resource (), PROFILES_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL || !load_profiles_json (bytes, profiles, TRUE, &error))
    g_error ("The shipped import profiles are broken: %s", error->message);

  return g_steal_pointer (&profiles);
}

/**
 * herald_import_profile_get_user_folder:
 *
 * Returns: (transfer full): where the user's own profiles are saved
 */
char *
herald_import_profile_get_user_folder (void)
{
  g_autofree char *data_dir = herald_paths_get_data_dir ();

  return g_build_filename (data_dir, "import-profiles", NULL);
}

HeraldImportProfile *
herald_import_profile_find (GPtrArray  *profiles,
                            const char *name)
{
  g_return_val_if_fail (profiles != NULL, NULL);

  for (guint i = 0; name != NULL && i < profiles->len; i++)
    if (g_str_equal (herald_import_profile_get_name (profiles->pdata[i]), name))
      return profiles->pdata[i];

  return NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * herald_import_profile_load_all:
 * @folder: (nullable): the folder of the user's profiles, or %NULL for
 *   the shipped ones only
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type HeraldImportProfile) (nullable):
 *   the shipped profiles, then the user's (*.json in @folder, by name), or
 *   %NULL if one of the user's files cannot be read
 */
GPtrArray *
herald_import_profile_load_all (const char  *folder,
                                GError     **error)
{
  g_autoptr (GPtrArray) profiles = herald_import_profile_list_builtin ();
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = NULL;
  const char *name;

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&profiles);

  dir = g_dir_open (folder, 0, error);
  if (dir == NULL)
    return NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);
      g_autoptr (GError) local_error = NULL;
      g_autoptr (GBytes) bytes = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, &local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      if (!load_profiles_json (bytes, profiles, FALSE, &local_error))
        {
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_PROFILE,
                       _("The import profile “%s” cannot be read: %s"), path, local_error->message);
          return NULL;
        }
    }

  return g_steal_pointer (&profiles);
}

/**
 * herald_import_profile_save:
 * @self: a #HeraldImportProfile, typically from the column-mapping dialog
 * @folder: the folder of the user's profiles
 *   (herald_import_profile_get_user_folder())
 * @error: return location for a #GError
 *
 * Writes the profile to NAME.json in @folder, replacing a saved profile of
 * the same name in one step.  A shipped profile's name is refused.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_import_profile_save (HeraldImportProfile  *self,
                            const char           *folder,
                            GError              **error)
{
  g_autoptr (GPtrArray) builtin = NULL;
  g_autoptr (JsonGenerator) generator = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (self->name[0] == '.' || strpbrk (self->name, "/\\") != NULL)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_PROFILE,
                   _("“%s” cannot be the name of a profile: leave out “/”, “\\” and a leading “.”"),
                   self->name);
      return FALSE;
    }

  builtin = herald_import_profile_list_builtin ();
  if (herald_import_profile_find (builtin, self->name) != NULL)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_PROFILE,
                   _("“%s” is the name of a profile Herald comes with: choose another"), self->name);
      return FALSE;
    }

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  node = herald_import_profile_to_json (self);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);

  file_name = g_strconcat (self->name, ".json", NULL);
  path = g_build_filename (folder, file_name, NULL);
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
