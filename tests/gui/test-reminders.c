/* test-reminders.c — reminders reach the desktop as notifications
 *
 * The test plays the desktop's notification server (org.gtk.Notifications
 * on its private session bus) and checks what Herald sends it, then uses
 * the notification's buttons.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-application.h"
#include "herald-window-private.h"
#include "herald-test-gui.h"

static const char introspection[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct {
  GHashTable *shown;     /* id → a{sv} */
  GPtrArray  *removed;
} Server;

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  Server *server = user_data;
  const char *app_id, *id;

  if (g_str_equal (method_name, "AddNotification"))
    {
      GVariant *notification;

      g_variant_get (parameters, "(&s&s@a{sv})", &app_id, &id, &notification);
      g_assert_cmpstr (app_id, ==, APPLICATION_ID);
      g_hash_table_insert (server->shown, g_strdup (id), notification);
    }
  else
    {
      g_variant_get (parameters, "(&s&s)", &app_id, &id);
      g_ptr_array_add (server->removed, g_strdup (id));
    }

  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };

static gboolean
name_owned (gpointer data)
{
  return *(gboolean *) data;
}

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  *(gboolean *) user_data = TRUE;
}

typedef struct {
  Server     *server;
  const char *id;
} Wait;

static gboolean
shown (gpointer data)
{
  Wait *wait = data;

  return g_hash_table_contains (wait->server->shown, wait->id);
}

