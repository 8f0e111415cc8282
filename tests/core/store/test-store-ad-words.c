/* test-store-ad-words.c — the user's advertising-law words and
 * exceptions, and findings left in a post
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "herald-store-ad-words.h"
#include "herald-store-private.h"
#include "store-test-util.h"

static void
count_changes_cb (HeraldStore        *store,
                  HeraldRecordKind    kind,
                  const char * const *ids,
                  guint              *count)
{
  if (kind == HERALD_RECORD_AD_WORD)
    (*count)++;
}

static gboolean
finds (HeraldAdWords *words,
       const char    *text,
       const char    *word)
{
  g_autoptr (GPtrArray) found = herald_ad_words_scan (words, text, -1);

  for (guint i = 0; i < found->len; i++)
    if (g_str_equal (((HeraldAdFinding *) g_ptr_array_index (found, i))->word, word))
      return TRUE;

  return FALSE;
}

/* Words and exceptions outlive the store, in the order they were added;
 * adding one again changes it; each write says `changed`. */
static void
test_round_trip (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GPtrArray) words = NULL;
  g_autoptr (GError) error = NULL;
  HeraldUserAdWord *word;
  guint changes = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changes_cb), &changes);

  g_assert_true (herald_store_add_ad_word (store, " 秒杀 ", NULL, "限时优惠", FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_add_ad_word (store, "最近", NULL, NULL, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_add_ad_word (store, "爆款", "superlative", NULL, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 3);

  /* Nothing to look for, or an unknown category: nothing stored. */
  g_assert_false (herald_store_add_ad_word (store, " ！！ ", NULL, NULL, FALSE, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (herald_store_add_ad_word (store, "无敌", "no-such", NULL, FALSE, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changes, ==, 3);

  /* Again, with a suggestion now. */
  g_assert_true (herald_store_add_ad_word (store, "爆款", "superlative", "热卖", FALSE, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  store = herald_store_open (path, &error);
  g_assert_no_error (error);

  words = herald_store_list_ad_words (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (words->len, ==, 3);
  word = g_ptr_array_index (words, 0);
  g_assert_cmpstr (word->word, ==, "秒杀");
  g_assert_cmpstr (word->category, ==, "custom");
  g_assert_cmpstr (word->suggestion, ==, "限时优惠");
  g_assert_false (word->is_exception);
  g_assert_cmpint (word->created_at, >, 0);
  word = g_ptr_array_index (words, 1);
  g_assert_cmpstr (word->word, ==, "爆款");
  g_assert_cmpstr (word->category, ==, "superlative");
  g_assert_cmpstr (word->suggestion, ==, "热卖");
  word = g_ptr_array_index (words, 2);
  g_assert_cmpstr (word->word, ==, "最近");
  g_assert_true (word->is_exception);
  g_assert_null (word->suggestion);

  g_assert_true (herald_store_remove_ad_word (store, "秒杀", FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (herald_store_remove_ad_word (store, "秒杀", FALSE, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* The word and the exception are told apart. */
  g_assert_false (herald_store_remove_ad_word (store, "最近", FALSE, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_pointer (&words, g_ptr_array_unref);
  words = herald_store_list_ad_words (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (words->len, ==, 2);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

/* The shipped list with the user's words added and the shipped words the
 * user excepted taken out. */
static void
test_load (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAdWords) shipped = herald_ad_words_new_default ();
  g_autoptr (HeraldAdWords) words = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (finds (shipped, "国家级产品", "国家级"));
  g_assert_false (finds (shipped, "今天秒杀", "秒杀"));

  g_assert_true (herald_store_add_ad_word (store, "秒杀", NULL, NULL, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_add_ad_word (store, "国家级", NULL, NULL, TRUE, &error));
  g_assert_no_error (error);

  words = herald_store_load_ad_words (store, &error);
  g_assert_no_error (error);
  g_assert_true (finds (words, "今天秒杀", "秒杀"));
  g_assert_false (finds (words, "国家级产品", "国家级"));
  /* The rest of the shipped list is still there. */
  g_assert_true (finds (words, "行业第一", "第一"));

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

/* Findings left in a post survive the store and go with the post. */
static void
test_ignores (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "官微");
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (HeraldPost) other = NULL;
  g_auto (GStrv) ignores = NULL;
  g_autoptr (GError) error = NULL;
  const char *id;

  post = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (account)), "最好的", 0,
                              HERALD_POST_STATUS_DRAFT);
  other = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (account)), "另一篇", 0,
                               HERALD_POST_STATUS_DRAFT);
  id = herald_record_get_id (HERALD_RECORD (post));

  g_assert_true (herald_store_add_ad_ignore (store, id, "body:最好:0", &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_add_ad_ignore (store, id, "body:最好:0", &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_add_ad_ignore (store, id, "title:第一:1", &error));
  g_assert_no_error (error);
  g_assert_false (herald_store_add_ad_ignore (store, "no-such-post", "title:第一:0", &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_object (&store);
  store = herald_store_open (path, &error);
  g_assert_no_error (error);

  ignores = herald_store_list_ad_ignores (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ignores), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) ignores, "body:最好:0"));
  g_assert_true (g_strv_contains ((const char * const *) ignores, "title:第一:1"));
  g_clear_pointer (&ignores, g_strfreev);
  ignores = herald_store_list_ad_ignores (store, herald_record_get_id (HERALD_RECORD (other)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ignores), ==, 0);
  g_clear_pointer (&ignores, g_strfreev);

  /* Purged from the bin, the post takes them along. */
  g_assert_true (herald_store_delete (store, HERALD_RECORD_POST, id, &error));
  g_assert_no_error (error);
  herald_store_purge_tombstones (store, G_MAXINT64, &error);
  g_assert_no_error (error);
  {
    sqlite3_stmt *stmt = herald_store_prepare (store, "SELECT count(*) FROM post_ad_ignores", &error);

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_reset (stmt);
  }

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

/* A database of version 11, with a post, takes the new tables and keeps
 * the post. */
static void
test_migrate_from_11 (void)
{
  g_autofree char *dir = store_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v11.db", NULL);
  g_autofree char *mark = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 11",
                                           HERALD_STORE_APPLICATION_ID);
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (HeraldAdWords) words = NULL;
  g_auto (GStrv) ignores = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (HERALD_STORE_SCHEMA_VERSION, >=, 12);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint v = 0; v < 11; v++)
    g_assert_cmpint (sqlite3_exec (db, herald_store_migrations[v], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, mark, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO accounts (id, kind, name, created_at, updated_at)"
                                 "  VALUES ('a1', 'weibo', '官微', 1, 1);"
                                 "INSERT INTO posts (id, account_id, title, created_at, updated_at)"
                                 "  VALUES ('p1', 'a1', '旧帖', 1, 1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = herald_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (herald_store_get_schema_version (store), ==, HERALD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_POST, NULL), ==, 1);

  g_assert_true (herald_store_add_ad_word (store, "秒杀", NULL, NULL, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (herald_store_add_ad_ignore (store, "p1", "body:秒杀:0", &error));
  g_assert_no_error (error);
  words = herald_store_load_ad_words (store, &error);
  g_assert_no_error (error);
  g_assert_true (finds (words, "秒杀", "秒杀"));
  ignores = herald_store_list_ad_ignores (store, "p1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ignores[0], ==, "body:秒杀:0");

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/ad-words/round-trip", test_round_trip);
  g_test_add_func ("/store/ad-words/load", test_load);
  g_test_add_func ("/store/ad-words/ignores", test_ignores);
  g_test_add_func ("/store/ad-words/migrate-from-11", test_migrate_from_11);

  return g_test_run ();
}
