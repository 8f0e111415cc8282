/* herald-topic-trend.h — where a topic is in its life, from its heat samples
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "herald-topic.h"

G_BEGIN_DECLS

typedef enum {
  HERALD_TOPIC_TREND_NONE,      /* no samples: added by hand */
  HERALD_TOPIC_TREND_NEW,       /* seen on one fetch so far */
  HERALD_TOPIC_TREND_RISING,
  HERALD_TOPIC_TREND_PEAK,
  HERALD_TOPIC_TREND_FALLING,
  HERALD_TOPIC_TREND_GONE,      /* fell off the list */
} HeraldTopicTrend;

#define HERALD_TYPE_TOPIC_TREND (herald_topic_trend_get_type ())
GType             herald_topic_trend_get_type  (void) G_GNUC_CONST;
const char       *herald_topic_trend_to_string (HeraldTopicTrend        trend);
HeraldTopicTrend  herald_topic_trend_compute   (const HeraldHeatSample *samples,
                                                guint                   n_samples);

G_END_DECLS
