/* herald-sparkline.c — a topic's heat over time, drawn small
 *
 * A line through the samples, scaled so that the lowest and highest heat
 * fill the height, in the widget's own colour (the accent colour by
 * default, see style.css), with a dot on the latest reading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sparkline"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-sparkline.h"

#define NATURAL_WIDTH 72
#define NATURAL_HEIGHT 24
#define LINE_WIDTH 1.5
#define DOT_RADIUS 2.5

struct _HeraldSparkline
{
  GtkWidget  parent_instance;

  GArray    *heat;  /* double */
};

G_DEFINE_FINAL_TYPE (HeraldSparkline, herald_sparkline, GTK_TYPE_WIDGET)

static void
herald_sparkline_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 24 : 12;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? NATURAL_WIDTH : NATURAL_HEIGHT;
}

static void
herald_sparkline_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HeraldSparkline *self = HERALD_SPARKLINE (widget);
  g_autoptr (GskPathBuilder) builder = NULL;
  g_autoptr (GskPath) path = NULL;
  g_autoptr (GskStroke) stroke = NULL;
  g_autoptr (GskPath) dot = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double low = G_MAXDOUBLE, high = -G_MAXDOUBLE;
  float inset = DOT_RADIUS + 0.5f;
  float x = 0, y = 0;
  GdkRGBA color;

  if (self->heat->len == 0 || width <= 2 * inset || height <= 2 * inset)
    return;

  for (guint i = 0; i < self->heat->len; i++)
    {
      low = MIN (low, g_array_index (self->heat, double, i));
      high = MAX (high, g_array_index (self->heat, double, i));
    }

  gtk_widget_get_color (widget, &color);
  builder = gsk_path_builder_new ();
  for (guint i = 0; i < self->heat->len; i++)
    {
      double heat = g_array_index (self->heat, double, i);
      double share = high > low ? (heat - low) / (high - low) : 0.5;

      x = self->heat->len > 1 ? inset + (width - 2 * inset) * i / (float) (self->heat->len - 1) : width / 2.0f;
      y = height - inset - (height - 2 * inset) * share;
      if (i == 0)
        gsk_path_builder_move_to (builder, x, y);
      else
        gsk_path_builder_line_to (builder, x, y);
    }
  path = gsk_path_builder_free_to_path (g_steal_pointer (&builder));

  stroke = gsk_stroke_new (LINE_WIDTH);
  gsk_stroke_set_line_join (stroke, GSK_LINE_JOIN_ROUND);
  gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);
  gtk_snapshot_append_stroke (snapshot, path, stroke, &color);

  builder = gsk_path_builder_new ();
  gsk_path_builder_add_circle (builder, &GRAPHENE_POINT_INIT (x, y), DOT_RADIUS);
  dot = gsk_path_builder_free_to_path (g_steal_pointer (&builder));
  gtk_snapshot_append_fill (snapshot, dot, GSK_FILL_RULE_WINDING, &color);
}

static void
herald_sparkline_finalize (GObject *object)
{
  HeraldSparkline *self = HERALD_SPARKLINE (object);

  g_clear_pointer (&self->heat, g_array_unref);

  G_OBJECT_CLASS (herald_sparkline_parent_class)->finalize (object);
}

static void
herald_sparkline_class_init (HeraldSparklineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = herald_sparkline_finalize;
  widget_class->measure = herald_sparkline_measure;
  widget_class->snapshot = herald_sparkline_snapshot;

  gtk_widget_class_set_css_name (widget_class, "sparkline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
herald_sparkline_init (HeraldSparkline *self)
{
  self->heat = g_array_new (FALSE, FALSE, sizeof (double));
}

GtkWidget *
herald_sparkline_new (void)
{
  return g_object_new (HERALD_TYPE_SPARKLINE, NULL);
}

/**
 * herald_sparkline_set_samples:
 * @self: a #HeraldSparkline
 * @samples: (array length=n_samples): heat samples, oldest first
 * @n_samples: how many
 */
void
herald_sparkline_set_samples (HeraldSparkline        *self,
                              const HeraldHeatSample *samples,
                              guint                   n_samples)
{
  g_autofree char *description = NULL;

  g_return_if_fail (HERALD_IS_SPARKLINE (self));
  g_return_if_fail (samples != NULL || n_samples == 0);

  g_array_set_size (self->heat, 0);
  for (guint i = 0; i < n_samples; i++)
    g_array_append_val (self->heat, samples[i].heat);

  if (n_samples > 0)
    /* Translators: the description of a topic's heat chart; %.0f are the
     * first and the latest heat, %u the number of readings */
    description = g_strdup_printf (ngettext ("Heat from %.0f to %.0f over %u reading",
                                             "Heat from %.0f to %.0f over %u readings",
                                             n_samples),
                                   samples[0].heat, samples[n_samples - 1].heat, n_samples);
  else
    description = g_strdup (_("No heat readings yet"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
herald_sparkline_get_n_points (HeraldSparkline *self)
{
  g_return_val_if_fail (HERALD_IS_SPARKLINE (self), 0);

  return self->heat->len;
}
