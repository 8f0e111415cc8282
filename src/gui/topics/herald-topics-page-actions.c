/* herald-topics-page-actions.c — refreshing the hot lists, and the page's actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topics-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-preferences-dialog.h"
#include "herald-topic-dialog.h"
#include "herald-topics-page-private.h"

/* Feeds that failed on their latest fetch */

void
herald_topics_page_update_failures (HeraldTopicsPage *self)
{
  g_autoptr (GListModel) feeds = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autofree char *title = NULL;
  guint n;

  g_ptr_array_set_size (self->failures, 0);
  self->has_feeds = FALSE;
  if (self->store != NULL)
    {
      feeds = herald_store_list_feeds (self->store, &error);
      if (feeds == NULL)
        g_warning ("Could not read the hot lists: %s", error->message);
    }

  n = feeds != NULL ? g_list_model_get_n_items (feeds) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldFeed) feed = g_list_model_get_item (feeds, i);
      const char *name = herald_feed_get_name (feed);
      const char *last_error = herald_feed_get_last_error (feed);

      if (!herald_feed_get_enabled (feed))
        continue;

      self->has_feeds = TRUE;
      if (last_error == NULL || *last_error == '\0')
        continue;

      if (*name == '\0')
        name = herald_feed_get_url (feed);
      g_ptr_array_add (self->failures, g_strdup_printf ("%s: %s", name, last_error));
      g_ptr_array_add (names, (gpointer) g_intern_string (name));
    }

  if (names->len == 1)
    /* Translators: the hot list that could not be refreshed, then why */
    title = g_strdup (self->failures->pdata[0]);
  else if (names->len > 1)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (names, NULL);
      /* Translators: the separator between hot list names */
      list = g_strjoinv (_(", "), (char **) names->pdata);
      title = g_strdup_printf (ngettext ("%u hot list could not be refreshed: %s",
                                         "%u hot lists could not be refreshed: %s", names->len - 1),
                               names->len - 1, list);
    }

  if (title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      adw_banner_set_title (self->error_banner, escaped);
    }
  adw_banner_set_revealed (self->error_banner, title != NULL);
}

void
herald_topics_page_error_details_cb (HeraldTopicsPage *self)
{
  AdwDialog *dialog;
  g_autoptr (GString) body = g_string_new (NULL);

  for (guint i = 0; i < self->failures->len; i++)
    g_string_append_printf (body, "%s%s", i > 0 ? "\n\n" : "", (char *) self->failures->pdata[i]);
  g_string_append_printf (body, "\n\n%s",
                          _("The topics these lists gave before are kept. Check the addresses in Preferences → Hot Topics."));

  dialog = adw_alert_dialog_new (_("Hot Lists Not Refreshed"), body->str);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog), "close", _("_Close"), NULL);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* Refresh */

/* Every refresh of the fetcher reports here, the timer's too: the bar
 * shows while one runs and feeds are still to come.  The page's own
 * refresh shows it from the start and hides it when done. */
void
herald_topics_page_refresh_progress_cb (HeraldTopicsPage *self,
                                        guint             done,
                                        guint             total)
{
  if (total == 0)
    return;

  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
  if (self->refresh_cancellable == NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), done < total);
}

void
herald_topics_page_refresh_done (HeraldTopicsPage *self)
{
  g_clear_object (&self->refresh_cancellable);
  gtk_stack_set_visible_child_name (self->refresh_stack, "button");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "topics.refresh", TRUE);
}

static void
refresh_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (HeraldTopicsPage) self = user_data;
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GError) error = NULL;

  results = herald_feed_fetcher_refresh_finish (HERALD_FEED_FETCHER (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  herald_topics_page_refresh_done (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PENDING))
    {
      /* The timer's refresh runs: its topics come as it records them. */
      herald_topics_page_add_toast (self, error->message);
      return;
    }
  if (results == NULL)
    {
      AdwToast *toast = adw_toast_new (_("Could not refresh the hot lists"));
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      g_warning ("Could not refresh the hot lists: %s", error->message);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      else
        g_object_unref (g_object_ref_sink (toast));
    }

  herald_topics_page_update_failures (self);
  herald_topics_page_reload (self);

  /* Asked for: say what came, unless the banner says what failed. */
  if (results != NULL && self->manual_refresh && self->failures->len == 0)
    {
      guint n_new = 0;
      g_autofree char *text = NULL;

      for (guint i = 0; i < results->len; i++)
        n_new += ((HeraldFeedResult *) results->pdata[i])->changes.n_new;

      if (n_new > 0)
        text = g_strdup_printf (ngettext ("%u new topic", "%u new topics", n_new), n_new);
      else
        text = g_strdup (_("No new topics"));
      herald_topics_page_add_toast (self, text);
    }
}

