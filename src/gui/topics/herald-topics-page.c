/* herald-topics-page.c — hot topics: the lists, their heat and the notes
 *
 * The topics of every hot list and those added by hand, hottest first,
 * with search and a source filter.  A topic's detail has its heat chart,
 * its state, the hot-topic note (angle, audience, risks — saved a second
 * after typing stops) and the posts that use it.  Refresh fetches the
 * lists that are due, with progress; a list that fails says so in a
 * banner and leaves its topics as they were.  The application refreshes
 * the lists every few minutes, as set in Preferences, with the same
 * fetcher.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topics-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "herald-feed-fetcher.h"
#include "herald-heat-chart.h"
#include "herald-heat-format.h"
#include "herald-preferences-dialog.h"
#include "herald-topic-trend.h"
#include "herald-topics-page-private.h"

/* How long typing must pause before the note is saved, and how long to
 * wait before trying again when it could not be. */
#define NOTE_SAVE_DELAY_MS 1000
#define NOTE_RETRY_DELAY_MS 5000

struct _HeraldTopicsPage
{
  AdwBreakpointBin        parent_instance;

  HeraldStore            *store;
  HeraldFeedFetcher      *fetcher;
  gboolean                own_fetcher;   /* made here: nobody gave one */
  GCancellable           *refresh_cancellable;
  GListStore             *topics;
  GtkFilterListModel     *filter_model;
  GtkSortListModel       *sort_model;
  GtkStringList          *sources;
  char                   *selected_id;
  char                   *selected_url;
  GPtrArray              *failures;      /* "name: error" of each failing feed */
  guint                   note_save_id;
  gboolean                loading;
  gboolean                saving_note;
  gboolean                manual_refresh;
  gboolean                has_feeds;

  AdwToolbarView         *toolbar_view;
  GtkStack               *refresh_stack;
  GtkSearchEntry         *search_entry;
  GtkDropDown            *source_dropdown;
  GtkProgressBar         *progress_bar;
  AdwBanner              *error_banner;
  GtkStack               *stack;
  AdwStatusPage          *empty_page;
  GtkListBox             *list_box;
  AdwNavigationPage      *detail_page;
  GtkStack               *detail_stack;
  GtkLabel               *title_label;
  GtkLabel               *facts_label;
  AdwComboRow            *state_row;
  HeraldHeatChart        *heat_chart;
  GtkTextView            *angle_view;
  GtkTextView            *audience_view;
  GtkTextView            *risks_view;
  GtkListBox             *posts_list;
};

