/* herald-editor-page.c — the drafting editor: one post at a time
 *
 * The editor works on its own copy of the post.  Every change marks the
 * fields dirty and the autosave writes them through the store, in one
 * transaction, half a second after typing pauses and never more than a
 * second after the first unsaved change, so a crash loses at most the
 * last second.  Leaving the page or closing the window saves at once.  A
 * save the store refuses keeps everything typed and is tried again.
 *
 * The fields are in herald-editor-page-fields.c, the Convert menu in
 * herald-editor-page-convert.c, the series and Copy to Another Account in
 * herald-editor-page-series.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-editor-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-channel-topic.h"
#include "herald-checks-panel.h"
#include "herald-editor-page-private.h"
#include "herald-post-workflow.h"
#include "herald-publish-dialog.h"

/* Autosave waits for a pause this long … */
#define AUTOSAVE_PAUSE_MS 500
/* … but never longer than this after the first unsaved change. */
#define AUTOSAVE_LATEST_MS 1000
/* A refused save is tried again after this long. */
#define AUTOSAVE_RETRY_MS 3000

G_DEFINE_FINAL_TYPE (HeraldEditorPage, herald_editor_page, ADW_TYPE_NAVIGATION_PAGE)

enum {
  PROP_0,
  PROP_SAVE_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean autosave_cb (gpointer user_data);

static void
set_save_state (HeraldEditorPage *self,
                HeraldSaveState   state,
                const char       *detail)
{
  const char *label = "";

  switch (state)
    {
    case HERALD_SAVE_STATE_SAVED:
      label = self->is_new ? "" : _("Saved");
      break;
    case HERALD_SAVE_STATE_PENDING:
      label = _("Saving…");
      break;
    case HERALD_SAVE_STATE_FAILED:
      label = _("Not Saved");
      break;
    }

  adw_window_title_set_subtitle (self->window_title, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), detail);

  if (self->save_state != state)
    {
      self->save_state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_STATE]);
    }
}

void
herald_editor_page_show_message (HeraldEditorPage *self,
                                 const char       *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
schedule_save (HeraldEditorPage *self,
               guint             delay_ms)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (delay_ms, autosave_cb, self);
  self->autosave_due_us = g_get_monotonic_time () + delay_ms * 1000;
}

/*
 * herald_editor_page_changed:
 *
 * Called for every change the user makes to a field.
 */
void
herald_editor_page_changed (HeraldEditorPage *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 waited_ms;
  gint64 delay_ms;

  if (self->loading)
    return;

  if (!self->dirty)
    {
      self->dirty = TRUE;
      self->first_change_us = now;
    }

  /* After a failure the retry timer runs; typing does not hurry it. */
  if (self->save_state == HERALD_SAVE_STATE_FAILED && self->autosave_id != 0)
    return;

  /* Rounded up, so that the deadline is never passed by a fraction. */
  waited_ms = (now - self->first_change_us + 999) / 1000;
  delay_ms = CLAMP (AUTOSAVE_LATEST_MS - waited_ms, 0, AUTOSAVE_PAUSE_MS);
  schedule_save (self, delay_ms);
  self->autosave_due_us = now + delay_ms * 1000;
  set_save_state (self, HERALD_SAVE_STATE_PENDING, NULL);
}

static gboolean
autosave_cb (gpointer user_data)
{
  HeraldEditorPage *self = user_data;
  g_autoptr (GError) error = NULL;

  self->autosave_id = 0;
  /* The header says so, and the retry is scheduled. */
  if (!herald_editor_page_save (self, &error))
    g_debug ("Could not save the post, trying again: %s", error->message);

  return G_SOURCE_REMOVE;
}

