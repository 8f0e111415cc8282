/* herald-sync-page.c — Preferences → Sync
 *
 * The server, user and password of team sync, a Sync Now button and what
 * the last sync did.  The password goes to the keyring once a sync with
 * it works; it is never kept in the settings or the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-caldav-client.h"
#include "herald-store-sync.h"
#include "herald-sync-credentials.h"
#include "herald-sync-engine.h"
#include "herald-sync-page.h"

struct _HeraldSyncPage
{
  AdwPreferencesPage  parent_instance;

  HeraldStore        *store;
  HeraldCaldavClient *client;
  HeraldSyncEngine   *engine;
  GCancellable       *cancellable;
  char               *server;
  char               *user;
  char               *password;

  AdwEntryRow        *server_row;
  AdwEntryRow        *user_row;
  AdwPasswordEntryRow *password_row;
  AdwActionRow       *calendar_row;
  AdwActionRow       *status_row;
  AdwActionRow       *error_row;
  AdwActionRow       *conflicts_row;
  GtkWidget          *spinner;
  GtkWidget          *sync_button;
};

G_DEFINE_FINAL_TYPE (HeraldSyncPage, herald_sync_page, ADW_TYPE_PREFERENCES_PAGE)

static void
wipe_password (HeraldSyncPage *self)
{
  if (self->password != NULL)
    memset (self->password, 0, strlen (self->password));
  g_clear_pointer (&self->password, g_free);
}

/* The keyring knows a password by the server's origin, as on the command
 * line. */
static char *
origin_of (const char *url)
{
  g_autoptr (GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);

  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return g_strdup (url);

  return g_uri_join (G_URI_FLAGS_NONE, g_uri_get_scheme (uri), NULL, g_uri_get_host (uri),
                     g_uri_get_port (uri), "", NULL, NULL);
}

/**
 * herald_sync_page_describe_error:
 * @error: what went wrong in a sync
 *
 * Returns: (transfer full): @error in words an operator can act on
 */
char *
herald_sync_page_describe_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == HERALD_CALDAV_ERROR)
    {
      switch ((HeraldCaldavError) error->code)
        {
        case HERALD_CALDAV_ERROR_UNAUTHORIZED:
          return g_strdup (_("Wrong user or password"));
        case HERALD_CALDAV_ERROR_FORBIDDEN:
          return g_strdup (_("This user may not use that calendar"));
        case HERALD_CALDAV_ERROR_NOT_FOUND:
          return g_strdup (_("No calendar at that address"));
        case HERALD_CALDAV_ERROR_TIMEOUT:
          return g_strdup (_("The server did not answer in time"));
        case HERALD_CALDAV_ERROR_NETWORK:
          return g_strdup_printf (_("Could not reach the server: %s"), error->message);
        case HERALD_CALDAV_ERROR_SERVER:
          return g_strdup (_("The server had a problem; try again later"));
        case HERALD_CALDAV_ERROR_NOT_SUPPORTED:
          return g_strdup (_("That server does not offer CalDAV calendars"));
        default:
          break;
        }
    }
  else if (error->domain == G_TLS_ERROR)
    {
      return g_strdup_printf (_("The server’s secure connection cannot be trusted: %s"), error->message);
    }
  else if (error->domain == G_RESOLVER_ERROR ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE))
    {
      return g_strdup_printf (_("Could not reach the server: %s"), error->message);
    }

  return g_strdup (error->message);
}

static void
show_error (HeraldSyncPage *self,
            const GError   *error)
{
  g_autofree char *words = herald_sync_page_describe_error (error);

  adw_action_row_set_subtitle (self->error_row, words);
  gtk_widget_set_visible (GTK_WIDGET (self->error_row), TRUE);
}

static void
set_running (HeraldSyncPage *self,
             gboolean        running)
{
  gtk_widget_set_visible (self->spinner, running);
  gtk_widget_set_sensitive (self->sync_button, !running);
  if (running)
    gtk_widget_set_visible (GTK_WIDGET (self->error_row), FALSE);
}

static void
show_result (HeraldSyncPage         *self,
             const HeraldSyncResult *result,
             gint64                  finished_at)
{
  g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (finished_at / G_USEC_PER_SEC);
  g_autofree char *time = g_date_time_format (when, "%x %X");
  g_autofree char *conflicts = g_strdup_printf (ngettext ("%u conflict", "%u conflicts", result->conflicts),
                                                result->conflicts);
  g_autofree char *text = NULL;

  /* Translators: "Pushed 3, pulled 5, 1 conflict — 2026-11-28 23:40" */
  text = g_strdup_printf (_("Pushed %u, pulled %u, %s — %s"),
                          result->pushed, result->pulled, conflicts, time);
  adw_action_row_set_subtitle (self->status_row, text);
}

