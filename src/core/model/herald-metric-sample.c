/* herald-metric-sample.c — one number read from a platform export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-metric-sample"

#include "config.h"

#include <math.h>

#include "herald-metric-sample.h"

/**
 * HeraldMetricSample:
 *
 * One value of one metric ("reads", "likes" …) for one post, or for a
 * whole account when #HeraldMetricSample:post-id is %NULL, as it stood
 * at #HeraldMetricSample:captured-at.
 *
 * A sample is a fact read from a file: everything but the import it came
 * from is fixed when it is made. Samples are many and never edited, so
 * they are plain objects, not records.
 */

struct _HeraldMetricSample
{
  GObject  parent_instance;

  char    *account_id;
  char    *post_id;
  char    *metric;
  char    *import_id;
  double   value;
  gint64   captured_at;
};

G_DEFINE_FINAL_TYPE (HeraldMetricSample, herald_metric_sample, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_POST_ID,
  PROP_METRIC,
  PROP_VALUE,
  PROP_CAPTURED_AT,
  PROP_IMPORT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
herald_metric_sample_finalize (GObject *object)
{
  HeraldMetricSample *self = HERALD_METRIC_SAMPLE (object);

  g_clear_pointer (&self->account_id, g_free);
  g_clear_pointer (&self->post_id, g_free);
  g_clear_pointer (&self->metric, g_free);
  g_clear_pointer (&self->import_id, g_free);

  G_OBJECT_CLASS (herald_metric_sample_parent_class)->finalize (object);
}

static void
herald_metric_sample_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HeraldMetricSample *self = HERALD_METRIC_SAMPLE (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT_ID:
      g_value_set_string (value, self->account_id);
      break;

    case PROP_POST_ID:
      g_value_set_string (value, self->post_id);
      break;

    case PROP_METRIC:
      g_value_set_string (value, self->metric);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_CAPTURED_AT:
      g_value_set_int64 (value, self->captured_at);
      break;

    case PROP_IMPORT_ID:
      g_value_set_string (value, self->import_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_metric_sample_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HeraldMetricSample *self = HERALD_METRIC_SAMPLE (object);
  const char *text;

  switch (prop_id)
    {
    case PROP_ACCOUNT_ID:
      text = g_value_get_string (value);
      g_set_str (&self->account_id, text != NULL ? text : "");
      break;

    case PROP_POST_ID:
      /* An account-level row has no post: NULL, never "". */
      text = g_value_get_string (value);
      g_set_str (&self->post_id, (text != NULL && text[0] != '\0') ? text : NULL);
      break;

    case PROP_METRIC:
      text = g_value_get_string (value);
      g_set_str (&self->metric, text != NULL ? text : "");
      break;

    case PROP_VALUE:
      self->value = g_value_get_double (value);
      break;

    case PROP_CAPTURED_AT:
      self->captured_at = g_value_get_int64 (value);
      break;

    case PROP_IMPORT_ID:
      herald_metric_sample_set_import_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_metric_sample_class_init (HeraldMetricSampleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_metric_sample_finalize;
  object_class->get_property = herald_metric_sample_get_property;
  object_class->set_property = herald_metric_sample_set_property;

  /**
   * HeraldMetricSample:account-id:
   *
   * The account the number belongs to (for a post's number, the post's
   * account).
   */
  properties[PROP_ACCOUNT_ID] =
    g_param_spec_string ("account-id", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldMetricSample:post-id:
   *
   * The post the number belongs to, or %NULL for an account-level number
   * such as followers.
   */
  properties[PROP_POST_ID] =
    g_param_spec_string ("post-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldMetricSample:metric:
   *
   * The name of the metric ("reads", "likes" …).
   */
  properties[PROP_METRIC] =
    g_param_spec_string ("metric", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldMetricSample:captured-at:
   *
   * When the platform counted the value, in Unix seconds (UTC).
   */
  properties[PROP_CAPTURED_AT] =
    g_param_spec_int64 ("captured-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * HeraldMetricSample:import-id:
   *
   * The import the sample came from, or %NULL until the importer has
   * recorded the file. The only part of a sample that may change.
   */
  properties[PROP_IMPORT_ID] =
    g_param_spec_string ("import-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_metric_sample_init (HeraldMetricSample *self)
{
  self->account_id = g_strdup ("");
  self->metric = g_strdup ("");
}

/**
 * herald_metric_sample_new:
 * @account_id: the account's id
 * @post_id: (nullable): the post's id, or %NULL for an account-level number
 * @metric: the metric's name
 * @value: the number
 * @captured_at: when it was counted, in Unix seconds (UTC)
 *
 * Returns: (transfer full): a new #HeraldMetricSample
 */
HeraldMetricSample *
herald_metric_sample_new (const char *account_id,
                          const char *post_id,
                          const char *metric,
                          double      value,
                          gint64      captured_at)
{
  g_return_val_if_fail (!isnan (value), NULL);

  return g_object_new (HERALD_TYPE_METRIC_SAMPLE,
                       "account-id", account_id,
                       "post-id", post_id,
                       "metric", metric,
                       "value", value,
                       "captured-at", captured_at,
                       NULL);
}

const char *
herald_metric_sample_get_account_id (HeraldMetricSample *self)
{
  g_return_val_if_fail (HERALD_IS_METRIC_SAMPLE (self), NULL);

  return self->account_id;
}

/**
 * herald_metric_sample_get_post_id:
 * @self: a #HeraldMetricSample
 *
 * Returns: (nullable): the post's id, or %NULL for an account-level number
 */
const char *
herald_metric_sample_get_post_id (HeraldMetricSample *self)
{
  g_return_val_if_fail (HERALD_IS_METRIC_SAMPLE (self), NULL);

  return self->post_id;
}

const char *
herald_metric_sample_get_metric (HeraldMetricSample *self)
{
  g_return_val_if_fail (HERALD_IS_METRIC_SAMPLE (self), NULL);

  return self->metric;
}

double
herald_metric_sample_get_value (HeraldMetricSample *self)
{
  g_return_val_if_fail (HERALD_IS_METRIC_SAMPLE (self), 0.0);

  return self->value;
}

gint64
herald_metric_sample_get_captured_at (HeraldMetricSample *self)
{
  g_return_val_if_fail (HERALD_IS_METRIC_SAMPLE (self), 0);

  return self->captured_at;
}

/**
 * herald_metric_sample_get_import_id:
 * @self: a #HeraldMetricSample
 *
 * Returns: (nullable): the import's id, or %NULL if not recorded yet
 */
const char *
herald_metric_sample_get_import_id (HeraldMetricSample *self)
{
  g_return_val_if_fail (HERALD_IS_METRIC_SAMPLE (self), NULL);

  return self->import_id;
}

/**
 * herald_metric_sample_set_import_id:
 * @self: a #HeraldMetricSample
 * @import_id: (nullable): the import's id, or %NULL (or "") for none
 */
void
herald_metric_sample_set_import_id (HeraldMetricSample *self,
                                    const char         *import_id)
{
  g_return_if_fail (HERALD_IS_METRIC_SAMPLE (self));

  if (import_id != NULL && import_id[0] == '\0')
    import_id = NULL;

  if (g_set_str (&self->import_id, import_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT_ID]);
}
