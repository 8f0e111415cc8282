/* herald-importer.c — platform exports into dated metric samples
 *
 * One import is one transaction: every row of the file lands, or none
 * does.  The steps:
 *
 *  1. The file's SHA-256 is looked up in the imports table: the same file
 *     imported twice would count its numbers twice, so it is refused.
 *  2. The reader is chosen by content (a zip is an .xlsx; anything else is
 *     read as CSV text), and the header row found among the first rows by
 *     matching the profiles' aliases: the best-matching profile wins, or
 *     the one the caller chose must match.  A header over two rows (groups
 *     merged above the names, "阅读" over "人数" and "次数") is read joined.
 *  3. Each row of a per-post export is matched to a post of the account: by
 *     URL, else by a similar title (bigram Dice) published within a few days.
 *     A row that matches none becomes a published post, noted as imported
 *     history.  Each number becomes a sample dated now (or when the caller
 *     says), so the T+1, T+3 and T+7 exports of the same posts stay three
 *     readings.  Rows of an account-level export (one per day) become
 *     samples of the account dated that day.  The export of one post
 *     (公众号's single-article detail) names no post: the caller chooses
 *     it, and its one row of numbers becomes samples of that post.
 *  4. A cell that should be a number and is not, a date that is not one,
 *     a damaged file, cancelling: the transaction is rolled back and the
 *     error names the file, row and column.
 *
 * Finding the header is in herald-importer-header.c; the rows, in
 * herald-importer-rows.c; matching rows to posts, in
 * herald-importer-match.c; an import in a thread of its own, in
 * herald-importer-async.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "herald-csv-reader.h"
#include "herald-file-hash.h"
#include "herald-importer-private.h"
#include "herald-xlsx-reader.h"

#define IMPORT_ZONE "Asia/Shanghai"

G_DEFINE_FINAL_TYPE (HeraldImporter, herald_importer, G_TYPE_OBJECT)

/* The file's SHA-256, worked out on a thread of its own. */
typedef struct _Hasher {
  GBytes  *data;
  GThread *thread;
  char    *sha256;
} Hasher;

static gpointer
hash_thread (gpointer data)
{
  return herald_file_sha256 (data);
}

/* Joins the thread working out the checksum, once. */
const char *
herald_import_hasher_finish (struct _Hasher *hasher)
{
  if (hasher->thread != NULL)
    {
      hasher->sha256 = g_thread_join (hasher->thread);
      hasher->thread = NULL;
    }
  return hasher->sha256;
}

