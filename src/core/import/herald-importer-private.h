/* herald-importer-private.h — what the importer's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-importer.h"
#include "herald-row-source.h"

G_BEGIN_DECLS

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
