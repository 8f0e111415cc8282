/* herald-month-view-layout.c — where the month view puts its cells, chips
 * and "+N more" buttons
 *
 * Cells split the view evenly below a row of weekday names.  A cell holds
 * as many chips as its height allows; when the day has more posts, the
 * last place goes to "+N more".  Narrow cells show dots instead of chips.
 * Chips come from the pool in day order; the pool grows only when more
 * fit on screen than ever before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-month-view"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-month-cell.h"
#include "herald-month-view-private.h"
#include "herald-post-chip.h"

static void
set_more_label (GtkWidget *button,
                guint      n_more,
                gboolean   compact)
{
  g_autofree char *label = NULL;

  if (compact)
    label = g_strdup_printf ("+%u", n_more);
  else
    /* Translators: at the foot of a day in the month view, for the posts
     * that do not fit; it opens a list of all the day's posts */
    label = g_strdup_printf (ngettext ("+%u more", "+%u more", n_more), n_more);

  gtk_button_set_label (GTK_BUTTON (button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static GtkWidget *
ensure_more_button (HeraldMonthView *self,
                    int              index)
{
  GtkWidget *button = self->more_buttons[index];

  if (button != NULL)
    return button;

  button = gtk_button_new ();
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "more-button");
  gtk_widget_set_focus_on_click (button, FALSE);
  g_object_set_data (G_OBJECT (button), "herald-day", GINT_TO_POINTER (index));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (herald_month_view_more_clicked), self);
  gtk_widget_set_parent (button, GTK_WIDGET (self));
  self->more_buttons[index] = button;

  return button;
}

static HeraldPostChip *
ensure_chip (HeraldMonthView *self,
             guint            k)
{
  while (self->chips->len <= k)
    {
      GtkWidget *chip = herald_post_chip_new ();

      gtk_widget_set_child_visible (chip, FALSE);
      gtk_widget_insert_before (chip, GTK_WIDGET (self), self->more_buttons_anchor);
      g_ptr_array_add (self->chips, chip);
      g_array_set_size (self->chip_days, self->chips->len);
    }

  return g_ptr_array_index (self->chips, k);
}

/* Hands the pool's chips to the posts that fit, in day order, and shows
 * "+N more" where they do not all fit. */
void
herald_month_view_place_chips (HeraldMonthView *self)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint k = 0;

  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    {
      GPtrArray *posts = self->days[i];
      guint n = self->counts[i], placed;

      if (n <= self->capacity)
        placed = n;
      else if (self->compact)
        placed = self->capacity;
      else
        placed = self->capacity > 0 ? self->capacity - 1 : 0;
      placed = MIN (placed, posts->len);

      self->placed[i] = placed;
      self->more[i] = n - placed;

      for (guint j = 0; j < placed; j++, k++)
        {
          HeraldPostChip *chip = ensure_chip (self, k);
          HeraldPost *post = g_ptr_array_index (posts, j);

          herald_post_chip_set_compact (chip, self->compact);
          herald_post_chip_set_post (chip, post,
                                     herald_month_view_lookup_account (self, herald_post_get_account_id (post)),
                                     now);
          g_array_index (self->chip_days, int, k) = i;
          /* Posts of the months around are there, but quieter. */
          herald_post_chip_set_dimmed (chip, !herald_month_view_day_in_month (self, i));
          gtk_widget_set_child_visible (GTK_WIDGET (chip), TRUE);
        }

      if (self->more[i] > 0)
        {
          GtkWidget *button = ensure_more_button (self, i);

          set_more_label (button, self->more[i], self->compact);
          gtk_widget_set_child_visible (button, TRUE);
        }
      else if (self->more_buttons[i] != NULL)
        gtk_widget_set_child_visible (self->more_buttons[i], FALSE);

      herald_month_cell_set_n_posts (HERALD_MONTH_CELL (self->cells[i]), n);
    }

  self->n_chips_used = k;
  for (; k < self->chips->len; k++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, k);

      /* A hidden chip lets go of its post but stays in the pool. */
      if (gtk_widget_has_focus (chip))
        gtk_widget_grab_focus (GTK_WIDGET (self));
      gtk_widget_set_child_visible (chip, FALSE);
      herald_post_chip_set_post (HERALD_POST_CHIP (chip), NULL, NULL, now);
      g_array_index (self->chip_days, int, k) = -1;
    }

  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
