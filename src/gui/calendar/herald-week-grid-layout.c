/* herald-week-grid-layout.c — where the week grid puts its days, hours
 * and chips
 *
 * Seven equal day columns right of the hour gutter, an hour every
 * HERALD_WEEK_GRID_HOUR_HEIGHT pixels.  Each run of overlapping posts is
 * split into as few columns as hold it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-week-grid"

#include "config.h"

#include <math.h>

#include "herald-week-grid-private.h"

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const Place *pa = a, *pb = b;

  if (pa->day != pb->day)
    return pa->day - pb->day;
  if (pa->minutes != pb->minutes)
    return pa->minutes - pb->minutes;
  return pa->index < pb->index ? -1 : pa->index > pb->index;
}

/* Splits each cluster of overlapping chips into as few columns as hold
 * it: a chip takes the first column free at its time. */
static void
arrange_columns (GArray *places)
{
  g_autoptr (GArray) column_ends = g_array_new (FALSE, TRUE, sizeof (int));
  guint start = 0;

  while (start < places->len)
    {
      const Place *first = &g_array_index (places, Place, start);
      int cluster_end = first->minutes + SLOT;
      guint end;

      g_array_set_size (column_ends, 0);
      for (end = start; end < places->len; end++)
        {
          Place *place = &g_array_index (places, Place, end);
          guint column;

          if (place->day != first->day || place->minutes >= cluster_end)
            break;

          for (column = 0; column < column_ends->len; column++)
            if (g_array_index (column_ends, int, column) <= place->minutes)
              break;
          if (column == column_ends->len)
            g_array_set_size (column_ends, column + 1);

          g_array_index (column_ends, int, column) = place->minutes + SLOT;
          place->column = column;
          cluster_end = MAX (cluster_end, place->minutes + SLOT);
        }

      for (guint i = start; i < end; i++)
        g_array_index (places, Place, i).n_columns = column_ends->len;

      start = end;
    }
}

/* Sorts @places by day and time and splits their clusters into columns. */
void
herald_week_grid_arrange_places (GArray *places)
{
  g_array_sort (places, compare_places);
  arrange_columns (places);
}

const Place *
herald_week_grid_find_place (HeraldWeekGrid *self,
                             const char     *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->places->len; i++)
    {
      const Place *place = &g_array_index (self->places, Place, i);

      if (g_strcmp0 (herald_week_grid_post_id (place->post), id) == 0)
        return place;
    }

  return NULL;
}

void
herald_week_grid_get_place_bounds (HeraldWeekGrid  *self,
                                   const Place     *place,
                                   graphene_rect_t *bounds)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int left = herald_week_grid_get_column_x (width, self->gutter, place->day) + 1;
  int right = herald_week_grid_get_column_x (width, self->gutter, place->day + 1) - 2;
  double share = (double) (right - left) / place->n_columns;
  double height = SLOT * HOUR / 60.0 - 1;
  double y = place->minutes * HOUR / 60.0;

  /* A post late in the evening stays inside the day. */
  y = MIN (y, DAY_HEIGHT - height - 1);

  graphene_rect_init (bounds,
                      floor (left + place->column * share),
                      y,
                      MAX (1, floor (share) - 1),
                      height);
}

int
herald_week_grid_day_at (HeraldWeekGrid *self,
                         double          x)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  for (int day = 0; day < 6; day++)
    if (x < herald_week_grid_get_column_x (width, self->gutter, day + 1))
      return day;

  return 6;
}

/**
 * herald_week_grid_get_chip_allocation:
 * @self: a #HeraldWeekGrid
 * @post_id: a post id
 * @bounds: (out): where its chip is, in the grid's coordinates
 *
 * Returns: %TRUE if the post has a chip
 */
gboolean
herald_week_grid_get_chip_allocation (HeraldWeekGrid  *self,
                                      const char      *id,
                                      graphene_rect_t *bounds)
{
  GtkWidget *chip;

  g_return_val_if_fail (HERALD_IS_WEEK_GRID (self), FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  chip = g_hash_table_lookup (self->chips, id);
  if (chip == NULL)
    return FALSE;

  return gtk_widget_compute_bounds (chip, GTK_WIDGET (self), bounds);
}

/**
 * herald_week_grid_get_gutter_width:
 * @widget: the grid or its header
 *
 * Returns: the width of the hour labels' column, in @widget's font
 */
int
herald_week_grid_get_gutter_width (GtkWidget *widget)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, "00:00");
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attrs, pango_attr_scale_new (HERALD_VIEW_CAPTION_SCALE));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return width + 12;
}

/* The left edge of @day's column; @day 7 is the right edge of Sunday. */
int
herald_week_grid_get_column_x (int width,
                               int gutter,
                               int day)
{
  return gutter + (int) floor ((double) MAX (0, width - gutter) * day / 7);
}
