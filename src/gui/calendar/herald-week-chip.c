/* herald-week-chip.c — one post in the week grid
 *
 * A small block tinted in its account's colour, with the account's colour
 * bar on the left, the title and the status glyph, as the month's chips
 * show a post.  The time is where the chip stands, and in its tooltip.
 *
 * Unlike the month's chips, a week chip takes whatever width the grid
 * gives it: the columns of a busy half hour on a phone are narrow.  What
 * does not fit is clipped, and when not even two characters of the title
 * fit beside the glyph, the glyph moves in front and the title shows what
 * it can.  It is a button
 * for assistive technologies and for the keyboard: activating it opens
 * the post.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-week-chip"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "herald-post-status-names.h"
#include "herald-week-chip.h"

#define BAR_WIDTH 3
#define RADIUS    4

struct _HeraldWeekChip
{
  GtkWidget      parent_instance;

  HeraldPost    *post;
  char          *description;   /* its tooltip */
  GdkRGBA        color;
  gboolean       cancelled;
  gboolean       dragged;

  GtkWidget     *glyph_label;
  GtkWidget     *title_label;
};

G_DEFINE_FINAL_TYPE (HeraldWeekChip, herald_week_chip, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Asked for on hover only: setting a tooltip asks the whole window again
 * which tooltip to show, too much for a week of chips. */
static gboolean
chip_query_tooltip_cb (HeraldWeekChip *self,
                       int             x,
                       int             y,
                       gboolean        keyboard,
                       GtkTooltip     *tooltip)
{
  if (self->description == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, self->description);
  return TRUE;
}

static void
chip_pressed_cb (HeraldWeekChip *self)
{
  /* A click selects the post, as Tab does. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
chip_released_cb (HeraldWeekChip *self,
                  int             n_press,
                  double          x,
                  double          y,
                  GtkGesture     *gesture)
{
  if (n_press != 1)
    return;

  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
herald_week_chip_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  HeraldWeekChip *self = HERALD_WEEK_CHIP (widget);
  int glyph_min, glyph_nat, title_min, title_nat;

  gtk_widget_measure (self->glyph_label, orientation, -1, &glyph_min, &glyph_nat, NULL, NULL);
  gtk_widget_measure (self->title_label, orientation, -1, &title_min, &title_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The grid gives a chip the width of its column share, however
       * narrow; what does not fit is clipped. */
      *minimum = 0;
      *natural = BAR_WIDTH + 4 + title_nat + 3 + glyph_nat + 3;
    }
  else
    {
      *minimum = MAX (glyph_min, title_min) + 4;
      *natural = MAX (glyph_nat, title_nat) + 4;
    }
}

static void
herald_week_chip_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  HeraldWeekChip *self = HERALD_WEEK_CHIP (widget);
  int glyph_width, glyph_height, title_natural, title_height, title_x, title_width, glyph_x;

  gtk_widget_measure (self->glyph_label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &glyph_width, NULL, NULL);
  gtk_widget_measure (self->glyph_label, GTK_ORIENTATION_VERTICAL, glyph_width, NULL, &glyph_height, NULL, NULL);
  gtk_widget_measure (self->title_label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &title_natural, NULL, NULL);

  title_x = BAR_WIDTH + 4;
  glyph_x = width - 3 - glyph_width;
  if (glyph_x - 3 - title_x < 2 * glyph_height)
    {
      /* Too narrow for two characters of the title and the glyph: the
       * glyph first, then as much of the title as shows. */
      glyph_x = BAR_WIDTH + 2;
      title_x = glyph_x + glyph_width + 2;
      title_width = MAX (title_natural, width - title_x);
    }
  else
    title_width = glyph_x - 3 - title_x;

  gtk_widget_measure (self->title_label, GTK_ORIENTATION_VERTICAL, title_width, NULL, &title_height, NULL, NULL);

  /* One line, centred: every chip is as tall as half an hour. */
  gtk_widget_size_allocate (self->title_label,
                            &(GtkAllocation) { title_x, MAX (0, (height - title_height) / 2), title_width, title_height },
                            -1);
  gtk_widget_size_allocate (self->glyph_label,
                            &(GtkAllocation) { glyph_x, MAX (0, (height - glyph_height) / 2), glyph_width, glyph_height },
                            -1);
}

