/* herald-week-view.c — the calendar's week: seven days of hours
 *
 * A header with the days, then the grid of hours in a scrolled window
 * that opens on 08:00, when a working day starts.  The view keeps the
 * HeraldView side: its properties, its period (Monday to Sunday) and its
 * keys, which end in the same signals as clicks and drops:
 *
 *   ← →          the previous or next day
 *   ↑ ↓          the previous or next half hour
 *   Enter        open the selected post, or plan one in the selected slot
 *   Delete       delete the selected post
 *   Alt+↑ Alt+↓  move the selected post half an hour
 *   Alt+← Alt+→  move it a day
 *
 * The selected day may leave the week; the view then shows that day's
 * week and notifies "selected-day", which the page follows with its query.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-week-view"

#include "config.h"

#include "herald-view.h"
#include "herald-week-grid.h"
#include "herald-week-header.h"
#include "herald-week-range.h"
#include "herald-week-view-private.h"

#define FIRST_HOUR 8

struct _HeraldWeekView
{
  GtkWidget          parent_instance;

  HeraldPostQuery   *query;
  GListModel        *accounts;
  GDate              selected_day;

  HeraldWeekHeader  *header;
  GtkScrolledWindow *scrolled;
  HeraldWeekGrid    *grid;

  gboolean           scroll_pending;
  guint              minute_source;
};

static void view_iface_init (HeraldViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HeraldWeekView, herald_week_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (HERALD_TYPE_VIEW, view_iface_init))

enum {
  PROP_0,
  PROP_QUERY,
  PROP_ACCOUNTS,
  PROP_SELECTED_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_monday (HeraldWeekView *self,
            GDate          *monday)
{
  herald_week_range_get_monday (&self->selected_day, monday);
}

/* Shows @day's week with @day selected.  @select_slot moves the grid's
 * keyboard to the same slot on @day. */
static void
show_day (HeraldWeekView *self,
          const GDate    *day,
          gboolean        select_slot)
{
  gboolean changed;
  GDate monday;
  int index;

  g_assert (g_date_valid (day));

  changed = !g_date_valid (&self->selected_day) || g_date_compare (&self->selected_day, day) != 0;
  self->selected_day = *day;

  get_monday (self, &monday);
  index = g_date_days_between (&monday, day);
  herald_week_header_set_week (self->header, &monday);
  herald_week_header_set_selected (self->header, index);
  herald_week_grid_set_week (self->grid, &monday);
  if (select_slot)
    herald_week_grid_select (self->grid, index, herald_week_grid_get_selected_slot (self->grid));

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DAY]);
}

static void
move_day (HeraldWeekView *self,
          int             n)
{
  GDate day = self->selected_day;

  if (n > 0)
    g_date_add_days (&day, n);
  else
    g_date_subtract_days (&day, -n);

  show_day (self, &day, TRUE);
}

static gint64
selected_slot_time (HeraldWeekView *self)
{
  return herald_week_range_local_time (&self->selected_day,
                                       herald_week_grid_get_selected_slot (self->grid) * HERALD_WEEK_GRID_SLOT_MINUTES);
}

static void
minute_cb (gpointer data);

static void
schedule_minute (HeraldWeekView *self)
{
  gint64 now = g_get_real_time () / 1000;

  /* Just after the next minute starts. */
  self->minute_source = g_timeout_add_once (60000 - now % 60000 + 20, minute_cb, self);
}

static void
minute_cb (gpointer data)
{
  HeraldWeekView *self = data;

  self->minute_source = 0;
  herald_week_grid_tick (self->grid);
  gtk_widget_queue_draw (GTK_WIDGET (self->header));
  schedule_minute (self);
}

static void
grid_selection_changed_cb (HeraldWeekView *self)
{
  GDate day;

  get_monday (self, &day);
  g_date_add_days (&day, herald_week_grid_get_selected_day (self->grid));
  show_day (self, &day, FALSE);
}

