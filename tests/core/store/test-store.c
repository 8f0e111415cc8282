/* test-store.c — the database: opening, safety, records, queries, search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "herald-store-private.h"
#include "store-test-util.h"

/* Opening and migrating */

static gint64
pragma_int (const char *path,
            const char *pragma)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
test_open_creates (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = store_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "deep", "er", "herald.db", NULL);
  g_autoptr (HeraldStore) store = NULL;

  store = herald_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (herald_store_get_path (store), ==, path);
  g_assert_cmpint (herald_store_get_schema_version (store), ==, HERALD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_POST, NULL), ==, 0);
  g_clear_object (&store);

  g_assert_cmpint (pragma_int (path, "application_id"), ==, HERALD_STORE_APPLICATION_ID);
  g_assert_cmpint (pragma_int (path, "user_version"), ==, HERALD_STORE_SCHEMA_VERSION);
  store_test_rm_rf (dir);
}

/* A database left at every earlier version by an older Herald opens and
 * is brought up to date, keeping its rows. */
static void
test_migrate_from_each_version (void)
{
  for (guint from = 0; from < HERALD_STORE_SCHEMA_VERSION; from++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *dir = store_test_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "old.db", NULL);
      g_autoptr (HeraldStore) store = NULL;

      exec_sql (path, "PRAGMA journal_mode = WAL");
      if (from > 0)
        {
          g_autofree char *mark = g_strdup_printf ("PRAGMA application_id = %d", HERALD_STORE_APPLICATION_ID);

          exec_sql (path, mark);
        }
      for (guint v = 0; v < from; v++)
        {
          g_autofree char *set = g_strdup_printf ("PRAGMA user_version = %u", v + 1);

          exec_sql (path, herald_store_migrations[v]);
          exec_sql (path, set);
        }
      if (from >= 1)
        exec_sql (path, "INSERT INTO accounts (id, kind, name, created_at, updated_at)"
                        " VALUES ('a1', 'weibo', '品牌官微', 1, 1)");

      store = herald_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (herald_store_get_schema_version (store), ==, HERALD_STORE_SCHEMA_VERSION);
      g_assert_cmpint (herald_store_count (store, HERALD_RECORD_ACCOUNT, NULL), ==, from >= 1 ? 1 : 0);

      g_clear_object (&store);
      store_test_rm_rf (dir);
    }
}

/* Refusals leave the file exactly as it was. */
static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *before = store_test_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr (HeraldStore) store = NULL;
  gboolean had_wal = g_file_test (wal, G_FILE_TEST_EXISTS);

  store = herald_store_open (path, &error);
  g_assert_error (error, HERALD_STORE_ERROR, code);
  g_assert_null (store);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 10);

  after = store_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_file_test (wal, G_FILE_TEST_EXISTS), ==, had_wal);
}

static void
test_open_newer_version (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;

  g_clear_object (&store);
  exec_sql (path, "PRAGMA user_version = 99");

  assert_refused_untouched (path, HERALD_STORE_ERROR_NEWER_VERSION);
  g_assert_cmpint (pragma_int (path, "user_version"), ==, 99);
  store_test_rm_rf (dir);
}

static void
test_open_corrupt (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *garbage = g_build_filename (dir, "garbage.db", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  int fd;

  /* Not a database at all. */
  g_file_set_contents (garbage, "这不是数据库 — this is not a database, just text.\n", -1, &error);
  g_assert_no_error (error);
  assert_refused_untouched (garbage, HERALD_STORE_ERROR_CORRUPT);

  /* A real database whose header was overwritten. */
  g_clear_object (&store);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4096);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "\x13\x37garbagegarbage!", 16), ==, 16);
  close (fd);
  assert_refused_untouched (path, HERALD_STORE_ERROR_CORRUPT);

  store_test_rm_rf (dir);
}

static void
test_open_foreign (void)
{
  g_autofree char *dir = store_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);

  exec_sql (path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')");
  assert_refused_untouched (path, HERALD_STORE_ERROR_NOT_HERALD);
  store_test_rm_rf (dir);
}

