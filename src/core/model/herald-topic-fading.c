/* herald-topic-fading.c — whether a topic is losing heat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topic-trend"

#include "config.h"

#include "herald-topic-fading.h"

/**
 * herald_topic_heat_is_fading:
 * @samples: (array length=n_samples): heat samples, oldest first
 * @n_samples: how many
 *
 * A topic is fading when its heat fell at each of the last
 * %HERALD_TOPIC_FADING_STEPS readings: one lower reading is noise, a run
 * of them is a topic on its way out.  A flat reading breaks the run.
 *
 * Returns: %TRUE if the heat is falling
 */
gboolean
herald_topic_heat_is_fading (const HeraldHeatSample *samples,
                             guint                   n_samples)
{
  g_return_val_if_fail (samples != NULL || n_samples == 0, FALSE);

  if (n_samples < HERALD_TOPIC_FADING_STEPS + 1)
    return FALSE;

  for (guint i = n_samples - HERALD_TOPIC_FADING_STEPS; i < n_samples; i++)
    if (!(samples[i].heat < samples[i - 1].heat))
      return FALSE;

  return TRUE;
}

/**
 * herald_topic_is_fading:
 * @topic: a #HeraldTopic whose heat has been loaded
 *
 * Returns: %TRUE if the topic's heat is falling
 */
gboolean
herald_topic_is_fading (HeraldTopic *topic)
{
  const HeraldHeatSample *samples;
  guint n_samples;

  g_return_val_if_fail (HERALD_IS_TOPIC (topic), FALSE);

  samples = herald_topic_get_heat (topic, &n_samples);
  return herald_topic_heat_is_fading (samples, n_samples);
}