static void
hasher_clear (Hasher *hasher)
{
  herald_import_hasher_finish (hasher);
  g_clear_pointer (&hasher->data, g_bytes_unref);
  g_clear_pointer (&hasher->sha256, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Hasher, hasher_clear)

/* Refuses a file imported before, by its checksum. */
gboolean
herald_import_check_not_imported (HeraldStore  *store,
                                  const char   *file_name,
                                  const char   *sha256,
                                  GError      **error)
{
  g_autofree char *previous = NULL;
  g_autoptr (GError) local_error = NULL;
  gint64 imported_at = 0;

  previous = herald_store_find_import (store, sha256, &imported_at, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (previous != NULL)
    {
      g_autoptr (GTimeZone) local = g_time_zone_new_local ();
      g_autoptr (GDateTime) when = g_date_time_new_from_unix_utc (imported_at);
      g_autoptr (GDateTime) local_when = g_date_time_to_timezone (when, local);
      g_autofree char *text = g_date_time_format (local_when, "%Y-%m-%d %H:%M");

      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_ALREADY_IMPORTED,
                   _("“%s” was already imported on %s (as “%s”): importing it again would count its numbers twice"),
                   file_name, text, previous);
      return FALSE;
    }

  return TRUE;
}

static void
saved_row_free (SavedRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static void
column_info_clear (ColumnInfo *info)
{
  g_free (info->header);
}

void
herald_import_summary_clear (HeraldImportSummary *summary)
{
  g_clear_pointer (&summary->file_name, g_free);
  g_clear_pointer (&summary->profile, g_free);
  g_clear_pointer (&summary->import_id, g_free);
  summary->rows = summary->matched = summary->created = summary->skipped = summary->samples = 0;
}

void
herald_import_summary_free (HeraldImportSummary *summary)
{
  if (summary == NULL)
    return;

  herald_import_summary_clear (summary);
  g_free (summary);
}

static void
herald_importer_dispose (GObject *object)
{
  HeraldImporter *self = HERALD_IMPORTER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  self->progress = NULL;
  self->progress_destroy = NULL;

  G_OBJECT_CLASS (herald_importer_parent_class)->dispose (object);
}

static void
herald_importer_finalize (GObject *object)
{
  HeraldImporter *self = HERALD_IMPORTER (object);

  g_free (self->account_id);
  g_free (self->campaign_id);
  g_free (self->post_id);
  g_free (self->sheet);

  G_OBJECT_CLASS (herald_importer_parent_class)->finalize (object);
}

static void
herald_importer_class_init (HeraldImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = herald_importer_dispose;
  object_class->finalize = herald_importer_finalize;
}

static void
herald_importer_init (HeraldImporter *self)
{
}

/* Which account */

static char *
choose_account (HeraldImporter       *self,
                HeraldImportProfile  *profile,
                GError              **error)
{
  g_autoptr (GListModel) accounts = NULL;
  g_autofree char *found = NULL;
  const char *channel = herald_import_profile_get_channel (profile);
  guint n, matches = 0;

  accounts = herald_store_list_accounts (self->store, error);
  if (accounts == NULL)
    return NULL;

  n = g_list_model_get_n_items (accounts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);
      const char *id = herald_record_get_id (HERALD_RECORD (account));

      if (self->account_id != NULL)
        {
          if (g_str_equal (id, self->account_id))
            return g_strdup (id);
        }
      else if (*channel == '\0' || g_str_equal (herald_account_get_kind (account), channel))
        {
          if (matches++ == 0)
            found = g_strdup (id);
        }
    }

  if (self->account_id != NULL)
    g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_ACCOUNT,
                 _("The account to import into does not exist"));
  else if (matches == 0)
    g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_ACCOUNT,
                 _("There is no account for “%s” data yet: add the account first"),
                 herald_import_profile_get_title (profile));
  else if (matches > 1)
    g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_ACCOUNT,
                 _("Several accounts could take “%s” data: choose the account to import into"),
                 herald_import_profile_get_title (profile));
  else
    return g_steal_pointer (&found);

  return NULL;
}

/* Which post, for the export of one */

static gboolean
choose_post (HeraldImporter       *self,
             HeraldImportProfile  *profile,
             const char           *file_name,
             HeraldPost          **post,
             GError              **error)
{
  g_autoptr (HeraldPost) found = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *channel = herald_import_profile_get_channel (profile);

  *post = NULL;

  if (herald_import_profile_get_scope (profile) != HERALD_IMPORT_SCOPE_CHOSEN)
    {
      if (self->post_id == NULL)
        return TRUE;
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                   _("“%s” is a “%s” export, whose rows say which post they are about: no post is to be chosen"),
                   file_name, herald_import_profile_get_title (profile));
      return FALSE;
    }

  if (self->post_id == NULL)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                   _("“%s” is a “%s” export, which does not say which post it is about: choose the post"),
                   file_name, herald_import_profile_get_title (profile));
      return FALSE;
    }

  found = herald_store_get_post (self->store, self->post_id, &local_error);
  if (found == NULL)
    {
      if (local_error != NULL && !g_error_matches (local_error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                     _("The post to import “%s” into does not exist"), file_name);
      return FALSE;
    }

  if (self->account_id != NULL && !g_str_equal (self->account_id, herald_post_get_account_id (found)))
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                   _("The post chosen for “%s” belongs to another account than the one chosen"), file_name);
      return FALSE;
    }

  if (*channel != '\0')
    {
      g_autoptr (HeraldAccount) account = NULL;

      account = herald_store_get_account (self->store, herald_post_get_account_id (found), error);
      if (account == NULL)
        return FALSE;
      if (!g_str_equal (herald_account_get_kind (account), channel))
        {
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_POST,
                       _("“%s” is a “%s” export, and the post chosen is on the account “%s” of another platform"),
                       file_name, herald_import_profile_get_title (profile), herald_account_get_name (account));
          return FALSE;
        }
    }

  *post = g_steal_pointer (&found);
  return TRUE;
}

/* The import */

HeraldRowSource *
herald_importer_open_source (HeraldImporter  *self,
                             GBytes          *data,
                             const char      *file_name,
                             GError         **error)
{
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);

  if (herald_xlsx_is_zip (data))
    return HERALD_ROW_SOURCE (herald_xlsx_reader_new (data, file_name, self->sheet, error));

  if (size >= 4 && memcmp (bytes, "\xd0\xcf\x11\xe0", 4) == 0)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("“%s” is an old Excel (.xls) file: open it and save it as .xlsx or CSV"), file_name);
      return NULL;
    }

  return HERALD_ROW_SOURCE (herald_csv_reader_new (data, file_name, error));
}

