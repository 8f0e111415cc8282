/* herald-shortcuts-dialog.h — the Keyboard Shortcuts dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HERALD_TYPE_SHORTCUTS_DIALOG (herald_shortcuts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldShortcutsDialog, herald_shortcuts_dialog, HERALD, SHORTCUTS_DIALOG, AdwDialog)

HeraldShortcutsDialog *herald_shortcuts_dialog_new (void);

G_END_DECLS
