/* herald-import-profile.h — how one platform's export names its columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "herald-row-source.h"

G_BEGIN_DECLS

/* What one row of the export is about. */
typedef enum {
  HERALD_IMPORT_SCOPE_POST,     /* one post per row: matched to a post */
  HERALD_IMPORT_SCOPE_ACCOUNT,  /* one day per row: numbers of the account */
  HERALD_IMPORT_SCOPE_CHOSEN,   /* the numbers of one post the user chooses */
} HeraldImportScope;

/* How a metric's cells are written. */
typedef enum {
  HERALD_VALUE_COUNT,    /* 1234, 1,234, 1.2万 */
  HERALD_VALUE_RATE,     /* 0.0374 or 3.74% */
  HERALD_VALUE_SECONDS,  /* 12.5, 12s, 1分23秒, 01:23 */
} HeraldValueKind;

/* What a column holds. */
typedef enum {
  HERALD_COLUMN_IGNORED,
  HERALD_COLUMN_METRIC,
  HERALD_COLUMN_TITLE,
  HERALD_COLUMN_URL,
  HERALD_COLUMN_TIME,      /* when the post was published */
  HERALD_COLUMN_DATE,      /* the day an account-level row is about */
  HERALD_COLUMN_SEGMENT,   /* a breakdown such as 渠道 */
} HeraldColumnRole;

typedef struct {
  HeraldColumnRole  role;
  const char       *metric;   /* for HERALD_COLUMN_METRIC */
  HeraldValueKind   kind;
} HeraldColumnMatch;

#define HERALD_TYPE_IMPORT_PROFILE (herald_import_profile_get_type ())

G_DECLARE_FINAL_TYPE (HeraldImportProfile, herald_import_profile, HERALD, IMPORT_PROFILE, GObject)

HeraldImportProfile *herald_import_profile_new            (const char           *name,
                                                           const char           *title,
                                                           const char           *channel,
                                                           HeraldImportScope     scope);
HeraldImportProfile *herald_import_profile_new_from_json  (JsonNode             *node,
                                                           GError              **error);
JsonNode            *herald_import_profile_to_json        (HeraldImportProfile  *self);

const char          *herald_import_profile_get_name       (HeraldImportProfile  *self);
const char          *herald_import_profile_get_title      (HeraldImportProfile  *self);
/* A channel kind id ("douyin"), or "" when any will do. */
const char          *herald_import_profile_get_channel    (HeraldImportProfile  *self);
HeraldImportScope    herald_import_profile_get_scope      (HeraldImportProfile  *self);
gboolean             herald_import_profile_is_builtin     (HeraldImportProfile  *self);

/* Building one, as the column-mapping dialog does: @metric only for
 * HERALD_COLUMN_METRIC. */
void                 herald_import_profile_add_column     (HeraldImportProfile  *self,
                                                           HeraldColumnRole      role,
                                                           const char           *header,
                                                           const char           *metric,
                                                           HeraldValueKind       kind);
void                 herald_import_profile_add_date_format (HeraldImportProfile *self,
                                                           const char           *format);
void                 herald_import_profile_add_segment_total (HeraldImportProfile *self,
                                                           const char           *value);
void                 herald_import_profile_add_file_name  (HeraldImportProfile  *self,
                                                           const char           *part);

/* Reading an export with it. */
gboolean             herald_import_profile_match_header   (HeraldImportProfile  *self,
                                                           const char           *header,
                                                           HeraldColumnMatch    *match);
guint                herald_import_profile_score_row      (HeraldImportProfile  *self,
                                                           const HeraldRow      *row,
                                                           gboolean             *identified);
gboolean             herald_import_profile_matches_file_name (HeraldImportProfile *self,
                                                           const char           *file_name);
gboolean             herald_import_profile_is_segment_total (HeraldImportProfile *self,
                                                           const char           *value);
gboolean             herald_import_profile_parse_time     (HeraldImportProfile  *self,
                                                           const char           *text,
                                                           GTimeZone            *zone,
                                                           gint64               *time);
char                *herald_import_profile_describe_identity (HeraldImportProfile *self);

gboolean             herald_import_parse_value            (HeraldValueKind       kind,
                                                           const char           *text,
                                                           gboolean             *empty,
                                                           double               *value);
char                *herald_import_normalize_header       (const char           *header);

/* The profiles Herald ships, and those the user saved. */
GPtrArray           *herald_import_profile_list_builtin   (void);
GPtrArray           *herald_import_profile_load_all       (const char           *folder,
                                                           GError              **error);
char                *herald_import_profile_get_user_folder (void);
gboolean             herald_import_profile_save           (HeraldImportProfile  *self,
                                                           const char           *folder,
                                                           GError              **error);
HeraldImportProfile *herald_import_profile_find           (GPtrArray            *profiles,
                                                           const char           *name);

G_END_DECLS