/* Actions */

static void
topics_refresh_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (widget);

  if (self->refresh_cancellable != NULL)
    return;

  herald_topics_page_refresh (self);
  self->manual_refresh = TRUE;
}

static void
topics_search_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (widget);
  GtkSearchBar *bar = GTK_SEARCH_BAR (gtk_widget_get_ancestor (GTK_WIDGET (self->search_entry), GTK_TYPE_SEARCH_BAR));

  gtk_search_bar_set_search_mode (bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
topics_preferences_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (widget);
  HeraldPreferencesDialog *dialog = herald_preferences_dialog_new (self->store, NULL);

  adw_preferences_dialog_set_visible_page_name (ADW_PREFERENCES_DIALOG (dialog), "topics");
  adw_dialog_present (ADW_DIALOG (dialog), widget);
}

static void
uri_launched_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error)
      && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_warning ("Could not open the topic’s link: %s", error->message);
}

static void
topics_open_link_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (widget);
  g_autoptr (GtkUriLauncher) launcher = NULL;

  if (self->selected_url == NULL)
    return;

  launcher = gtk_uri_launcher_new (self->selected_url);
  gtk_uri_launcher_launch (launcher, GTK_WINDOW (gtk_widget_get_root (widget)), NULL, uri_launched_cb, NULL);
}

void
herald_topics_page_add_toast (HeraldTopicsPage *self,
           const char       *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = adw_toast_new (text);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* The window makes the post, linked to the topic, and opens it in the
 * editor. */
static void
topics_new_post_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (widget);

  if (self->selected_id == NULL || self->store == NULL)
    return;

  if (self->note_save_id != 0)
    herald_topics_page_save_note (self);

  gtk_widget_activate_action (widget, "win.new-post-from-topic", "s", self->selected_id);
}

static void
topic_added_cb (HeraldTopicsPage  *self,
                const char        *response,
                HeraldTopicDialog *dialog)
{
  const char *id = herald_topic_dialog_get_topic_id (dialog);

  if (id != NULL)
    herald_topics_page_select_topic (self, id);
}

static void
topics_add_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (widget);
  HeraldTopicDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = herald_topic_dialog_new (self->store);
  g_signal_connect_object (dialog, "response", G_CALLBACK (topic_added_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  adw_dialog_present (ADW_DIALOG (dialog), widget);
}

/**
 * herald_topics_page_refresh:
 * @self: a #HeraldTopicsPage
 *
 * Fetches every enabled hot list now, unless a refresh runs already; a
 * list backing off after failures still waits.
 */
void
herald_topics_page_refresh (HeraldTopicsPage *self)
{
  g_return_if_fail (HERALD_IS_TOPICS_PAGE (self));

  if (self->fetcher == NULL || self->refresh_cancellable != NULL)
    return;

  self->refresh_cancellable = g_cancellable_new ();
  self->manual_refresh = FALSE;
  gtk_stack_set_visible_child_name (self->refresh_stack, "spinner");
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "topics.refresh", FALSE);
  herald_feed_fetcher_refresh_all_async (self->fetcher, self->refresh_cancellable, refresh_cb, g_object_ref (self));
}

gboolean
herald_topics_page_get_refreshing (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), FALSE);

  return self->refresh_cancellable != NULL;
}

void
herald_topics_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "topics.refresh", NULL, topics_refresh_action);
  gtk_widget_class_install_action (widget_class, "topics.add", NULL, topics_add_action);
  gtk_widget_class_install_action (widget_class, "topics.search", NULL, topics_search_action);
  gtk_widget_class_install_action (widget_class, "topics.preferences", NULL, topics_preferences_action);
  gtk_widget_class_install_action (widget_class, "topics.open-link", NULL, topics_open_link_action);
  gtk_widget_class_install_action (widget_class, "topics.new-post", NULL, topics_new_post_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "topics.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "topics.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "topics.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "topics.add", NULL);
}
