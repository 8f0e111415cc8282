/* herald-channel-kind.c — a kind of channel (公众号文章, 抖音 …) and its text rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-channel-kind"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "herald-channel-kind-private.h"
#include "herald-channels-resources.h"

G_DEFINE_FINAL_TYPE (HeraldChannelKind, herald_channel_kind, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_MEDIA,
  PROP_NOTES,
  PROP_UNCERTAIN,
  PROP_TITLE_LINE_BREAKS,
  PROP_TITLE_ALLOWED_EXTRA,
  PROP_TOPIC_SYNTAX,
  PROP_COUNTING,
  PROP_TITLE_COUNTING,
  PROP_CREATOR_URL,
  PROP_DEFAULT_SLOTS,
  PROP_COLOR,
  PROP_ICON_NAME,
  /* One read-only int property per limit, named after its field with
   * dashes: "title-max", "body-max" … */
  PROP_FIRST_LIMIT,
  N_PROPS = PROP_FIRST_LIMIT + N_LIMITS
};

static GParamSpec *properties[N_PROPS];

static const char * const limit_fields[N_LIMITS + 1] = {
  [LIMIT_TITLE_MAX] = "title_max",
  [LIMIT_TITLE_MIN] = "title_min",
  [LIMIT_TITLE_MAX_IMAGE_TEXT] = "title_max_image_text",
  [LIMIT_TITLE_MAX_WEIGHTED] = "title_max_weighted",
  [LIMIT_BODY_MAX] = "body_max",
  [LIMIT_BODY_MAX_EDITOR] = "body_max_editor",
  [LIMIT_BODY_MAX_LOWEST] = "body_max_lowest",
  [LIMIT_BODY_FOLD] = "body_fold",
  [LIMIT_DIGEST_MAX] = "digest_max",
  [LIMIT_DIGEST_FALLBACK_CHARS] = "digest_fallback_chars",
  [LIMIT_AUTHOR_MAX] = "author_max",
  [LIMIT_ARTICLES_PER_PUSH_MAX] = "articles_per_push_max",
  [LIMIT_TOPICS_MAX] = "topics_max",
  [LIMIT_TAG_MAX] = "tag_max",
  [LIMIT_IMAGES_MIN] = "images_min",
  [LIMIT_IMAGES_MAX] = "images_max",
  [N_LIMITS] = NULL,
};

typedef struct
{
  GListModel *all;
  GHashTable *by_id;
} Registry;

static Registry *
get_registry (void)
{
  static Registry *registry;

  if (g_once_init_enter_pointer (&registry))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      Registry *loaded = g_new0 (Registry, 1);
      guint n_items;

      /* Through the generated getter rather than the global resource
       * table, so that the linker keeps the resource in every program
       * that uses channel kinds.
       */
      bytes = g_resource_lookup_data (herald_channels_get_resource (),
                                      HERALD_CHANNEL_KINDS_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        g_error ("Cannot read the channel kinds shipped with Herald: %s", error->message);

      loaded->all = herald_channel_kinds_parse (bytes, &error);
      if (loaded->all == NULL)
        g_error ("The channel kinds shipped with Herald are invalid: %s", error->message);

      /* The kinds live as long as the process, so the table borrows. */
      loaded->by_id = g_hash_table_new (g_str_hash, g_str_equal);
      n_items = g_list_model_get_n_items (loaded->all);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(HeraldChannelKind) kind = g_list_model_get_item (loaded->all, i);

          g_hash_table_insert (loaded->by_id, kind->id, kind);
        }

      g_once_init_leave_pointer (&registry, loaded);
    }

  return registry;
}

