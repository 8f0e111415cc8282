/* herald-heat-format.c — heat, trends and times in words
 *
 * Chinese hot lists count heat in 万 (ten thousand) and 亿 (hundred
 * million): "3326万" is what an operator reads on Weibo.  The translation
 * chooses the counting, so English shows thousands and millions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-heat-format"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "herald-heat-format.h"

/* One or no decimal: "1.5万", "3326万". */
static char *
format_scaled (double value)
{
  if (value >= 100 || fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", round (value));

  return g_strdup_printf ("%.1f", value);
}

/**
 * herald_heat_format:
 * @heat: a heat value
 *
 * Returns: (transfer full): @heat the way hot lists show it
 */
char *
herald_heat_format (double heat)
{
  g_autofree char *number = NULL;
  /* Translators: "wan" counts heat in 万 and 亿 as Chinese hot lists do;
   * anything else counts in thousands and millions */
  gboolean wan = g_str_equal (C_("heat counting", "thousands"), "wan");

  if (heat < 0 || isnan (heat))
    heat = 0;

  if (wan)
    {
      if (heat >= 1e8)
        {
          number = format_scaled (heat / 1e8);
          /* Translators: heat in 亿 (hundred millions) */
          return g_strdup_printf (_("%s亿"), number);
        }
      if (heat >= 1e4)
        {
          number = format_scaled (heat / 1e4);
          /* Translators: heat in 万 (ten thousands) */
          return g_strdup_printf (_("%s万"), number);
        }
    }
  else
    {
      if (heat >= 1e6)
        {
          number = format_scaled (heat / 1e6);
          /* Translators: heat in millions */
          return g_strdup_printf (_("%sM"), number);
        }
      if (heat >= 1e4)
        {
          number = format_scaled (heat / 1e3);
          /* Translators: heat in thousands */
          return g_strdup_printf (_("%sK"), number);
        }
    }

  return g_strdup_printf ("%.0f", round (heat));
}

/**
 * herald_topic_trend_describe:
 * @trend: a trend
 *
 * Returns: the trend in words, or %NULL for none
 */
const char *
herald_topic_trend_describe (HeraldTopicTrend trend)
{
  switch (trend)
    {
    case HERALD_TOPIC_TREND_NEW:
      return C_("topic trend", "New");
    case HERALD_TOPIC_TREND_RISING:
      return C_("topic trend", "Rising");
    case HERALD_TOPIC_TREND_PEAK:
      return C_("topic trend", "At its peak");
    case HERALD_TOPIC_TREND_FALLING:
      return C_("topic trend", "Falling");
    case HERALD_TOPIC_TREND_GONE:
      return C_("topic trend", "Off the list");
    case HERALD_TOPIC_TREND_NONE:
    default:
      return NULL;
    }
}

/**
 * herald_topic_trend_icon:
 * @trend: a trend
 *
 * Returns: the icon for trends an arrow does not show, or %NULL
 */
const char *
herald_topic_trend_icon (HeraldTopicTrend trend)
{
  switch (trend)
    {
    case HERALD_TOPIC_TREND_NEW:
      return "starred-symbolic";
    case HERALD_TOPIC_TREND_PEAK:
      return "herald-hot-topic-symbolic";
    case HERALD_TOPIC_TREND_RISING:
    case HERALD_TOPIC_TREND_FALLING:
    case HERALD_TOPIC_TREND_GONE:
    case HERALD_TOPIC_TREND_NONE:
    default:
      return NULL;
    }
}

/**
 * herald_topic_trend_arrow:
 * @trend: a trend
 *
 * Returns: the arrow for a rising, falling or gone topic, or %NULL
 */
const char *
herald_topic_trend_arrow (HeraldTopicTrend trend)
{
  switch (trend)
    {
    case HERALD_TOPIC_TREND_RISING:
      return "↑";
    case HERALD_TOPIC_TREND_FALLING:
      return "↓";
    case HERALD_TOPIC_TREND_GONE:
      return "–";
    case HERALD_TOPIC_TREND_NEW:
    case HERALD_TOPIC_TREND_PEAK:
    case HERALD_TOPIC_TREND_NONE:
    default:
      return NULL;
    }
}

/**
 * herald_format_time_ago:
 * @then: a time, Unix seconds
 * @now: the time now
 *
 * Returns: (transfer full): "5 minutes ago", "3 days ago", …
 */
char *
herald_format_time_ago (gint64 then,
                        gint64 now)
{
  gint64 seconds = MAX (now - then, 0);

  if (then <= 0)
    return g_strdup (C_("first seen", "Never"));
  if (seconds < 60)
    return g_strdup (_("Just now"));
  if (seconds < 3600)
    return g_strdup_printf (ngettext ("%d minute ago", "%d minutes ago", seconds / 60),
                            (int) (seconds / 60));
  if (seconds < 86400)
    return g_strdup_printf (ngettext ("%d hour ago", "%d hours ago", seconds / 3600),
                            (int) (seconds / 3600));

  return g_strdup_printf (ngettext ("%d day ago", "%d days ago", seconds / 86400),
                          (int) (seconds / 86400));
}