static void
show_conflicts (HeraldSyncPage *self)
{
  gint64 conflicts = 0;

  if (self->store != NULL)
    conflicts = herald_store_sync_count_conflicts (self->store, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_row), conflicts > 0);
  if (conflicts > 0)
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("%u post has a conflicting copy: keep the right one and delete the other",
                                   "%u posts have a conflicting copy: keep the right one and delete the other",
                                   (gulong) conflicts), (guint) conflicts);

      adw_action_row_set_subtitle (self->conflicts_row, text);
    }
}

static void
show_calendar (HeraldSyncPage *self)
{
  g_autofree char *collection = NULL;

  if (self->store != NULL)
    collection = herald_store_sync_get_collection (self->store, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->calendar_row), collection != NULL);
  if (collection != NULL)
    adw_action_row_set_subtitle (self->calendar_row, collection);
  show_conflicts (self);
}

typedef struct {
  char *origin;
  char *user;
  char *password;
} Credentials;

static void
credentials_free (gpointer data)
{
  Credentials *credentials = data;

  if (credentials->password != NULL)
    memset (credentials->password, 0, strlen (credentials->password));
  g_free (credentials->password);
  g_free (credentials->origin);
  g_free (credentials->user);
  g_free (credentials);
}

/* The keyring may take its time (or ask to be unlocked): not on the main
 * thread. */
static void
store_password_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  Credentials *credentials = task_data;
  GError *error = NULL;

  if (herald_sync_credentials_store (credentials->origin, credentials->user, credentials->password,
                                     cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
store_password_cb (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  HeraldSyncPage *self = HERALD_SYNC_PAGE (source);
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (res), &error))
    {
      g_autofree char *text = g_strdup_printf (_("The password could not be saved in the keyring: %s"),
                                               error->message);

      adw_action_row_set_subtitle (self->error_row, text);
      gtk_widget_set_visible (GTK_WIDGET (self->error_row), TRUE);
    }
}

static void
sync_done_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr (HeraldSyncPage) self = user_data;
  g_autoptr (GError) error = NULL;
  HeraldSyncResult result = { 0 };

  if (!herald_sync_engine_sync_finish (HERALD_SYNC_ENGINE (source), res, &result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_running (self, FALSE);
          show_error (self, error);
        }
      wipe_password (self);
      return;
    }

  set_running (self, FALSE);
  show_result (self, &result, g_get_real_time ());
  show_calendar (self);

  /* It worked: remember who and, in the keyring, the password. */
  if (!herald_store_sync_set_user (self->store, self->user, &error))
    {
      show_error (self, error);
      g_clear_error (&error);
    }
  if (self->password != NULL && *self->password != '\0')
    {
      g_autoptr (GTask) task = g_task_new (self, NULL, store_password_cb, NULL);
      Credentials *credentials = g_new0 (Credentials, 1);

      credentials->origin = origin_of (self->server);
      credentials->user = g_strdup (self->user);
      credentials->password = g_strdup (self->password);
      g_task_set_task_data (task, credentials, credentials_free);
      g_task_run_in_thread (task, store_password_thread);
    }
  wipe_password (self);
}

static void
start_engine (HeraldSyncPage *self,
              const char     *collection)
{
  g_clear_object (&self->engine);
  self->engine = herald_sync_engine_new (herald_store_get_path (self->store), self->client, collection);
  herald_sync_engine_sync_async (self->engine, self->cancellable, sync_done_cb, g_object_ref (self));
}

static void
discover_cb (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr (HeraldSyncPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *collection = NULL;

  collection = herald_caldav_client_discover_finish (HERALD_CALDAV_CLIENT (source), res, &error);
  if (collection == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_running (self, FALSE);
          show_error (self, error);
        }
      wipe_password (self);
      return;
    }

  start_engine (self, collection);
}

static void
begin_sync (HeraldSyncPage *self)
{
  g_autofree char *collection = NULL;
  g_autofree char *origin = origin_of (self->server);

  /* The calendar found before, when it is on the same server. */
  collection = herald_store_sync_get_collection (self->store, NULL);
  if (collection != NULL)
    {
      g_autofree char *collection_origin = origin_of (collection);

      if (!g_str_equal (collection_origin, origin))
        g_clear_pointer (&collection, g_free);
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->client);
  self->client = herald_caldav_client_new (collection != NULL ? collection : self->server,
                                           self->user, self->password);

  if (collection != NULL)
    start_engine (self, collection);
  else
    herald_caldav_client_discover_async (self->client, self->cancellable, discover_cb, g_object_ref (self));
}