static void
herald_channel_kind_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HeraldChannelKind *self = HERALD_CHANNEL_KIND (object);

  if (prop_id >= PROP_FIRST_LIMIT && prop_id < N_PROPS)
    {
      g_value_set_int (value, self->limits[prop_id - PROP_FIRST_LIMIT]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, herald_channel_kind_get_name (self));
      break;

    case PROP_MEDIA:
      g_value_set_string (value, self->media);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_UNCERTAIN:
      g_value_set_boxed (value, self->uncertain);
      break;

    case PROP_TITLE_LINE_BREAKS:
      g_value_set_boolean (value, self->title_line_breaks);
      break;

    case PROP_TITLE_ALLOWED_EXTRA:
      g_value_set_string (value, self->title_allowed_extra);
      break;

    case PROP_TOPIC_SYNTAX:
      g_value_set_string (value, self->topic_syntax);
      break;

    case PROP_COUNTING:
      g_value_set_string (value, self->counting);
      break;

    case PROP_TITLE_COUNTING:
      g_value_set_string (value, self->title_counting);
      break;

    case PROP_CREATOR_URL:
      g_value_set_string (value, self->creator_url);
      break;

    case PROP_DEFAULT_SLOTS:
      g_value_set_boxed (value, self->default_slots);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_channel_kind_finalize (GObject *object)
{
  HeraldChannelKind *self = HERALD_CHANNEL_KIND (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->media, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->uncertain, g_strfreev);
  g_clear_pointer (&self->title_allowed_extra, g_free);
  g_clear_pointer (&self->topic_syntax, g_free);
  g_clear_pointer (&self->counting, g_free);
  g_clear_pointer (&self->title_counting, g_free);
  g_clear_pointer (&self->creator_url, g_free);
  g_clear_pointer (&self->default_slots, g_strfreev);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->icon_name, g_free);

  G_OBJECT_CLASS (herald_channel_kind_parent_class)->finalize (object);
}

static void
herald_channel_kind_class_init (HeraldChannelKindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = herald_channel_kind_finalize;
  object_class->get_property = herald_channel_kind_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_MEDIA] =
    g_param_spec_string ("media", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_UNCERTAIN] =
    g_param_spec_boxed ("uncertain", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_TITLE_LINE_BREAKS] =
    g_param_spec_boolean ("title-line-breaks", NULL, NULL, TRUE, flags);
  properties[PROP_TITLE_ALLOWED_EXTRA] =
    g_param_spec_string ("title-allowed-extra", NULL, NULL, NULL, flags);
  properties[PROP_TOPIC_SYNTAX] =
    g_param_spec_string ("topic-syntax", NULL, NULL, NULL, flags);
  properties[PROP_COUNTING] =
    g_param_spec_string ("counting", NULL, NULL, NULL, flags);
  properties[PROP_TITLE_COUNTING] =
    g_param_spec_string ("title-counting", NULL, NULL, NULL, flags);
  properties[PROP_CREATOR_URL] =
    g_param_spec_string ("creator-url", NULL, NULL, NULL, flags);
  properties[PROP_DEFAULT_SLOTS] =
    g_param_spec_boxed ("default-slots", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL, flags);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL, flags);

  for (int i = 0; i < N_LIMITS; i++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (limit_fields[i]), "_", '-');

      /* Interned, so the name lives as long as the class. */
      properties[PROP_FIRST_LIMIT + i] =
        g_param_spec_int (g_intern_string (name), NULL, NULL, -1, G_MAXINT, -1, flags);
    }

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_channel_kind_init (HeraldChannelKind *self)
{
  for (int i = 0; i < N_LIMITS; i++)
    self->limits[i] = -1;

  self->title_line_breaks = TRUE;
}

/**
 * herald_channel_kind_limit_index: (skip)
 * @field: a field name such as `body_max`
 *
 * Returns: the index of @field in the limits of a kind, or -1 if @field
 *   is not a limit
 */
int
herald_channel_kind_limit_index (const char *field)
{
  g_return_val_if_fail (field != NULL, -1);

  for (int i = 0; i < N_LIMITS; i++)
    {
      if (g_str_equal (limit_fields[i], field))
        return i;
    }

  return -1;
}

