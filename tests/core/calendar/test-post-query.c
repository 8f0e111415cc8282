/* test-post-query.c — a live range of posts and what it tells its views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-post-query.h"
#include "store-test-util.h"

#define DAY 86400
#define START 1794355200  /* 2026-11-11 00:00 UTC */

typedef struct {
  guint n_signals;
  guint position, removed, added;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n_signals++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static void
test_query_live (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) a = store_test_add_account (store, "weibo", "微博");
  g_autoptr (HeraldAccount) b = store_test_add_account (store, "douyin", "抖音");
  const char *a_id = herald_record_get_id (HERALD_RECORD (a));
  g_autoptr (HeraldPostQuery) query = herald_post_query_new (store);
  g_autoptr (GPtrArray) posts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (HeraldPost) first = NULL;
  g_autoptr (HeraldPost) moved = NULL;
  g_autoptr (GError) error = NULL;
  const char *only_a[] = { a_id, NULL };
  const char *none[] = { NULL };
  Changes changes = { 0 };
  guint position;

  for (int i = 0; i < 5; i++)
    g_ptr_array_add (posts, store_test_add_post (store, i == 4 ? herald_record_get_id (HERALD_RECORD (b)) : a_id,
                                                 "帖子", START + i * DAY + 3600, HERALD_POST_STATUS_SCHEDULED));

  g_signal_connect (query, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  herald_post_query_set_range (query, START, START + 7 * DAY);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (query)), ==, 5);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (query), 0);

  /* Editing the third post reports only that one; the others keep their
   * objects. */
  herald_post_set_title (posts->pdata[2], "改了标题");
  herald_store_save_post (store, posts->pdata[2], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_signals, ==, 2);
  g_assert_cmpuint (changes.position, ==, 2);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  {
    g_autoptr (HeraldPost) again = g_list_model_get_item (G_LIST_MODEL (query), 0);
    g_autoptr (HeraldPost) edited = g_list_model_get_item (G_LIST_MODEL (query), 2);

    g_assert_true (again == first);
    g_assert_cmpstr (herald_post_get_title (edited), ==, "改了标题");
  }

  /* Moving a post out of the range removes it. */
  moved = g_object_ref (posts->pdata[1]);
  herald_post_set_scheduled_at (moved, START + 30 * DAY);
  herald_store_save_post (store, moved, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (query)), ==, 4);
  g_assert_null (herald_post_query_find (query, herald_record_get_id (HERALD_RECORD (moved)), NULL));
  g_assert_nonnull (herald_post_query_find (query, herald_record_get_id (HERALD_RECORD (posts->pdata[3])), &position));
  g_assert_cmpuint (position, ==, 2);

  /* A store change to something else tells nothing. */
  changes.n_signals = 0;
  {
    g_autoptr (HeraldTopic) topic = herald_topic_new ("热点", "weibo");

    herald_store_save_topic (store, topic, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (changes.n_signals, ==, 0);

  /* Filters: one account; no accounts at all. */
  herald_post_query_set_filter (query, only_a, NULL, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (query)), ==, 3);
  herald_post_query_set_filter (query, none, NULL, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (query)), ==, 0);
  herald_post_query_set_filter (query, NULL, NULL, 1u << HERALD_POST_STATUS_SCHEDULED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (query)), ==, 4);

  /* Hiding an account (deleting it) updates the range. */
  herald_store_delete (store, HERALD_RECORD_ACCOUNT, herald_record_get_id (HERALD_RECORD (b)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (query)), ==, 3);

  g_clear_object (&query);
  g_clear_object (&store);
  store_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/post-query/live", test_query_live);

  return g_test_run ();
}
