/* herald-column-mapping.h — an unknown export's columns, mapped by the user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-import-profile.h"

G_BEGIN_DECLS

/* Sample values shown per column at most. */
#define HERALD_COLUMN_MAPPING_SAMPLES 3

#define HERALD_TYPE_COLUMN_MAPPING (herald_column_mapping_get_type ())

G_DECLARE_FINAL_TYPE (HeraldColumnMapping, herald_column_mapping, HERALD, COLUMN_MAPPING, GObject)

HeraldColumnMapping *herald_column_mapping_new            (GPtrArray            *rows,
                                                           GPtrArray            *profiles);
HeraldColumnMapping *herald_column_mapping_new_for_file   (const char           *path,
                                                           GPtrArray            *profiles,
                                                           GError              **error);

guint                herald_column_mapping_get_header_row (HeraldColumnMapping  *self);
guint                herald_column_mapping_get_n_columns  (HeraldColumnMapping  *self);
const char          *herald_column_mapping_get_header     (HeraldColumnMapping  *self,
                                                           guint                 column);
const char * const  *herald_column_mapping_get_samples    (HeraldColumnMapping  *self,
                                                           guint                 column);
HeraldColumnRole     herald_column_mapping_get_role       (HeraldColumnMapping  *self,
                                                           guint                 column);
const char          *herald_column_mapping_get_metric     (HeraldColumnMapping  *self,
                                                           guint                 column);
void                 herald_column_mapping_set_column     (HeraldColumnMapping  *self,
                                                           guint                 column,
                                                           HeraldColumnRole      role,
                                                           const char           *metric);

gboolean             herald_column_mapping_check          (HeraldColumnMapping  *self,
                                                           GError              **error);
HeraldImportProfile *herald_column_mapping_build_profile  (HeraldColumnMapping  *self,
                                                           const char           *name,
                                                           const char           *channel,
                                                           GError              **error);

const char          *herald_column_role_get_label         (HeraldColumnRole      role);

G_END_DECLS
