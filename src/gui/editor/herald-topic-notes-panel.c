/* herald-topic-notes-panel.c — the hot topics a post rides on
 *
 * Each linked topic shows its heat trend, its state and the note kept on
 * it (the angle to take), with a warning when its heat keeps falling.
 * Topics are linked from the list the store has, or added by title; one
 * click puts a topic into the body as a hashtag, through the editor's
 * editor.insert-topic action.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topic-notes-panel"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "herald-sparkline.h"
#include "herald-topic-fading.h"
#include "herald-topic-notes-panel.h"

/* The most topics offered for linking at once; search narrows them. */
#define MAX_CHOICES 50

struct _HeraldTopicNotesPanel
{
  GtkBox       parent_instance;

  HeraldStore *store;
  HeraldPost  *post;
  GListModel  *linked;
  guint        n_fading;

  GtkPopover  *link_popover;
  GtkEditable *topic_search;
  GtkListBox  *topic_choices;
  GtkWidget   *choices_empty_label;
  GtkEditable *new_topic_entry;
  GtkWidget   *empty_label;
  GtkListBox  *linked_list;
};

G_DEFINE_FINAL_TYPE (HeraldTopicNotesPanel, herald_topic_notes_panel, GTK_TYPE_BOX)

static const char *
get_post_id (HeraldTopicNotesPanel *self)
{
  return self->post != NULL ? herald_record_get_id (HERALD_RECORD (self->post)) : NULL;
}

static const char *
state_label (HeraldTopicState state)
{
  switch (state)
    {
    case HERALD_TOPIC_STATE_WATCHING:
      return C_("topic state", "Watching");
    case HERALD_TOPIC_STATE_USED:
      return C_("topic state", "Used");
    case HERALD_TOPIC_STATE_DROPPED:
      return C_("topic state", "Dropped");
    default:
      g_return_val_if_reached ("");
    }
}

static void
show_error (HeraldTopicNotesPanel *self,
            const GError          *error)
{
  /* The editor shows it; on its own, the panel can only log it. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "editor.show-message", "s", error->message))
    g_message ("%s", error->message);
}

static GtkWidget *
create_linked_row (HeraldTopicNotesPanel *self,
                   HeraldTopic           *topic)
{
  const char *id = herald_record_get_id (HERALD_RECORD (topic));
  const HeraldHeatSample *samples;
  guint n_samples;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *title = gtk_label_new (herald_topic_get_title (topic));
  GtkWidget *insert = gtk_button_new_with_label ("#");
  GtkWidget *unlink = gtk_button_new_from_icon_name ("list-remove-symbolic");
  GtkWidget *trend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *sparkline = herald_sparkline_new ();
  GtkWidget *state;
  g_autofree char *state_text = NULL;
  g_autofree char *angle = NULL;

  samples = herald_topic_get_heat (topic, &n_samples);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);

  gtk_widget_set_valign (insert, GTK_ALIGN_START);
  gtk_widget_add_css_class (insert, "flat");
  gtk_widget_set_tooltip_text (insert, _("Insert as Hashtag"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (insert), "editor.insert-topic");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (insert), "s", herald_topic_get_title (topic));
  gtk_box_append (GTK_BOX (top), insert);

  gtk_widget_set_valign (unlink, GTK_ALIGN_START);
  gtk_widget_add_css_class (unlink, "flat");
  gtk_widget_set_tooltip_text (unlink, _("Unlink Topic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (unlink), "topic-notes.unlink");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (unlink), "s", id);
  gtk_box_append (GTK_BOX (top), unlink);
  gtk_box_append (GTK_BOX (box), top);

  herald_sparkline_set_samples (HERALD_SPARKLINE (sparkline), samples, n_samples);
  gtk_widget_set_visible (sparkline, n_samples > 1);
  gtk_box_append (GTK_BOX (trend), sparkline);
  if (n_samples > 0)
    /* Translators: a topic's state, then its latest heat: "Watching · heat 3326" */
    state_text = g_strdup_printf (_("%s · heat %.0f"), state_label (herald_topic_get_state (topic)),
                                  samples[n_samples - 1].heat);
  else
    state_text = g_strdup (state_label (herald_topic_get_state (topic)));
  state = gtk_label_new (state_text);
  gtk_label_set_xalign (GTK_LABEL (state), 0);
  gtk_label_set_wrap (GTK_LABEL (state), TRUE);
  gtk_widget_set_hexpand (state, TRUE);
  gtk_widget_add_css_class (state, "dim-label");
  gtk_widget_add_css_class (state, "caption");
  gtk_box_append (GTK_BOX (trend), state);
  gtk_box_append (GTK_BOX (box), trend);

  /* The angle to take: the part of the hot-topic note a draft rides on. */
  angle = herald_topic_note_get_part (herald_topic_get_notes (topic), HERALD_TOPIC_NOTE_ANGLE);
  if (angle != NULL && *angle != '\0')
    {
      GtkWidget *notes = gtk_label_new (angle);

      gtk_label_set_wrap (GTK_LABEL (notes), TRUE);
      gtk_label_set_xalign (GTK_LABEL (notes), 0);
      gtk_widget_set_hexpand (notes, TRUE);
      gtk_label_set_selectable (GTK_LABEL (notes), TRUE);
      gtk_box_append (GTK_BOX (box), notes);
    }

  if (herald_topic_heat_is_fading (samples, n_samples))
    {
      GtkWidget *warning = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *text = gtk_label_new (_("Fading: its heat fell at the last readings. Publish soon or take another angle."));

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_widget_set_hexpand (text, TRUE);
      gtk_widget_add_css_class (text, "caption");
      gtk_box_append (GTK_BOX (warning), icon);
      gtk_box_append (GTK_BOX (warning), text);
      gtk_widget_add_css_class (warning, "warning");
      gtk_widget_set_name (warning, "fading");
      gtk_box_append (GTK_BOX (box), warning);
      self->n_fading++;
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
reload (HeraldTopicNotesPanel *self)
{
  g_autoptr (GError) error = NULL;
  const char *post_id = get_post_id (self);
  guint n = 0;

  g_clear_object (&self->linked);
  gtk_list_box_remove_all (self->linked_list);
  self->n_fading = 0;

  if (self->store != NULL && post_id != NULL)
    {
      self->linked = herald_store_list_post_topics (self->store, post_id, &error);
      if (self->linked == NULL)
        show_error (self, error);
    }

  if (self->linked != NULL)
    n = g_list_model_get_n_items (self->linked);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (self->linked, i);

      if (!herald_store_load_topic_heat (self->store, topic, &error))
        {
          g_warning ("Could not read the heat of a topic: %s", error->message);
          g_clear_error (&error);
        }
      gtk_list_box_append (self->linked_list, create_linked_row (self, topic));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->linked_list), n > 0);
  gtk_widget_set_visible (self->empty_label, n == 0);
}

