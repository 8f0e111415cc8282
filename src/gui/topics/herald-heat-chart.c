/* herald-heat-chart.c — a topic's heat over time
 *
 * A line of the heat samples, oldest on the left, drawn in the accent
 * colour over faint grid lines in the text colour, so it follows light
 * and dark styles.  The pointer picks the nearest sample and shows its
 * heat and time; the accessible description says the same in words for
 * the whole history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-heat-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "herald-heat-chart.h"
#include "herald-heat-format.h"

#define PAD_LEFT 8.0
#define PAD_RIGHT 8.0
#define PAD_TOP 28.0
#define PAD_BOTTOM 24.0

struct _HeraldHeatChart
{
  GtkWidget  parent_instance;

  GArray    *samples;
  double     max_heat;
  int        hover;
};

G_DEFINE_FINAL_TYPE (HeraldHeatChart, herald_heat_chart, GTK_TYPE_WIDGET)

static double
sample_x (HeraldHeatChart *self,
          guint            i,
          double           width)
{
  HeraldHeatSample *first = &g_array_index (self->samples, HeraldHeatSample, 0);
  HeraldHeatSample *last = &g_array_index (self->samples, HeraldHeatSample, self->samples->len - 1);
  HeraldHeatSample *sample = &g_array_index (self->samples, HeraldHeatSample, i);
  double span = (double) (last->at - first->at);

  if (span <= 0)
    return PAD_LEFT + (width - PAD_LEFT - PAD_RIGHT) / 2;

  return PAD_LEFT + (width - PAD_LEFT - PAD_RIGHT) * (double) (sample->at - first->at) / span;
}

static double
sample_y (HeraldHeatChart *self,
          guint            i,
          double           height)
{
  HeraldHeatSample *sample = &g_array_index (self->samples, HeraldHeatSample, i);
  double plot = height - PAD_TOP - PAD_BOTTOM;

  if (self->max_heat <= 0)
    return height - PAD_BOTTOM;

  return PAD_TOP + plot * (1.0 - sample->heat / self->max_heat);
}

static char *
describe_sample (HeraldHeatSample *sample)
{
  g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (sample->at);
  g_autofree char *when = g_date_time_format (time, _("%b %-d, %H:%M"));
  g_autofree char *heat = herald_heat_format (sample->heat);

  /* Translators: a heat sample: the heat, then the time */
  return g_strdup_printf (_("%s at %s"), heat, when);
}

