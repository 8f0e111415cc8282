/* herald-topics-page-detail.c — a hot topic's detail: heat, state, note
 *
 * The hot-topic note is saved a second after typing stops, and at once
 * when another topic is picked or the page goes; a save that fails keeps
 * the text and tries again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topics-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-heat-format.h"
#include "herald-topics-page-private.h"

/* How long typing must pause before the note is saved, and how long to
 * wait before trying again when it could not be. */
#define NOTE_SAVE_DELAY_MS 1000
#define NOTE_RETRY_DELAY_MS 5000

/* Heat */

/* The heat on the latest list; 0 once the topic fell off it. */
double
herald_topics_current_heat (HeraldTopic *topic)
{
  guint n;
  const HeraldHeatSample *samples = herald_topic_get_heat (topic, &n);

  if (n == 0 || samples[n - 1].rank == HERALD_HEAT_RANK_GONE)
    return 0;

  return samples[n - 1].heat;
}

HeraldTopicTrend
herald_topics_trend (HeraldTopic *topic)
{
  guint n;
  const HeraldHeatSample *samples = herald_topic_get_heat (topic, &n);

  return herald_topic_trend_compute (samples, n);
}

const char *
herald_topics_state_label (HeraldTopicState state)
{
  switch (state)
    {
    case HERALD_TOPIC_STATE_USED:
      return C_("topic state", "Used");
    case HERALD_TOPIC_STATE_DROPPED:
      return C_("topic state", "Dropped");
    case HERALD_TOPIC_STATE_WATCHING:
    default:
      return C_("topic state", "Watching");
    }
}

const char *
herald_topics_source_label (HeraldTopic *topic)
{
  const char *source = herald_topic_get_source (topic);

  return *source != '\0' ? source : _("Added by hand");
}

gint64
herald_topics_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* The detail */

HeraldTopic *
herald_topics_page_find_topic (HeraldTopicsPage *self,
            const char       *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->topics));

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (G_LIST_MODEL (self->topics), i);

      if (g_str_equal (herald_record_get_id (HERALD_RECORD (topic)), id))
        return g_steal_pointer (&topic);
    }

  return NULL;
}

static GtkTextBuffer *
note_buffer (HeraldTopicsPage    *self,
             HeraldTopicNotePart  part)
{
  return gtk_text_view_get_buffer (herald_topics_page_get_note_view (self, part));
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_posts (HeraldTopicsPage *self,
            HeraldTopic      *topic)
{
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->posts_list))) != NULL
         && GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->posts_list, child);

  posts = herald_store_list_topic_posts (self->store, herald_record_get_id (HERALD_RECORD (topic)), &error);
  if (posts == NULL)
    {
      g_warning ("Could not read the posts of a topic: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (posts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (posts, i);
      GtkWidget *row = adw_action_row_new ();
      const char *title = herald_post_get_title (post);
      g_autofree char *escaped = g_markup_escape_text (*title != '\0' ? title : _("Untitled post"), -1);
      gint64 at = herald_post_get_scheduled_at (post);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      if (at != 0)
        {
          g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (at);
          g_autofree char *when = g_date_time_format (time, _("%b %-d, %H:%M"));

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
        }
      /* Opens in the post dialog, as from a reminder. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-post");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", herald_record_get_id (HERALD_RECORD (post)));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->posts_list, row);
    }
}

void
herald_topics_page_show_selected (HeraldTopicsPage *self,
               gboolean          force)
{
  g_autoptr (HeraldTopic) topic = herald_topics_page_find_topic (self, self->selected_id);
  g_autofree char *ago = NULL;
  g_autofree char *heat = NULL;
  g_autoptr (GString) facts = g_string_new (NULL);
  const HeraldHeatSample *samples;
  const char *trend_text;
  guint n_samples;
  const char *url;

  if (topic == NULL)
    {
      g_clear_pointer (&self->selected_id, g_free);
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      adw_navigation_page_set_title (self->detail_page, _("Topic"));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "topics.open-link", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "topics.new-post", FALSE);
      return;
    }

  self->loading = TRUE;

  gtk_stack_set_visible_child_name (self->detail_stack, "topic");
  adw_navigation_page_set_title (self->detail_page, herald_topic_get_title (topic));
  gtk_label_set_text (self->title_label, herald_topic_get_title (topic));

  ago = herald_format_time_ago (herald_topic_get_first_seen (topic), herald_topics_now ());
  samples = herald_topic_get_heat (topic, &n_samples);
  trend_text = herald_topic_trend_describe (herald_topic_trend_compute (samples, n_samples));
  g_string_append (facts, herald_topics_source_label (topic));
  if (herald_topic_get_first_seen (topic) > 0)
    {
      g_string_append (facts, " · ");
      g_string_append_printf (facts, _("first seen %s"), ago);
    }
  if (n_samples > 0)
    {
      heat = herald_heat_format (herald_topics_current_heat (topic));
      g_string_append (facts, " · ");
      /* Translators: a topic's current heat */
      g_string_append_printf (facts, _("heat %s"), heat);
    }
  if (trend_text != NULL)
    g_string_append_printf (facts, " · %s", trend_text);
  gtk_label_set_text (self->facts_label, facts->str);

  adw_combo_row_set_selected (self->state_row, herald_topic_get_state (topic));
  herald_heat_chart_set_samples (self->heat_chart, samples, n_samples);

  url = herald_topic_get_url (topic);
  g_free (self->selected_url);
  self->selected_url = *url != '\0' ? g_strdup (url) : NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "topics.open-link", self->selected_url != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "topics.new-post", TRUE);

  /* What the user is typing stays; another topic's note replaces it. */
  if (force)
    for (guint part = 0; part < HERALD_TOPIC_NOTE_N_PARTS; part++)
      {
        g_autofree char *text = herald_topic_note_get_part (herald_topic_get_notes (topic), part);

        gtk_text_buffer_set_text (note_buffer (self, part), text, -1);
      }

  show_posts (self, topic);
  self->loading = FALSE;
}

