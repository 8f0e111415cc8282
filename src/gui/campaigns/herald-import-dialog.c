/* herald-import-dialog.c — imports the platforms' exports
 *
 * Files chosen (several at once) are previewed first: each is read,
 * matched and counted as the import would, on a connection of its own,
 * and rolled back, so that the dialog can say per file which export it
 * is and how many rows would match a post, make a new one or be skipped —
 * or why the file cannot be imported (already imported, not an export
 * Herald knows, a bad cell named by row and column).  Import then runs
 * the files that can go, one after the other, with progress; each file is
 * all or nothing.  The dialog emits ::imported when done, so that pages
 * showing numbers read them again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-import-dialog.h"
#include "herald-importer.h"
#include "herald-import-profile.h"

typedef struct {
  GFile               *file;
  AdwActionRow        *row;
  HeraldImportSummary *preview;   /* NULL until previewed, or when it cannot go */
  gboolean             done;
} ImportFile;

struct _HeraldImportDialog
{
  AdwDialog            parent_instance;

  HeraldStore         *store;
  char                *campaign_id;
  GPtrArray           *files;      /* ImportFile */
  GCancellable        *cancellable;
  guint                n_previewing;
  gboolean             importing;
  guint                next;
  guint                n_imported;
  HeraldImportSummary  totals;

  AdwToastOverlay     *toast_overlay;
  GtkWidget           *import_button;
  GtkStack            *stack;
  AdwPreferencesGroup *files_group;
  GtkProgressBar      *progress_bar;
};

G_DEFINE_FINAL_TYPE (HeraldImportDialog, herald_import_dialog, ADW_TYPE_DIALOG)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
import_file_free (ImportFile *item)
{
  g_clear_object (&item->file);
  g_clear_pointer (&item->preview, herald_import_summary_free);
  g_free (item);
}

guint
herald_import_dialog_get_n_ready (HeraldImportDialog *self)
{
  guint n = 0;

  g_return_val_if_fail (HERALD_IS_IMPORT_DIALOG (self), 0);

  for (guint i = 0; i < self->files->len; i++)
    {
      ImportFile *item = self->files->pdata[i];

      n += item->preview != NULL && !item->done;
    }
  return n;
}

gboolean
herald_import_dialog_is_busy (HeraldImportDialog *self)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_DIALOG (self), FALSE);

  return self->n_previewing > 0 || self->importing;
}

static void
update_actions (HeraldImportDialog *self)
{
  gboolean busy = herald_import_dialog_is_busy (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import-dialog.import",
                                 !busy && herald_import_dialog_get_n_ready (self) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import-dialog.choose", !self->importing);
}

static HeraldImporter *
make_importer (HeraldImportDialog *self)
{
  HeraldImporter *importer = herald_importer_new (self->store);

  if (self->campaign_id != NULL)
    herald_importer_set_campaign_id (importer, self->campaign_id);
  return importer;
}

static char *
describe_summary (const HeraldImportSummary *summary,
                  gboolean                   done)
{
  g_autoptr (GPtrArray) builtin = herald_import_profile_list_builtin ();
  HeraldImportProfile *profile = herald_import_profile_find (builtin, summary->profile);
  const char *name = profile != NULL ? herald_import_profile_get_title (profile) : summary->profile;

  if (done)
    /* Translators: an export's kind, then what its import added */
    return g_strdup_printf (_("%s · imported — rows matching posts: %u, new posts: %u, skipped: %u"),
                            name, summary->matched, summary->created, summary->skipped);

  /* Translators: an export's kind, then what importing it would do */
  return g_strdup_printf (_("%s · rows matching posts: %u, would be new posts: %u, skipped: %u"),
                          name, summary->matched, summary->created, summary->skipped);
}

/* Previews */

typedef struct {
  HeraldImportDialog *self;
  ImportFile         *item;
} FileOp;

static void
preview_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  FileOp *op = user_data;
  HeraldImportDialog *self = op->self;
  ImportFile *item = op->item;
  g_autoptr (GError) error = NULL;
  HeraldImportSummary *summary;

  summary = herald_importer_import_file_finish (HERALD_IMPORTER (source), result, &error);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      self->n_previewing--;
      if (summary != NULL)
        {
          g_autofree char *text = describe_summary (summary, FALSE);

          item->preview = summary;
          adw_action_row_set_subtitle (item->row, text);
          gtk_widget_remove_css_class (GTK_WIDGET (item->row), "error");
        }
      else
        {
          g_autofree char *text = g_markup_escape_text (error->message, -1);

          adw_action_row_set_subtitle (item->row, text);
          gtk_widget_add_css_class (GTK_WIDGET (item->row), "error");
        }
      update_actions (self);
    }

  g_object_unref (self);
  g_free (op);
}