static void
update_description (HeraldHeatChart *self)
{
  g_autofree char *text = NULL;

  if (self->samples->len == 0)
    text = g_strdup (_("No heat recorded for this topic"));
  else
    {
      HeraldHeatSample *first = &g_array_index (self->samples, HeraldHeatSample, 0);
      HeraldHeatSample *last = &g_array_index (self->samples, HeraldHeatSample, self->samples->len - 1);
      HeraldTopicTrend trend = herald_topic_trend_compute ((HeraldHeatSample *) self->samples->data,
                                                           self->samples->len);
      g_autofree char *from = describe_sample (first);
      g_autofree char *to = describe_sample (last);
      g_autofree char *peak = herald_heat_format (self->max_heat);
      const char *trend_text = herald_topic_trend_describe (trend);

      /* Translators: the heat chart for screen readers: samples, first, last, peak, trend */
      text = g_strdup_printf (_("Heat over %u samples, from %s to %s; peak %s; %s"),
                              self->samples->len, from, to, peak,
                              trend_text != NULL ? trend_text : "");
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
herald_heat_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  HeraldHeatChart *self = HERALD_HEAT_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  g_autoptr (GdkRGBA) accent = NULL;
  GdkRGBA fg;
  cairo_t *cr;

  if (width <= PAD_LEFT + PAD_RIGHT || height <= PAD_TOP + PAD_BOTTOM)
    return;

  gtk_widget_get_color (widget, &fg);
  accent = adw_style_manager_get_accent_color_rgba (adw_style_manager_get_default ());

  if (self->samples->len == 0)
    {
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, _("No heat recorded yet"));
      int lw, lh;
      GdkRGBA dim = fg;

      dim.alpha *= 0.55;
      pango_layout_get_pixel_size (layout, &lw, &lh);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - lw) / 2, (height - lh) / 2));
      gtk_snapshot_append_layout (snapshot, layout, &dim);
      gtk_snapshot_restore (snapshot);
      return;
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Grid: four faint lines, the bottom one the baseline. */
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 3; i++)
    {
      double y = round (PAD_TOP + (height - PAD_TOP - PAD_BOTTOM) * i / 3.0) + 0.5;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * (i == 3 ? 0.3 : 0.1));
      cairo_move_to (cr, PAD_LEFT, y);
      cairo_line_to (cr, width - PAD_RIGHT, y);
      cairo_stroke (cr);
    }

  /* The area under the line, then the line. */
  cairo_move_to (cr, sample_x (self, 0, width), height - PAD_BOTTOM);
  for (guint i = 0; i < self->samples->len; i++)
    cairo_line_to (cr, sample_x (self, i, width), sample_y (self, i, height));
  cairo_line_to (cr, sample_x (self, self->samples->len - 1, width), height - PAD_BOTTOM);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.18);
  cairo_fill (cr);

  for (guint i = 0; i < self->samples->len; i++)
    cairo_line_to (cr, sample_x (self, i, width), sample_y (self, i, height));
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);

  if (self->samples->len == 1)
    {
      cairo_arc (cr, sample_x (self, 0, width), sample_y (self, 0, height), 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  if (self->hover >= 0 && (guint) self->hover < self->samples->len)
    {
      double x = sample_x (self, self->hover, width);
      double y = sample_y (self, self->hover, height);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.4);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, round (x) + 0.5, PAD_TOP);
      cairo_line_to (cr, round (x) + 0.5, height - PAD_BOTTOM);
      cairo_stroke (cr);
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1);
      cairo_arc (cr, x, y, 4.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  cairo_destroy (cr);

  /* The first and the last time, under the plot. */
  {
    HeraldHeatSample *first = &g_array_index (self->samples, HeraldHeatSample, 0);
    HeraldHeatSample *last = &g_array_index (self->samples, HeraldHeatSample, self->samples->len - 1);
    gint64 times[2] = { first->at, last->at };
    GdkRGBA dim = fg;

    dim.alpha *= 0.55;
    for (guint i = 0; i < (last->at > first->at ? 2u : 1u); i++)
      {
        g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (times[i]);
        g_autofree char *text = g_date_time_format (time, _("%b %-d, %H:%M"));
        g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
        int lw, lh;

        pango_layout_get_pixel_size (layout, &lw, &lh);
        gtk_snapshot_save (snapshot);
        gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (i == 0 ? PAD_LEFT : width - PAD_RIGHT - lw,
                                                                height - PAD_BOTTOM + (PAD_BOTTOM - lh) / 2 + 2));
        gtk_snapshot_append_layout (snapshot, layout, &dim);
        gtk_snapshot_restore (snapshot);
      }
  }

  /* The value under the pointer, or the peak, above the plot. */
  {
    g_autofree char *text = NULL;
    g_autoptr (PangoLayout) layout = NULL;
    int lw, lh;
    double x;

    if (self->hover >= 0 && (guint) self->hover < self->samples->len)
      {
        text = describe_sample (&g_array_index (self->samples, HeraldHeatSample, self->hover));
        x = CLAMP (sample_x (self, self->hover, width), PAD_LEFT, width - PAD_RIGHT);
      }
    else
      {
        g_autofree char *peak = herald_heat_format (self->max_heat);

        /* Translators: the highest heat of a topic, on its chart */
        text = g_strdup_printf (_("Peak %s"), peak);
        x = PAD_LEFT;
      }

    layout = gtk_widget_create_pango_layout (widget, text);
    pango_layout_get_pixel_size (layout, &lw, &lh);
    if (self->hover >= 0)
      x = CLAMP (x - lw / 2.0, PAD_LEFT, width - PAD_RIGHT - lw);
    gtk_snapshot_save (snapshot);
    gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, (PAD_TOP - lh) / 2 - 2));
    gtk_snapshot_append_layout (snapshot, layout, &fg);
    gtk_snapshot_restore (snapshot);
  }
}

