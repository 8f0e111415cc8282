/* herald-month-view-input.c — what the month view does with clicks, drags
 * and keys, and its list of a day's posts
 *
 * Every gesture ends in one of the HeraldView requests: a click on a chip
 * opens its post, a double-click on a day asks for a new post there, a
 * drop or Alt+arrow moves a post to another day at the same time of day,
 * Delete deletes.  The page carries them out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-month-view"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-month-cell.h"
#include "herald-month-view-private.h"
#include "herald-post-chip.h"
#include "herald-view.h"

static HeraldPostChip *
chip_at (HeraldMonthView *self,
         double           x,
         double           y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != GTK_WIDGET (self); widget = gtk_widget_get_parent (widget))
    if (HERALD_IS_POST_CHIP (widget) && gtk_widget_get_parent (widget) == GTK_WIDGET (self))
      return HERALD_POST_CHIP (widget);

  return NULL;
}

static int
chip_day (HeraldMonthView *self,
          HeraldPostChip  *chip)
{
  for (guint k = 0; k < self->n_chips_used; k++)
    if (g_ptr_array_index (self->chips, k) == chip)
      return g_array_index (self->chip_days, int, k);

  return -1;
}

/* Selects the chip's post and, when it is in the month, its day. */
static void
select_chip (HeraldMonthView *self,
             HeraldPostChip  *chip)
{
  HeraldPost *post = herald_post_chip_get_post (chip);
  int day = chip_day (self, chip);

  if (post == NULL)
    return;

  herald_month_view_select_post (self, post);
  if (day >= 0 && herald_month_view_day_in_month (self, day))
    {
      GDate date;

      herald_month_view_day_date (self, day, &date);
      herald_month_view_select_day (self, &date);
    }
}

/**
 * herald_month_view_drop_post:
 * @self: a #HeraldMonthView
 * @post_id: the id of a post the view shows
 * @day: the day to move it to
 *
 * Asks for @post_id to move to @day at its time of day, as a drop does.
 *
 * Returns: %TRUE if a move was asked for
 */
gboolean
herald_month_view_drop_post (HeraldMonthView *self,
                             const char      *post_id,
                             const GDate     *day)
{
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GDateTime) old_time = NULL;
  g_autoptr (GDateTime) new_time = NULL;
  HeraldPost *found;

  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), FALSE);
  g_return_val_if_fail (post_id != NULL, FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  /* The page's change reaches the posts while the signal runs. */
  found = self->summary != NULL ? herald_month_summary_find (self->summary, post_id) : NULL;
  if (found == NULL && self->query != NULL)
    found = herald_post_query_find (self->query, post_id, NULL);
  if (found != NULL)
    post = g_object_ref (found);
  else if (self->summary != NULL)
    /* A post of a day's list, beyond what the cell shows. */
    post = herald_store_get_post (herald_month_summary_get_store (self->summary), post_id, NULL);
  if (post == NULL)
    return FALSE;

  old_time = g_date_time_new_from_unix_local (herald_post_get_scheduled_at (post));
  new_time = g_date_time_new_local (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day),
                                    g_date_time_get_hour (old_time), g_date_time_get_minute (old_time),
                                    g_date_time_get_second (old_time));
  if (new_time == NULL || g_date_time_equal (old_time, new_time))
    return FALSE;

  herald_view_move_post (HERALD_VIEW (self), post, g_date_time_to_unix (new_time));
  return TRUE;
}

/* The day's posts, over the grid */

static void
popover_row_activated_cb (HeraldMonthView *self,
                          GtkListBoxRow   *row)
{
  HeraldPost *post = g_object_get_data (G_OBJECT (row), "herald-post");

  gtk_popover_popdown (self->popover);
  if (post != NULL)
    herald_view_open_post (HERALD_VIEW (self), post);
}

