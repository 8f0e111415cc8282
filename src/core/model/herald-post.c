/* herald-post.c — one post on one account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-post"

#include "config.h"

#include "herald-post.h"

/**
 * HeraldPost:
 *
 * One piece of content planned for one account. A post written once and
 * sent to several channels is several posts sharing a
 * #HeraldPost:series-id.
 */

struct _HeraldPost
{
  HeraldRecord      parent_instance;

  char             *account_id;
  char             *campaign_id;
  char             *series_id;
  char             *title;
  char             *body;
  char             *digest;
  char            **tags;
  char             *tz;
  char             *url;
  char             *notes;
  gint64            scheduled_at;
  gint64            published_at;
  HeraldPostStatus  status;
};

G_DEFINE_FINAL_TYPE (HeraldPost, herald_post, HERALD_TYPE_RECORD)

/* The nicks are the names stored in the database, JSON and CSV: never
 * rename one. */
G_DEFINE_ENUM_TYPE (HeraldPostStatus, herald_post_status,
  G_DEFINE_ENUM_VALUE (HERALD_POST_STATUS_IDEA, "idea"),
  G_DEFINE_ENUM_VALUE (HERALD_POST_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (HERALD_POST_STATUS_REVIEW, "review"),
  G_DEFINE_ENUM_VALUE (HERALD_POST_STATUS_APPROVED, "approved"),
  G_DEFINE_ENUM_VALUE (HERALD_POST_STATUS_SCHEDULED, "scheduled"),
  G_DEFINE_ENUM_VALUE (HERALD_POST_STATUS_PUBLISHED, "published"),
  G_DEFINE_ENUM_VALUE (HERALD_POST_STATUS_CANCELLED, "cancelled"))

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_CAMPAIGN_ID,
  PROP_SERIES_ID,
  PROP_STATUS,
  PROP_TITLE,
  PROP_BODY,
  PROP_DIGEST,
  PROP_TAGS,
  PROP_SCHEDULED_AT,
  PROP_TZ,
  PROP_PUBLISHED_AT,
  PROP_URL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Text fields hold "" rather than NULL; ids hold NULL rather than "". */
static gboolean
set_text (char       **field,
          const char  *text)
{
  return g_set_str (field, text != NULL ? text : "");
}

static gboolean
set_optional_id (char       **field,
                 const char  *id)
{
  return g_set_str (field, (id != NULL && id[0] != '\0') ? id : NULL);
}

static void
herald_post_finalize (GObject *object)
{
  HeraldPost *self = HERALD_POST (object);

  g_clear_pointer (&self->account_id, g_free);
  g_clear_pointer (&self->campaign_id, g_free);
  g_clear_pointer (&self->series_id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->digest, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->tz, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (herald_post_parent_class)->finalize (object);
}

static void
herald_post_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HeraldPost *self = HERALD_POST (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT_ID:
      g_value_set_string (value, self->account_id);
      break;

    case PROP_CAMPAIGN_ID:
      g_value_set_string (value, self->campaign_id);
      break;

    case PROP_SERIES_ID:
      g_value_set_string (value, self->series_id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_DIGEST:
      g_value_set_string (value, self->digest);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_SCHEDULED_AT:
      g_value_set_int64 (value, self->scheduled_at);
      break;

    case PROP_TZ:
      g_value_set_string (value, self->tz);
      break;

    case PROP_PUBLISHED_AT:
      g_value_set_int64 (value, self->published_at);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_post_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HeraldPost *self = HERALD_POST (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT_ID:
      herald_post_set_account_id (self, g_value_get_string (value));
      break;

    case PROP_CAMPAIGN_ID:
      herald_post_set_campaign_id (self, g_value_get_string (value));
      break;

    case PROP_SERIES_ID:
      herald_post_set_series_id (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      herald_post_set_status (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      herald_post_set_title (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      herald_post_set_body (self, g_value_get_string (value));
      break;

    case PROP_DIGEST:
      herald_post_set_digest (self, g_value_get_string (value));
      break;

    case PROP_TAGS:
      herald_post_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_SCHEDULED_AT:
      herald_post_set_scheduled_at (self, g_value_get_int64 (value));
      break;

    case PROP_TZ:
      herald_post_set_tz (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED_AT:
      herald_post_set_published_at (self, g_value_get_int64 (value));
      break;

    case PROP_URL:
      herald_post_set_url (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      herald_post_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_post_class_init (HeraldPostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_post_finalize;
  object_class->get_property = herald_post_get_property;
  object_class->set_property = herald_post_set_property;

  /**
   * HeraldPost:account-id:
   *
   * The id of the account the post goes out on.
   */
  properties[PROP_ACCOUNT_ID] =
    g_param_spec_string ("account-id", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPost:campaign-id:
   *
   * The id of the campaign the post belongs to, or %NULL.
   */
  properties[PROP_CAMPAIGN_ID] =
    g_param_spec_string ("campaign-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPost:series-id:
   *
   * Shared by the posts that carry one idea to several accounts, or
   * %NULL for a post on its own.
   */
  properties[PROP_SERIES_ID] =
    g_param_spec_string ("series-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPost:status:
   *
   * Where the post stands, from idea to published.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       HERALD_TYPE_POST_STATUS,
                       HERALD_POST_STATUS_IDEA,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPost:digest:
   *
   * The short summary some channels show under the title (摘要).
   */
  properties[PROP_DIGEST] =
    g_param_spec_string ("digest", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPost:scheduled-at:
   *
   * When the post is planned to go out, in Unix seconds (UTC); 0 while
   * it has no time.
   */
  properties[PROP_SCHEDULED_AT] =
    g_param_spec_int64 ("scheduled-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPost:tz:
   *
   * The IANA zone the time was planned in, so that "9:00 in Shanghai"
   * stays 9:00 in Shanghai wherever the planner is opened.
   */
  properties[PROP_TZ] =
    g_param_spec_string ("tz", NULL, NULL,
                         "Asia/Shanghai",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPost:published-at:
   *
   * When the post actually went out, in Unix seconds (UTC); 0 if it
   * has not.
   */
  properties[PROP_PUBLISHED_AT] =
    g_param_spec_int64 ("published-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPost:url:
   *
   * Where the published post can be read.
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_post_init (HeraldPost *self)
{
  self->account_id = g_strdup ("");
  self->title = g_strdup ("");
  self->body = g_strdup ("");
  self->digest = g_strdup ("");
  self->tags = g_new0 (char *, 1);
  self->tz = g_strdup ("Asia/Shanghai");
  self->url = g_strdup ("");
  self->notes = g_strdup ("");
  self->status = HERALD_POST_STATUS_IDEA;
}

/**
 * herald_post_status_to_string:
 * @status: a #HeraldPostStatus
 *
 * Returns: the stable name of @status ("idea", "draft" …), or %NULL if
 *   @status is not a status
 */
const char *
herald_post_status_to_string (HeraldPostStatus status)
{
  GEnumValue *value;

  value = g_enum_get_value (g_type_class_get (HERALD_TYPE_POST_STATUS), status);
  g_return_val_if_fail (value != NULL, NULL);

  return value->value_nick;
}

/**
 * herald_post_status_from_string:
 * @name: a stable status name, such as "draft"
 * @status: (out) (optional): where to store the status
 *
 * Reads a name written by herald_post_status_to_string(). Names are
 * matched exactly: "Draft" is not a status.
 *
 * Returns: %TRUE if @name is a status; @status is left alone otherwise
 */
gboolean
herald_post_status_from_string (const char       *name,
                                HeraldPostStatus *status)
{
  GEnumValue *value;

  g_return_val_if_fail (name != NULL, FALSE);

  value = g_enum_get_value_by_nick (g_type_class_get (HERALD_TYPE_POST_STATUS), name);
  if (value == NULL)
    return FALSE;

  if (status != NULL)
    *status = value->value;

  return TRUE;
}

/**
 * herald_post_new:
 * @account_id: the id of the account the post goes out on
 * @title: (nullable): the title
 *
 * Makes a post in status %HERALD_POST_STATUS_IDEA, without an id: the
 * store gives it one when it is saved.
 *
 * Returns: (transfer full): a new #HeraldPost
 */
HeraldPost *
herald_post_new (const char *account_id,
                 const char *title)
{
  return g_object_new (HERALD_TYPE_POST,
                       "account-id", account_id,
                       "title", title,
                       NULL);
}

const char *
herald_post_get_account_id (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return self->account_id;
}

void
herald_post_set_account_id (HeraldPost *self,
                            const char *account_id)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (set_text (&self->account_id, account_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNT_ID]);
}

/**
 * herald_post_get_campaign_id:
 * @self: a #HeraldPost
 *
 * Returns: (nullable): the campaign's id, or %NULL if the post is in none
 */
const char *
herald_post_get_campaign_id (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return self->campaign_id;
}

/**
 * herald_post_set_campaign_id:
 * @self: a #HeraldPost
 * @campaign_id: (nullable): a campaign's id, or %NULL (or "") for none
 */
void
herald_post_set_campaign_id (HeraldPost *self,
                             const char *campaign_id)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (set_optional_id (&self->campaign_id, campaign_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN_ID]);
}

/**
 * herald_post_get_series_id:
 * @self: a #HeraldPost
 *
 * Returns: (nullable): the series' id, or %NULL for a post on its own
 */
const char *
herald_post_get_series_id (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return self->series_id;
}

/**
 * herald_post_set_series_id:
 * @self: a #HeraldPost
 * @series_id: (nullable): a series' id, or %NULL (or "") for none
 */
void
herald_post_set_series_id (HeraldPost *self,
                           const char *series_id)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (set_optional_id (&self->series_id, series_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES_ID]);
}

HeraldPostStatus
herald_post_get_status (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), HERALD_POST_STATUS_IDEA);

  return self->status;
}

void
herald_post_set_status (HeraldPost       *self,
                        HeraldPostStatus  status)
{
  g_return_if_fail (HERALD_IS_POST (self));
  g_return_if_fail ((guint) status < HERALD_N_POST_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
herald_post_get_title (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return self->title;
}

void
herald_post_set_title (HeraldPost *self,
                       const char *title)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (set_text (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
herald_post_get_body (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return self->body;
}

void
herald_post_set_body (HeraldPost *self,
                      const char *body)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (set_text (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

const char *
herald_post_get_digest (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return self->digest;
}

void
herald_post_set_digest (HeraldPost *self,
                        const char *digest)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (set_text (&self->digest, digest))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIGEST]);
}

/**
 * herald_post_get_tags:
 * @self: a #HeraldPost
 *
 * Returns: (transfer none) (array zero-terminated=1): the tags, in the
 *   order they were given; an empty array when there are none
 */
const char * const *
herald_post_get_tags (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return (const char * const *) self->tags;
}

/**
 * herald_post_set_tags:
 * @self: a #HeraldPost
 * @tags: (nullable) (array zero-terminated=1): the tags; %NULL for none
 *
 * Copies @tags.
 */
void
herald_post_set_tags (HeraldPost         *self,
                      const char * const *tags)
{
  static const char * const no_tags[] = { NULL };

  g_return_if_fail (HERALD_IS_POST (self));

  if (tags == NULL)
    tags = no_tags;

  if (g_strv_equal ((const char * const *) self->tags, tags))
    return;

  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **) tags);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

gint64
herald_post_get_scheduled_at (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), 0);

  return self->scheduled_at;
}

void
herald_post_set_scheduled_at (HeraldPost *self,
                              gint64      scheduled_at)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (self->scheduled_at == scheduled_at)
    return;

  self->scheduled_at = scheduled_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULED_AT]);
}

const char *
herald_post_get_tz (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return self->tz;
}

void
herald_post_set_tz (HeraldPost *self,
                    const char *tz)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (set_text (&self->tz, tz))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TZ]);
}

gint64
herald_post_get_published_at (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), 0);

  return self->published_at;
}

void
herald_post_set_published_at (HeraldPost *self,
                              gint64      published_at)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (self->published_at == published_at)
    return;

  self->published_at = published_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED_AT]);
}

const char *
herald_post_get_url (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return self->url;
}

void
herald_post_set_url (HeraldPost *self,
                     const char *url)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (set_text (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
herald_post_get_notes (HeraldPost *self)
{
  g_return_val_if_fail (HERALD_IS_POST (self), NULL);

  return self->notes;
}

void
herald_post_set_notes (HeraldPost *self,
                       const char *notes)
{
  g_return_if_fail (HERALD_IS_POST (self));

  if (set_text (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * herald_post_is_overdue:
 * @self: a #HeraldPost
 * @now: the current time, in Unix seconds (UTC)
 *
 * A post is overdue when its time has passed and it neither went out nor
 * was cancelled. That includes a post still at idea, draft, review or
 * approved whose time is past: it missed its slot.
 *
 * Returns: %TRUE if the post is overdue at @now
 */
gboolean
herald_post_is_overdue (HeraldPost *self,
                        gint64      now)
{
  g_return_val_if_fail (HERALD_IS_POST (self), FALSE);

  if (self->status == HERALD_POST_STATUS_PUBLISHED ||
      self->status == HERALD_POST_STATUS_CANCELLED)
    return FALSE;

  return self->scheduled_at != 0 && self->scheduled_at < now;
}