static void
header_day_activated_cb (HeraldWeekView *self,
                         int             index,
                         int             n_press)
{
  GDate day;

  get_monday (self, &day);
  g_date_add_days (&day, index);
  show_day (self, &day, TRUE);

  /* A double click on a day plans a post at the day's next free slot. */
  if (n_press == 2)
    herald_view_new_post (HERALD_VIEW (self), &day, 0);
}

static void
week_previous_day_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  move_day (HERALD_WEEK_VIEW (widget), -1);
}

static void
week_next_day_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  move_day (HERALD_WEEK_VIEW (widget), 1);
}

static void
week_previous_slot_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);

  herald_week_grid_select (self->grid, herald_week_grid_get_selected_day (self->grid),
                           herald_week_grid_get_selected_slot (self->grid) - 1);
}

static void
week_next_slot_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);

  herald_week_grid_select (self->grid, herald_week_grid_get_selected_day (self->grid),
                           herald_week_grid_get_selected_slot (self->grid) + 1);
}

static void
week_open_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);
  HeraldPost *post = herald_week_grid_get_selected_post (self->grid);

  if (post != NULL)
    herald_view_open_post (HERALD_VIEW (self), post);
  else
    herald_view_new_post (HERALD_VIEW (self), &self->selected_day, selected_slot_time (self));
}

static void
week_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);
  HeraldPost *post = herald_week_grid_get_selected_post (self->grid);

  if (post != NULL)
    herald_view_delete_post (HERALD_VIEW (self), post);
  else
    gtk_widget_error_bell (widget);
}

static void
week_move_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);
  HeraldPost *selected = herald_week_grid_get_selected_post (self->grid);
  g_autoptr (HeraldPost) post = NULL;
  int days, delta, minutes;
  GDate day, monday;

  if (selected == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* The move may replace the post in the query. */
  post = g_object_ref (selected);
  g_variant_get (parameter, "(ii)", &days, &delta);

  /* By the wall clock: a day later is the same time of day, whatever the
   * clocks did overnight. */
  herald_week_range_local_day (herald_post_get_scheduled_at (post), &day, &minutes);
  minutes += delta;
  if (minutes < 0)
    {
      minutes += 24 * 60;
      days--;
    }
  else if (minutes >= 24 * 60)
    {
      minutes -= 24 * 60;
      days++;
    }
  if (days > 0)
    g_date_add_days (&day, days);
  else if (days < 0)
    g_date_subtract_days (&day, -days);

  /* The selection goes where the post goes, into another week if need
   * be, before the page moves it. */
  herald_week_range_get_monday (&day, &monday);
  show_day (self, &day, FALSE);
  herald_week_grid_select_post (self->grid, herald_record_get_id (HERALD_RECORD (post)),
                                g_date_days_between (&monday, &day), minutes / HERALD_WEEK_GRID_SLOT_MINUTES);

  herald_view_move_post (HERALD_VIEW (self), post, herald_week_range_local_time (&day, minutes));
}

static void
herald_week_view_get_range (HeraldView  *view,
                            const GDate *date,
                            GDate       *first,
                            GDate       *last)
{
  herald_week_range_get_monday (date, first);
  *last = *first;
  g_date_add_days (last, 6);
}

static void
herald_week_view_step (HeraldView *view,
                       GDate      *date,
                       int         n)
{
  if (n > 0)
    g_date_add_days (date, 7 * n);
  else if (n < 0)
    g_date_subtract_days (date, -7 * n);
}

static char *
herald_week_view_dup_title (HeraldView  *view,
                            const GDate *date)
{
  GDate first, last;

  herald_week_view_get_range (view, date, &first, &last);
  return herald_week_range_format_title (&first, &last);
}

static void
view_iface_init (HeraldViewInterface *iface)
{
  iface->get_range = herald_week_view_get_range;
  iface->step = herald_week_view_step;
  iface->dup_title = herald_week_view_dup_title;
}

