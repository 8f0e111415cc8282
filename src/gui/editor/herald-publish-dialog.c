/* herald-publish-dialog.c — copy-ready publishing of the post in the editor
 *
 * Most platforms have no publishing API: the operator pastes the title and
 * body into the platform's creator centre, goes through a short checklist,
 * and comes back to record where and when the post went out.  Mark as
 * Published waits for an address and every item of the checklist: a post
 * already published (a correction of where or when) has them ticked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-publish-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "herald-channel-topic.h"
#include "herald-editor-page-private.h"
#include "herald-publish-dialog.h"
#include "herald-post-workflow.h"

struct _HeraldPublishDialog
{
  AdwDialog            parent_instance;

  HeraldEditorPage    *editor;

  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *copy_group;
  AdwActionRow        *copy_body_row;
  AdwActionRow        *open_row;
  AdwEntryRow         *url_row;
  GtkMenuButton       *date_button;
  GtkCalendar         *calendar;
  GtkSpinButton       *hour_spin;
  GtkSpinButton       *minute_spin;
  GtkCheckButton      *cover_check;
  GtkCheckButton      *topics_check;
  GtkCheckButton      *mentions_check;
  GtkLabel            *error_label;
  GtkWidget           *mark_button;
  GtkUriLauncher      *launcher;  /* the last one, for tests */
};

G_DEFINE_FINAL_TYPE (HeraldPublishDialog, herald_publish_dialog, ADW_TYPE_DIALOG)

static void
show_toast (HeraldPublishDialog *self,
            const char          *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 2);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
writes_hashtags (HeraldChannelKind *kind)
{
  const char *syntax = kind != NULL ? herald_channel_kind_get_topic_syntax (kind) : NULL;

  return g_strcmp0 (syntax, "hash-pair") == 0 || g_strcmp0 (syntax, "hash-space") == 0;
}

static void
copy_title_cb (HeraldPublishDialog *self)
{
  HeraldPost *post = herald_editor_page_get_post (self->editor);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), herald_post_get_title (post));
  show_toast (self, _("Title copied"));
}

static void
copy_body_cb (HeraldPublishDialog *self)
{
  g_autofree char *body = herald_publish_dialog_get_body_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), body);
  show_toast (self, _("Body copied"));
}

static void
launch_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (HeraldPublishDialog) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the creator centre: %s"), error->message);

      show_toast (self, message);
    }
}

static void
open_creator_cb (HeraldPublishDialog *self)
{
  const char *uri = herald_publish_dialog_get_creator_uri (self);

  if (uri == NULL)
    return;

  g_clear_object (&self->launcher);
  self->launcher = gtk_uri_launcher_new (uri);
  gtk_uri_launcher_launch (self->launcher, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self->editor))),
                           NULL, launch_cb, g_object_ref (self));
}

static void
update_mark (HeraldPublishDialog *self)
{
  const char *url = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
  gboolean ready = *url != '\0' &&
                   gtk_check_button_get_active (self->cover_check) &&
                   gtk_check_button_get_active (self->topics_check) &&
                   gtk_check_button_get_active (self->mentions_check);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publish-dialog.mark", ready);
}

static void
check_toggled_cb (HeraldPublishDialog *self)
{
  update_mark (self);
}

