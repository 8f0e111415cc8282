/* herald-heat-map.c — engagement by weekday and hour
 *
 * Seven rows (Monday first) of 24 cells; a cell is as strong as the
 * engagement rate of the posts that went out then, against the best
 * cell.  Cells without posts stay empty.  Hovering shows the slot, its
 * rate and how many posts it rests on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "herald-heat-map.h"

#define LABEL_WIDTH 36.0
#define LABEL_HEIGHT 16.0

struct _HeraldHeatMap
{
  GtkWidget         parent_instance;

  HeraldPostingHeat heat;
  double            best;
};

G_DEFINE_FINAL_TYPE (HeraldHeatMap, herald_heat_map, GTK_TYPE_WIDGET)

/**
 * herald_weekday_short_name:
 * @weekday: Monday = 0
 *
 * Returns: the weekday's short name
 */
const char *
herald_weekday_short_name (int weekday)
{
  const char *names[] = {
    NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"), NC_("weekday", "Thu"),
    NC_("weekday", "Fri"), NC_("weekday", "Sat"), NC_("weekday", "Sun"),
  };

  g_return_val_if_fail (weekday >= 0 && weekday < 7, "");

  return g_dpgettext2 (NULL, "weekday", names[weekday]);
}

static void
herald_heat_map_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  HeraldHeatMap *self = HERALD_HEAT_MAP (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double cell_w = (width - LABEL_WIDTH) / 24, cell_h = (height - LABEL_HEIGHT) / 7;
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  GdkRGBA fg, accent = { 0.21, 0.52, 0.89, 1 };
  cairo_t *cr;

  if (cell_w <= 0 || cell_h <= 0)
    return;

  gtk_widget_get_color (widget, &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  for (int d = 0; d < 7; d++)
    {
      int lw, lh;

      pango_layout_set_text (layout, herald_weekday_short_name (d), -1);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      cairo_move_to (cr, 0, d * cell_h + (cell_h - lh) / 2);
      pango_cairo_show_layout (cr, layout);

      for (int h = 0; h < 24; h++)
        {
          double x = LABEL_WIDTH + h * cell_w, y = d * cell_h;
          double strength = self->heat.n_posts[d][h] > 0 ? self->heat.engagement[d][h] / self->best : 0;

          if (self->heat.n_posts[d][h] == 0)
            cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.05);
          else
            cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.15 + 0.85 * CLAMP (strength, 0, 1));
          cairo_rectangle (cr, x + 1, y + 1, cell_w - 2, cell_h - 2);
          cairo_fill (cr);
        }
    }

  for (int h = 0; h < 24; h += 6)
    {
      g_autofree char *text = g_strdup_printf ("%02d", h);
      int lw, lh;

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      cairo_move_to (cr, LABEL_WIDTH + h * cell_w, height - lh);
      pango_cairo_show_layout (cr, layout);
    }

  cairo_destroy (cr);
}

static gboolean
herald_heat_map_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard,
                               GtkTooltip *tooltip)
{
  HeraldHeatMap *self = HERALD_HEAT_MAP (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double cell_w = (width - LABEL_WIDTH) / 24, cell_h = (height - LABEL_HEIGHT) / 7;
  g_autofree char *text = NULL;
  int d, h;

  if (x < LABEL_WIDTH || y >= height - LABEL_HEIGHT || cell_w <= 0 || cell_h <= 0)
    return FALSE;

  h = CLAMP ((int) ((x - LABEL_WIDTH) / cell_w), 0, 23);
  d = CLAMP ((int) (y / cell_h), 0, 6);
  if (self->heat.n_posts[d][h] == 0)
    /* Translators: a weekday and an hour, then that nothing went out then */
    text = g_strdup_printf (_("%s %02d:00 · no posts"), herald_weekday_short_name (d), h);
  else
    text = g_strdup_printf (g_dngettext (NULL, "%s %02d:00 · %.1f%% engagement · %u post",
                                         "%s %02d:00 · %.1f%% engagement · %u posts",
                                         self->heat.n_posts[d][h]),
                            herald_weekday_short_name (d), h, self->heat.engagement[d][h] * 100,
                            self->heat.n_posts[d][h]);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
herald_heat_map_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? (int) LABEL_WIDTH + 24 * 8 : 7 * 12 + (int) LABEL_HEIGHT;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? (int) LABEL_WIDTH + 24 * 22 : 7 * 22 + (int) LABEL_HEIGHT;
}

static void
herald_heat_map_class_init (HeraldHeatMapClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = herald_heat_map_snapshot;
  widget_class->measure = herald_heat_map_measure;
  widget_class->query_tooltip = herald_heat_map_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "heat-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
herald_heat_map_init (HeraldHeatMap *self)
{
  self->best = 1;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
herald_heat_map_new (void)
{
  return g_object_new (HERALD_TYPE_HEAT_MAP, NULL);
}

void
herald_heat_map_set_heat (HeraldHeatMap           *self,
                          const HeraldPostingHeat *heat)
{
  g_return_if_fail (HERALD_IS_HEAT_MAP (self));
  g_return_if_fail (heat != NULL);

  self->heat = *heat;
  self->best = 0;
  for (int d = 0; d < 7; d++)
    for (int h = 0; h < 24; h++)
      if (heat->n_posts[d][h] > 0)
        self->best = MAX (self->best, heat->engagement[d][h]);
  if (self->best <= 0)
    self->best = 1;

  gtk_widget_queue_draw (GTK_WIDGET (self));
}
