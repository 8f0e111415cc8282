/* herald-application.c — the application object
 *
 * Owns the store for the database this instance works on.  The store is
 * opened when the first window is shown; when it cannot be, the window
 * says why and, for a damaged file, offers the latest automatic backup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "herald-application-private.h"
#include "herald-command-line.h"
#include "herald-marketing-days.h"
#include "herald-paths.h"
#include "herald-preferences-dialog.h"
#include "herald-shortcuts-dialog.h"
#include "herald-store.h"
#include "herald-window.h"

/* Tombstones older than this are removed for good. */
#define PURGE_AFTER_DAYS 30

G_DEFINE_FINAL_TYPE (HeraldApplication, herald_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rest of the options come from the command line module. */
static const GOptionEntry option_entries[] = {
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

/* The start-up benchmark stops its clock when the first frame is painted,
 * not when the process has finished tearing down: it passes a pipe in
 * HERALD_FIRST_FRAME_FD and reads one line from it. */
static void
quit_after_first_frame_cb (GdkFrameClock *frame_clock,
                           GApplication  *application)
{
  const char *fd = g_getenv ("HERALD_FIRST_FRAME_FD");

  g_signal_handlers_disconnect_by_func (frame_clock, quit_after_first_frame_cb, application);
  if (fd != NULL && write ((int) g_ascii_strtoll (fd, NULL, 10), "painted\n", 8) != 8)
    g_warning ("Could not report the first frame: %s", g_strerror (errno));
  g_application_quit (application);
}

static GtkWindow *
get_main_window (HeraldApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void
backup_daily_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *made = NULL;

  made = herald_store_backup_daily_finish (HERALD_STORE (source), result, &error);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("The daily backup failed: %s", error->message);
  else if (made != NULL)
    g_debug ("Daily backup written to %s", made);
}

/* Housekeeping that must not delay the first frame. */
static gboolean
after_start_cb (gpointer user_data)
{
  HeraldApplication *self = user_data;
  g_autoptr (GError) error = NULL;

  self->housekeeping_id = 0;
  if (self->store == NULL)
    return G_SOURCE_REMOVE;

  herald_store_backup_daily_async (self->store, self->cancellable, backup_daily_cb, NULL);
  herald_store_purge_tombstones (self->store,
                                 g_get_real_time () / G_USEC_PER_SEC - PURGE_AFTER_DAYS * 24 * 3600,
                                 &error);
  if (error != NULL)
    g_warning ("Could not purge old deleted records: %s", error->message);
  herald_application_sync_after_start (self);

  return G_SOURCE_REMOVE;
}

static void
set_store (HeraldApplication *self,
           HeraldStore       *store,
           GError            *error)
{
  g_clear_error (&self->store_error);
  self->store_error = error;

  if (g_set_object (&self->store, store))
    {
      herald_application_reminders_set_store (self, store);
      herald_application_topics_set_store (self, store);
      herald_application_sync_set_store (self, store);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }

  g_clear_handle_id (&self->housekeeping_id, g_source_remove);
  /* Sample data is thrown away: no backups of it. */
  if (store != NULL && !self->demo)
    self->housekeeping_id = g_timeout_add_seconds (5, after_start_cb, self);
}

static void
ensure_store (HeraldApplication *self)
{
  g_autoptr (HeraldStore) store = NULL;
  GError *error = NULL;

  if (self->store != NULL || self->store_error != NULL)
    return;

  store = herald_store_open (self->database_path, &error);
  set_store (self, store, error);
}

static void
herald_application_activate (GApplication *application)
{
  HeraldApplication *self = HERALD_APPLICATION (application);
  GtkWindow *window = get_main_window (self);

  ensure_store (self);

  if (window == NULL)
    window = GTK_WINDOW (herald_window_new (self));

  gtk_window_present (window);

  /* Start-up benchmarks measure exec → first painted frame. */
  if (g_strcmp0 (g_getenv ("HERALD_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
    {
      GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

      g_signal_connect (frame_clock, "after-paint",
                        G_CALLBACK (quit_after_first_frame_cb), self);
    }
}

static int
herald_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  HeraldApplication *self = HERALD_APPLICATION (application);
  g_autofree char *database_path = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("herald %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* Headless commands run and exit here, before any window. */
  status = herald_command_line_handle (options, &database_path);
  if (status >= 0)
    return status;

  g_free (self->database_path);
  self->database_path = g_steal_pointer (&database_path);

  /* Sample data gets a window of its own even while Herald already runs
   * on the user's data: that instance must not take this command line. */
  if (g_variant_dict_contains (options, "demo"))
    {
      self->demo = TRUE;
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
app_quit_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  HeraldApplication *self = user_data;
  g_autoptr (GList) windows = NULL;

  /* Close windows rather than quitting outright so they save their state. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
app_preferences_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  HeraldApplication *self = user_data;
  HeraldPreferencesDialog *dialog;

  dialog = herald_preferences_dialog_new (self->store, self->database_path);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (get_main_window (self)));
}

/* Preferences on the Accounts page, with the dialog that adds one. */
static void
app_add_account_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  HeraldApplication *self = user_data;
  HeraldPreferencesDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = herald_preferences_dialog_new (self->store, self->database_path);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (get_main_window (self)));
  herald_preferences_dialog_add_account (dialog);
}

static char *
find_executable (void)
{
  const char *executable = g_getenv ("HERALD_EXECUTABLE");

  if (executable != NULL && *executable != '\0')
    return g_strdup (executable);

  return g_file_read_link ("/proc/self/exe", NULL);
}

/* Sample data opens in a process of its own, on a database of its own, so
 * that nothing done there can reach the user's data. */
static void
app_explore_sample_data_action (GSimpleAction *action,
                                GVariant      *param,
                                gpointer       user_data)
{
  HeraldApplication *self = user_data;
  g_autoptr (GSubprocess) subprocess = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *executable = find_executable ();
  GtkWindow *window = get_main_window (self);

  if (executable == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         _("Herald could not find its own program file"));
  else
    subprocess = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, executable, "--demo", NULL);

  if (subprocess == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why */
      message = g_strdup_printf (_("Could not open the sample data: %s"), error->message);
      if (HERALD_IS_WINDOW (window))
        herald_window_add_toast (HERALD_WINDOW (window), adw_toast_new (message));
      else
        g_warning ("%s", message);
    }
}

static void
app_shortcuts_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  HeraldApplication *self = user_data;

  adw_dialog_present (ADW_DIALOG (herald_shortcuts_dialog_new ()),
                      GTK_WIDGET (get_main_window (self)));
}

static void
app_about_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  HeraldApplication *self = user_data;
  static const char *developers[] = { "The Herald developers", NULL };
  AdwDialog *dialog;

  dialog = adw_about_dialog_new ();
  g_object_set (dialog,
                "application-name", _("Herald"),
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Herald developers"),
                "developers", developers,
                "comments", _("Plan, draft and review content for Weibo, WeChat, Douyin, Kuaishou, Xiaohongshu and Bilibili."),
                "website", "https://github.com/heraldapp/herald",
                "issue-url", "https://github.com/heraldapp/herald/issues",
                "license-type", GTK_LICENSE_GPL_3_0,
                /* Translators: your name and e-mail, one per line */
                "translator-credits", _("translator-credits"),
                NULL);
  adw_dialog_present (dialog, GTK_WIDGET (get_main_window (self)));
}

/* Puts the newest automatic backup in place of a damaged database. */
static void
app_restore_backup_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  HeraldApplication *self = user_data;
  g_autoptr (GPtrArray) backups = herald_store_list_backups (self->database_path);
  g_autoptr (HeraldStore) store = NULL;
  g_autofree char *set_aside = NULL;
  g_autofree char *backup_name = NULL;
  g_autofree char *message = NULL;
  GError *error = NULL;
  GtkWindow *window = get_main_window (self);

  if (backups->len == 0)
    return;

  if (!herald_store_restore_backup (self->database_path, backups->pdata[0], &set_aside, &error))
    {
      AdwDialog *alert = adw_alert_dialog_new (_("Could Not Restore the Backup"), error->message);

      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
      adw_dialog_present (alert, GTK_WIDGET (window));
      g_clear_error (&error);
      return;
    }

  g_clear_error (&self->store_error);
  store = herald_store_open (self->database_path, &error);
  set_store (self, store, error);

  if (store != NULL && HERALD_IS_WINDOW (window))
    {
      backup_name = g_path_get_basename (backups->pdata[0]);
      /* Translators: %s is a backup file name such as herald-2026-11-27.db */
      message = g_strdup_printf (_("Restored %s. The damaged file was kept beside it."), backup_name);
      herald_window_add_toast (HERALD_WINDOW (window), adw_toast_new (message));
    }
}

static const GActionEntry app_actions[] = {
  { "quit", app_quit_action },
  { "preferences", app_preferences_action },
  { "add-account", app_add_account_action },
  { "explore-sample-data", app_explore_sample_data_action },
  { "shortcuts", app_shortcuts_action },
  { "about", app_about_action },
  { "restore-backup", app_restore_backup_action },
};

/* The calendar's marketing days, worked out while GTK starts. */
static gpointer
prepare_calendar_thread (gpointer user_data)
{
  g_autoptr (GDate) today = g_date_new ();

  g_date_set_time_t (today, time (NULL));
  herald_marketing_days_prepare (today);
  return NULL;
}

static void
herald_application_startup (GApplication *application)
{
  HeraldApplication *self = HERALD_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  g_thread_unref (g_thread_new ("herald-prepare", prepare_calendar_thread, NULL));

  G_APPLICATION_CLASS (herald_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.shortcuts", help_accels);

  herald_application_reminders_startup (self);
  herald_application_export_startup (self);
  herald_application_topics_startup (self);
  herald_application_sync_startup (self);

  if (self->database_path == NULL)
    self->database_path = herald_paths_resolve_database (NULL);
}

/* The demo database lives in a temporary folder of its own, made by
 * `--demo`; nothing outside such a folder is ever removed. */
static void
remove_demo_database (HeraldApplication *self)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *folder = NULL;
  g_autofree char *folder_name = NULL;

  if (self->database_path == NULL)
    return;

  folder = g_path_get_dirname (self->database_path);
  folder_name = g_path_get_basename (folder);
  if (!g_str_has_prefix (folder_name, "herald-demo-"))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (self->database_path, suffixes[i], NULL);

      g_unlink (file);
    }
  if (g_rmdir (folder) != 0)
    g_debug ("Kept %s: %s", folder, g_strerror (errno));
}