static void
herald_week_chip_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HeraldWeekChip *self = HERALD_WEEK_CHIP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRoundedRect outline;
  GdkRGBA tint = self->color;

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), RADIUS);

  if (self->dragged)
    gtk_snapshot_push_opacity (snapshot, 0.4);

  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  /* Light enough to read text on, in light and dark alike. */
  tint.alpha = self->cancelled ? 0.08f : 0.18f;
  gtk_snapshot_append_color (snapshot, &tint, &outline.bounds);
  gtk_snapshot_append_color (snapshot, &self->color, &GRAPHENE_RECT_INIT (0, 0, BAR_WIDTH, height));
  gtk_snapshot_pop (snapshot);

  gtk_widget_snapshot_child (widget, self->title_label, snapshot);
  gtk_widget_snapshot_child (widget, self->glyph_label, snapshot);

  if (gtk_widget_has_visible_focus (widget))
    {
      AdwStyleManager *manager = adw_style_manager_get_default ();
      GdkRGBA accent;
      const float border[4] = { 2, 2, 2, 2 };

      adw_accent_color_to_standalone_rgba (adw_style_manager_get_accent_color (manager),
                                           adw_style_manager_get_dark (manager), &accent);
      gtk_snapshot_append_border (snapshot, &outline, border,
                                  (GdkRGBA[4]) { accent, accent, accent, accent });
    }

  if (self->dragged)
    gtk_snapshot_pop (snapshot);
}

static void
herald_week_chip_dispose (GObject *object)
{
  HeraldWeekChip *self = HERALD_WEEK_CHIP (object);

  g_clear_pointer (&self->glyph_label, gtk_widget_unparent);
  g_clear_pointer (&self->title_label, gtk_widget_unparent);
  g_clear_object (&self->post);

  G_OBJECT_CLASS (herald_week_chip_parent_class)->dispose (object);
}

static void
herald_week_chip_finalize (GObject *object)
{
  HeraldWeekChip *self = HERALD_WEEK_CHIP (object);

  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (herald_week_chip_parent_class)->finalize (object);
}

