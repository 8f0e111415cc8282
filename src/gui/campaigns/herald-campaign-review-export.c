/* herald-campaign-review-export.c — the week review as a file or on paper
 *
 * Export writes the review the page shows as PDF, CSV or Markdown, to a
 * file the user picks; Print lays the same pages out for the printer.
 * Both are drawn by HeraldWeekReview in core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-campaign-review"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-campaign-review-private.h"

/* Export */

static const char *
format_extension (HeraldReviewFormat format)
{
  switch (format)
    {
    case HERALD_REVIEW_FORMAT_PDF:
      return "pdf";
    case HERALD_REVIEW_FORMAT_CSV:
      return "csv";
    case HERALD_REVIEW_FORMAT_MARKDOWN:
    default:
      return "md";
    }
}

/**
 * herald_campaign_review_export:
 * @self: a #HeraldCampaignReview
 * @format: the format
 * @file: where to write
 * @error: return location for a #GError
 *
 * Saves the notes, then writes the week shown as @format to @file.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_campaign_review_export (HeraldCampaignReview  *self,
                               HeraldReviewFormat     format,
                               GFile                 *file,
                               GError               **error)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN_REVIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!herald_campaign_review_save_notes (self, error))
    return FALSE;
  herald_campaign_review_refresh (self, FALSE);
  if (self->review == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The review could not be worked out"));
      return FALSE;
    }

  return herald_review_write_file (self->review, format, file, error);
}

static void
export_save_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (HeraldCampaignReview) self = user_data;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  HeraldReviewFormat format;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  if (file == NULL)
    return;

  format = GPOINTER_TO_INT (g_object_get_data (source, "herald-format"));
  if (!herald_campaign_review_export (self, format, file, &error))
    herald_campaign_review_show_toast (self, adw_toast_new_format (_("Could not export the review: %s"), error->message));
  else
    herald_campaign_review_show_toast (self, adw_toast_new (_("Review exported")));
}

void
herald_campaign_review_export_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (widget);
  g_autoptr (GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autofree char *week = herald_iso_week_format (&self->week);
  g_autofree char *name = NULL;
  HeraldReviewFormat format;

  if (self->review == NULL ||
      !herald_review_format_from_string (g_variant_get_string (param, NULL), &format))
    return;

  name = g_strdup_printf ("%s-%s.%s", herald_campaign_get_name (herald_week_review_get_campaign (self->review)),
                          week, format_extension (format));
  gtk_file_dialog_set_title (dialog, _("Export the Week Review"));
  gtk_file_dialog_set_initial_name (dialog, name);
  g_object_set_data (G_OBJECT (dialog), "herald-format", GINT_TO_POINTER (format));
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL, export_save_cb,
                        g_object_ref (self));
}

/* Print */

static void
begin_print_cb (GtkPrintOperation    *operation,
                GtkPrintContext      *context,
                HeraldCampaignReview *self)
{
  GPtrArray *pages = herald_review_render_pages (self->review,
                                                 gtk_print_context_get_width (context),
                                                 gtk_print_context_get_height (context));

  g_object_set_data_full (G_OBJECT (operation), "herald-pages", pages, (GDestroyNotify) g_ptr_array_unref);
  gtk_print_operation_set_n_pages (operation, pages->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              gpointer           user_data)
{
  GPtrArray *pages = g_object_get_data (G_OBJECT (operation), "herald-pages");
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (pages == NULL || page < 0 || (guint) page >= pages->len)
    return;

  cairo_set_source_surface (cr, pages->pdata[page], 0, 0);
  cairo_paint (cr);
}

/**
 * herald_campaign_review_print_operation:
 * @self: a #HeraldCampaignReview
 *
 * Returns: (transfer full): a print operation for the week shown, its
 *   pages laid out as the PDF's
 */
GtkPrintOperation *
herald_campaign_review_print_operation (HeraldCampaignReview *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autofree char *week = herald_iso_week_format (&self->week);
  g_autofree char *name = NULL;

  g_return_val_if_fail (HERALD_IS_CAMPAIGN_REVIEW (self), operation);

  name = g_strdup_printf ("%s-%s", herald_campaign_get_name (herald_week_review_get_campaign (self->review)), week);
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), self, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), NULL);
  return operation;
}

void
herald_campaign_review_print_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (widget);
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->review == NULL)
    return;

  if (!herald_campaign_review_save_notes (self, &error))
    g_clear_error (&error);
  herald_campaign_review_refresh (self, FALSE);

  operation = herald_campaign_review_print_operation (self);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (gtk_widget_get_root (widget)), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    herald_campaign_review_show_toast (self, adw_toast_new_format (_("Could not print the review: %s"), error->message));
}