static void
herald_week_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);
  int header_min, header_nat, scrolled_min, scrolled_nat;

  gtk_widget_measure (GTK_WIDGET (self->header), orientation, -1, &header_min, &header_nat, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->scrolled), orientation, -1, &scrolled_min, &scrolled_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (header_min, scrolled_min);
      *natural = MAX (header_nat, scrolled_nat);
    }
  else
    {
      *minimum = header_min + scrolled_min;
      *natural = header_nat + scrolled_nat;
    }
}

/* The header on top, the hours below it.  The hours open on 08:00 once
 * they are first laid out, when the scrolled window knows its height. */
static void
herald_week_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);
  GtkAdjustment *adjustment;
  int header_height;

  gtk_widget_measure (GTK_WIDGET (self->header), GTK_ORIENTATION_VERTICAL, width, NULL, &header_height, NULL, NULL);
  header_height = MIN (header_height, height);
  gtk_widget_allocate (GTK_WIDGET (self->header), width, header_height, -1, NULL);
  gtk_widget_allocate (GTK_WIDGET (self->scrolled), width, height - header_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, header_height)));

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  if (self->scroll_pending && gtk_adjustment_get_page_size (adjustment) > 0)
    {
      self->scroll_pending = FALSE;
      gtk_adjustment_set_value (adjustment, FIRST_HOUR * HERALD_WEEK_GRID_HOUR_HEIGHT);
    }
}

static gboolean
herald_week_view_grab_focus (GtkWidget *widget)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

static void
herald_week_view_map (GtkWidget *widget)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);

  GTK_WIDGET_CLASS (herald_week_view_parent_class)->map (widget);

  herald_week_grid_tick (self->grid);
  schedule_minute (self);
}

static void
herald_week_view_unmap (GtkWidget *widget)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (widget);

  g_clear_handle_id (&self->minute_source, g_source_remove);

  GTK_WIDGET_CLASS (herald_week_view_parent_class)->unmap (widget);
}

