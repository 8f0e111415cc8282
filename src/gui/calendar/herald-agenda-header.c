/* herald-agenda-header.c — a day's heading in the agenda
 *
 * The date with its weekday, "Today" on today, and the marketing day
 * that falls on it, muted.  The list view puts one above each day's
 * posts; the agenda keeps one more pinned at the top for the day being
 * read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-agenda-header"

#include "config.h"

#include "herald-agenda-header.h"
#include "herald-marketing-days.h"
#include "herald-week-range.h"

struct _HeraldAgendaHeader
{
  GtkWidget  parent_instance;

  GDate      day;

  GtkLabel  *day_label;
  GtkWidget *today_label;
  GtkLabel  *marketing_label;
};

G_DEFINE_FINAL_TYPE (HeraldAgendaHeader, herald_agenda_header, GTK_TYPE_WIDGET)

static void
herald_agenda_header_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HERALD_TYPE_AGENDA_HEADER);

  G_OBJECT_CLASS (herald_agenda_header_parent_class)->dispose (object);
}

static void
herald_agenda_header_class_init (HeraldAgendaHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_agenda_header_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-agenda-header.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaHeader, day_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaHeader, today_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaHeader, marketing_label);

  gtk_widget_class_set_css_name (widget_class, "agenda-header");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
herald_agenda_header_init (HeraldAgendaHeader *self)
{
  g_date_clear (&self->day, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
herald_agenda_header_new (void)
{
  return g_object_new (HERALD_TYPE_AGENDA_HEADER, NULL);
}

/**
 * herald_agenda_header_get_day:
 * @self: a #HeraldAgendaHeader
 * @day: (out caller-allocates): the day shown; invalid when none is
 */
void
herald_agenda_header_get_day (HeraldAgendaHeader *self,
                              GDate              *day)
{
  g_return_if_fail (HERALD_IS_AGENDA_HEADER (self));
  g_return_if_fail (day != NULL);

  *day = self->day;
}

void
herald_agenda_header_set_day (HeraldAgendaHeader *self,
                              const GDate        *day)
{
  g_autofree char *title = NULL;
  const char *marketing;
  GDate today;

  g_return_if_fail (HERALD_IS_AGENDA_HEADER (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  if (g_date_valid (&self->day) && g_date_compare (&self->day, day) == 0)
    return;

  self->day = *day;
  herald_week_range_today (&today);

  title = herald_week_range_format_day (day);
  gtk_label_set_label (self->day_label, title);
  gtk_widget_set_visible (self->today_label, g_date_compare (day, &today) == 0);

  marketing = herald_marketing_days_name_on (day);
  gtk_label_set_label (self->marketing_label, marketing != NULL ? marketing : "");
  gtk_widget_set_visible (GTK_WIDGET (self->marketing_label), marketing != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

/* The day as the heading reads it. */
const char *
herald_agenda_header_get_title (HeraldAgendaHeader *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_HEADER (self), NULL);

  return gtk_label_get_label (self->day_label);
}
