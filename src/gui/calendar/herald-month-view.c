/* herald-month-view.c — the calendar's month: six weeks of days and posts
 *
 * A custom widget rather than a grid of widgets: it lays out 42 day cells
 * and, over them, as many post chips as fit each cell, with "+N more" for
 * the rest.  Chips come from a pool and are handed other posts when the
 * month or the posts change, so the number of chip widgets is bounded by
 * what fits on screen, whatever the month holds.  The posts come from the
 * HeraldPostQuery the calendar page keeps on this view's range; the view
 * only sorts them into days.
 *
 * Nothing here changes a post.  Clicks, double-clicks, drags and keys ask
 * the page through the HeraldView signals (open-post, new-post, move-post,
 * delete-post), so that every way of doing a thing takes the same path.
 * Layout lives in herald-month-view-layout.c, input handling in
 * herald-month-view-input.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-month-view"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-marketing-days.h"
#include "herald-month-cell.h"
#include "herald-month-view-private.h"
#include "herald-post-chip.h"
#include "herald-view.h"

static void view_iface_init (HeraldViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HeraldMonthView, herald_month_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (HERALD_TYPE_VIEW, view_iface_init))

enum {
  PROP_0,
  PROP_QUERY,
  PROP_ACCOUNTS,
  PROP_SELECTED_DAY,
  N_PROPS
};

/* The first day of the week: Monday, as in China. */
#define WEEK_START G_DATE_MONDAY

static void
get_grid_start (const GDate *date,
                GDate       *first)
{
  g_date_clear (first, 1);
  g_date_set_dmy (first, 1, g_date_get_month (date), g_date_get_year (date));
  g_date_subtract_days (first, (g_date_get_weekday (first) - WEEK_START + 7) % 7);
}

static gint64
local_midnight (const GDate *date)
{
  g_autoptr (GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                      g_date_get_day (date), 0, 0, 0);

  return g_date_time_to_unix (time);
}

HeraldAccount *
herald_month_view_lookup_account (HeraldMonthView *self,
                                  const char      *account_id)
{
  if (self->accounts_by_id == NULL || account_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->accounts_by_id, account_id);
}

int
herald_month_view_day_index (HeraldMonthView *self,
                             const GDate     *day)
{
  int index;

  if (day == NULL || !g_date_valid (day) || !g_date_valid (&self->first_day))
    return -1;

  index = g_date_days_between (&self->first_day, day);
  return index >= 0 && index < HERALD_MONTH_VIEW_N_DAYS ? index : -1;
}

void
herald_month_view_day_date (HeraldMonthView *self,
                            int              index,
                            GDate           *day)
{
  g_assert (index >= 0 && index < HERALD_MONTH_VIEW_N_DAYS);

  *day = self->first_day;
  g_date_add_days (day, index);
}

gboolean
herald_month_view_day_in_month (HeraldMonthView *self,
                                int              index)
{
  GDate day;

  herald_month_view_day_date (self, index, &day);
  return g_date_get_month (&day) == self->month;
}

/* Takes each day's first posts and count from the summary, or sorts the
 * query's posts into the days of the grid.  The query keeps them in time
 * order, so one pass does. */
static void
sort_posts (HeraldMonthView *self)
{
  guint n = self->query != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->query)) : 0;
  int day = 0;

  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    {
      g_ptr_array_set_size (self->days[i], 0);
      self->counts[i] = 0;
    }

  if (!g_date_valid (&self->first_day))
    return;

  if (self->summary != NULL)
    {
      if (herald_month_summary_get_n_days (self->summary) != HERALD_MONTH_VIEW_N_DAYS)
        return;

      for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
        {
          GPtrArray *posts = herald_month_summary_get_posts (self->summary, i);

          for (guint j = 0; j < posts->len; j++)
            g_ptr_array_add (self->days[i], g_object_ref (g_ptr_array_index (posts, j)));
          self->counts[i] = herald_month_summary_get_count (self->summary, i);
        }
      return;
    }

  for (guint p = 0; p < n; p++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (G_LIST_MODEL (self->query), p);
      gint64 at = herald_post_get_scheduled_at (post);

      if (at < self->day_starts[0])
        continue;
      while (day < HERALD_MONTH_VIEW_N_DAYS && at >= self->day_starts[day + 1])
        day++;
      if (day >= HERALD_MONTH_VIEW_N_DAYS)
        break;

      g_ptr_array_add (self->days[day], g_steal_pointer (&post));
      self->counts[day]++;
    }
}