herald_month_view_layout_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (widget);
  int header;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = HERALD_MONTH_VIEW_N_COLUMNS * HERALD_MONTH_VIEW_MIN_CELL_WIDTH;
      *natural = HERALD_MONTH_VIEW_N_COLUMNS * 140;
      return;
    }

  gtk_widget_measure (self->weekdays[0], GTK_ORIENTATION_VERTICAL, -1, NULL, &header, NULL, NULL);
  header += 2 * HERALD_MONTH_VIEW_PADDING;
  *minimum = header + HERALD_MONTH_VIEW_N_ROWS * HERALD_MONTH_VIEW_MIN_CELL_HEIGHT;
  *natural = header + HERALD_MONTH_VIEW_N_ROWS * 110;
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  /* GTK wants a child measured before it is allocated. */
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, MAX (width, 0), MAX (height, 0) }, -1);
}

void
herald_month_view_get_cell_rect (HeraldMonthView *self,
                                 int              index,
                                 GdkRectangle    *rect)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int row = index / HERALD_MONTH_VIEW_N_COLUMNS;
  int column = index % HERALD_MONTH_VIEW_N_COLUMNS;
  int x0, x1, y0, y1;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    column = HERALD_MONTH_VIEW_N_COLUMNS - 1 - column;

  x0 = column * width / HERALD_MONTH_VIEW_N_COLUMNS;
  x1 = (column + 1) * width / HERALD_MONTH_VIEW_N_COLUMNS;
  y0 = self->header_height + row * (height - self->header_height) / HERALD_MONTH_VIEW_N_ROWS;
  y1 = self->header_height + (row + 1) * (height - self->header_height) / HERALD_MONTH_VIEW_N_ROWS;

  *rect = (GdkRectangle) { x0, y0, x1 - x0, y1 - y0 };
}

int
herald_month_view_day_at (HeraldMonthView *self,
                          double           x,
                          double           y)
{
  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    {
      GdkRectangle rect;

      herald_month_view_get_cell_rect (self, i, &rect);
      if (x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height)
        return i;
    }

  return -1;
}

