/* store-test-util.c — fresh databases for store tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "store-test-util.h"

char *
store_test_tmpdir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("herald-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

char *
store_test_checksum (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

HeraldStore *
store_test_open (char **path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = store_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "herald.db", NULL);
  HeraldStore *store;

  store = herald_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  if (path != NULL)
    *path = g_steal_pointer (&db);

  return store;
}

HeraldAccount *
store_test_add_account (HeraldStore *store,
                        const char  *kind,
                        const char  *name)
{
  g_autoptr (GError) error = NULL;
  HeraldAccount *account = herald_account_new (kind, name);

  herald_store_save_account (store, account, &error);
  g_assert_no_error (error);

  return account;
}

HeraldPost *
store_test_add_post (HeraldStore      *store,
                     const char       *account_id,
                     const char       *title,
                     gint64            scheduled_at,
                     HeraldPostStatus  status)
{
  g_autoptr (GError) error = NULL;
  HeraldPost *post = herald_post_new (account_id, title);

  herald_post_set_scheduled_at (post, scheduled_at);
  herald_post_set_status (post, status);
  herald_store_save_post (store, post, &error);
  g_assert_no_error (error);

  return post;
}

void
store_test_rm_rf (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          store_test_rm_rf (child);
        }
    }

  g_remove (path);
}

/* Drops the caller's reference and waits until the object is gone: a task
 * that ran in a thread keeps its source object until the thread lets go of
 * it, and a test that ends before then leaves the object to the leak
 * checker.  Fails the test when that takes more than ten seconds. */
void
store_test_release (gpointer object_ptr)
{
  GObject **object = object_ptr;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gpointer watch;

  if (*object == NULL)
    return;

  watch = *object;
  g_object_add_weak_pointer (G_OBJECT (watch), &watch);
  g_clear_object (object);

  while (g_atomic_pointer_get (&watch) != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}
