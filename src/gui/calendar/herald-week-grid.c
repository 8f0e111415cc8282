/* herald-week-grid.c — the hours of a week, with its posts placed on them
 *
 * Seven day columns of 24 hourly rows, an hour gutter on the left, and a
 * chip for each post of the week at its local time.  A chip is as tall as
 * half an hour whatever the post; posts less than that apart overlap, so
 * each run of overlapping posts (a cluster) is split into columns and its
 * chips stand side by side.
 *
 * Chips are child widgets.  When the posts change, a post that is still
 * shown keeps its chip (and with it the keyboard focus), and chips no
 * longer needed go back to a pool for the next post; only a pool beyond
 * POOL_MAX is destroyed.
 *
 * The grid never changes a post.  Clicks, drops and keys end in the
 * HeraldView signals of the view it sits in, which the calendar page
 * handles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-week-grid"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "herald-view.h"
#include "herald-week-chip.h"
#include "herald-week-grid.h"
#include "herald-week-range.h"

#define HOUR       HERALD_WEEK_GRID_HOUR_HEIGHT
#define SLOT       HERALD_WEEK_GRID_SLOT_MINUTES
#define POOL_MAX   32
#define DAY_HEIGHT (24 * HOUR)

typedef struct {
  HeraldPost     *post;
  HeraldWeekChip *chip;
  guint           index;      /* in the model: keeps the order of equals */
  int             day;        /* 0 = Monday */
  int             minutes;    /* after local midnight */
  int             column;
  int             n_columns;
} Place;

struct _HeraldWeekGrid
{
  GtkWidget   parent_instance;

  GListModel *posts;
  GListModel *accounts;
  GHashTable *account_ids;    /* id → HeraldAccount, borrowed from accounts */
  GDate       monday;
  gint64      now;
  int         gutter;         /* width of the hour labels, as last laid out */

  GArray     *places;         /* Place, by day and time */
  GHashTable *chips;          /* post id → HeraldWeekChip, the chips shown */
  GPtrArray  *pool;           /* hidden chips, ready for another post */

  int         selected_day;
  int         selected_slot;
  char       *selected_post;  /* a post id, or NULL when a slot is selected */

  gboolean    dragging;
  double      drag_x;         /* where the dragged chip was grabbed */
  double      drag_y;
  gboolean    drop_shown;
  int         drop_day;
  int         drop_minutes;
};

G_DEFINE_FINAL_TYPE (HeraldWeekGrid, herald_week_grid, GTK_TYPE_WIDGET)

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
current_time (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static const char *
post_id (HeraldPost *post)
{
  return herald_record_get_id (HERALD_RECORD (post));
}

static HeraldView *
get_view (HeraldWeekGrid *self)
{
  return HERALD_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (self), HERALD_TYPE_VIEW));
}

static void
clear_place (gpointer data)
{
  Place *place = data;

  g_clear_object (&place->post);
}

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const Place *pa = a, *pb = b;

  if (pa->day != pb->day)
    return pa->day - pb->day;
  if (pa->minutes != pb->minutes)
    return pa->minutes - pb->minutes;
  return pa->index < pb->index ? -1 : pa->index > pb->index;
}

/* Splits each cluster of overlapping chips into as few columns as hold
 * it: a chip takes the first column free at its time. */
static void
arrange_columns (GArray *places)
{
  g_autoptr (GArray) column_ends = g_array_new (FALSE, TRUE, sizeof (int));
  guint start = 0;

  while (start < places->len)
    {
      const Place *first = &g_array_index (places, Place, start);
      int cluster_end = first->minutes + SLOT;
      guint end;

      g_array_set_size (column_ends, 0);
      for (end = start; end < places->len; end++)
        {
          Place *place = &g_array_index (places, Place, end);
          guint column;

          if (place->day != first->day || place->minutes >= cluster_end)
            break;

          for (column = 0; column < column_ends->len; column++)
            if (g_array_index (column_ends, int, column) <= place->minutes)
              break;
          if (column == column_ends->len)
            g_array_set_size (column_ends, column + 1);

          g_array_index (column_ends, int, column) = place->minutes + SLOT;
          place->column = column;
          cluster_end = MAX (cluster_end, place->minutes + SLOT);
        }

      for (guint i = start; i < end; i++)
        g_array_index (places, Place, i).n_columns = column_ends->len;

      start = end;
    }
}