static gboolean
is_linked (HeraldTopicNotesPanel *self,
           const char            *topic_id)
{
  guint n = self->linked != NULL ? g_list_model_get_n_items (self->linked) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldRecord) topic = g_list_model_get_item (self->linked, i);

      if (g_strcmp0 (herald_record_get_id (topic), topic_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
fill_choices (HeraldTopicNotesPanel *self)
{
  g_autoptr (GListModel) topics = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (self->topic_search), -1);
  guint n_shown = 0;

  gtk_list_box_remove_all (self->topic_choices);
  if (self->store == NULL)
    return;

  topics = herald_store_list_topics (self->store, &error);
  if (topics == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (topics) && n_shown < MAX_CHOICES; i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (topics, i);
      g_autofree char *title = g_utf8_casefold (herald_topic_get_title (topic), -1);
      GtkWidget *label;

      if (is_linked (self, herald_record_get_id (HERALD_RECORD (topic))) ||
          (*needle != '\0' && strstr (title, needle) == NULL))
        continue;

      label = gtk_label_new (herald_topic_get_title (topic));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_list_box_append (self->topic_choices, label);
      g_object_set_data_full (G_OBJECT (gtk_widget_get_parent (label)), "topic-id",
                              g_strdup (herald_record_get_id (HERALD_RECORD (topic))), g_free);
      n_shown++;
    }

  gtk_widget_set_visible (self->choices_empty_label, n_shown == 0);
}

static void
link_popover_show_cb (HeraldTopicNotesPanel *self)
{
  fill_choices (self);
}

static void
topic_search_changed_cb (HeraldTopicNotesPanel *self)
{
  fill_choices (self);
}

static void
topic_choices_row_activated_cb (HeraldTopicNotesPanel *self,
                                GtkListBoxRow         *row)
{
  const char *topic_id = g_object_get_data (G_OBJECT (row), "topic-id");
  g_autoptr (GError) error = NULL;

  gtk_popover_popdown (self->link_popover);
  if (topic_id != NULL && !herald_topic_notes_panel_link (self, topic_id, &error))
    show_error (self, error);
}

static void
add_topic_cb (HeraldTopicNotesPanel *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (self->new_topic_entry)));
  g_autoptr (GError) error = NULL;

  if (*title == '\0')
    return;

  if (!herald_topic_notes_panel_add_topic (self, title, &error))
    {
      show_error (self, error);
      return;
    }

  gtk_editable_set_text (self->new_topic_entry, "");
  gtk_popover_popdown (self->link_popover);
}

static void
store_changed_cb (HeraldTopicNotesPanel *self,
                  HeraldRecordKind       kind,
                  const char * const    *ids)
{
  const char *post_id = get_post_id (self);

  if (post_id == NULL)
    return;

  if ((kind == HERALD_RECORD_POST && g_strv_contains (ids, post_id)) ||
      kind == HERALD_RECORD_TOPIC)
    reload (self);
}

