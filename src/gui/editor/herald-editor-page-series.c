/* herald-editor-page-series.c — the same content on several accounts
 *
 * A post's series are its copies for other accounts: the editor shows
 * them as buttons to switch between, and Copy to Another Account makes
 * one, a draft with the hashtags adapted to the account's platform and
 * the title cut to its limit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-editor-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-editor-page-private.h"
#include "herald-text-rules.h"
#include "herald-topics.h"

static void
sibling_clicked_cb (GtkButton        *button,
                    HeraldEditorPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "post-id");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-post", "s", id);
}

/*
 * herald_editor_page_update_siblings:
 *
 * Shows the other posts of the post's series, by platform.
 */
void
herald_editor_page_update_siblings (HeraldEditorPage *self)
{
  const char *series_id = herald_post_get_series_id (self->post);
  const char *id = herald_record_get_id (HERALD_RECORD (self->post));
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->siblings_box))) != NULL)
    gtk_box_remove (self->siblings_box, child);

  if (series_id != NULL && id != NULL)
    {
      posts = herald_store_list_series_posts (self->store, series_id, &error);
      if (posts == NULL)
        g_warning ("Could not list the post's series: %s", error->message);
    }

  for (guint i = 0; posts != NULL && i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr (HeraldPost) sibling = g_list_model_get_item (posts, i);
      const char *sibling_id = herald_record_get_id (HERALD_RECORD (sibling));
      HeraldAccount *account = NULL;
      HeraldChannelKind *kind;
      GtkWidget *button;
      guint position;
      g_autofree char *tip = NULL;

      if (g_strcmp0 (sibling_id, id) == 0)
        continue;

      if (herald_account_list_find (self->accounts, herald_post_get_account_id (sibling), &position))
        account = g_list_model_get_item (G_LIST_MODEL (self->accounts), position);
      if (account == NULL)
        continue;

      kind = herald_channel_kinds_lookup (herald_account_get_kind (account));
      button = gtk_button_new_with_label (kind != NULL ? herald_channel_kind_get_name (kind)
                                                       : herald_account_get_name (account));
      /* Translators: %s is an account, for a button opening the copy of
       * the post there */
      tip = g_strdup_printf (_("Open the copy for %s"), herald_account_get_name (account));
      gtk_widget_set_tooltip_text (button, tip);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "post-id", g_strdup (sibling_id), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (sibling_clicked_cb), self, 0);
      gtk_box_append (self->siblings_box, button);
      g_object_unref (account);
      shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->siblings_row), shown > 0);
}

typedef struct {
  HeraldPost         *post;
  HeraldPost         *copy;
  const char * const *attachments;
} CopyData;

static gboolean
copy_in_transaction (HeraldStore  *store,
                     gpointer      user_data,
                     GError      **error)
{
  CopyData *data = user_data;

  return herald_store_save_post (store, data->post, error) &&
         herald_store_save_post (store, data->copy, error) &&
         herald_store_set_attachments (store, herald_record_get_id (HERALD_RECORD (data->copy)),
                                       data->attachments, error);
}