static gboolean
save_in_transaction (HeraldStore  *store,
                     gpointer      user_data,
                     GError      **error)
{
  HeraldEditorPage *self = user_data;

  if (!herald_store_save_post (store, self->post, error))
    return FALSE;

  if (self->attachments_changed)
    {
      g_ptr_array_add (self->attachments, NULL);
      if (!herald_store_set_attachments (store, herald_record_get_id (HERALD_RECORD (self->post)),
                                         (const char * const *) self->attachments->pdata, error))
        {
          g_ptr_array_remove_index (self->attachments, self->attachments->len - 1);
          return FALSE;
        }
      g_ptr_array_remove_index (self->attachments, self->attachments->len - 1);
    }

  return TRUE;
}

static void
store_changed_cb (HeraldEditorPage   *self,
                  HeraldRecordKind    kind,
                  const char * const *ids)
{
  const char *id = herald_record_get_id (HERALD_RECORD (self->post));
  g_autoptr (HeraldPost) fresh = NULL;
  g_autoptr (GError) error = NULL;

  if (kind == HERALD_RECORD_ACCOUNT)
    {
      herald_editor_page_update_account (self);
      herald_editor_page_update_siblings (self);
      return;
    }

  /* A copy made, moved to the bin, or brought back. */
  if (kind == HERALD_RECORD_POST && !self->saving)
    herald_editor_page_update_siblings (self);

  /* Our own saves, and changes while something is typed, are not read
   * back: the fields are newer. */
  if (kind != HERALD_RECORD_POST || self->saving || self->dirty || id == NULL ||
      !g_strv_contains (ids, id))
    return;

  fresh = herald_store_get_post (self->store, id, &error);
  if (fresh == NULL)
    {
      g_warning ("Could not read the post back: %s", error->message);
      return;
    }

  if (herald_record_get_updated_at (HERALD_RECORD (fresh)) == herald_record_get_updated_at (HERALD_RECORD (self->post)) &&
      herald_post_get_scheduled_at (fresh) == herald_post_get_scheduled_at (self->post) &&
      herald_post_get_status (fresh) == herald_post_get_status (self->post))
    return;

  /* Moved in the calendar, or changed from a notification. */
  g_set_object (&self->post, fresh);
  herald_editor_page_load_fields (self);
}

static void
status_row_selected_cb (HeraldEditorPage *self)
{
  HeraldPostStatus wanted = MIN (adw_combo_row_get_selected (self->status_row), HERALD_N_POST_STATUSES - 1);
  g_autoptr (GError) error = NULL;

  if (self->loading || wanted == herald_post_get_status (self->post))
    return;

  if (!herald_editor_page_set_status (self, wanted, &error))
    {
      self->loading = TRUE;
      adw_combo_row_set_selected (self->status_row, herald_post_get_status (self->post));
      self->loading = FALSE;

      /* Publishing is done from its dialog, which asks where and when. */
      if (g_error_matches (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_URL))
        gtk_widget_activate_action (GTK_WIDGET (self), "editor.publish", NULL);
      else
        herald_editor_page_show_message (self, error->message);
    }
}

static void
editor_publish_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HeraldEditorPage *self = HERALD_EDITOR_PAGE (widget);
  g_autoptr (GError) error = NULL;

  /* The dialog copies what the store has. */
  if (!herald_editor_page_save (self, &error))
    herald_editor_page_show_message (self, error->message);

  herald_editor_page_collect_fields (self);
  adw_dialog_present (ADW_DIALOG (herald_publish_dialog_new (self)), widget);
}

static void
editor_save_now_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HeraldEditorPage *self = HERALD_EDITOR_PAGE (widget);
  g_autoptr (GError) error = NULL;

  /* A post nobody typed in yet is stored when something needs it there,
   * such as a linked topic. */
  if (self->is_new)
    self->dirty = TRUE;
  if (!herald_editor_page_save (self, &error))
    herald_editor_page_show_message (self, error->message);
}

