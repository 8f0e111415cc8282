/* herald-application-sync.c — team sync while Herald runs
 *
 * One scheduler per open database, owned by the application, so that the
 * timer, a local change and Sync Now (in the window or in Preferences)
 * never start two syncs at once.  The interval comes from the
 * `sync-minutes` setting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-application"

#include "config.h"

#include "herald-application-private.h"
#include "herald-preferences-dialog.h"

static void
apply_interval (HeraldApplication *self)
{
  if (self->sync_scheduler != NULL && self->settings != NULL)
    herald_sync_scheduler_set_interval_minutes (self->sync_scheduler,
                                                g_settings_get_uint (self->settings, "sync-minutes"));
}

static void
app_sync_now_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  HeraldApplication *self = user_data;

  if (self->sync_scheduler != NULL)
    herald_sync_scheduler_sync_now (self->sync_scheduler);
}

/* Preferences, on the Sync page. */
static void
app_sync_settings_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  HeraldApplication *self = user_data;
  HeraldPreferencesDialog *dialog;

  dialog = herald_preferences_dialog_new (self->store, self->database_path);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
  herald_preferences_dialog_show_sync (dialog);
}

static const GActionEntry sync_actions[] = {
  { "sync-now", app_sync_now_action },
  { "sync-settings", app_sync_settings_action },
};

void
herald_application_sync_startup (HeraldApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), sync_actions, G_N_ELEMENTS (sync_actions), self);
  g_signal_connect_object (self->settings, "changed::sync-minutes",
                           G_CALLBACK (apply_interval), self, G_CONNECT_SWAPPED);
}

void
herald_application_sync_set_store (HeraldApplication *self,
                                   HeraldStore       *store)
{
  if (self->sync_scheduler != NULL)
    herald_sync_scheduler_stop (self->sync_scheduler);
  g_clear_object (&self->sync_scheduler);

  /* Sample data never syncs. */
  if (store == NULL || self->demo)
    return;

  self->sync_scheduler = herald_sync_scheduler_new_for_store (store);
  apply_interval (self);
}

/* Soon after start, rather than a whole interval later. */
void
herald_application_sync_after_start (HeraldApplication *self)
{
  if (self->sync_scheduler != NULL && herald_sync_scheduler_is_configured (self->sync_scheduler) &&
      herald_sync_scheduler_get_interval_minutes (self->sync_scheduler) > 0)
    herald_sync_scheduler_sync_now (self->sync_scheduler);
}

/**
 * herald_application_get_sync_scheduler:
 * @self: a #HeraldApplication
 *
 * Returns: (transfer none) (nullable): the team sync of the open database
 */
HeraldSyncScheduler *
herald_application_get_sync_scheduler (HeraldApplication *self)
{
  g_return_val_if_fail (HERALD_IS_APPLICATION (self), NULL);

  return self->sync_scheduler;
}
