/* herald-week-header.c — the days above the week grid
 *
 * For each day of the week its weekday, its date and, muted, the
 * marketing day that falls on it (双十一, 冬至 …).  Today's date sits on an
 * accent-coloured pill.  The columns line up with the grid's: both count
 * them from the same hour gutter.  A click selects a day; a double click
 * asks for a new post on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-week-header"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "herald-marketing-days.h"
#include "herald-view.h"
#include "herald-week-grid.h"
#include "herald-week-header.h"
#include "herald-week-range.h"

#define PADDING 6

struct _HeraldWeekHeader
{
  GtkWidget  parent_instance;

  GDate      monday;
  int        selected;
  char      *marketing[7];
};

G_DEFINE_FINAL_TYPE (HeraldWeekHeader, herald_week_header, GTK_TYPE_WIDGET)

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PangoLayout *
create_layout (GtkWidget  *widget,
               const char *text,
               double      scale,
               gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  return layout;
}

static int
line_height (GtkWidget *widget,
             double     scale,
             gboolean   bold)
{
  g_autoptr (PangoLayout) layout = create_layout (widget, "9月", scale, bold);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static int
day_at (HeraldWeekHeader *self,
        double            x)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int gutter = herald_week_grid_get_gutter_width (GTK_WIDGET (self));

  if (x < gutter)
    return -1;

  for (int day = 0; day < 7; day++)
    if (x < herald_week_grid_get_column_x (width, gutter, day + 1))
      return day;

  return 6;
}

static void
click_pressed_cb (HeraldWeekHeader *self,
                  int               n_press,
                  double            x,
                  double            y)
{
  int day = day_at (self, x);

  if (day >= 0)
    g_signal_emit (self, signals[DAY_ACTIVATED], 0, day, n_press);
}

static void
herald_week_header_measure (GtkWidget      *widget,
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
    {
      *minimum = *natural = PADDING + line_height (widget, HERALD_VIEW_CAPTION_SCALE, FALSE) +
                            line_height (widget, PANGO_SCALE_LARGE, TRUE) + 2 +
                            line_height (widget, HERALD_VIEW_CAPTION_SCALE, FALSE) + PADDING;
    }
}

static void
herald_week_header_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  HeraldWeekHeader *self = HERALD_WEEK_HEADER (widget);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int gutter = herald_week_grid_get_gutter_width (widget);
  int small_height = line_height (widget, HERALD_VIEW_CAPTION_SCALE, FALSE);
  int large_height = line_height (widget, PANGO_SCALE_LARGE, TRUE);
  GdkRGBA color, dim, line, accent, accent_bg, accent_fg = { 1, 1, 1, 1 };
  GDate today;

  if (!g_date_valid (&self->monday))
    return;

  gtk_widget_get_color (widget, &color);
  dim = line = color;
  dim.alpha *= 0.6f;
  line.alpha *= 0.15f;
  adw_accent_color_to_standalone_rgba (adw_style_manager_get_accent_color (manager),
                                       adw_style_manager_get_dark (manager), &accent);
  adw_accent_color_to_rgba (adw_style_manager_get_accent_color (manager), &accent_bg);
  herald_week_range_today (&today);

  for (int day = 0; day < 7; day++)
    {
      int x = herald_week_grid_get_column_x (width, gutter, day);
      int column = herald_week_grid_get_column_x (width, gutter, day + 1) - x;
      gboolean is_today;
      GDate date = self->monday;
      g_autofree char *weekday = NULL;
      g_autofree char *number = NULL;
      g_autoptr (PangoLayout) weekday_layout = NULL;
      g_autoptr (PangoLayout) number_layout = NULL;
      int y = PADDING, number_width;

      g_date_add_days (&date, day);
      is_today = g_date_compare (&date, &today) == 0;

      if (day == self->selected)
        {
          GdkRGBA selected = accent_bg;

          selected.alpha = 0.12f;
          gtk_snapshot_append_color (snapshot, &selected, &GRAPHENE_RECT_INIT (x, 0, column, height));
        }

      {
        g_autoptr (GDateTime) noon = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                           g_date_get_day (&date), 12, 0, 0);

        /* Translators: the weekday above a day of the week view, in
         * g_date_time_format() style: "Mon"; 周一 */
        /* xgettext:no-c-format */
        weekday = g_date_time_format (noon, C_("week view weekday", "%a"));
        number = g_strdup_printf ("%d", g_date_get_day (&date));
      }

      weekday_layout = create_layout (widget, weekday, HERALD_VIEW_CAPTION_SCALE, FALSE);
      pango_layout_set_width (weekday_layout, MAX (1, column - 4) * PANGO_SCALE);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 2, y));
      gtk_snapshot_append_layout (snapshot, weekday_layout, is_today ? &accent : &dim);
      gtk_snapshot_restore (snapshot);
      y += small_height;

      number_layout = create_layout (widget, number, PANGO_SCALE_LARGE, TRUE);
      pango_layout_get_pixel_size (number_layout, &number_width, NULL);
      if (is_today)
        {
          int pill = MAX (number_width + 10, large_height);
          GskRoundedRect rect;

          gsk_rounded_rect_init_from_rect (&rect,
                                           &GRAPHENE_RECT_INIT (x + (column - pill) / 2.0f, y, pill, large_height),
                                           large_height / 2.0f);
          gtk_snapshot_push_rounded_clip (snapshot, &rect);
          gtk_snapshot_append_color (snapshot, &accent_bg, &rect.bounds);
          gtk_snapshot_pop (snapshot);
        }
      pango_layout_set_width (number_layout, MAX (1, column - 4) * PANGO_SCALE);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 2, y));
      gtk_snapshot_append_layout (snapshot, number_layout, is_today ? &accent_fg : &color);
      gtk_snapshot_restore (snapshot);
      y += large_height + 2;

      if (self->marketing[day] != NULL)
        {
          g_autoptr (PangoLayout) label = create_layout (widget, self->marketing[day], HERALD_VIEW_CAPTION_SCALE, FALSE);

          pango_layout_set_width (label, MAX (1, column - 4) * PANGO_SCALE);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + 2, y));
          gtk_snapshot_append_layout (snapshot, label, &dim);
          gtk_snapshot_restore (snapshot);
        }

      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (x, height - PADDING - 2, 1, PADDING + 2));
    }

  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, height - 1, width, 1));
}

