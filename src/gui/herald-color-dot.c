/* herald-color-dot.c — a small filled circle in an account's colour
 *
 * The colour is a CSS colour string, as accounts keep it, so that it can
 * be bound straight to HeraldAccount:color.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-color-dot"

#include "config.h"

#include "herald-color-dot.h"

#define DOT_SIZE 10

struct _HeraldColorDot
{
  GtkWidget  parent_instance;

  char      *color;
  GdkRGBA    rgba;
};

G_DEFINE_FINAL_TYPE (HeraldColorDot, herald_color_dot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
herald_color_dot_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = *natural = DOT_SIZE;
}

static void
herald_color_dot_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HeraldColorDot *self = HERALD_COLOR_DOT (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float size = MIN (MIN (width, height), DOT_SIZE);
  GskRoundedRect circle;

  gsk_rounded_rect_init_from_rect (&circle,
                                   &GRAPHENE_RECT_INIT ((width - size) / 2, (height - size) / 2, size, size),
                                   size / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, &self->rgba, &circle.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
herald_color_dot_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HeraldColorDot *self = HERALD_COLOR_DOT (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_color_dot_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HeraldColorDot *self = HERALD_COLOR_DOT (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      herald_color_dot_set_color (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_color_dot_finalize (GObject *object)
{
  HeraldColorDot *self = HERALD_COLOR_DOT (object);

  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (herald_color_dot_parent_class)->finalize (object);
}

static void
herald_color_dot_class_init (HeraldColorDotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = herald_color_dot_finalize;
  object_class->get_property = herald_color_dot_get_property;
  object_class->set_property = herald_color_dot_set_property;

  widget_class->measure = herald_color_dot_measure;
  widget_class->snapshot = herald_color_dot_snapshot;

  /**
   * HeraldColorDot:color:
   *
   * A CSS colour such as `#07c160`; one that does not parse draws grey.
   */
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "color-dot");
  /* The colour repeats what the text next to it says. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
herald_color_dot_init (HeraldColorDot *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  herald_color_dot_set_color (self, NULL);
}

GtkWidget *
herald_color_dot_new (void)
{
  return g_object_new (HERALD_TYPE_COLOR_DOT, NULL);
}

const char *
herald_color_dot_get_color (HeraldColorDot *self)
{
  g_return_val_if_fail (HERALD_IS_COLOR_DOT (self), NULL);

  return self->color;
}

void
herald_color_dot_set_color (HeraldColorDot *self,
                            const char     *color)
{
  g_return_if_fail (HERALD_IS_COLOR_DOT (self));

  if (self->color != NULL && g_strcmp0 (self->color, color) == 0)
    return;

  g_set_str (&self->color, color);
  if (color == NULL || !gdk_rgba_parse (&self->rgba, color))
    self->rgba = (GdkRGBA) { 0.6f, 0.6f, 0.6f, 1.0f };

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}
