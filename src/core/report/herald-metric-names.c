/* herald-metric-names.c — Herald's metric vocabulary, in words
 *
 * The platforms' exports map onto a small set of metrics (PLATFORMS.md
 * §2).  Counts add up across posts and weeks; rates and durations do not,
 * and are averaged instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-metric-names.h"

static const struct {
  const char *metric;
  const char *label;
  gboolean    rate;
} metrics[] = {
  { "views", NC_("metric", "Views"), FALSE },
  { "readers", NC_("metric", "Readers"), FALSE },
  { "likes", NC_("metric", "Likes"), FALSE },
  { "comments", NC_("metric", "Comments"), FALSE },
  { "shares", NC_("metric", "Shares"), FALSE },
  { "favorites", NC_("metric", "Favorites"), FALSE },
  { "zaikan", NC_("metric", "Wow"), FALSE },
  { "coins", NC_("metric", "Coins"), FALSE },
  { "danmaku", NC_("metric", "Bullet Comments"), FALSE },
  { "followers_gained", NC_("metric", "Followers Gained"), FALSE },
  { "clicks", NC_("metric", "Clicks"), FALSE },
  { "completion_rate", NC_("metric", "Completion Rate"), TRUE },
  { "avg_watch_seconds", NC_("metric", "Average Watch Time (s)"), TRUE },
};

/**
 * herald_metric_get_label:
 * @metric: a metric, "views"
 *
 * Returns: the metric's name in the user's language; a custom metric's
 *   own name
 */
const char *
herald_metric_get_label (const char *metric)
{
  g_return_val_if_fail (metric != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (metrics); i++)
    if (g_str_equal (metrics[i].metric, metric))
      return g_dpgettext2 (GETTEXT_PACKAGE, "metric", metrics[i].label);

  return metric;
}

/**
 * herald_metric_is_rate:
 * @metric: a metric
 *
 * Returns: whether @metric is a rate or an average, which do not add up
 */
gboolean
herald_metric_is_rate (const char *metric)
{
  g_return_val_if_fail (metric != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (metrics); i++)
    if (g_str_equal (metrics[i].metric, metric))
      return metrics[i].rate;

  return g_str_has_suffix (metric, "_rate");
}