void
herald_month_view_refresh (HeraldMonthView *self)
{
  sort_posts (self);
  herald_month_view_place_chips (self);
  herald_month_view_refresh_popover (self);
}

static void
query_items_changed_cb (HeraldMonthView *self)
{
  if (self->summary == NULL)
    herald_month_view_refresh (self);
}

static void
summary_changed_cb (HeraldMonthView *self)
{
  herald_month_view_refresh (self);
}

static void
update_selection (HeraldMonthView *self)
{
  int selected = herald_month_view_day_index (self, &self->selected_day);

  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    herald_month_cell_set_selected (HERALD_MONTH_CELL (self->cells[i]), i == selected);
}

/* Moves the grid to the month of @date: the cells get their days, and
 * the posts are sorted again. */
static void
set_month (HeraldMonthView *self,
           const GDate     *date)
{
  g_autoptr (GArray) marketing = NULL;
  GDate today, last, day;
  guint m = 0;

  if (g_date_valid (&self->first_day) &&
      g_date_get_month (date) == self->month && g_date_get_year (date) == self->year)
    return;

  self->month = g_date_get_month (date);
  self->year = g_date_get_year (date);
  get_grid_start (date, &self->first_day);
  last = self->first_day;
  g_date_add_days (&last, HERALD_MONTH_VIEW_N_DAYS - 1);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  marketing = herald_marketing_days_between (&self->first_day, &last);

  day = self->first_day;
  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++, g_date_add_days (&day, 1))
    {
      HeraldMonthCellFlags flags = 0;
      const char *name = NULL;
      GDateWeekday weekday = g_date_get_weekday (&day);

      while (m < marketing->len &&
             g_date_compare (&g_array_index (marketing, HeraldMarketingDay, m).date, &day) < 0)
        m++;
      if (m < marketing->len &&
          g_date_compare (&g_array_index (marketing, HeraldMarketingDay, m).date, &day) == 0)
        name = g_array_index (marketing, HeraldMarketingDay, m).name;

      if (g_date_get_month (&day) != self->month)
        flags |= HERALD_MONTH_CELL_OTHER_MONTH;
      if (g_date_compare (&day, &today) == 0)
        flags |= HERALD_MONTH_CELL_TODAY;
      if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
        flags |= HERALD_MONTH_CELL_WEEKEND;

      herald_month_cell_set_day (HERALD_MONTH_CELL (self->cells[i]), &day, flags, name);
      self->day_starts[i] = local_midnight (&day);
    }
  self->day_starts[HERALD_MONTH_VIEW_N_DAYS] = local_midnight (&day);

  if (self->popover != NULL)
    gtk_popover_popdown (self->popover);

  /* The summary reads the new days and says so. */
  if (self->summary != NULL)
    herald_month_summary_set_days (self->summary, &self->first_day, HERALD_MONTH_VIEW_N_DAYS);
  else
    herald_month_view_refresh (self);
}

void
herald_month_view_select_day (HeraldMonthView *self,
                              const GDate     *day)
{
  g_assert (day != NULL && g_date_valid (day));

  if (g_date_valid (&self->selected_day) && g_date_compare (&self->selected_day, day) == 0)
    return;

  self->selected_day = *day;
  set_month (self, day);
  update_selection (self);
  g_object_notify (G_OBJECT (self), "selected-day");
}

void
herald_month_view_select_post (HeraldMonthView *self,
                               HeraldPost      *post)
{
  g_set_str (&self->selected_post_id, post != NULL ? herald_record_get_id (HERALD_RECORD (post)) : NULL);
}

/* The post the keyboard acts on: the one last focused or clicked on the
 * selected day, else the day's first. */
HeraldPost *
herald_month_view_get_selected_post (HeraldMonthView *self)
{
  int index = herald_month_view_day_index (self, &self->selected_day);
  GPtrArray *posts;

  if (index < 0)
    return NULL;

  posts = self->days[index];
  if (self->selected_post_id != NULL)
    for (guint i = 0; i < posts->len; i++)
      if (g_strcmp0 (herald_record_get_id (g_ptr_array_index (posts, i)), self->selected_post_id) == 0)
        return g_ptr_array_index (posts, i);

  return posts->len > 0 ? g_ptr_array_index (posts, 0) : NULL;
}

