/* herald-post-status-names.c — how post statuses read and look on screen
 *
 * Each status has a name and a glyph that chips, lists and menus share, so
 * that ◐ means "draft" everywhere.  Overdue is not a stored status but the
 * state of an open post whose time has passed; it shows instead of the
 * status it hides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-post-status-names"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "herald-post-status-names.h"

static const struct {
  const char *label;
  const char *glyph;
} statuses[HERALD_N_POST_STATUSES] = {
  [HERALD_POST_STATUS_IDEA] = { NC_("post status", "Idea"), "○" },
  [HERALD_POST_STATUS_DRAFT] = { NC_("post status", "Draft"), "◐" },
  [HERALD_POST_STATUS_REVIEW] = { NC_("post status", "In Review"), "◑" },
  [HERALD_POST_STATUS_APPROVED] = { NC_("post status", "Approved"), "●" },
  [HERALD_POST_STATUS_SCHEDULED] = { NC_("post status", "Scheduled"), "⏰" },
  [HERALD_POST_STATUS_PUBLISHED] = { NC_("post status", "Published"), "✓" },
  [HERALD_POST_STATUS_CANCELLED] = { NC_("post status", "Cancelled"), "✕" },
};

const char *
herald_post_status_get_label (HeraldPostStatus status)
{
  g_return_val_if_fail (status < HERALD_N_POST_STATUSES, NULL);

  return g_dpgettext2 (NULL, "post status", statuses[status].label);
}

/* ⏰ comes from an emoji font; without one it would show as a box. */
static gboolean
alarm_clock_available (void)
{
  static gsize checked = 0;
  static gboolean available;

  if (g_once_init_enter (&checked))
    {
      PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      PangoLayout *layout = pango_layout_new (context);

      pango_layout_set_text (layout, statuses[HERALD_POST_STATUS_SCHEDULED].glyph, -1);
      available = pango_layout_get_unknown_glyphs_count (layout) == 0;
      g_object_unref (layout);
      g_object_unref (context);
      g_once_init_leave (&checked, 1);
    }

  return available;
}

const char *
herald_post_status_get_glyph (HeraldPostStatus status)
{
  g_return_val_if_fail (status < HERALD_N_POST_STATUSES, NULL);

  if (status == HERALD_POST_STATUS_SCHEDULED && !alarm_clock_available ())
    return "◷";

  return statuses[status].glyph;
}

const char *
herald_post_overdue_label (void)
{
  return C_("post status", "Overdue");
}

const char *
herald_post_overdue_glyph (void)
{
  return "⚠";
}

/**
 * herald_post_describe_status:
 * @post: a post
 * @now: the current Unix time
 * @glyph: (out) (optional): its glyph
 *
 * Returns: the name of the state @post is in, overdue included
 */
const char *
herald_post_describe_status (HeraldPost  *post,
                             gint64       now,
                             const char **glyph)
{
  HeraldPostStatus status;

  g_return_val_if_fail (HERALD_IS_POST (post), NULL);

  if (herald_post_is_overdue (post, now))
    {
      if (glyph != NULL)
        *glyph = herald_post_overdue_glyph ();
      return herald_post_overdue_label ();
    }

  status = herald_post_get_status (post);
  if (glyph != NULL)
    *glyph = herald_post_status_get_glyph (status);
  return herald_post_status_get_label (status);
}