static void
editor_insert_topic_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  herald_editor_page_insert_topic (HERALD_EDITOR_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
editor_show_message_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  herald_editor_page_show_message (HERALD_EDITOR_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
herald_editor_page_shown (AdwNavigationPage *page)
{
  HeraldEditorPage *self = HERALD_EDITOR_PAGE (page);

  ADW_NAVIGATION_PAGE_CLASS (herald_editor_page_parent_class)->shown (page);

  /* Ready to type: a new post starts with its title, one being written
   * goes on where the body ends. */
  if (self->is_new)
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
      gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
    }
}

static void
herald_editor_page_hidden (AdwNavigationPage *page)
{
  HeraldEditorPage *self = HERALD_EDITOR_PAGE (page);
  g_autoptr (GError) error = NULL;

  if (!herald_editor_page_save (self, &error))
    g_warning ("Could not save the post on leaving the editor: %s", error->message);

  ADW_NAVIGATION_PAGE_CLASS (herald_editor_page_parent_class)->hidden (page);
}

static void
herald_editor_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HeraldEditorPage *self = HERALD_EDITOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_SAVE_STATE:
      g_value_set_int (value, self->save_state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_editor_page_dispose (GObject *object)
{
  HeraldEditorPage *self = HERALD_EDITOR_PAGE (object);

  /* The last words typed before the window went away. */
  if (self->store != NULL && self->post != NULL && self->dirty)
    {
      g_autoptr (GError) error = NULL;

      if (!herald_editor_page_save (self, &error))
        g_warning ("Could not save the post on closing: %s", error->message);
    }

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_EDITOR_PAGE);
  g_clear_object (&self->accounts);
  g_clear_object (&self->campaigns);
  g_clear_object (&self->post);
  g_clear_object (&self->store);
  g_clear_pointer (&self->attachments, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->before_convert); i++)
    g_clear_pointer (&self->before_convert[i], g_free);

  G_OBJECT_CLASS (herald_editor_page_parent_class)->dispose (object);
}

static void
herald_editor_page_class_init (HeraldEditorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwNavigationPageClass *page_class = ADW_NAVIGATION_PAGE_CLASS (klass);

  object_class->dispose = herald_editor_page_dispose;
  object_class->get_property = herald_editor_page_get_property;
  page_class->shown = herald_editor_page_shown;
  page_class->hidden = herald_editor_page_hidden;

  /**
   * HeraldEditorPage:save-state:
   *
   * Whether the fields are in the store (a #HeraldSaveState).
   */
  properties[PROP_SAVE_STATE] =
    g_param_spec_int ("save-state", NULL, NULL,
                      HERALD_SAVE_STATE_SAVED, HERALD_SAVE_STATE_FAILED, HERALD_SAVE_STATE_SAVED,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HERALD_TYPE_TOPIC_NOTES_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-editor-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, toolbar_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, publish_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, split_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, account_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, campaign_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, scheduled_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, date_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, slots_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, slots_box);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, digest_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, tags_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, body_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, attachments_warning);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, attachments_list);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, checks_slot);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, topic_notes);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, siblings_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldEditorPage, siblings_box);

  herald_editor_page_class_init_fields (widget_class);

  gtk_widget_class_install_action (widget_class, "editor.publish", NULL, editor_publish_action);
  gtk_widget_class_install_action (widget_class, "editor.save-now", NULL, editor_save_now_action);
  gtk_widget_class_install_action (widget_class, "editor.insert-topic", "s", editor_insert_topic_action);
  gtk_widget_class_install_action (widget_class, "editor.show-message", "s", editor_show_message_action);
  herald_editor_page_class_init_convert (widget_class);
  herald_editor_page_class_init_series (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save-now", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.publish", NULL);
}

static void
herald_editor_page_init (HeraldEditorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Nothing the fields do before the post is loaded is an edit. */
  self->loading = TRUE;
  self->attachments = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect_object (self->status_row, "notify::selected",
                           G_CALLBACK (status_row_selected_cb), self, G_CONNECT_SWAPPED);
}

/**
 * herald_editor_page_new:
 * @store: where the post lives
 * @post: the post to edit; the editor keeps and changes it.  One without
 *   an id is a new post, stored once something is typed.
 *
 * Returns: (transfer floating): the page
 */
