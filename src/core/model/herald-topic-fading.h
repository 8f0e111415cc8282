/* herald-topic-fading.h — whether a topic is losing heat
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-topic.h"

G_BEGIN_DECLS

/* How many falls in a row make a topic fading. */
#define HERALD_TOPIC_FADING_STEPS 2

gboolean herald_topic_heat_is_fading (const HeraldHeatSample *samples,
                                      guint                   n_samples);
gboolean herald_topic_is_fading      (HeraldTopic            *topic);

G_END_DECLS
