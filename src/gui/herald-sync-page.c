/* herald-sync-page.c — Preferences → Sync
 *
 * The server, user and password of team sync, how often it runs, a Sync
 * Now button and what the last sync did.  The syncs are the application's
 * scheduler's; the password goes to the keyring once a sync with it
 * works, and is never kept in the settings or the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-store-sync.h"
#include "herald-sync-page.h"

struct _HeraldSyncPage
{
  AdwPreferencesPage  parent_instance;

  HeraldStore        *store;
  HeraldSyncScheduler *scheduler;
  GSettings          *settings;

  AdwEntryRow        *server_row;
  AdwEntryRow        *user_row;
  AdwPasswordEntryRow *password_row;
  AdwActionRow       *calendar_row;
  AdwSpinRow         *interval_row;
  AdwActionRow       *status_row;
  AdwActionRow       *error_row;
  AdwActionRow       *trust_row;
  AdwActionRow       *conflicts_row;
  GtkWidget          *spinner;
  GtkWidget          *sync_button;
};

G_DEFINE_FINAL_TYPE (HeraldSyncPage, herald_sync_page, ADW_TYPE_PREFERENCES_PAGE)

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
  return herald_sync_scheduler_describe_error (error);
}

/**
 * herald_sync_page_format_result:
 * @result: what a sync did
 * @finished_at: when it ended, Unix seconds
 *
 * Returns: (transfer full): "Pushed 3, pulled 5, 1 conflict — time", and
 *   on lines of their own the fields kept from this side of a clash and
 *   the notes the calendar would not take, when there were any
 */
char *
herald_sync_page_format_result (const HeraldSyncResult *result,
                                gint64                  finished_at)
{
  g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (finished_at);
  g_autofree char *time = g_date_time_format (when, "%x %X");
  g_autofree char *conflicts = g_strdup_printf (ngettext ("%u conflict", "%u conflicts", result->conflicts),
                                                result->conflicts);

  g_autoptr (GString) text = g_string_new (NULL);

  /* Translators: "Pushed 3, pulled 5, 1 conflict — 2026-11-28 23:40" */
  g_string_printf (text, _("Pushed %u, pulled %u, %s — %s"), result->pushed, result->pulled, conflicts, time);
  if (result->kept_local > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("%u campaign or note field changed on both sides: yours was kept",
                                              "%u campaign or note fields changed on both sides: yours were kept",
                                              result->kept_local), result->kept_local);
    }
  if (result->held > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("%u topic note waits: the calendar does not take notes",
                                              "%u topic notes wait: the calendar does not take notes",
                                              result->held), result->held);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_error_text (HeraldSyncPage *self,
                 const char     *text)
{
  adw_action_row_set_subtitle (self->error_row, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_row), text != NULL);
}

static void
show_error (HeraldSyncPage *self,
            const GError   *error)
{
  g_autofree char *words = herald_sync_page_describe_error (error);

  show_error_text (self, words);
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

/* Everything the scheduler knows, as it changes. */
/* A certificate no authority vouches for: its fingerprint, to compare
 * with what the server's administrator says, and the choice to trust it. */
static void
show_untrusted (HeraldSyncPage *self,
                const char     *fingerprint)
{
  gtk_widget_set_visible (GTK_WIDGET (self->trust_row), fingerprint != NULL);
  adw_action_row_set_subtitle (self->trust_row, fingerprint != NULL ? fingerprint : "");
}

static void
show_state (HeraldSyncPage *self)
{
  HeraldSyncState state = HERALD_SYNC_STATE_NOT_CONFIGURED;
  HeraldSyncResult result;
  gboolean running;

  if (self->scheduler != NULL)
    state = herald_sync_scheduler_get_state (self->scheduler);
  running = state == HERALD_SYNC_STATE_SYNCING;

  gtk_widget_set_visible (self->spinner, running);
  gtk_widget_set_sensitive (self->sync_button, !running && self->scheduler != NULL);
  show_untrusted (self, running || self->scheduler == NULL ? NULL
                                                           : herald_sync_scheduler_get_untrusted_fingerprint (self->scheduler));
  if (running)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->error_row), FALSE);
      return;
    }

  if (self->scheduler != NULL && herald_sync_scheduler_get_last_result (self->scheduler, &result))
    {
      g_autofree char *text =
        herald_sync_page_format_result (&result, herald_sync_scheduler_get_last_finished_at (self->scheduler));

      adw_action_row_set_subtitle (self->status_row, text);
    }

  if (self->scheduler != NULL && herald_sync_scheduler_get_last_error (self->scheduler) != NULL)
    show_error_text (self, herald_sync_scheduler_get_last_error (self->scheduler));
  else if (self->scheduler != NULL)
    show_error_text (self, herald_sync_scheduler_get_keyring_error (self->scheduler));
  show_calendar (self);
}

