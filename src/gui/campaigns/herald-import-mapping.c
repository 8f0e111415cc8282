/* herald-import-mapping.c — the column-mapping step of the import dialog
 *
 * Shows each column of an export no profile knows, with its first values,
 * and a choice of what it holds: one of Herald's metrics, the post's
 * title, publishing time or URL, or nothing.  The guesses, the check that
 * the mapping says which post each row is about and the profile it makes
 * come from HeraldColumnMapping; on each change the file is previewed
 * with that profile (a dry run: what would match, be new or be skipped).
 * The mapping can be saved as a profile, so that the same export is
 * found by itself next time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-column-mapping.h"
#include "herald-import-mapping.h"
#include "herald-importer.h"
#include "herald-metric-names.h"

struct _HeraldImportMapping
{
  AdwBin               parent_instance;

  HeraldStore         *store;
  char                *campaign_id;
  char                *path;
  char                *file_name;
  HeraldColumnMapping *mapping;
  GPtrArray           *combos;         /* AdwComboRow*, one per column */
  GPtrArray           *account_ids;
  GPtrArray           *account_kinds;
  GCancellable        *preview_cancellable;
  HeraldImportSummary *preview;
  char                *saved_name;
  gboolean             updating;

  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *problem_group;
  GtkLabel            *problem_label;
  AdwComboRow         *account_row;
  AdwActionRow        *preview_row;
  AdwPreferencesGroup *save_group;
  AdwEntryRow         *name_row;
};

G_DEFINE_FINAL_TYPE (HeraldImportMapping, herald_import_mapping, ADW_TYPE_BIN)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The choices of each column, in order: the roles, then the metrics. */
static const HeraldColumnRole choice_roles[] = {
  HERALD_COLUMN_IGNORED, HERALD_COLUMN_TITLE, HERALD_COLUMN_TIME, HERALD_COLUMN_URL,
};

static guint
n_choices (void)
{
  return G_N_ELEMENTS (choice_roles) + g_strv_length ((char **) herald_import_known_metrics ());
}

static void
choice_get (guint              choice,
            HeraldColumnRole  *role,
            const char       **metric)
{
  if (choice < G_N_ELEMENTS (choice_roles))
    {
      *role = choice_roles[choice];
      *metric = NULL;
      return;
    }

  *role = HERALD_COLUMN_METRIC;
  *metric = herald_import_known_metrics ()[choice - G_N_ELEMENTS (choice_roles)];
}

/**
 * herald_import_mapping_choice_of:
 * @role: what a column holds
 * @metric: (nullable): its metric
 *
 * Returns: the index of the choice in each column's list, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
herald_import_mapping_choice_of (HeraldColumnRole  role,
                                 const char       *metric)
{
  const char * const *metrics = herald_import_known_metrics ();

  if (role != HERALD_COLUMN_METRIC)
    {
      for (guint i = 0; i < G_N_ELEMENTS (choice_roles); i++)
        if (choice_roles[i] == role)
          return i;
      return GTK_INVALID_LIST_POSITION;
    }

  for (guint i = 0; metrics[i] != NULL; i++)
    if (g_strcmp0 (metrics[i], metric) == 0)
      return G_N_ELEMENTS (choice_roles) + i;

  return GTK_INVALID_LIST_POSITION;
}

static GListModel *
make_choices (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_choices (); i++)
    {
      HeraldColumnRole role;
      const char *metric;

      choice_get (i, &role, &metric);
      gtk_string_list_append (list, role == HERALD_COLUMN_METRIC ? herald_metric_get_label (metric)
                                                                 : herald_column_role_get_label (role));
    }

  return G_LIST_MODEL (list);
}

/* Profile and preview */

static const char *
current_account (HeraldImportMapping *self,
                 const char         **kind)
{
  guint selected = adw_combo_row_get_selected (self->account_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->account_ids->len)
    {
      *kind = NULL;
      return NULL;
    }

  *kind = self->account_kinds->pdata[selected];
  return self->account_ids->pdata[selected];
}

static HeraldImportProfile *
build_profile (HeraldImportMapping  *self,
               const char           *name,
               GError              **error)
{
  const char *kind = NULL;

  current_account (self, &kind);
  return herald_column_mapping_build_profile (self->mapping, name, kind, error);
}

/**
 * herald_import_mapping_build_profile:
 * @self: a #HeraldImportMapping
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the profile of the mapping (under
 *   the name it was saved with, else the file's), or %NULL with @error
 *   saying what the mapping lacks
 */