static const Place *
find_place (HeraldWeekGrid *self,
            const char     *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->places->len; i++)
    {
      const Place *place = &g_array_index (self->places, Place, i);

      if (g_strcmp0 (post_id (place->post), id) == 0)
        return place;
    }

  return NULL;
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

static gboolean
focus_within (HeraldWeekGrid *self)
{
  return gtk_widget_has_focus (GTK_WIDGET (self)) ||
         gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;
}

static void
get_place_bounds (HeraldWeekGrid  *self,
                  const Place     *place,
                  graphene_rect_t *bounds)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int left = herald_week_grid_get_column_x (width, self->gutter, place->day) + 1;
  int right = herald_week_grid_get_column_x (width, self->gutter, place->day + 1) - 2;
  double share = (double) (right - left) / place->n_columns;
  double height = SLOT * HOUR / 60.0 - 1;
  double y = place->minutes * HOUR / 60.0;

  /* A post late in the evening stays inside the day. */
  y = MIN (y, DAY_HEIGHT - height - 1);

  graphene_rect_init (bounds,
                      floor (left + place->column * share),
                      y,
                      MAX (1, floor (share) - 1),
                      height);
}

static int
day_at (HeraldWeekGrid *self,
        double          x)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  for (int day = 0; day < 6; day++)
    if (x < herald_week_grid_get_column_x (width, self->gutter, day + 1))
      return day;

  return 6;
}