/**
 * herald_import_dialog_add_file:
 * @self: a #HeraldImportDialog
 * @file: an export
 *
 * Adds @file to the files to import and previews it.
 */
void
herald_import_dialog_add_file (HeraldImportDialog *self,
                               GFile              *file)
{
  g_autoptr (HeraldImporter) importer = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  ImportFile *item;
  FileOp *op;

  g_return_if_fail (HERALD_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  for (guint i = 0; i < self->files->len; i++)
    if (g_file_equal (((ImportFile *) self->files->pdata[i])->file, file))
      return;

  path = g_file_get_path (file);
  name = g_file_get_basename (file);
  item = g_new0 (ImportFile, 1);
  item->file = g_object_ref (file);
  item->row = ADW_ACTION_ROW (adw_action_row_new ());
  {
    g_autofree char *title = g_markup_escape_text (name, -1);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), title);
  }
  adw_action_row_set_subtitle (item->row, _("Reading…"));
  adw_action_row_set_subtitle_lines (item->row, 3);
  adw_preferences_group_add (self->files_group, GTK_WIDGET (item->row));
  g_ptr_array_add (self->files, item);
  gtk_stack_set_visible_child_name (self->stack, "files");

  if (path == NULL)
    {
      adw_action_row_set_subtitle (item->row, _("Only files on this computer can be imported"));
      gtk_widget_add_css_class (GTK_WIDGET (item->row), "error");
      update_actions (self);
      return;
    }

  importer = make_importer (self);
  herald_importer_set_dry_run (importer, TRUE);
  op = g_new0 (FileOp, 1);
  op->self = g_object_ref (self);
  op->item = item;
  self->n_previewing++;
  herald_importer_import_file_async (importer, path, self->cancellable, preview_cb, op);
  update_actions (self);
}

static void
choose_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (HeraldImportDialog) self = user_data;
  g_autoptr (GListModel) files = NULL;
  g_autoptr (GError) error = NULL;

  files = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (source), result, &error);
  if (files == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);

      herald_import_dialog_add_file (self, file);
    }
}

static void
import_dialog_choose_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  HeraldImportDialog *self = HERALD_IMPORT_DIALOG (widget);
  g_autoptr (GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr (GtkFileFilter) exports = gtk_file_filter_new ();
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_filter_set_name (exports, _("Exports (.xlsx, .csv)"));
  gtk_file_filter_add_suffix (exports, "xlsx");
  gtk_file_filter_add_suffix (exports, "csv");
  gtk_file_filter_add_mime_type (exports, "text/csv");
  gtk_file_filter_add_mime_type (exports, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  g_list_store_append (filters, exports);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_title (dialog, _("Choose Exports to Import"));
  gtk_file_dialog_open_multiple (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), self->cancellable,
                                 choose_cb, g_object_ref (self));
}

/* Importing */

static void import_next (HeraldImportDialog *self);

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  HeraldImportDialog *self = user_data;
  guint n = MAX (herald_import_dialog_get_n_ready (self) + self->n_imported, 1);

  gtk_progress_bar_set_fraction (self->progress_bar, (self->n_imported + CLAMP (fraction, 0, 1)) / n);
}