HeraldImportProfile *
herald_import_mapping_build_profile (HeraldImportMapping  *self,
                                     GError              **error)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_MAPPING (self), NULL);

  if (self->mapping == NULL)
    {
      g_set_error_literal (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER, _("No file to map"));
      return NULL;
    }

  return build_profile (self, self->saved_name != NULL ? self->saved_name : self->file_name, error);
}

const char *
herald_import_mapping_get_account_id (HeraldImportMapping *self)
{
  const char *kind;

  g_return_val_if_fail (HERALD_IS_IMPORT_MAPPING (self), NULL);

  return current_account (self, &kind);
}

/**
 * herald_import_mapping_get_problem:
 * @self: a #HeraldImportMapping
 *
 * Returns: (nullable): why the mapping cannot import, as shown, or %NULL
 */
const char *
herald_import_mapping_get_problem (HeraldImportMapping *self)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_MAPPING (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->problem_group)) ? gtk_label_get_label (self->problem_label)
                                                                    : NULL;
}

/**
 * herald_import_mapping_get_preview:
 * @self: a #HeraldImportMapping
 *
 * Returns: (nullable): what importing with the mapping would do, once
 *   previewed
 */
const HeraldImportSummary *
herald_import_mapping_get_preview (HeraldImportMapping *self)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_MAPPING (self), NULL);

  return self->preview;
}

gboolean
herald_import_mapping_is_busy (HeraldImportMapping *self)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_MAPPING (self), FALSE);

  return self->preview_cancellable != NULL;
}

static void
preview_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (HeraldImportMapping) self = user_data;
  g_autoptr (GError) error = NULL;
  HeraldImportSummary *summary;

  summary = herald_importer_import_file_finish (HERALD_IMPORTER (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->preview_cancellable);
  g_clear_pointer (&self->preview, herald_import_summary_free);
  if (summary != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: what importing the mapped file would do */
      text = g_strdup_printf (_("Rows matching posts: %u, would be new posts: %u, skipped: %u"),
                              summary->matched, summary->created, summary->skipped);
      self->preview = summary;
      adw_action_row_set_subtitle (self->preview_row, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->preview_row), "error");
    }
  else
    {
      g_autofree char *text = g_markup_escape_text (error->message, -1);

      adw_action_row_set_subtitle (self->preview_row, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->preview_row), "error");
    }
}

static void
update (HeraldImportMapping *self)
{
  g_autoptr (HeraldImportProfile) profile = NULL;
  g_autoptr (HeraldImporter) importer = NULL;
  g_autoptr (GError) error = NULL;
  const char *account_id, *kind;

  if (self->mapping == NULL || self->updating)
    return;

  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  g_clear_pointer (&self->preview, herald_import_summary_free);

  account_id = current_account (self, &kind);
  profile = build_profile (self, self->file_name, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_group), profile == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mapping.save", profile != NULL);
  if (profile == NULL)
    {
      gtk_label_set_label (self->problem_label, error->message);
      adw_action_row_set_subtitle (self->preview_row, _("Nothing to preview until the columns say which post each row is about"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->preview_row), "error");
      return;
    }

  if (account_id == NULL)
    {
      adw_action_row_set_subtitle (self->preview_row, _("Add the account the numbers belong to first"));
      gtk_widget_add_css_class (GTK_WIDGET (self->preview_row), "error");
      return;
    }

  importer = herald_importer_new (self->store);
  herald_importer_set_profile (importer, profile);
  herald_importer_set_account_id (importer, account_id);
  if (self->campaign_id != NULL)
    herald_importer_set_campaign_id (importer, self->campaign_id);
  herald_importer_set_dry_run (importer, TRUE);
  self->preview_cancellable = g_cancellable_new ();
  adw_action_row_set_subtitle (self->preview_row, _("Reading…"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->preview_row), "error");
  herald_importer_import_file_async (importer, self->path, self->preview_cancellable, preview_cb,
                                     g_object_ref (self));
}

static void
combo_selected_cb (AdwComboRow         *combo,
                   GParamSpec          *pspec,
                   HeraldImportMapping *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (combo), "herald-column"));
  guint selected = adw_combo_row_get_selected (combo);
  HeraldColumnRole role;
  const char *metric;

  if (self->mapping == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  choice_get (selected, &role, &metric);
  herald_column_mapping_set_column (self->mapping, column, role, metric);
  update (self);
}