static void
account_changed_cb (HeraldMonthView *self)
{
  herald_month_view_place_chips (self);
}

static void
accounts_items_changed_cb (HeraldMonthView *self)
{
  guint n = self->accounts != NULL ? g_list_model_get_n_items (self->accounts) : 0;

  if (self->accounts_by_id != NULL)
    {
      GHashTableIter iter;
      gpointer account;

      g_hash_table_iter_init (&iter, self->accounts_by_id);
      while (g_hash_table_iter_next (&iter, NULL, &account))
        g_signal_handlers_disconnect_by_func (account, account_changed_cb, self);
    }
  g_clear_pointer (&self->accounts_by_id, g_hash_table_unref);

  self->accounts_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (self->accounts, i);
      char *id = g_strdup (herald_record_get_id (HERALD_RECORD (account)));

      g_signal_connect_object (account, "notify::color", G_CALLBACK (account_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (account, "notify::name", G_CALLBACK (account_changed_cb), self, G_CONNECT_SWAPPED);
      g_hash_table_insert (self->accounts_by_id, id, g_steal_pointer (&account));
    }

  herald_month_view_place_chips (self);
}

static void
set_query (HeraldMonthView *self,
           HeraldPostQuery *query)
{
  if (self->query == query)
    return;

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, query_items_changed_cb, self);
  g_set_object (&self->query, query);
  if (query != NULL)
    g_signal_connect_object (query, "items-changed",
                             G_CALLBACK (query_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  herald_month_view_refresh (self);
  g_object_notify (G_OBJECT (self), "query");
}

static void
set_accounts (HeraldMonthView *self,
              GListModel      *accounts)
{
  if (self->accounts == accounts)
    return;

  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_func (self->accounts, accounts_items_changed_cb, self);
  g_set_object (&self->accounts, accounts);
  if (accounts != NULL)
    g_signal_connect_object (accounts, "items-changed",
                             G_CALLBACK (accounts_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  accounts_items_changed_cb (self);
  g_object_notify (G_OBJECT (self), "accounts");
}

/* HeraldView */

static void
herald_month_view_get_range (HeraldView  *view,
                             const GDate *date,
                             GDate       *first,
                             GDate       *last)
{
  get_grid_start (date, first);
  *last = *first;
  g_date_add_days (last, HERALD_MONTH_VIEW_N_DAYS - 1);
}

static void
herald_month_view_step (HeraldView *view,
                        GDate      *date,
                        int         n)
{
  if (n > 0)
    g_date_add_months (date, n);
  else if (n < 0)
    g_date_subtract_months (date, -n);
}

static char *
herald_month_view_dup_title (HeraldView  *view,
                             const GDate *date)
{
  g_autoptr (GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), 1, 0, 0, 0);

  /* Translators: the month view's title; see the strftime manual for the
   * codes.  Chinese: "%Y年%-m月" */
  return g_date_time_format (time, C_("month title", "%B %Y"));
}

static void
view_iface_init (HeraldViewInterface *iface)
{
  iface->get_range = herald_month_view_get_range;
  iface->step = herald_month_view_step;
  iface->dup_title = herald_month_view_dup_title;
}

static void
herald_month_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA line;

  GTK_WIDGET_CLASS (herald_month_view_parent_class)->snapshot (widget, snapshot);

  /* Grid lines in the text colour, faint, so they follow light and dark. */
  gtk_widget_get_color (widget, &line);
  line.alpha *= 0.12f;

  for (int r = 0; r < HERALD_MONTH_VIEW_N_ROWS; r++)
    {
      int y = self->header_height + r * (height - self->header_height) / HERALD_MONTH_VIEW_N_ROWS;

      gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, y, width, 1));
    }

  for (int c = 1; c < HERALD_MONTH_VIEW_N_COLUMNS; c++)
    {
      int x = c * width / HERALD_MONTH_VIEW_N_COLUMNS;

      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (x, self->header_height, 1, height - self->header_height));
    }
}