/* Root ignores file modes, so these run as an unprivileged user. */
static void
drop_privileges (void)
{
  if (getuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
}

static void
test_open_read_only (void)
{
  g_autofree char *dir = g_test_subprocess () ? g_strdup (g_getenv ("HERALD_TEST_DIR"))
                                              : store_test_tmpdir ();
  g_autofree char *ro_dir = g_build_filename (dir, "ro", NULL);
  g_autofree char *new_db = g_build_filename (ro_dir, "herald.db", NULL);
  g_autofree char *ro_db = g_build_filename (dir, "ro-file.db", NULL);
  g_autoptr (HeraldStore) store = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *before = store_test_checksum (ro_db);
      g_autofree char *after = NULL;
      g_autofree char *missing = g_build_filename (ro_dir, "sub", "herald.db", NULL);

      drop_privileges ();

      store = herald_store_open (new_db, &error);
      g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_READ_ONLY);
      g_assert_null (store);
      g_assert_nonnull (strstr (error->message, ro_dir));
      g_clear_error (&error);

      store = herald_store_open (missing, &error);
      g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NO_FOLDER);
      g_clear_error (&error);

      store = herald_store_open (ro_db, &error);
      g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_READ_ONLY);
      after = store_test_checksum (ro_db);
      g_assert_cmpstr (before, ==, after);
      return;
    }

  /* Set up as the test's own user, then check as one who may not write. */
  store = herald_store_open (ro_db, NULL);
  g_assert_nonnull (store);
  g_clear_object (&store);
  g_assert_cmpint (g_mkdir (ro_dir, 0555), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (ro_db, 0444), ==, 0);

  {
    g_auto (GStrv) envp = g_environ_setenv (g_get_environ (), "HERALD_TEST_DIR", dir, TRUE);

    g_test_trap_subprocess_with_envp (NULL, (const char * const *) envp, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();
  }

  store_test_rm_rf (dir);
}

/* Accounts */

