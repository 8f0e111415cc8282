/* herald-post-chip.c — one post in a calendar view: colour bar and label
 *
 * A chip shows a post's account colour as a bar and a tint, its time, its
 * title and a glyph for its status.  Views keep chips in a pool and hand
 * them another post when the period changes, so setting a post only
 * touches what differs.  A compact chip is a dot in the account's colour,
 * for cells too narrow for text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-post-chip"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-post-chip.h"
#include "herald-post-status-names.h"

#define BAR_WIDTH   3
#define DOT_SIZE    8
/* What is left of a dimmed chip's colours: the same as of its text
 * (post-chip.other-month in style.css). */
#define DIMMED_ALPHA 0.55f

struct _HeraldPostChip
{
  GtkWidget   parent_instance;

  HeraldPost *post;
  gint64      post_updated_at;
  gboolean    overdue;
  char       *color;
  GdkRGBA     rgba;
  gboolean    compact;
  gboolean    dimmed;

  GtkWidget  *label;
  GtkWidget  *glyph;
};

G_DEFINE_FINAL_TYPE (HeraldPostChip, herald_post_chip, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_POST,
  PROP_COMPACT,
  PROP_DIMMED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_color (HeraldPostChip *self,
           const char     *color)
{
  if (self->color != NULL && g_strcmp0 (self->color, color) == 0)
    return;

  g_set_str (&self->color, color);
  if (color == NULL || !gdk_rgba_parse (&self->rgba, color))
    self->rgba = (GdkRGBA) { 0.6f, 0.6f, 0.6f, 1.0f };
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
herald_post_chip_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  HeraldPostChip *self = HERALD_POST_CHIP (widget);
  int label_min, label_nat, glyph_min, glyph_nat;

  if (self->compact)
    {
      *minimum = *natural = DOT_SIZE;
      return;
    }

  gtk_widget_measure (self->label, orientation, -1, &label_min, &label_nat, NULL, NULL);
  gtk_widget_measure (self->glyph, orientation, -1, &glyph_min, &glyph_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = BAR_WIDTH + label_min + glyph_min;
      *natural = BAR_WIDTH + label_nat + glyph_nat;
    }
  else
    {
      *minimum = MAX (label_min, glyph_min);
      *natural = MAX (label_nat, glyph_nat);
    }
}

static void
herald_post_chip_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  HeraldPostChip *self = HERALD_POST_CHIP (widget);
  int glyph_width;

  if (self->compact)
    return;

  gtk_widget_measure (self->glyph, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &glyph_width, NULL, NULL);
  glyph_width = MIN (glyph_width, MAX (0, width - BAR_WIDTH));

  gtk_widget_size_allocate (self->label,
                            &(GtkAllocation) { BAR_WIDTH, 0, MAX (0, width - BAR_WIDTH - glyph_width), height },
                            baseline);
  gtk_widget_size_allocate (self->glyph,
                            &(GtkAllocation) { width - glyph_width, 0, glyph_width, height },
                            baseline);
}

static void
herald_post_chip_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HeraldPostChip *self = HERALD_POST_CHIP (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  GskRoundedRect shape;
  GdkRGBA color = self->rgba;
  GdkRGBA tint = self->rgba;

  /* Dimmed in its colours, as the style dims its text: opacity over the
   * whole chip would draw it off screen first. */
  if (self->dimmed)
    color.alpha *= DIMMED_ALPHA;

  if (self->compact)
    {
      float size = MIN (MIN (width, height), DOT_SIZE);

      gsk_rounded_rect_init_from_rect (&shape,
                                       &GRAPHENE_RECT_INIT ((width - size) / 2, (height - size) / 2, size, size),
                                       size / 2);
      gtk_snapshot_push_rounded_clip (snapshot, &shape);
      gtk_snapshot_append_color (snapshot, &color, &shape.bounds);
      gtk_snapshot_pop (snapshot);
      return;
    }

  /* The tint is light enough to read text on it in light and dark alike. */
  tint.alpha = 0.16f * (self->dimmed ? DIMMED_ALPHA : 1.0f);
  gsk_rounded_rect_init_from_rect (&shape, &GRAPHENE_RECT_INIT (0, 0, width, height), 4);
  gtk_snapshot_push_rounded_clip (snapshot, &shape);
  gtk_snapshot_append_color (snapshot, &tint, &shape.bounds);
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, BAR_WIDTH, height));
  gtk_snapshot_pop (snapshot);

  gtk_widget_snapshot_child (widget, self->label, snapshot);
  gtk_widget_snapshot_child (widget, self->glyph, snapshot);
}