G_DEFINE_FINAL_TYPE (HeraldTopicsPage, herald_topics_page, ADW_TYPE_BREAKPOINT_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_selected (HeraldTopicsPage *self,
                           gboolean          force);
static void add_toast     (HeraldTopicsPage *self,
                           const char       *text);

/* Not a template child: disposing the template would unparent the bin's
 * child behind the bin's back. */
static AdwNavigationSplitView *
get_split_view (HeraldTopicsPage *self)
{
  return ADW_NAVIGATION_SPLIT_VIEW (adw_breakpoint_bin_get_child (ADW_BREAKPOINT_BIN (self)));
}

/* Heat */

/* The heat on the latest list; 0 once the topic fell off it. */
static double
current_heat (HeraldTopic *topic)
{
  guint n;
  const HeraldHeatSample *samples = herald_topic_get_heat (topic, &n);

  if (n == 0 || samples[n - 1].rank == HERALD_HEAT_RANK_GONE)
    return 0;

  return samples[n - 1].heat;
}

static HeraldTopicTrend
topic_trend (HeraldTopic *topic)
{
  guint n;
  const HeraldHeatSample *samples = herald_topic_get_heat (topic, &n);

  return herald_topic_trend_compute (samples, n);
}

static const char *
state_label (HeraldTopicState state)
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

static const char *
source_label (HeraldTopic *topic)
{
  const char *source = herald_topic_get_source (topic);

  return *source != '\0' ? source : _("Added by hand");
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Rows */

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  HeraldTopic *topic = item;
  HeraldTopicTrend trend = topic_trend (topic);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, source_label (topic), TRUE);
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *heat_label;
  g_autofree char *title = g_markup_escape_text (herald_topic_get_title (topic), -1);
  g_autofree char *ago = herald_format_time_ago (herald_topic_get_first_seen (topic), now_seconds ());
  g_autofree char *subtitle_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *heat = NULL;
  const char *icon = herald_topic_trend_icon (trend);
  const char *arrow = herald_topic_trend_arrow (trend);

  if (*herald_topic_get_source (topic) == '\0')
    adw_avatar_set_icon_name (ADW_AVATAR (avatar), "document-edit-symbolic");

  /* Translators: a topic's row: its source, when it was first seen, its state */
  subtitle_text = g_strdup_printf (_("%s · %s · %s"), source_label (topic), ago,
                                   state_label (herald_topic_get_state (topic)));
  subtitle = g_markup_escape_text (subtitle_text, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_valign (avatar, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);

  if (trend != HERALD_TOPIC_TREND_NONE)
    {
      heat = herald_heat_format (trend == HERALD_TOPIC_TREND_GONE ? herald_topic_get_peak_heat (topic)
                                                                 : current_heat (topic));
      heat_label = gtk_label_new (heat);
      gtk_widget_add_css_class (heat_label, "numeric");
      gtk_widget_add_css_class (heat_label, "heat");
      if (trend == HERALD_TOPIC_TREND_GONE)
        gtk_widget_add_css_class (heat_label, "dim-label");
      gtk_box_append (GTK_BOX (suffix), heat_label);
    }

  if (icon != NULL || arrow != NULL)
    {
      GtkWidget *image = icon != NULL ? gtk_image_new_from_icon_name (icon) : gtk_label_new (arrow);

      gtk_widget_set_tooltip_text (image, herald_topic_trend_describe (trend));
      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      herald_topic_trend_describe (trend), -1);
      gtk_widget_add_css_class (image, "trend");
      gtk_widget_add_css_class (image, herald_topic_trend_to_string (trend));
      gtk_box_append (GTK_BOX (suffix), image);
    }

  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  gtk_widget_set_name (row, herald_record_get_id (HERALD_RECORD (topic)));
  if (herald_topic_get_state (topic) == HERALD_TOPIC_STATE_DROPPED)
    gtk_widget_add_css_class (row, "dim-label");

  return row;
}

/* Filtering and sorting */

static const char *
selected_source (HeraldTopicsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->source_dropdown);

  /* The first entry is every source. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  return gtk_string_list_get_string (self->sources, selected);
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  HeraldTopicsPage *self = user_data;
  HeraldTopic *topic = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *source = selected_source (self);

  if (source != NULL && g_strcmp0 (source, source_label (topic)) != 0)
    return FALSE;

  if (text != NULL && *text != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (text, -1);
      g_autofree char *title = g_utf8_casefold (herald_topic_get_title (topic), -1);

      if (strstr (title, needle) == NULL)
        return FALSE;
    }

  return TRUE;
}

static int
sort_cb (gconstpointer a,
         gconstpointer b,
         gpointer      user_data)
{
  HeraldTopic *ta = HERALD_TOPIC ((gpointer) a);
  HeraldTopic *tb = HERALD_TOPIC ((gpointer) b);
  double ha = current_heat (ta), hb = current_heat (tb);
  gint64 la, lb;

  if (ha != hb)
    return ha > hb ? -1 : 1;

  ha = herald_topic_get_peak_heat (ta);
  hb = herald_topic_get_peak_heat (tb);
  if (ha != hb)
    return ha > hb ? -1 : 1;

  la = herald_topic_get_last_seen (ta);
  lb = herald_topic_get_last_seen (tb);
  return la > lb ? -1 : la < lb ? 1 : 0;
}

static void
update_stack (HeraldTopicsPage *self)
{
  const char *name;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->topics)) == 0)
    name = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) == 0)
    name = "no-match";
  else
    name = "list";

  gtk_stack_set_visible_child_name (self->stack, name);
  adw_status_page_set_description (self->empty_page,
                                   self->has_feeds
                                     ? _("Refresh to read your hot lists, or add a topic by hand.")
                                     : _("Subscribe to hot lists such as Weibo or Zhihu, or add a topic by hand."));
}

static void
select_row_by_id (HeraldTopicsPage *self)
{
  if (self->selected_id == NULL)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (gtk_widget_get_name (child), self->selected_id) == 0)
      {
        gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (child));
        return;
      }
}

static void
sources_changed (HeraldTopicsPage *self)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *current = g_strdup (selected_source (self));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->topics));
  guint selected = 0;

  g_ptr_array_add (names, g_strdup (_("All Sources")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (G_LIST_MODEL (self->topics), i);
      const char *name = source_label (topic);

      if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_add (names, NULL);

  /* Unchanged lists keep the dropdown as it is. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sources)) == names->len - 1)
    {
      gboolean same = TRUE;

      for (guint i = 0; same && i < names->len - 1; i++)
        same = g_strcmp0 (gtk_string_list_get_string (self->sources, i), names->pdata[i]) == 0;
      if (same)
        return;
    }

  for (guint i = 0; current != NULL && i < names->len - 1; i++)
    if (g_str_equal (current, names->pdata[i]))
      selected = i;

  gtk_string_list_splice (self->sources, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sources)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->source_dropdown, selected);
}

/* Feeds that failed on their latest fetch */