gboolean
herald_topics_page_save_note (HeraldTopicsPage *self)
{
  g_autoptr (HeraldTopic) topic = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *notes = NULL;
  char *parts[HERALD_TOPIC_NOTE_N_PARTS] = { NULL, };
  gboolean saved;

  g_clear_handle_id (&self->note_save_id, g_source_remove);
  if (self->store == NULL || self->selected_id == NULL)
    return TRUE;

  for (guint part = 0; part < HERALD_TOPIC_NOTE_N_PARTS; part++)
    parts[part] = buffer_text (note_buffer (self, part));
  notes = herald_topic_note_join ((const char * const *) parts);
  for (guint part = 0; part < HERALD_TOPIC_NOTE_N_PARTS; part++)
    g_clear_pointer (&parts[part], g_free);

  /* The store's latest, so that nothing else changed is undone. */
  topic = herald_store_get_topic (self->store, self->selected_id, &error);
  if (topic != NULL && g_strcmp0 (herald_topic_get_notes (topic), notes) == 0)
    return TRUE;
  if (topic != NULL)
    herald_topic_set_notes (topic, notes);

  /* The list does not show notes: it need not be built again. */
  self->saving_note = TRUE;
  saved = topic != NULL && herald_store_save_topic (self->store, topic, &error);
  self->saving_note = FALSE;
  if (saved)
    {
      g_autoptr (HeraldTopic) listed = herald_topics_page_find_topic (self, self->selected_id);

      if (listed != NULL)
        herald_topic_set_notes (listed, notes);
    }
  else
    {
      AdwToast *toast = adw_toast_new (_("Could not save the note; Herald will try again"));
      GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      g_warning ("Could not save the note of a topic: %s", error->message);
      if (window != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (window), toast);
      else
        g_object_unref (g_object_ref_sink (toast));
      return FALSE;
    }

  return TRUE;
}

static void
note_save_timeout_cb (gpointer user_data)
{
  HeraldTopicsPage *self = user_data;

  self->note_save_id = 0;
  if (!herald_topics_page_save_note (self))
    self->note_save_id = g_timeout_add_once (NOTE_RETRY_DELAY_MS, note_save_timeout_cb, self);
}

void
herald_topics_page_note_changed_cb (HeraldTopicsPage *self)
{
  if (self->loading)
    return;

  g_clear_handle_id (&self->note_save_id, g_source_remove);
  self->note_save_id = g_timeout_add_once (NOTE_SAVE_DELAY_MS, note_save_timeout_cb, self);
}

void
herald_topics_page_state_changed_cb (HeraldTopicsPage *self)
{
  g_autoptr (HeraldTopic) topic = NULL;
  g_autoptr (GError) error = NULL;
  guint state = adw_combo_row_get_selected (self->state_row);

  if (self->loading || self->store == NULL || self->selected_id == NULL || state > HERALD_TOPIC_STATE_DROPPED)
    return;

  topic = herald_store_get_topic (self->store, self->selected_id, &error);
  if (topic == NULL || herald_topic_get_state (topic) == state)
    return;

  herald_topic_set_state (topic, state);
  if (!herald_store_save_topic (self->store, topic, &error))
    g_warning ("Could not change the state of a topic: %s", error->message);
}

GtkTextView *
herald_topics_page_get_note_view (HeraldTopicsPage    *self,
                                  HeraldTopicNotePart  part)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), NULL);

  switch (part)
    {
    case HERALD_TOPIC_NOTE_AUDIENCE:
      return self->audience_view;
    case HERALD_TOPIC_NOTE_RISKS:
      return self->risks_view;
    case HERALD_TOPIC_NOTE_ANGLE:
    case HERALD_TOPIC_NOTE_N_PARTS:
    default:
      return self->angle_view;
    }
}

HeraldHeatChart *
herald_topics_page_get_heat_chart (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), NULL);

  return self->heat_chart;
}

/* Saves a note still waiting for its pause in typing. */
void
herald_topics_page_save_note_now (HeraldTopicsPage *self)
{
  g_return_if_fail (HERALD_IS_TOPICS_PAGE (self));

  if (self->note_save_id != 0)
    note_save_timeout_cb (self);
}