static gboolean
removed (gpointer data)
{
  Wait *wait = data;

  for (guint i = 0; i < wait->server->removed->len; i++)
    if (g_str_equal (wait->server->removed->pdata[i], wait->id))
      return TRUE;

  return FALSE;
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
text_read (gpointer data)
{
  return *(char **) data != NULL;
}

static gboolean
window_shown (gpointer data)
{
  GtkWindow *window = gtk_application_get_active_window (data);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
editor_shown (gpointer data)
{
  return herald_window_get_editor (data) != NULL;
}

static void
test_reminder_notification (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr (GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (introspection, &error);
  g_autofree char *dir = g_dir_make_tmp ("herald-gui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "herald.db", NULL);
  g_autoptr (HeraldStore) seed = NULL;
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "山茶生活官微");
  g_autoptr (HeraldPost) soon = NULL;
  g_autoptr (HeraldPost) later = NULL;
  g_autoptr (HeraldPost) published = NULL;
  g_autoptr (HeraldApplication) app = NULL;
  g_autofree char *soon_id = NULL;
  g_autofree char *later_id = NULL;
  g_autofree char *clipboard_text = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GVariant *notification, *buttons;
  Server server = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_variant_unref),
                    g_ptr_array_new_with_free_func (g_free) };
  gboolean owned = FALSE;
  const char *title = NULL, *body = NULL, *action = NULL;
  Wait wait;
  guint owner_id, object_id;

  g_assert_no_error (error);
  object_id = g_dbus_connection_register_object (bus, "/org/gtk/Notifications", node->interfaces[0],
                                                 &vtable, &server, NULL, &error);
  g_assert_no_error (error);
  owner_id = g_bus_own_name_on_connection (bus, "org.gtk.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                           name_acquired_cb, NULL, &owned, NULL);
  g_assert_true (herald_test_wait_for (name_owned, &owned, 5000));

  /* A post due in ten minutes, one in two hours. */
  seed = herald_store_open (path, &error);
  g_assert_no_error (error);
  herald_store_save_account (seed, account, &error);
  g_assert_no_error (error);
  soon = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), "冬至暖冬礼盒开箱");
  herald_post_set_body (soon, "今天冬至，记得吃饺子 #冬至#");
  herald_post_set_status (soon, HERALD_POST_STATUS_SCHEDULED);
  herald_post_set_scheduled_at (soon, now + 10 * 60);
  herald_store_save_post (seed, soon, &error);
  g_assert_no_error (error);
  later = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), "晚上的直播");
  herald_post_set_status (later, HERALD_POST_STATUS_SCHEDULED);
  herald_post_set_scheduled_at (later, now + 2 * 3600);
  herald_store_save_post (seed, later, &error);
  g_assert_no_error (error);
  soon_id = g_strdup (herald_record_get_id (HERALD_RECORD (soon)));
  later_id = g_strdup (herald_record_get_id (HERALD_RECORD (later)));
  g_clear_object (&seed);

  app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (app, path);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (herald_application_get_store (app));

  /* The post due within the quarter hour is shown; the later one is not. */
  wait.server = &server;
  wait.id = g_strconcat ("reminder-", soon_id, NULL);
  g_assert_true (herald_test_wait_for (shown, &wait, 5000));
  {
    g_autofree char *later_key = g_strconcat ("reminder-", later_id, NULL);

    g_assert_false (g_hash_table_contains (server.shown, later_key));
  }

  notification = g_hash_table_lookup (server.shown, wait.id);
  g_assert_true (g_variant_lookup (notification, "title", "&s", &title));
  g_assert_true (g_variant_lookup (notification, "body", "&s", &body));
  g_assert_nonnull (strstr (title, "山茶生活官微"));
  g_assert_nonnull (strstr (title, "Weibo"));
  g_assert_cmpstr (body, ==, "冬至暖冬礼盒开箱");
  g_assert_true (g_variant_lookup (notification, "default-action", "&s", &action));
  g_assert_cmpstr (action, ==, "app.open-post");

  buttons = g_variant_lookup_value (notification, "buttons", G_VARIANT_TYPE ("aa{sv}"));
  g_assert_nonnull (buttons);
  g_assert_cmpuint (g_variant_n_children (buttons), ==, 3);
  {
    g_autoptr (GVariant) third = g_variant_get_child_value (buttons, 2);

    g_assert_true (g_variant_lookup (third, "action", "&s", &action));
    g_assert_cmpstr (action, ==, "app.mark-published");
  }
  g_variant_unref (buttons);

  /* Open: the window comes up with the post in the editor. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-post", g_variant_new_string (soon_id));
  {
    GtkWindow *window;
    HeraldEditorPage *editor;

    g_assert_true (herald_test_wait_for (window_shown, app, 5000));
    window = gtk_application_get_active_window (GTK_APPLICATION (app));
    g_assert_true (herald_test_wait_for (editor_shown, window, 5000));
    editor = herald_window_get_editor (HERALD_WINDOW (window));
    g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (herald_editor_page_get_post (editor))), ==, soon_id);
  }

  /* Copy Text: title and body, ready to paste into the creator centre. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "copy-post-text", g_variant_new_string (soon_id));
  gdk_clipboard_read_text_async (gdk_display_get_clipboard (gdk_display_get_default ()), NULL,
                                 clipboard_read_cb, &clipboard_text);
  g_assert_true (herald_test_wait_for (text_read, &clipboard_text, 5000));
  g_assert_cmpstr (clipboard_text, ==, "冬至暖冬礼盒开箱\n\n今天冬至，记得吃饺子 #冬至#");

  /* Mark as Published: saved, and the notification is taken back. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "mark-published", g_variant_new_string (soon_id));
  g_assert_true (herald_test_wait_for (removed, &wait, 5000));
  published = herald_store_get_post (herald_application_get_store (app), soon_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (herald_post_get_status (published), ==, HERALD_POST_STATUS_PUBLISHED);
  g_assert_cmpint (herald_post_get_published_at (published), >=, now);

  g_free ((char *) wait.id);
  g_bus_unown_name (owner_id);
  g_dbus_connection_unregister_object (bus, object_id);
  g_hash_table_unref (server.shown);
  g_ptr_array_unref (server.removed);
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);
  {
    g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);

    g_settings_reset (settings, "reminder-minutes");
  }

  g_test_add_func ("/reminders/notification", test_reminder_notification);

  return g_test_run ();
}