HeraldEditorPage *
herald_editor_page_new (HeraldStore *store,
                        HeraldPost  *post)
{
  HeraldEditorPage *self;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (HERALD_IS_POST (post), NULL);

  self = g_object_new (HERALD_TYPE_EDITOR_PAGE, NULL);
  self->store = g_object_ref (store);
  self->post = g_object_ref (post);
  self->is_new = herald_record_get_id (HERALD_RECORD (post)) == NULL;
  self->accounts = herald_account_list_new (store);
  self->campaigns = herald_store_list_campaigns (store, FALSE, &error);
  if (self->campaigns == NULL)
    {
      g_warning ("Could not list the campaigns: %s", error->message);
      g_clear_error (&error);
      self->campaigns = G_LIST_MODEL (g_list_store_new (HERALD_TYPE_CAMPAIGN));
    }

  if (!self->is_new)
    {
      g_auto (GStrv) uris = herald_store_get_attachments (store, herald_record_get_id (HERALD_RECORD (post)), &error);

      if (uris == NULL)
        g_warning ("Could not read the attachments: %s", error->message);
      for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
        g_ptr_array_add (self->attachments, g_strdup (uris[i]));
    }

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  herald_editor_page_init_fields (self);
  herald_editor_page_load_fields (self);
  herald_topic_notes_panel_set_post (self->topic_notes, store, post);
  herald_editor_page_set_checks_panel (self, herald_checks_panel_new (self));
  herald_editor_page_update_siblings (self);
  set_save_state (self, HERALD_SAVE_STATE_SAVED, NULL);

  return self;
}

/**
 * herald_editor_page_get_post:
 * @self: a #HeraldEditorPage
 *
 * Returns: (transfer none): the post being edited
 */
HeraldPost *
herald_editor_page_get_post (HeraldEditorPage *self)
{
  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), NULL);

  return self->post;
}

HeraldSaveState
herald_editor_page_get_save_state (HeraldEditorPage *self)
{
  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), HERALD_SAVE_STATE_SAVED);

  return self->save_state;
}

/**
 * herald_editor_page_save:
 * @self: a #HeraldEditorPage
 * @error: return location for a #GError
 *
 * Writes what changed now, in one transaction.  On failure the fields keep
 * everything and another try is scheduled.
 *
 * Returns: %TRUE if the store has everything the fields say
 */
gboolean
herald_editor_page_save (HeraldEditorPage  *self,
                         GError           **error)
{
  g_autoptr (GError) local_error = NULL;
  gboolean saved;

  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), FALSE);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (!self->dirty)
    return TRUE;

  herald_editor_page_collect_fields (self);

  self->saving = TRUE;
  saved = herald_store_transaction (self->store, save_in_transaction, self, &local_error);
  self->saving = FALSE;

  if (!saved)
    {
      g_autofree char *detail = g_strdup_printf (_("Could not save the post: %s. Everything you typed is kept; Herald tries again."),
                                                 local_error->message);

      set_save_state (self, HERALD_SAVE_STATE_FAILED, detail);
      if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
        schedule_save (self, AUTOSAVE_RETRY_MS);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->dirty = FALSE;
  self->attachments_changed = FALSE;
  if (self->is_new)
    {
      self->is_new = FALSE;
      herald_topic_notes_panel_set_post (self->topic_notes, self->store, self->post);
    }
  set_save_state (self, HERALD_SAVE_STATE_SAVED, NULL);

  return TRUE;
}

/*
 * herald_editor_page_set_status:
 *
 * Moves the post to @status as the workflow allows, and saves it.
 */
gboolean
herald_editor_page_set_status (HeraldEditorPage  *self,
                               HeraldPostStatus   status,
                               GError           **error)
{
  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), FALSE);

  /* Scheduling looks at the time in the fields, not the stored one. */
  herald_post_set_scheduled_at (self->post, herald_editor_page_get_scheduled_at (self));
  if (!herald_post_change_status (self->post, status, error))
    return FALSE;

  self->loading = TRUE;
  adw_combo_row_set_selected (self->status_row, status);
  self->loading = FALSE;

  herald_editor_page_changed (self);
  return herald_editor_page_save (self, error);
}

