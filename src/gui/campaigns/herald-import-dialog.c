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
 * A file no profile knows (or any file, on "Map Columns…") goes through
 * the column-mapping step (HeraldImportMapping), whose profile it is then
 * previewed and imported with; saved, that profile is among those the
 * next files are detected with.  The export of one post (公众号's single
 * article) asks which post, from a searchable list of the account's
 * published posts, and the day its numbers are from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "herald-import-dialog.h"
#include "herald-import-mapping.h"
#include "herald-importer.h"
#include "herald-import-profile.h"

typedef struct {
  GFile               *file;
  AdwActionRow        *row;
  GtkWidget           *map_button;
  GtkWidget           *post_button;
  HeraldImportSummary *preview;   /* NULL until previewed, or when it cannot go */
  HeraldImportProfile *profile;   /* from the mapping step, or NULL: detected */
  char                *account_id;
  char                *post_id;   /* for the export of one post */
  char                *post_title;
  gint64               captured_at;
  gboolean             done;
} ImportFile;

struct _HeraldImportDialog
{
  AdwDialog            parent_instance;

  HeraldStore         *store;
  char                *campaign_id;
  GPtrArray           *profiles;   /* shipped and saved */
  GPtrArray           *files;      /* ImportFile */
  ImportFile          *mapping_file;
  ImportFile          *post_file;
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
  AdwNavigationView   *navigation_view;
  HeraldImportMapping *mapping;
  GtkSearchEntry      *post_search;
  GtkListBox          *post_list;
  GtkLabel            *post_explanation;
  GtkMenuButton       *date_button;
  GtkCalendar         *date_calendar;
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
  g_clear_object (&item->profile);
  g_clear_pointer (&item->preview, herald_import_summary_free);
  g_free (item->account_id);
  g_free (item->post_id);
  g_free (item->post_title);
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import-dialog.map", !self->importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import-dialog.choose-post", !self->importing);
}

static void
load_profiles (HeraldImportDialog *self)
{
  g_autofree char *folder = herald_import_profile_get_user_folder ();
  g_autoptr (GError) error = NULL;
  GPtrArray *profiles = herald_import_profile_load_all (folder, &error);

  /* A broken file of the user's leaves the shipped ones. */
  if (profiles == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      profiles = herald_import_profile_list_builtin ();
    }

  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  self->profiles = profiles;
}

static HeraldImporter *
make_importer (HeraldImportDialog *self,
               ImportFile         *item)
{
  HeraldImporter *importer = herald_importer_new (self->store);

  herald_importer_set_profiles (importer, self->profiles);
  if (self->campaign_id != NULL)
    herald_importer_set_campaign_id (importer, self->campaign_id);
  if (item->profile != NULL)
    herald_importer_set_profile (importer, item->profile);
  if (item->account_id != NULL)
    herald_importer_set_account_id (importer, item->account_id);
  if (item->post_id != NULL)
    herald_importer_set_post_id (importer, item->post_id);
  if (item->captured_at != 0)
    herald_importer_set_captured_at (importer, item->captured_at);
  return importer;
}

static char *
describe_summary (HeraldImportDialog        *self,
                  ImportFile                *item,
                  const HeraldImportSummary *summary,
                  gboolean                   done)
{
  HeraldImportProfile *profile = herald_import_profile_find (self->profiles, summary->profile);
  const char *name = profile != NULL ? herald_import_profile_get_title (profile) : summary->profile;

  if (item->post_title != NULL)
    {
      if (done)
        /* Translators: an export's kind, then the post its numbers went to */
        return g_strdup_printf (_("%s · imported into “%s”"), name, item->post_title);
      /* Translators: an export's kind, then the post its numbers would go to */
      return g_strdup_printf (_("%s · numbers of “%s”"), name, item->post_title);
    }

  if (done)
    /* Translators: an export's kind, then what its import added */
    return g_strdup_printf (_("%s · imported — rows matching posts: %u, new posts: %u, skipped: %u"),
                            name, summary->matched, summary->created, summary->skipped);

  /* Translators: an export's kind, then what importing it would do */
  return g_strdup_printf (_("%s · rows matching posts: %u, would be new posts: %u, skipped: %u"),
                          name, summary->matched, summary->created, summary->skipped);
}