/**
 * herald_channel_kinds_get_all:
 *
 * Every channel kind Herald knows, in a stable order: wechat-article,
 * wechat-channels, douyin, kuaishou, xiaohongshu, bilibili, weibo.  The data
 * ships inside Herald and is parsed once, on first use, from any thread.
 *
 * Returns: (transfer none): a list of #HeraldChannelKind, owned by Herald
 */
GListModel *
herald_channel_kinds_get_all (void)
{
  return get_registry ()->all;
}

/**
 * herald_channel_kinds_get_display_name:
 * @id: (nullable): a kind id such as `weibo`
 *
 * Returns: (transfer none): the kind's name to show ("微博"), or @id itself
 *   when Herald knows no such kind, or "" for %NULL
 */
const char *
herald_channel_kinds_get_display_name (const char *id)
{
  HeraldChannelKind *kind = id != NULL ? herald_channel_kinds_lookup (id) : NULL;

  return kind != NULL ? herald_channel_kind_get_name (kind) : (id != NULL ? id : "");
}

/**
 * herald_channel_kinds_lookup:
 * @id: (nullable): a kind id such as `weibo`
 *
 * Returns: (transfer none) (nullable): the kind called @id, or %NULL when
 *   Herald knows no such kind
 */
HeraldChannelKind *
herald_channel_kinds_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (get_registry ()->by_id, id);
}

/**
 * herald_channel_kinds_get_limit_fields:
 *
 * The names of the numeric fields every kind has, which are also the keys
 * an account's overrides may set: `title_max`, `body_max` …
 *
 * Returns: (transfer none) (array zero-terminated=1): field names
 */
const char * const *
herald_channel_kinds_get_limit_fields (void)
{
  return limit_fields;
}

/**
 * herald_channel_kind_get_id:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): the kind's id, as stored with an account
 */
const char *
herald_channel_kind_get_id (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->id;
}

/**
 * herald_channel_kind_get_name:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): the kind's display name, translated
 */
const char *
herald_channel_kind_get_name (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return _(kind->name);
}

/**
 * herald_channel_kind_get_media:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): what a post of this kind mainly is:
 *   `article`, `video` or `image-text`
 */
const char *
herald_channel_kind_get_media (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->media;
}

/**
 * herald_channel_kind_get_limit:
 * @kind: a #HeraldChannelKind
 * @field: a numeric field, one of herald_channel_kinds_get_limit_fields ()
 * @overrides_json: (nullable): the account's overrides, a JSON object of
 *   field → whole number such as `{"body_max": 5000}`
 *
 * Looks up a limit, preferring the account's own value.  An override is
 * used when it is a whole number from 0 to %G_MAXINT, also for a limit the
 * kind leaves unknown (that is what overrides are for); anything else in
 * @overrides_json, including text that is not JSON at all, is ignored and
 * the kind's value returned.
 *
 * Returns: the limit, or -1 when there is none or it is not known
 */
int
herald_channel_kind_get_limit (HeraldChannelKind *kind,
                               const char        *field,
                               const char        *overrides_json)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;
  JsonNode *member;
  gint64 value;
  int index;

  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), -1);
  g_return_val_if_fail (field != NULL, -1);

  index = herald_channel_kind_limit_index (field);
  if (index < 0)
    {
      g_critical ("%s: “%s” is not a limit of channel kinds", G_STRFUNC, field);
      return -1;
    }

  if (overrides_json == NULL || *overrides_json == '\0' ||
      !g_utf8_validate (overrides_json, -1, NULL))
    return kind->limits[index];

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, overrides_json, -1, NULL))
    return kind->limits[index];

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return kind->limits[index];

  member = json_object_get_member (json_node_get_object (root), field);
  if (member == NULL || !JSON_NODE_HOLDS_VALUE (member) ||
      json_node_get_value_type (member) != G_TYPE_INT64)
    return kind->limits[index];

  value = json_node_get_int (member);
  if (value < 0 || value > G_MAXINT)
    return kind->limits[index];

  return (int) value;
}

