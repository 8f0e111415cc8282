/* herald-post-dialog.c — a post's details: account, title, status, time, body
 *
 * The dialog edits its own copy of the post and writes it through the
 * store.  It closes only once the store has the post: when the store
 * refuses, it says why and keeps everything that was typed, so that the
 * user can try again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-post-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-post-dialog-private.h"
#include "herald-post-status-names.h"

struct _HeraldPostDialog
{
  AdwDialog        parent_instance;

  HeraldStore     *store;
  GListModel      *accounts;
  HeraldPost      *post;
  gboolean         is_new;
  GDate            default_day;

  AdwToastOverlay *toast_overlay;
  AdwComboRow     *account_row;
  AdwEntryRow     *title_row;
  AdwComboRow     *status_row;
  AdwSwitchRow    *scheduled_row;
  GtkMenuButton   *date_button;
  GtkCalendar     *calendar;
  GtkSpinButton   *hour_spin;
  GtkSpinButton   *minute_spin;
  GtkTextView     *body_view;
};

G_DEFINE_FINAL_TYPE (HeraldPostDialog, herald_post_dialog, ADW_TYPE_DIALOG)

static void
update_date_label (HeraldPostDialog *self)
{
  g_autoptr (GDateTime) date = gtk_calendar_get_date (self->calendar);
  /* Translators: the date on the post dialog's date button; see the
   * strftime manual for the codes.  Chinese: "%Y年%-m月%-d日 %A" */
  g_autofree char *label = g_date_time_format (date, C_("post date", "%A, %B %-d, %Y"));

  gtk_menu_button_set_label (self->date_button, label);
}

static void
calendar_day_selected_cb (HeraldPostDialog *self)
{
  update_date_label (self);
}

static gboolean
time_spin_output_cb (GtkSpinButton *spin)
{
  char text[8];

  g_snprintf (text, sizeof text, "%02d", gtk_spin_button_get_value_as_int (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
show_error (HeraldPostDialog *self,
            const GError     *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not save the post: %s"), error->message);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
load_post (HeraldPostDialog *self)
{
  g_autoptr (GDateTime) time = NULL;
  const char *account_id = herald_post_get_account_id (self->post);
  gint64 scheduled_at = herald_post_get_scheduled_at (self->post);
  guint n_accounts = g_list_model_get_n_items (self->accounts);

  for (guint i = 0; i < n_accounts; i++)
    {
      g_autoptr (HeraldRecord) account = g_list_model_get_item (self->accounts, i);

      if (g_strcmp0 (herald_record_get_id (account), account_id) == 0)
        {
          adw_combo_row_set_selected (self->account_row, i);
          break;
        }
    }

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), herald_post_get_title (self->post));
  adw_combo_row_set_selected (self->status_row, herald_post_get_status (self->post));

  /* A post without a time still offers the day it was made for. */
  adw_switch_row_set_active (self->scheduled_row, scheduled_at != 0);
  time = scheduled_at != 0 ? g_date_time_new_from_unix_local (scheduled_at)
                           : g_date_time_new_now_local ();
  if (scheduled_at == 0 && g_date_valid (&self->default_day))
    {
      g_clear_pointer (&time, g_date_time_unref);
      time = g_date_time_new_local (g_date_get_year (&self->default_day), g_date_get_month (&self->default_day),
                                    g_date_get_day (&self->default_day), 9, 0, 0);
    }
  gtk_calendar_select_day (self->calendar, time);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (time));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (time));
  update_date_label (self);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), herald_post_get_body (self->post), -1);

  adw_dialog_set_title (ADW_DIALOG (self), self->is_new ? _("New Post") : _("Edit Post"));
}

static void
post_dialog_save_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  HeraldPostDialog *self = HERALD_POST_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (herald_post_dialog_save (self, &error))
    adw_dialog_close (ADW_DIALOG (self));
  else
    show_error (self, error);
}

static void
post_dialog_cancel_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
herald_post_dialog_dispose (GObject *object)
{
  HeraldPostDialog *self = HERALD_POST_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_POST_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->accounts);
  g_clear_object (&self->post);

  G_OBJECT_CLASS (herald_post_dialog_parent_class)->dispose (object);
}

static void
herald_post_dialog_class_init (HeraldPostDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_post_dialog_dispose;

  g_type_ensure (HERALD_TYPE_ACCOUNT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-post-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, account_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, scheduled_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, HeraldPostDialog, body_view);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_spin_output_cb);

  gtk_widget_class_install_action (widget_class, "post-dialog.save", NULL, post_dialog_save_action);
  gtk_widget_class_install_action (widget_class, "post-dialog.cancel", NULL, post_dialog_cancel_action);
}