/* Previews */

static void open_mapping      (HeraldImportDialog *self,
                               ImportFile         *item);
static void open_post_chooser (HeraldImportDialog *self,
                               ImportFile         *item);

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
      gtk_widget_set_visible (item->post_button, FALSE);
      gtk_widget_remove_css_class (item->map_button, "suggested-action");
      gtk_widget_add_css_class (item->map_button, "flat");
      if (summary != NULL)
        {
          g_autofree char *text = describe_summary (self, item, summary, FALSE);

          item->preview = summary;
          adw_action_row_set_subtitle (item->row, text);
          gtk_widget_remove_css_class (GTK_WIDGET (item->row), "error");
          gtk_widget_set_visible (item->post_button, item->post_id != NULL);
        }
      else
        {
          g_autofree char *text = g_markup_escape_text (error->message, -1);

          adw_action_row_set_subtitle (item->row, text);
          gtk_widget_add_css_class (GTK_WIDGET (item->row), "error");

          /* What the user can do about it, offered on the row; straight
           * away when it is the only file. */
          if (g_error_matches (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER))
            {
              gtk_widget_remove_css_class (item->map_button, "flat");
              gtk_widget_add_css_class (item->map_button, "suggested-action");
              if (self->files->len == 1 && self->mapping_file == NULL && item->profile == NULL)
                open_mapping (self, item);
            }
          else if (g_error_matches (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST) && item->profile == NULL)
            {
              gtk_widget_set_visible (item->post_button, TRUE);
              if (self->files->len == 1 && self->post_file == NULL)
                open_post_chooser (self, item);
            }
        }
      update_actions (self);
    }

  g_object_unref (self);
  g_free (op);
}