static void
update_failures (HeraldTopicsPage *self)
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

static void
error_details_cb (HeraldTopicsPage *self)
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

/* Loading */

static void
reload (HeraldTopicsPage *self)
{
  g_autoptr (GListModel) topics = NULL;
  g_autoptr (GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  guint n;

  if (self->store != NULL)
    {
      topics = herald_store_list_topics (self->store, &error);
      if (topics == NULL)
        g_warning ("Could not read the hot topics: %s", error->message);
    }

  n = topics != NULL ? g_list_model_get_n_items (topics) : 0;
  for (guint i = 0; i < n; i++)
    {
      HeraldTopic *topic = g_list_model_get_item (topics, i);

      if (!herald_store_load_topic_heat (self->store, topic, &error))
        {
          g_warning ("Could not read the heat of “%s”: %s", herald_topic_get_title (topic), error->message);
          g_clear_error (&error);
        }
      g_ptr_array_add (loaded, topic);
    }

  self->loading = TRUE;
  g_list_store_splice (self->topics, 0, g_list_model_get_n_items (G_LIST_MODEL (self->topics)),
                       loaded->pdata, loaded->len);
  sources_changed (self);
  select_row_by_id (self);
  self->loading = FALSE;

  update_stack (self);
  show_selected (self, FALSE);
}

/* The detail */

static HeraldTopic *
find_topic (HeraldTopicsPage *self,
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
      gtk_list_box_append (self->posts_list, row);
    }
}

static void
show_selected (HeraldTopicsPage *self,
               gboolean          force)
{
  g_autoptr (HeraldTopic) topic = find_topic (self, self->selected_id);
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

  ago = herald_format_time_ago (herald_topic_get_first_seen (topic), now_seconds ());
  samples = herald_topic_get_heat (topic, &n_samples);
  trend_text = herald_topic_trend_describe (herald_topic_trend_compute (samples, n_samples));
  g_string_append (facts, source_label (topic));
  if (herald_topic_get_first_seen (topic) > 0)
    {
      g_string_append (facts, " · ");
      g_string_append_printf (facts, _("first seen %s"), ago);
    }
  if (n_samples > 0)
    {
      heat = herald_heat_format (current_heat (topic));
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

static gboolean
save_note (HeraldTopicsPage *self)
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
      g_autoptr (HeraldTopic) listed = find_topic (self, self->selected_id);

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
  if (!save_note (self))
    self->note_save_id = g_timeout_add_once (NOTE_RETRY_DELAY_MS, note_save_timeout_cb, self);
}

static void
note_changed_cb (HeraldTopicsPage *self)
{
  if (self->loading)
    return;

  g_clear_handle_id (&self->note_save_id, g_source_remove);
  self->note_save_id = g_timeout_add_once (NOTE_SAVE_DELAY_MS, note_save_timeout_cb, self);
}

static void
row_selected_cb (HeraldTopicsPage *self,
                 GtkListBoxRow    *row)
{
  const char *id;

  if (self->loading || row == NULL)
    return;

  id = gtk_widget_get_name (GTK_WIDGET (row));
  if (g_strcmp0 (id, self->selected_id) == 0)
    return;

  /* The note being written goes with its own topic. */
  if (self->note_save_id != 0)
    save_note (self);

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  show_selected (self, TRUE);
}

static void
row_activated_cb (HeraldTopicsPage *self,
                  GtkListBoxRow    *row)
{
  adw_navigation_split_view_set_show_content (get_split_view (self), TRUE);
}

static void
state_changed_cb (HeraldTopicsPage *self)
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

static void
search_changed_cb (HeraldTopicsPage *self)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filter_model);

  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