static void
topic_notes_unlink_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  HeraldTopicNotesPanel *self = HERALD_TOPIC_NOTES_PANEL (widget);
  g_autoptr (GError) error = NULL;

  if (!herald_topic_notes_panel_unlink (self, g_variant_get_string (param, NULL), &error))
    show_error (self, error);
}

static void
herald_topic_notes_panel_dispose (GObject *object)
{
  HeraldTopicNotesPanel *self = HERALD_TOPIC_NOTES_PANEL (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_TOPIC_NOTES_PANEL);
  g_clear_object (&self->linked);
  g_clear_object (&self->post);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_topic_notes_panel_parent_class)->dispose (object);
}

static void
herald_topic_notes_panel_class_init (HeraldTopicNotesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_topic_notes_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-topic-notes-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicNotesPanel, link_popover);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicNotesPanel, topic_search);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicNotesPanel, topic_choices);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicNotesPanel, choices_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicNotesPanel, new_topic_entry);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicNotesPanel, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicNotesPanel, linked_list);
  gtk_widget_class_bind_template_callback (widget_class, link_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_choices_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_topic_cb);

  gtk_widget_class_install_action (widget_class, "topic-notes.unlink", "s", topic_notes_unlink_action);
}

static void
herald_topic_notes_panel_init (HeraldTopicNotesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * herald_topic_notes_panel_set_post:
 * @self: a #HeraldTopicNotesPanel
 * @store: where the post and topics live
 * @post: the post; one without an id yet is stored (through the editor's
 *   editor.save-now action) when a topic is linked to it
 */
void
herald_topic_notes_panel_set_post (HeraldTopicNotesPanel *self,
                                   HeraldStore           *store,
                                   HeraldPost            *post)
{
  g_return_if_fail (HERALD_IS_TOPIC_NOTES_PANEL (self));
  g_return_if_fail (HERALD_IS_STORE (store));
  g_return_if_fail (HERALD_IS_POST (post));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
      g_set_object (&self->store, store);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
    }
  g_set_object (&self->post, post);

  reload (self);
}

static const char *
ensure_post_id (HeraldTopicNotesPanel  *self,
                GError                **error)
{
  if (get_post_id (self) == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.save-now", NULL);

  if (get_post_id (self) == NULL)
    g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_INVALID,
                 _("The post could not be saved, so no topic can be linked to it yet."));

  return get_post_id (self);
}

gboolean
herald_topic_notes_panel_link (HeraldTopicNotesPanel  *self,
                               const char             *topic_id,
                               GError                **error)
{
  const char *post_id;

  g_return_val_if_fail (HERALD_IS_TOPIC_NOTES_PANEL (self), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);

  post_id = ensure_post_id (self, error);
  return post_id != NULL && herald_store_link_post_topic (self->store, post_id, topic_id, error);
}

gboolean
herald_topic_notes_panel_unlink (HeraldTopicNotesPanel  *self,
                                 const char             *topic_id,
                                 GError                **error)
{
  const char *post_id;

  g_return_val_if_fail (HERALD_IS_TOPIC_NOTES_PANEL (self), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);

  post_id = get_post_id (self);
  return post_id == NULL || herald_store_unlink_post_topic (self->store, post_id, topic_id, error);
}

typedef struct {
  HeraldTopic *topic;
  const char  *post_id;
} AddOp;

static gboolean
add_in_transaction (HeraldStore  *store,
                    gpointer      user_data,
                    GError      **error)
{
  AddOp *op = user_data;

  return herald_store_save_topic (store, op->topic, error) &&
         herald_store_link_post_topic (store, op->post_id, herald_record_get_id (HERALD_RECORD (op->topic)), error);
}

/**
 * herald_topic_notes_panel_add_topic:
 * @self: a #HeraldTopicNotesPanel
 * @title: the new topic's title
 * @error: return location for a #GError
 *
 * Adds a topic typed by hand and links it, both or neither.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_topic_notes_panel_add_topic (HeraldTopicNotesPanel  *self,
                                    const char             *title,
                                    GError                **error)
{
  g_autoptr (HeraldTopic) topic = NULL;
  AddOp op;

  g_return_val_if_fail (HERALD_IS_TOPIC_NOTES_PANEL (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  op.post_id = ensure_post_id (self, error);
  if (op.post_id == NULL)
    return FALSE;

  topic = herald_topic_new (title, "");
  herald_topic_set_first_seen (topic, g_get_real_time () / G_USEC_PER_SEC);
  herald_topic_set_last_seen (topic, herald_topic_get_first_seen (topic));
  op.topic = topic;

  return herald_store_transaction (self->store, add_in_transaction, &op, error);
}

guint
herald_topic_notes_panel_get_n_linked (HeraldTopicNotesPanel *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC_NOTES_PANEL (self), 0);

  return self->linked != NULL ? g_list_model_get_n_items (self->linked) : 0;
}

guint
herald_topic_notes_panel_get_n_fading (HeraldTopicNotesPanel *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC_NOTES_PANEL (self), 0);

  return self->n_fading;
}
