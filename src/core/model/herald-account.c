/* herald-account.c — an account on one channel (a Weibo account, a 公众号 …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-account"

#include "config.h"

#include "herald-account.h"

/**
 * HeraldAccount:
 *
 * One account the operator publishes on: which channel it is on
 * (#HeraldAccount:kind, a channel kind id), how it is called, the colour
 * it has in the calendar, and its own overrides of the channel's limits
 * and posting slots.
 */

struct _HeraldAccount
{
  HeraldRecord   parent_instance;

  char          *kind;
  char          *name;
  char          *handle;
  char          *color;
  char          *limits;
  char         **slots;
  int            position;
  guint          visible : 1;
};

G_DEFINE_FINAL_TYPE (HeraldAccount, herald_account, HERALD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NAME,
  PROP_HANDLE,
  PROP_COLOR,
  PROP_POSITION,
  PROP_VISIBLE,
  PROP_LIMITS,
  PROP_SLOTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define DEFAULT_COLOR  "#3584e4"
#define DEFAULT_LIMITS "{}"

static gboolean
set_text (char       **field,
          const char  *text)
{
  return g_set_str (field, text != NULL ? text : "");
}

static void
herald_account_finalize (GObject *object)
{
  HeraldAccount *self = HERALD_ACCOUNT (object);

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->handle, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->limits, g_free);
  g_clear_pointer (&self->slots, g_strfreev);

  G_OBJECT_CLASS (herald_account_parent_class)->finalize (object);
}

