/* herald-import-dialog.h — imports the platforms' exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_IMPORT_DIALOG (herald_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldImportDialog, herald_import_dialog, HERALD, IMPORT_DIALOG, AdwDialog)

HeraldImportDialog *herald_import_dialog_new        (HeraldStore        *store,
                                                     const char         *campaign_id);
void                herald_import_dialog_add_file   (HeraldImportDialog *self,
                                                     GFile              *file);
guint               herald_import_dialog_get_n_ready (HeraldImportDialog *self);
gboolean            herald_import_dialog_is_busy    (HeraldImportDialog *self);

G_END_DECLS
