/* herald-week-grid-input.c — what the week grid does with clicks, drags
 * and the selection
 *
 * A click selects a slot, a double-click asks for a new post there; a
 * chip's activation opens its post; a drop asks to move the post to the
 * day and the quarter of an hour where its chip's top landed.  The view
 * the grid sits in carries the requests out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-week-grid"

#include "config.h"

#include <math.h>

#include "herald-view.h"
#include "herald-week-chip.h"
#include "herald-week-grid-private.h"
#include "herald-week-range.h"

static HeraldView *
get_view (HeraldWeekGrid *self)
{
  return HERALD_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (self), HERALD_TYPE_VIEW));
}

static const Place *
find_place_at_slot (HeraldWeekGrid *self,
                    int             day,
                    int             slot)
{
  for (guint i = 0; i < self->places->len; i++)
    {
      const Place *place = &g_array_index (self->places, Place, i);

      if (place->day == day && place->minutes / SLOT == slot)
        return place;
    }

  return NULL;
}

void
herald_week_grid_scroll_to_selection (HeraldWeekGrid *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double top = self->selected_slot * SLOT * HOUR / 60.0;
  double bottom = top + SLOT * HOUR / 60.0;
  double value, page;

  if (scrolled == NULL)
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (page <= 0)
    return;

  if (top < value)
    gtk_adjustment_set_value (adjustment, top);
  else if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, bottom - page);
}

static void
chip_activate_cb (HeraldWeekGrid *self,
                  HeraldWeekChip *chip)
{
  HeraldPost *post = herald_week_chip_get_post (chip);
  HeraldView *view = get_view (self);

  if (post != NULL && view != NULL)
    herald_view_open_post (view, post);
}

static GdkContentProvider *
drag_prepare_cb (HeraldWeekGrid *self,
                 double          x,
                 double          y,
                 GtkDragSource  *source)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  HeraldPost *post = herald_week_chip_get_post (HERALD_WEEK_CHIP (chip));

  if (post == NULL)
    return NULL;

  self->drag_x = x;
  self->drag_y = y;
  return gdk_content_provider_new_typed (HERALD_TYPE_POST, post);
}

static void
drag_begin_cb (HeraldWeekGrid *self,
               GdkDrag        *drag,
               GtkDragSource  *source)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr (GdkPaintable) live = gtk_widget_paintable_new (chip);
  g_autoptr (GdkPaintable) icon = gdk_paintable_get_current_image (live);

  /* The icon is the chip as it was; the chip itself fades in place. */
  gtk_drag_source_set_icon (source, icon, self->drag_x, self->drag_y);
  herald_week_chip_set_dragged (HERALD_WEEK_CHIP (chip), TRUE);
  self->dragging = TRUE;
}

static void
drag_end_cb (HeraldWeekGrid *self,
             GdkDrag        *drag,
             gboolean        delete_data,
             GtkDragSource  *source)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  herald_week_chip_set_dragged (HERALD_WEEK_CHIP (chip), FALSE);
  self->dragging = FALSE;
  self->drop_shown = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
drop_minutes_at (double top)
{
  int minutes = (int) round (top * 60.0 / HOUR / HERALD_WEEK_GRID_DROP_MINUTES) * HERALD_WEEK_GRID_DROP_MINUTES;

  return CLAMP (minutes, 0, 24 * 60 - HERALD_WEEK_GRID_DROP_MINUTES);
}

