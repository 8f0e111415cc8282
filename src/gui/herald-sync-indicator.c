/* herald-sync-indicator.c — how team sync goes, in the window's header
 *
 * Hidden while sync is not set up.  Otherwise a quiet icon, a spinner
 * while a sync runs, or a warning after one failed (an offline icon while
 * waiting to retry); the tooltip says it in words, and a click opens the
 * last result with Sync Now and Sync Settings….
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync-indicator"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-sync-indicator.h"
#include "herald-sync-page.h"

struct _HeraldSyncIndicator
{
  GtkWidget            parent_instance;

  HeraldSyncScheduler *scheduler;

  GtkMenuButton       *button;
  GtkStack            *icon_stack;
  GtkLabel            *title_label;
  GtkLabel            *result_label;
  GtkLabel            *error_label;
  GtkLabel            *pending_label;
  GtkWidget           *sync_now_button;
};

G_DEFINE_FINAL_TYPE (HeraldSyncIndicator, herald_sync_indicator, GTK_TYPE_WIDGET)

static char *
describe_age (gint64 finished_at,
              gint64 now)
{
  gint64 seconds = MAX (now - finished_at, 0);

  if (seconds < 60)
    return g_strdup (_("Synced just now"));
  if (seconds < 3600)
    {
      guint minutes = (guint) (seconds / 60);

      return g_strdup_printf (ngettext ("Synced %u minute ago", "Synced %u minutes ago", minutes), minutes);
    }
  if (seconds < 24 * 3600)
    {
      guint hours = (guint) (seconds / 3600);

      return g_strdup_printf (ngettext ("Synced %u hour ago", "Synced %u hours ago", hours), hours);
    }
  else
    {
      g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (finished_at);
      g_autofree char *text = g_date_time_format (when, "%x %H:%M");

      /* Translators: %s is a date and time */
      return g_strdup_printf (_("Synced on %s"), text);
    }
}

/* "Will try again at 14:05", when a retry is due. */
static char *
describe_retry (HeraldSyncScheduler *scheduler)
{
  gint64 next_at = herald_sync_scheduler_get_next_at (scheduler);
  g_autoptr (GDateTime) when = NULL;
  g_autofree char *time = NULL;

  if (next_at == 0)
    return NULL;
  when = g_date_time_new_from_unix_local (next_at);
  time = g_date_time_format (when, "%H:%M");
  /* Translators: %s is a time of day */
  return g_strdup_printf (_("Will try again at %s"), time);
}

static char *
describe_error (HeraldSyncScheduler *scheduler)
{
  const char *error = herald_sync_scheduler_get_last_error (scheduler);
  g_autofree char *retry = NULL;

  if (error == NULL)
    return NULL;
  if (herald_sync_scheduler_get_state (scheduler) == HERALD_SYNC_STATE_WAITING)
    retry = describe_retry (scheduler);
  if (retry == NULL)
    return g_strdup (error);
  return g_strdup_printf ("%s\n%s", error, retry);
}

static char *
describe_pending (HeraldSyncScheduler *scheduler)
{
  guint pending = herald_sync_scheduler_get_pending (scheduler);

  if (pending == 0)
    return NULL;
  return g_strdup_printf (ngettext ("%u change waiting to be sent", "%u changes waiting to be sent", pending),
                          pending);
}

/**
 * herald_sync_indicator_dup_summary:
 * @self: a #HeraldSyncIndicator
 * @now: the time, Unix seconds
 *
 * Returns: (transfer full) (nullable): the tooltip: how sync goes, in
 *   words; %NULL while it is not set up
 */
char *
herald_sync_indicator_dup_summary (HeraldSyncIndicator *self,
                                   gint64               now)
{
  g_autofree char *line = NULL;
  g_autofree char *pending = NULL;
  g_autofree char *error = NULL;

  g_return_val_if_fail (HERALD_IS_SYNC_INDICATOR (self), NULL);

  if (self->scheduler == NULL)
    return NULL;

  switch (herald_sync_scheduler_get_state (self->scheduler))
    {
    case HERALD_SYNC_STATE_NOT_CONFIGURED:
      return NULL;

    case HERALD_SYNC_STATE_SYNCING:
      line = g_strdup (_("Syncing…"));
      break;

    case HERALD_SYNC_STATE_FAILED:
    case HERALD_SYNC_STATE_WAITING:
      error = describe_error (self->scheduler);
      /* Translators: %s says what went wrong */
      line = g_strdup_printf (_("Sync failed: %s"), error != NULL ? error : "");
      break;

    case HERALD_SYNC_STATE_IDLE:
    default:
      if (herald_sync_scheduler_get_last_result (self->scheduler, NULL))
        line = describe_age (herald_sync_scheduler_get_last_finished_at (self->scheduler), now);
      else
        line = g_strdup (_("Not synced yet"));
      break;
    }

  pending = describe_pending (self->scheduler);
  if (pending != NULL)
    return g_strdup_printf ("%s\n%s", line, pending);
  return g_steal_pointer (&line);
}

/**
 * herald_sync_indicator_get_icon:
 * @self: a #HeraldSyncIndicator
 *
 * Returns: what the indicator shows: "syncing", "failed", "waiting" or
 *   "synced"
 */
const char *
herald_sync_indicator_get_icon (HeraldSyncIndicator *self)
{
  g_return_val_if_fail (HERALD_IS_SYNC_INDICATOR (self), NULL);

  return gtk_stack_get_visible_child_name (self->icon_stack);
}

