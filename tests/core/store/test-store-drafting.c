/* test-store-drafting.c — the drafts list, attachments and linked topics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-store.h"
#include "store-test-util.h"

#define NOW G_GINT64_CONSTANT (1794000000)

static const char *
id_of (gpointer record)
{
  return herald_record_get_id (HERALD_RECORD (record));
}

static gboolean
model_has (GListModel *model,
           const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (HeraldRecord) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (herald_record_get_id (record), id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_drafts_list (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "官微");
  g_autoptr (HeraldAccount) gone = store_test_add_account (store, "douyin", "旧号");
  g_autoptr (HeraldPost) idea = store_test_add_post (store, id_of (account), "选题：冬至", 0, HERALD_POST_STATUS_IDEA);
  g_autoptr (HeraldPost) timed_draft = store_test_add_post (store, id_of (account), "初稿", NOW, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldPost) untimed_review = store_test_add_post (store, id_of (account), "待审", 0, HERALD_POST_STATUS_REVIEW);
  g_autoptr (HeraldPost) scheduled = store_test_add_post (store, id_of (account), "已排期", NOW, HERALD_POST_STATUS_SCHEDULED);
  g_autoptr (HeraldPost) published = store_test_add_post (store, id_of (account), "已发布", 0, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (HeraldPost) cancelled = store_test_add_post (store, id_of (account), "取消", 0, HERALD_POST_STATUS_CANCELLED);
  g_autoptr (HeraldPost) orphan = store_test_add_post (store, id_of (gone), "旧号草稿", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldPost) deleted = store_test_add_post (store, id_of (account), "删掉的", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (GListModel) drafts = NULL;
  g_autoptr (GError) error = NULL;

  herald_store_delete (store, HERALD_RECORD_ACCOUNT, id_of (gone), &error);
  g_assert_no_error (error);
  herald_store_delete (store, HERALD_RECORD_POST, id_of (deleted), &error);
  g_assert_no_error (error);

  drafts = herald_store_list_drafts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 3);
  g_assert_true (model_has (drafts, id_of (idea)));
  g_assert_true (model_has (drafts, id_of (timed_draft)));
  g_assert_true (model_has (drafts, id_of (untimed_review)));
  g_assert_false (model_has (drafts, id_of (scheduled)));
  g_assert_false (model_has (drafts, id_of (published)));
  g_assert_false (model_has (drafts, id_of (cancelled)));
  g_assert_false (model_has (drafts, id_of (orphan)));

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static void
test_series_posts (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) weibo = store_test_add_account (store, "weibo", "官微");
  g_autoptr (HeraldAccount) douyin = store_test_add_account (store, "douyin", "抖音号");
  g_autoptr (HeraldPost) first = store_test_add_post (store, id_of (weibo), "冬至", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldPost) second = store_test_add_post (store, id_of (douyin), "冬至", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldPost) third = store_test_add_post (store, id_of (douyin), "冬至（删）", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldPost) other = store_test_add_post (store, id_of (weibo), "小寒", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (GListModel) series = NULL;
  g_autoptr (GListModel) none = NULL;
  g_autoptr (HeraldPost) item = NULL;
  g_autoptr (GError) error = NULL;

  herald_post_set_series_id (first, "series-1");
  herald_post_set_series_id (second, "series-1");
  herald_post_set_series_id (third, "series-1");
  herald_post_set_series_id (other, "series-2");
  for (guint i = 0; i < 4; i++)
    {
      HeraldPost *post = (HeraldPost *[]) { first, second, third, other }[i];

      herald_store_save_post (store, post, &error);
      g_assert_no_error (error);
    }
  herald_store_delete (store, HERALD_RECORD_POST, id_of (third), &error);
  g_assert_no_error (error);

  /* The posts of the series, without the one in the bin, oldest first. */
  series = herald_store_list_series_posts (store, "series-1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (series), ==, 2);
  item = g_list_model_get_item (series, 0);
  g_assert_cmpstr (id_of (item), ==, id_of (first));
  g_assert_true (model_has (series, id_of (second)));
  g_assert_false (model_has (series, id_of (other)));

  none = herald_store_list_series_posts (store, "series-3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

typedef struct {
  guint n_post_changes;
} Changes;

static void
changed_cb (HeraldStore        *store,
            HeraldRecordKind    kind,
            const char * const *ids,
            Changes            *changes)
{
  if (kind == HERALD_RECORD_POST)
    changes->n_post_changes++;
}

static void
test_attachments (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "xiaohongshu", "种草号");
  g_autoptr (HeraldPost) post = store_test_add_post (store, id_of (account), "穿搭", 0, HERALD_POST_STATUS_DRAFT);
  const char * const first[] = { "file:///tmp/%E5%B0%81%E9%9D%A2.jpg", "file:///tmp/b.png", "file:///tmp/c.mp4", NULL };
  const char * const second[] = { "file:///tmp/c.mp4", "file:///tmp/%E5%B0%81%E9%9D%A2.jpg", NULL };
  g_auto (GStrv) uris = NULL;
  g_autoptr (GError) error = NULL;
  Changes changes = { 0 };

  uris = herald_store_get_attachments (store, id_of (post), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (uris), ==, 0);
  g_clear_pointer (&uris, g_strfreev);

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &changes);
  g_assert_true (herald_store_set_attachments (store, id_of (post), first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_post_changes, ==, 1);
  uris = herald_store_get_attachments (store, id_of (post), &error);
  g_assert_true (g_strv_equal ((const char * const *) uris, first));
  g_clear_pointer (&uris, g_strfreev);

  /* Reordered and one removed: the removed one goes to the bin. */
  g_assert_true (herald_store_set_attachments (store, id_of (post), second, &error));
  uris = herald_store_get_attachments (store, id_of (post), &error);
  g_assert_true (g_strv_equal ((const char * const *) uris, second));
  g_clear_pointer (&uris, g_strfreev);

  /* A post that does not exist is refused and nothing is written. */
  g_assert_false (herald_store_set_attachments (store, "no-such-post", first, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (herald_store_set_attachments (store, id_of (post), NULL, &error));
  uris = herald_store_get_attachments (store, id_of (post), &error);
  g_assert_cmpuint (g_strv_length (uris), ==, 0);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static void
test_post_topics (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "官微");
  g_autoptr (HeraldPost) post = store_test_add_post (store, id_of (account), "冬至吃什么", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldPost) other = store_test_add_post (store, id_of (account), "别的", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldTopic) dumplings = herald_topic_new ("饺子还是汤圆", "weibo");
  g_autoptr (HeraldTopic) solstice = herald_topic_new ("冬至", "baidu");
  g_autoptr (GListModel) topics = NULL;
  g_autoptr (HeraldTopic) first = NULL;
  g_autoptr (GError) error = NULL;

  herald_store_save_topic (store, dumplings, &error);
  g_assert_no_error (error);
  herald_store_save_topic (store, solstice, &error);
  g_assert_no_error (error);

  herald_store_link_post_topic (store, id_of (post), id_of (dumplings), &error);
  g_assert_no_error (error);
  herald_store_link_post_topic (store, id_of (post), id_of (solstice), &error);
  g_assert_no_error (error);
  herald_store_link_post_topic (store, id_of (other), id_of (solstice), &error);
  g_assert_no_error (error);

  topics = herald_store_list_post_topics (store, id_of (post), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 2);
  g_clear_object (&topics);

  g_assert_true (herald_store_unlink_post_topic (store, id_of (post), id_of (solstice), &error));
  g_assert_no_error (error);
  /* Unlinking again is harmless. */
  g_assert_true (herald_store_unlink_post_topic (store, id_of (post), id_of (solstice), &error));
  g_assert_no_error (error);

  topics = herald_store_list_post_topics (store, id_of (post), &error);
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 1);
  first = g_list_model_get_item (topics, 0);
  g_assert_cmpstr (herald_topic_get_title (first), ==, "饺子还是汤圆");
  g_clear_object (&topics);

  /* The other post keeps its link; a deleted topic is not listed. */
  topics = herald_store_list_post_topics (store, id_of (other), &error);
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 1);
  g_clear_object (&topics);
  herald_store_delete (store, HERALD_RECORD_TOPIC, id_of (solstice), &error);
  g_assert_no_error (error);
  topics = herald_store_list_post_topics (store, id_of (other), &error);
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 0);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GListModel **results = user_data;
  g_autoptr (GError) error = NULL;

  *results = herald_store_search_finish (HERALD_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
cancelled_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) results = herald_store_search_finish (HERALD_STORE (source), result, &error);

  g_assert_null (results);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

static void
test_search_async (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "官微");
  g_autoptr (HeraldPost) post = store_test_add_post (store, id_of (account), "周末探店：云南米线", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (HeraldPost) other = store_test_add_post (store, id_of (account), "年货节", 0, HERALD_POST_STATUS_DRAFT);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (HeraldPost) found = NULL;
  GListModel *results = NULL;
  gboolean done = FALSE;

  /* Found from another connection, in a thread, by a Chinese substring. */
  herald_store_search_async (store, "云南米", 10, NULL, search_done_cb, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  found = g_list_model_get_item (results, 0);
  g_assert_cmpstr (id_of (found), ==, id_of (post));
  g_clear_object (&results);

  /* A search superseded before it ran reports that, not results. */
  g_cancellable_cancel (cancellable);
  herald_store_search_async (store, "年货", 10, cancellable, cancelled_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  store_test_release (&store);
  store_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-drafting/drafts", test_drafts_list);
  g_test_add_func ("/store-drafting/series", test_series_posts);
  g_test_add_func ("/store-drafting/attachments", test_attachments);
  g_test_add_func ("/store-drafting/post-topics", test_post_topics);
  g_test_add_func ("/store-drafting/search-async", test_search_async);

  return g_test_run ();
}
