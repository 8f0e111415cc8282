/* herald-application-reminders.c — reminders as desktop notifications
 *
 * A notification some minutes before each open post's slot (Preferences →
 * Reminders), with Open, Copy Text and Mark as Published.  When the user
 * lets Herald run in the background, closing the window keeps the
 * application — and the reminders — going.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-application"

#include "config.h"

#include <glib/gi18n.h>
#include <libportal-gtk4/portal-gtk4.h>

#include "herald-application-private.h"
#include "herald-channel-kind.h"
#include "herald-window.h"

static char *
notification_id (const char *post_id)
{
  return g_strconcat ("reminder-", post_id, NULL);
}

static void
reminder_due_cb (HeraldReminders   *reminders,
                 HeraldPost        *post,
                 HeraldApplication *self)
{
  const char *post_id = herald_record_get_id (HERALD_RECORD (post));
  g_autoptr (GNotification) notification = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (GDateTime) slot = NULL;
  g_autofree char *time = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = notification_id (post_id);
  const char *account_name = "";
  const char *channel = "";

  account = herald_store_get_account (self->store, herald_post_get_account_id (post), NULL);
  if (account != NULL)
    {
      HeraldChannelKind *kind = herald_channel_kinds_lookup (herald_account_get_kind (account));

      account_name = herald_account_get_name (account);
      channel = kind != NULL ? herald_channel_kind_get_name (kind) : herald_account_get_kind (account);
    }

  slot = g_date_time_new_from_unix_local (herald_post_get_scheduled_at (post));
  time = g_date_time_format (slot, "%H:%M");
  /* Translators: a reminder's title: channel, account and the time to post */
  title = g_strdup_printf (_("%s · %s: post at %s"), channel, account_name, time);

  notification = g_notification_new (title);
  g_notification_set_body (notification, herald_post_get_title (post));
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action_and_target (notification, "app.open-post", "s", post_id);
  g_notification_add_button_with_target (notification, _("Open"), "app.open-post", "s", post_id);
  g_notification_add_button_with_target (notification, _("Copy Text"), "app.copy-post-text", "s", post_id);
  g_notification_add_button_with_target (notification, _("Mark as Published"), "app.mark-published", "s", post_id);

  g_application_send_notification (G_APPLICATION (self), id, notification);
}

static HeraldPost *
load_post (HeraldApplication *self,
           GVariant          *param)
{
  g_autoptr (GError) error = NULL;
  HeraldPost *post;

  if (self->store == NULL)
    return NULL;

  post = herald_store_get_post (self->store, g_variant_get_string (param, NULL), &error);
  if (post == NULL)
    g_warning ("A reminder's post is gone: %s", error->message);

  return post;
}

static void
app_open_post_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  HeraldApplication *self = user_data;
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (HERALD_IS_WINDOW (window))
    herald_window_open_post (HERALD_WINDOW (window), g_variant_get_string (param, NULL));
}

/* What goes into the creator centre: the title, then the body. */
static void
app_copy_post_text_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  HeraldApplication *self = user_data;
  g_autoptr (HeraldPost) post = load_post (self, param);
  g_autofree char *text = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (post == NULL || display == NULL)
    return;

  if (*herald_post_get_body (post) != '\0')
    text = g_strconcat (herald_post_get_title (post), "\n\n", herald_post_get_body (post), NULL);
  else
    text = g_strdup (herald_post_get_title (post));

  gdk_clipboard_set_text (gdk_display_get_clipboard (display), text);
}

static void
app_mark_published_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  HeraldApplication *self = user_data;
  g_autoptr (HeraldPost) post = load_post (self, param);
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;

  if (post == NULL)
    return;

  herald_post_set_status (post, HERALD_POST_STATUS_PUBLISHED);
  if (herald_post_get_published_at (post) == 0)
    herald_post_set_published_at (post, g_get_real_time () / G_USEC_PER_SEC);

  if (!herald_store_save_post (self->store, post, &error))
    {
      g_warning ("Could not mark the post as published: %s", error->message);
      return;
    }

  id = notification_id (herald_record_get_id (HERALD_RECORD (post)));
  g_application_withdraw_notification (G_APPLICATION (self), id);
}

static const GActionEntry reminder_actions[] = {
  { "open-post", app_open_post_action, "s" },
  { "copy-post-text", app_copy_post_text_action, "s" },
  { "mark-published", app_mark_published_action, "s" },
};

static void
background_requested_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr (HeraldApplication) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!xdp_portal_request_background_finish (XDP_PORTAL (source), result, &error))
    {
      /* Without the portal (outside a sandbox) nothing stops us running;
       * a refusal means the user said no: honour it. */
      if (!g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN))
        {
          g_message ("Running in the background was refused: %s", error->message);
          g_settings_set_boolean (self->settings, "run-in-background", FALSE);
        }
    }
}

static void
request_background (HeraldApplication *self)
{
  g_autoptr (XdpPortal) portal = NULL;
  g_autoptr (XdpParent) parent = NULL;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!xdp_portal_running_under_sandbox ())
    return;

  portal = xdp_portal_new ();
  if (window != NULL)
    parent = xdp_parent_new_gtk (window);

  xdp_portal_request_background (portal, parent,
                                 _("Herald reminds you of posts when their time comes."),
                                 NULL, XDP_BACKGROUND_FLAG_NONE, NULL,
                                 background_requested_cb, g_object_ref (self));
}

static void
run_in_background_changed_cb (HeraldApplication *self)
{
  gboolean wanted = g_settings_get_boolean (self->settings, "run-in-background");

  if (wanted)
    request_background (self);

  /* Holding keeps the process, and the reminders, alive with no window. */
  if (wanted && !self->held_in_background && !self->demo)
    {
      g_application_hold (G_APPLICATION (self));
      self->held_in_background = TRUE;
    }
  else if (!wanted && self->held_in_background)
    {
      self->held_in_background = FALSE;
      g_application_release (G_APPLICATION (self));
    }
}

void
herald_application_reminders_startup (HeraldApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), reminder_actions,
                                   G_N_ELEMENTS (reminder_actions), self);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::run-in-background",
                           G_CALLBACK (run_in_background_changed_cb), self, G_CONNECT_SWAPPED);
  run_in_background_changed_cb (self);
}

static gboolean
start_reminders_cb (gpointer user_data)
{
  herald_reminders_start (user_data);
  return G_SOURCE_REMOVE;
}

void
herald_application_reminders_set_store (HeraldApplication *self,
                                        HeraldStore       *store)
{
  if (self->reminders != NULL)
    {
      herald_reminders_stop (self->reminders);
      g_clear_object (&self->reminders);
    }

  /* Sample data reminds no one. */
  if (store == NULL || self->demo || self->settings == NULL)
    return;

  self->reminders = herald_reminders_new (store);
  g_settings_bind (self->settings, "reminder-minutes", self->reminders, "lead-minutes", G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->reminders, "due", G_CALLBACK (reminder_due_cb), self, 0);

  /* After the first frame: a reminder can wait a moment, the window not. */
  g_idle_add_full (G_PRIORITY_LOW, start_reminders_cb, g_object_ref (self->reminders), g_object_unref);
}