static void
sync_page_trust_certificate_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  HeraldSyncPage *self = HERALD_SYNC_PAGE (widget);
  g_autoptr (GError) error = NULL;

  if (self->scheduler == NULL)
    return;

  if (!herald_sync_scheduler_trust_certificate (self->scheduler, &error))
    show_error_text (self, error->message);
  show_state (self);
}

static void
sync_now_cb (HeraldSyncPage *self)
{
  g_autoptr (GUri) uri = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *remembered_origin = NULL;
  const char *server = gtk_editable_get_text (GTK_EDITABLE (self->server_row));
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->user_row));
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  const char *collection;

  if (self->store == NULL || self->scheduler == NULL)
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

  /* What the database remembers, with the keyring's password: the
   * scheduler knows it.  Anything new sets sync up again. */
  collection = herald_sync_scheduler_get_collection (self->scheduler);
  origin = origin_of (server);
  remembered_origin = collection != NULL ? origin_of (collection) : NULL;
  if (*password == '\0' && remembered_origin != NULL && g_str_equal (origin, remembered_origin) &&
      g_strcmp0 (user, herald_sync_scheduler_get_user (self->scheduler)) == 0)
    herald_sync_scheduler_sync_now (self->scheduler);
  else
    herald_sync_scheduler_set_up (self->scheduler, server, user, password);
  show_state (self);
}

static void
herald_sync_page_dispose (GObject *object)
{
  HeraldSyncPage *self = HERALD_SYNC_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_SYNC_PAGE);
  if (self->scheduler != NULL)
    g_signal_handlers_disconnect_by_data (self->scheduler, self);
  g_clear_object (&self->scheduler);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_sync_page_parent_class)->dispose (object);
}

static void
herald_sync_page_class_init (HeraldSyncPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_sync_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-sync-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, server_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, user_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, calendar_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, interval_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, error_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, trust_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, conflicts_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncPage, sync_button);
  gtk_widget_class_bind_template_callback (widget_class, sync_now_cb);
  gtk_widget_class_install_action (widget_class, "sync-page.trust-certificate", NULL, sync_page_trust_certificate_action);
}

static void
herald_sync_page_init (HeraldSyncPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "sync-minutes", self->interval_row, "value", G_SETTINGS_BIND_DEFAULT);
  show_state (self);
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

  return self->scheduler != NULL &&
         herald_sync_scheduler_get_state (self->scheduler) == HERALD_SYNC_STATE_SYNCING;
}

/**
 * herald_sync_page_set_scheduler:
 * @self: a #HeraldSyncPage
 * @scheduler: (nullable): the open database's sync
 *
 * Sync Now asks @scheduler, and the page shows how its syncs go.
 */
void
herald_sync_page_set_scheduler (HeraldSyncPage      *self,
                                HeraldSyncScheduler *scheduler)
{
  g_return_if_fail (HERALD_IS_SYNC_PAGE (self));

  if (self->scheduler != NULL)
    g_signal_handlers_disconnect_by_data (self->scheduler, self);
  g_set_object (&self->scheduler, scheduler);
  if (scheduler != NULL)
    {
      g_signal_connect_object (scheduler, "notify::state", G_CALLBACK (show_state), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (scheduler, "finished", G_CALLBACK (show_state), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (scheduler, "notify::keyring-error", G_CALLBACK (show_state), self, G_CONNECT_SWAPPED);
    }
  show_state (self);
}
