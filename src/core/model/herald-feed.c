/* herald-feed.c — a hot-topic feed and the items read from it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-feed"

#include "config.h"

#include <string.h>

#include "herald-feed.h"

/**
 * HeraldFeed:
 *
 * A hot list Herald reads: an RSS 2.0 or Atom 1.0 URL (an RSSHub route,
 * for example) or a JSON endpoint read through a small mapping.  Besides
 * what the user sets, it carries the state polite polling needs: the
 * validators of the last answer, when it may be fetched again, how many
 * fetches failed in a row and why the last one did.
 */

struct _HeraldFeed
{
  HeraldRecord    parent_instance;

  char           *url;
  char           *name;
  char           *mapping;
  HeraldFeedKind  kind;
  gboolean        enabled;
  guint           interval;

  char           *etag;
  char           *last_modified;
  char           *last_error;
  gint64          next_fetch_at;
  gint64          listed_at;
  guint           failures;
};

G_DEFINE_FINAL_TYPE (HeraldFeed, herald_feed, HERALD_TYPE_RECORD)

/* The nicks are the names stored in the database: never rename one. */
G_DEFINE_ENUM_TYPE (HeraldFeedKind, herald_feed_kind,
  G_DEFINE_ENUM_VALUE (HERALD_FEED_KIND_RSS, "rss"),
  G_DEFINE_ENUM_VALUE (HERALD_FEED_KIND_ATOM, "atom"),
  G_DEFINE_ENUM_VALUE (HERALD_FEED_KIND_JSON, "json"))

enum {
  PROP_0,
  PROP_URL,
  PROP_KIND,
  PROP_NAME,
  PROP_MAPPING,
  PROP_ENABLED,
  PROP_INTERVAL,
  PROP_LAST_ERROR,
  PROP_NEXT_FETCH_AT,
  PROP_FAILURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_text (char       **field,
          const char  *text)
{
  return g_set_str (field, text != NULL ? text : "");
}

/* Optional texts: "" is kept as NULL, so that "not known" has one form. */
static gboolean
set_optional (char       **field,
              const char  *text)
{
  return g_set_str (field, text != NULL && *text != '\0' ? text : NULL);
}

static void
herald_feed_finalize (GObject *object)
{
  HeraldFeed *self = HERALD_FEED (object);

  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->mapping, g_free);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->last_modified, g_free);
  g_clear_pointer (&self->last_error, g_free);

  G_OBJECT_CLASS (herald_feed_parent_class)->finalize (object);
}

