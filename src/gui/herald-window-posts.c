/* herald-window-posts.c — what the window does to open posts: the editor
 * pushed over the pages, new posts, posts started from a topic, search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-window"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-editor-page.h"
#include "herald-search-dialog.h"
#include "herald-window-private.h"

static void
show_message (HeraldWindow *self,
              const char   *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  herald_window_add_toast (self, toast);
}

static void
open_editor (HeraldWindow *self,
             HeraldPost   *post)
{
  AdwNavigationPage *visible = adw_navigation_view_get_visible_page (herald_window_get_content_view (self));
  HeraldEditorPage *editor;
  const char *id = herald_record_get_id (HERALD_RECORD (post));

  if (HERALD_IS_EDITOR_PAGE (visible))
    {
      HeraldPost *shown = herald_editor_page_get_post (HERALD_EDITOR_PAGE (visible));

      if (id != NULL && g_strcmp0 (herald_record_get_id (HERALD_RECORD (shown)), id) == 0)
        {
          adw_navigation_split_view_set_show_content (herald_window_get_split_view (self), TRUE);
          return;
        }
    }

  editor = herald_editor_page_new (herald_window_get_store (self), post);
  if (herald_window_is_demo (self))
    herald_window_add_demo_banner (GTK_WIDGET (editor));
  if (HERALD_IS_EDITOR_PAGE (visible))
    {
      AdwNavigationPage *stack[] = { herald_window_get_pages_page (self), ADW_NAVIGATION_PAGE (editor) };

      /* One post at a time: the one shown saves as it leaves. */
      adw_navigation_view_replace (herald_window_get_content_view (self), stack, G_N_ELEMENTS (stack));
    }
  else
    adw_navigation_view_push (herald_window_get_content_view (self), ADW_NAVIGATION_PAGE (editor));
  adw_navigation_split_view_set_show_content (herald_window_get_split_view (self), TRUE);
}

static HeraldAccount *
account_for_new_post (HeraldWindow *self)
{
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GError) error = NULL;
  guint n;

  if (herald_window_get_store (self) == NULL)
    return NULL;

  accounts = herald_store_list_accounts (herald_window_get_store (self), &error);
  if (accounts == NULL)
    {
      g_warning ("Could not list the accounts: %s", error->message);
      return NULL;
    }

  /* The first account shown, else the first there is. */
  n = g_list_model_get_n_items (accounts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);

      if (herald_account_get_visible (account))
        return g_steal_pointer (&account);
    }

  return n > 0 ? g_list_model_get_item (accounts, 0) : NULL;
}

void
herald_window_open_post_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  herald_window_open_post (HERALD_WINDOW (widget), g_variant_get_string (param, NULL));
}

void
herald_window_new_post_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HeraldWindow *self = HERALD_WINDOW (widget);
  g_autoptr (HeraldAccount) account = account_for_new_post (self);
  g_autoptr (HeraldPost) post = NULL;

  if (account == NULL)
    {
      show_message (self, _("Add an account first, in Preferences."));
      return;
    }

  post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), "");
  open_editor (self, post);
}

typedef struct {
  HeraldPost  *post;
  HeraldTopic *topic;
} TopicPostOp;

static gboolean
topic_post_in_transaction (HeraldStore  *store,
                           gpointer      user_data,
                           GError      **error)
{
  TopicPostOp *op = user_data;

  return herald_store_save_post (store, op->post, error) &&
         herald_store_link_post_topic (store, herald_record_get_id (HERALD_RECORD (op->post)),
                                       herald_record_get_id (HERALD_RECORD (op->topic)), error);
}

void
herald_window_new_post_from_topic_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  HeraldWindow *self = HERALD_WINDOW (widget);
  g_autoptr (HeraldAccount) account = account_for_new_post (self);
  g_autoptr (HeraldTopic) topic = NULL;
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;
  TopicPostOp op;

  if (account == NULL)
    {
      show_message (self, _("Add an account first, in Preferences."));
      return;
    }

  topic = herald_store_get_topic (herald_window_get_store (self), g_variant_get_string (param, NULL), &error);
  if (topic == NULL)
    {
      show_message (self, error->message);
      return;
    }

  /* An idea named after the topic, linked to it from the start. */
  post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), herald_topic_get_title (topic));
  op.post = post;
  op.topic = topic;
  if (!herald_store_transaction (herald_window_get_store (self), topic_post_in_transaction, &op, &error))
    {
      show_message (self, error->message);
      return;
    }

  open_editor (self, post);
}

void
herald_window_search_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HeraldWindow *self = HERALD_WINDOW (widget);

  if (herald_window_get_store (self) == NULL)
    return;

  adw_dialog_present (ADW_DIALOG (herald_search_dialog_new (herald_window_get_store (self))), widget);
}

/**
 * herald_window_open_post:
 * @self: a #HeraldWindow
 * @post_id: the post to open
 *
 * Opens the post in the editor, over the page shown (from the calendar, the
 * drafts, a reminder, a search).
 */
void
herald_window_open_post (HeraldWindow *self,
                         const char   *post_id)
{
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (HERALD_IS_WINDOW (self));
  g_return_if_fail (post_id != NULL);

  if (herald_window_get_store (self) == NULL)
    return;

  /* The editor works on its own copy, the store's latest. */
  post = herald_store_get_post (herald_window_get_store (self), post_id, &error);
  if (post == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the post: %s"), error->message);

      show_message (self, message);
      return;
    }

  open_editor (self, post);
}

/*
 * herald_window_get_editor:
 * @self: a #HeraldWindow
 *
 * Returns: (transfer none) (nullable): the editor on screen, if any
 */
HeraldEditorPage *
herald_window_get_editor (HeraldWindow *self)
{
  AdwNavigationPage *visible;

  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  visible = adw_navigation_view_get_visible_page (herald_window_get_content_view (self));
  return HERALD_IS_EDITOR_PAGE (visible) ? HERALD_EDITOR_PAGE (visible) : NULL;
}
