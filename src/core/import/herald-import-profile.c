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
 * Reading a file's rows with a profile is in herald-import-profile-read.c;
 * loading and saving profiles, in herald-import-profile-files.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "herald-import-profile-private.h"

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