static void
ensure_popover (HeraldMonthView *self)
{
  GtkWidget *box, *scrolled;

  if (self->popover != NULL)
    return;

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->popover), "day-popover");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->popover_title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->popover_title, 0);
  gtk_label_set_wrap (self->popover_title, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->popover_title), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->popover_title), "heading");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->popover_title));

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_widget_set_size_request (scrolled, 260, -1);

  self->popover_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->popover_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->popover_list), "day-posts");
  g_signal_connect_swapped (self->popover_list, "row-activated",
                            G_CALLBACK (popover_row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->popover_list));
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_popover_set_child (self->popover, box);
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
}

static void
fill_popover (HeraldMonthView *self)
{
  g_autoptr (GDateTime) time = NULL;
  g_autoptr (GListModel) all = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  g_autoptr (GPtrArray) posts = g_ptr_array_new_with_free_func (g_object_unref);
  const char *marketing;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GDate day;
  GdkRectangle rect;

  herald_month_view_day_date (self, self->popover_day, &day);
  time = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 0, 0, 0);
  /* Translators: the heading of a day's list of posts; see the strftime
   * manual for the codes.  Chinese: "%-m月%-d日 %A" */
  title = g_date_time_format (time, C_("day heading", "%A, %B %-d"));
  marketing = herald_month_view_get_marketing_day (self, &day);
  if (marketing != NULL)
    {
      char *with_marketing = g_strdup_printf ("%s · %s", title, marketing);

      g_free (title);
      title = with_marketing;
    }
  gtk_label_set_label (self->popover_title, title);

  /* With a summary the view holds only what fits: read the whole day. */
  if (self->summary != NULL)
    all = herald_month_summary_list_day (self->summary, self->popover_day, &error);
  if (all != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      g_ptr_array_add (posts, g_list_model_get_item (all, i));
  else
    {
      if (error != NULL)
        g_warning ("Could not read the day’s posts: %s", error->message);
      for (guint i = 0; i < self->days[self->popover_day]->len; i++)
        g_ptr_array_add (posts, g_object_ref (g_ptr_array_index (self->days[self->popover_day], i)));
    }

  gtk_list_box_remove_all (self->popover_list);
  for (guint i = 0; i < posts->len; i++)
    {
      HeraldPost *post = g_ptr_array_index (posts, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *chip = herald_post_chip_new ();

      gtk_widget_set_focusable (chip, FALSE);
      herald_post_chip_set_post (HERALD_POST_CHIP (chip), post,
                                 herald_month_view_lookup_account (self, herald_post_get_account_id (post)),
                                 now);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), chip);
      g_object_set_data_full (G_OBJECT (row), "herald-post", g_object_ref (post), g_object_unref);
      gtk_list_box_append (self->popover_list, row);
    }

  herald_month_view_get_cell_rect (self, self->popover_day, &rect);
  gtk_popover_set_pointing_to (self->popover, &rect);
}

static void
show_popover (HeraldMonthView *self,
              int              day)
{
  ensure_popover (self);
  self->popover_day = day;
  fill_popover (self);
  gtk_popover_popup (self->popover);
}

/* Keeps an open list in step with the posts. */
void
herald_month_view_refresh_popover (HeraldMonthView *self)
{
  if (self->popover == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return;

  if (self->counts[self->popover_day] == 0)
    gtk_popover_popdown (self->popover);
  else
    fill_popover (self);
}

void
herald_month_view_more_clicked (HeraldMonthView *self,
                                GtkButton       *button)
{
  show_popover (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "herald-day")));
}

/* Clicks */

static void
click_pressed_cb (HeraldMonthView *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  GDate date;

  if (n_press == 1)
    {
      /* A double-click acts on the day where it began, even if the first
       * click changed what is under the pointer. */
      self->press_day = herald_month_view_day_at (self, x, y);
      self->press_chip = chip_at (self, x, y);

      if (self->press_chip != NULL)
        {
          select_chip (self, self->press_chip);
          return;
        }

      gtk_widget_grab_focus (GTK_WIDGET (self));
      if (self->press_day >= 0 && herald_month_view_day_in_month (self, self->press_day))
        {
          herald_month_view_day_date (self, self->press_day, &date);
          herald_month_view_select_post (self, NULL);
          herald_month_view_select_day (self, &date);
        }
    }
  else if (n_press == 2 && self->press_chip == NULL && self->press_day >= 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      herald_month_view_day_date (self, self->press_day, &date);
      herald_view_new_post (HERALD_VIEW (self), &date, 0);
    }
}