source_changed_cb (HeraldTopicsPage *self)
{
  if (self->filter_model != NULL)
    search_changed_cb (self);
}

static void
shown_changed_cb (HeraldTopicsPage *self)
{
  if (!self->loading)
    {
      self->loading = TRUE;
      select_row_by_id (self);
      self->loading = FALSE;
      update_stack (self);
    }
}

static void
store_changed_cb (HeraldTopicsPage *self,
                  HeraldRecordKind  kind)
{
  if (kind == HERALD_RECORD_FEED)
    update_failures (self);
  if (kind == HERALD_RECORD_TOPIC && self->saving_note)
    return;
  if (kind == HERALD_RECORD_TOPIC || kind == HERALD_RECORD_POST || kind == HERALD_RECORD_FEED)
    reload (self);
}

/* Refresh */

static void
refresh_progress_cb (HeraldTopicsPage *self,
                     guint             done,
                     guint             total)
{
  if (total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
}

static void
refresh_done (HeraldTopicsPage *self)
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

  refresh_done (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PENDING))
    {
      /* The timer's refresh runs: its topics come as it records them. */
      add_toast (self, error->message);
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

  update_failures (self);
  reload (self);

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
      add_toast (self, text);
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

static void
add_toast (HeraldTopicsPage *self,
           const char       *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = adw_toast_new (text);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Without the editor's own way in, a new idea in Drafts that uses the
 * topic. */
static void
add_idea_from_topic (HeraldTopicsPage *self,
                     HeraldTopic      *topic)
{
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;
  const char *post_id;

  accounts = herald_store_list_accounts (self->store, &error);
  if (accounts == NULL || g_list_model_get_n_items (accounts) == 0)
    {
      add_toast (self, _("Add an account in Preferences first"));
      return;
    }

  account = g_list_model_get_item (accounts, 0);
  post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), herald_topic_get_title (topic));
  herald_post_set_status (post, HERALD_POST_STATUS_IDEA);
  post_id = herald_record_get_id (HERALD_RECORD (post));
  if (!herald_store_save_post (self->store, post, &error)
      || !herald_store_link_post_topic (self->store, post_id, herald_record_get_id (HERALD_RECORD (topic)), &error))
    {
      g_warning ("Could not add a post for a topic: %s", error->message);
      add_toast (self, _("Could not add the post"));
      return;
    }

  add_toast (self, _("New idea added to Drafts"));
}

static void
topics_new_post_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (widget);
  g_autoptr (HeraldTopic) topic = find_topic (self, self->selected_id);

  if (topic == NULL || self->store == NULL)
    return;

  if (self->note_save_id != 0)
    save_note (self);

  if (!gtk_widget_activate_action (widget, "win.new-post-from-topic", "s", self->selected_id))
    add_idea_from_topic (self, topic);
}

typedef struct {
  HeraldTopicsPage *self;
  AdwEntryRow      *title_row;
  AdwEntryRow      *note_row;
} AddDialog;

static void
add_dialog_free (gpointer data)
{
  AddDialog *add = data;

  g_object_unref (add->self);
  g_free (add);
}

static void
add_title_changed_cb (AdwEntryRow    *row,
                      AdwAlertDialog *dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  adw_alert_dialog_set_response_enabled (dialog, "add", *title != '\0');
}

