/* herald-month-cell.c — one day of the month view: its number and label
 *
 * The cell draws the day's background and header: the day number (in an
 * accent pill on today) and the marketing day, if any.  The month view
 * lays the day's chips over it, so a cell never changes size with its
 * posts.  Cells are made once and given another day when the month
 * changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-month-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-month-cell.h"

#define PADDING 4

struct _HeraldMonthCell
{
  GtkWidget             parent_instance;

  GDate                 date;
  HeraldMonthCellFlags  flags;
  char                 *marketing_day;
  guint                 n_posts;
  gboolean              compact;

  GtkWidget            *number;
  GtkWidget            *marketing;
};

G_DEFINE_FINAL_TYPE (HeraldMonthCell, herald_month_cell, GTK_TYPE_WIDGET)

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
update_accessible_label (HeraldMonthCell *self)
{
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *day = NULL;
  g_autofree char *posts = NULL;
  g_autofree char *label = NULL;

  if (!g_date_valid (&self->date))
    return;

  time = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                g_date_get_day (&self->date), 0, 0, 0);
  /* Translators: a day in the month view, read by screen readers; see
   * the strftime manual for the codes */
  day = g_date_time_format (time, C_("accessible day", "%A, %B %-d, %Y"));
  posts = g_strdup_printf (ngettext ("%u post", "%u posts", self->n_posts), self->n_posts);

  if (self->marketing_day != NULL)
    /* Translators: day, marketing day, number of posts: "Wednesday, November 11, 2026, Singles’ Day, 3 posts" */
    label = g_strdup_printf (C_("accessible day", "%s, %s, %s"), day, self->marketing_day, posts);
  else
    /* Translators: day and number of posts: "Thursday, November 12, 2026, 2 posts" */
    label = g_strdup_printf (C_("accessible day", "%s, %s"), day, posts);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
herald_month_cell_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  HeraldMonthCell *self = HERALD_MONTH_CELL (widget);
  int number_min, number_nat;

  gtk_widget_measure (self->number, orientation, -1, &number_min, &number_nat, NULL, NULL);
  *minimum = number_min + 2 * PADDING;
  *natural = number_nat + 2 * PADDING;
}

static void
herald_month_cell_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  HeraldMonthCell *self = HERALD_MONTH_CELL (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int number_width, number_height, marketing_width = 0, marketing_height;
  int x;

  gtk_widget_measure (self->number, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &number_width, NULL, NULL);
  gtk_widget_measure (self->number, GTK_ORIENTATION_VERTICAL, -1, NULL, &number_height, NULL, NULL);
  number_width = MIN (number_width, MAX (0, width - 2 * PADDING));
  x = rtl ? width - PADDING - number_width : PADDING;
  gtk_widget_size_allocate (self->number,
                            &(GtkAllocation) { x, PADDING, number_width, number_height },
                            -1);

  if (!gtk_widget_get_visible (self->marketing))
    return;

  gtk_widget_measure (self->marketing, GTK_ORIENTATION_VERTICAL, -1, NULL, &marketing_height, NULL, NULL);

  if (self->compact)
    {
      /* Under the number: a narrow cell has no room beside it. */
      gtk_widget_size_allocate (self->marketing,
                                &(GtkAllocation) { PADDING, PADDING + number_height,
                                                   MAX (0, width - 2 * PADDING), marketing_height },
                                -1);
      return;
    }

  gtk_widget_measure (self->marketing, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &marketing_width, NULL, NULL);
  marketing_width = MIN (marketing_width, MAX (0, width - 3 * PADDING - number_width));
  x = rtl ? PADDING : width - PADDING - marketing_width;
  gtk_widget_size_allocate (self->marketing,
                            &(GtkAllocation) { x, PADDING + (number_height - marketing_height) / 2,
                                               marketing_width, marketing_height },
                            -1);
}

/* The marketing day in full, where the cell cuts it short. */
static gboolean
herald_month_cell_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_tooltip,
                                 GtkTooltip *tooltip)
{
  HeraldMonthCell *self = HERALD_MONTH_CELL (widget);
  graphene_point_t point;

  if (self->marketing_day == NULL ||
      !gtk_widget_compute_point (widget, self->marketing, &GRAPHENE_POINT_INIT (x, y), &point) ||
      !gtk_widget_contains (self->marketing, point.x, point.y))
    return FALSE;

  gtk_tooltip_set_text (tooltip, self->marketing_day);
  return TRUE;
}

static void
herald_month_cell_dispose (GObject *object)
{
  HeraldMonthCell *self = HERALD_MONTH_CELL (object);

  g_clear_pointer (&self->number, gtk_widget_unparent);
  g_clear_pointer (&self->marketing, gtk_widget_unparent);

  G_OBJECT_CLASS (herald_month_cell_parent_class)->dispose (object);
}