static void
test_accounts (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) weibo = store_test_add_account (store, "weibo", "品牌官微");
  g_autoptr (HeraldAccount) xhs = store_test_add_account (store, "xiaohongshu", "小红书种草号");
  g_autoptr (HeraldAccount) bad = herald_account_new ("", "");
  g_autoptr (HeraldAccount) reread = NULL;
  g_autoptr (GListModel) list = NULL;
  g_autoptr (GError) error = NULL;
  const char *slots[] = { "08:00", "20:30", NULL };
  const char *order[3] = { NULL };

  g_assert_cmpuint (strlen (herald_record_get_id (HERALD_RECORD (weibo))), ==, 36);
  g_assert_cmpint (herald_record_get_created_at (HERALD_RECORD (weibo)), >, 1700000000);
  g_assert_cmpint (herald_account_get_position (weibo), ==, 0);
  g_assert_cmpint (herald_account_get_position (xhs), ==, 1);

  herald_account_set_handle (weibo, "@brand");
  herald_account_set_color (weibo, "#e01b24");
  herald_account_set_slots (weibo, slots);
  herald_account_set_limits (weibo, "{\"body_max\": 5000}");
  herald_account_set_visible (weibo, FALSE);
  herald_store_save_account (store, weibo, &error);
  g_assert_no_error (error);

  reread = herald_store_get_account (store, herald_record_get_id (HERALD_RECORD (weibo)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (herald_account_get_name (reread), ==, "品牌官微");
  g_assert_cmpstr (herald_account_get_handle (reread), ==, "@brand");
  g_assert_cmpstr (herald_account_get_color (reread), ==, "#e01b24");
  g_assert_cmpstr (herald_account_get_limits (reread), ==, "{\"body_max\": 5000}");
  g_assert_cmpstrv (herald_account_get_slots (reread), slots);
  g_assert_false (herald_account_get_visible (reread));

  herald_store_save_account (store, bad, &error);
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* A refused record is not given an id. */
  g_assert_null (herald_record_get_id (HERALD_RECORD (bad)));

  order[0] = herald_record_get_id (HERALD_RECORD (xhs));
  order[1] = herald_record_get_id (HERALD_RECORD (weibo));
  herald_store_reorder_accounts (store, order, &error);
  g_assert_no_error (error);

  list = herald_store_list_accounts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr (HeraldAccount) first = g_list_model_get_item (list, 0);

    g_assert_cmpstr (herald_account_get_name (first), ==, "小红书种草号");
  }

  g_assert_null (herald_store_get_account (store, "no-such-id", &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

/* Soft delete and undo */

static void
test_delete_restore (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "douyin", "抖音号");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  g_autoptr (HeraldPost) post = store_test_add_post (store, account_id, "冬至海报", 1766361600, HERALD_POST_STATUS_SCHEDULED);
  const char *post_id = herald_record_get_id (HERALD_RECORD (post));
  g_autoptr (HeraldPost) tombstone = NULL;
  g_autoptr (GListModel) list = NULL;
  g_autoptr (GError) error = NULL;

  herald_store_delete (store, HERALD_RECORD_POST, post_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_POST, NULL), ==, 0);
  list = herald_store_list_posts_in_range (store, 0, G_MAXINT64, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  /* The row is still there, marked. */
  tombstone = herald_store_get_post (store, post_id, &error);
  g_assert_no_error (error);
  g_assert_true (herald_record_is_deleted (HERALD_RECORD (tombstone)));

  herald_store_delete (store, HERALD_RECORD_POST, post_id, &error);
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  herald_store_restore (store, HERALD_RECORD_POST, post_id, &error);
  g_assert_no_error (error);
  list = herald_store_list_posts_in_range (store, 0, G_MAXINT64, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  /* Deleting an account hides its posts; undo brings them back. */
  herald_store_delete (store, HERALD_RECORD_ACCOUNT, account_id, &error);
  g_assert_no_error (error);
  list = herald_store_list_posts_in_range (store, 0, G_MAXINT64, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);
  herald_store_restore (store, HERALD_RECORD_ACCOUNT, account_id, &error);
  g_assert_no_error (error);
  list = herald_store_list_posts_in_range (store, 0, G_MAXINT64, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static void
test_purge (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "官微");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  g_autoptr (HeraldPost) kept = store_test_add_post (store, account_id, "留下", 0, HERALD_POST_STATUS_IDEA);
  g_autoptr (HeraldPost) gone = store_test_add_post (store, account_id, "删掉", 0, HERALD_POST_STATUS_IDEA);
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) missing = NULL;
  guint purged;

  herald_store_delete (store, HERALD_RECORD_POST, herald_record_get_id (HERALD_RECORD (gone)), &error);
  g_assert_no_error (error);

  /* Young tombstones stay. */
  purged = herald_store_purge_tombstones (store, herald_store_now () - 3600, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (purged, ==, 0);

  purged = herald_store_purge_tombstones (store, herald_store_now () + 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (purged, ==, 1);

  missing = herald_store_get_post (store, herald_record_get_id (HERALD_RECORD (gone)), &error);
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_POST, NULL), ==, 1);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

/* Change notifications */

typedef struct {
  guint            n_emissions;
  HeraldRecordKind kind;
  GStrv            ids;
} Changes;

static void
changed_cb (HeraldStore      *store,
            HeraldRecordKind  kind,
            const char      **ids,
            Changes          *changes)
{
  changes->n_emissions++;
  changes->kind = kind;
  g_strfreev (changes->ids);
  changes->ids = g_strdupv ((char **) ids);
}

typedef struct {
  const char *account_id;
  gboolean    fail;
} TwoPosts;

static gboolean
add_two_posts (HeraldStore  *store,
               gpointer      user_data,
               GError      **error)
{
  TwoPosts *data = user_data;
  g_autoptr (HeraldPost) a = herald_post_new (data->account_id, "一");
  g_autoptr (HeraldPost) b = herald_post_new (data->account_id, "二");

  if (!herald_store_save_post (store, a, error) ||
      !herald_store_save_post (store, b, error))
    return FALSE;

  if (data->fail)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "changed my mind");
      return FALSE;
    }

  return TRUE;
}

static void
test_changed (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "kuaishou", "快手号");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;
  Changes changes = { 0 };
  TwoPosts two = { account_id, FALSE };

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &changes);

  post = store_test_add_post (store, account_id, "一条", 0, HERALD_POST_STATUS_DRAFT);
  g_assert_cmpuint (changes.n_emissions, ==, 1);
  g_assert_cmpint (changes.kind, ==, HERALD_RECORD_POST);
  g_assert_cmpuint (g_strv_length (changes.ids), ==, 1);
  g_assert_cmpstr (changes.ids[0], ==, herald_record_get_id (HERALD_RECORD (post)));

  /* One transaction, one notification with every id. */
  herald_store_transaction (store, add_two_posts, &two, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_emissions, ==, 2);
  g_assert_cmpuint (g_strv_length (changes.ids), ==, 2);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_POST, NULL), ==, 3);

  /* A failed transaction writes nothing and says nothing. */
  two.fail = TRUE;
  g_assert_false (herald_store_transaction (store, add_two_posts, &two, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (changes.n_emissions, ==, 2);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_POST, NULL), ==, 3);

  /* A refused write says nothing either. */
  g_clear_error (&error);
  herald_store_delete (store, HERALD_RECORD_POST, "no-such-post", &error);
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (changes.n_emissions, ==, 2);

  g_strfreev (changes.ids);
  g_clear_object (&store);
  store_test_rm_rf (dir);
}