/**
 * herald_editor_page_mark_published:
 * @self: a #HeraldEditorPage
 * @url: where the post went out
 * @published_at: when, in Unix seconds
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the post is published and stored so
 */
gboolean
herald_editor_page_mark_published (HeraldEditorPage  *self,
                                   const char        *url,
                                   gint64             published_at,
                                   GError           **error)
{
  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), FALSE);
  g_return_val_if_fail (url != NULL, FALSE);

  herald_editor_page_collect_fields (self);
  if (!herald_post_mark_published (self->post, url, published_at, error))
    return FALSE;

  self->loading = TRUE;
  adw_combo_row_set_selected (self->status_row, HERALD_POST_STATUS_PUBLISHED);
  self->loading = FALSE;

  self->dirty = TRUE;
  if (self->first_change_us == 0)
    self->first_change_us = g_get_monotonic_time ();
  return herald_editor_page_save (self, error);
}

/*
 * herald_editor_page_insert_topic:
 *
 * Puts @topic at the cursor in the body, as a hashtag in the account's
 * platform syntax.
 */
void
herald_editor_page_insert_topic (HeraldEditorPage *self,
                                 const char       *topic)
{
  HeraldChannelKind *kind;
  g_autofree char *hashtag = NULL;
  GtkTextBuffer *buffer;

  g_return_if_fail (HERALD_IS_EDITOR_PAGE (self));
  g_return_if_fail (topic != NULL);

  kind = herald_editor_page_get_kind (self);
  if (kind == NULL)
    return;

  hashtag = herald_channel_kind_format_topic (kind, topic);
  if (hashtag == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->body_view);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_at_cursor (buffer, hashtag, -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

/**
 * herald_editor_page_get_toolbar_view:
 * @self: a #HeraldEditorPage
 *
 * Returns: (transfer none): the page's toolbar view, for the window to add
 *   a banner under the header bar
 */
AdwToolbarView *
herald_editor_page_get_toolbar_view (HeraldEditorPage *self)
{
  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), NULL);

  return self->toolbar_view;
}

/**
 * herald_editor_page_set_checks_panel:
 * @self: a #HeraldEditorPage
 * @panel: (nullable): the live text checks (counts against the platform's
 *   limits, advertising-law words, hashtags), or %NULL for none
 *
 * Puts @panel at the top of the side column, above the hot topics.  The
 * panel follows the text through herald_editor_page_get_body_buffer() and
 * herald_editor_page_get_title_editable(), and the platform through the
 * editor's account.
 */
void
herald_editor_page_set_checks_panel (HeraldEditorPage *self,
                                     GtkWidget        *panel)
{
  g_return_if_fail (HERALD_IS_EDITOR_PAGE (self));
  g_return_if_fail (panel == NULL || GTK_IS_WIDGET (panel));

  adw_bin_set_child (self->checks_slot, panel);
}

/**
 * herald_editor_page_get_body_buffer:
 * @self: a #HeraldEditorPage
 *
 * Returns: (transfer none): the body being edited
 */
GtkTextBuffer *
herald_editor_page_get_body_buffer (HeraldEditorPage *self)
{
  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), NULL);

  return gtk_text_view_get_buffer (self->body_view);
}

/**
 * herald_editor_page_get_title_editable:
 * @self: a #HeraldEditorPage
 *
 * Returns: (transfer none): the title being edited
 */
GtkEditable *
herald_editor_page_get_title_editable (HeraldEditorPage *self)
{
  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), NULL);

  return GTK_EDITABLE (self->title_row);
}

AdwBin *
herald_editor_page_get_checks_slot (HeraldEditorPage *self)
{
  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), NULL);

  return self->checks_slot;
}