static void
herald_month_cell_finalize (GObject *object)
{
  HeraldMonthCell *self = HERALD_MONTH_CELL (object);

  g_clear_pointer (&self->marketing_day, g_free);

  G_OBJECT_CLASS (herald_month_cell_parent_class)->finalize (object);
}

static void
herald_month_cell_class_init (HeraldMonthCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_month_cell_dispose;
  object_class->finalize = herald_month_cell_finalize;

  widget_class->measure = herald_month_cell_measure;
  widget_class->size_allocate = herald_month_cell_size_allocate;
  widget_class->query_tooltip = herald_month_cell_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "month-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
herald_month_cell_init (HeraldMonthCell *self)
{
  g_date_clear (&self->date, 1);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  self->number = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->number, "day-number");
  gtk_widget_add_css_class (self->number, "numeric");
  gtk_widget_set_parent (self->number, GTK_WIDGET (self));

  self->marketing = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->marketing), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (self->marketing), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->marketing), 1);
  gtk_widget_add_css_class (self->marketing, "marketing-day");
  gtk_widget_set_visible (self->marketing, FALSE);
  gtk_widget_set_parent (self->marketing, GTK_WIDGET (self));
}

GtkWidget *
herald_month_cell_new (void)
{
  return g_object_new (HERALD_TYPE_MONTH_CELL, NULL);
}

void
herald_month_cell_set_day (HeraldMonthCell      *self,
                           const GDate          *date,
                           HeraldMonthCellFlags  flags,
                           const char           *marketing_day)
{
  char number[4];

  g_return_if_fail (HERALD_IS_MONTH_CELL (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (g_date_valid (&self->date) && g_date_compare (&self->date, date) == 0 &&
      self->flags == flags && g_strcmp0 (self->marketing_day, marketing_day) == 0)
    return;

  self->date = *date;
  self->flags = flags;
  g_set_str (&self->marketing_day, marketing_day);

  g_snprintf (number, sizeof number, "%u", g_date_get_day (date));
  gtk_label_set_label (GTK_LABEL (self->number), number);
  gtk_label_set_label (GTK_LABEL (self->marketing), marketing_day);
  gtk_widget_set_visible (self->marketing, marketing_day != NULL);

  set_class (GTK_WIDGET (self), "other-month", (flags & HERALD_MONTH_CELL_OTHER_MONTH) != 0);
  set_class (GTK_WIDGET (self), "weekend", (flags & HERALD_MONTH_CELL_WEEKEND) != 0);
  set_class (GTK_WIDGET (self), "today", (flags & HERALD_MONTH_CELL_TODAY) != 0);
  set_class (self->number, "today", (flags & HERALD_MONTH_CELL_TODAY) != 0);

  update_accessible_label (self);
}

const char *
herald_month_cell_get_marketing_day (HeraldMonthCell *self)
{
  g_return_val_if_fail (HERALD_IS_MONTH_CELL (self), NULL);

  return self->marketing_day;
}

void
herald_month_cell_set_n_posts (HeraldMonthCell *self,
                               guint            n_posts)
{
  g_return_if_fail (HERALD_IS_MONTH_CELL (self));

  if (self->n_posts == n_posts)
    return;

  self->n_posts = n_posts;
  update_accessible_label (self);
}

void
herald_month_cell_set_selected (HeraldMonthCell *self,
                                gboolean         selected)
{
  g_return_if_fail (HERALD_IS_MONTH_CELL (self));

  set_class (GTK_WIDGET (self), "selected", selected);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, selected,
                               -1);
}

void
herald_month_cell_set_drop_target (HeraldMonthCell *self,
                                   gboolean         drop_target)
{
  g_return_if_fail (HERALD_IS_MONTH_CELL (self));

  set_class (GTK_WIDGET (self), "drop-target", drop_target);
}

void
herald_month_cell_set_compact (HeraldMonthCell *self,
                               gboolean         compact)
{
  g_return_if_fail (HERALD_IS_MONTH_CELL (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  gtk_label_set_xalign (GTK_LABEL (self->marketing), compact ? 0.5 : 1);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Where the month view may start laying chips. */
int
herald_month_cell_get_header_height (HeraldMonthCell *self)
{
  int number_height, marketing_height = 0;

  g_return_val_if_fail (HERALD_IS_MONTH_CELL (self), 0);

  gtk_widget_measure (self->number, GTK_ORIENTATION_VERTICAL, -1, NULL, &number_height, NULL, NULL);
  if (self->compact)
    gtk_widget_measure (self->marketing, GTK_ORIENTATION_VERTICAL, -1, NULL, &marketing_height, NULL, NULL);

  return PADDING + number_height + marketing_height + 2;
}