static void
herald_week_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    case PROP_ACCOUNTS:
      g_value_set_object (value, self->accounts);
      break;

    case PROP_SELECTED_DAY:
      g_value_set_boxed (value, g_date_valid (&self->selected_day) ? &self->selected_day : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_week_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (object);
  const GDate *day;

  switch (prop_id)
    {
    case PROP_QUERY:
      if (g_set_object (&self->query, g_value_get_object (value)))
        {
          herald_week_grid_set_posts (self->grid, G_LIST_MODEL (self->query));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_ACCOUNTS:
      if (g_set_object (&self->accounts, g_value_get_object (value)))
        {
          herald_week_grid_set_accounts (self->grid, self->accounts);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SELECTED_DAY:
      day = g_value_get_boxed (value);
      if (day != NULL && g_date_valid (day))
        show_day (self, day, TRUE);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_week_view_dispose (GObject *object)
{
  HeraldWeekView *self = HERALD_WEEK_VIEW (object);

  g_clear_handle_id (&self->minute_source, g_source_remove);
  g_clear_pointer ((GtkWidget **) &self->header, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->scrolled, gtk_widget_unparent);
  self->grid = NULL;
  g_clear_object (&self->query);
  g_clear_object (&self->accounts);

  G_OBJECT_CLASS (herald_week_view_parent_class)->dispose (object);
}

static void
herald_week_view_class_init (HeraldWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_week_view_dispose;
  object_class->get_property = herald_week_view_get_property;
  object_class->set_property = herald_week_view_set_property;

  widget_class->measure = herald_week_view_measure;
  widget_class->size_allocate = herald_week_view_size_allocate;
  widget_class->grab_focus = herald_week_view_grab_focus;
  widget_class->map = herald_week_view_map;
  widget_class->unmap = herald_week_view_unmap;

  g_object_class_override_property (object_class, PROP_QUERY, "query");
  g_object_class_override_property (object_class, PROP_ACCOUNTS, "accounts");
  g_object_class_override_property (object_class, PROP_SELECTED_DAY, "selected-day");
  properties[PROP_SELECTED_DAY] = g_object_class_find_property (object_class, "selected-day");

  gtk_widget_class_install_action (widget_class, "week.previous-day", NULL, week_previous_day_action);
  gtk_widget_class_install_action (widget_class, "week.next-day", NULL, week_next_day_action);
  gtk_widget_class_install_action (widget_class, "week.previous-slot", NULL, week_previous_slot_action);
  gtk_widget_class_install_action (widget_class, "week.next-slot", NULL, week_next_slot_action);
  gtk_widget_class_install_action (widget_class, "week.open", NULL, week_open_action);
  gtk_widget_class_install_action (widget_class, "week.delete", NULL, week_delete_action);
  /* (days, minutes) to move the selected post by */
  gtk_widget_class_install_action (widget_class, "week.move", "(ii)", week_move_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "week.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "week.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "week.next-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "week.next-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "week.previous-slot", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "week.previous-slot", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "week.next-slot", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "week.next-slot", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "week.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "week.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "week.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "week.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "week.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "week.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "week.move", "(ii)", 0, -30);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "week.move", "(ii)", 0, 30);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "week.move", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "week.move", "(ii)", 1, 0);

  gtk_widget_class_set_css_name (widget_class, "week-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
herald_week_view_init (HeraldWeekView *self)
{
  GDate today;

  g_date_clear (&self->selected_day, 1);
  self->scroll_pending = TRUE;

  self->header = HERALD_WEEK_HEADER (herald_week_header_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->header), GTK_WIDGET (self));
  g_signal_connect_swapped (self->header, "day-activated", G_CALLBACK (header_day_activated_cb), self);

  self->scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scrolled, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scrolled), TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->scrolled), GTK_WIDGET (self));

  self->grid = HERALD_WEEK_GRID (herald_week_grid_new ());
  gtk_scrolled_window_set_child (self->scrolled, GTK_WIDGET (self->grid));
  /* The grid scrolls to what it selects; the viewport would scroll the
   * whole day into sight, to midnight, whenever the grid took the focus. */
  gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (gtk_scrolled_window_get_child (self->scrolled)), FALSE);
  g_signal_connect_swapped (self->grid, "selection-changed", G_CALLBACK (grid_selection_changed_cb), self);


  herald_week_range_today (&today);
  show_day (self, &today, TRUE);
}

GtkWidget *
herald_week_view_new (void)
{
  return g_object_new (HERALD_TYPE_WEEK_VIEW, NULL);
}

/* Private API, for tests */

HeraldWeekGrid *
herald_week_view_get_grid (HeraldWeekView *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_VIEW (self), NULL);

  return self->grid;
}

GtkAdjustment *
herald_week_view_get_vadjustment (HeraldWeekView *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_VIEW (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scrolled);
}

gboolean
herald_week_view_get_chip_allocation (HeraldWeekView  *self,
                                      const char      *post_id,
                                      graphene_rect_t *bounds)
{
  g_return_val_if_fail (HERALD_IS_WEEK_VIEW (self), FALSE);

  return herald_week_grid_get_chip_allocation (self->grid, post_id, bounds);
}

gboolean
herald_week_view_get_now_line (HeraldWeekView *self,
                               int            *day,
                               double         *y)
{
  g_return_val_if_fail (HERALD_IS_WEEK_VIEW (self), FALSE);

  return herald_week_grid_get_now_line (self->grid, day, y);
}

void
herald_week_view_drop_post (HeraldWeekView *self,
                            HeraldPost     *post,
                            double          x,
                            double          top)
{
  g_return_if_fail (HERALD_IS_WEEK_VIEW (self));

  herald_week_grid_drop_post (self->grid, post, x, top);
}
