/* herald-metric-sample.h — one number read from a platform export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HERALD_TYPE_METRIC_SAMPLE (herald_metric_sample_get_type ())

G_DECLARE_FINAL_TYPE (HeraldMetricSample, herald_metric_sample, HERALD, METRIC_SAMPLE, GObject)

HeraldMetricSample *herald_metric_sample_new             (const char         *account_id,
                                                          const char         *post_id,
                                                          const char         *metric,
                                                          double              value,
                                                          gint64              captured_at);
const char         *herald_metric_sample_get_account_id  (HeraldMetricSample *self);
/* NULL for account-level numbers. */
const char         *herald_metric_sample_get_post_id     (HeraldMetricSample *self);
const char         *herald_metric_sample_get_metric      (HeraldMetricSample *self);
double              herald_metric_sample_get_value       (HeraldMetricSample *self);
gint64              herald_metric_sample_get_captured_at (HeraldMetricSample *self);
const char         *herald_metric_sample_get_import_id   (HeraldMetricSample *self);
void                herald_metric_sample_set_import_id   (HeraldMetricSample *self,
                                                          const char         *import_id);

G_END_DECLS