static void
update_popover (HeraldSyncIndicator *self)
{
  HeraldSyncState state;
  HeraldSyncResult result;
  g_autofree char *error = NULL;
  g_autofree char *pending = NULL;
  g_autofree char *result_text = NULL;
  const char *title;

  if (self->scheduler == NULL)
    return;

  state = herald_sync_scheduler_get_state (self->scheduler);
  switch (state)
    {
    case HERALD_SYNC_STATE_SYNCING:
      title = _("Syncing…");
      break;
    case HERALD_SYNC_STATE_FAILED:
      title = _("Sync Failed");
      break;
    case HERALD_SYNC_STATE_WAITING:
      title = _("Sync Failed, Will Retry");
      break;
    case HERALD_SYNC_STATE_IDLE:
    case HERALD_SYNC_STATE_NOT_CONFIGURED:
    default:
      title = _("Team Calendar");
      break;
    }
  gtk_label_set_label (self->title_label, title);

  if (herald_sync_scheduler_get_last_result (self->scheduler, &result))
    result_text = herald_sync_page_format_result (&result, herald_sync_scheduler_get_last_finished_at (self->scheduler));
  else
    result_text = g_strdup (_("Not synced yet"));
  gtk_label_set_label (self->result_label, result_text);

  error = describe_error (self->scheduler);
  if (error == NULL && herald_sync_scheduler_get_keyring_error (self->scheduler) != NULL)
    error = g_strdup (herald_sync_scheduler_get_keyring_error (self->scheduler));
  gtk_label_set_label (self->error_label, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);

  pending = describe_pending (self->scheduler);
  gtk_label_set_label (self->pending_label, pending != NULL ? pending : "");
  gtk_widget_set_visible (GTK_WIDGET (self->pending_label), pending != NULL);

  gtk_widget_set_sensitive (self->sync_now_button, state != HERALD_SYNC_STATE_SYNCING);
}

static void
update (HeraldSyncIndicator *self)
{
  HeraldSyncState state = HERALD_SYNC_STATE_NOT_CONFIGURED;
  const char *icon;

  if (self->scheduler != NULL)
    state = herald_sync_scheduler_get_state (self->scheduler);

  gtk_widget_set_visible (GTK_WIDGET (self), state != HERALD_SYNC_STATE_NOT_CONFIGURED);
  switch (state)
    {
    case HERALD_SYNC_STATE_SYNCING:
      icon = "syncing";
      break;
    case HERALD_SYNC_STATE_FAILED:
      icon = "failed";
      break;
    case HERALD_SYNC_STATE_WAITING:
      icon = "waiting";
      break;
    case HERALD_SYNC_STATE_IDLE:
    case HERALD_SYNC_STATE_NOT_CONFIGURED:
    default:
      icon = "synced";
      break;
    }
  gtk_stack_set_visible_child_name (self->icon_stack, icon);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self->button));
  /* Whether or not the popover is open yet: a click may be on its way. */
  gtk_widget_set_sensitive (self->sync_now_button, state != HERALD_SYNC_STATE_SYNCING);
  if (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (self->button))))
    update_popover (self);
}

static gboolean
query_tooltip_cb (HeraldSyncIndicator *self,
                  int                  x,
                  int                  y,
                  gboolean             keyboard_mode,
                  GtkTooltip          *tooltip)
{
  g_autofree char *text = herald_sync_indicator_dup_summary (self, g_get_real_time () / G_USEC_PER_SEC);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
popover_show_cb (HeraldSyncIndicator *self)
{
  update_popover (self);
}

static void
sync_now_clicked_cb (HeraldSyncIndicator *self)
{
  if (self->scheduler != NULL)
    herald_sync_scheduler_sync_now (self->scheduler);
}

static void
settings_clicked_cb (HeraldSyncIndicator *self)
{
  gtk_menu_button_popdown (self->button);
}

static void
herald_sync_indicator_dispose (GObject *object)
{
  HeraldSyncIndicator *self = HERALD_SYNC_INDICATOR (object);

  herald_sync_indicator_set_scheduler (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_SYNC_INDICATOR);

  G_OBJECT_CLASS (herald_sync_indicator_parent_class)->dispose (object);
}

static void
herald_sync_indicator_class_init (HeraldSyncIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_sync_indicator_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-sync-indicator.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncIndicator, button);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncIndicator, icon_stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncIndicator, title_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncIndicator, result_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncIndicator, error_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncIndicator, pending_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldSyncIndicator, sync_now_button);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, sync_now_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, settings_clicked_cb);
}

static void
herald_sync_indicator_init (HeraldSyncIndicator *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * herald_sync_indicator_set_scheduler:
 * @self: a #HeraldSyncIndicator
 * @scheduler: (nullable): the open database's sync
 */
void
herald_sync_indicator_set_scheduler (HeraldSyncIndicator *self,
                                     HeraldSyncScheduler *scheduler)
{
  g_return_if_fail (HERALD_IS_SYNC_INDICATOR (self));

  if (self->scheduler == scheduler)
    return;
  if (self->scheduler != NULL)
    g_signal_handlers_disconnect_by_data (self->scheduler, self);
  g_set_object (&self->scheduler, scheduler);
  if (scheduler != NULL)
    {
      g_signal_connect_object (scheduler, "notify::state", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (scheduler, "notify::pending", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (scheduler, "finished", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (scheduler, "notify::keyring-error", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
    }
  if (self->button != NULL)
    update (self);
}