static void
click_released_cb (HeraldMonthView *self,
                   int              n_press,
                   double           x,
                   double           y)
{
  HeraldPostChip *chip = self->press_chip;
  HeraldPost *post;

  self->press_chip = NULL;
  if (n_press != 1 || chip == NULL || chip_at (self, x, y) != chip)
    return;

  post = herald_post_chip_get_post (chip);
  if (post != NULL)
    herald_view_open_post (HERALD_VIEW (self), post);
}

static void
click_stopped_cb (HeraldMonthView *self)
{
  self->press_chip = NULL;
}

/* Dragging a chip to another day */

static GdkContentProvider *
drag_prepare_cb (HeraldMonthView *self,
                 double           x,
                 double           y)
{
  HeraldPostChip *chip = chip_at (self, x, y);
  HeraldPost *post = chip != NULL ? herald_post_chip_get_post (chip) : NULL;

  if (post == NULL)
    return NULL;

  self->drag_chip = chip;
  return gdk_content_provider_new_typed (G_TYPE_STRING, herald_record_get_id (HERALD_RECORD (post)));
}

static void
drag_begin_cb (HeraldMonthView *self,
               GdkDrag         *drag,
               GtkDragSource   *source)
{
  g_autoptr (GdkPaintable) icon = NULL;

  if (self->drag_chip == NULL)
    return;

  icon = gtk_widget_paintable_new (GTK_WIDGET (self->drag_chip));
  gtk_drag_source_set_icon (source, icon, 8, 8);
  /* The gesture that opens a chip must not fire after a drag. */
  self->press_chip = NULL;
}

static void
drag_end_cb (HeraldMonthView *self)
{
  self->drag_chip = NULL;
}

static void
set_drop_day (HeraldMonthView *self,
              int              day)
{
  if (self->drop_day == day)
    return;

  if (self->drop_day >= 0)
    herald_month_cell_set_drop_target (HERALD_MONTH_CELL (self->cells[self->drop_day]), FALSE);
  self->drop_day = day;
  if (day >= 0)
    herald_month_cell_set_drop_target (HERALD_MONTH_CELL (self->cells[day]), TRUE);
}

static GdkDragAction
drop_motion_cb (HeraldMonthView *self,
                double           x,
                double           y)
{
  int day = herald_month_view_day_at (self, x, y);

  set_drop_day (self, day);
  return day >= 0 ? GDK_ACTION_MOVE : 0;
}

static void
drop_leave_cb (HeraldMonthView *self)
{
  set_drop_day (self, -1);
}

static gboolean
drop_cb (HeraldMonthView *self,
         const GValue    *value,
         double           x,
         double           y)
{
  int day = herald_month_view_day_at (self, x, y);
  GDate date;

  set_drop_day (self, -1);
  if (day < 0 || !G_VALUE_HOLDS_STRING (value))
    return FALSE;

  herald_month_view_day_date (self, day, &date);
  return herald_month_view_drop_post (self, g_value_get_string (value), &date);
}

/* Keys */

static void
month_move_selection_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (widget);
  int n = g_variant_get_int32 (param);
  GDate day = self->selected_day;

  if (!g_date_valid (&day))
    return;

  if (n > 0)
    g_date_add_days (&day, n);
  else
    g_date_subtract_days (&day, -n);

  /* The selected cell shows the focus, not a chip on another day. */
  if (gtk_widget_get_focus_child (widget) != NULL)
    gtk_widget_grab_focus (widget);

  herald_month_view_select_post (self, NULL);
  herald_month_view_select_day (self, &day);
}

