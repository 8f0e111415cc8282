/* herald-channel-kind-data.c — reads and checks herald-channel-kinds.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-channel-kind"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "herald-channel-kind-private.h"

G_DEFINE_QUARK (herald-channel-kind-error-quark, herald_channel_kind_error)

/* Every field a kind object has besides the limits. */
static const char * const other_fields[] = {
  "id", "media", "title_line_breaks", "title_allowed_extra", "topic_syntax",
  "counting", "title_counting", "creator_url", "default_slots", "color",
  "icon", "uncertain", "alternatives", "notes",
  NULL
};

/* Fields that describe the data rather than a rule of the platform. */
static const char * const meta_fields[] = {
  "id", "uncertain", "alternatives", "notes",
  NULL
};

static const char * const medias[] = { "article", "video", "image-text", NULL };
static const char * const topic_syntaxes[] = { "none", "hash-space", "hash-pair", "tags", NULL };
static const char * const countings[] = { "codepoints", "weibo", NULL };
static const char * const title_countings[] = { "codepoints", "weibo", "weighted", NULL };

/* Display names live in code rather than in the data so that gettext
 * finds them.
 */
static const struct { const char *id; const char *name; } kind_names[] = {
  /* Translators: a kind of channel; use the name operators use, e.g. 公众号文章 */
  { "wechat-article", N_("WeChat Article") },
  /* Translators: a kind of channel; use the name operators use, e.g. 视频号 */
  { "wechat-channels", N_("WeChat Channels") },
  /* Translators: a kind of channel (抖音) */
  { "douyin", N_("Douyin") },
  /* Translators: a kind of channel (快手) */
  { "kuaishou", N_("Kuaishou") },
  /* Translators: a kind of channel (小红书) */
  { "xiaohongshu", N_("Xiaohongshu") },
  /* Translators: a kind of channel (哔哩哔哩) */
  { "bilibili", N_("Bilibili") },
  /* Translators: a kind of channel (微博) */
  { "weibo", N_("Weibo") },
};

static const char *
lookup_name (const char *id)
{
  for (gsize i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_str_equal (kind_names[i].id, id))
        return kind_names[i].name;
    }

  return NULL;
}

static gboolean
fail (GError    **error,
      const char *id,
      const char *field,
      const char *problem)
{
  g_set_error (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
               "kind “%s”: “%s” %s", id, field, problem);
  return FALSE;
}

static JsonNode *
require_member (JsonObject *object,
                const char *id,
                const char *field,
                GError    **error)
{
  JsonNode *node = json_object_get_member (object, field);

  if (node == NULL)
    fail (error, id, field, "is missing");

  return node;
}

static gboolean
parse_limit (JsonObject *object,
             const char *id,
             const char *field,
             int        *out,
             GError    **error)
{
  JsonNode *node = require_member (object, id, field, error);
  gint64 value;

  if (node == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      *out = -1;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, id, field, "must be a whole number or null");

  value = json_node_get_int (node);
  if (value < 0 || value > G_MAXINT)
    return fail (error, id, field, "is out of range");

  *out = (int) value;
  return TRUE;
}

static gboolean
parse_string (JsonObject         *object,
              const char         *id,
              const char         *field,
              gboolean            nullable,
              const char * const *allowed,
              char              **out,
              GError            **error)
{
  JsonNode *node = require_member (object, id, field, error);
  const char *value;

  if (node == NULL)
    return FALSE;

  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      *out = NULL;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, id, field, nullable ? "must be a string or null" : "must be a string");

  value = json_node_get_string (node);
  if (*value == '\0')
    return fail (error, id, field, "must not be empty");

  if (allowed != NULL && !g_strv_contains (allowed, value))
    {
      g_set_error (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                   "kind “%s”: “%s” has an unknown value “%s”", id, field, value);
      return FALSE;
    }

  *out = g_strdup (value);
  return TRUE;
}

static gboolean
parse_strv (JsonObject *object,
            const char *id,
            const char *field,
            GStrv      *out,
            GError    **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonNode *node = require_member (object, id, field, error);
  JsonArray *array;
  guint length;

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, id, field, "must be an array of strings");

  builder = g_strv_builder_new ();
  array = json_node_get_array (node);
  length = json_array_get_length (array);

  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return fail (error, id, field, "must be an array of strings");

      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
