/* herald-store-conflicts.h — posts changed on both sides, and settling them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

/* The fields of a post a conflict can differ in, as bits. */
typedef enum {
  HERALD_CONFLICT_FIELD_TITLE    = 1 << 0,
  HERALD_CONFLICT_FIELD_BODY     = 1 << 1,
  HERALD_CONFLICT_FIELD_DIGEST   = 1 << 2,
  HERALD_CONFLICT_FIELD_TIME     = 1 << 3,   /* scheduled time or its zone */
  HERALD_CONFLICT_FIELD_STATUS   = 1 << 4,
  HERALD_CONFLICT_FIELD_ACCOUNT  = 1 << 5,
  HERALD_CONFLICT_FIELD_CAMPAIGN = 1 << 6,
  HERALD_CONFLICT_FIELD_TAGS     = 1 << 7,
  HERALD_CONFLICT_FIELD_URL      = 1 << 8,
  HERALD_CONFLICT_FIELD_NOTES    = 1 << 9,
  HERALD_CONFLICT_FIELD_SERIES   = 1 << 10,
} HeraldConflictField;

/* How a conflict is settled. */
typedef enum {
  HERALD_CONFLICT_KEEP_MINE,     /* the copy goes to the bin */
  HERALD_CONFLICT_KEEP_THEIRS,   /* the post takes the copy's fields; the copy goes */
  HERALD_CONFLICT_KEEP_BOTH,     /* the copy stays as an ordinary post */
} HeraldConflictChoice;

/* One post changed here and on the server. */
typedef struct {
  HeraldPost *mine;          /* the post as kept here */
  HeraldPost *theirs;        /* the conflict copy, titled as the server has it */
  gint64      created_at;    /* when sync met the conflict */
  guint       differences;   /* HeraldConflictField bits */
} HeraldSyncConflict;

void                herald_sync_conflict_free           (HeraldSyncConflict    *conflict);

GPtrArray          *herald_store_sync_list_conflicts    (HeraldStore           *self,
                                                         GError               **error);
HeraldSyncConflict *herald_store_sync_get_conflict      (HeraldStore           *self,
                                                         const char            *copy_id,
                                                         GError               **error);
gboolean            herald_store_sync_resolve_conflict  (HeraldStore           *self,
                                                         const char            *copy_id,
                                                         HeraldConflictChoice   choice,
                                                         GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldSyncConflict, herald_sync_conflict_free)

G_END_DECLS
