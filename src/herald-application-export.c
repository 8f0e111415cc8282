/* herald-application-export.c — Export Calendar (.ics)…
 *
 * Asks which stretch of the plan to export, then where to save it, and
 * writes the posts as an iCalendar file that calendar apps and phones
 * import, each with a reminder before its slot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-application"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-application-private.h"
#include "herald-ical-export.h"
#include "herald-window.h"

#define EXPORT_ALARM_MINUTES 15

static const char * const range_names[] = {
  [HERALD_EXPORT_RANGE_THIS_MONTH] = N_("This month"),
  [HERALD_EXPORT_RANGE_NEXT_30_DAYS] = N_("The next 30 days"),
  [HERALD_EXPORT_RANGE_NEXT_90_DAYS] = N_("The next 90 days"),
  [HERALD_EXPORT_RANGE_EVERYTHING] = N_("Everything planned"),
};

/* [from, to) for a range, from @now in the local time zone. */
static void
range_bounds (HeraldExportRange  range,
              GDateTime         *now,
              gint64            *from,
              gint64            *to)
{
  g_autoptr (GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                       g_date_time_get_month (now),
                                                       g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr (GDateTime) first = NULL;
  g_autoptr (GDateTime) last = NULL;

  switch (range)
    {
    case HERALD_EXPORT_RANGE_THIS_MONTH:
      first = g_date_time_add_days (today, 1 - g_date_time_get_day_of_month (today));
      last = g_date_time_add_months (first, 1);
      break;

    case HERALD_EXPORT_RANGE_NEXT_30_DAYS:
      first = g_date_time_ref (today);
      last = g_date_time_add_days (today, 30);
      break;

    case HERALD_EXPORT_RANGE_NEXT_90_DAYS:
      first = g_date_time_ref (today);
      last = g_date_time_add_days (today, 90);
      break;

    case HERALD_EXPORT_RANGE_EVERYTHING:
    default:
      *from = G_MININT64;
      *to = G_MAXINT64;
      return;
    }

  *from = g_date_time_to_unix (first);
  *to = g_date_time_to_unix (last);
}

/**
 * herald_application_export_calendar:
 * @self: a #HeraldApplication
 * @file: where to write
 * @range: which posts
 * @now: (nullable): today (the current time when %NULL)
 * @error: return location for a #GError
 *
 * Writes the posts of @range to @file as iCalendar, replacing it whole.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_application_export_calendar (HeraldApplication  *self,
                                    GFile              *file,
                                    HeraldExportRange   range,
                                    GDateTime          *now,
                                    GError            **error)
{
  g_autoptr (GDateTime) current = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
  g_autofree char *text = NULL;
  gint64 from, to;

  g_return_val_if_fail (HERALD_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->store == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open"));
      return FALSE;
    }

  range_bounds (range, current, &from, &to);
  text = herald_ical_export_posts (self->store, from, to, EXPORT_ALARM_MINUTES, error);
  if (text == NULL)
    return FALSE;

  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

typedef struct {
  HeraldApplication *app;
  HeraldExportRange  range;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->app);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static void
toast (HeraldApplication *self,
       const char        *message)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (HERALD_IS_WINDOW (window))
    herald_window_add_toast (HERALD_WINDOW (window), adw_toast_new (message));
}

static void
save_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (ExportJob) job = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL)
    return;

  if (!herald_application_export_calendar (job->app, file, job->range, NULL, &error))
    {
      message = g_strdup_printf (_("Could not export the calendar: %s"), error->message);
      toast (job->app, message);
      return;
    }

  name = g_file_get_basename (file);
  message = g_strdup_printf (_("Calendar exported to %s"), name);
  toast (job->app, message);
}

static void
range_chosen_cb (AdwAlertDialog *dialog,
                 const char     *response,
                 gpointer        user_data)
{
  ExportJob *job;
  GtkDropDown *choice = GTK_DROP_DOWN (adw_alert_dialog_get_extra_child (dialog));
  g_autoptr (GtkFileDialog) save = NULL;
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autoptr (GListStore) filters = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  g_autofree char *day = NULL;

  if (!g_str_equal (response, "export"))
    return;

  /* From here on the save dialog owns the job. */
  job = g_object_steal_data (G_OBJECT (dialog), "export-job");
  job->range = gtk_drop_down_get_selected (choice);

  filter = gtk_file_filter_new ();
  /* Translators: a file type in the save dialog */
  gtk_file_filter_set_name (filter, _("iCalendar Files"));
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_list_store_append (filters, filter);

  /* Translators: the file name offered when exporting; %s is a date like 2026-11-28 */
  day = g_date_time_format (now, "%Y-%m-%d");
  name = g_strdup_printf (_("herald-plan-%s.ics"), day);
  save = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (save, _("Export Calendar"));
  gtk_file_dialog_set_initial_name (save, name);
  gtk_file_dialog_set_filters (save, G_LIST_MODEL (filters));
  gtk_file_dialog_save (save, gtk_application_get_active_window (GTK_APPLICATION (job->app)),
                        NULL, save_chosen_cb, job);
}

static void
app_export_calendar_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  HeraldApplication *self = user_data;
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  ExportJob *job;
  AdwDialog *dialog;
  GtkWidget *choice;

  for (guint i = 0; i < G_N_ELEMENTS (range_names); i++)
    g_ptr_array_add (labels, (gpointer) _(range_names[i]));
  g_ptr_array_add (labels, NULL);

  choice = gtk_drop_down_new_from_strings ((const char * const *) labels->pdata);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), HERALD_EXPORT_RANGE_NEXT_30_DAYS);
  gtk_widget_set_halign (choice, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Posts to export"),
                                  -1);

  dialog = adw_alert_dialog_new (_("Export Calendar"),
                                 _("Save the planned posts as an iCalendar file that calendar apps and phones can import, each with a reminder before its time."));
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), choice);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "export", _("_Export…"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "export");

  /* The dialog owns the job until the user chooses to export. */
  job = g_new0 (ExportJob, 1);
  job->app = g_object_ref (self);
  g_object_set_data_full (G_OBJECT (dialog), "export-job", job, (GDestroyNotify) export_job_free);
  g_signal_connect (dialog, "response", G_CALLBACK (range_chosen_cb), NULL);

  adw_dialog_present (dialog, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static const GActionEntry export_actions[] = {
  { "export-calendar", app_export_calendar_action },
};

void
herald_application_export_startup (HeraldApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), export_actions,
                                   G_N_ELEMENTS (export_actions), self);
}
