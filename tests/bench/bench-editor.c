/* bench-editor.c — what the editor waits for: an autosave and a search
 *
 * Builds a database of 20,000 posts through the store, in one
 * transaction, then times, interleaved so that noise on the machine hits
 * each alike: the autosave of a post with a 1,000-character body and of
 * one with a 20,000-character body (the 公众号 API limit), each one
 * transaction as the editor makes it, and a search for a three-character
 * Chinese substring.  Prints `name: value` lines: the median of each in
 * milliseconds and the ratio of the long autosave to the short one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "herald-store.h"

#define N_POSTS 20000
#define N_RUNS  41

static const char sample[] = "冬至到了，山茶花护手霜第二件半价，评论区抽10位送桂花酒酿。";

typedef struct {
  const char *account_id;
} Seed;

static gboolean
seed_in_transaction (HeraldStore  *store,
                     gpointer      user_data,
                     GError      **error)
{
  Seed *seed = user_data;

  for (guint i = 0; i < N_POSTS; i++)
    {
      g_autofree char *title = g_strdup_printf ("内容 #%u", i);
      g_autoptr (HeraldPost) post = herald_post_new (seed->account_id, title);

      herald_post_set_body (post, sample);
      herald_post_set_status (post, (HeraldPostStatus) (i % HERALD_N_POST_STATUSES));
      if (!herald_store_save_post (store, post, error))
        return FALSE;
    }

  return TRUE;
}

static char *
body_of (guint n_chars)
{
  g_autoptr (GString) body = g_string_new (NULL);
  glong n_sample = g_utf8_strlen (sample, -1);

  for (guint i = 0; i < n_chars; i++)
    {
      const char *c = g_utf8_offset_to_pointer (sample, i % n_sample);

      g_string_append_len (body, c, g_utf8_next_char (c) - c);
    }

  return g_string_free (g_steal_pointer (&body), FALSE);
}

static double
time_save (HeraldStore *store,
           HeraldPost  *post,
           const char  *body,
           guint        run)
{
  g_autofree char *edited = g_strdup_printf ("%s%u", body, run);
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  herald_post_set_body (post, edited);
  if (!herald_store_save_post (store, post, &error))
    g_error ("Could not save: %s", error->message);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
time_search (HeraldStore *store)
{
  g_autoptr (GListModel) results = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  results = herald_store_search (store, "桂花酒", 50, &error);
  if (results == NULL)
    g_error ("Could not search: %s", error->message);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("herald-bench-editor-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (HeraldAccount) account = herald_account_new ("wechat-article", "山茶生活志");
  g_autoptr (HeraldPost) short_post = NULL;
  g_autoptr (HeraldPost) long_post = NULL;
  g_autofree char *short_body = body_of (1000);
  g_autofree char *long_body = body_of (20000);
  g_autoptr (GArray) short_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) long_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) search_times = g_array_new (FALSE, FALSE, sizeof (double));
  Seed seed;

  g_assert_no_error (error);
  path = g_build_filename (dir, "herald.db", NULL);
  store = herald_store_open (path, &error);
  g_assert_no_error (error);
  herald_store_save_account (store, account, &error);
  g_assert_no_error (error);
  seed.account_id = herald_record_get_id (HERALD_RECORD (account));
  herald_store_transaction (store, seed_in_transaction, &seed, &error);
  g_assert_no_error (error);

  short_post = herald_post_new (seed.account_id, "短稿");
  long_post = herald_post_new (seed.account_id, "长文");

  for (guint run = 0; run < N_RUNS; run++)
    {
      double t;

      t = time_save (store, short_post, short_body, run);
      g_array_append_val (short_times, t);
      t = time_save (store, long_post, long_body, run);
      g_array_append_val (long_times, t);
      t = time_search (store);
      g_array_append_val (search_times, t);
    }

  {
    double short_ms = median (short_times);
    double long_ms = median (long_times);

    g_print ("editor-autosave-1k-ms: %.2f\n", short_ms);
    g_print ("editor-autosave-20k-ms: %.2f\n", long_ms);
    g_print ("editor-autosave-20k-vs-1k: %.2f\n", long_ms / short_ms);
    g_print ("editor-search-20k-posts-ms: %.2f\n", median (search_times));
  }

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }

  return 0;
}