static void
herald_week_chip_class_init (HeraldWeekChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_week_chip_dispose;
  object_class->finalize = herald_week_chip_finalize;

  widget_class->measure = herald_week_chip_measure;
  widget_class->size_allocate = herald_week_chip_size_allocate;
  widget_class->snapshot = herald_week_chip_snapshot;

  /**
   * HeraldWeekChip::activate:
   *
   * The chip was clicked or activated from the keyboard: open its post.
   */
  signals[ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);

  gtk_widget_class_set_css_name (widget_class, "week-chip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
herald_week_chip_init (HeraldWeekChip *self)
{
  GtkGesture *click;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (chip_query_tooltip_cb), NULL);

  self->glyph_label = gtk_label_new (NULL);
  gtk_widget_set_parent (self->glyph_label, GTK_WIDGET (self));

  self->title_label = g_object_new (GTK_TYPE_LABEL,
                                    "xalign", 0.0f,
                                    "ellipsize", PANGO_ELLIPSIZE_END,
                                    "single-line-mode", TRUE,
                                    NULL);
  gtk_widget_add_css_class (self->title_label, "caption");
  gtk_widget_add_css_class (self->title_label, "title");
  gtk_widget_set_parent (self->title_label, GTK_WIDGET (self));

  gtk_widget_add_css_class (self->glyph_label, "caption");
  gtk_widget_add_css_class (self->glyph_label, "glyph");

  self->color = (GdkRGBA) { 0.6f, 0.6f, 0.6f, 1.0f };

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (chip_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (chip_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
herald_week_chip_new (void)
{
  return g_object_new (HERALD_TYPE_WEEK_CHIP, NULL);
}

/**
 * herald_week_chip_get_post:
 * @self: a #HeraldWeekChip
 *
 * Returns: (transfer none) (nullable): the post shown
 */
HeraldPost *
herald_week_chip_get_post (HeraldWeekChip *self)
{
  g_return_val_if_fail (HERALD_IS_WEEK_CHIP (self), NULL);

  return self->post;
}

/**
 * herald_week_chip_set_post:
 * @self: a #HeraldWeekChip
 * @post: the post to show
 * @account: (nullable): its account, for the colour and the name
 * @now: the current Unix time, to tell an overdue post
 */
void
herald_week_chip_set_post (HeraldWeekChip *self,
                           HeraldPost     *post,
                           HeraldAccount  *account,
                           gint64          now)
{
  const char *glyph = NULL;
  gboolean overdue;
  g_autofree char *description = NULL;
  g_autoptr (PangoAttrList) attrs = NULL;

  g_return_if_fail (HERALD_IS_WEEK_CHIP (self));
  g_return_if_fail (HERALD_IS_POST (post));
  g_return_if_fail (account == NULL || HERALD_IS_ACCOUNT (account));

  g_set_object (&self->post, post);

  overdue = herald_post_is_overdue (post, now);
  self->cancelled = herald_post_get_status (post) == HERALD_POST_STATUS_CANCELLED;
  herald_week_chip_parse_color (account, &self->color);

  herald_post_describe_status (post, now, &glyph);
  gtk_label_set_label (GTK_LABEL (self->glyph_label), glyph);
  if (overdue)
    gtk_widget_add_css_class (self->glyph_label, "error");
  else
    gtk_widget_remove_css_class (self->glyph_label, "error");

  gtk_label_set_label (GTK_LABEL (self->title_label), herald_post_get_title (post));
  if (self->cancelled)
    {
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
    }
  gtk_label_set_attributes (GTK_LABEL (self->title_label), attrs);
  if (self->cancelled)
    gtk_widget_add_css_class (GTK_WIDGET (self), "cancelled");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "cancelled");

  description = herald_week_chip_describe (post, account, now);
  g_set_str (&self->description, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * herald_week_chip_set_dragged:
 * @self: a #HeraldWeekChip
 * @dragged: whether the chip is being dragged away
 *
 * A dragged chip stays in place, faded, until the drop moves its post.
 */
void
herald_week_chip_set_dragged (HeraldWeekChip *self,
                              gboolean        dragged)
{
  g_return_if_fail (HERALD_IS_WEEK_CHIP (self));

  if (self->dragged == !!dragged)
    return;

  self->dragged = !!dragged;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * herald_week_chip_describe:
 * @post: a post
 * @account: (nullable): its account
 * @now: the current Unix time
 *
 * Returns: (transfer full): the post in one sentence, for tooltips and
 *   assistive technologies
 */
char *
herald_week_chip_describe (HeraldPost    *post,
                           HeraldAccount *account,
                           gint64         now)
{
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *clock = NULL;

  g_return_val_if_fail (HERALD_IS_POST (post), NULL);

  time = g_date_time_new_from_unix_local (herald_post_get_scheduled_at (post));
  clock = time != NULL ? g_date_time_format (time, "%H:%M") : g_strdup ("");

  /* Translators: a post in the calendar, read by screen readers:
   * time, title, account, status — "20:00, 双十一预热, 山茶生活, Scheduled" */
  return g_strdup_printf (_("%s, %s, %s, %s"),
                          clock, herald_post_get_title (post),
                          account != NULL ? herald_account_get_name (account) : "",
                          herald_post_describe_status (post, now, NULL));
}

/**
 * herald_week_chip_parse_color:
 * @account: (nullable): an account
 * @rgba: (out): its colour, grey when it has none
 *
 * Returns: %TRUE if the account has a colour
 */
gboolean
herald_week_chip_parse_color (HeraldAccount *account,
                              GdkRGBA       *rgba)
{
  g_return_val_if_fail (rgba != NULL, FALSE);

  if (account != NULL && herald_account_get_color (account) != NULL &&
      gdk_rgba_parse (rgba, herald_account_get_color (account)))
    return TRUE;

  *rgba = (GdkRGBA) { 0.6f, 0.6f, 0.6f, 1.0f };
  return FALSE;
}