/**
 * herald_channel_kind_is_uncertain:
 * @kind: a #HeraldChannelKind
 * @field: a field of the kind's data, such as `body_max`
 *
 * Whether the shipped value of @field is only the best guess known (see
 * herald_channel_kind_get_notes ()), so that the interface can say so.
 *
 * Returns: %TRUE if @field is marked uncertain
 */
gboolean
herald_channel_kind_is_uncertain (HeraldChannelKind *kind,
                                  const char        *field)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  return g_strv_contains ((const char * const *) kind->uncertain, field);
}

/**
 * herald_channel_kind_get_uncertain:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none) (array zero-terminated=1): the fields whose
 *   values are uncertain, possibly none
 */
const char * const *
herald_channel_kind_get_uncertain (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return (const char * const *) kind->uncertain;
}

/**
 * herald_channel_kind_get_notes:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): the data's own explanation of the kind's
 *   rules and of what is uncertain about them, in English, for developers
 */
const char *
herald_channel_kind_get_notes (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->notes;
}

/**
 * herald_channel_kind_get_title_line_breaks:
 * @kind: a #HeraldChannelKind
 *
 * Returns: %FALSE if the platform forbids line breaks in titles, %TRUE
 *   when it allows them or sets no rule
 */
gboolean
herald_channel_kind_get_title_line_breaks (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), TRUE);

  return kind->title_line_breaks;
}

/**
 * herald_channel_kind_get_title_allowed_extra:
 * @kind: a #HeraldChannelKind
 *
 * Some titles (视频号's short title) allow only letters, digits and CJK
 * characters, plus a few punctuation marks.
 *
 * Returns: (transfer none) (nullable): the punctuation allowed besides
 *   letters, digits and CJK, or %NULL when titles are not restricted
 */
const char *
herald_channel_kind_get_title_allowed_extra (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->title_allowed_extra;
}

/**
 * herald_channel_kind_get_topic_syntax:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): how topics are written: `none`, `hash-space`
 *   (`#话题` then a space), `hash-pair` (`#话题#`) or `tags` (separate tags)
 */
const char *
herald_channel_kind_get_topic_syntax (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->topic_syntax;
}

/**
 * herald_channel_kind_get_counting:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): how the body's length is counted:
 *   `codepoints` or `weibo`
 */
const char *
herald_channel_kind_get_counting (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->counting;
}

/**
 * herald_channel_kind_get_title_counting:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): how the title's length is counted:
 *   `codepoints`, `weibo` or `weighted` (CJK 2, ASCII 1)
 */
const char *
herald_channel_kind_get_title_counting (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->title_counting;
}

/**
 * herald_channel_kind_get_creator_url:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): the address of the platform's creator centre,
 *   where the user publishes by hand
 */
const char *
herald_channel_kind_get_creator_url (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->creator_url;
}

/**
 * herald_channel_kind_get_default_slots:
 * @kind: a #HeraldChannelKind
 *
 * Posting times to suggest before an account has history of its own.
 *
 * Returns: (transfer none) (array zero-terminated=1): times written
 *   `HH:MM`, in ascending order
 */
const char * const *
herald_channel_kind_get_default_slots (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return (const char * const *) kind->default_slots;
}

/**
 * herald_channel_kind_get_color:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): the default colour of a new account of this
 *   kind, written `#rrggbb`
 */
const char *
herald_channel_kind_get_color (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->color;
}

/**
 * herald_channel_kind_get_icon_name:
 * @kind: a #HeraldChannelKind
 *
 * Returns: (transfer none): the name of the kind's symbolic icon
 */
const char *
herald_channel_kind_get_icon_name (HeraldChannelKind *kind)
{
  g_return_val_if_fail (HERALD_IS_CHANNEL_KIND (kind), NULL);

  return kind->icon_name;
}
