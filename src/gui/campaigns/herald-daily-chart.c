/* herald-daily-chart.c — a line a series, one point a day
 *
 * The campaign overview's chart of what each account gained day by day.
 * Lines take the accounts' colours; the grid and labels take the style's
 * foreground, so the chart reads in light and dark alike.  Hovering a day
 * shows its numbers; the accessible description says what the chart
 * shows in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "herald-daily-chart.h"

#define PAD_LEFT 48.0
#define PAD_BOTTOM 22.0
#define PAD_TOP 8.0

struct _HeraldDailyChart
{
  GtkWidget  parent_instance;

  GPtrArray *all;      /* HeraldDailySeries, as given */
  GPtrArray *series;   /* the same, not owned */
  GDate      first;
  guint      n_days;
  double     most;
};

G_DEFINE_FINAL_TYPE (HeraldDailyChart, herald_daily_chart, GTK_TYPE_WIDGET)

static double
day_x (HeraldDailyChart *self,
       double            width,
       guint             day)
{
  double span = width - PAD_LEFT - 8;

  return PAD_LEFT + (self->n_days > 1 ? span * day / (self->n_days - 1) : span / 2);
}

static void
herald_daily_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  HeraldDailyChart *self = HERALD_DAILY_CHART (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double plot_height = height - PAD_TOP - PAD_BOTTOM;
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  GdkRGBA fg;
  cairo_t *cr;

  if (self->series == NULL || self->n_days == 0 || plot_height <= 0)
    return;

  gtk_widget_get_color (widget, &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The grid: four lines with their values. */
  for (int i = 0; i <= 4; i++)
    {
      double y = PAD_TOP + plot_height * (1 - i / 4.0);
      g_autofree char *label = g_strdup_printf ("%.0f", self->most * i / 4);
      int lw, lh;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.12);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, PAD_LEFT, y + 0.5);
      cairo_line_to (cr, width, y + 0.5);
      cairo_stroke (cr);

      pango_layout_set_text (layout, label, -1);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
      cairo_move_to (cr, PAD_LEFT - 6 - lw, y - lh / 2.0);
      pango_cairo_show_layout (cr, layout);
    }

  /* First and last day under the axis. */
  for (guint end = 0; end < 2; end++)
    {
      GDate day = self->first;
      char text[32];
      int lw, lh;

      g_date_add_days (&day, end == 0 ? 0 : self->n_days - 1);
      g_date_strftime (text, sizeof text, "%m-%d", &day);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
      cairo_move_to (cr, end == 0 ? PAD_LEFT : width - lw, height - lh);
      pango_cairo_show_layout (cr, layout);
    }

  for (guint s = 0; s < self->series->len; s++)
    {
      HeraldDailySeries *one = self->series->pdata[s];
      GdkRGBA color;

      if (!gdk_rgba_parse (&color, one->color))
        color = fg;
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_set_line_width (cr, 2);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      for (guint d = 0; d < self->n_days; d++)
        {
          double value = MAX (g_array_index (one->values, double, d), 0);
          double y = PAD_TOP + plot_height * (1 - (self->most > 0 ? value / self->most : 0));

          if (d == 0)
            cairo_move_to (cr, day_x (self, width, d), y);
          else
            cairo_line_to (cr, day_x (self, width, d), y);
        }
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  HeraldDailyChart *self = HERALD_DAILY_CHART (widget);
  double width = gtk_widget_get_width (widget);
  g_autoptr (GString) text = g_string_new (NULL);
  GDate day;
  char date_text[32];
  guint index;

  if (self->series == NULL || self->n_days == 0 || x < PAD_LEFT)
    return FALSE;

  index = self->n_days > 1 ? (guint) CLAMP ((x - PAD_LEFT) / (width - PAD_LEFT - 8) * (self->n_days - 1) + 0.5,
                                            0, self->n_days - 1) : 0;
  day = self->first;
  g_date_add_days (&day, index);
  g_date_strftime (date_text, sizeof date_text, "%Y-%m-%d", &day);
  g_string_append (text, date_text);
  for (guint s = 0; s < self->series->len; s++)
    {
      HeraldDailySeries *one = self->series->pdata[s];

      g_string_append_printf (text, "\n%s: %.0f", one->account_name, g_array_index (one->values, double, index));
    }
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static void
herald_daily_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 200;
}

static void
herald_daily_chart_finalize (GObject *object)
{
  HeraldDailyChart *self = HERALD_DAILY_CHART (object);

  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->all, g_ptr_array_unref);

  G_OBJECT_CLASS (herald_daily_chart_parent_class)->finalize (object);
}

static void
herald_daily_chart_class_init (HeraldDailyChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = herald_daily_chart_finalize;
  widget_class->snapshot = herald_daily_chart_snapshot;
  widget_class->measure = herald_daily_chart_measure;
  widget_class->query_tooltip = query_tooltip_cb;

  gtk_widget_class_set_css_name (widget_class, "daily-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
herald_daily_chart_init (HeraldDailyChart *self)
{
  g_date_clear (&self->first, 1);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
herald_daily_chart_new (void)
{
  return g_object_new (HERALD_TYPE_DAILY_CHART, NULL);
}

/**
 * herald_daily_chart_set_series:
 * @self: a #HeraldDailyChart
 * @series: (element-type HeraldDailySeries): the series, all as long
 * @first: the first day
 *
 * Shows every series given, those without numbers yet as a line at 0.
 */
void
herald_daily_chart_set_series (HeraldDailyChart *self,
                               GPtrArray        *series,
                               const GDate      *first)
{
  g_autoptr (GString) description = g_string_new (NULL);

  g_return_if_fail (HERALD_IS_DAILY_CHART (self));
  g_return_if_fail (series != NULL && first != NULL);

  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->all, g_ptr_array_unref);
  self->all = g_ptr_array_ref (series);
  self->series = g_ptr_array_new ();
  self->first = *first;
  self->n_days = 0;
  self->most = 0;

  for (guint s = 0; s < series->len; s++)
    {
      HeraldDailySeries *one = series->pdata[s];
      double total = 0;

      for (guint d = 0; d < one->values->len; d++)
        {
          double value = g_array_index (one->values, double, d);

          total += value;
          self->most = MAX (self->most, value);
        }
      self->n_days = MAX (self->n_days, one->values->len);
      g_ptr_array_add (self->series, one);
      if (total > 0)
        /* Translators: an account and what it gained over the chart's days */
        g_string_append_printf (description, _("%s: %.0f in all. "), one->account_name, total);
      else
        /* Translators: an account of the campaign with no numbers yet */
        g_string_append_printf (description, _("%s: no numbers yet. "), one->account_name);
    }
  if (self->most <= 0)
    self->most = 1;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description->str, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
herald_daily_chart_get_n_series (HeraldDailyChart *self)
{
  g_return_val_if_fail (HERALD_IS_DAILY_CHART (self), 0);

  return self->series != NULL ? self->series->len : 0;
}