static GdkDragAction
drop_motion_cb (HeraldWeekGrid *self,
                double          x,
                double          y)
{
  /* The chip's top lands where it is, not the pointer. */
  double top = y - (self->dragging ? self->drag_y : 0);

  self->drop_shown = TRUE;
  self->drop_day = herald_week_grid_day_at (self, x);
  self->drop_minutes = drop_minutes_at (top);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (HeraldWeekGrid *self)
{
  self->drop_shown = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
drop_cb (HeraldWeekGrid *self,
         const GValue   *value,
         double          x,
         double          y)
{
  HeraldPost *post = g_value_get_object (value);

  self->drop_shown = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (!HERALD_IS_POST (post))
    return FALSE;

  herald_week_grid_drop_post (self, post, x, y - (self->dragging ? self->drag_y : 0));
  return TRUE;
}

static void
click_pressed_cb (HeraldWeekGrid *self,
                  int             n_press,
                  double          x,
                  double          y,
                  GtkGesture     *gesture)
{
  int day, slot;
  GDate date;

  /* Chips handle their own clicks. */
  if (gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT) != GTK_WIDGET (self) || x < self->gutter)
    return;

  day = herald_week_grid_day_at (self, x);
  slot = CLAMP ((int) (y * 60 / HOUR) / SLOT, 0, HERALD_WEEK_GRID_N_SLOTS - 1);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  herald_week_grid_set_selection (self, day, slot, NULL);

  if (n_press == 2 && get_view (self) != NULL)
    {
      gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
      date = self->monday;
      g_date_add_days (&date, day);
      herald_view_new_post (get_view (self), &date, herald_week_range_local_time (&date, slot * SLOT));
    }
}

void
herald_week_grid_setup_chip (HeraldWeekGrid *self,
                             GtkWidget      *chip)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect_swapped (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (source, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (source));

  g_signal_connect_swapped (chip, "activate", G_CALLBACK (chip_activate_cb), self);
}

void
herald_week_grid_init_input (HeraldWeekGrid *self)
{
  GtkGesture *click;
  GtkDropTarget *target;

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  target = gtk_drop_target_new (HERALD_TYPE_POST, GDK_ACTION_MOVE);
  g_signal_connect_swapped (target, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect_swapped (target, "enter", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect_swapped (target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/**
 * herald_week_grid_select:
 * @self: a #HeraldWeekGrid
 * @day: 0 for Monday to 6 for Sunday
 * @slot: a half hour of the day, 0 to 47
 *
 * Moves the keyboard to a slot.  When a post starts in it, the post is
 * selected and, if the keyboard is in the grid, its chip takes the focus.
 */
void
herald_week_grid_select (HeraldWeekGrid *self,
                         int             day,
                         int             slot)
{
  const Place *place;

  g_return_if_fail (HERALD_IS_WEEK_GRID (self));
  g_return_if_fail (day >= 0 && day < 7);

  slot = CLAMP (slot, 0, HERALD_WEEK_GRID_N_SLOTS - 1);
  place = find_place_at_slot (self, day, slot);

  self->selected_day = day;
  self->selected_slot = slot;
  g_set_str (&self->selected_post, place != NULL ? herald_week_grid_post_id (place->post) : NULL);

  if (herald_week_grid_focus_within (self))
    gtk_widget_grab_focus (place != NULL ? GTK_WIDGET (place->chip) : GTK_WIDGET (self));
  herald_week_grid_scroll_to_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
herald_week_grid_get_selected_day (HeraldWeekGrid *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_GRID (self), 0);

  return self->selected_day;
}

int
herald_week_grid_get_selected_slot (HeraldWeekGrid *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_GRID (self), 0);

  return self->selected_slot;
}

/**
 * herald_week_grid_get_selected_post:
 * @self: a #HeraldWeekGrid
 *
 * Returns: (transfer none) (nullable): the selected post, if it is shown
 */
HeraldPost *
herald_week_grid_get_selected_post (HeraldWeekGrid *self)
{
  const Place *place;

  g_return_val_if_fail (HERALD_IS_WEEK_GRID (self), NULL);

  place = herald_week_grid_find_place (self, self->selected_post);
  return place != NULL ? place->post : NULL;
}

/**
 * herald_week_grid_select_post:
 * @self: a #HeraldWeekGrid
 * @post_id: the post to select
 * @day: the day it is on, or is about to be moved to
 * @slot: its half hour on that day
 *
 * Selects a post where it will be: a post being moved keeps the selection
 * and, once it shows there, the keyboard.
 */
void
herald_week_grid_select_post (HeraldWeekGrid *self,
                              const char     *id,
                              int             day,
                              int             slot)
{
  g_return_if_fail (HERALD_IS_WEEK_GRID (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (day >= 0 && day < 7);

  herald_week_grid_set_selection (self, day, CLAMP (slot, 0, HERALD_WEEK_GRID_N_SLOTS - 1), id);
}

/**
 * herald_week_grid_drop_post:
 * @self: a #HeraldWeekGrid
 * @post: the post dropped
 * @x: where it was dropped, across the grid: the day
 * @top: where the top of its chip landed: the time
 *
 * What a drop does: asks the view to move @post to that day at that time,
 * to the nearest quarter of an hour.  Dropping a post where it already is
 * changes nothing.
 */
void
herald_week_grid_drop_post (HeraldWeekGrid *self,
                            HeraldPost     *post,
                            double          x,
                            double          top)
{
  HeraldView *view;
  GDate date;
  int day, minutes;
  gint64 at;

  g_return_if_fail (HERALD_IS_WEEK_GRID (self));
  g_return_if_fail (HERALD_IS_POST (post));
  g_return_if_fail (g_date_valid (&self->monday));

  day = herald_week_grid_day_at (self, x);
  minutes = drop_minutes_at (top);
  date = self->monday;
  g_date_add_days (&date, day);
  at = herald_week_range_local_time (&date, minutes);

  herald_week_grid_set_selection (self, day, minutes / SLOT, herald_week_grid_post_id (post));

  view = get_view (self);
  if (view != NULL && at != herald_post_get_scheduled_at (post))
    herald_view_move_post (view, post, at);
}