void
herald_month_view_layout_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int weekday_height, chip_height, header, available;
  guint capacity;
  gboolean compact;
  GdkRectangle rect;

  gtk_widget_measure (self->weekdays[0], GTK_ORIENTATION_VERTICAL, -1, NULL, &weekday_height, NULL, NULL);
  self->header_height = weekday_height + 2 * HERALD_MONTH_VIEW_PADDING;

  for (int c = 0; c < HERALD_MONTH_VIEW_N_COLUMNS; c++)
    {
      herald_month_view_get_cell_rect (self, c, &rect);
      allocate_child (self->weekdays[c],
                      rect.x + HERALD_MONTH_VIEW_PADDING, HERALD_MONTH_VIEW_PADDING,
                      rect.width - 2 * HERALD_MONTH_VIEW_PADDING, weekday_height);
    }

  herald_month_view_get_cell_rect (self, 0, &rect);
  compact = rect.width < HERALD_MONTH_VIEW_COMPACT_WIDTH;
  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    herald_month_cell_set_compact (HERALD_MONTH_CELL (self->cells[i]), compact);

  /* How many chips a cell holds, from a chip of the pool. */
  header = herald_month_cell_get_header_height (HERALD_MONTH_CELL (self->cells[0]));
  available = rect.height - header - HERALD_MONTH_VIEW_PADDING;
  if (compact)
    {
      chip_height = HERALD_MONTH_VIEW_DOT_STEP;
      capacity = MAX (1, (rect.width - 2 * HERALD_MONTH_VIEW_PADDING) / HERALD_MONTH_VIEW_DOT_STEP);
    }
  else
    {
      herald_post_chip_set_compact (ensure_chip (self, 0), FALSE);
      gtk_widget_measure (g_ptr_array_index (self->chips, 0), GTK_ORIENTATION_VERTICAL, -1,
                          NULL, &chip_height, NULL, NULL);
      capacity = available >= chip_height
                   ? (available + HERALD_MONTH_VIEW_CHIP_SPACING) / (chip_height + HERALD_MONTH_VIEW_CHIP_SPACING)
                   : 0;
    }
  self->chip_height = chip_height;

  if (capacity != self->capacity || compact != self->compact)
    {
      /* Only when the size changes: a new month reuses what fits. */
      self->capacity = capacity;
      self->compact = compact;
      if (self->summary != NULL)
        herald_month_summary_set_limit (self->summary, capacity);
      herald_month_view_place_chips (self);
    }

  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    {
      herald_month_view_get_cell_rect (self, i, &rect);
      allocate_child (self->cells[i], rect.x, rect.y, rect.width, rect.height);
    }

  for (guint k = 0, slot = 0; k < self->n_chips_used; k++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, k);
      int day = g_array_index (self->chip_days, int, k);
      int x, y;

      /* Its place among the day's chips: they come in day order. */
      slot = k > 0 && g_array_index (self->chip_days, int, k - 1) == day ? slot + 1 : 0;

      herald_month_view_get_cell_rect (self, day, &rect);
      header = herald_month_cell_get_header_height (HERALD_MONTH_CELL (self->cells[day]));

      if (self->compact)
        {
          x = rtl ? rect.x + rect.width - HERALD_MONTH_VIEW_PADDING - (slot + 1) * HERALD_MONTH_VIEW_DOT_STEP
                  : rect.x + HERALD_MONTH_VIEW_PADDING + slot * HERALD_MONTH_VIEW_DOT_STEP;
          allocate_child (chip, x, rect.y + header, HERALD_MONTH_VIEW_DOT_STEP, HERALD_MONTH_VIEW_DOT_STEP);
        }
      else
        {
          y = rect.y + header + slot * (chip_height + HERALD_MONTH_VIEW_CHIP_SPACING);
          allocate_child (chip, rect.x + HERALD_MONTH_VIEW_PADDING, y,
                          rect.width - 2 * HERALD_MONTH_VIEW_PADDING, chip_height);
        }
    }

  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    {
      GtkWidget *button = self->more_buttons[i];
      int button_width, button_height, y;

      if (button == NULL || self->more[i] == 0)
        continue;

      herald_month_view_get_cell_rect (self, i, &rect);
      header = herald_month_cell_get_header_height (HERALD_MONTH_CELL (self->cells[i]));
      gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_width, NULL, NULL);
      gtk_widget_measure (button, GTK_ORIENTATION_VERTICAL, -1, NULL, &button_height, NULL, NULL);
      button_width = MIN (button_width, rect.width - 2 * HERALD_MONTH_VIEW_PADDING);

      if (self->compact)
        {
          y = rect.y + header + (self->placed[i] > 0 ? HERALD_MONTH_VIEW_DOT_STEP : 0);
          button_height = MIN (button_height, rect.y + rect.height - y);
        }
      else
        {
          y = rect.y + header + self->placed[i] * (chip_height + HERALD_MONTH_VIEW_CHIP_SPACING);
          button_height = chip_height;
        }

      allocate_child (button,
                      rtl ? rect.x + rect.width - HERALD_MONTH_VIEW_PADDING - button_width
                          : rect.x + HERALD_MONTH_VIEW_PADDING,
                      y, button_width, button_height);
    }

  if (self->popover != NULL)
    gtk_popover_present (self->popover);
}
