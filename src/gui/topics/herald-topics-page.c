/* herald-topics-page.c — hot topics: the lists, their heat and the notes
 *
 * The topics of every hot list and those added by hand, hottest first,
 * with search and a source filter.  A topic's detail has its heat chart,
 * its state, the hot-topic note (angle, audience, risks — saved a second
 * after typing stops) and the posts that use it.  Refresh fetches every
 * enabled list now (one backing off after failures still waits), with
 * progress; a list that fails says so in a banner and leaves its topics
 * as they were.  The application refreshes
 * the lists every few minutes, as set in Preferences, with the same
 * fetcher.
 *
 * The list is here; the detail is in herald-topics-page-detail.c, the
 * refresh and the actions in herald-topics-page-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topics-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "herald-heat-format.h"
#include "herald-topics-page-private.h"

G_DEFINE_FINAL_TYPE (HeraldTopicsPage, herald_topics_page, ADW_TYPE_BREAKPOINT_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Not a template child: disposing the template would unparent the bin's
 * child behind the bin's back. */
static AdwNavigationSplitView *
get_split_view (HeraldTopicsPage *self)
{
  return ADW_NAVIGATION_SPLIT_VIEW (adw_breakpoint_bin_get_child (ADW_BREAKPOINT_BIN (self)));
}

/* Rows */

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  HeraldTopic *topic = item;
  HeraldTopicTrend trend = herald_topics_trend (topic);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, herald_topics_source_label (topic), TRUE);
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *heat_label;
  g_autofree char *title = g_markup_escape_text (herald_topic_get_title (topic), -1);
  g_autofree char *ago = herald_format_time_ago (herald_topic_get_first_seen (topic), herald_topics_now ());
  g_autofree char *subtitle_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *heat = NULL;
  const char *icon = herald_topic_trend_icon (trend);
  const char *arrow = herald_topic_trend_arrow (trend);

  if (*herald_topic_get_source (topic) == '\0')
    adw_avatar_set_icon_name (ADW_AVATAR (avatar), "document-edit-symbolic");

  /* The state before the time, so that a narrow list cuts the time. */
  /* Translators: a topic's row: its source, its state, when it was first seen */
  subtitle_text = g_strdup_printf (_("%s · %s · %s"), herald_topics_source_label (topic),
                                   herald_topics_state_label (herald_topic_get_state (topic)), ago);
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
                                                                 : herald_topics_current_heat (topic));
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

  if (source != NULL && g_strcmp0 (source, herald_topics_source_label (topic)) != 0)
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
  double ha = herald_topics_current_heat (ta), hb = herald_topics_current_heat (tb);
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
      const char *name = herald_topics_source_label (topic);

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

/* Loading */

void
herald_topics_page_reload (HeraldTopicsPage *self)
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
  herald_topics_page_show_selected (self, FALSE);
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
    herald_topics_page_save_note (self);

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  herald_topics_page_show_selected (self, TRUE);
}

static void
row_activated_cb (HeraldTopicsPage *self,
                  GtkListBoxRow    *row)
{
  adw_navigation_split_view_set_show_content (get_split_view (self), TRUE);
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
    herald_topics_page_update_failures (self);
  if (kind == HERALD_RECORD_TOPIC && self->saving_note)
    return;
  if (kind == HERALD_RECORD_TOPIC || kind == HERALD_RECORD_POST || kind == HERALD_RECORD_FEED)
    herald_topics_page_reload (self);
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
    herald_topics_page_save_note (self);
  g_clear_handle_id (&self->note_save_id, g_source_remove);
  g_cancellable_cancel (self->refresh_cancellable);
  g_clear_object (&self->refresh_cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_TOPICS_PAGE);

  if (self->fetcher != NULL)
    g_signal_handlers_disconnect_by_func (self->fetcher, herald_topics_page_refresh_progress_cb, self);
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
  gtk_widget_class_bind_template_callback_full (widget_class, "error_details_cb",
                                                G_CALLBACK (herald_topics_page_error_details_cb));
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "state_changed_cb",
                                                G_CALLBACK (herald_topics_page_state_changed_cb));

  herald_topics_page_install_actions (widget_class);
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
    g_signal_connect_object (gtk_text_view_get_buffer (herald_topics_page_get_note_view (self, part)), "changed",
                             G_CALLBACK (herald_topics_page_note_changed_cb), self,
                             G_CONNECT_SWAPPED);

  herald_topics_page_reload (self);
  herald_topics_page_update_failures (self);
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
    herald_topics_page_save_note (self);
  g_cancellable_cancel (self->refresh_cancellable);
  herald_topics_page_refresh_done (self);
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

  herald_topics_page_update_failures (self);
  herald_topics_page_reload (self);
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
  herald_topics_page_refresh_done (self);
  if (self->fetcher != NULL)
    g_signal_handlers_disconnect_by_func (self->fetcher, herald_topics_page_refresh_progress_cb, self);
  g_set_object (&self->fetcher, fetcher);
  if (fetcher != NULL)
    g_signal_connect_object (fetcher, "progress", G_CALLBACK (herald_topics_page_refresh_progress_cb), self, G_CONNECT_SWAPPED);
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
    herald_topics_page_save_note (self);

  g_free (self->selected_id);
  self->selected_id = g_strdup (topic_id);
  self->loading = TRUE;
  select_row_by_id (self);
  self->loading = FALSE;
  herald_topics_page_show_selected (self, TRUE);
  if (self->selected_id != NULL)
    adw_navigation_split_view_set_show_content (get_split_view (self), TRUE);
}

const char *
herald_topics_page_get_selected_id (HeraldTopicsPage *self)
{
  g_return_val_if_fail (HERALD_IS_TOPICS_PAGE (self), NULL);

  return self->selected_id;
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