static GTimeZone *
import_zone (void)
{
  GTimeZone *zone = g_time_zone_new_identifier (IMPORT_ZONE);

  return zone != NULL ? zone : g_time_zone_new_offset (8 * 60 * 60);
}

/**
 * herald_importer_import_bytes:
 * @self: a #HeraldImporter
 * @data: the bytes of an export (.xlsx or CSV)
 * @file_name: its name, for messages and the imports table
 * @summary: (out caller-allocates) (optional): what the import did
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Imports the export in one transaction; on failure nothing is changed.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_importer_import_bytes (HeraldImporter       *self,
                              GBytes               *data,
                              const char           *file_name,
                              HeraldImportSummary  *summary,
                              GCancellable         *cancellable,
                              GError              **error)
{
  g_auto (HeraldImportSummary) local_summary = { 0, };
  g_autoptr (HeraldRowSource) source = NULL;
  g_autoptr (GPtrArray) builtin = NULL;
  g_autoptr (GPtrArray) single = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GHashTable) by_url = NULL;
  g_autoptr (GHashTable) by_title = NULL;
  g_autoptr (GHashTable) metric_names = NULL;
  g_autoptr (GHashTable) segments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) saved = NULL;
  g_autoptr (GArray) columns = NULL;
  g_autoptr (GTimeZone) zone = NULL;
  g_auto (Hasher) hasher = { NULL, NULL, NULL };
  g_autofree char *account_id = NULL;
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) local_error = NULL;
  GPtrArray *profiles;
  ImportRun run = { 0, };
  gboolean ok;

  g_return_val_if_fail (HERALD_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A big export's checksum takes a while: worked out on another core
   * while the rows are read, and checked at the end of the import. */
  hasher.data = g_bytes_ref (data);
  hasher.thread = g_thread_new ("herald-import-hash", hash_thread, hasher.data);

  source = herald_importer_open_source (self, data, file_name, error);
  if (source == NULL)
    return FALSE;

  if (self->profile != NULL)
    {
      single = g_ptr_array_new ();
      g_ptr_array_add (single, self->profile);
      profiles = single;
    }
  else if (self->profiles != NULL)
    profiles = self->profiles;
  else
    profiles = builtin = herald_import_profile_list_builtin ();

  zone = import_zone ();
  saved = g_ptr_array_new_with_free_func ((GDestroyNotify) saved_row_free);
  columns = g_array_new (FALSE, TRUE, sizeof (ColumnInfo));
  g_array_set_clear_func (columns, (GDestroyNotify) column_info_clear);
  candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_import_candidate_free);
  by_url = g_hash_table_new (g_str_hash, g_str_equal);
  by_title = g_hash_table_new (g_str_hash, g_str_equal);
  metric_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  run.importer = self;
  run.store = self->store;
  run.source = source;
  run.cancellable = cancellable;
  run.zone = zone;
  run.file_name = file_name;
  run.hasher = &hasher;
  run.now = g_get_real_time () / G_USEC_PER_SEC;
  run.captured_at = self->captured_at != 0 ? self->captured_at : run.now;
  run.saved = saved;
  run.columns = columns;
  run.candidates = candidates;
  run.by_url = by_url;
  run.by_title = by_title;
  run.metric_names = metric_names;
  run.segments = segments;
  run.summary = &local_summary;
  run.last_fraction = 0.0;

  if (!herald_import_run_find_header (&run, profiles, error))
    return FALSE;

  if (!choose_post (self, run.profile, file_name, &post, error))
    return FALSE;
  if (post != NULL)
    {
      account_id = g_strdup (herald_post_get_account_id (post));
      run.post_id = herald_record_get_id (HERALD_RECORD (post));
    }
  else
    account_id = choose_account (self, run.profile, error);
  if (account_id == NULL)
    return FALSE;
  run.account_id = account_id;

  if (herald_import_profile_get_scope (run.profile) == HERALD_IMPORT_SCOPE_POST &&
      !herald_import_run_load_candidates (&run, error))
    return FALSE;

  local_summary.file_name = g_strdup (file_name);
  local_summary.profile = g_strdup (herald_import_profile_get_name (run.profile));
  local_summary.import_id = herald_store_new_id ();

  if (self->dry_run)
    {
      ok = herald_store_transaction (self->store, herald_import_run_preview_rows, &run, &local_error);
      if (g_error_matches (local_error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_DRY_RUN))
        g_clear_error (&local_error);
      else if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      ok = local_error == NULL && (error == NULL || *error == NULL);
    }
  else
    ok = herald_store_transaction (self->store, herald_import_run_import_rows, &run, error);
  g_free (run.last_time_text);
  if (!ok)
    return FALSE;

  if (self->progress != NULL)
    self->progress (1.0, self->progress_data);

  if (summary != NULL)
    {
      *summary = local_summary;
      local_summary = (HeraldImportSummary) { 0, };
    }

  return TRUE;
}