static void
herald_month_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    case PROP_ACCOUNTS:
      g_value_set_object (value, self->accounts);
      break;

    case PROP_SELECTED_DAY:
      g_value_set_boxed (value, g_date_valid (&self->selected_day) ? &self->selected_day : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_month_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (object);
  const GDate *day;

  switch (prop_id)
    {
    case PROP_QUERY:
      set_query (self, g_value_get_object (value));
      break;

    case PROP_ACCOUNTS:
      set_accounts (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_DAY:
      day = g_value_get_boxed (value);
      if (day != NULL && g_date_valid (day))
        herald_month_view_select_day (self, day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_month_view_dispose (GObject *object)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (object);
  GtkWidget *child;

  set_query (self, NULL);
  herald_month_view_set_summary (self, NULL);
  set_accounts (self, NULL);
  g_clear_pointer (&self->accounts_by_id, g_hash_table_unref);

  if (self->chips != NULL)
    g_ptr_array_set_size (self->chips, 0);
  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    {
      self->cells[i] = NULL;
      self->more_buttons[i] = NULL;
    }
  for (int c = 0; c < HERALD_MONTH_VIEW_N_COLUMNS; c++)
    self->weekdays[c] = NULL;
  self->more_buttons_anchor = NULL;
  self->popover = NULL;
  self->popover_list = NULL;
  self->popover_title = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (herald_month_view_parent_class)->dispose (object);
}

static void
herald_month_view_finalize (GObject *object)
{
  HeraldMonthView *self = HERALD_MONTH_VIEW (object);

  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    g_clear_pointer (&self->days[i], g_ptr_array_unref);
  g_clear_pointer (&self->chips, g_ptr_array_unref);
  g_clear_pointer (&self->chip_days, g_array_unref);
  g_clear_pointer (&self->selected_post_id, g_free);

  G_OBJECT_CLASS (herald_month_view_parent_class)->finalize (object);
}

static void
herald_month_view_class_init (HeraldMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_month_view_dispose;
  object_class->finalize = herald_month_view_finalize;
  object_class->get_property = herald_month_view_get_property;
  object_class->set_property = herald_month_view_set_property;

  widget_class->measure = herald_month_view_layout_measure;
  widget_class->size_allocate = herald_month_view_layout_allocate;
  widget_class->snapshot = herald_month_view_snapshot;

  g_object_class_override_property (object_class, PROP_QUERY, "query");
  g_object_class_override_property (object_class, PROP_ACCOUNTS, "accounts");
  g_object_class_override_property (object_class, PROP_SELECTED_DAY, "selected-day");

  herald_month_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "month-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
herald_month_view_init (HeraldMonthView *self)
{
  g_autoptr (GDateTime) monday = g_date_time_new_local (2024, 1, 1, 0, 0, 0);  /* a Monday */

  g_date_clear (&self->selected_day, 1);
  g_date_clear (&self->first_day, 1);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  for (int c = 0; c < HERALD_MONTH_VIEW_N_COLUMNS; c++)
    {
      g_autoptr (GDateTime) day = g_date_time_add_days (monday, (WEEK_START - G_DATE_MONDAY + c) % 7);
      g_autofree char *name = g_date_time_format (day, "%a");
      g_autofree char *full = g_date_time_format (day, "%A");

      self->weekdays[c] = gtk_label_new (name);
      gtk_label_set_xalign (GTK_LABEL (self->weekdays[c]), 0);
      gtk_label_set_ellipsize (GTK_LABEL (self->weekdays[c]), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (self->weekdays[c], "weekday");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->weekdays[c]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, full,
                                      -1);
      gtk_widget_set_parent (self->weekdays[c], GTK_WIDGET (self));
    }

  for (int i = 0; i < HERALD_MONTH_VIEW_N_DAYS; i++)
    {
      self->days[i] = g_ptr_array_new_with_free_func (g_object_unref);
      self->cells[i] = herald_month_cell_new ();
      gtk_widget_set_parent (self->cells[i], GTK_WIDGET (self));
    }

  /* Chips go before this invisible marker, buttons after it, so that
   * focus meets every chip before any "+N more". */
  self->more_buttons_anchor = gtk_label_new (NULL);
  gtk_widget_set_visible (self->more_buttons_anchor, FALSE);
  gtk_widget_set_parent (self->more_buttons_anchor, GTK_WIDGET (self));

  self->chips = g_ptr_array_new ();
  self->chip_days = g_array_new (FALSE, TRUE, sizeof (int));

  herald_month_view_init_input (self);
}

GtkWidget *
herald_month_view_new (void)
{
  return g_object_new (HERALD_TYPE_MONTH_VIEW, NULL);
}

/**
 * herald_month_view_get_summary:
 * @self: a #HeraldMonthView
 *
 * Returns: (transfer none) (nullable): the summary the view reads
 */
HeraldMonthSummary *
herald_month_view_get_summary (HeraldMonthView *self)
{
  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), NULL);

  return self->summary;
}

/**
 * herald_month_view_set_summary:
 * @self: a #HeraldMonthView
 * @summary: (nullable): where to read each day's first posts and count
 *
 * With a summary, the view reads only what fits its cells, and sets the
 * summary's days and limit itself; the caller keeps its filter.  Without
 * one, the view sorts all the posts of its query.
 */
void
herald_month_view_set_summary (HeraldMonthView    *self,
                               HeraldMonthSummary *summary)
{
  g_return_if_fail (HERALD_IS_MONTH_VIEW (self));
  g_return_if_fail (summary == NULL || HERALD_IS_MONTH_SUMMARY (summary));

  if (self->summary == summary)
    return;

  if (self->summary != NULL)
    g_signal_handlers_disconnect_by_func (self->summary, summary_changed_cb, self);
  g_set_object (&self->summary, summary);

  if (summary != NULL)
    {
      g_signal_connect_object (summary, "changed", G_CALLBACK (summary_changed_cb), self, G_CONNECT_SWAPPED);
      herald_month_summary_set_limit (summary, self->capacity);
      if (g_date_valid (&self->first_day))
        herald_month_summary_set_days (summary, &self->first_day, HERALD_MONTH_VIEW_N_DAYS);
    }

  herald_month_view_refresh (self);
}

/* For tests: what the view laid out. */

/**
 * herald_month_view_get_day_posts:
 * @self: a #HeraldMonthView
 * @day: a day of the grid
 *
 * Returns: (transfer none) (element-type HeraldPost) (nullable): the
 *   posts of @day the view holds, in time order: all of them, or with a
 *   summary the first that fit
 */
GPtrArray *
herald_month_view_get_day_posts (HeraldMonthView *self,
                                 const GDate     *day)
{
  int index;

  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), NULL);

  index = herald_month_view_day_index (self, day);
  return index >= 0 ? self->days[index] : NULL;
}

