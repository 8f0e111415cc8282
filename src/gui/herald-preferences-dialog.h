/* herald-preferences-dialog.h — the Preferences dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_PREFERENCES_DIALOG (herald_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldPreferencesDialog, herald_preferences_dialog, HERALD, PREFERENCES_DIALOG, AdwPreferencesDialog)

HeraldPreferencesDialog *herald_preferences_dialog_new         (HeraldStore             *store,
                                                          const char              *database_path);
void                     herald_preferences_dialog_add_account (HeraldPreferencesDialog *self);
void                     herald_preferences_dialog_show_sync   (HeraldPreferencesDialog *self);

void                     herald_preferences_page_add_toast     (GtkWidget               *page,
                                                                AdwToast                *toast);

G_END_DECLS
