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

#include "herald-week-chip.h"
#include "herald-week-grid-private.h"
#include "herald-week-range.h"

#define POOL_MAX   32

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

const char *
herald_week_grid_post_id (HeraldPost *post)
{
  return herald_record_get_id (HERALD_RECORD (post));
}

static void
clear_place (gpointer data)
{
  Place *place = data;

  g_clear_object (&place->post);
}

gboolean
herald_week_grid_focus_within (HeraldWeekGrid *self)
{
  return gtk_widget_has_focus (GTK_WIDGET (self)) ||
         gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;
}

void
herald_week_grid_set_selection (HeraldWeekGrid *self,
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

static GtkWidget *
make_chip (HeraldWeekGrid *self)
{
  GtkWidget *chip = herald_week_chip_new ();

  herald_week_grid_setup_chip (self, chip);
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

  herald_week_grid_arrange_places (self->places);

  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = &g_array_index (self->places, Place, i);
      const char *id = herald_week_grid_post_id (place->post);
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
  if (self->selected_post != NULL && herald_week_grid_focus_within (self))
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

      herald_week_grid_get_place_bounds (self, place, &bounds);
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

  pango_attr_list_insert (attrs, pango_attr_scale_new (HERALD_VIEW_CAPTION_SCALE));
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
      const Place *place = herald_week_grid_find_place (self, herald_week_grid_post_id (herald_week_chip_get_post (HERALD_WEEK_CHIP (child))));

      if (place != NULL)
        herald_week_grid_set_selection (self, place->day, place->minutes / SLOT, herald_week_grid_post_id (place->post));
      herald_week_grid_scroll_to_selection (self);
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
  self->places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_array_set_clear_func (self->places, clear_place);
  self->chips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pool = g_ptr_array_new ();
  g_date_clear (&self->monday, 1);
  self->selected_slot = 9 * 60 / SLOT;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  herald_week_grid_init_input (self);
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