static HeraldTextRules *
rules_for (HeraldAccount  *account,
           GError        **error)
{
  g_autoptr (GError) local_error = NULL;
  HeraldTextRules *rules;

  rules = herald_text_rules_new (herald_account_get_kind (account), herald_account_get_limits (account), &local_error);
  if (rules == NULL && g_error_matches (local_error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA))
    {
      g_clear_error (&local_error);
      rules = herald_text_rules_new (herald_account_get_kind (account), NULL, &local_error);
    }
  if (rules == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return rules;
}

/*
 * herald_editor_page_copy_to_account:
 *
 * Makes a sibling of the post for @account: the same series, the text
 * adapted to its kind (hashtag syntax, fields cut to its limits), and
 * stores both in one transaction.
 *
 * Returns: (transfer full): the copy, stored
 */
HeraldPost *
herald_editor_page_copy_to_account (HeraldEditorPage  *self,
                                    HeraldAccount     *account,
                                    GError           **error)
{
  HeraldAccount *from_account = herald_editor_page_get_account (self);
  g_autoptr (HeraldTextRules) from = NULL;
  g_autoptr (HeraldTextRules) to = NULL;
  g_autoptr (HeraldPost) copy = NULL;
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *new_series = NULL;
  g_auto (GStrv) topics = NULL;
  g_auto (GStrv) copy_tags = NULL;
  gboolean image_text = self->attachments->len > 0;
  CopyData data;

  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), NULL);
  g_return_val_if_fail (HERALD_IS_ACCOUNT (account), NULL);

  if (from_account == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("The post has no account"));
      return NULL;
    }

  from = rules_for (from_account, error);
  if (from == NULL)
    return NULL;
  to = rules_for (account, error);
  if (to == NULL)
    return NULL;

  herald_editor_page_collect_fields (self);

  body = herald_text_rules_adapt_text (to, from, herald_post_get_body (self->post), &topics);
  title = herald_text_rules_fit (to, HERALD_TEXT_FIELD_TITLE, herald_post_get_title (self->post), image_text);
  if (herald_text_rules_get_limit (to, HERALD_TEXT_FIELD_DIGEST, image_text) >= 0)
    digest = herald_text_rules_fit (to, HERALD_TEXT_FIELD_DIGEST, herald_post_get_digest (self->post), image_text);

  if (herald_post_get_series_id (self->post) == NULL)
    {
      new_series = g_uuid_string_random ();
      herald_post_set_series_id (self->post, new_series);
    }

  copy = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), title);
  herald_post_set_series_id (copy, herald_post_get_series_id (self->post));
  herald_post_set_campaign_id (copy, herald_post_get_campaign_id (self->post));
  herald_post_set_body (copy, body);
  herald_post_set_digest (copy, digest != NULL ? digest : "");
  /* A platform that keeps topics as tags gets the text's topics there. */
  if (herald_text_rules_get_topic_syntax (to) == HERALD_TOPIC_SYNTAX_TAGS && topics != NULL && topics[0] != NULL)
    {
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      const char * const *tags = herald_post_get_tags (self->post);

      for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
        g_strv_builder_add (builder, tags[i]);
      for (guint i = 0; topics[i] != NULL; i++)
        if (tags == NULL || !g_strv_contains (tags, topics[i]))
          g_strv_builder_add (builder, topics[i]);
      copy_tags = g_strv_builder_end (builder);
    }
  herald_post_set_tags (copy, copy_tags != NULL ? (const char * const *) copy_tags : herald_post_get_tags (self->post));
  herald_post_set_status (copy, HERALD_POST_STATUS_DRAFT);

  g_ptr_array_add (self->attachments, NULL);
  data.post = self->post;
  data.copy = copy;
  data.attachments = (const char * const *) self->attachments->pdata;
  self->saving = TRUE;
  if (!herald_store_transaction (self->store, copy_in_transaction, &data, error))
    {
      self->saving = FALSE;
      g_ptr_array_remove_index (self->attachments, self->attachments->len - 1);
      if (new_series != NULL)
        herald_post_set_series_id (self->post, NULL);
      return NULL;
    }
  self->saving = FALSE;
  g_ptr_array_remove_index (self->attachments, self->attachments->len - 1);

  /* Everything in the fields went with it. */
  self->dirty = FALSE;
  self->attachments_changed = FALSE;
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->is_new)
    {
      self->is_new = FALSE;
      herald_topic_notes_panel_set_post (self->topic_notes, self->store, self->post);
    }
  herald_editor_page_update_siblings (self);

  return g_steal_pointer (&copy);
}

static void
copy_response_cb (AdwAlertDialog   *dialog,
                  const char       *response,
                  HeraldEditorPage *self)
{
  GtkDropDown *choice = g_object_get_data (G_OBJECT (dialog), "choice");
  GListModel *targets = g_object_get_data (G_OBJECT (dialog), "targets");
  guint selected = gtk_drop_down_get_selected (choice);
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (HeraldPost) copy = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "copy") || selected == GTK_INVALID_LIST_POSITION)
    return;

  account = g_list_model_get_item (targets, selected);
  copy = herald_editor_page_copy_to_account (self, account, &error);
  if (copy == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not copy the post: %s"), error->message);

      herald_editor_page_show_message (self, message);
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-post", "s",
                              herald_record_get_id (HERALD_RECORD (copy)));
}

static void
editor_copy_to_account_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  HeraldEditorPage *self = HERALD_EDITOR_PAGE (widget);
  HeraldAccount *current = herald_editor_page_get_account (self);
  g_autoptr (GListStore) targets = g_list_store_new (HERALD_TYPE_ACCOUNT);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->accounts));
  AdwDialog *dialog;
  GtkWidget *choice;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (G_LIST_MODEL (self->accounts), i);
      HeraldChannelKind *kind = herald_channel_kinds_lookup (herald_account_get_kind (account));
      g_autofree char *label = NULL;

      if (account == current)
        continue;
      /* Translators: an account and its platform, "冬至美食 · 抖音" */
      label = g_strdup_printf (_("%s · %s"), herald_account_get_name (account),
                               kind != NULL ? herald_channel_kind_get_name (kind) : herald_account_get_kind (account));
      gtk_string_list_append (names, label);
      g_list_store_append (targets, account);
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (targets)) == 0)
    {
      herald_editor_page_show_message (self, _("There is no other account to copy the post to."));
      return;
    }

  dialog = adw_alert_dialog_new (_("Copy to Another Account"),
                                 _("The copy is a draft with the text adapted to the account’s platform: its hashtags, and the title cut to its limit. Both posts stay linked."));
  choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Account"), -1);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), choice);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "copy", _("_Copy"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "copy", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "copy");
  g_object_set_data (G_OBJECT (dialog), "choice", choice);
  g_object_set_data_full (G_OBJECT (dialog), "targets", g_object_ref (targets), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (copy_response_cb), self, 0);
  adw_dialog_present (dialog, widget);
}

void
herald_editor_page_class_init_series (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.copy-to-account", NULL, editor_copy_to_account_action);
}