static void
add_response_cb (AdwAlertDialog *dialog,
                 const char     *response,
                 AddDialog      *add)
{
  HeraldTopicsPage *self = add->self;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (add->title_row))));
  g_autoptr (HeraldTopic) topic = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "add") || self->store == NULL || *title == '\0')
    return;

  topic = herald_topic_new (title, "");
  herald_topic_set_notes (topic, gtk_editable_get_text (GTK_EDITABLE (add->note_row)));
  herald_topic_set_first_seen (topic, now_seconds ());
  herald_topic_set_last_seen (topic, now_seconds ());
  if (!herald_store_save_topic (self->store, topic, &error))
    {
      g_warning ("Could not add a topic: %s", error->message);
      add_toast (self, _("Could not add the topic"));
      return;
    }

  herald_topics_page_select_topic (self, herald_record_get_id (HERALD_RECORD (topic)));
}

static void
topics_add_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (widget);
  AdwDialog *dialog;
  GtkWidget *group = adw_preferences_group_new ();
  AddDialog *add = g_new0 (AddDialog, 1);

  if (self->store == NULL)
    {
      g_free (add);
      return;
    }

  add->self = g_object_ref (self);
  add->title_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  add->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add->title_row), _("Title"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add->note_row), _("Angle"));
  adw_entry_row_set_activates_default (add->title_row, TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (add->title_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (add->note_row));

  dialog = adw_alert_dialog_new (_("Add Topic"), _("A topic you want to follow that no hot list has."));
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), group);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "add", _("_Add"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (dialog), "add", FALSE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "add");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (add->title_row, "changed", G_CALLBACK (add_title_changed_cb), dialog, 0);
  g_signal_connect_data (dialog, "response", G_CALLBACK (add_response_cb), add,
                         (GClosureNotify) (void (*) (void)) add_dialog_free, 0);
  adw_dialog_present (dialog, widget);
  gtk_widget_grab_focus (GTK_WIDGET (add->title_row));
}

/* GObject */

static void
herald_topics_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_topics_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      herald_topics_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_topics_page_dispose (GObject *object)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (object);

  if (self->note_save_id != 0)
    save_note (self);
  g_clear_handle_id (&self->note_save_id, g_source_remove);
  g_cancellable_cancel (self->refresh_cancellable);
  g_clear_object (&self->refresh_cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_TOPICS_PAGE);

  if (self->fetcher != NULL)
    g_signal_handlers_disconnect_by_func (self->fetcher, refresh_progress_cb, self);
  g_clear_object (&self->fetcher);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->topics);
  g_clear_object (&self->sources);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_topics_page_parent_class)->dispose (object);
}

static void
herald_topics_page_finalize (GObject *object)
{
  HeraldTopicsPage *self = HERALD_TOPICS_PAGE (object);

  g_free (self->selected_id);
  g_free (self->selected_url);
  g_ptr_array_unref (self->failures);

  G_OBJECT_CLASS (herald_topics_page_parent_class)->finalize (object);
}

static void
herald_topics_page_class_init (HeraldTopicsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_topics_page_dispose;
  object_class->finalize = herald_topics_page_finalize;
  object_class->get_property = herald_topics_page_get_property;
  object_class->set_property = herald_topics_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HERALD_TYPE_HEAT_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-topics-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, toolbar_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, refresh_stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, error_banner);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, detail_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, state_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, heat_chart);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, angle_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, audience_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, risks_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPage, posts_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, source_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, error_details_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, state_changed_cb);

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

static void
herald_topics_page_init (HeraldTopicsPage *self)
{
  GtkCustomFilter *filter;
  GtkCustomSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->failures = g_ptr_array_new_with_free_func (g_free);
  self->topics = g_list_store_new (HERALD_TYPE_TOPIC);
  filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->topics)), GTK_FILTER (filter));
  sorter = gtk_custom_sorter_new (sort_cb, NULL, NULL);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)), GTK_SORTER (sorter));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->sort_model), create_row_cb, self, NULL);
  g_signal_connect_object (self->sort_model, "items-changed", G_CALLBACK (shown_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  self->sources = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (self->sources));

  for (guint part = 0; part < HERALD_TOPIC_NOTE_N_PARTS; part++)
    g_signal_connect_object (note_buffer (self, part), "changed", G_CALLBACK (note_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);
  update_failures (self);
}

/* Public API */

HeraldStore *
herald_topics_page_get_store (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), NULL);

  return self->store;
}

