/* test-feed-store.c — feeds in the store, and a fetched list recorded
 * all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-feed-parser.h"
#include "store-test-util.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr (HeraldFeed) feed = herald_feed_new ("https://rsshub.example/zhihu/hot", HERALD_FEED_KIND_RSS);
  g_autofree char *url = NULL;
  guint notified = 0, interval = 0;
  gboolean enabled = FALSE;

  g_signal_connect (feed, "notify", G_CALLBACK (count_cb), &notified);
  herald_feed_set_name (feed, "知乎热榜");
  herald_feed_set_name (feed, "知乎热榜");
  g_assert_cmpuint (notified, ==, 1);
  herald_feed_set_interval (feed, 1);
  herald_feed_set_interval (feed, HERALD_FEED_MIN_INTERVAL);
  g_assert_cmpuint (notified, ==, 2);
  herald_feed_set_failures (feed, 3);
  herald_feed_set_last_error (feed, "");
  g_assert_cmpuint (notified, ==, 3);

  g_object_set (feed, "enabled", FALSE, "kind", HERALD_FEED_KIND_ATOM, NULL);
  g_object_get (feed, "enabled", &enabled, "interval", &interval, "url", &url, NULL);
  g_assert_false (enabled);
  g_assert_cmpuint (interval, ==, HERALD_FEED_MIN_INTERVAL);
  g_assert_cmpstr (url, ==, "https://rsshub.example/zhihu/hot");
  g_assert_cmpint (herald_feed_get_kind (feed), ==, HERALD_FEED_KIND_ATOM);
  g_assert_cmpuint (notified, ==, 5);
}

static void
test_crud (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldFeed) feed = herald_feed_new ("https://rsshub.example/zhihu/hot", HERALD_FEED_KIND_RSS);
  g_autoptr (HeraldFeed) bad = NULL;
  g_autoptr (HeraldFeed) read = NULL;
  g_autoptr (GListModel) feeds = NULL;
  g_autoptr (GError) error = NULL;

  herald_feed_set_name (feed, "知乎热榜");
  herald_feed_set_interval (feed, 10);
  g_assert_cmpuint (herald_feed_get_interval (feed), ==, HERALD_FEED_MIN_INTERVAL);
  g_assert_true (herald_store_save_feed (store, feed, &error));
  g_assert_no_error (error);

  feeds = herald_store_list_feeds (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (feeds), ==, 1);
  g_clear_object (&feeds);

  /* Changed: name, enabled; read back. */
  herald_feed_set_name (feed, "知乎");
  herald_feed_set_enabled (feed, FALSE);
  g_assert_true (herald_store_save_feed (store, feed, &error));
  read = herald_store_get_feed (store, herald_record_get_id (HERALD_RECORD (feed)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (herald_feed_get_name (read), ==, "知乎");
  g_assert_false (herald_feed_get_enabled (read));
  g_assert_cmpuint (herald_feed_get_interval (read), ==, HERALD_FEED_MIN_INTERVAL);
  g_assert_cmpstr (herald_feed_get_mapping (read), ==, "{}");
  g_assert_null (herald_feed_get_etag (read));
  g_assert_cmpint (herald_feed_get_next_fetch_at (read), ==, 0);

  /* Fetch state is its own write. */
  herald_feed_set_etag (read, "\"abc\"");
  herald_feed_set_last_error (read, "The server answered “500”");
  herald_feed_set_failures (read, 2);
  herald_feed_set_next_fetch_at (read, 1795852800);
  g_assert_true (herald_store_save_feed_state (store, read, &error));
  g_clear_object (&read);
  read = herald_store_get_feed (store, herald_record_get_id (HERALD_RECORD (feed)), &error);
  g_assert_cmpstr (herald_feed_get_etag (read), ==, "\"abc\"");
  g_assert_cmpstr (herald_feed_get_last_error (read), ==, "The server answered “500”");
  g_assert_cmpuint (herald_feed_get_failures (read), ==, 2);
  g_assert_cmpint (herald_feed_get_next_fetch_at (read), ==, 1795852800);

  /* Bad input changes nothing. */
  bad = herald_feed_new ("file:///etc/passwd", HERALD_FEED_KIND_RSS);
  g_assert_false (herald_store_save_feed (store, bad, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  herald_feed_set_url (bad, "https://example.com/j");
  herald_feed_set_mapping (bad, "[1, 2]");
  g_assert_false (herald_store_save_feed (store, bad, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_FEED, NULL), ==, 1);

  /* Removed, and back with undo. */
  g_assert_true (herald_store_remove_feed (store, herald_record_get_id (HERALD_RECORD (feed)), &error));
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_FEED, NULL), ==, 0);
  g_assert_true (herald_store_restore (store, HERALD_RECORD_FEED, herald_record_get_id (HERALD_RECORD (feed)), &error));
  g_assert_no_error (error);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_FEED, NULL), ==, 1);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static GPtrArray *
items_of (const char * const *titles)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_feed_item_free);

  for (guint i = 0; titles[i] != NULL; i++)
    g_ptr_array_add (items, herald_feed_item_new (titles[i], NULL, NULL, 100 - i, i + 1));

  return items;
}

static void
test_apply_all_or_nothing (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldFeed) feed = herald_feed_new ("https://rsshub.example/weibo/search/hot", HERALD_FEED_KIND_RSS);
  g_autoptr (HeraldFeed) ghost = herald_feed_new ("https://rsshub.example/none", HERALD_FEED_KIND_RSS);
  const char *titles[] = { "初雪", "#初雪#", "双十一", "", NULL };
  g_autoptr (GPtrArray) items = items_of (titles);
  g_autoptr (GError) error = NULL;
  HeraldFeedChanges changes = { 0, };

  g_assert_true (herald_store_save_feed (store, feed, NULL));

  /* A feed the database does not have: the topics written before that
   * is found out are rolled back with it. */
  herald_record_set_id (HERALD_RECORD (ghost), "no-such-feed");
  g_assert_false (herald_store_apply_feed_items (store, ghost, items, 1000, &changes, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_TOPIC, NULL), ==, 0);
  g_assert_cmpint (herald_feed_get_listed_at (ghost), ==, 0);

  /* "#初雪#" is "初雪" again; the empty title is no topic. */
  g_assert_true (herald_store_apply_feed_items (store, feed, items, 1000, &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_new, ==, 2);
  g_assert_cmpint (herald_store_count (store, HERALD_RECORD_TOPIC, NULL), ==, 2);
  g_assert_cmpint (herald_feed_get_listed_at (feed), ==, 1000);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/feeds/store/properties", test_properties);
  g_test_add_func ("/feeds/store/crud", test_crud);
  g_test_add_func ("/feeds/store/apply-all-or-nothing", test_apply_all_or_nothing);

  return g_test_run ();
}
