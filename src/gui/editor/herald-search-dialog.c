/* herald-search-dialog.c — find a post or topic by any part of its text
 *
 * The store searches titles, bodies and notes with its trigram index, so
 * any Chinese substring matches.  A post opens in the editor; a topic
 * starts a new post linked to it.  Both go through window actions
 * (win.open-post, win.new-post-from-topic).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-search-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-post-status-names.h"
#include "herald-search-dialog.h"

/* Results of each kind shown at most. */
#define SEARCH_LIMIT 50

struct _HeraldSearchDialog
{
  AdwDialog    parent_instance;

  HeraldStore  *store;
  GtkWidget    *parent;
  GCancellable *cancellable;  /* of the search under way */

  GtkEditable *search_entry;
  GtkStack    *stack;
  GtkListBox  *results_list;

  char        *open_post_id;
  char        *open_topic_id;
};

G_DEFINE_FINAL_TYPE (HeraldSearchDialog, herald_search_dialog, ADW_TYPE_DIALOG)

static GtkWidget *
create_result_row (gpointer item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  const char *title;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (HERALD_IS_POST (item))
    {
      HeraldPost *post = item;
      const char *glyph = NULL;
      const char *status = herald_post_describe_status (post, g_get_real_time () / G_USEC_PER_SEC, &glyph);
      g_autofree char *snippet = g_utf8_substring (herald_post_get_body (post), 0,
                                                   MIN (g_utf8_strlen (herald_post_get_body (post), -1), 40));

      g_strdelimit (snippet, "\n", ' ');
      title = herald_post_get_title (post);
      subtitle = g_strdup_printf ("%s %s · %s", glyph, status, snippet);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-edit-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "post-id", g_strdup (herald_record_get_id (item)), g_free);
    }
  else
    {
      HeraldTopic *topic = item;

      title = herald_topic_get_title (topic);
      subtitle = g_strdup (_("Hot topic · start a post on it"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("herald-hot-topic-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "topic-id", g_strdup (herald_record_get_id (item)), g_free);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *title != '\0' ? title : _("Untitled"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
show_results (HeraldSearchDialog *self,
              GListModel         *results,
              const char         *text)
{
  guint n = g_list_model_get_n_items (results);

  gtk_list_box_remove_all (self->results_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (results, i);

      gtk_list_box_append (self->results_list, create_result_row (item));
    }

  gtk_stack_set_visible_child_name (self->stack,
                                    n > 0 ? "results" : *text != '\0' ? "none" : "start");
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (HeraldSearchDialog) self = user_data;
  g_autoptr (GListModel) results = NULL;
  g_autoptr (GError) error = NULL;

  results = herald_store_search_finish (HERALD_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (results == NULL)
    {
      g_warning ("Could not search: %s", error->message);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  show_results (self, results, gtk_editable_get_text (self->search_entry));
}

static void
search_changed_cb (HeraldSearchDialog *self)
{
  const char *text = gtk_editable_get_text (self->search_entry);

  /* The newest text wins; the search before it is no longer wanted. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  herald_store_search_async (self->store, text, SEARCH_LIMIT, self->cancellable,
                             search_done_cb, g_object_ref (self));
}

static void
results_row_activated_cb (HeraldSearchDialog *self,
                          GtkListBoxRow      *row)
{
  /* The result opens once the dialog is gone, in the window it was in. */
  g_set_str (&self->open_post_id, g_object_get_data (G_OBJECT (row), "post-id"));
  g_set_str (&self->open_topic_id, g_object_get_data (G_OBJECT (row), "topic-id"));
  adw_dialog_close (ADW_DIALOG (self));
}

static void
search_activate_cb (HeraldSearchDialog *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (first != NULL)
    results_row_activated_cb (self, first);
}

static void
stop_search_cb (HeraldSearchDialog *self)
{
  adw_dialog_close (ADW_DIALOG (self));
}

static void
herald_search_dialog_map (GtkWidget *widget)
{
  HeraldSearchDialog *self = HERALD_SEARCH_DIALOG (widget);

  GTK_WIDGET_CLASS (herald_search_dialog_parent_class)->map (widget);
  if (self->parent == NULL)
    self->parent = g_object_ref (GTK_WIDGET (gtk_widget_get_root (widget)));
}

static void
herald_search_dialog_closed (AdwDialog *dialog)
{
  HeraldSearchDialog *self = HERALD_SEARCH_DIALOG (dialog);

  if (self->parent != NULL && self->open_post_id != NULL)
    gtk_widget_activate_action (self->parent, "win.open-post", "s", self->open_post_id);
  else if (self->parent != NULL && self->open_topic_id != NULL)
    gtk_widget_activate_action (self->parent, "win.new-post-from-topic", "s", self->open_topic_id);

  g_clear_pointer (&self->open_post_id, g_free);
  g_clear_pointer (&self->open_topic_id, g_free);
}

static void
herald_search_dialog_dispose (GObject *object)
{
  HeraldSearchDialog *self = HERALD_SEARCH_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_SEARCH_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->parent);
  g_clear_pointer (&self->open_post_id, g_free);
  g_clear_pointer (&self->open_topic_id, g_free);

  G_OBJECT_CLASS (herald_search_dialog_parent_class)->dispose (object);
}

static void
herald_search_dialog_class_init (HeraldSearchDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_search_dialog_dispose;
  widget_class->map = herald_search_dialog_map;
  ADW_DIALOG_CLASS (klass)->closed = herald_search_dialog_closed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-search-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldSearchDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HeraldSearchDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldSearchDialog, results_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_row_activated_cb);
}

static void
herald_search_dialog_init (HeraldSearchDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * herald_search_dialog_new:
 * @store: where to search
 *
 * Returns: (transfer floating): the dialog
 */
HeraldSearchDialog *
herald_search_dialog_new (HeraldStore *store)
{
  HeraldSearchDialog *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_SEARCH_DIALOG, NULL);
  self->store = g_object_ref (store);

  return self;
}

/*
 * herald_search_dialog_search:
 *
 * Searches at once, on the window's connection, for tests; typing in the
 * dialog searches in a thread.
 */
void
herald_search_dialog_search (HeraldSearchDialog *self,
                             const char         *text)
{
  g_autoptr (GListModel) results = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (HERALD_IS_SEARCH_DIALOG (self));
  g_return_if_fail (text != NULL);

  results = herald_store_search (self->store, text, SEARCH_LIMIT, &error);
  if (results == NULL)
    {
      g_warning ("Could not search: %s", error->message);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  show_results (self, results, text);
}

GtkListBox *
herald_search_dialog_get_results (HeraldSearchDialog *self)
{
  g_return_val_if_fail (HERALD_IS_SEARCH_DIALOG (self), NULL);

  return self->results_list;
}