static void
lookup_password_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  Credentials *credentials = task_data;

  /* None saved is not an error here: the server will say so. */
  g_task_return_pointer (task,
                         herald_sync_credentials_lookup (credentials->origin, credentials->user,
                                                         cancellable, NULL),
                         g_free);
}

static void
lookup_password_cb (GObject      *source,
                    GAsyncResult *res,
                    gpointer      user_data)
{
  HeraldSyncPage *self = HERALD_SYNC_PAGE (source);

  wipe_password (self);
  self->password = g_task_propagate_pointer (G_TASK (res), NULL);
  if (self->store == NULL)  /* the page went away meanwhile */
    {
      wipe_password (self);
      return;
    }
  begin_sync (self);
}

static void
sync_now_cb (HeraldSyncPage *self)
{
  g_autoptr (GUri) uri = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *origin = NULL;
  const char *server = gtk_editable_get_text (GTK_EDITABLE (self->server_row));
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->user_row));
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  if (self->store == NULL)
    return;

  uri = g_uri_parse (server, G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL || (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 &&
                      g_strcmp0 (g_uri_get_scheme (uri), "https") != 0))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The server needs an http or https address"));
      show_error (self, error);
      return;
    }
  if (*user == '\0')
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Give the user name"));
      show_error (self, error);
      return;
    }

  g_set_str (&self->server, server);
  g_set_str (&self->user, user);
  wipe_password (self);
  origin = origin_of (server);
  set_running (self, TRUE);
  if (*password != '\0')
    {
      self->password = g_strdup (password);
      begin_sync (self);
    }
  else
    {
      g_autoptr (GTask) task = g_task_new (self, NULL, lookup_password_cb, NULL);
      Credentials *credentials = g_new0 (Credentials, 1);

      credentials->origin = g_steal_pointer (&origin);
      credentials->user = g_strdup (user);
      g_task_set_task_data (task, credentials, credentials_free);
      g_task_run_in_thread (task, lookup_password_thread);
    }
}

static void
herald_sync_page_dispose (GObject *object)
{
  HeraldSyncPage *self = HERALD_SYNC_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_SYNC_PAGE);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->engine);
  g_clear_object (&self->client);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_sync_page_parent_class)->dispose (object);
}

static void
herald_sync_page_finalize (GObject *object)
{
  HeraldSyncPage *self = HERALD_SYNC_PAGE (object);

  wipe_password (self);
  g_clear_pointer (&self->server, g_free);
  g_clear_pointer (&self->user, g_free);

  G_OBJECT_CLASS (herald_sync_page_parent_class)->finalize (object);
}

static void
herald_sync_page_class_init (HeraldSyncPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_sync_page_dispose;
  object_class->finalize = herald_sync_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-sync-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, server_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, user_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, calendar_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, error_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, conflicts_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, sync_button);
  gtk_widget_class_bind_template_callback (widget_class, sync_now_cb);
}

static void
herald_sync_page_init (HeraldSyncPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * herald_sync_page_set_store:
 * @self: a #HeraldSyncPage
 * @store: (nullable): the open database
 *
 * Shows what @store remembers of sync: the calendar and the user.
 */
void
herald_sync_page_set_store (HeraldSyncPage *self,
                            HeraldStore    *store)
{
  g_autofree char *collection = NULL;
  g_autofree char *user = NULL;

  g_return_if_fail (HERALD_IS_SYNC_PAGE (self));

  if (!g_set_object (&self->store, store) || store == NULL)
    return;

  collection = herald_store_sync_get_collection (store, NULL);
  user = herald_store_sync_get_user (store, NULL);
  if (collection != NULL)
    {
      g_autofree char *origin = origin_of (collection);

      gtk_editable_set_text (GTK_EDITABLE (self->server_row), origin);
    }
  if (user != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->user_row), user);
  show_calendar (self);
}

/**
 * herald_sync_page_is_syncing:
 * @self: a #HeraldSyncPage
 *
 * Returns: whether a sync started here is running
 */
gboolean
herald_sync_page_is_syncing (HeraldSyncPage *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_PAGE (self), FALSE);

  return gtk_widget_get_visible (self->spinner);
}