static void
preview_file (HeraldImportDialog *self,
              ImportFile         *item)
{
  g_autoptr (HeraldImporter) importer = NULL;
  g_autofree char *path = g_file_get_path (item->file);
  FileOp *op;

  g_clear_pointer (&item->preview, herald_import_summary_free);
  adw_action_row_set_subtitle (item->row, _("Reading…"));
  gtk_widget_remove_css_class (GTK_WIDGET (item->row), "error");

  importer = make_importer (self, item);
  herald_importer_set_dry_run (importer, TRUE);
  op = g_new0 (FileOp, 1);
  op->self = g_object_ref (self);
  op->item = item;
  self->n_previewing++;
  herald_importer_import_file_async (importer, path, self->cancellable, preview_cb, op);
  update_actions (self);
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
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  ImportFile *item;

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
  adw_action_row_set_subtitle_lines (item->row, 3);

  item->post_button = gtk_button_new_with_mnemonic (_("Choose _Post…"));
  gtk_widget_set_valign (item->post_button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (item->post_button, FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (item->post_button), "import-dialog.choose-post");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (item->post_button), "u", self->files->len);
  adw_action_row_add_suffix (item->row, item->post_button);

  item->map_button = gtk_button_new_with_mnemonic (_("_Map Columns…"));
  gtk_widget_set_valign (item->map_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (item->map_button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (item->map_button), "import-dialog.map");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (item->map_button), "u", self->files->len);
  adw_action_row_add_suffix (item->row, item->map_button);

  adw_preferences_group_add (self->files_group, GTK_WIDGET (item->row));
  g_ptr_array_add (self->files, item);
  gtk_stack_set_visible_child_name (self->stack, "files");

  if (path == NULL)
    {
      adw_action_row_set_subtitle (item->row, _("Only files on this computer can be imported"));
      gtk_widget_add_css_class (GTK_WIDGET (item->row), "error");
      gtk_widget_set_visible (item->map_button, FALSE);
      update_actions (self);
      return;
    }

  preview_file (self, item);
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

/* Mapping columns */

static ImportFile *
file_at (HeraldImportDialog *self,
         GVariant           *param)
{
  guint index = g_variant_get_uint32 (param);

  if (index >= self->files->len || self->importing)
    return NULL;

  return self->files->pdata[index];
}

static void
open_mapping (HeraldImportDialog *self,
              ImportFile         *item)
{
  g_autofree char *path = g_file_get_path (item->file);
  g_autoptr (GError) error = NULL;

  if (item->done || path == NULL)
    return;

  if (!herald_import_mapping_load (self->mapping, path, self->profiles, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  self->mapping_file = item;
  adw_navigation_view_push_by_tag (self->navigation_view, "mapping");
}

static void
import_dialog_map_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  HeraldImportDialog *self = HERALD_IMPORT_DIALOG (widget);
  ImportFile *item = file_at (self, param);

  if (item != NULL)
    open_mapping (self, item);
}

static void
import_dialog_use_mapping_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  HeraldImportDialog *self = HERALD_IMPORT_DIALOG (widget);
  g_autoptr (HeraldImportProfile) profile = NULL;
  g_autoptr (GError) error = NULL;
  ImportFile *item = self->mapping_file;

  if (item == NULL || self->importing)
    return;

  profile = herald_import_mapping_build_profile (self->mapping, &error);
  if (profile == NULL)
    {
      /* The mapping already says what it lacks, above its columns. */
      if (herald_import_mapping_get_problem (self->mapping) != NULL)
        gtk_widget_error_bell (widget);
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  g_set_object (&item->profile, profile);
  g_free (item->account_id);
  item->account_id = g_strdup (herald_import_mapping_get_account_id (self->mapping));
  g_clear_pointer (&item->post_id, g_free);
  g_clear_pointer (&item->post_title, g_free);
  self->mapping_file = NULL;
  adw_navigation_view_pop_to_tag (self->navigation_view, "files");
  preview_file (self, item);
}

static void
mapping_saved_cb (HeraldImportMapping *mapping,
                  const char          *name,
                  HeraldImportDialog  *self)
{
  g_autofree char *text = NULL;

  load_profiles (self);
  /* Translators: a column mapping was saved as a profile of this name */
  text = g_strdup_printf (_("Saved the profile “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* Choosing the post of an export of one post */

static gboolean
filter_post (GtkListBoxRow *row,
             gpointer       user_data)
{
  HeraldImportDialog *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->post_search));
  g_autofree char *key = NULL;
  g_autofree char *title = NULL;

  if (*query == '\0')
    return TRUE;

  key = g_utf8_casefold (query, -1);
  title = g_utf8_casefold (g_object_get_data (G_OBJECT (row), "herald-post-title"), -1);
  return strstr (title, key) != NULL;
}

static void
post_search_changed_cb (GtkSearchEntry     *entry,
                        HeraldImportDialog *self)
{
  gtk_list_box_invalidate_filter (self->post_list);
}

static void
update_date_label (HeraldImportDialog *self)
{
  g_autoptr (GDateTime) date = gtk_calendar_get_date (self->date_calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_menu_button_set_label (self->date_button, text);
}

static void
date_selected_cb (GtkCalendar        *calendar,
                  HeraldImportDialog *self)
{
  update_date_label (self);
  gtk_menu_button_popdown (self->date_button);
}

static void
open_post_chooser (HeraldImportDialog *self,
                   ImportFile         *item)
{
  g_autofree char *path = g_file_get_path (item->file);
  g_autofree char *name = g_file_get_basename (item->file);
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) date = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  HeraldImportProfile *profile;
  GtkWidget *child;

  if (item->done || path == NULL)
    return;

  rows = herald_import_preview_file (path, NULL, 20, &error);
  profile = rows != NULL ? herald_import_detect_profile (self->profiles, rows, NULL) : NULL;
  if (profile == NULL || herald_import_profile_get_scope (profile) != HERALD_IMPORT_SCOPE_CHOSEN)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (error != NULL ? error->message
                                                                : _("This file says which posts its rows are about")));
      return;
    }

  posts = herald_import_list_posts (self->store, profile, &error);
  if (posts == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->post_list))) != NULL)
    gtk_list_box_remove (self->post_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (posts, i);
      gint64 time = herald_post_get_published_at (post);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_markup_escape_text (herald_post_get_title (post), -1);
      const char *id = herald_record_get_id (HERALD_RECORD (post));

      if (time == 0)
        time = herald_post_get_scheduled_at (post);
      if (time != 0)
        {
          g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (time);
          g_autoptr (GDateTime) local = g_date_time_to_timezone (utc, zone);
          g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      g_object_set_data_full (G_OBJECT (row), "herald-post-id", g_strdup (id), g_free);
      g_object_set_data_full (G_OBJECT (row), "herald-post-title", g_strdup (herald_post_get_title (post)), g_free);
      gtk_list_box_append (self->post_list, row);
      if (g_strcmp0 (id, item->post_id) == 0)
        gtk_list_box_select_row (self->post_list, GTK_LIST_BOX_ROW (row));
    }

  if (g_list_model_get_n_items (posts) == 0)
    /* Translators: the export of one post, and no post to choose */
    text = g_strdup_printf (_("“%s” holds the numbers of one post, and there is no published post of “%s” to choose: add the post first."),
                            name, herald_import_profile_get_title (profile));
  else
    /* Translators: the export of one post: which one? */
    text = g_strdup_printf (_("“%s” holds the numbers of one post but does not say which: choose it."), name);
  gtk_label_set_label (self->post_explanation, text);

  if (item->captured_at != 0)
    {
      g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (item->captured_at);

      date = g_date_time_to_timezone (utc, zone);
    }
  else
    date = g_date_time_new_now (zone);
  gtk_calendar_select_day (self->date_calendar, date);
  update_date_label (self);

  gtk_editable_set_text (GTK_EDITABLE (self->post_search), "");
  self->post_file = item;
  adw_navigation_view_push_by_tag (self->navigation_view, "post");
}