static void
scroll_to_selection (HeraldWeekGrid *self)
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
set_selection (HeraldWeekGrid *self,
               int             day,
               int             slot,
               const char     *id)
{
  if (self->selected_day == day && self->selected_slot == slot &&
      g_strcmp0 (self->selected_post, id) == 0)
    return;

  self->selected_day = day;
  self->selected_slot = slot;
  g_set_str (&self->selected_post, id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
retire_chip (HeraldWeekGrid *self,
             GtkWidget      *chip)
{
  if (gtk_widget_has_focus (chip))
    gtk_widget_grab_focus (GTK_WIDGET (self));

  herald_week_chip_set_dragged (HERALD_WEEK_CHIP (chip), FALSE);
  if (self->pool->len < POOL_MAX)
    {
      gtk_widget_set_child_visible (chip, FALSE);
      g_ptr_array_add (self->pool, chip);
    }
  else
    gtk_widget_unparent (chip);
}

static void chip_activate_cb (HeraldWeekGrid *self,
                              HeraldWeekChip *chip);
static GdkContentProvider *drag_prepare_cb (HeraldWeekGrid *self,
                                            double          x,
                                            double          y,
                                            GtkDragSource  *source);
static void drag_begin_cb (HeraldWeekGrid *self,
                           GdkDrag        *drag,
                           GtkDragSource  *source);
static void drag_end_cb (HeraldWeekGrid *self,
                         GdkDrag        *drag,
                         gboolean        delete_data,
                         GtkDragSource  *source);

static GtkWidget *
make_chip (HeraldWeekGrid *self)
{
  GtkWidget *chip = herald_week_chip_new ();
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect_swapped (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (source, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (source));

  g_signal_connect_swapped (chip, "activate", G_CALLBACK (chip_activate_cb), self);
  gtk_widget_set_parent (chip, GTK_WIDGET (self));

  return chip;
}

/* Places the week's posts again and gives each a chip. */
static void
rebuild (HeraldWeekGrid *self)
{
  g_autoptr (GHashTable) old = g_steal_pointer (&self->chips);
  GHashTableIter iter;
  gpointer chip;
  guint n_items;

  self->chips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_array_set_size (self->places, 0);
  self->now = current_time ();

  n_items = self->posts != NULL && g_date_valid (&self->monday) ? g_list_model_get_n_items (self->posts) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (self->posts, i);
      gint64 at = herald_post_get_scheduled_at (post);
      Place place = { NULL, NULL, i, 0, 0, 0, 1 };
      GDate day;

      if (at == 0)
        continue;

      herald_week_range_local_day (at, &day, &place.minutes);
      if (!g_date_valid (&day))
        continue;

      place.day = g_date_days_between (&self->monday, &day);
      if (place.day < 0 || place.day > 6)
        continue;

      place.post = g_steal_pointer (&post);
      g_array_append_val (self->places, place);
    }

  g_array_sort (self->places, compare_places);
  arrange_columns (self->places);

  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = &g_array_index (self->places, Place, i);
      const char *id = post_id (place->post);
      HeraldAccount *account = NULL;

      /* The chip that showed this post before keeps it, and its focus. */
      chip = g_hash_table_lookup (old, id);
      if (chip != NULL)
        g_hash_table_remove (old, id);
      else if (self->pool->len > 0)
        chip = g_ptr_array_steal_index_fast (self->pool, self->pool->len - 1);
      else
        chip = make_chip (self);

      if (self->account_ids != NULL)
        account = g_hash_table_lookup (self->account_ids, herald_post_get_account_id (place->post));

      gtk_widget_set_child_visible (chip, TRUE);
      herald_week_chip_set_post (chip, place->post, account, self->now);
      g_hash_table_insert (self->chips, g_strdup (id), chip);
      place->chip = chip;
    }

  g_hash_table_iter_init (&iter, old);
  while (g_hash_table_iter_next (&iter, NULL, &chip))
    retire_chip (self, chip);

  /* The selected post, moved by a key, keeps the keyboard. */
  if (self->selected_post != NULL && focus_within (self))
    {
      chip = g_hash_table_lookup (self->chips, self->selected_post);
      if (chip != NULL)
        gtk_widget_grab_focus (chip);
    }

  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
account_notify_cb (HeraldWeekGrid *self)
{
  rebuild (self);
}

static void
refresh_accounts (HeraldWeekGrid *self)
{
  GHashTableIter iter;
  gpointer account;
  guint n_items;

  if (self->account_ids != NULL)
    {
      g_hash_table_iter_init (&iter, self->account_ids);
      while (g_hash_table_iter_next (&iter, NULL, &account))
        g_signal_handlers_disconnect_by_func (account, account_notify_cb, self);
      g_hash_table_remove_all (self->account_ids);
    }
  else
    self->account_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  n_items = self->accounts != NULL ? g_list_model_get_n_items (self->accounts) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      HeraldAccount *item = g_list_model_get_item (self->accounts, i);

      /* Accounts change in place: a new colour or name shows at once. */
      g_signal_connect_object (item, "notify", G_CALLBACK (account_notify_cb), self, G_CONNECT_SWAPPED);
      g_hash_table_insert (self->account_ids, (gpointer) herald_record_get_id (HERALD_RECORD (item)), item);
    }
}

static void
posts_items_changed_cb (HeraldWeekGrid *self)
{
  rebuild (self);
}

static void
accounts_items_changed_cb (HeraldWeekGrid *self)
{
  refresh_accounts (self);
  rebuild (self);
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
  self->drop_day = day_at (self, x);
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

  day = day_at (self, x);
  slot = CLAMP ((int) (y * 60 / HOUR) / SLOT, 0, HERALD_WEEK_GRID_N_SLOTS - 1);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  set_selection (self, day, slot, NULL);

  if (n_press == 2 && get_view (self) != NULL)
    {
      gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
      date = self->monday;
      g_date_add_days (&date, day);
      herald_view_new_post (get_view (self), &date, herald_week_range_local_time (&date, slot * SLOT));
    }
}

static void
herald_week_grid_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = herald_week_grid_get_gutter_width (widget) + 7 * HERALD_WEEK_GRID_MIN_COLUMN;
      *natural = *minimum;
    }
  else
    *minimum = *natural = DAY_HEIGHT;
}