static void
herald_post_dialog_init (HeraldPostDialog *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->default_day, 1);

  for (guint s = 0; s < HERALD_N_POST_STATUSES; s++)
    {
      g_autofree char *label = g_strdup_printf ("%s %s", herald_post_status_get_glyph (s),
                                                herald_post_status_get_label (s));

      gtk_string_list_append (statuses, label);
    }
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

/**
 * herald_post_dialog_new:
 * @store: where to save
 * @accounts: the accounts to choose from (#HeraldAccount)
 * @post: the post to edit; the dialog keeps and changes it.  One without
 *   an id is a new post.
 * @day: (nullable): the day to offer when @post has no time yet
 *
 * Returns: (transfer floating): the dialog
 */
HeraldPostDialog *
herald_post_dialog_new (HeraldStore *store,
                        GListModel  *accounts,
                        HeraldPost  *post,
                        const GDate *day)
{
  HeraldPostDialog *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (accounts), NULL);
  g_return_val_if_fail (HERALD_IS_POST (post), NULL);

  self = g_object_new (HERALD_TYPE_POST_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->accounts = g_object_ref (accounts);
  self->post = g_object_ref (post);
  self->is_new = herald_record_get_id (HERALD_RECORD (post)) == NULL;
  if (day != NULL && g_date_valid (day))
    self->default_day = *day;

  adw_combo_row_set_model (self->account_row, accounts);
  load_post (self);

  /* A new post starts with its title. */
  if (self->is_new)
    adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->title_row));

  return self;
}

/**
 * herald_post_dialog_get_post:
 * @self: a #HeraldPostDialog
 *
 * Returns: (transfer none): the post being edited
 */
HeraldPost *
herald_post_dialog_get_post (HeraldPostDialog *self)
{
  g_return_val_if_fail (HERALD_IS_POST_DIALOG (self), NULL);

  return self->post;
}

gboolean
herald_post_dialog_is_new (HeraldPostDialog *self)
{
  g_return_val_if_fail (HERALD_IS_POST_DIALOG (self), FALSE);

  return self->is_new;
}

AdwEntryRow *
herald_post_dialog_get_title_row (HeraldPostDialog *self)
{
  g_return_val_if_fail (HERALD_IS_POST_DIALOG (self), NULL);

  return self->title_row;
}

AdwComboRow *
herald_post_dialog_get_account_row (HeraldPostDialog *self)
{
  g_return_val_if_fail (HERALD_IS_POST_DIALOG (self), NULL);

  return self->account_row;
}

HeraldPostStatus
herald_post_dialog_get_status (HeraldPostDialog *self)
{
  g_return_val_if_fail (HERALD_IS_POST_DIALOG (self), HERALD_POST_STATUS_IDEA);

  return MIN (adw_combo_row_get_selected (self->status_row), HERALD_N_POST_STATUSES - 1);
}

/* The time the fields say, or 0 for none. */
gint64
herald_post_dialog_get_scheduled_at (HeraldPostDialog *self)
{
  g_autoptr (GDateTime) date = NULL;
  g_autoptr (GDateTime) time = NULL;

  g_return_val_if_fail (HERALD_IS_POST_DIALOG (self), 0);

  if (!adw_switch_row_get_active (self->scheduled_row))
    return 0;

  date = gtk_calendar_get_date (self->calendar);
  time = g_date_time_new_local (g_date_time_get_year (date), g_date_time_get_month (date),
                                g_date_time_get_day_of_month (date),
                                gtk_spin_button_get_value_as_int (self->hour_spin),
                                gtk_spin_button_get_value_as_int (self->minute_spin), 0);

  return time != NULL ? g_date_time_to_unix (time) : 0;
}

/**
 * herald_post_dialog_save:
 * @self: a #HeraldPostDialog
 * @error: return location for a #GError
 *
 * Writes the fields into the post and the post into the store.  On
 * failure the fields keep what was typed.
 *
 * Returns: %TRUE if the store has the post
 */
gboolean
herald_post_dialog_save (HeraldPostDialog  *self,
                         GError           **error)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  HeraldRecord *account;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (HERALD_IS_POST_DIALOG (self), FALSE);

  account = adw_combo_row_get_selected_item (self->account_row);
  if (account == NULL)
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID, _("Choose an account for the post."));
      return FALSE;
    }

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  buffer = gtk_text_view_get_buffer (self->body_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  herald_post_set_account_id (self->post, herald_record_get_id (account));
  herald_post_set_title (self->post, title);
  herald_post_set_status (self->post, herald_post_dialog_get_status (self));
  herald_post_set_scheduled_at (self->post, herald_post_dialog_get_scheduled_at (self));
  if (herald_post_get_scheduled_at (self->post) != 0)
    herald_post_set_tz (self->post, g_time_zone_get_identifier (zone));
  herald_post_set_body (self->post, body);

  return herald_store_save_post (self->store, self->post, error);
}