guint
herald_month_view_get_n_day_posts (HeraldMonthView *self,
                                   const GDate     *day)
{
  int index;

  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), 0);

  index = herald_month_view_day_index (self, day);
  return index >= 0 ? self->counts[index] : 0;
}

guint
herald_month_view_get_n_placed (HeraldMonthView *self,
                                const GDate     *day)
{
  int index;

  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), 0);

  index = herald_month_view_day_index (self, day);
  return index >= 0 ? self->placed[index] : 0;
}

guint
herald_month_view_get_n_more (HeraldMonthView *self,
                              const GDate     *day)
{
  int index;

  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), 0);

  index = herald_month_view_day_index (self, day);
  return index >= 0 ? self->more[index] : 0;
}

GtkWidget *
herald_month_view_get_more_button (HeraldMonthView *self,
                                   const GDate     *day)
{
  int index;

  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), NULL);

  index = herald_month_view_day_index (self, day);
  return index >= 0 && self->more[index] > 0 ? self->more_buttons[index] : NULL;
}

GtkWidget *
herald_month_view_get_chip (HeraldMonthView *self,
                            const GDate     *day,
                            guint            index)
{
  int day_index;

  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), NULL);

  day_index = herald_month_view_day_index (self, day);
  if (day_index < 0 || index >= self->placed[day_index])
    return NULL;

  for (guint k = 0; k < self->n_chips_used; k++)
    if (g_array_index (self->chip_days, int, k) == day_index)
      return g_ptr_array_index (self->chips, k + index);

  return NULL;
}

const char *
herald_month_view_get_marketing_day (HeraldMonthView *self,
                                     const GDate     *day)
{
  int index;

  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), NULL);

  index = herald_month_view_day_index (self, day);
  return index >= 0 ? herald_month_cell_get_marketing_day (HERALD_MONTH_CELL (self->cells[index])) : NULL;
}

guint
herald_month_view_get_n_chip_widgets (HeraldMonthView *self)
{
  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), 0);

  return self->chips->len;
}

GtkPopover *
herald_month_view_get_popover (HeraldMonthView *self)
{
  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), NULL);

  return self->popover;
}

GtkListBox *
herald_month_view_get_popover_list (HeraldMonthView *self)
{
  g_return_val_if_fail (HERALD_IS_MONTH_VIEW (self), NULL);

  return self->popover_list;
}