static void
herald_application_shutdown (GApplication *application)
{
  HeraldApplication *self = HERALD_APPLICATION (application);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->housekeeping_id, g_source_remove);
  herald_application_reminders_set_store (self, NULL);
  herald_application_topics_set_store (self, NULL);
  herald_application_sync_set_store (self, NULL);

  if (self->demo)
    {
      g_clear_object (&self->store);
      remove_demo_database (self);
    }

  G_APPLICATION_CLASS (herald_application_parent_class)->shutdown (application);
}

static void
herald_application_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HeraldApplication *self = HERALD_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_application_finalize (GObject *object)
{
  HeraldApplication *self = HERALD_APPLICATION (object);

  g_clear_handle_id (&self->housekeeping_id, g_source_remove);
  g_clear_object (&self->reminders);
  g_clear_handle_id (&self->topics_refresh_id, g_source_remove);
  g_clear_object (&self->feed_fetcher);
  g_clear_object (&self->sync_scheduler);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (herald_application_parent_class)->finalize (object);
}

static void
herald_application_class_init (HeraldApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = herald_application_finalize;
  object_class->get_property = herald_application_get_property;

  app_class->activate = herald_application_activate;
  app_class->startup = herald_application_startup;
  app_class->shutdown = herald_application_shutdown;
  app_class->handle_local_options = herald_application_handle_local_options;

  /**
   * HeraldApplication:store:
   *
   * The open database, or %NULL until it is open or when it cannot be.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_application_init (HeraldApplication *self)
{
  self->cancellable = g_cancellable_new ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), herald_command_line_get_entries ());
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan, draft and review content for Chinese social media channels."));
}

HeraldApplication *
herald_application_new (const char        *application_id,
                        GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (HERALD_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * herald_application_get_database_path:
 * @self: a #HeraldApplication
 *
 * Returns: (nullable): the database this instance works on, known once the
 *   command line has been handled
 */
const char *
herald_application_get_database_path (HeraldApplication *self)
{
  g_return_val_if_fail (HERALD_IS_APPLICATION (self), NULL);

  return self->database_path;
}

/**
 * herald_application_set_database_path:
 * @self: a #HeraldApplication
 * @path: the database to work on
 *
 * Chooses the database before the store is opened (tests, `--demo`).
 */
void
herald_application_set_database_path (HeraldApplication *self,
                                      const char        *path)
{
  g_return_if_fail (HERALD_IS_APPLICATION (self));
  g_return_if_fail (self->store == NULL);

  g_set_str (&self->database_path, path);
  g_clear_error (&self->store_error);
}

/**
 * herald_application_get_store:
 * @self: a #HeraldApplication
 *
 * Opens the database on first use.
 *
 * Returns: (transfer none) (nullable): the store, or %NULL when the
 *   database cannot be opened; see herald_application_get_store_error()
 */
HeraldStore *
herald_application_get_store (HeraldApplication *self)
{
  g_return_val_if_fail (HERALD_IS_APPLICATION (self), NULL);

  ensure_store (self);
  return self->store;
}

/**
 * herald_application_get_store_error:
 * @self: a #HeraldApplication
 *
 * Returns: (transfer none) (nullable): why the database could not be opened
 */
const GError *
herald_application_get_store_error (HeraldApplication *self)
{
  g_return_val_if_fail (HERALD_IS_APPLICATION (self), NULL);

  return self->store_error;
}

/**
 * herald_application_is_demo:
 * @self: a #HeraldApplication
 *
 * Returns: whether this instance shows generated sample data (`--demo`)
 */
gboolean
herald_application_is_demo (HeraldApplication *self)
{
  g_return_val_if_fail (HERALD_IS_APPLICATION (self), FALSE);

  return self->demo;
}