GBytes *
herald_importer_read_file (const char  *path,
                           GError     **error)
{
  g_autoptr (GMappedFile) mapped = NULL;
  g_autoptr (GError) local_error = NULL;

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, G_FILE_ERROR, local_error->code, _("Could not read “%s”: %s"), path,
                   local_error->message);
      return NULL;
    }

  return g_mapped_file_get_bytes (mapped);
}

/**
 * herald_importer_import_file:
 * @self: a #HeraldImporter
 * @path: an export (.xlsx or CSV)
 * @summary: (out caller-allocates) (optional): what the import did
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Like herald_importer_import_bytes(), for a file.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_importer_import_file (HeraldImporter       *self,
                             const char           *path,
                             HeraldImportSummary  *summary,
                             GCancellable         *cancellable,
                             GError              **error)
{
  g_autoptr (GBytes) data = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (HERALD_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = herald_importer_read_file (path, error);
  if (data == NULL)
    return FALSE;

  name = g_path_get_basename (path);
  return herald_importer_import_bytes (self, data, name, summary, cancellable, error);
}

/* Settings */

/**
 * herald_importer_new:
 * @store: the database to import into
 *
 * Returns: (transfer full): a new importer
 */
HeraldImporter *
herald_importer_new (HeraldStore *store)
{
  HeraldImporter *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_IMPORTER, NULL);
  self->store = g_object_ref (store);
  return self;
}

void
herald_importer_set_profiles (HeraldImporter *self,
                              GPtrArray      *profiles)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  if (profiles != NULL)
    self->profiles = g_ptr_array_ref (profiles);
}

void
herald_importer_set_profile (HeraldImporter      *self,
                             HeraldImportProfile *profile)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_set_object (&self->profile, profile);
}

void
herald_importer_set_account_id (HeraldImporter *self,
                                const char     *account_id)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_free (self->account_id);
  self->account_id = g_strdup (account_id);
}

void
herald_importer_set_campaign_id (HeraldImporter *self,
                                 const char     *campaign_id)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_free (self->campaign_id);
  self->campaign_id = g_strdup (campaign_id);
}

/**
 * herald_importer_set_post_id:
 * @self: a #HeraldImporter
 * @post_id: (nullable): the post
 *
 * The post the export of one post (a profile of scope
 * %HERALD_IMPORT_SCOPE_CHOSEN) is about; its samples are dated as
 * herald_importer_set_captured_at() says.  Any other export is refused
 * while a post is set.
 */
void
herald_importer_set_post_id (HeraldImporter *self,
                             const char     *post_id)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_free (self->post_id);
  self->post_id = g_strdup (post_id);
}

void
herald_importer_set_captured_at (HeraldImporter *self,
                                 gint64          captured_at)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  self->captured_at = captured_at;
}

void
herald_importer_set_sheet (HeraldImporter *self,
                           const char     *sheet)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  g_free (self->sheet);
  self->sheet = g_strdup (sheet);
}

/**
 * herald_importer_set_dry_run:
 * @self: a #HeraldImporter
 * @dry_run: whether to preview only
 *
 * A preview reads, matches and counts as an import does, and reports the
 * same summary, but leaves the database as it was.
 */
void
herald_importer_set_dry_run (HeraldImporter *self,
                             gboolean        dry_run)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  self->dry_run = dry_run;
}

void
herald_importer_set_progress_func (HeraldImporter           *self,
                                   HeraldImportProgressFunc  func,
                                   gpointer                  user_data,
                                   GDestroyNotify            destroy)
{
  g_return_if_fail (HERALD_IS_IMPORTER (self));

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);

  self->progress = func;
  self->progress_data = user_data;
  self->progress_destroy = destroy;
}