static void
herald_week_header_finalize (GObject *object)
{
  HeraldWeekHeader *self = HERALD_WEEK_HEADER (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->marketing); i++)
    g_clear_pointer (&self->marketing[i], g_free);

  G_OBJECT_CLASS (herald_week_header_parent_class)->finalize (object);
}

static void
herald_week_header_class_init (HeraldWeekHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = herald_week_header_finalize;

  widget_class->measure = herald_week_header_measure;
  widget_class->snapshot = herald_week_header_snapshot;

  /**
   * HeraldWeekHeader::day-activated:
   * @header: the header
   * @day: the day clicked, 0 for Monday to 6 for Sunday
   * @n_press: 1 for a click, 2 for a double click
   */
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "week-header");
  /* The chips name their days; the dates here repeat the view's title. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
herald_week_header_init (HeraldWeekHeader *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_date_clear (&self->monday, 1);
  self->selected = -1;

  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
herald_week_header_new (void)
{
  return g_object_new (HERALD_TYPE_WEEK_HEADER, NULL);
}

void
herald_week_header_set_week (HeraldWeekHeader *self,
                             const GDate      *monday)
{
  g_autoptr (GArray) days = NULL;
  GDate sunday;

  g_return_if_fail (HERALD_IS_WEEK_HEADER (self));
  g_return_if_fail (monday != NULL && g_date_valid (monday));

  if (g_date_valid (&self->monday) && g_date_compare (&self->monday, monday) == 0)
    return;

  self->monday = *monday;
  for (guint i = 0; i < G_N_ELEMENTS (self->marketing); i++)
    g_clear_pointer (&self->marketing[i], g_free);

  sunday = *monday;
  g_date_add_days (&sunday, 6);
  days = herald_marketing_days_between (monday, &sunday);
  for (guint i = 0; i < days->len; i++)
    {
      const HeraldMarketingDay *day = &g_array_index (days, HeraldMarketingDay, i);
      int index = g_date_days_between (monday, &day->date);
      char *joined;

      if (index < 0 || index > 6)
        continue;

      /* Two on one day (a solar term on a holiday) share the line. */
      joined = self->marketing[index] == NULL ? g_strdup (day->name)
                                              : g_strconcat (self->marketing[index], " · ", day->name, NULL);
      g_free (self->marketing[index]);
      self->marketing[index] = joined;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
herald_week_header_set_selected (HeraldWeekHeader *self,
                                 int               day)
{
  g_return_if_fail (HERALD_IS_WEEK_HEADER (self));
  g_return_if_fail (day >= -1 && day < 7);

  if (self->selected == day)
    return;

  self->selected = day;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