static void
herald_week_grid_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  HeraldWeekGrid *self = HERALD_WEEK_GRID (widget);

  self->gutter = herald_week_grid_get_gutter_width (widget);

  for (guint i = 0; i < self->places->len; i++)
    {
      const Place *place = &g_array_index (self->places, Place, i);
      graphene_rect_t bounds;

      get_place_bounds (self, place, &bounds);
      gtk_widget_measure (GTK_WIDGET (place->chip), GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (GTK_WIDGET (place->chip),
                                &(GtkAllocation) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height },
                                -1);
    }
}

static void
get_accent (GdkRGBA  *standalone,
            GdkRGBA  *background)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  AdwAccentColor accent = adw_style_manager_get_accent_color (manager);

  adw_accent_color_to_standalone_rgba (accent, adw_style_manager_get_dark (manager), standalone);
  adw_accent_color_to_rgba (accent, background);
}

static void
herald_week_grid_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HeraldWeekGrid *self = HERALD_WEEK_GRID (widget);
  int width = gtk_widget_get_width (widget);
  int gutter = self->gutter;
  GdkRGBA color, hour_line, half_line, weekend, label, accent, accent_bg, tint;
  g_autoptr (PangoLayout) layout = NULL;
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();
  GDate today;
  int today_day = -1, now_day;
  double now_y;

  gtk_widget_get_color (widget, &color);
  hour_line = half_line = weekend = label = color;
  hour_line.alpha *= 0.15f;
  half_line.alpha *= 0.06f;
  weekend.alpha *= 0.03f;
  label.alpha *= 0.6f;
  get_accent (&accent, &accent_bg);

  herald_week_range_today (&today);
  if (g_date_valid (&self->monday))
    today_day = g_date_days_between (&self->monday, &today);

  for (int day = 0; day < 7; day++)
    {
      int x = herald_week_grid_get_column_x (width, gutter, day);
      int column = herald_week_grid_get_column_x (width, gutter, day + 1) - x;

      if (day == today_day)
        {
          tint = accent_bg;
          tint.alpha = 0.06f;
          gtk_snapshot_append_color (snapshot, &tint, &GRAPHENE_RECT_INIT (x, 0, column, DAY_HEIGHT));
        }
      else if (day >= 5)
        gtk_snapshot_append_color (snapshot, &weekend, &GRAPHENE_RECT_INIT (x, 0, column, DAY_HEIGHT));

      gtk_snapshot_append_color (snapshot, &hour_line, &GRAPHENE_RECT_INIT (x, 0, 1, DAY_HEIGHT));
    }

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  layout = gtk_widget_create_pango_layout (widget, NULL);
  pango_layout_set_attributes (layout, attrs);

  /* Each hour's label just below its line, as a slot's heading. */
  for (int hour = 0; hour < 24; hour++)
    {
      g_autofree char *text = g_strdup_printf ("%02d:00", hour);
      int text_width;

      gtk_snapshot_append_color (snapshot, &hour_line, &GRAPHENE_RECT_INIT (gutter, hour * HOUR, width - gutter, 1));
      gtk_snapshot_append_color (snapshot, &half_line,
                                 &GRAPHENE_RECT_INIT (gutter, hour * HOUR + HOUR / 2, width - gutter, 1));

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (gutter - 6 - text_width, hour * HOUR + 2));
      gtk_snapshot_append_layout (snapshot, layout, &label);
      gtk_snapshot_restore (snapshot);
    }

  /* The slot the keyboard is on, when no post is. */
  if (gtk_widget_has_focus (widget) && self->selected_day >= 0)
    {
      int x = herald_week_grid_get_column_x (width, gutter, self->selected_day);
      int column = herald_week_grid_get_column_x (width, gutter, self->selected_day + 1) - x;
      GskRoundedRect rect;
      const float border[4] = { 2, 2, 2, 2 };

      gsk_rounded_rect_init_from_rect (&rect,
                                       &GRAPHENE_RECT_INIT (x + 1, self->selected_slot * SLOT * HOUR / 60.0f,
                                                            column - 2, SLOT * HOUR / 60.0f),
                                       4);
      tint = accent_bg;
      tint.alpha = 0.15f;
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, &tint, &rect.bounds);
      gtk_snapshot_pop (snapshot);
      if (gtk_widget_has_visible_focus (widget))
        gtk_snapshot_append_border (snapshot, &rect, border,
                                    (GdkRGBA[4]) { accent, accent, accent, accent });
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);

  if (self->drop_shown)
    {
      int x = herald_week_grid_get_column_x (width, gutter, self->drop_day);
      int column = herald_week_grid_get_column_x (width, gutter, self->drop_day + 1) - x;
      GskRoundedRect rect;
      const float border[4] = { 2, 2, 2, 2 };

      gsk_rounded_rect_init_from_rect (&rect,
                                       &GRAPHENE_RECT_INIT (x + 1, self->drop_minutes * HOUR / 60.0f,
                                                            column - 3, SLOT * HOUR / 60.0f - 1),
                                       4);
      tint = accent_bg;
      tint.alpha = 0.25f;
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, &tint, &rect.bounds);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_append_border (snapshot, &rect, border,
                                  (GdkRGBA[4]) { accent, accent, accent, accent });
    }

  if (herald_week_grid_get_now_line (self, &now_day, &now_y))
    {
      int x = herald_week_grid_get_column_x (width, gutter, now_day);
      int column = herald_week_grid_get_column_x (width, gutter, now_day + 1) - x;
      GskRoundedRect dot;

      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (x, now_y - 1, column, 2));
      gsk_rounded_rect_init_from_rect (&dot, &GRAPHENE_RECT_INIT (x - 4, now_y - 4, 8, 8), 4);
      gtk_snapshot_push_rounded_clip (snapshot, &dot);
      gtk_snapshot_append_color (snapshot, &accent, &dot.bounds);
      gtk_snapshot_pop (snapshot);
    }
}