static void
herald_feed_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HeraldFeed *self = HERALD_FEED (object);

  switch (prop_id)
    {
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_MAPPING:
      g_value_set_string (value, self->mapping);
      break;

    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;

    case PROP_LAST_ERROR:
      g_value_set_string (value, self->last_error);
      break;

    case PROP_NEXT_FETCH_AT:
      g_value_set_int64 (value, self->next_fetch_at);
      break;

    case PROP_FAILURES:
      g_value_set_uint (value, self->failures);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_feed_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HeraldFeed *self = HERALD_FEED (object);

  switch (prop_id)
    {
    case PROP_URL:
      herald_feed_set_url (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      herald_feed_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_NAME:
      herald_feed_set_name (self, g_value_get_string (value));
      break;

    case PROP_MAPPING:
      herald_feed_set_mapping (self, g_value_get_string (value));
      break;

    case PROP_ENABLED:
      herald_feed_set_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_INTERVAL:
      herald_feed_set_interval (self, g_value_get_uint (value));
      break;

    case PROP_LAST_ERROR:
      herald_feed_set_last_error (self, g_value_get_string (value));
      break;

    case PROP_NEXT_FETCH_AT:
      herald_feed_set_next_fetch_at (self, g_value_get_int64 (value));
      break;

    case PROP_FAILURES:
      herald_feed_set_failures (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_feed_class_init (HeraldFeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_feed_finalize;
  object_class->get_property = herald_feed_get_property;
  object_class->set_property = herald_feed_set_property;

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       HERALD_TYPE_FEED_KIND, HERALD_FEED_KIND_RSS,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MAPPING] =
    g_param_spec_string ("mapping", NULL, NULL,
                         "{}",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL,
                       0, G_MAXUINT, HERALD_FEED_DEFAULT_INTERVAL,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LAST_ERROR] =
    g_param_spec_string ("last-error", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NEXT_FETCH_AT] =
    g_param_spec_int64 ("next-fetch-at", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FAILURES] =
    g_param_spec_uint ("failures", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_feed_init (HeraldFeed *self)
{
  self->url = g_strdup ("");
  self->name = g_strdup ("");
  self->mapping = g_strdup ("{}");
  self->enabled = TRUE;
  self->interval = HERALD_FEED_DEFAULT_INTERVAL;
}

/* Items */

/**
 * herald_feed_item_new:
 * @title: the item's title as the source wrote it
 * @link: (nullable): where it leads
 * @summary: (nullable): its description
 * @heat: its heat, 0 when the source gives none
 * @rank: its place on the list, 1 for the top
 *
 * Returns: (transfer full): a new item, its key made from @title
 */
HeraldFeedItem *
herald_feed_item_new (const char *title,
                      const char *link,
                      const char *summary,
                      double      heat,
                      int         rank)
{
  HeraldFeedItem *item;

  g_return_val_if_fail (title != NULL, NULL);

  item = g_new0 (HeraldFeedItem, 1);
  item->title = g_strstrip (g_strdup (title));
  item->key = herald_feed_normalise_title (title);
  item->link = g_strdup (link != NULL ? link : "");
  item->summary = g_strdup (summary != NULL ? summary : "");
  item->heat = heat;
  item->rank = rank;

  return item;
}

void
herald_feed_item_free (HeraldFeedItem *item)
{
  if (item == NULL)
    return;

  g_free (item->title);
  g_free (item->key);
  g_free (item->link);
  g_free (item->summary);
  g_free (item);
}

static gboolean
strip_prefix (GString    *text,
              const char *prefix)
{
  gsize len = strlen (prefix);

  if (text->len < len || memcmp (text->str, prefix, len) != 0)
    return FALSE;

  g_string_erase (text, 0, len);
  return TRUE;
}

static gboolean
strip_suffix (GString    *text,
              const char *suffix)
{
  gsize len = strlen (suffix);

  if (text->len < len || memcmp (text->str + text->len - len, suffix, len) != 0)
    return FALSE;

  g_string_truncate (text, text->len - len);
  return TRUE;
}

static gboolean
strip_spaces (GString *text)
{
  gsize start = 0, end = text->len;

  while (start < end && g_ascii_isspace (text->str[start]))
    start++;
  while (end > start && g_ascii_isspace (text->str[end - 1]))
    end--;

  if (start == 0 && end == text->len)
    return FALSE;

  g_string_truncate (text, end);
  g_string_erase (text, 0, start);
  return TRUE;
}

/* Titles of Chinese hot lists are mostly ASCII, CJK ideographs and
 * punctuation, and full-width forms: those are folded here directly, as
 * the compatibility form and case folding would fold them.  Anything else
 * returns NULL, for the full forms. */
static char *
fold_common (const char *title)
{
  GString *folded = g_string_sized_new (strlen (title));

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          g_string_append_c (folded, g_ascii_tolower (*p));
          continue;
        }

      c = g_utf8_get_char (p);
      if (c >= 0xff01 && c <= 0xff5e)
        g_string_append_c (folded, g_ascii_tolower ((char) (c - 0xfee0)));
      else if (c == 0x3000)
        g_string_append_c (folded, ' ');
      else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
               (c >= 0x3001 && c <= 0x3035) || (c >= 0x2018 && c <= 0x201d))
        g_string_append_len (folded, p, g_utf8_next_char (p) - p);
      else
        {
          g_string_free (folded, TRUE);
          return NULL;
        }
    }

  return g_string_free (folded, FALSE);
}

/**
 * herald_feed_normalise_title:
 * @title: a topic's title
 *
 * Makes the key under which a topic is known within one source: the
 * compatibility form (full-width letters, digits and punctuation become
 * their half-width forms, the ideographic space a space), case folded,
 * spaces trimmed and runs of them made one, and the hashtag marks "#…#"
 * and the brackets "【…】" around the whole title taken off.  Sources
 * write the same topic as "#双十一#" one hour and "双十一" the next.
 *
 * Returns: (transfer full): the key
 */
char *
herald_feed_normalise_title (const char *title)
{
  g_autofree char *valid = NULL;
  g_autofree char *compat = NULL;
  g_autofree char *folded = NULL;
  g_autoptr (GString) key = NULL;
  gboolean changed;

  g_return_val_if_fail (title != NULL, NULL);

  if (!g_utf8_validate (title, -1, NULL))
    title = valid = g_utf8_make_valid (title, -1);
  folded = fold_common (title);
  if (folded == NULL)
    {
      compat = g_utf8_normalize (title, -1, G_NORMALIZE_ALL_COMPOSE);
      folded = g_utf8_casefold (compat != NULL ? compat : title, -1);
    }

  key = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (key->len > 0 && key->str[key->len - 1] != ' ')
            g_string_append_c (key, ' ');
        }
      else
        g_string_append_c (key, *p);
    }

  do
    {
      changed = strip_spaces (key);
      while (strip_prefix (key, "#"))
        changed = TRUE;
      while (strip_suffix (key, "#"))
        changed = TRUE;
      if (g_str_has_prefix (key->str, "【") && key->len > strlen ("【】") &&
          g_str_has_suffix (key->str, "】"))
        {
          strip_prefix (key, "【");
          strip_suffix (key, "】");
          changed = TRUE;
        }
    }
  while (changed);

  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* Public API */

/**
 * herald_feed_new:
 * @url: where the feed is read
 * @kind: how to read it
 *
 * Returns: (transfer full): a new feed, enabled, with no id yet
 */
HeraldFeed *
herald_feed_new (const char     *url,
                 HeraldFeedKind  kind)
{
  HeraldFeed *self = g_object_new (HERALD_TYPE_FEED, NULL);

  herald_feed_set_url (self, url);
  herald_feed_set_kind (self, kind);
  return self;
}

const char *
herald_feed_get_url (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), NULL);
  return self->url;
}