static void
url_changed_cb (HeraldPublishDialog *self)
{
  update_mark (self);
  gtk_widget_remove_css_class (GTK_WIDGET (self->url_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
update_date_label (HeraldPublishDialog *self)
{
  g_autoptr (GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *label = g_date_time_format (date, C_("editor date", "%a, %b %-d, %Y"));

  gtk_menu_button_set_label (self->date_button, label);
}

static void
calendar_day_selected_cb (HeraldPublishDialog *self)
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
publish_dialog_mark_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  HeraldPublishDialog *self = HERALD_PUBLISH_DIALOG (widget);
  g_autoptr (GError) error = NULL;
  HeraldEditorPage *editor = self->editor;

  if (!herald_editor_page_mark_published (editor,
                                          gtk_editable_get_text (GTK_EDITABLE (self->url_row)),
                                          herald_publish_dialog_get_published_at (self),
                                          &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      if (g_error_matches (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_BAD_URL) ||
          g_error_matches (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_URL))
        gtk_widget_add_css_class (GTK_WIDGET (self->url_row), "error");
      return;
    }

  adw_dialog_close (ADW_DIALOG (self));
  herald_editor_page_show_message (editor, _("Marked as published"));
}

static void
herald_publish_dialog_dispose (GObject *object)
{
  HeraldPublishDialog *self = HERALD_PUBLISH_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_PUBLISH_DIALOG);
  g_clear_object (&self->editor);
  g_clear_object (&self->launcher);

  G_OBJECT_CLASS (herald_publish_dialog_parent_class)->dispose (object);
}

static void
herald_publish_dialog_class_init (HeraldPublishDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_publish_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-publish-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, copy_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, copy_body_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, open_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, cover_check);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, topics_check);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, mentions_check);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldPublishDialog, mark_button);
  gtk_widget_class_bind_template_callback (widget_class, copy_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_body_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_creator_cb);
  gtk_widget_class_bind_template_callback (widget_class, url_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, check_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_spin_output_cb);

  gtk_widget_class_install_action (widget_class, "publish-dialog.mark", NULL, publish_dialog_mark_action);
}

static void
herald_publish_dialog_init (HeraldPublishDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publish-dialog.mark", FALSE);
}

/**
 * herald_publish_dialog_new:
 * @editor: the editor whose post is published
 *
 * Returns: (transfer floating): the dialog
 */
HeraldPublishDialog *
herald_publish_dialog_new (HeraldEditorPage *editor)
{
  HeraldPublishDialog *self;
  HeraldChannelKind *kind;
  HeraldPost *post;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) when = NULL;

  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (editor), NULL);

  self = g_object_new (HERALD_TYPE_PUBLISH_DIALOG, NULL);
  self->editor = g_object_ref (editor);
  post = herald_editor_page_get_post (editor);
  kind = herald_editor_page_get_kind (editor);

  if (kind != NULL)
    {
      g_autofree char *description = NULL;

      /* Translators: %s is a platform, 小红书 */
      description = g_strdup_printf (_("Paste into %s’s creator centre"), herald_channel_kind_get_name (kind));
      adw_preferences_group_set_description (self->copy_group, description);
      adw_action_row_set_subtitle (self->open_row, herald_channel_kind_get_creator_url (kind));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->open_row),
                          kind != NULL && herald_channel_kind_get_creator_url (kind) != NULL);
  if (writes_hashtags (kind) && herald_post_get_tags (post)[0] != NULL)
    adw_action_row_set_subtitle (self->copy_body_row, _("With the tags as hashtags"));

  /* A published post shows what was recorded; otherwise now, or the
   * planned time if it has passed. */
  if (herald_post_get_status (post) == HERALD_POST_STATUS_PUBLISHED)
    {
      gtk_check_button_set_active (self->cover_check, TRUE);
      gtk_check_button_set_active (self->topics_check, TRUE);
      gtk_check_button_set_active (self->mentions_check, TRUE);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), herald_post_get_url (post));
  if (herald_post_get_published_at (post) != 0)
    when = g_date_time_new_from_unix_local (herald_post_get_published_at (post));
  else if (herald_post_get_scheduled_at (post) != 0 &&
           herald_post_get_scheduled_at (post) < g_date_time_to_unix (now))
    when = g_date_time_new_from_unix_local (herald_post_get_scheduled_at (post));
  else
    when = g_date_time_ref (now);
  gtk_calendar_select_day (self->calendar, when);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (when));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (when));
  update_date_label (self);

  return self;
}

/**
 * herald_publish_dialog_get_body_text:
 * @self: a #HeraldPublishDialog
 *
 * Returns: (transfer full): the body as it is pasted: on platforms that
 *   write hashtags, followed by the post's tags in that syntax (those not
 *   in the body already)
 */