static void
herald_week_grid_set_focus_child (GtkWidget *widget,
                                  GtkWidget *child)
{
  HeraldWeekGrid *self = HERALD_WEEK_GRID (widget);

  GTK_WIDGET_CLASS (herald_week_grid_parent_class)->set_focus_child (widget, child);

  /* Focusing a chip, by Tab or a click, selects its post. */
  if (HERALD_IS_WEEK_CHIP (child) && herald_week_chip_get_post (HERALD_WEEK_CHIP (child)) != NULL)
    {
      const Place *place = find_place (self, post_id (herald_week_chip_get_post (HERALD_WEEK_CHIP (child))));

      if (place != NULL)
        set_selection (self, place->day, place->minutes / SLOT, post_id (place->post));
      scroll_to_selection (self);
    }
}

static void
herald_week_grid_dispose (GObject *object)
{
  HeraldWeekGrid *self = HERALD_WEEK_GRID (object);
  GtkWidget *child;

  if (self->posts != NULL)
    g_signal_handlers_disconnect_by_func (self->posts, posts_items_changed_cb, self);
  g_clear_object (&self->posts);
  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_func (self->accounts, accounts_items_changed_cb, self);
  g_clear_object (&self->accounts);
  refresh_accounts (self);

  g_array_set_size (self->places, 0);
  g_clear_pointer (&self->chips, g_hash_table_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_ptr_array_set_size (self->pool, 0);

  G_OBJECT_CLASS (herald_week_grid_parent_class)->dispose (object);
}

static void
herald_week_grid_finalize (GObject *object)
{
  HeraldWeekGrid *self = HERALD_WEEK_GRID (object);

  g_clear_pointer (&self->places, g_array_unref);
  g_clear_pointer (&self->pool, g_ptr_array_unref);
  g_clear_pointer (&self->account_ids, g_hash_table_unref);
  g_clear_pointer (&self->selected_post, g_free);

  G_OBJECT_CLASS (herald_week_grid_parent_class)->finalize (object);
}

static void
herald_week_grid_class_init (HeraldWeekGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_week_grid_dispose;
  object_class->finalize = herald_week_grid_finalize;

  widget_class->measure = herald_week_grid_measure;
  widget_class->size_allocate = herald_week_grid_size_allocate;
  widget_class->snapshot = herald_week_grid_snapshot;
  widget_class->set_focus_child = herald_week_grid_set_focus_child;

  /**
   * HeraldWeekGrid::selection-changed:
   *
   * A click, a focused chip or a drop selected another day, slot or post.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "week-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
herald_week_grid_init (HeraldWeekGrid *self)
{
  GtkGesture *click;
  GtkDropTarget *target;

  self->places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_array_set_clear_func (self->places, clear_place);
  self->chips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pool = g_ptr_array_new ();
  g_date_clear (&self->monday, 1);
  self->selected_slot = 9 * 60 / SLOT;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

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

GtkWidget *
herald_week_grid_new (void)
{
  return g_object_new (HERALD_TYPE_WEEK_GRID, NULL);
}

/**
 * herald_week_grid_set_posts:
 * @self: a #HeraldWeekGrid
 * @posts: (nullable): a #GListModel of #HeraldPost
 *
 * The grid shows those of @posts that fall in its week.
 */
void
herald_week_grid_set_posts (HeraldWeekGrid *self,
                            GListModel     *posts)
{
  g_return_if_fail (HERALD_IS_WEEK_GRID (self));
  g_return_if_fail (posts == NULL || G_IS_LIST_MODEL (posts));

  if (self->posts == posts)
    return;

  if (self->posts != NULL)
    g_signal_handlers_disconnect_by_func (self->posts, posts_items_changed_cb, self);
  g_set_object (&self->posts, posts);
  if (posts != NULL)
    g_signal_connect_object (posts, "items-changed", G_CALLBACK (posts_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  rebuild (self);
}

/**
 * herald_week_grid_set_accounts:
 * @self: a #HeraldWeekGrid
 * @accounts: (nullable): a #GListModel of #HeraldAccount
 */
void
herald_week_grid_set_accounts (HeraldWeekGrid *self,
                               GListModel     *accounts)
{
  g_return_if_fail (HERALD_IS_WEEK_GRID (self));
  g_return_if_fail (accounts == NULL || G_IS_LIST_MODEL (accounts));

  if (self->accounts == accounts)
    return;

  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_func (self->accounts, accounts_items_changed_cb, self);
  g_set_object (&self->accounts, accounts);
  if (accounts != NULL)
    g_signal_connect_object (accounts, "items-changed", G_CALLBACK (accounts_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  refresh_accounts (self);
  rebuild (self);
}

/**
 * herald_week_grid_set_week:
 * @self: a #HeraldWeekGrid
 * @monday: the first day of the week to show
 */
void
herald_week_grid_set_week (HeraldWeekGrid *self,
                           const GDate    *monday)
{
  g_autofree char *title = NULL;
  GDate sunday;

  g_return_if_fail (HERALD_IS_WEEK_GRID (self));
  g_return_if_fail (monday != NULL && g_date_valid (monday));

  if (g_date_valid (&self->monday) && g_date_compare (&self->monday, monday) == 0)
    return;

  self->monday = *monday;
  sunday = *monday;
  g_date_add_days (&sunday, 6);
  title = herald_week_range_format_title (monday, &sunday);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  rebuild (self);
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
  g_set_str (&self->selected_post, place != NULL ? post_id (place->post) : NULL);

  if (focus_within (self))
    gtk_widget_grab_focus (place != NULL ? GTK_WIDGET (place->chip) : GTK_WIDGET (self));
  scroll_to_selection (self);
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

  place = find_place (self, self->selected_post);
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

  set_selection (self, day, CLAMP (slot, 0, HERALD_WEEK_GRID_N_SLOTS - 1), id);
}

/**
 * herald_week_grid_tick:
 * @self: a #HeraldWeekGrid
 *
 * Called each minute: moves the line that marks now and marks the posts
 * that just became overdue.
 */
void
herald_week_grid_tick (HeraldWeekGrid *self)
{
  gint64 now = current_time ();

  g_return_if_fail (HERALD_IS_WEEK_GRID (self));

  for (guint i = 0; i < self->places->len; i++)
    {
      const Place *place = &g_array_index (self->places, Place, i);

      if (herald_post_is_overdue (place->post, now) != herald_post_is_overdue (place->post, self->now))
        {
          HeraldAccount *account = NULL;

          if (self->account_ids != NULL)
            account = g_hash_table_lookup (self->account_ids, herald_post_get_account_id (place->post));
          herald_week_chip_set_post (place->chip, place->post, account, now);
        }
    }

  self->now = now;
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

  day = day_at (self, x);
  minutes = drop_minutes_at (top);
  date = self->monday;
  g_date_add_days (&date, day);
  at = herald_week_range_local_time (&date, minutes);

  set_selection (self, day, minutes / SLOT, post_id (post));

  view = get_view (self);
  if (view != NULL && at != herald_post_get_scheduled_at (post))
    herald_view_move_post (view, post, at);
}

/**
 * herald_week_grid_get_chip_allocation:
 * @self: a #HeraldWeekGrid
 * @post_id: a post id
 * @bounds: (out): where its chip is, in the grid's coordinates
 *
 * Returns: %TRUE if the post has a chip
 */
gboolean
herald_week_grid_get_chip_allocation (HeraldWeekGrid  *self,
                                      const char      *id,
                                      graphene_rect_t *bounds)
{
  GtkWidget *chip;

  g_return_val_if_fail (HERALD_IS_WEEK_GRID (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  chip = g_hash_table_lookup (self->chips, id);
  if (chip == NULL)
    return FALSE;

  return gtk_widget_compute_bounds (chip, GTK_WIDGET (self), bounds);
}

/**
 * herald_week_grid_get_now_line:
 * @self: a #HeraldWeekGrid
 * @day: (out): today's column
 * @y: (out): where the line is drawn
 *
 * Returns: %TRUE if today is in the week shown
 */
gboolean
herald_week_grid_get_now_line (HeraldWeekGrid *self,
                               int            *day,
                               double         *y)
{
  GDate today;
  int minutes, index;

  g_return_val_if_fail (HERALD_IS_WEEK_GRID (self), FALSE);

  if (!g_date_valid (&self->monday))
    return FALSE;

  herald_week_range_local_day (current_time (), &today, &minutes);
  index = g_date_days_between (&self->monday, &today);
  if (index < 0 || index > 6)
    return FALSE;

  *day = index;
  *y = minutes * HOUR / 60.0;
  return TRUE;
}

/* The number of chips in use. */
guint
herald_week_grid_get_n_chips (HeraldWeekGrid *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_GRID (self), 0);

  return g_hash_table_size (self->chips);
}

/**
 * herald_week_grid_get_gutter_width:
 * @widget: the grid or its header
 *
 * Returns: the width of the hour labels' column, in @widget's font
 */
int
herald_week_grid_get_gutter_width (GtkWidget *widget)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, "00:00");
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return width + 12;
}

/* The left edge of @day's column; @day 7 is the right edge of Sunday. */
int
herald_week_grid_get_column_x (int width,
                               int gutter,
                               int day)
{
  return gutter + (int) floor ((double) MAX (0, width - gutter) * day / 7);
}