is_color (const char *color)
{
  if (strlen (color) != 7 || color[0] != '#')
    return FALSE;

  for (int i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (color[i]))
        return FALSE;
    }

  return TRUE;
}

/* "HH:MM", 00:00 to 23:59; returns minutes after midnight or -1. */
static int
slot_minutes (const char *slot)
{
  int hours;
  int minutes;

  if (strlen (slot) != 5 || slot[2] != ':' ||
      !g_ascii_isdigit (slot[0]) || !g_ascii_isdigit (slot[1]) ||
      !g_ascii_isdigit (slot[3]) || !g_ascii_isdigit (slot[4]))
    return -1;

  hours = g_ascii_digit_value (slot[0]) * 10 + g_ascii_digit_value (slot[1]);
  minutes = g_ascii_digit_value (slot[3]) * 10 + g_ascii_digit_value (slot[4]);
  if (hours > 23 || minutes > 59)
    return -1;

  return hours * 60 + minutes;
}

static gboolean
check_fields (JsonObject *object,
              const char *id,
              GError    **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *field = l->data;

      if (herald_channel_kind_limit_index (field) < 0 && !g_strv_contains (other_fields, field))
        return fail (error, id, field, "is not a known field");
    }

  return TRUE;
}

static gboolean
check_slots (HeraldChannelKind *kind,
             GError           **error)
{
  int previous = -1;

  if (kind->default_slots[0] == NULL)
    return fail (error, kind->id, "default_slots", "must not be empty");

  for (guint i = 0; kind->default_slots[i] != NULL; i++)
    {
      int minutes = slot_minutes (kind->default_slots[i]);

      if (minutes < 0)
        return fail (error, kind->id, "default_slots", "must hold times written HH:MM");
      if (minutes <= previous)
        return fail (error, kind->id, "default_slots", "must be in ascending order");
      previous = minutes;
    }

  return TRUE;
}

/* An uncertain field must be a rule the object has, and an alternative
 * only makes sense for an uncertain field.
 */
static gboolean
check_uncertain (JsonObject        *object,
                 HeraldChannelKind *kind,
                 GError           **error)
{
  JsonNode *node = json_object_get_member (object, "alternatives");
  JsonObject *alternatives;
  g_autoptr(GList) members = NULL;

  for (guint i = 0; kind->uncertain[i] != NULL; i++)
    {
      const char *field = kind->uncertain[i];

      if (g_strv_contains (meta_fields, field) || !json_object_has_member (object, field))
        {
          g_set_error (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                       "kind “%s”: “uncertain” names “%s”, which is not a rule of the kind",
                       kind->id, field);
          return FALSE;
        }
    }

  if (node == NULL)
    return fail (error, kind->id, "alternatives", "is missing");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, kind->id, "alternatives", "must be an object");

  alternatives = json_node_get_object (node);
  members = json_object_get_members (alternatives);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *field = l->data;

      if (!g_strv_contains ((const char * const *) kind->uncertain, field))
        {
          g_set_error (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                       "kind “%s”: “alternatives” names “%s”, which is not uncertain",
                       kind->id, field);
          return FALSE;
        }
      if (!JSON_NODE_HOLDS_VALUE (json_object_get_member (alternatives, field)))
        return fail (error, kind->id, "alternatives", "must map fields to plain values");
    }

  return TRUE;
}

