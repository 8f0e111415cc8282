/* herald-campaign.c — a campaign: dates, a goal and KPI targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-campaign"

#include "config.h"

#include "herald-campaign.h"

/**
 * HeraldCampaign:
 *
 * A campaign groups posts towards one goal between two dates. Its KPI
 * targets are #HeraldKpi records pointing back at it.
 *
 * The dates are calendar days written "YYYY-MM-DD" (no time, no zone);
 * "" when open-ended.
 */

struct _HeraldCampaign
{
  HeraldRecord  parent_instance;

  char         *name;
  char         *goal;
  char         *starts_on;
  char         *ends_on;
  char         *color;
  char         *notes;
  guint         archived : 1;
};

G_DEFINE_FINAL_TYPE (HeraldCampaign, herald_campaign, HERALD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_GOAL,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_COLOR,
  PROP_NOTES,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_text (char       **field,
          const char  *text)
{
  return g_set_str (field, text != NULL ? text : "");
}

static void
herald_campaign_finalize (GObject *object)
{
  HeraldCampaign *self = HERALD_CAMPAIGN (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->goal, g_free);
  g_clear_pointer (&self->starts_on, g_free);
  g_clear_pointer (&self->ends_on, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (herald_campaign_parent_class)->finalize (object);
}

static void
herald_campaign_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HeraldCampaign *self = HERALD_CAMPAIGN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_GOAL:
      g_value_set_string (value, self->goal);
      break;

    case PROP_STARTS_ON:
      g_value_set_string (value, self->starts_on);
      break;

    case PROP_ENDS_ON:
      g_value_set_string (value, self->ends_on);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_campaign_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HeraldCampaign *self = HERALD_CAMPAIGN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      herald_campaign_set_name (self, g_value_get_string (value));
      break;

    case PROP_GOAL:
      herald_campaign_set_goal (self, g_value_get_string (value));
      break;

    case PROP_STARTS_ON:
      herald_campaign_set_starts_on (self, g_value_get_string (value));
      break;

    case PROP_ENDS_ON:
      herald_campaign_set_ends_on (self, g_value_get_string (value));
      break;

    case PROP_COLOR:
      herald_campaign_set_color (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      herald_campaign_set_notes (self, g_value_get_string (value));
      break;

    case PROP_ARCHIVED:
      herald_campaign_set_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_campaign_class_init (HeraldCampaignClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_campaign_finalize;
  object_class->get_property = herald_campaign_get_property;
  object_class->set_property = herald_campaign_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldCampaign:goal:
   *
   * What the campaign is for, in the operator's words.
   */
  properties[PROP_GOAL] =
    g_param_spec_string ("goal", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldCampaign:starts-on:
   *
   * The first day of the campaign, "YYYY-MM-DD", or "".
   */
  properties[PROP_STARTS_ON] =
    g_param_spec_string ("starts-on", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldCampaign:ends-on:
   *
   * The last day of the campaign (included), "YYYY-MM-DD", or "".
   */
  properties[PROP_ENDS_ON] =
    g_param_spec_string ("ends-on", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldCampaign:color:
   *
   * The campaign's colour as "#rrggbb", or "" to let the views choose.
   */
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
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

  /**
   * HeraldCampaign:archived:
   *
   * An archived campaign is over and kept for its numbers; it is no
   * longer offered when planning.
   */
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_campaign_init (HeraldCampaign *self)
{
  self->name = g_strdup ("");
  self->goal = g_strdup ("");
  self->starts_on = g_strdup ("");
  self->ends_on = g_strdup ("");
  self->color = g_strdup ("");
  self->notes = g_strdup ("");
}

/**
 * herald_campaign_new:
 * @name: (nullable): the campaign's name
 *
 * Makes a campaign without an id: the store gives it one when it is
 * saved.
 *
 * Returns: (transfer full): a new #HeraldCampaign
 */
HeraldCampaign *
herald_campaign_new (const char *name)
{
  return g_object_new (HERALD_TYPE_CAMPAIGN,
                       "name", name,
                       NULL);
}

const char *
herald_campaign_get_name (HeraldCampaign *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN (self), NULL);

  return self->name;
}

void
herald_campaign_set_name (HeraldCampaign *self,
                          const char     *name)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN (self));

  if (set_text (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
herald_campaign_get_goal (HeraldCampaign *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN (self), NULL);

  return self->goal;
}

void
herald_campaign_set_goal (HeraldCampaign *self,
                          const char     *goal)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN (self));

  if (set_text (&self->goal, goal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL]);
}

const char *
herald_campaign_get_starts_on (HeraldCampaign *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN (self), NULL);

  return self->starts_on;
}

void
herald_campaign_set_starts_on (HeraldCampaign *self,
                               const char     *date)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN (self));

  if (set_text (&self->starts_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_ON]);
}

const char *
herald_campaign_get_ends_on (HeraldCampaign *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN (self), NULL);

  return self->ends_on;
}

void
herald_campaign_set_ends_on (HeraldCampaign *self,
                             const char     *date)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN (self));

  if (set_text (&self->ends_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_ON]);
}

const char *
herald_campaign_get_color (HeraldCampaign *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN (self), NULL);

  return self->color;
}

void
herald_campaign_set_color (HeraldCampaign *self,
                           const char     *color)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN (self));

  if (set_text (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

const char *
herald_campaign_get_notes (HeraldCampaign *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN (self), NULL);

  return self->notes;
}

void
herald_campaign_set_notes (HeraldCampaign *self,
                           const char     *notes)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN (self));

  if (set_text (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gboolean
herald_campaign_get_archived (HeraldCampaign *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN (self), FALSE);

  return self->archived;
}

void
herald_campaign_set_archived (HeraldCampaign *self,
                              gboolean        archived)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN (self));

  archived = !!archived;

  if (self->archived == (guint) archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}