void
herald_feed_set_url (HeraldFeed *self,
                     const char *url)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  if (set_text (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

HeraldFeedKind
herald_feed_get_kind (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), HERALD_FEED_KIND_RSS);
  return self->kind;
}

void
herald_feed_set_kind (HeraldFeed     *self,
                      HeraldFeedKind  kind)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  g_return_if_fail (kind <= HERALD_FEED_KIND_JSON);
  if (self->kind == (kind))
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
herald_feed_get_name (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), NULL);
  return self->name;
}

void
herald_feed_set_name (HeraldFeed *self,
                      const char *name)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  if (set_text (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
herald_feed_get_mapping (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), NULL);
  return self->mapping;
}

void
herald_feed_set_mapping (HeraldFeed *self,
                         const char *mapping)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  if (g_set_str (&self->mapping, mapping != NULL && *mapping != '\0' ? mapping : "{}"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAPPING]);
}

gboolean
herald_feed_get_enabled (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), FALSE);
  return self->enabled;
}

void
herald_feed_set_enabled (HeraldFeed *self,
                         gboolean    enabled)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  if (self->enabled == (!!enabled))
    return;

  self->enabled = !!enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

guint
herald_feed_get_interval (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), HERALD_FEED_DEFAULT_INTERVAL);
  return self->interval;
}

void
herald_feed_set_interval (HeraldFeed *self,
                          guint       interval)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  interval = CLAMP (interval, HERALD_FEED_MIN_INTERVAL, HERALD_FEED_MAX_INTERVAL);
  if (self->interval == interval)
    return;

  self->interval = interval;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

const char *
herald_feed_get_etag (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), NULL);
  return self->etag;
}

void
herald_feed_set_etag (HeraldFeed *self,
                      const char *etag)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  set_optional (&self->etag, etag);
}

const char *
herald_feed_get_last_modified (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), NULL);
  return self->last_modified;
}

void
herald_feed_set_last_modified (HeraldFeed *self,
                               const char *last_modified)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  set_optional (&self->last_modified, last_modified);
}

const char *
herald_feed_get_last_error (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), NULL);
  return self->last_error;
}

void
herald_feed_set_last_error (HeraldFeed *self,
                            const char *last_error)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  if (set_optional (&self->last_error, last_error))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ERROR]);
}

gint64
herald_feed_get_next_fetch_at (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), 0);
  return self->next_fetch_at;
}

void
herald_feed_set_next_fetch_at (HeraldFeed *self,
                               gint64      next_fetch_at)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  if (self->next_fetch_at == (next_fetch_at))
    return;

  self->next_fetch_at = next_fetch_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_FETCH_AT]);
}

guint
herald_feed_get_failures (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), 0);
  return self->failures;
}

void
herald_feed_set_failures (HeraldFeed *self,
                          guint       failures)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  if (self->failures == (failures))
    return;

  self->failures = failures;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILURES]);
}

gint64
herald_feed_get_listed_at (HeraldFeed *self)
{
  g_return_val_if_fail (HERALD_IS_FEED (self), 0);
  return self->listed_at;
}

void
herald_feed_set_listed_at (HeraldFeed *self,
                           gint64      listed_at)
{
  g_return_if_fail (HERALD_IS_FEED (self));
  self->listed_at = listed_at;
}

/**
 * herald_feed_kind_to_string:
 * @kind: a #HeraldFeedKind
 *
 * Returns: the name stored in the database: "rss", "atom" or "json"
 */
const char *
herald_feed_kind_to_string (HeraldFeedKind kind)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (HERALD_TYPE_FEED_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  return value != NULL ? value->value_nick : "rss";
}

gboolean
herald_feed_kind_from_string (const char     *name,
                              HeraldFeedKind *kind)
{
  g_autoptr (GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  klass = g_type_class_ref (HERALD_TYPE_FEED_KIND);
  value = g_enum_get_value_by_nick (klass, name);
  if (value == NULL)
    return FALSE;

  *kind = value->value;
  return TRUE;
}
