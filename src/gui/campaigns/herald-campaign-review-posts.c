/* herald-campaign-review-posts.c — the overview's table of posts
 *
 * Every post of the campaign with its numbers, one column each, sortable
 * by any column (numbers and dates largest first).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-campaign-review"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-campaign-review-private.h"
#include "herald-metric-names.h"

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric != NULL ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric != NULL)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  const char *property = g_object_get_data (G_OBJECT (factory), "herald-property");
  HeraldPostNumbers *numbers = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (numbers), property);
  g_auto (GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (numbers), property, &value);
  if (G_VALUE_HOLDS_STRING (&value))
    text = g_value_dup_string (&value);
  else if (G_VALUE_HOLDS_DOUBLE (&value))
    text = g_strdup_printf ("%.0f", g_value_get_double (&value));
  else if (G_VALUE_HOLDS_INT64 (&value) && g_value_get_int64 (&value) > 0)
    {
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (g_value_get_int64 (&value));
      g_autoptr (GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

      text = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("");
    }
  gtk_label_set_label (label, text != NULL ? text : "");
}

static void
add_column (GtkColumnView *view,
            const char    *title,
            const char    *property,
            gboolean       numeric,
            gboolean       expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression = gtk_property_expression_new (HERALD_TYPE_POST_NUMBERS, NULL, property);
  GtkSorter *sorter;
  GtkColumnViewColumn *column;

  g_object_set_data_full (G_OBJECT (factory), "herald-property", g_strdup (property), g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), numeric ? GINT_TO_POINTER (1) : NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);

  if (numeric || g_str_equal (property, "published-at"))
    {
      sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
      gtk_numeric_sorter_set_sort_order (GTK_NUMERIC_SORTER (sorter), GTK_SORT_DESCENDING);
    }
  else
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);
  g_object_unref (sorter);
  g_object_unref (column);
}

GtkWidget *
herald_campaign_review_make_posts_view (HeraldCampaignReview *self)
{
  GtkWidget *view = gtk_column_view_new (NULL);
  GtkSortListModel *sorted;

  add_column (GTK_COLUMN_VIEW (view), _("Post"), "title", FALSE, TRUE);
  add_column (GTK_COLUMN_VIEW (view), _("Account"), "account-name", FALSE, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Published"), "published-at", FALSE, FALSE);
  add_column (GTK_COLUMN_VIEW (view), herald_metric_get_label ("views"), "views", TRUE, FALSE);
  add_column (GTK_COLUMN_VIEW (view), herald_metric_get_label ("likes"), "likes", TRUE, FALSE);
  add_column (GTK_COLUMN_VIEW (view), herald_metric_get_label ("comments"), "comments", TRUE, FALSE);
  add_column (GTK_COLUMN_VIEW (view), herald_metric_get_label ("shares"), "shares", TRUE, FALSE);

  sorted = gtk_sort_list_model_new (g_object_ref (self->post_numbers),
                                    g_object_ref (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (view))));
  gtk_column_view_set_model (GTK_COLUMN_VIEW (view), GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "data-table");
  self->posts_view = GTK_COLUMN_VIEW (view);
  return view;
}