static void
import_dialog_choose_post_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  HeraldImportDialog *self = HERALD_IMPORT_DIALOG (widget);
  ImportFile *item = file_at (self, param);

  if (item != NULL)
    open_post_chooser (self, item);
}

static void
import_dialog_use_post_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  HeraldImportDialog *self = HERALD_IMPORT_DIALOG (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->post_list);
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr (GDateTime) now = g_date_time_new_now (zone);
  g_autoptr (GDateTime) chosen = gtk_calendar_get_date (self->date_calendar);
  ImportFile *item = self->post_file;

  if (item == NULL || self->importing)
    return;

  if (row == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Choose the post the numbers are of")));
      return;
    }

  g_free (item->post_id);
  item->post_id = g_strdup (g_object_get_data (G_OBJECT (row), "herald-post-id"));
  g_free (item->post_title);
  item->post_title = g_strdup (g_object_get_data (G_OBJECT (row), "herald-post-title"));

  /* Today: now; another day: its noon. */
  if (g_date_time_get_year (chosen) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (chosen) == g_date_time_get_day_of_year (now))
    item->captured_at = 0;
  else
    {
      g_autoptr (GDateTime) noon = g_date_time_new (zone, g_date_time_get_year (chosen),
                                                    g_date_time_get_month (chosen),
                                                    g_date_time_get_day_of_month (chosen), 12, 0, 0);

      item->captured_at = g_date_time_to_unix (noon);
    }

  self->post_file = NULL;
  adw_navigation_view_pop_to_tag (self->navigation_view, "files");
  preview_file (self, item);
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
      g_autofree char *text = describe_summary (self, item, summary, TRUE);

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
  importer = make_importer (self, item);
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
  self->mapping_file = NULL;
  self->post_file = NULL;
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
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
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
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, navigation_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, mapping);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, post_search);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, post_list);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, post_explanation);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportDialog, date_calendar);
  gtk_widget_class_bind_template_callback (widget_class, mapping_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, post_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_selected_cb);

  gtk_widget_class_install_action (widget_class, "import-dialog.choose", NULL, import_dialog_choose_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.import", NULL, import_dialog_import_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.cancel", NULL, import_dialog_cancel_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.map", "u", import_dialog_map_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.use-mapping", NULL, import_dialog_use_mapping_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.choose-post", "u", import_dialog_choose_post_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.use-post", NULL, import_dialog_use_post_action);
}

static void
herald_import_dialog_init (HeraldImportDialog *self)
{
  g_type_ensure (HERALD_TYPE_IMPORT_MAPPING);
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->post_list, filter_post, self, NULL);
  load_profiles (self);
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
  herald_import_mapping_set_store (self->mapping, store, campaign_id);
  return self;
}