static void
import_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  FileOp *op = user_data;
  HeraldImportDialog *self = op->self;
  ImportFile *item = op->item;
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldImportSummary) summary = NULL;

  summary = herald_importer_import_file_finish (HERALD_IMPORTER (source), result, &error);
  if (summary != NULL)
    {
      g_autofree char *text = describe_summary (summary, TRUE);

      item->done = TRUE;
      self->n_imported++;
      self->totals.matched += summary->matched;
      self->totals.created += summary->created;
      self->totals.skipped += summary->skipped;
      self->totals.samples += summary->samples;
      adw_action_row_set_subtitle (item->row, text);
      gtk_widget_add_css_class (GTK_WIDGET (item->row), "success");
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_markup_escape_text (error->message, -1);

      /* Nothing of this file went in; the others stand. */
      g_clear_pointer (&item->preview, herald_import_summary_free);
      adw_action_row_set_subtitle (item->row, text);
      gtk_widget_add_css_class (GTK_WIDGET (item->row), "error");
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    self->importing = FALSE;
  else
    import_next (self);

  g_object_unref (self);
  g_free (op);
}

static void
import_next (HeraldImportDialog *self)
{
  g_autoptr (HeraldImporter) importer = NULL;
  ImportFile *item = NULL;
  g_autofree char *path = NULL;
  FileOp *op;

  for (; self->next < self->files->len && item == NULL; self->next++)
    {
      ImportFile *candidate = self->files->pdata[self->next];

      if (candidate->preview != NULL && !candidate->done)
        item = candidate;
    }

  if (item == NULL)
    {
      g_autofree char *text = NULL;

      self->importing = FALSE;
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
      update_actions (self);
      if (self->n_imported > 0)
        {
          text = g_strdup_printf (g_dngettext (NULL, "%u file imported: %u matched, %u new posts",
                                               "%u files imported: %u matched, %u new posts", self->n_imported),
                                  self->n_imported, self->totals.matched, self->totals.created);
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
          g_signal_emit (self, signals[IMPORTED], 0);
        }
      return;
    }

  path = g_file_get_path (item->file);
  importer = make_importer (self);
  herald_importer_set_progress_func (importer, progress_cb, self, NULL);
  adw_action_row_set_subtitle (item->row, _("Importing…"));
  op = g_new0 (FileOp, 1);
  op->self = g_object_ref (self);
  op->item = item;
  herald_importer_import_file_async (importer, path, self->cancellable, import_cb, op);
}

static void
import_dialog_import_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  HeraldImportDialog *self = HERALD_IMPORT_DIALOG (widget);

  if (herald_import_dialog_is_busy (self) || herald_import_dialog_get_n_ready (self) == 0)
    return;

  self->importing = TRUE;
  self->next = 0;
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  update_actions (self);
  import_next (self);
}

static void
import_dialog_cancel_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  HeraldImportDialog *self = HERALD_IMPORT_DIALOG (widget);

  /* A file being imported rolls back whole. */
  g_cancellable_cancel (self->cancellable);
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
herald_import_dialog_dispose (GObject *object)
{
  HeraldImportDialog *self = HERALD_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_import_dialog_parent_class)->dispose (object);
}

static void
herald_import_dialog_finalize (GObject *object)
{
  HeraldImportDialog *self = HERALD_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_free (self->campaign_id);

  G_OBJECT_CLASS (herald_import_dialog_parent_class)->finalize (object);
}

static void
herald_import_dialog_class_init (HeraldImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_import_dialog_dispose;
  object_class->finalize = herald_import_dialog_finalize;

  /**
   * HeraldImportDialog::imported:
   *
   * Emitted when files were imported: what shows numbers should read them
   * again (the import wrote on a connection of its own).
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, files_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, progress_bar);

  gtk_widget_class_install_action (widget_class, "import-dialog.choose", NULL, import_dialog_choose_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.import", NULL, import_dialog_import_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.cancel", NULL, import_dialog_cancel_action);
}

static void
herald_import_dialog_init (HeraldImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) import_file_free);
  self->cancellable = g_cancellable_new ();
  update_actions (self);
}

/**
 * herald_import_dialog_new:
 * @store: the database to import into
 * @campaign_id: (nullable): the campaign of the posts the import creates
 *
 * Returns: (transfer floating): a new dialog
 */
HeraldImportDialog *
herald_import_dialog_new (HeraldStore *store,
                          const char  *campaign_id)
{
  HeraldImportDialog *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->campaign_id = g_strdup (campaign_id);
  return self;
}
