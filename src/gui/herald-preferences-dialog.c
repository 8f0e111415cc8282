/* herald-preferences-dialog.c — the Preferences dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-accounts-page.h"
#include "herald-ad-words-preferences.h"
#include "herald-application.h"
#include "herald-paths.h"
#include "herald-preferences-dialog.h"
#include "herald-sync-page.h"
#include "herald-topics-preferences.h"

struct _HeraldPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  HeraldStore          *store;
  char                 *database_path;

  HeraldAccountsPage   *accounts_page;
  HeraldTopicsPreferences *topics_page;
  HeraldAdWordsPreferences *ad_words_page;
  HeraldSyncPage       *sync_page;
  AdwActionRow         *database_row;
  AdwActionRow         *backups_row;
  AdwSpinRow           *reminder_minutes_row;
  AdwSwitchRow         *run_in_background_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (HeraldPreferencesDialog, herald_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
herald_preferences_dialog_constructed (GObject *object)
{
  HeraldPreferencesDialog *self = HERALD_PREFERENCES_DIALOG (object);
  GApplication *app = g_application_get_default ();
  g_autofree char *backups = NULL;

  G_OBJECT_CLASS (herald_preferences_dialog_parent_class)->constructed (object);

  if (self->database_path == NULL && self->store != NULL)
    self->database_path = g_strdup (herald_store_get_path (self->store));
  if (self->database_path == NULL)
    self->database_path = herald_paths_resolve_database (NULL);

  herald_accounts_page_set_store (self->accounts_page, self->store);
  herald_topics_preferences_set_store (self->topics_page, self->store);
  herald_ad_words_preferences_set_store (self->ad_words_page, self->store);
  herald_sync_page_set_store (self->sync_page, self->store);
  if (HERALD_IS_APPLICATION (app))
    {
      herald_topics_preferences_set_fetcher (self->topics_page,
                                             herald_application_get_feed_fetcher (HERALD_APPLICATION (app)));
      herald_sync_page_set_scheduler (self->sync_page,
                                      herald_application_get_sync_scheduler (HERALD_APPLICATION (app)));
    }

  backups = herald_paths_get_backup_dir (self->database_path);
  adw_action_row_set_subtitle (self->database_row, self->database_path);
  adw_action_row_set_subtitle (self->backups_row, backups);
}

static void
herald_preferences_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HeraldPreferencesDialog *self = HERALD_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_DATABASE_PATH:
      g_free (self->database_path);
      self->database_path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_preferences_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HeraldPreferencesDialog *self = HERALD_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_preferences_dialog_dispose (GObject *object)
{
  HeraldPreferencesDialog *self = HERALD_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_preferences_dialog_parent_class)->dispose (object);
}

static void
herald_preferences_dialog_finalize (GObject *object)
{
  HeraldPreferencesDialog *self = HERALD_PREFERENCES_DIALOG (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (herald_preferences_dialog_parent_class)->finalize (object);
}

static void
herald_preferences_dialog_class_init (HeraldPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = herald_preferences_dialog_constructed;
  object_class->dispose = herald_preferences_dialog_dispose;
  object_class->finalize = herald_preferences_dialog_finalize;
  object_class->get_property = herald_preferences_dialog_get_property;
  object_class->set_property = herald_preferences_dialog_set_property;

  /**
   * HeraldPreferencesDialog:store:
   *
   * The open database, or %NULL when it could not be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldPreferencesDialog:database-path:
   *
   * The database shown on the Data page; the store's when not given.
   */
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HERALD_TYPE_ACCOUNTS_PAGE);
  g_type_ensure (HERALD_TYPE_TOPICS_PREFERENCES);
  g_type_ensure (HERALD_TYPE_AD_WORDS_PREFERENCES);
  g_type_ensure (HERALD_TYPE_SYNC_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldPreferencesDialog, accounts_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldPreferencesDialog, topics_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldPreferencesDialog, ad_words_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldPreferencesDialog, sync_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldPreferencesDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPreferencesDialog, backups_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPreferencesDialog, reminder_minutes_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPreferencesDialog, run_in_background_row);
}

static void
herald_preferences_dialog_init (HeraldPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "reminder-minutes", self->reminder_minutes_row, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "run-in-background", self->run_in_background_row, "active", G_SETTINGS_BIND_DEFAULT);
}

/**
 * herald_preferences_dialog_new:
 * @store: (nullable): the open database
 * @database_path: (nullable): the database file, when it is not @store's
 *
 * Returns: (transfer floating): a new dialog
 */
HeraldPreferencesDialog *
herald_preferences_dialog_new (HeraldStore *store,
                               const char  *database_path)
{
  g_return_val_if_fail (store == NULL || HERALD_IS_STORE (store), NULL);

  return g_object_new (HERALD_TYPE_PREFERENCES_DIALOG,
                       "store", store,
                       "database-path", database_path,
                       NULL);
}

/**
 * herald_preferences_dialog_add_account:
 * @self: a #HeraldPreferencesDialog
 *
 * Shows the Accounts page and, over the dialog, the one that adds an
 * account.  Present @self first.
 */
void
herald_preferences_dialog_add_account (HeraldPreferencesDialog *self)
{
  g_return_if_fail (HERALD_IS_PREFERENCES_DIALOG (self));

  adw_preferences_dialog_set_visible_page (ADW_PREFERENCES_DIALOG (self),
                                           ADW_PREFERENCES_PAGE (self->accounts_page));
  herald_accounts_page_add_account (self->accounts_page);
}

/**
 * herald_preferences_dialog_show_sync:
 * @self: a #HeraldPreferencesDialog
 *
 * Shows the Sync page.
 */
void
herald_preferences_dialog_show_sync (HeraldPreferencesDialog *self)
{
  g_return_if_fail (HERALD_IS_PREFERENCES_DIALOG (self));

  adw_preferences_dialog_set_visible_page (ADW_PREFERENCES_DIALOG (self),
                                           ADW_PREFERENCES_PAGE (self->sync_page));
}

/**
 * herald_preferences_page_add_toast:
 * @page: a page of a Preferences dialog
 * @toast: (transfer floating): a toast
 *
 * Shows @toast in the Preferences dialog @page is in; with none (a page
 * on its own, in a test), drops it.
 */
void
herald_preferences_page_add_toast (GtkWidget *page,
                                   AdwToast  *toast)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (ADW_IS_TOAST (toast));

  dialog = gtk_widget_get_ancestor (page, ADW_TYPE_PREFERENCES_DIALOG);
  if (dialog != NULL)
    adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (dialog), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}