void
herald_topics_page_set_store (HeraldTopicsPage *self,
                              HeraldStore      *store)
{
  g_return_if_fail (HERALD_IS_TOPICS_PAGE (self));
  g_return_if_fail (store == NULL || HERALD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->note_save_id != 0)
    save_note (self);
  g_cancellable_cancel (self->refresh_cancellable);
  refresh_done (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->selected_id, g_free);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  if (self->fetcher == NULL || self->own_fetcher)
    {
      g_autoptr (HeraldFeedFetcher) fetcher = store != NULL ? herald_feed_fetcher_new (store) : NULL;

      herald_topics_page_set_fetcher (self, fetcher);
      self->own_fetcher = TRUE;
    }

  update_failures (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * herald_topics_page_set_fetcher:
 * @self: a #HeraldTopicsPage
 * @fetcher: (nullable): the fetcher of the store's feeds
 *
 * Refreshes through @fetcher, the one the application keeps, so that a
 * refresh asked for here and one the timer starts never run side by side.
 */
void
herald_topics_page_set_fetcher (HeraldTopicsPage  *self,
                                HeraldFeedFetcher *fetcher)
{
  g_return_if_fail (HERALD_IS_TOPICS_PAGE (self));
  g_return_if_fail (fetcher == NULL || HERALD_IS_FEED_FETCHER (fetcher));

  self->own_fetcher = FALSE;
  if (self->fetcher == fetcher)
    return;

  g_cancellable_cancel (self->refresh_cancellable);
  refresh_done (self);
  if (self->fetcher != NULL)
    g_signal_handlers_disconnect_by_func (self->fetcher, refresh_progress_cb, self);
  g_set_object (&self->fetcher, fetcher);
  if (fetcher != NULL)
    g_signal_connect_object (fetcher, "progress", G_CALLBACK (refresh_progress_cb), self, G_CONNECT_SWAPPED);
}

/**
 * herald_topics_page_get_toolbar_view:
 * @self: a #HeraldTopicsPage
 *
 * Returns: (transfer none): the list's toolbar view, for the window to add
 *   bars that every page shows
 */
AdwToolbarView *
herald_topics_page_get_toolbar_view (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), NULL);

  return self->toolbar_view;
}

/**
 * herald_topics_page_refresh:
 * @self: a #HeraldTopicsPage
 *
 * Fetches the hot lists that are due, unless a refresh runs already.
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
  herald_feed_fetcher_refresh_async (self->fetcher, self->refresh_cancellable, refresh_cb, g_object_ref (self));
}

gboolean
herald_topics_page_get_refreshing (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), FALSE);

  return self->refresh_cancellable != NULL;
}

/**
 * herald_topics_page_get_shown_topics:
 * @self: a #HeraldTopicsPage
 *
 * Returns: (transfer none): the topics listed, filtered and sorted
 */
GListModel *
herald_topics_page_get_shown_topics (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * herald_topics_page_select_topic:
 * @self: a #HeraldTopicsPage
 * @topic_id: the topic to show
 *
 * Selects the topic in the list and shows its detail.
 */
void
herald_topics_page_select_topic (HeraldTopicsPage *self,
                                 const char       *topic_id)
{
  g_return_if_fail (HERALD_IS_TOPICS_PAGE (self));
  g_return_if_fail (topic_id != NULL);

  if (g_strcmp0 (topic_id, self->selected_id) == 0)
    return;

  if (self->note_save_id != 0)
    save_note (self);

  g_free (self->selected_id);
  self->selected_id = g_strdup (topic_id);
  self->loading = TRUE;
  select_row_by_id (self);
  self->loading = FALSE;
  show_selected (self, TRUE);
  if (self->selected_id != NULL)
    adw_navigation_split_view_set_show_content (get_split_view (self), TRUE);
}

const char *
herald_topics_page_get_selected_id (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), NULL);

  return self->selected_id;
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

AdwBanner *
herald_topics_page_get_banner (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), NULL);

  return self->error_banner;
}

GtkListBox *
herald_topics_page_get_list_box (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), NULL);

  return self->list_box;
}

/* Saves a note still waiting for its pause in typing. */
void
herald_topics_page_save_note_now (HeraldTopicsPage *self)
{
  g_return_if_fail (HERALD_IS_TOPICS_PAGE (self));

  if (self->note_save_id != 0)
    note_save_timeout_cb (self);
}
