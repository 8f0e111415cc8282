/* herald-importer.h — platform exports into dated metric samples
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-import-profile.h"
#include "herald-store.h"

G_BEGIN_DECLS

/* Titles at least this similar (bigram Dice) name the same post. */
#define HERALD_IMPORT_TITLE_SIMILARITY 0.8
/* … when their publishing times are at most this far apart. */
#define HERALD_IMPORT_TIME_WINDOW (3 * 24 * 60 * 60)

/* What one import did. */
typedef struct {
  char  *file_name;
  char  *profile;     /* the profile's name */
  char  *import_id;
  guint  rows;        /* rows read below the header, blank ones not counted */
  guint  matched;     /* rows about a post that was already there */
  guint  created;     /* rows that made a new, published post */
  guint  skipped;     /* rows with nothing to import (totals, no numbers) */
  guint  samples;     /* metric samples added */
} HeraldImportSummary;

void                 herald_import_summary_clear   (HeraldImportSummary *summary);
void                 herald_import_summary_free    (HeraldImportSummary *summary);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HeraldImportSummary, herald_import_summary_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldImportSummary, herald_import_summary_free)

/* @fraction: 0.0 to 1.0 of the rows read. */
typedef void (*HeraldImportProgressFunc) (double   fraction,
                                          gpointer user_data);

#define HERALD_TYPE_IMPORTER (herald_importer_get_type ())

G_DECLARE_FINAL_TYPE (HeraldImporter, herald_importer, HERALD, IMPORTER, GObject)

HeraldImporter *herald_importer_new               (HeraldStore              *store);
/* The profiles to detect the file's among (default: those Herald ships). */
void            herald_importer_set_profiles      (HeraldImporter           *self,
                                                   GPtrArray                *profiles);
/* One profile, not detected: the file must have its columns. */
void            herald_importer_set_profile       (HeraldImporter           *self,
                                                   HeraldImportProfile      *profile);
/* Default: the only account of the profile's channel. */
void            herald_importer_set_account_id    (HeraldImporter           *self,
                                                   const char               *account_id);
/* The campaign of the posts an import creates. */
void            herald_importer_set_campaign_id   (HeraldImporter           *self,
                                                   const char               *campaign_id);
/* The post an export of one post is about (see HERALD_IMPORT_SCOPE_CHOSEN). */
void            herald_importer_set_post_id       (HeraldImporter           *self,
                                                   const char               *post_id);
/* When per-post numbers were read (default: now). */
void            herald_importer_set_captured_at   (HeraldImporter           *self,
                                                   gint64                    captured_at);
/* The .xlsx sheet to read (default: the first with rows). */
void            herald_importer_set_sheet         (HeraldImporter           *self,
                                                   const char               *sheet);
void            herald_importer_set_dry_run       (HeraldImporter           *self,
                                                   gboolean                  dry_run);
void            herald_importer_set_progress_func (HeraldImporter           *self,
                                                   HeraldImportProgressFunc  func,
                                                   gpointer                  user_data,
                                                   GDestroyNotify            destroy);

gboolean        herald_importer_import_bytes      (HeraldImporter           *self,
                                                   GBytes                   *data,
                                                   const char               *file_name,
                                                   HeraldImportSummary      *summary,
                                                   GCancellable             *cancellable,
                                                   GError                  **error);
gboolean        herald_importer_import_file       (HeraldImporter           *self,
                                                   const char               *path,
                                                   HeraldImportSummary      *summary,
                                                   GCancellable             *cancellable,
                                                   GError                  **error);
void            herald_importer_import_file_async (HeraldImporter           *self,
                                                   const char               *path,
                                                   GCancellable             *cancellable,
                                                   GAsyncReadyCallback       callback,
                                                   gpointer                  user_data);
HeraldImportSummary *herald_importer_import_file_finish (HeraldImporter     *self,
                                                   GAsyncResult             *result,
                                                   GError                  **error);

/* For the column-mapping dialog: the first rows of a file, as GStrv, and
 * the profile that knows them best (with the index of its header row). */
GPtrArray      *herald_import_preview_file        (const char               *path,
                                                   const char               *sheet,
                                                   guint                     max_rows,
                                                   GError                  **error);
HeraldImportProfile *herald_import_detect_profile (GPtrArray                *profiles,
                                                   GPtrArray                *rows,
                                                   guint                    *header_row);
/* For the export of one post: the posts it could be about, newest first. */
GListModel     *herald_import_list_posts          (HeraldStore              *store,
                                                   HeraldImportProfile      *profile,
                                                   GError                  **error);
/* Herald's own metric names, for the dialog's choices. */
const char * const *herald_import_known_metrics   (void);

/* Title similarity, 0.0 to 1.0, as the matching uses it. */
double          herald_import_title_similarity    (const char               *a,
                                                   const char               *b);

G_END_DECLS
