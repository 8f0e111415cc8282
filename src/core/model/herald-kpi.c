/* herald-kpi.c — a KPI target of a campaign
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-kpi"

#include "config.h"

#include <math.h>

#include "herald-kpi.h"

/**
 * HeraldKpi:
 *
 * One number a campaign aims for: a total of one metric ("reads",
 * "likes" …) over one account of the campaign, or over all of them when
 * #HeraldKpi:account-id is %NULL.
 */

struct _HeraldKpi
{
  HeraldRecord  parent_instance;

  char         *campaign_id;
  char         *metric;
  char         *account_id;
  double        target;
};

G_DEFINE_FINAL_TYPE (HeraldKpi, herald_kpi, HERALD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CAMPAIGN_ID,
  PROP_METRIC,
  PROP_ACCOUNT_ID,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_optional_id (char       **field,
                 const char  *id)
{
  return g_set_str (field, (id != NULL && id[0] != '\0') ? id : NULL);
}

static void
herald_kpi_finalize (GObject *object)
{
  HeraldKpi *self = HERALD_KPI (object);

  g_clear_pointer (&self->campaign_id, g_free);
  g_clear_pointer (&self->metric, g_free);
  g_clear_pointer (&self->account_id, g_free);

  G_OBJECT_CLASS (herald_kpi_parent_class)->finalize (object);
}

static void
herald_kpi_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HeraldKpi *self = HERALD_KPI (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN_ID:
      g_value_set_string (value, self->campaign_id);
      break;

    case PROP_METRIC:
      g_value_set_string (value, self->metric);
      break;

    case PROP_ACCOUNT_ID:
      g_value_set_string (value, self->account_id);
      break;

    case PROP_TARGET:
      g_value_set_double (value, self->target);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_kpi_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HeraldKpi *self = HERALD_KPI (object);

  switch (prop_id)
    {
    case PROP_CAMPAIGN_ID:
      herald_kpi_set_campaign_id (self, g_value_get_string (value));
      break;

    case PROP_METRIC:
      herald_kpi_set_metric (self, g_value_get_string (value));
      break;

    case PROP_ACCOUNT_ID:
      herald_kpi_set_account_id (self, g_value_get_string (value));
      break;

    case PROP_TARGET:
      herald_kpi_set_target (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_kpi_class_init (HeraldKpiClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_kpi_finalize;
  object_class->get_property = herald_kpi_get_property;
  object_class->set_property = herald_kpi_set_property;

  /**
   * HeraldKpi:campaign-id:
   *
   * The id of the campaign the target belongs to, or %NULL before it is
   * attached to one.
   */
  properties[PROP_CAMPAIGN_ID] =
    g_param_spec_string ("campaign-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldKpi:metric:
   *
   * The name of the metric counted, as metric samples name it.
   */
  properties[PROP_METRIC] =
    g_param_spec_string ("metric", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldKpi:account-id:
   *
   * The one account counted, or %NULL to count every account of the
   * campaign.
   */
  properties[PROP_ACCOUNT_ID] =
    g_param_spec_string ("account-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldKpi:target:
   *
   * The total the campaign aims for.
   */
  properties[PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_kpi_init (HeraldKpi *self)
{
  self->metric = g_strdup ("");
}

/**
 * herald_kpi_new:
 * @campaign_id: (nullable): the campaign's id
 * @metric: the metric counted
 * @target: the total aimed for
 *
 * Makes a KPI that counts every account of the campaign, without an id of
 * its own: the store gives it one when it is saved.
 *
 * Returns: (transfer full): a new #HeraldKpi
 */
HeraldKpi *
herald_kpi_new (const char *campaign_id,
                const char *metric,
                double      target)
{
  g_return_val_if_fail (!isnan (target), NULL);

  return g_object_new (HERALD_TYPE_KPI,
                       "campaign-id", campaign_id,
                       "metric", metric,
                       "target", target,
                       NULL);
}

/**
 * herald_kpi_get_campaign_id:
 * @self: a #HeraldKpi
 *
 * Returns: (nullable): the campaign's id
 */
const char *
herald_kpi_get_campaign_id (HeraldKpi *self)
{
  g_return_val_if_fail (HERALD_IS_KPI (self), NULL);

  return self->campaign_id;
}

void
herald_kpi_set_campaign_id (HeraldKpi  *self,
                            const char *campaign_id)
{
  g_return_if_fail (HERALD_IS_KPI (self));

  if (set_optional_id (&self->campaign_id, campaign_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN_ID]);
}

const char *
herald_kpi_get_metric (HeraldKpi *self)
{
  g_return_val_if_fail (HERALD_IS_KPI (self), NULL);

  return self->metric;
}

void
herald_kpi_set_metric (HeraldKpi  *self,
                       const char *metric)
{
  g_return_if_fail (HERALD_IS_KPI (self));

  if (g_set_str (&self->metric, metric != NULL ? metric : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}

/**
 * herald_kpi_get_account_id:
 * @self: a #HeraldKpi
 *
 * Returns: (nullable): the one account counted, or %NULL for all of them
 */
const char *
herald_kpi_get_account_id (HeraldKpi *self)
{
  g_return_val_if_fail (HERALD_IS_KPI (self), NULL);

  return self->account_id;
}

/**
 * herald_kpi_set_account_id:
 * @self: a #HeraldKpi
 * @account_id: (nullable): an account's id, or %NULL (or "") for all
 */
void
herald_kpi_set_account_id (HeraldKpi  *self,
                           const char *account_id)
{
  g_return_if_fail (HERALD_IS_KPI (self));

  if (set_optional_id (&self->account_id, account_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNT_ID]);
}

double
herald_kpi_get_target (HeraldKpi *self)
{
  g_return_val_if_fail (HERALD_IS_KPI (self), 0.0);

  return self->target;
}

void
herald_kpi_set_target (HeraldKpi *self,
                       double     target)
{
  g_return_if_fail (HERALD_IS_KPI (self));
  /* NaN never equals itself: it would notify on every set. */
  g_return_if_fail (!isnan (target));

  if (self->target == target)
    return;

  self->target = target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}