/* Asked for on hover only: setting a tooltip on every chip of a new month
 * would cost a trip to the display server each. */
static gboolean
herald_post_chip_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_tooltip,
                                GtkTooltip *tooltip)
{
  HeraldPostChip *self = HERALD_POST_CHIP (widget);
  g_autofree char *text = NULL;
  const char *glyph = NULL;
  const char *status;

  if (self->post == NULL)
    return FALSE;

  status = herald_post_describe_status (self->post, g_get_real_time () / G_USEC_PER_SEC, &glyph);
  text = g_strdup_printf ("%s\n%s %s", gtk_label_get_label (GTK_LABEL (self->label)), glyph, status);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
herald_post_chip_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HeraldPostChip *self = HERALD_POST_CHIP (object);

  switch (prop_id)
    {
    case PROP_POST:
      g_value_set_object (value, self->post);
      break;

    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    case PROP_DIMMED:
      g_value_set_boolean (value, self->dimmed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_post_chip_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HeraldPostChip *self = HERALD_POST_CHIP (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      herald_post_chip_set_compact (self, g_value_get_boolean (value));
      break;

    case PROP_DIMMED:
      herald_post_chip_set_dimmed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_post_chip_dispose (GObject *object)
{
  HeraldPostChip *self = HERALD_POST_CHIP (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->glyph, gtk_widget_unparent);
  g_clear_object (&self->post);

  G_OBJECT_CLASS (herald_post_chip_parent_class)->dispose (object);
}

static void
herald_post_chip_finalize (GObject *object)
{
  HeraldPostChip *self = HERALD_POST_CHIP (object);

  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (herald_post_chip_parent_class)->finalize (object);
}

static void
herald_post_chip_class_init (HeraldPostChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_post_chip_dispose;
  object_class->finalize = herald_post_chip_finalize;
  object_class->get_property = herald_post_chip_get_property;
  object_class->set_property = herald_post_chip_set_property;

  widget_class->measure = herald_post_chip_measure;
  widget_class->size_allocate = herald_post_chip_size_allocate;
  widget_class->snapshot = herald_post_chip_snapshot;
  widget_class->query_tooltip = herald_post_chip_query_tooltip;

  /**
   * HeraldPostChip:post:
   *
   * The post shown, or %NULL.
   */
  properties[PROP_POST] =
    g_param_spec_object ("post", NULL, NULL,
                         HERALD_TYPE_POST,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPostChip:compact:
   *
   * Whether the chip is only a dot in the account's colour.
   */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPostChip:dimmed:
   *
   * Whether the chip is quieter: its post is on a day of the month before
   * or after the one shown.
   */
  properties[PROP_DIMMED] =
    g_param_spec_boolean ("dimmed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "post-chip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
herald_post_chip_init (HeraldPostChip *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_add_css_class (self->label, "title");
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  self->glyph = gtk_label_new (NULL);
  gtk_label_set_single_line_mode (GTK_LABEL (self->glyph), TRUE);
  gtk_widget_add_css_class (self->glyph, "glyph");
  gtk_widget_set_parent (self->glyph, GTK_WIDGET (self));

  set_color (self, NULL);
}

GtkWidget *
herald_post_chip_new (void)
{
  return g_object_new (HERALD_TYPE_POST_CHIP, NULL);
}

/**
 * herald_post_chip_get_post:
 * @self: a #HeraldPostChip
 *
 * Returns: (transfer none) (nullable): the post shown
 */
HeraldPost *
herald_post_chip_get_post (HeraldPostChip *self)
{
  g_return_val_if_fail (HERALD_IS_POST_CHIP (self), NULL);

  return self->post;
}

/**
 * herald_post_chip_set_post:
 * @self: a #HeraldPostChip
 * @post: (nullable): the post to show
 * @account: (nullable): its account, for the colour and the name
 * @now: the current Unix time, for "overdue"
 *
 * Shows @post.  When the chip already shows this very version of @post,
 * only the colour and the overdue state are looked at again.
 */
void
herald_post_chip_set_post (HeraldPostChip *self,
                           HeraldPost     *post,
                           HeraldAccount  *account,
                           gint64          now)
{
  g_autoptr (GDateTime) time = NULL;
  g_autoptr (PangoAttrList) attrs = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  const char *status_label;
  const char *glyph = NULL;
  gboolean overdue;

  g_return_if_fail (HERALD_IS_POST_CHIP (self));
  g_return_if_fail (post == NULL || HERALD_IS_POST (post));

  set_color (self, account != NULL ? herald_account_get_color (account) : NULL);

  overdue = post != NULL && herald_post_is_overdue (post, now);
  if (post == self->post && overdue == self->overdue &&
      (post == NULL || herald_record_get_updated_at (HERALD_RECORD (post)) == self->post_updated_at))
    return;

  g_set_object (&self->post, post);
  self->overdue = overdue;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POST]);

  if (post == NULL)
    {
      gtk_label_set_label (GTK_LABEL (self->label), NULL);
      gtk_label_set_label (GTK_LABEL (self->glyph), NULL);
      return;
    }

  self->post_updated_at = herald_record_get_updated_at (HERALD_RECORD (post));

  time = g_date_time_new_from_unix_local (herald_post_get_scheduled_at (post));
  clock = g_date_time_format (time, "%H:%M");
  text = g_strconcat (clock, " ", herald_post_get_title (post), NULL);

  /* Times line up in a column of chips. */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  gtk_label_set_attributes (GTK_LABEL (self->label), attrs);
  gtk_label_set_label (GTK_LABEL (self->label), text);

  status_label = herald_post_describe_status (post, now, &glyph);
  gtk_label_set_label (GTK_LABEL (self->glyph), glyph);

  set_class (GTK_WIDGET (self), "overdue", overdue);
  set_class (GTK_WIDGET (self), "cancelled", herald_post_get_status (post) == HERALD_POST_STATUS_CANCELLED);
  set_class (GTK_WIDGET (self), "published", herald_post_get_status (post) == HERALD_POST_STATUS_PUBLISHED);

  /* Translators: a post in the calendar, read by screen readers:
   * time, title, account, status — "20:00, 双十一预热, 山茶生活, Scheduled" */
  description = g_strdup_printf (_("%s, %s, %s, %s"),
                                 clock, herald_post_get_title (post),
                                 account != NULL ? herald_account_get_name (account) : "",
                                 status_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

gboolean
herald_post_chip_get_compact (HeraldPostChip *self)
{
  g_return_val_if_fail (HERALD_IS_POST_CHIP (self), FALSE);

  return self->compact;
}

void
herald_post_chip_set_compact (HeraldPostChip *self,
                              gboolean        compact)
{
  g_return_if_fail (HERALD_IS_POST_CHIP (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  gtk_widget_set_child_visible (self->label, !compact);
  gtk_widget_set_child_visible (self->glyph, !compact);
  set_class (GTK_WIDGET (self), "compact", compact);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

gboolean
herald_post_chip_get_dimmed (HeraldPostChip *self)
{
  g_return_val_if_fail (HERALD_IS_POST_CHIP (self), FALSE);

  return self->dimmed;
}

void
herald_post_chip_set_dimmed (HeraldPostChip *self,
                             gboolean        dimmed)
{
  g_return_if_fail (HERALD_IS_POST_CHIP (self));

  dimmed = !!dimmed;
  if (self->dimmed == dimmed)
    return;

  self->dimmed = dimmed;
  /* Not libadwaita's .dimmed, which is opacity. */
  set_class (GTK_WIDGET (self), "other-month", dimmed);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIMMED]);
}