static void
month_activate_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (widget);
  HeraldPost *post = herald_month_view_get_selected_post (self);

  if (post != NULL)
    herald_view_open_post (HERALD_VIEW (self), post);
  else if (g_date_valid (&self->selected_day))
    herald_view_new_post (HERALD_VIEW (self), &self->selected_day, 0);
}

static void
month_delete_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (widget);
  g_autoptr (HeraldPost) post = NULL;

  if (herald_month_view_get_selected_post (self) == NULL)
    return;

  post = g_object_ref (herald_month_view_get_selected_post (self));
  herald_view_delete_post (HERALD_VIEW (self), post);
}

static void
month_move_post_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (widget);
  int n = g_variant_get_int32 (param);
  g_autoptr (HeraldPost) post = NULL;
  g_autofree char *post_id = NULL;
  GDate day;

  if (herald_month_view_get_selected_post (self) == NULL)
    return;

  post = g_object_ref (herald_month_view_get_selected_post (self));
  post_id = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
  day = self->selected_day;
  if (n > 0)
    g_date_add_days (&day, n);
  else
    g_date_subtract_days (&day, -n);

  if (gtk_widget_get_focus_child (widget) != NULL)
    gtk_widget_grab_focus (widget);

  /* The selection goes with the post, so that the next key moves it on. */
  if (herald_month_view_drop_post (self, post_id, &day))
    {
      herald_month_view_select_day (self, &day);
      herald_month_view_select_post (self, post);
    }
}

static void
herald_month_view_set_focus_child (GtkWidget *widget,
                                   GtkWidget *child)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (widget);

  GTK_WIDGET_CLASS (g_type_class_peek_parent (G_OBJECT_GET_CLASS (widget)))->set_focus_child (widget, child);

  if (child != NULL && HERALD_IS_POST_CHIP (child))
    select_chip (self, HERALD_POST_CHIP (child));
}

static void
add_move_bindings (GtkWidgetClass  *widget_class,
                   guint            keyval,
                   guint            keypad_keyval,
                   GdkModifierType  modifiers,
                   const char      *action,
                   int              n)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action, "i", n);
  gtk_widget_class_add_binding_action (widget_class, keypad_keyval, modifiers, action, "i", n);
}

void
herald_month_view_class_init_input (GtkWidgetClass *widget_class)
{
  widget_class->set_focus_child = herald_month_view_set_focus_child;

  gtk_widget_class_install_action (widget_class, "month.move-selection", "i", month_move_selection_action);
  gtk_widget_class_install_action (widget_class, "month.activate", NULL, month_activate_action);
  gtk_widget_class_install_action (widget_class, "month.delete", NULL, month_delete_action);
  gtk_widget_class_install_action (widget_class, "month.move-post", "i", month_move_post_action);

  add_move_bindings (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, 0, "month.move-selection", -1);
  add_move_bindings (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 0, "month.move-selection", 1);
  add_move_bindings (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 0, "month.move-selection", -7);
  add_move_bindings (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 0, "month.move-selection", 7);

  add_move_bindings (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, GDK_ALT_MASK, "month.move-post", -1);
  add_move_bindings (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, GDK_ALT_MASK, "month.move-post", 1);
  add_move_bindings (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, GDK_ALT_MASK, "month.move-post", -7);
  add_move_bindings (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, GDK_ALT_MASK, "month.move-post", 7);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "month.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "month.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "month.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "month.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "month.delete", NULL);
}

void
herald_month_view_init_input (HeraldMonthView *self)
{
  GtkGesture *click;
  GtkDragSource *drag;
  GtkDropTarget *drop;

  self->press_day = -1;
  self->drop_day = -1;

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (click_released_cb), self);
  g_signal_connect_swapped (click, "stopped", G_CALLBACK (click_stopped_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drop, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect_swapped (drop, "enter", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect_swapped (drop, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