static HeraldChannelKind *
parse_kind (JsonNode *node,
            GError  **error)
{
  g_autoptr(HeraldChannelKind) kind = NULL;
  JsonObject *object;
  JsonNode *line_breaks;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                           "every kind must be a JSON object");
      return NULL;
    }

  object = json_node_get_object (node);
  kind = g_object_new (HERALD_TYPE_CHANNEL_KIND, NULL);

  if (!parse_string (object, "?", "id", FALSE, NULL, &kind->id, error))
    return NULL;

  kind->name = lookup_name (kind->id);
  if (kind->name == NULL)
    {
      g_set_error (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                   "kind “%s” has no display name in herald-channel-kind.c", kind->id);
      return NULL;
    }

  if (!check_fields (object, kind->id, error))
    return NULL;

  for (int i = 0; i < N_LIMITS; i++)
    {
      if (!parse_limit (object, kind->id, herald_channel_kinds_get_limit_fields ()[i], &kind->limits[i], error))
        return NULL;
    }

  line_breaks = require_member (object, kind->id, "title_line_breaks", error);
  if (line_breaks == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_NULL (line_breaks))
    kind->title_line_breaks = TRUE;
  else if (JSON_NODE_HOLDS_VALUE (line_breaks) &&
           json_node_get_value_type (line_breaks) == G_TYPE_BOOLEAN)
    kind->title_line_breaks = json_node_get_boolean (line_breaks);
  else
    {
      fail (error, kind->id, "title_line_breaks", "must be true, false or null");
      return NULL;
    }

  if (!parse_string (object, kind->id, "media", FALSE, medias, &kind->media, error) ||
      !parse_string (object, kind->id, "title_allowed_extra", TRUE, NULL, &kind->title_allowed_extra, error) ||
      !parse_string (object, kind->id, "topic_syntax", FALSE, topic_syntaxes, &kind->topic_syntax, error) ||
      !parse_string (object, kind->id, "counting", FALSE, countings, &kind->counting, error) ||
      !parse_string (object, kind->id, "title_counting", FALSE, title_countings, &kind->title_counting, error) ||
      !parse_string (object, kind->id, "creator_url", FALSE, NULL, &kind->creator_url, error) ||
      !parse_string (object, kind->id, "color", FALSE, NULL, &kind->color, error) ||
      !parse_string (object, kind->id, "icon", FALSE, NULL, &kind->icon_name, error) ||
      !parse_string (object, kind->id, "notes", FALSE, NULL, &kind->notes, error) ||
      !parse_strv (object, kind->id, "default_slots", &kind->default_slots, error) ||
      !parse_strv (object, kind->id, "uncertain", &kind->uncertain, error))
    return NULL;

  if (!g_str_has_prefix (kind->creator_url, "https://") ||
      !g_uri_is_valid (kind->creator_url, G_URI_FLAGS_NONE, NULL))
    {
      fail (error, kind->id, "creator_url", "must be an https:// address");
      return NULL;
    }

  if (!is_color (kind->color))
    {
      fail (error, kind->id, "color", "must be written #rrggbb");
      return NULL;
    }

  if (!check_slots (kind, error) || !check_uncertain (object, kind, error))
    return NULL;

  return g_steal_pointer (&kind);
}

/**
 * herald_channel_kinds_parse: (skip)
 * @data: the contents of herald-channel-kinds.json
 * @error: return location for a #GError
 *
 * Parses and checks channel kind data.  Only the shipped resource is ever
 * parsed by the app; tests use this to feed it broken data.
 *
 * Returns: (transfer full) (nullable): a list of #HeraldChannelKind in the
 *   order of the data, or %NULL with @error set
 */
GListModel *
herald_channel_kinds_parse (GBytes  *data,
                            GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *root;
  JsonNode *kinds;
  JsonArray *array;
  const char *text;
  gsize size;
  guint length;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = g_bytes_get_data (data, &size);
  if (size > G_MAXSSIZE || !g_utf8_validate_len (text, size, NULL))
    {
      g_set_error_literal (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                           "the data is not UTF-8");
      return NULL;
    }

  if (!json_parser_load_from_data (parser, text, (gssize) size, error))
    return NULL;

  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                           "the data must be a JSON object");
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (root);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!g_str_equal (l->data, "kinds") && !g_str_equal (l->data, "notes"))
        {
          g_set_error (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                       "unknown top-level field “%s”", (const char *) l->data);
          return NULL;
        }
    }

  kinds = json_object_get_member (root, "kinds");
  if (kinds == NULL || !JSON_NODE_HOLDS_ARRAY (kinds) ||
      json_array_get_length (json_node_get_array (kinds)) == 0)
    {
      g_set_error_literal (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                           "“kinds” must be a non-empty array");
      return NULL;
    }

  store = g_list_store_new (HERALD_TYPE_CHANNEL_KIND);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  array = json_node_get_array (kinds);
  length = json_array_get_length (array);

  for (guint i = 0; i < length; i++)
    {
      g_autoptr(HeraldChannelKind) kind = parse_kind (json_array_get_element (array, i), error);

      if (kind == NULL)
        return NULL;

      if (!g_hash_table_add (seen, g_strdup (kind->id)))
        {
          g_set_error (error, HERALD_CHANNEL_KIND_ERROR, HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
                       "kind “%s” appears twice", kind->id);
          return NULL;
        }

      g_list_store_append (store, kind);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}