static void
account_selected_cb (AdwComboRow         *combo,
                     GParamSpec          *pspec,
                     HeraldImportMapping *self)
{
  update (self);
}

/* Loading */

static void
clear_rows (HeraldImportMapping *self)
{
  for (guint i = 0; i < self->combos->len; i++)
    adw_preferences_group_remove (self->columns_group, self->combos->pdata[i]);
  g_ptr_array_set_size (self->combos, 0);
}

static void
load_accounts (HeraldImportMapping *self)
{
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GError) error = NULL;

  g_ptr_array_set_size (self->account_ids, 0);
  g_ptr_array_set_size (self->account_kinds, 0);

  accounts = herald_store_list_accounts (self->store, &error);
  if (accounts == NULL)
    g_warning ("Could not list the accounts: %s", error->message);

  for (guint i = 0; accounts != NULL && i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);

      gtk_string_list_append (names, herald_account_get_name (account));
      g_ptr_array_add (self->account_ids, g_strdup (herald_record_get_id (HERALD_RECORD (account))));
      g_ptr_array_add (self->account_kinds, g_strdup (herald_account_get_kind (account)));
    }

  adw_combo_row_set_model (self->account_row, G_LIST_MODEL (names));
}

/**
 * herald_import_mapping_load:
 * @self: a #HeraldImportMapping
 * @path: an export
 * @profiles: (element-type HeraldImportProfile): the profiles whose names
 *   guide the guesses
 * @error: return location for a #GError
 *
 * Reads the first rows of @path and shows its columns, with the guesses.
 *
 * Returns: %TRUE if the file could be read
 */