/* Campaign accounts */

static char *
account_names (GListModel *accounts)
{
  g_autoptr (GString) names = g_string_new (NULL);

  g_assert_nonnull (accounts);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", herald_account_get_name (account));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
list_campaign_account_names (HeraldStore *store,
                             const char  *campaign_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) accounts = herald_store_list_campaign_accounts (store, campaign_id, &error);

  g_assert_no_error (error);
  return account_names (accounts);
}

typedef struct {
  const char  *campaign_id;
  const char **ids;
} SetThenFail;

static gboolean
set_then_fail (HeraldStore  *store,
               gpointer      user_data,
               GError      **error)
{
  SetThenFail *data = user_data;

  if (!herald_store_set_campaign_accounts (store, data->campaign_id, data->ids, error))
    return FALSE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "changed my mind");
  return FALSE;
}

static void
test_campaign_accounts (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) weibo = store_test_add_account (store, "weibo", "品牌官微");
  g_autoptr (HeraldAccount) douyin = store_test_add_account (store, "douyin", "山茶抖音");
  g_autoptr (HeraldAccount) xhs = store_test_add_account (store, "xiaohongshu", "山茶小红书");
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("双十二");
  g_autoptr (HeraldCampaign) other = herald_campaign_new ("年货节");
  g_autoptr (GError) error = NULL;
  const char *weibo_id = herald_record_get_id (HERALD_RECORD (weibo));
  const char *douyin_id = herald_record_get_id (HERALD_RECORD (douyin));
  const char *xhs_id = herald_record_get_id (HERALD_RECORD (xhs));
  const char *campaign_id;
  Changes changes = { 0 };
  g_autofree char *names = NULL;

  herald_store_save_campaign (store, campaign, &error);
  g_assert_no_error (error);
  herald_store_save_campaign (store, other, &error);
  g_assert_no_error (error);
  campaign_id = herald_record_get_id (HERALD_RECORD (campaign));

  /* None to begin with. */
  names = list_campaign_account_names (store, campaign_id);
  g_assert_cmpstr (names, ==, "");
  g_clear_pointer (&names, g_free);

  /* Set: listed in the sidebar's order whatever order they came in,
   * one notification for the campaign. */
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &changes);
  {
    const char *ids[] = { xhs_id, weibo_id, xhs_id, NULL };

    g_assert_true (herald_store_set_campaign_accounts (store, campaign_id, ids, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (changes.n_emissions, ==, 1);
  g_assert_cmpint (changes.kind, ==, HERALD_RECORD_CAMPAIGN);
  g_assert_cmpuint (g_strv_length (changes.ids), ==, 1);
  g_assert_cmpstr (changes.ids[0], ==, campaign_id);
  names = list_campaign_account_names (store, campaign_id);
  g_assert_cmpstr (names, ==, "品牌官微,山茶小红书");
  g_clear_pointer (&names, g_free);
  /* The other campaign is untouched. */
  names = list_campaign_account_names (store, herald_record_get_id (HERALD_RECORD (other)));
  g_assert_cmpstr (names, ==, "");
  g_clear_pointer (&names, g_free);

  /* Replacing takes out what is not named again. */
  {
    const char *ids[] = { douyin_id, weibo_id, NULL };

    g_assert_true (herald_store_set_campaign_accounts (store, campaign_id, ids, &error));
  }
  names = list_campaign_account_names (store, campaign_id);
  g_assert_cmpstr (names, ==, "品牌官微,山茶抖音");
  g_clear_pointer (&names, g_free);

  /* An unknown account is refused and changes nothing, nor says anything. */
  {
    const char *ids[] = { xhs_id, "no-such-account", NULL };

    g_assert_false (herald_store_set_campaign_accounts (store, campaign_id, ids, &error));
    g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "no-such-account"));
    g_clear_error (&error);
  }
  g_assert_cmpuint (changes.n_emissions, ==, 2);
  names = list_campaign_account_names (store, campaign_id);
  g_assert_cmpstr (names, ==, "品牌官微,山茶抖音");
  g_clear_pointer (&names, g_free);

  /* So is an unknown campaign. */
  {
    const char *ids[] = { xhs_id, NULL };

    g_assert_false (herald_store_set_campaign_accounts (store, "no-such-campaign", ids, &error));
    g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* Inside a transaction that fails, the change goes with it. */
  {
    const char *ids[] = { xhs_id, NULL };
    SetThenFail data = { campaign_id, ids };

    g_assert_false (herald_store_transaction (store, set_then_fail, &data, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }
  g_assert_cmpuint (changes.n_emissions, ==, 2);
  names = list_campaign_account_names (store, campaign_id);
  g_assert_cmpstr (names, ==, "品牌官微,山茶抖音");
  g_clear_pointer (&names, g_free);

  /* An account in the bin is hidden, may not be added, survives a new
   * set while there, and is back when restored. */
  g_assert_true (herald_store_delete (store, HERALD_RECORD_ACCOUNT, douyin_id, &error));
  names = list_campaign_account_names (store, campaign_id);
  g_assert_cmpstr (names, ==, "品牌官微");
  g_clear_pointer (&names, g_free);
  {
    const char *ids[] = { douyin_id, NULL };

    g_assert_false (herald_store_set_campaign_accounts (store, campaign_id, ids, &error));
    g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  {
    const char *ids[] = { weibo_id, xhs_id, NULL };

    g_assert_true (herald_store_set_campaign_accounts (store, campaign_id, ids, &error));
  }
  g_assert_true (herald_store_restore (store, HERALD_RECORD_ACCOUNT, douyin_id, &error));
  names = list_campaign_account_names (store, campaign_id);
  g_assert_cmpstr (names, ==, "品牌官微,山茶抖音,山茶小红书");
  g_clear_pointer (&names, g_free);

  /* An empty list clears it. */
  g_assert_true (herald_store_set_campaign_accounts (store, campaign_id, NULL, &error));
  names = list_campaign_account_names (store, campaign_id);
  g_assert_cmpstr (names, ==, "");
  g_clear_pointer (&names, g_free);

  /* Purging an account for good takes its rows along. */
  {
    const char *ids[] = { weibo_id, xhs_id, NULL };

    g_assert_true (herald_store_set_campaign_accounts (store, campaign_id, ids, &error));
  }
  g_assert_true (herald_store_delete (store, HERALD_RECORD_ACCOUNT, weibo_id, &error));
  g_assert_cmpuint (herald_store_purge_tombstones (store, G_MAXINT64, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_true (herald_store_restore (store, HERALD_RECORD_ACCOUNT, weibo_id, NULL) == FALSE);
  {
    const char *ids[] = { xhs_id, NULL };

    /* The campaign still takes a new list: no row of the purged account is left. */
    g_assert_true (herald_store_set_campaign_accounts (store, campaign_id, ids, &error));
    g_assert_no_error (error);
  }
  names = list_campaign_account_names (store, campaign_id);
  g_assert_cmpstr (names, ==, "山茶小红书");
  g_clear_pointer (&names, g_free);

  /* A campaign in the bin takes no new accounts. */
  g_assert_true (herald_store_delete (store, HERALD_RECORD_CAMPAIGN, campaign_id, &error));
  g_assert_false (herald_store_set_campaign_accounts (store, campaign_id, NULL, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_signal_handlers_disconnect_by_func (store, changed_cb, &changes);
  g_strfreev (changes.ids);
  g_clear_object (&store);
  store_test_rm_rf (dir);
}

/* Queries */

static guint
count_items (GListModel *model)
{
  return model != NULL ? g_list_model_get_n_items (model) : G_MAXUINT;
}

static void
test_range_and_filters (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) a = store_test_add_account (store, "weibo", "微博");
  g_autoptr (HeraldAccount) b = store_test_add_account (store, "bilibili", "B站");
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("双十一");
  const char *a_id = herald_record_get_id (HERALD_RECORD (a));
  const char *b_id = herald_record_get_id (HERALD_RECORD (b));
  const gint64 day = 86400, start = 1794355200;  /* 2026-11-11 00:00 UTC */
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) list = NULL;
  g_autoptr (HeraldPost) first = NULL;
  HeraldPostFilter filter = { 0 };
  const char *only_a[] = { a_id, NULL };
  const char *campaigns[2] = { NULL };

  herald_store_save_campaign (store, campaign, &error);
  g_assert_no_error (error);
  campaigns[0] = herald_record_get_id (HERALD_RECORD (campaign));

  for (int i = 0; i < 10; i++)
    {
      g_autoptr (HeraldPost) post = store_test_add_post (store, i % 2 ? b_id : a_id, "预热",
                                                         start + i * day + 3600 * 20,
                                                         i < 5 ? HERALD_POST_STATUS_SCHEDULED
                                                               : HERALD_POST_STATUS_DRAFT);

      if (i % 3 == 0)
        {
          herald_post_set_campaign_id (post, campaigns[0]);
          herald_store_save_post (store, post, &error);
          g_assert_no_error (error);
        }
    }
  g_object_unref (store_test_add_post (store, a_id, "没有时间的点子", 0, HERALD_POST_STATUS_IDEA));

  /* [from, to): the first day only, then days 0–4. */
  list = herald_store_list_posts_in_range (store, start, start + day, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 1);
  g_clear_object (&list);
  list = herald_store_list_posts_in_range (store, start, start + 4 * day + 3600 * 20, NULL, &error);
  g_assert_cmpuint (count_items (list), ==, 4);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpint (herald_post_get_scheduled_at (first), ==, start + 3600 * 20);
  g_clear_object (&list);

  filter.account_ids = only_a;
  list = herald_store_list_posts_in_range (store, 0, G_MAXINT64, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 5);
  g_clear_object (&list);

  filter.account_ids = NULL;
  filter.statuses = 1u << HERALD_POST_STATUS_SCHEDULED;
  list = herald_store_list_posts_in_range (store, 0, G_MAXINT64, &filter, &error);
  g_assert_cmpuint (count_items (list), ==, 5);
  g_clear_object (&list);

  filter.statuses = 0;
  filter.campaign_ids = campaigns;
  list = herald_store_list_posts_in_range (store, 0, G_MAXINT64, &filter, &error);
  g_assert_cmpuint (count_items (list), ==, 4);  /* days 0, 3, 6, 9 */
  g_clear_object (&list);

  filter.account_ids = only_a;
  filter.statuses = 1u << HERALD_POST_STATUS_DRAFT;
  list = herald_store_list_posts_in_range (store, 0, G_MAXINT64, &filter, &error);
  g_assert_cmpuint (count_items (list), ==, 1);  /* day 6 */
  g_clear_object (&list);

  list = herald_store_list_unscheduled_posts (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (list), ==, 1);
  g_clear_object (&list);

  /* Overdue: the five scheduled and the five drafts are all in the past
   * by day 12; at day 3, three have passed. */
  g_assert_cmpuint (herald_store_count_overdue (store, start + 12 * day, &error), ==, 10);
  g_assert_cmpuint (herald_store_count_overdue (store, start + 2 * day + 3600 * 21, &error), ==, 3);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static gboolean
results_have_title (GListModel *results,
                    GType       type,
                    const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (results, i);

      if (G_OBJECT_TYPE (item) != type)
        continue;
      if (HERALD_IS_POST (item) && g_strcmp0 (herald_post_get_title (HERALD_POST (item)), title) == 0)
        return TRUE;
      if (HERALD_IS_TOPIC (item) && g_strcmp0 (herald_topic_get_title (HERALD_TOPIC (item)), title) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_search_chinese (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "xiaohongshu", "小红书");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  g_autoptr (HeraldPost) poster = store_test_add_post (store, account_id, "双十一预热海报", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldPost) solstice = store_test_add_post (store, account_id, "节气文案", 0, HERALD_POST_STATUS_IDEA);
  g_autoptr (HeraldTopic) topic = herald_topic_new ("冬至吃饺子还是汤圆", "weibo");
  g_autoptr (GListModel) results = NULL;
  g_autoptr (GError) error = NULL;

  herald_post_set_body (solstice, "冬至到了，写一篇关于饺子的小红书笔记。100% 原创");
  herald_store_save_post (store, solstice, &error);
  g_assert_no_error (error);
  herald_store_save_topic (store, topic, &error);
  g_assert_no_error (error);

  /* Three characters and more: the trigram index. */
  results = herald_store_search (store, "十一预", 50, &error);
  g_assert_no_error (error);
  g_assert_true (results_have_title (results, HERALD_TYPE_POST, "双十一预热海报"));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_clear_object (&results);

  /* Two characters: still found, in posts and topics. */
  results = herald_store_search (store, "冬至", 50, &error);
  g_assert_no_error (error);
  g_assert_true (results_have_title (results, HERALD_TYPE_POST, "节气文案"));
  g_assert_true (results_have_title (results, HERALD_TYPE_TOPIC, "冬至吃饺子还是汤圆"));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  g_clear_object (&results);

  /* One character, and characters that mean something to LIKE or FTS. */
  results = herald_store_search (store, "饺", 50, &error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  g_clear_object (&results);
  results = herald_store_search (store, "0%", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_clear_object (&results);
  results = herald_store_search (store, "\"OR*", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_clear_object (&results);

  /* The index follows edits and deletes. */
  herald_post_set_title (poster, "年终大促");
  herald_store_save_post (store, poster, &error);
  g_assert_no_error (error);
  results = herald_store_search (store, "十一预", 50, &error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_clear_object (&results);
  results = herald_store_search (store, "年终大", 50, &error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_clear_object (&results);

  herald_store_delete (store, HERALD_RECORD_POST, herald_record_get_id (HERALD_RECORD (poster)), &error);
  g_assert_no_error (error);
  results = herald_store_search (store, "年终大", 50, &error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_clear_object (&results);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static void
test_topics_and_metrics (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "wechat-article", "公众号");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  g_autoptr (HeraldPost) post = store_test_add_post (store, account_id, "推文", 1794441600, HERALD_POST_STATUS_PUBLISHED);
  const char *post_id = herald_record_get_id (HERALD_RECORD (post));
  g_autoptr (HeraldTopic) topic = herald_topic_new ("年度热词", "zhihu");
  g_autoptr (HeraldTopic) reread = NULL;
  g_autoptr (GListModel) samples = NULL;
  g_autoptr (GError) error = NULL;
  HeraldHeatSample heat[] = { { 3000, 120.0, 5 }, { 1000, 80.0, 9 }, { 2000, 300.0, 1 } };
  HeraldMetricSample *metric[3];
  const HeraldHeatSample *loaded;
  guint n_loaded;

  herald_store_save_topic (store, topic, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (heat); i++)
    {
      herald_store_add_topic_heat (store, herald_record_get_id (HERALD_RECORD (topic)), &heat[i], &error);
      g_assert_no_error (error);
    }

  reread = herald_store_get_topic (store, herald_record_get_id (HERALD_RECORD (topic)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (herald_topic_get_first_seen (reread), ==, 1000);
  g_assert_cmpint (herald_topic_get_last_seen (reread), ==, 3000);
  g_assert_cmpfloat (herald_topic_get_peak_heat (reread), ==, 300.0);

  herald_store_load_topic_heat (store, reread, &error);
  g_assert_no_error (error);
  loaded = herald_topic_get_heat (reread, &n_loaded);
  g_assert_cmpuint (n_loaded, ==, 3);
  g_assert_cmpint (loaded[0].at, ==, 1000);
  g_assert_cmpint (loaded[2].at, ==, 3000);
  g_assert_cmpint (loaded[1].rank, ==, 1);

  herald_store_link_post_topic (store, post_id, herald_record_get_id (HERALD_RECORD (topic)), &error);
  g_assert_no_error (error);
  herald_store_link_post_topic (store, post_id, herald_record_get_id (HERALD_RECORD (topic)), &error);
  g_assert_no_error (error);

  /* Linked once, however often it is asked. */
  {
    g_autoptr (GListModel) linked = herald_store_list_topic_posts (store, herald_record_get_id (HERALD_RECORD (topic)),
                                                                   &error);
    g_autoptr (HeraldPost) first = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (linked), ==, 1);
    first = g_list_model_get_item (linked, 0);
    g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (first)), ==, post_id);
  }

  metric[0] = herald_metric_sample_new (account_id, post_id, "views", 1520, 1794500000);
  metric[1] = herald_metric_sample_new (account_id, post_id, "views", 2980, 1794600000);
  metric[2] = herald_metric_sample_new (account_id, post_id, "likes", 88, 1794600000);
  herald_store_add_metric_samples (store, metric, 3, &error);
  g_assert_no_error (error);

  /* Every reading is kept: a later import adds, it never overwrites. */
  samples = herald_store_list_metric_samples (store, post_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (samples), ==, 3);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_METRIC, NULL), ==, 3);

  for (guint i = 0; i < 3; i++)
    g_object_unref (metric[i]);
  g_clear_object (&store);
  store_test_rm_rf (dir);
}

/* Backups */

static void
test_backup_daily (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "官微");
  g_autoptr (GPtrArray) backups = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *again = NULL;

  for (int day = 1; day <= 9; day++)
    {
      g_autoptr (GDateTime) now = g_date_time_new_local (2026, 11, day, 9, 0, 0);
      g_autofree char *made = herald_store_backup_daily (store, now, 7, &error);

      g_assert_no_error (error);
      g_assert_nonnull (made);
      g_assert_true (g_file_test (made, G_FILE_TEST_EXISTS));
    }

  /* A second run the same day does nothing. */
  {
    g_autoptr (GDateTime) now = g_date_time_new_local (2026, 11, 9, 18, 0, 0);

    again = herald_store_backup_daily (store, now, 7, &error);
    g_assert_no_error (error);
    g_assert_null (again);
  }

  backups = herald_store_list_backups (path);
  g_assert_cmpuint (backups->len, ==, 7);
  g_assert_true (g_str_has_suffix (backups->pdata[0], "herald-2026-11-09.db"));
  g_assert_true (g_str_has_suffix (backups->pdata[6], "herald-2026-11-03.db"));

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static void
test_backup_restore (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *backup = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *set_aside = NULL;
  g_autofree char *damaged_sum = NULL;
  g_autofree char *aside_sum = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldAccount) kept = store_test_add_account (store, "weibo", "备份前");
  g_autoptr (HeraldAccount) lost = NULL;
  int fd;

  herald_store_backup (store, backup, &error);
  g_assert_no_error (error);
  lost = store_test_add_account (store, "weibo", "备份后");
  g_clear_object (&store);

  /* Damage the database, then bring the backup back. */
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (write (fd, "not sqlite anymore", 18), ==, 18);
  close (fd);
  damaged_sum = store_test_checksum (path);
  g_assert_null (herald_store_open (path, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  herald_store_restore_backup (path, backup, &set_aside, &error);
  g_assert_no_error (error);

  /* The damaged file is kept, byte for byte, beside it. */
  g_assert_nonnull (set_aside);
  aside_sum = store_test_checksum (set_aside);
  g_assert_cmpstr (aside_sum, ==, damaged_sum);

  store = herald_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_ACCOUNT, NULL), ==, 1);
  g_clear_object (&store);

  /* A backup that is itself bad changes nothing. */
  {
    g_autofree char *bad = g_build_filename (dir, "bad.db", NULL);
    g_autofree char *before = store_test_checksum (path);
    g_autofree char *after = NULL;

    g_file_set_contents (bad, "junk", -1, NULL);
    g_assert_false (herald_store_restore_backup (path, bad, NULL, &error));
    g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_CORRUPT);
    after = store_test_checksum (path);
    g_assert_cmpstr (before, ==, after);
  }

  store_test_rm_rf (dir);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  char **made = user_data;
  g_autoptr (GError) error = NULL;

  *made = herald_store_backup_daily_finish (HERALD_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_backup_async (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "官微");
  g_autoptr (HeraldStore) copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *made = NULL;

  herald_store_backup_daily_async (store, NULL, backup_done_cb, &made);
  while (made == NULL)
    g_main_context_iteration (NULL, TRUE);

  copy = herald_store_open (made, &error);
  g_assert_no_error (error);
  g_assert_cmpint (herald_store_count (copy, HERALD_RECORD_ACCOUNT, NULL), ==, 1);

  g_clear_object (&copy);
  store_test_release (&store);
  store_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/open/creates", test_open_creates);
  g_test_add_func ("/store/open/newer-version", test_open_newer_version);
  g_test_add_func ("/store/open/corrupt", test_open_corrupt);
  g_test_add_func ("/store/open/foreign", test_open_foreign);
  g_test_add_func ("/store/open/read-only", test_open_read_only);
  g_test_add_func ("/store/migrate/from-each-version", test_migrate_from_each_version);
  g_test_add_func ("/store/accounts", test_accounts);
  g_test_add_func ("/store/delete-restore", test_delete_restore);
  g_test_add_func ("/store/purge", test_purge);
  g_test_add_func ("/store/changed", test_changed);
  g_test_add_func ("/store/campaign-accounts", test_campaign_accounts);
  g_test_add_func ("/store/query/range-and-filters", test_range_and_filters);
  g_test_add_func ("/store/search/chinese", test_search_chinese);
  g_test_add_func ("/store/topics-and-metrics", test_topics_and_metrics);
  g_test_add_func ("/store/backup/daily", test_backup_daily);
  g_test_add_func ("/store/backup/restore", test_backup_restore);
  g_test_add_func ("/store/backup/async", test_backup_async);

  return g_test_run ();
}
