/* herald-application.c — the application object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-application"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-application.h"
#include "herald-paths.h"
#include "herald-preferences-dialog.h"
#include "herald-shortcuts-dialog.h"
#include "herald-window.h"

struct _HeraldApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
};

G_DEFINE_FINAL_TYPE (HeraldApplication, herald_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database at PATH (default: HERALD_DATABASE, then the data folder)"), N_("PATH") },
  { NULL }
};

static void
quit_after_first_frame_cb (GdkFrameClock *frame_clock,
                           GApplication  *application)
{
  g_signal_handlers_disconnect_by_func (frame_clock, quit_after_first_frame_cb, application);
  g_application_quit (application);
}

static GtkWindow *
get_main_window (HeraldApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static void
herald_application_activate (GApplication *application)
{
  HeraldApplication *self = HERALD_APPLICATION (application);
  GtkWindow *window = get_main_window (self);

  if (window == NULL)
    window = GTK_WINDOW (herald_window_new (GTK_APPLICATION (self)));

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
  const char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("herald %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  g_free (self->database_path);
  self->database_path = herald_paths_resolve_database (database);

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

  dialog = herald_preferences_dialog_new (self->database_path);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (get_main_window (self)));
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

static const GActionEntry app_actions[] = {
  { "quit", app_quit_action },
  { "preferences", app_preferences_action },
  { "shortcuts", app_shortcuts_action },
  { "about", app_about_action },
};

static void
herald_application_startup (GApplication *application)
{
  HeraldApplication *self = HERALD_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (herald_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.shortcuts", help_accels);

  if (self->database_path == NULL)
    self->database_path = herald_paths_resolve_database (NULL);
}

static void
herald_application_finalize (GObject *object)
{
  HeraldApplication *self = HERALD_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (herald_application_parent_class)->finalize (object);
}

static void
herald_application_class_init (HeraldApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = herald_application_finalize;

  app_class->activate = herald_application_activate;
  app_class->startup = herald_application_startup;
  app_class->handle_local_options = herald_application_handle_local_options;
}

static void
herald_application_init (HeraldApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
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