char *
herald_publish_dialog_get_body_text (HeraldPublishDialog *self)
{
  HeraldPost *post;
  HeraldChannelKind *kind;
  g_autoptr (GString) text = NULL;
  g_autoptr (GString) hashtags = g_string_new (NULL);
  const char * const *tags;

  g_return_val_if_fail (HERALD_IS_PUBLISH_DIALOG (self), NULL);

  post = herald_editor_page_get_post (self->editor);
  kind = herald_editor_page_get_kind (self->editor);
  text = g_string_new (herald_post_get_body (post));
  tags = herald_post_get_tags (post);

  for (guint i = 0; writes_hashtags (kind) && tags[i] != NULL; i++)
    {
      g_autofree char *hashtag = herald_channel_kind_format_topic (kind, tags[i]);
      g_autofree char *bare = hashtag != NULL ? g_strstrip (g_strdup (hashtag)) : NULL;

      if (bare != NULL && strstr (text->str, bare) == NULL)
        g_string_append (hashtags, hashtag);
    }

  if (hashtags->len > 0)
    {
      while (text->len > 0 && text->str[text->len - 1] == '\n')
        g_string_truncate (text, text->len - 1);
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, hashtags->str);
      /* A trailing space ends the last topic on screen; nothing follows. */
      while (text->len > 0 && text->str[text->len - 1] == ' ')
        g_string_truncate (text, text->len - 1);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * herald_publish_dialog_get_creator_uri:
 * @self: a #HeraldPublishDialog
 *
 * Returns: (nullable): the address "Open the Creator Centre" opens: the
 *   creator centre of the post's platform, or %NULL when it has none
 */
const char *
herald_publish_dialog_get_creator_uri (HeraldPublishDialog *self)
{
  HeraldChannelKind *kind;

  g_return_val_if_fail (HERALD_IS_PUBLISH_DIALOG (self), NULL);

  kind = herald_editor_page_get_kind (self->editor);
  return kind != NULL ? herald_channel_kind_get_creator_url (kind) : NULL;
}

/* For tests: the launcher of the last "Open the Creator Centre". */
GtkUriLauncher *
herald_publish_dialog_get_launcher (HeraldPublishDialog *self)
{
  g_return_val_if_fail (HERALD_IS_PUBLISH_DIALOG (self), NULL);

  return self->launcher;
}

/* For tests: ticks or clears every item of the checklist. */
void
herald_publish_dialog_set_checked (HeraldPublishDialog *self,
                                   gboolean             checked)
{
  g_return_if_fail (HERALD_IS_PUBLISH_DIALOG (self));

  gtk_check_button_set_active (self->cover_check, checked);
  gtk_check_button_set_active (self->topics_check, checked);
  gtk_check_button_set_active (self->mentions_check, checked);
}

void
herald_publish_dialog_set_url (HeraldPublishDialog *self,
                               const char          *url)
{
  g_return_if_fail (HERALD_IS_PUBLISH_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->url_row), url);
}

gint64
herald_publish_dialog_get_published_at (HeraldPublishDialog *self)
{
  g_autoptr (GDateTime) date = NULL;
  g_autoptr (GDateTime) time = NULL;

  g_return_val_if_fail (HERALD_IS_PUBLISH_DIALOG (self), 0);

  date = gtk_calendar_get_date (self->calendar);
  time = g_date_time_new_local (g_date_time_get_year (date), g_date_time_get_month (date),
                                g_date_time_get_day_of_month (date),
                                gtk_spin_button_get_value_as_int (self->hour_spin),
                                gtk_spin_button_get_value_as_int (self->minute_spin), 0);

  return time != NULL ? g_date_time_to_unix (time) : 0;
}

const char *
herald_publish_dialog_get_error (HeraldPublishDialog *self)
{
  g_return_val_if_fail (HERALD_IS_PUBLISH_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}