static void
set_hover (HeraldHeatChart *self,
           int              hover)
{
  if (self->hover == hover)
    return;

  self->hover = hover;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (HeraldHeatChart *self,
           double           x,
           double           y)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double best = G_MAXDOUBLE;
  int nearest = -1;

  for (guint i = 0; i < self->samples->len; i++)
    {
      double distance = fabs (sample_x (self, i, width) - x);

      if (distance < best)
        {
          best = distance;
          nearest = i;
        }
    }

  set_hover (self, nearest);
}

static void
leave_cb (HeraldHeatChart *self)
{
  set_hover (self, -1);
}

static void
herald_heat_chart_finalize (GObject *object)
{
  HeraldHeatChart *self = HERALD_HEAT_CHART (object);

  g_clear_pointer (&self->samples, g_array_unref);

  G_OBJECT_CLASS (herald_heat_chart_parent_class)->finalize (object);
}

static void
herald_heat_chart_class_init (HeraldHeatChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = herald_heat_chart_finalize;
  widget_class->snapshot = herald_heat_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "heat-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
style_changed_cb (HeraldHeatChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
herald_heat_chart_init (HeraldHeatChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->samples = g_array_new (FALSE, FALSE, sizeof (HeraldHeatSample));
  self->hover = -1;

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::accent-color-rgba",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Heat over time"), -1);
  update_description (self);
}

GtkWidget *
herald_heat_chart_new (void)
{
  return g_object_new (HERALD_TYPE_HEAT_CHART, NULL);
}

/**
 * herald_heat_chart_set_samples:
 * @self: a #HeraldHeatChart
 * @samples: (array length=n_samples): the samples, oldest first
 * @n_samples: how many
 *
 * Shows @samples.  Samples of a topic that fell off its list count as 0.
 */
void
herald_heat_chart_set_samples (HeraldHeatChart        *self,
                               const HeraldHeatSample *samples,
                               guint                   n_samples)
{
  g_return_if_fail (HERALD_IS_HEAT_CHART (self));

  g_array_set_size (self->samples, 0);
  self->max_heat = 0;
  for (guint i = 0; i < n_samples; i++)
    {
      HeraldHeatSample sample = samples[i];

      if (sample.rank == HERALD_HEAT_RANK_GONE)
        sample.heat = 0;
      g_array_append_val (self->samples, sample);
      self->max_heat = MAX (self->max_heat, sample.heat);
    }

  self->hover = -1;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
herald_heat_chart_get_n_samples (HeraldHeatChart *self)
{
  g_return_val_if_fail (HERALD_IS_HEAT_CHART (self), 0);

  return self->samples->len;
}

/**
 * herald_heat_chart_get_sample:
 * @self: a #HeraldHeatChart
 * @index: which, from 0 for the oldest
 *
 * Returns: (transfer none): the sample as the chart draws it (a topic
 *   off its list at 0)
 */
const HeraldHeatSample *
herald_heat_chart_get_sample (HeraldHeatChart *self,
                              guint            index)
{
  g_return_val_if_fail (HERALD_IS_HEAT_CHART (self), NULL);
  g_return_val_if_fail (index < self->samples->len, NULL);

  return &g_array_index (self->samples, HeraldHeatSample, index);
}

/**
 * herald_heat_chart_get_hover:
 * @self: a #HeraldHeatChart
 *
 * Returns: the sample under the pointer, or -1
 */
int
herald_heat_chart_get_hover (HeraldHeatChart *self)
{
  g_return_val_if_fail (HERALD_IS_HEAT_CHART (self), -1);

  return self->hover;
}
