/* test-crash.c — a writer killed at random moments loses nothing committed
 *
 * A child process writes posts in a loop and reports each id on a pipe
 * after its commit returns.  The parent kills it with SIGKILL at a random
 * moment, then checks that the database passes integrity_check and holds
 * every post the child reported.  Twenty rounds on the same file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store-test-util.h"

#define ROUNDS 20

static void
writer (const char *path,
        int         fd,
        int         round)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldStore) store = herald_store_open (path, &error);
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (HeraldAccount) account = NULL;

  g_assert_no_error (error);
  accounts = herald_store_list_accounts (store, &error);
  account = g_list_model_get_item (accounts, 0);

  for (guint i = 0; ; i++)
    {
      g_autofree char *title = g_strdup_printf ("第 %d 轮 第 %u 条", round, i);
      g_autoptr (HeraldPost) post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), title);
      g_autofree char *line = NULL;

      herald_post_set_body (post, "正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文");
      herald_post_set_scheduled_at (post, 1794441600 + i * 60);
      if (!herald_store_save_post (store, post, &error))
        g_error ("save failed: %s", error->message);

      /* Reported only once the commit has returned. */
      line = g_strdup_printf ("%s\n", herald_record_get_id (HERALD_RECORD (post)));
      if (write (fd, line, strlen (line)) < 0)
        _exit (3);
    }
}

/* Waits for the writer's first commit: on a slow machine (or under
 * AddressSanitizer) starting it may take longer than the kill's delay. */
static void
read_first_line (int      fd,
                 GString *all)
{
  char buffer[4096];
  ssize_t n;

  while (strchr (all->str, '\n') == NULL && (n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (all, buffer, n);
}

static GPtrArray *
read_reported (int      fd,
               GString *all)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  char buffer[4096];
  ssize_t n;
  g_auto (GStrv) lines = NULL;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (all, buffer, n);

  lines = g_strsplit (all->str, "\n", -1);
  /* The last piece may be a line cut off by the kill: not reported. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    g_ptr_array_add (ids, g_strdup (lines[i]));

  return ids;
}

static void
assert_integrity (const char *path)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_crash_kill (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) setup = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (setup, "weibo", "压力测试");
  guint total_reported = 0;

  g_clear_object (&setup);

  for (int round = 0; round < ROUNDS; round++)
    {
      g_autoptr (GPtrArray) reported = NULL;
      g_autoptr (GString) all = g_string_new (NULL);
      g_autoptr (HeraldStore) store = NULL;
      g_autoptr (GError) error = NULL;
      int pipe_fds[2];
      int status;
      pid_t pid;

      g_assert_cmpint (pipe (pipe_fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (pipe_fds[0]);
          writer (path, pipe_fds[1], round);
          _exit (0);
        }
      close (pipe_fds[1]);

      read_first_line (pipe_fds[0], all);
      g_usleep (g_test_rand_int_range (20, 150) * 1000);
      kill (pid, SIGKILL);
      reported = read_reported (pipe_fds[0], all);
      close (pipe_fds[0]);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));

      assert_integrity (path);

      store = herald_store_open (path, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < reported->len; i++)
        {
          g_autoptr (HeraldPost) post = herald_store_get_post (store, reported->pdata[i], &error);

          g_assert_no_error (error);
          g_assert_nonnull (post);
        }
      total_reported += reported->len;
    }

  g_test_message ("%u committed posts checked over %d kills", total_reported, ROUNDS);
  g_assert_cmpuint (total_reported, >, ROUNDS);
  store_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/crash/sigkill", test_crash_kill);

  return g_test_run ();
}