static void
herald_account_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HeraldAccount *self = HERALD_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_HANDLE:
      g_value_set_string (value, self->handle);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_VISIBLE:
      g_value_set_boolean (value, self->visible);
      break;

    case PROP_LIMITS:
      g_value_set_string (value, self->limits);
      break;

    case PROP_SLOTS:
      g_value_set_boxed (value, self->slots);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_account_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HeraldAccount *self = HERALD_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      herald_account_set_kind (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      herald_account_set_name (self, g_value_get_string (value));
      break;

    case PROP_HANDLE:
      herald_account_set_handle (self, g_value_get_string (value));
      break;

    case PROP_COLOR:
      herald_account_set_color (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      herald_account_set_position (self, g_value_get_int (value));
      break;

    case PROP_VISIBLE:
      herald_account_set_visible (self, g_value_get_boolean (value));
      break;

    case PROP_LIMITS:
      herald_account_set_limits (self, g_value_get_string (value));
      break;

    case PROP_SLOTS:
      herald_account_set_slots (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_account_class_init (HeraldAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_account_finalize;
  object_class->get_property = herald_account_get_property;
  object_class->set_property = herald_account_set_property;

  /**
   * HeraldAccount:kind:
   *
   * The id of the channel kind the account is on ("weibo" …).
   */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldAccount:name:
   *
   * The name the operator knows the account by.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldAccount:handle:
   *
   * The account's name on the platform itself, if any.
   */
  properties[PROP_HANDLE] =
    g_param_spec_string ("handle", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldAccount:color:
   *
   * The account's colour in the calendar, as "#rrggbb".
   */
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         DEFAULT_COLOR,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldAccount:position:
   *
   * Where the account sorts among the others; lower comes first.
   */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /**
   * HeraldAccount:visible:
   *
   * Whether the account's posts are shown in the views.
   */
  properties[PROP_VISIBLE] =
    g_param_spec_boolean ("visible", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * HeraldAccount:limits:
   *
   * The account's overrides of its channel's limits, as a JSON object;
   * "{}" when it has none. The model keeps the text as given: the
   * channel code reads it.
   */
  properties[PROP_LIMITS] =
    g_param_spec_string ("limits", NULL, NULL,
                         DEFAULT_LIMITS,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldAccount:slots:
   *
   * The account's usual posting times; empty when it has none.
   */
  properties[PROP_SLOTS] =
    g_param_spec_boxed ("slots", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_account_init (HeraldAccount *self)
{
  self->kind = g_strdup ("");
  self->name = g_strdup ("");
  self->handle = g_strdup ("");
  self->color = g_strdup (DEFAULT_COLOR);
  self->limits = g_strdup (DEFAULT_LIMITS);
  self->slots = g_new0 (char *, 1);
  self->visible = TRUE;
}

/**
 * herald_account_new:
 * @kind: the channel kind id
 * @name: (nullable): the account's name
 *
 * Makes an account without an id: the store gives it one when it is
 * saved.
 *
 * Returns: (transfer full): a new #HeraldAccount
 */
HeraldAccount *
herald_account_new (const char *kind,
                    const char *name)
{
  return g_object_new (HERALD_TYPE_ACCOUNT,
                       "kind", kind,
                       "name", name,
                       NULL);
}

const char *
herald_account_get_kind (HeraldAccount *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT (self), NULL);

  return self->kind;
}

void
herald_account_set_kind (HeraldAccount *self,
                         const char    *kind)
{
  g_return_if_fail (HERALD_IS_ACCOUNT (self));

  if (set_text (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
herald_account_get_name (HeraldAccount *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT (self), NULL);

  return self->name;
}

void
herald_account_set_name (HeraldAccount *self,
                         const char    *name)
{
  g_return_if_fail (HERALD_IS_ACCOUNT (self));

  if (set_text (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
herald_account_get_handle (HeraldAccount *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT (self), NULL);

  return self->handle;
}

void
herald_account_set_handle (HeraldAccount *self,
                           const char    *handle)
{
  g_return_if_fail (HERALD_IS_ACCOUNT (self));

  if (set_text (&self->handle, handle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HANDLE]);
}

const char *
herald_account_get_color (HeraldAccount *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT (self), NULL);

  return self->color;
}

void
herald_account_set_color (HeraldAccount *self,
                          const char    *color)
{
  g_return_if_fail (HERALD_IS_ACCOUNT (self));

  if (set_text (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

int
herald_account_get_position (HeraldAccount *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT (self), 0);

  return self->position;
}

void
herald_account_set_position (HeraldAccount *self,
                             int            position)
{
  g_return_if_fail (HERALD_IS_ACCOUNT (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

gboolean
herald_account_get_visible (HeraldAccount *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT (self), FALSE);

  return self->visible;
}

void
herald_account_set_visible (HeraldAccount *self,
                            gboolean       visible)
{
  g_return_if_fail (HERALD_IS_ACCOUNT (self));

  visible = !!visible;

  if (self->visible == (guint) visible)
    return;

  self->visible = visible;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE]);
}

/**
 * herald_account_get_limits:
 * @self: a #HeraldAccount
 *
 * Returns: the limit overrides as JSON text; "{}" for none
 */
const char *
herald_account_get_limits (HeraldAccount *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT (self), NULL);

  return self->limits;
}

/**
 * herald_account_set_limits:
 * @self: a #HeraldAccount
 * @limits_json: (nullable): a JSON object, or %NULL (or "") for none
 */
void
herald_account_set_limits (HeraldAccount *self,
                           const char    *limits_json)
{
  g_return_if_fail (HERALD_IS_ACCOUNT (self));

  if (limits_json == NULL || limits_json[0] == '\0')
    limits_json = DEFAULT_LIMITS;

  if (g_set_str (&self->limits, limits_json))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIMITS]);
}

/**
 * herald_account_get_slots:
 * @self: a #HeraldAccount
 *
 * Returns: (transfer none) (array zero-terminated=1): the posting slots;
 *   an empty array when there are none
 */
const char * const *
herald_account_get_slots (HeraldAccount *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT (self), NULL);

  return (const char * const *) self->slots;
}

/**
 * herald_account_set_slots:
 * @self: a #HeraldAccount
 * @slots: (nullable) (array zero-terminated=1): the slots; %NULL for none
 *
 * Copies @slots.
 */
void
herald_account_set_slots (HeraldAccount      *self,
                          const char * const *slots)
{
  static const char * const no_slots[] = { NULL };

  g_return_if_fail (HERALD_IS_ACCOUNT (self));

  if (slots == NULL)
    slots = no_slots;

  if (g_strv_equal ((const char * const *) self->slots, slots))
    return;

  g_strfreev (self->slots);
  self->slots = g_strdupv ((char **) slots);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLOTS]);
}
