/* herald-topic-trend.c — where a topic is in its life, from its heat samples
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topic-trend"

#include "config.h"

#include "herald-topic-trend.h"

/* Heat moves a little between fetches without meaning anything: changes
 * within this share of the peak count as level. */
#define LEVEL_SHARE 0.05

G_DEFINE_ENUM_TYPE (HeraldTopicTrend, herald_topic_trend,
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_TREND_NONE, "none"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_TREND_NEW, "new"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_TREND_RISING, "rising"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_TREND_PEAK, "peak"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_TREND_FALLING, "falling"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_TREND_GONE, "gone"))

/**
 * herald_topic_trend_to_string:
 * @trend: a #HeraldTopicTrend
 *
 * Returns: its name: "none", "new", "rising", "peak", "falling" or "gone"
 */
const char *
herald_topic_trend_to_string (HeraldTopicTrend trend)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (HERALD_TYPE_TOPIC_TREND);
  GEnumValue *value = g_enum_get_value (klass, trend);

  return value != NULL ? value->value_nick : "none";
}

/**
 * herald_topic_trend_compute:
 * @samples: (array length=n_samples): the topic's heat samples, oldest first
 * @n_samples: how many
 *
 * A topic's life: first seen (new), rising, peak, falling, gone (off the
 * list).  Only the samples since the topic last came (back) onto the list
 * count.  Heat is compared when the source gives any, and the rank
 * (higher on the list is hotter) when it does not.  At the top: rising
 * while it still climbs, peak once it stays within 5% of its highest;
 * below that: falling, or rising again when it climbs.
 *
 * Returns: the trend
 */
HeraldTopicTrend
herald_topic_trend_compute (const HeraldHeatSample *samples,
                            guint                   n_samples)
{
  guint first = 0;
  gboolean by_heat = FALSE;
  double last, previous, peak, level;

  g_return_val_if_fail (samples != NULL || n_samples == 0, HERALD_TOPIC_TREND_NONE);

  if (n_samples == 0)
    return HERALD_TOPIC_TREND_NONE;

  if (samples[n_samples - 1].rank == HERALD_HEAT_RANK_GONE)
    return HERALD_TOPIC_TREND_GONE;

  for (guint i = n_samples; i > 0; i--)
    if (samples[i - 1].rank == HERALD_HEAT_RANK_GONE)
      {
        first = i;
        break;
      }

  if (n_samples - first == 1)
    return HERALD_TOPIC_TREND_NEW;

  for (guint i = first; i < n_samples; i++)
    by_heat |= samples[i].heat > 0;

#define VALUE(s) (by_heat ? (s).heat : ((s).rank > 0 ? -(double) (s).rank : -G_MAXINT))

  peak = VALUE (samples[first]);
  for (guint i = first + 1; i < n_samples; i++)
    peak = MAX (peak, VALUE (samples[i]));

  last = VALUE (samples[n_samples - 1]);
  previous = VALUE (samples[n_samples - 2]);

#undef VALUE

  /* Ranks are whole places: any move counts. */
  level = by_heat ? peak * LEVEL_SHARE : 0;

  if (last >= peak - level)
    return last - previous > level ? HERALD_TOPIC_TREND_RISING : HERALD_TOPIC_TREND_PEAK;

  return last - previous > level ? HERALD_TOPIC_TREND_RISING : HERALD_TOPIC_TREND_FALLING;
}
