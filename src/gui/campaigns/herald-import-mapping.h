/* herald-import-mapping.h — the column-mapping step of the import dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-importer.h"
#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_IMPORT_MAPPING (herald_import_mapping_get_type ())

G_DECLARE_FINAL_TYPE (HeraldImportMapping, herald_import_mapping, HERALD, IMPORT_MAPPING, AdwBin)

void                 herald_import_mapping_set_store      (HeraldImportMapping  *self,
                                                           HeraldStore          *store,
                                                           const char           *campaign_id);
gboolean             herald_import_mapping_load           (HeraldImportMapping  *self,
                                                           const char           *path,
                                                           GPtrArray            *profiles,
                                                           GError              **error);
HeraldImportProfile *herald_import_mapping_build_profile  (HeraldImportMapping  *self,
                                                           GError              **error);
const char          *herald_import_mapping_get_account_id (HeraldImportMapping  *self);
const char          *herald_import_mapping_get_problem    (HeraldImportMapping  *self);
const HeraldImportSummary *herald_import_mapping_get_preview (HeraldImportMapping *self);
gboolean             herald_import_mapping_is_busy        (HeraldImportMapping  *self);
AdwComboRow         *herald_import_mapping_get_combo      (HeraldImportMapping  *self,
                                                           guint                 column);
guint                herald_import_mapping_choice_of      (HeraldColumnRole      role,
                                                           const char           *metric);

G_END_DECLS
