/* bench-sync.c — sync through a Radicale on loopback: first, full and incremental
 *
 *   bench-sync [N_POSTS [--seed-storage]]
 *
 * Starts `python3 -m radicale` on a free loopback port, syncs a database
 * of N_POSTS posts (default 10,000) to it, then, interleaved, a full sync
 * of a fresh database from the same calendar and, in the first database,
 * one post changed and synced as Herald syncs an edit: pushed on its own
 * (sync_incremental_*).  Then the same post changed again and synced both
 * ways, pull then push, as Sync Now and the periodic sync do
 * (sync_two_way_*).  Prints the medians, the requests each took and their
 * time against the full sync (a fresh database pulling everything from a
 * warm server) and against the first sync.
 *
 * Radicale's PUT slows as its calendar grows, so that a first sync of
 * 10,000 posts takes more than an hour.  With --seed-storage the posts
 * are written straight into Radicale's storage folder instead, and the
 * first sync is the first database pulling them all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>

#include "herald-caldav-client.h"
#include "herald-ical-mapping.h"
#include "herald-store.h"
#include "herald-sync-engine.h"

#define RUNS 5
#define T0 1795939200

typedef struct {
  const char *collection;
  const char *base;
} Server;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), (GCompareFunc) compare_doubles);
  return values[RUNS / 2];
}

static double
run_once (const char *base,
          char      **collection,
          const char *path,
          gboolean    push_only,
          guint      *requests)
{
  g_autoptr (HeraldCaldavClient) client = herald_caldav_client_new (base, "bench", "bench");
  g_autoptr (HeraldSyncEngine) engine = NULL;
  g_autoptr (GError) error = NULL;
  HeraldSyncResult result;
  gint64 start;
  guint before;

  if (*collection == NULL)
    {
      *collection = herald_caldav_client_discover (client, NULL, &error);
      g_assert_no_error (error);
    }
  engine = herald_sync_engine_new (path, client, *collection);
  before = herald_caldav_client_get_request_count (client);
  start = g_get_monotonic_time ();
  if (push_only)
    g_assert_true (herald_sync_engine_push (engine, &result, NULL, &error));
  else
    g_assert_true (herald_sync_engine_sync (engine, &result, NULL, &error));
  g_assert_no_error (error);
  *requests = herald_caldav_client_get_request_count (client) - before;
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
sync_once (const char *base,
           char      **collection,
           const char *path,
           guint      *requests)
{
  return run_once (base, collection, path, FALSE, requests);
}

static guint16
free_port (void)
{
  g_autoptr (GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

typedef struct {
  guint n;
  const char *account_id;
} Fill;

static gboolean
fill_posts (HeraldStore  *store,
            gpointer      user_data,
            GError      **error)
{
  Fill *fill = user_data;

  for (guint i = 0; i < fill->n; i++)
    {
      g_autofree char *title = g_strdup_printf ("第 %u 条内容", i + 1);
      g_autoptr (HeraldPost) post = herald_post_new (fill->account_id, title);

      herald_post_set_scheduled_at (post, T0 + (gint64) i * 1800);
      herald_post_set_body (post, "双十二预热：限时福利，评论区抽三位送新品。");
      herald_post_set_status (post, HERALD_POST_STATUS_SCHEDULED);
      if (!herald_store_save_post (store, post, error))
        return FALSE;
    }

  return TRUE;
}

static void
seed_storage (const char *dir,
              guint       n_posts)
{
  g_autofree char *folder = g_build_filename (dir, "collections", "collection-root", "bench", "herald", NULL);
  g_autofree char *props = g_build_filename (folder, ".Radicale.props", NULL);
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "品牌官微");
  g_autofree char *account_id = herald_store_new_id ();

  herald_record_set_id (HERALD_RECORD (account), account_id);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (props, "{\"tag\": \"VCALENDAR\"}", -1, NULL));

  for (guint i = 0; i < n_posts; i++)
    {
      g_autofree char *title = g_strdup_printf ("第 %u 条内容", i + 1);
      g_autoptr (HeraldPost) post = herald_post_new (account_id, title);
      g_autofree char *id = herald_store_new_id ();
      g_autofree char *name = g_strconcat (id, ".ics", NULL);
      g_autofree char *file = g_build_filename (folder, name, NULL);
      g_autofree char *ical = NULL;

      herald_record_set_id (HERALD_RECORD (post), id);
      herald_post_set_scheduled_at (post, T0 + (gint64) i * 1800);
      herald_post_set_body (post, "双十二预热：限时福利，评论区抽三位送新品。");
      herald_post_set_status (post, HERALD_POST_STATUS_SCHEDULED);
      ical = herald_ical_post_to_calendar (post, account, 30, NULL);
      g_assert_true (g_file_set_contents (file, ical, -1, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  gboolean seeded = argc > 2 && g_str_equal (argv[2], "--seed-storage");
  guint n_posts = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("herald-bench-sync-XXXXXX", &error);
  g_autofree char *config_path = g_build_filename (dir, "config", NULL);
  g_autofree char *users = g_build_filename (dir, "users", NULL);
  g_autofree char *path_a = g_build_filename (dir, "a.db", NULL);
  g_autofree char *config = NULL;
  g_autofree char *base = NULL;
  g_autofree char *collection = NULL;
  g_autofree char *post_id = NULL;
  g_autoptr (GSubprocess) radicale = NULL;
  g_autoptr (HeraldStore) a = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  double full[RUNS], incremental[RUNS], inc_requests[RUNS], two_way[RUNS], two_way_requests[RUNS];
  guint requests, full_requests = 0;
  double first;
  guint16 port = free_port ();
  Fill fill;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (users, "bench:bench\n", -1, NULL));
  config = g_strdup_printf ("[server]\nhosts = 127.0.0.1:%u\n"
                            "[auth]\ntype = htpasswd\nhtpasswd_filename = %s\nhtpasswd_encryption = plain\n"
                            "[storage]\nfilesystem_folder = %s/collections\n"
                            "[logging]\nlevel = error\n", port, users, dir);
  g_assert_true (g_file_set_contents (config_path, config, -1, NULL));
  if (seeded)
    seed_storage (dir, n_posts);
  radicale = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "python3", "-m", "radicale", "--config", config_path, NULL);
  g_assert_no_error (error);
  base = g_strdup_printf ("http://127.0.0.1:%u/", port);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr (GSocketClient) client = g_socket_client_new ();
      g_autoptr (GSocketConnection) connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, NULL);

      if (connection != NULL)
        break;
      g_usleep (50000);
    }

  a = herald_store_open (path_a, &error);
  g_assert_no_error (error);
  if (seeded)
    {
      collection = g_strconcat (base, "bench/herald/", NULL);
    }
  else
    {
      account = herald_account_new ("weibo", "品牌官微");
      g_assert_true (herald_store_save_account (a, account, &error));
      fill.n = n_posts;
      fill.account_id = herald_record_get_id (HERALD_RECORD (account));
      g_assert_true (herald_store_transaction (a, fill_posts, &fill, &error));
    }

  first = sync_once (base, &collection, path_a, &requests);
  g_assert_cmpint (herald_store_count (a, HERALD_RECORD_POST, NULL), ==, n_posts);
  g_print ("sync_posts: %u\n", n_posts);
  g_print ("sync_first_is: %s\n", seeded ? "pull" : "push");
  g_print ("sync_first_seconds: %.2f\n", first);
  g_print ("sync_first_requests: %u\n", requests);
  /* Settle: the next run sees its own pushes once. */
  sync_once (base, &collection, path_a, &requests);

  {
    g_autoptr (GListModel) posts = herald_store_list_posts_in_range (a, T0, T0 + 1, NULL, &error);
    g_autoptr (HeraldPost) post = g_list_model_get_item (posts, 0);

    post_id = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
  }

  for (guint r = 0; r < RUNS; r++)
    {
      g_autofree char *name = g_strdup_printf ("b%u.db", r);
      g_autofree char *path_b = g_build_filename (dir, name, NULL);
      g_autoptr (HeraldStore) b = herald_store_open (path_b, &error);
      g_autoptr (HeraldPost) post = herald_store_get_post (a, post_id, &error);
      g_autofree char *body = g_strdup_printf ("改了第 %u 次", r + 1);

      g_assert_no_error (error);
      full[r] = sync_once (base, &collection, path_b, &full_requests);

      herald_post_set_body (post, body);
      g_assert_true (herald_store_save_post (a, post, &error));
      incremental[r] = run_once (base, &collection, path_a, TRUE, &requests);
      inc_requests[r] = requests;

      herald_post_set_title (post, body);
      g_assert_true (herald_store_save_post (a, post, &error));
      two_way[r] = sync_once (base, &collection, path_a, &requests);
      two_way_requests[r] = requests;
      g_assert_cmpint (herald_store_count (b, HERALD_RECORD_POST, NULL), ==, n_posts);
    }

  {
    double f = median (full), i = median (incremental);

    g_print ("sync_full_seconds: %.3f\n", f);
    g_print ("sync_full_requests: %u\n", full_requests);
    g_print ("sync_incremental_seconds: %.4f\n", i);
    g_print ("sync_incremental_requests: %.0f\n", median (inc_requests));
    g_print ("sync_incremental_vs_full: %.4f\n", i / f);
    /* Against the first sync of the calendar, as the target is put. */
    g_print ("sync_incremental_vs_first: %.4f\n", i / first);
    g_print ("sync_two_way_seconds: %.4f\n", median (two_way));
    g_print ("sync_two_way_requests: %.0f\n", median (two_way_requests));
    g_print ("sync_two_way_vs_full: %.4f\n", median (two_way) / f);
    g_print ("sync_two_way_vs_first: %.4f\n", median (two_way) / first);
  }

  g_subprocess_send_signal (radicale, SIGTERM);
  g_subprocess_wait (radicale, NULL, NULL);
  g_assert_true (g_spawn_sync (NULL, (char *[]) { "rm", "-rf", dir, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, NULL, NULL, NULL, NULL));
  return 0;
}
