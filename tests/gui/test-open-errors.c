/* test-open-errors.c — the window when the database cannot be opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "herald-application.h"
#include "herald-test-gui.h"
#include "herald-window-private.h"

static gboolean
label_shown (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (label_shown (child, text))
      return TRUE;

  return FALSE;
}

static void
damage (const char *path)
{
  int fd = g_open (path, O_WRONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "definitely not sqlite", 21), ==, 21);
  close (fd);
}

/* A damaged database: the window says so, offers the latest backup, and
 * restoring it brings the data back. */
static void
test_corrupt_restore (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("herald-gui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "herald.db", NULL);
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "品牌官微");
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *backup = NULL;
  g_autoptr (HeraldApplication) app = NULL;
  HeraldWindow *window;

  if (!herald_test_run_in_subprocess ())
    return;

  store = herald_store_open (path, &error);
  g_assert_no_error (error);
  herald_store_save_account (store, account, &error);
  g_assert_no_error (error);
  backup = herald_store_backup_daily (store, today, 7, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  damage (path);

  app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (app, path);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  window = herald_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  herald_test_wait_mapped (GTK_WIDGET (window));
  herald_test_wait_idle ();

  g_assert_null (herald_application_get_store (app));
  g_assert_error (herald_application_get_store_error (app), HERALD_STORE_ERROR, HERALD_STORE_ERROR_CORRUPT);
  g_assert_true (label_shown (GTK_WIDGET (window), "Could Not Open Your Data"));
  g_assert_true (label_shown (GTK_WIDGET (window), "The latest automatic backup is"));
  g_assert_true (label_shown (GTK_WIDGET (window), "Restore Latest Backup"));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (herald_window_get_pages_list (window))));

  g_action_group_activate_action (G_ACTION_GROUP (app), "restore-backup", NULL);
  herald_test_wait_idle ();

  g_assert_nonnull (herald_application_get_store (app));
  g_assert_cmpint (herald_store_count (herald_application_get_store (app), HERALD_RECORD_ACCOUNT, NULL), ==, 1);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (herald_window_get_pages_list (window))));
  g_assert_true (label_shown (GTK_WIDGET (window), "The damaged file was kept"));

  gtk_window_destroy (GTK_WINDOW (window));
  herald_test_wait_idle ();
}

/* A database from a newer Herald: explained, nothing offered, untouched. */
static void
test_newer_version (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("herald-gui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "herald.db", NULL);
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (HeraldApplication) app = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  HeraldWindow *window;

  if (!herald_test_run_in_subprocess ())
    return;

  store = herald_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  /* user_version lives at offset 60 of the header, big-endian. */
  {
    int fd = g_open (path, O_WRONLY, 0);
    const guchar version[4] = { 0, 0, 0, 42 };

    g_assert_cmpint (pwrite (fd, version, 4, 60), ==, 4);
    close (fd);
  }
  g_file_get_contents (path, &contents, &length, NULL);
  before = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);

  app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (app, path);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = herald_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  herald_test_wait_mapped (GTK_WIDGET (window));
  herald_test_wait_idle ();

  g_assert_error (herald_application_get_store_error (app), HERALD_STORE_ERROR, HERALD_STORE_ERROR_NEWER_VERSION);
  g_assert_true (label_shown (GTK_WIDGET (window), "newer version of Herald"));
  g_assert_false (label_shown (GTK_WIDGET (window), "Restore Latest Backup"));

  gtk_window_destroy (GTK_WINDOW (window));
  herald_test_wait_idle ();

  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, &length, NULL);
  after = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add_func ("/open-errors/corrupt-restore", test_corrupt_restore);
  g_test_add_func ("/open-errors/newer-version", test_newer_version);

  return g_test_run ();
}
