/* herald-heat-format.h — heat, trends and times in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "herald-topic-trend.h"

G_BEGIN_DECLS

char       *herald_heat_format          (double            heat);
const char *herald_topic_trend_describe (HeraldTopicTrend  trend);
const char *herald_topic_trend_icon     (HeraldTopicTrend  trend);
const char *herald_topic_trend_arrow    (HeraldTopicTrend  trend);
char       *herald_format_time_ago      (gint64            then,
                                         gint64            now);

G_END_DECLS