gboolean
herald_import_mapping_load (HeraldImportMapping  *self,
                            const char           *path,
                            GPtrArray            *profiles,
                            GError              **error)
{
  g_autoptr (HeraldColumnMapping) mapping = NULL;
  g_autoptr (GListModel) choices = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (HERALD_IS_IMPORT_MAPPING (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  mapping = herald_column_mapping_new_for_file (path, profiles, error);
  if (mapping == NULL)
    return FALSE;

  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  g_clear_pointer (&self->preview, herald_import_summary_free);
  g_clear_pointer (&self->saved_name, g_free);
  g_set_object (&self->mapping, mapping);
  g_free (self->path);
  self->path = g_strdup (path);
  g_free (self->file_name);
  self->file_name = g_path_get_basename (path);

  self->updating = TRUE;
  load_accounts (self);
  clear_rows (self);

  /* Translators: the group of the columns of a file, "Columns of “data.csv”" */
  title = g_strdup_printf (_("Columns of “%s”"), self->file_name);
  adw_preferences_group_set_title (self->columns_group, title);

  choices = make_choices ();
  for (guint i = 0; i < herald_column_mapping_get_n_columns (mapping); i++)
    {
      const char *header = herald_column_mapping_get_header (mapping, i);
      g_autofree char *samples = g_strjoinv (" · ", (char **) herald_column_mapping_get_samples (mapping, i));
      g_autofree char *column_name = herald_column_name (i);
      g_autofree char *row_title = NULL;
      g_autofree char *subtitle = NULL;
      AdwComboRow *combo = ADW_COMBO_ROW (adw_combo_row_new ());
      guint choice;

      /* Translators: a column's name, or its letter when it has none */
      row_title = g_markup_escape_text (*header != '\0' ? header : column_name, -1);
      subtitle = g_markup_escape_text (*samples != '\0' ? samples : _("(empty)"), -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), row_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (combo), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (combo), 1);
      adw_combo_row_set_model (combo, choices);
      adw_combo_row_set_enable_search (combo, TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (combo), *header != '\0');

      choice = herald_import_mapping_choice_of (herald_column_mapping_get_role (mapping, i),
                                                herald_column_mapping_get_metric (mapping, i));
      adw_combo_row_set_selected (combo, choice != GTK_INVALID_LIST_POSITION ? choice : 0);
      if (choice == GTK_INVALID_LIST_POSITION)
        herald_column_mapping_set_column (mapping, i, HERALD_COLUMN_IGNORED, NULL);

      g_object_set_data (G_OBJECT (combo), "herald-column", GUINT_TO_POINTER (i));
      g_signal_connect (combo, "notify::selected", G_CALLBACK (combo_selected_cb), self);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (combo));
      g_ptr_array_add (self->combos, combo);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  adw_preferences_group_set_description (self->save_group,
                                         _("Saved, the mapping is used by itself the next time a file has these columns"));
  self->updating = FALSE;
  update (self);

  return TRUE;
}

/**
 * herald_import_mapping_get_combo:
 * @self: a #HeraldImportMapping
 * @column: a column of the file
 *
 * Returns: (transfer none) (nullable): the choice of the column
 */
AdwComboRow *
herald_import_mapping_get_combo (HeraldImportMapping *self,
                                 guint                column)
{
  g_return_val_if_fail (HERALD_IS_IMPORT_MAPPING (self), NULL);

  return column < self->combos->len ? self->combos->pdata[column] : NULL;
}

/* Saving */

static void
mapping_save_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  HeraldImportMapping *self = HERALD_IMPORT_MAPPING (widget);
  g_autoptr (HeraldImportProfile) profile = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = herald_import_profile_get_user_folder ();
  g_autofree char *text = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  profile = build_profile (self, name, &error);
  if (profile == NULL || !herald_import_profile_save (profile, folder, &error))
    {
      adw_preferences_group_set_description (self->save_group, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  g_free (self->saved_name);
  self->saved_name = g_strdup (herald_import_profile_get_name (profile));
  /* Translators: after saving a column mapping as a profile */
  text = g_strdup_printf (_("Saved as “%s”: files with these columns are known from now on"), self->saved_name);
  adw_preferences_group_set_description (self->save_group, text);
  g_signal_emit (self, signals[SAVED], 0, self->saved_name);
}

/* Object */

static void
herald_import_mapping_dispose (GObject *object)
{
  HeraldImportMapping *self = HERALD_IMPORT_MAPPING (object);

  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  /* AdwBin lets go of the template's child, and the rows with it. */
  if (self->account_row != NULL)
    g_signal_handlers_disconnect_by_data (self->account_row, self);
  for (guint i = 0; i < self->combos->len; i++)
    g_signal_handlers_disconnect_by_data (self->combos->pdata[i], self);
  g_ptr_array_set_size (self->combos, 0);
  self->account_row = NULL;
  g_clear_object (&self->store);
  g_clear_object (&self->mapping);

  G_OBJECT_CLASS (herald_import_mapping_parent_class)->dispose (object);
}

static void
herald_import_mapping_finalize (GObject *object)
{
  HeraldImportMapping *self = HERALD_IMPORT_MAPPING (object);

  g_clear_pointer (&self->preview, herald_import_summary_free);
  g_ptr_array_unref (self->combos);
  g_ptr_array_unref (self->account_ids);
  g_ptr_array_unref (self->account_kinds);
  g_free (self->campaign_id);
  g_free (self->path);
  g_free (self->file_name);
  g_free (self->saved_name);

  G_OBJECT_CLASS (herald_import_mapping_parent_class)->finalize (object);
}

static void
herald_import_mapping_class_init (HeraldImportMappingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_import_mapping_dispose;
  object_class->finalize = herald_import_mapping_finalize;

  /**
   * HeraldImportMapping::saved:
   * @name: the profile's name
   *
   * Emitted when the mapping was saved as a profile.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-import-mapping.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldImportMapping, columns_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportMapping, problem_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportMapping, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportMapping, account_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportMapping, preview_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportMapping, save_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldImportMapping, name_row);

  gtk_widget_class_install_action (widget_class, "mapping.save", NULL, mapping_save_action);
}

static void
herald_import_mapping_init (HeraldImportMapping *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->combos = g_ptr_array_new ();
  self->account_ids = g_ptr_array_new_with_free_func (g_free);
  self->account_kinds = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (self->account_row, "notify::selected", G_CALLBACK (account_selected_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mapping.save", FALSE);
}

/**
 * herald_import_mapping_set_store:
 * @self: a #HeraldImportMapping
 * @store: the database to import into
 * @campaign_id: (nullable): the campaign of the posts an import creates
 */
void
herald_import_mapping_set_store (HeraldImportMapping *self,
                                 HeraldStore         *store,
                                 const char          *campaign_id)
{
  g_return_if_fail (HERALD_IS_IMPORT_MAPPING (self));
  g_return_if_fail (HERALD_IS_STORE (store));

  g_set_object (&self->store, store);
  g_free (self->campaign_id);
  self->campaign_id = g_strdup (campaign_id);
}
