/* herald-agenda-view-scroll.c — the agenda's pinned day heading and
 * scrolling to the selected day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-agenda-view"

#include "config.h"

#include <math.h>

#include "herald-agenda-view-private.h"
#include "herald-week-range.h"

/* The list item of a slot or heading, and its position: a heading counts
 * just before its day's first post. */
static gboolean
list_child_position (GtkWidget *child,
                     double    *position)
{
  GtkWidget *content = herald_agenda_view_list_child_content (child);
  gpointer item = content != NULL ? g_object_get_qdata (G_OBJECT (content), herald_agenda_view_list_item_quark ()) : NULL;

  if (GTK_IS_LIST_ITEM (item))
    *position = gtk_list_item_get_position (item);
  else if (GTK_IS_LIST_HEADER (item))
    *position = gtk_list_header_get_start (item) - 0.5;
  else
    return FALSE;

  return TRUE;
}

/* Brings the selected day's heading to the top, over two frames or a
 * few more: the list view scrolls the day's first post into sight, then,
 * once that is laid out, the agenda moves the day's heading to the top. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  HeraldAgendaView *self = HERALD_AGENDA_VIEW (widget);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  double heading_y = NAN, post_y = NAN;
  int heading_height = 0;
  guint position;

  position = n_items > 0 && g_date_valid (&self->selected_day)
             ? herald_agenda_model_find_day (self->model, &self->selected_day) : n_items;
  if (!self->scroll_pending || position >= n_items || self->scroll_step++ > 8)
    goto done;

  /* A list just shown is laid out in this frame. */
  if (gtk_widget_get_height (GTK_WIDGET (self->list_view)) == 0)
    return G_SOURCE_CONTINUE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      double at;

      if (!list_child_position (child, &at))
        continue;

      if (HERALD_IS_AGENDA_HEADER (herald_agenda_view_list_child_content (child)) && gtk_widget_get_height (child) > 0)
        heading_height = gtk_widget_get_height (child);

      if (!gtk_widget_get_mapped (child) || !gtk_widget_compute_bounds (child, GTK_WIDGET (self->list_view), &bounds))
        continue;

      if (at == position - 0.5)
        heading_y = bounds.origin.y;
      else if (at == position)
        post_y = bounds.origin.y;
    }

  /* The heading in sight, or the post below it and the heading's height
   * known: move it to the top. */
  if (!isnan (heading_y) || (!isnan (post_y) && heading_height > 0))
    {
      double y = !isnan (heading_y) ? heading_y : post_y - heading_height;

      gtk_adjustment_set_value (adjustment, round (gtk_adjustment_get_value (adjustment) + y));
      goto done;
    }

  gtk_list_view_scroll_to (self->list_view, position, GTK_LIST_SCROLL_NONE, NULL);
  return G_SOURCE_CONTINUE;

done:
  self->scroll_pending = FALSE;
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

void
herald_agenda_view_scroll_to_selected_day (HeraldAgendaView *self)
{
  if (!self->scroll_pending || self->scroll_tick != 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    return;

  self->scroll_step = 0;
  self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

/* The pinned heading stands where the list's own headings show their
 * day, so that it takes over from one without a jump. */
static void
match_sticky_offset (HeraldAgendaView *self,
                     GtkWidget        *list_header)
{
  GtkWidget *content = herald_agenda_view_list_child_content (list_header);
  graphene_rect_t real, pinned, real_x, pinned_x;
  int dx, dy;

  /* Across, where both stand in the view; down, where each stands in its
   * heading, since the list's moves as it scrolls. */
  if (self->sticky_matched ||
      !gtk_widget_compute_bounds (content, list_header, &real) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (self->sticky_header), self->sticky, &pinned) ||
      !gtk_widget_compute_bounds (content, GTK_WIDGET (self), &real_x) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (self->sticky_header), GTK_WIDGET (self), &pinned_x))
    return;

  dx = (int) (real_x.origin.x - pinned_x.origin.x);
  dy = (int) (real.origin.y - pinned.origin.y);
  gtk_widget_set_margin_start (GTK_WIDGET (self->sticky_header),
                               gtk_widget_get_margin_start (GTK_WIDGET (self->sticky_header)) + dx);
  gtk_widget_set_margin_top (GTK_WIDGET (self->sticky_header),
                             gtk_widget_get_margin_top (GTK_WIDGET (self->sticky_header)) + dy);
  self->sticky_matched = TRUE;
}

/* Pins the heading of the day of the first row in sight, unless that is
 * a day's own heading, in full sight.  The first row in sight is the
 * list item in sight that comes first in the list, a heading counting
 * before its day's first post. */
void
herald_agenda_view_update_sticky (HeraldAgendaView *self)
{
  GtkWidget *top = NULL;
  GtkWidget *heading = NULL;
  double top_position = G_MAXDOUBLE;
  float top_y = 0;
  gboolean show;
  GDate day;

  if (!self->sticky_dirty)
    return;
  self->sticky_dirty = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      double position;

      /* The list view also maps an item just above the top edge. */
      if (!gtk_widget_get_mapped (child) || !list_child_position (child, &position) ||
          !gtk_widget_compute_bounds (child, GTK_WIDGET (self->list_view), &bounds) ||
          bounds.origin.y + bounds.size.height <= 0)
        continue;

      if (HERALD_IS_AGENDA_HEADER (herald_agenda_view_list_child_content (child)))
        heading = child;

      if (position < top_position)
        {
          top = herald_agenda_view_list_child_content (child);
          top_position = position;
          top_y = bounds.origin.y;
        }
    }

  g_date_clear (&day, 1);
  if (HERALD_IS_AGENDA_HEADER (top))
    herald_agenda_header_get_day (HERALD_AGENDA_HEADER (top), &day);
  else if (HERALD_IS_AGENDA_SLOT (top) && herald_agenda_slot_get_post (HERALD_AGENDA_SLOT (top)) != NULL)
    herald_week_range_local_day (herald_post_get_scheduled_at (herald_agenda_slot_get_post (HERALD_AGENDA_SLOT (top))),
                                 &day, NULL);

  /* Less than a pixel off is in full sight. */
  show = g_date_valid (&day) && !(HERALD_IS_AGENDA_HEADER (top) && top_y > -1);
  if (g_date_valid (&day))
    herald_agenda_header_set_day (self->sticky_header, &day);
  if (gtk_widget_get_visible (self->sticky) != show)
    gtk_widget_set_visible (self->sticky, show);

  /* Once shown and laid out, it is lined up with a heading of the list's:
   * the first time, one more pass lays it out. */
  if (show && !self->sticky_matched && heading != NULL)
    {
      if (gtk_widget_get_width (self->sticky) > 0)
        match_sticky_offset (self, heading);
      else
        {
          self->sticky_dirty = TRUE;
          herald_agenda_view_request_layout (self);
        }
    }
}
