/* herald-importer-private.h — what the importer's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-importer.h"
#include "herald-row-source.h"

G_BEGIN_DECLS

/* Rows searched for the header. */
#define HERALD_IMPORT_HEADER_ROWS 20

struct _HeraldImporter
{
  GObject                   parent_instance;

  HeraldStore              *store;
  GPtrArray                *profiles;
  HeraldImportProfile      *profile;
  char                     *account_id;
  char                     *campaign_id;
  char                     *post_id;
  char                     *sheet;
  gint64                    captured_at;
  gboolean                  dry_run;

  HeraldImportProgressFunc  progress;
  gpointer                  progress_data;
  GDestroyNotify            progress_destroy;
};

/* One column of the header row. */
typedef struct {
  HeraldColumnMatch  match;
  char              *header;
  guint              slot;    /* where its number goes in an account row */
} ColumnInfo;

/* A row kept while looking for the header. */
typedef struct {
  guint  number;
  GStrv  cells;
} SavedRow;

/* A post of the account, as matching needs it. */
typedef struct {
  char   *id;
  char   *url;
  char   *title;     /* normalised */
  GArray *bigrams;   /* guint64, sorted */
  gint64  time;      /* 0: none */
} Candidate;

/* One import, from the file to the transaction's end. */
typedef struct {
  HeraldImporter       *importer;
  HeraldStore          *store;
  HeraldImportProfile  *profile;
  HeraldRowSource      *source;
  GCancellable         *cancellable;
  GTimeZone            *zone;
  const char           *file_name;
  struct _Hasher       *hasher;       /* the file's SHA-256, worked out meanwhile */
  const char           *account_id;
  const char           *post_id;      /* the post chosen for its export */
  guint                 post_row;     /* the row that gave its numbers */
  gint64                captured_at;
  gint64                now;

  GPtrArray            *saved;        /* SavedRow*, the rows below the header */
  guint                 header_row;
  GArray               *columns;      /* ColumnInfo */
  GHashTable           *metric_names; /* "metric" or "metric:segment" → interned name */

  GPtrArray            *candidates;   /* Candidate* */
  GHashTable           *by_url;       /* url → Candidate* */
  GHashTable           *by_title;     /* normalised title → Candidate* */

  HeraldImportSummary  *summary;
  double                last_fraction;

  /* Rows next to each other often share a day and a channel. */
  char                 *last_time_text;
  gint64                last_time;
  GHashTable           *segments;     /* segment → whether it is the total */

  /* An account-level file is stored a row at a time. */
  gint64                account_batch;
  guint                 n_slots;
  guint64               account_numbers;
} ImportRun;

/* The import (herald-importer.c) */
const char      *herald_import_hasher_finish      (struct _Hasher  *hasher);
gboolean         herald_import_check_not_imported (HeraldStore     *store,
                                                   const char      *file_name,
                                                   const char      *sha256,
                                                   GError         **error);
GBytes          *herald_importer_read_file        (const char      *path,
                                                   GError         **error);
HeraldRowSource *herald_importer_open_source      (HeraldImporter  *self,
                                                   GBytes          *data,
                                                   const char      *file_name,
                                                   GError         **error);

/* The header (herald-importer-header.c) */
gboolean   herald_import_run_find_header     (ImportRun  *run,
                                              GPtrArray  *profiles,
                                              GError    **error);

/* The rows, inside the import's transaction (herald-importer-rows.c) */
gboolean   herald_import_run_import_rows     (HeraldStore  *store,
                                              gpointer      user_data,
                                              GError      **error);
gboolean   herald_import_run_preview_rows    (HeraldStore  *store,
                                              gpointer      user_data,
                                              GError      **error);

/* Matching rows to posts (herald-importer-match.c) */
char      *herald_import_normalize_title     (const char *title);
void       herald_import_candidate_free      (Candidate  *candidate);
void       herald_import_run_add_candidate   (ImportRun  *run,
                                              const char *id,
                                              const char *url,
                                              const char *title,
                                              gint64      time);
gboolean   herald_import_run_load_candidates (ImportRun  *run,
                                              GError    **error);
Candidate *herald_import_run_find_post       (ImportRun  *run,
                                              const char *url,
                                              const char *title,
                                              gint64      time);

G_END_DECLS
