/* herald-topics-preferences.c — Preferences → Hot Topics
 *
 * The RSSHub address, one switch per hot list Herald knows, the user's
 * own feeds (add, edit, remove with Undo, test) and how often to refresh.
 * A list switched off stays in the database, disabled, so its topics and
 * their heat are kept; a new RSSHub address moves the lists read through
 * it.  Test goes through the application's fetcher, so it meets the same
 * limits a refresh does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topics-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-feed-dialog.h"
#include "herald-feed-presets.h"
#include "herald-feed-probe.h"
#include "herald-preferences-dialog.h"
#include "herald-topics-preferences.h"

struct _HeraldTopicsPreferences
{
  AdwPreferencesPage   parent_instance;

  HeraldStore         *store;
  HeraldFeedFetcher   *fetcher;
  GSettings           *settings;
  GCancellable        *cancellable;
  GHashTable          *test_results;   /* feed id → what its test said */
  GPtrArray           *preset_rows;
  gboolean             loading;

  AdwEntryRow         *rsshub_row;
  AdwPreferencesGroup *presets_group;
  GtkListBox          *feeds_list;
  AdwSpinRow          *refresh_minutes_row;
};

G_DEFINE_FINAL_TYPE (HeraldTopicsPreferences, herald_topics_preferences, ADW_TYPE_PREFERENCES_PAGE)

static void
show_error (HeraldTopicsPreferences *self,
            const char              *heading,
            const char              *body)
{
  AdwDialog *dialog = adw_alert_dialog_new (heading, body);

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog), "close", _("_Close"), NULL);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static char *
rsshub_base (HeraldTopicsPreferences *self)
{
  return g_settings_get_string (self->settings, "rsshub-base-url");
}

/* The stored feed reading @url, if any. */
static HeraldFeed *
find_feed_by_url (GListModel *feeds,
                  const char *url)
{
  guint n = feeds != NULL ? g_list_model_get_n_items (feeds) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldFeed) feed = g_list_model_get_item (feeds, i);

      if (g_strcmp0 (herald_feed_get_url (feed), url) == 0)
        return g_steal_pointer (&feed);
    }

  return NULL;
}

static gboolean
is_preset_url (HeraldTopicsPreferences *self,
               const char              *url)
{
  g_autofree char *base = rsshub_base (self);
  const HeraldFeedPreset *presets;
  guint n_presets;

  presets = herald_feed_presets_get (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    {
      g_autofree char *preset_url = herald_feed_preset_url (&presets[i], base);

      if (g_strcmp0 (preset_url, url) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Rows */

static void feed_test_clicked_cb (GtkButton *button, HeraldTopicsPreferences *self);
static void feed_edit_clicked_cb (GtkButton *button, HeraldTopicsPreferences *self);
static void feed_remove_clicked_cb (GtkButton *button, HeraldTopicsPreferences *self);
static void feed_enabled_cb (HeraldTopicsPreferences *self, GParamSpec *pspec, GtkSwitch *enabled);

static GtkWidget *
row_button (HeraldTopicsPreferences *self,
            const char              *icon,
            const char              *tooltip,
            const char              *feed_id,
            GCallback                callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "feed-id", g_strdup (feed_id), g_free);
  g_signal_connect (button, "clicked", callback, self);

  return button;
}

static void
reload (HeraldTopicsPreferences *self)
{
  g_autoptr (GListModel) feeds = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *base = rsshub_base (self);
  const HeraldFeedPreset *presets;
  GtkWidget *child;
  guint n_presets, n;

  if (self->store != NULL)
    {
      feeds = herald_store_list_feeds (self->store, &error);
      if (feeds == NULL)
        g_warning ("Could not read the hot lists: %s", error->message);
    }

  self->loading = TRUE;

  presets = herald_feed_presets_get (&n_presets);
  for (guint i = 0; i < n_presets && i < self->preset_rows->len; i++)
    {
      g_autofree char *url = herald_feed_preset_url (&presets[i], base);
      g_autoptr (HeraldFeed) feed = find_feed_by_url (feeds, url);
      AdwSwitchRow *row = self->preset_rows->pdata[i];
      const char *last_error = feed != NULL ? herald_feed_get_last_error (feed) : NULL;
      g_autofree char *subtitle = NULL;

      adw_switch_row_set_active (row, feed != NULL && herald_feed_get_enabled (feed));
      if (last_error != NULL && *last_error != '\0')
        subtitle = g_markup_printf_escaped ("%s\n%s", url, last_error);
      else
        subtitle = g_markup_escape_text (url, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_sensitive (GTK_WIDGET (row), self->store != NULL);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->feeds_list))) != NULL
         && GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->feeds_list, child);

  n = feeds != NULL ? g_list_model_get_n_items (feeds) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldFeed) feed = g_list_model_get_item (feeds, i);
      const char *id = herald_record_get_id (HERALD_RECORD (feed));
      const char *name = herald_feed_get_name (feed);
      const char *url = herald_feed_get_url (feed);
      const char *tested = g_hash_table_lookup (self->test_results, id);
      const char *last_error = herald_feed_get_last_error (feed);
      g_autoptr (GString) subtitle = g_string_new (url);
      GtkWidget *row;
      GtkWidget *enabled;
      g_autofree char *title = NULL;
      g_autofree char *escaped = NULL;

      if (is_preset_url (self, url))
        continue;

      g_string_append_c (subtitle, '\n');
      g_string_append_printf (subtitle, ngettext ("Every %u minute", "Every %u minutes",
                                                  herald_feed_get_interval (feed) / 60),
                              herald_feed_get_interval (feed) / 60);
      if (tested != NULL)
        g_string_append_printf (subtitle, "\n%s", tested);
      else if (last_error != NULL && *last_error != '\0')
        g_string_append_printf (subtitle, "\n%s", last_error);

      row = adw_action_row_new ();
      title = g_markup_escape_text (*name != '\0' ? name : url, -1);
      escaped = g_markup_escape_text (subtitle->str, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      gtk_widget_set_name (row, id);

      enabled = gtk_switch_new ();
      gtk_switch_set_active (GTK_SWITCH (enabled), herald_feed_get_enabled (feed));
      gtk_widget_set_valign (enabled, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (enabled, _("Refresh This Feed"));
      g_object_set_data_full (G_OBJECT (enabled), "feed-id", g_strdup (id), g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), enabled);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (self, "network-transmit-receive-symbolic", _("Test Feed"), id,
                                             G_CALLBACK (feed_test_clicked_cb)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (self, "document-edit-symbolic", _("Edit Feed"), id,
                                             G_CALLBACK (feed_edit_clicked_cb)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (self, "user-trash-symbolic", _("Remove Feed"), id,
                                             G_CALLBACK (feed_remove_clicked_cb)));
      gtk_list_box_append (self->feeds_list, row);

      g_signal_connect_object (enabled, "notify::active", G_CALLBACK (feed_enabled_cb), self, G_CONNECT_SWAPPED);
    }

  self->loading = FALSE;
}

static void
store_changed_cb (HeraldTopicsPreferences *self,
                  HeraldRecordKind         kind)
{
  if (kind == HERALD_RECORD_FEED)
    reload (self);
}

/* Hot lists */

static void
preset_toggled_cb (AdwSwitchRow            *row,
                   GParamSpec              *pspec,
                   HeraldTopicsPreferences *self)
{
  const HeraldFeedPreset *preset = g_object_get_data (G_OBJECT (row), "preset");
  g_autofree char *base = rsshub_base (self);
  g_autofree char *url = herald_feed_preset_url (preset, base);
  g_autoptr (GListModel) feeds = NULL;
  g_autoptr (HeraldFeed) feed = NULL;
  g_autoptr (GError) error = NULL;
  gboolean active = adw_switch_row_get_active (row);

  if (self->loading || self->store == NULL)
    return;

  feeds = herald_store_list_feeds (self->store, &error);
  feed = find_feed_by_url (feeds, url);
  if (feed == NULL && !active)
    return;
  if (feed == NULL)
    {
      feed = herald_feed_preset_create (preset, base);
      herald_feed_set_name (feed, _(preset->name));
    }
  herald_feed_set_enabled (feed, active);

  if (!herald_store_save_feed (self->store, feed, &error))
    show_error (self, _("Could Not Change the Hot List"), error->message);
}

static void
rsshub_apply_cb (HeraldTopicsPreferences *self)
{
  g_autofree char *old_base = rsshub_base (self);
  g_autofree char *new_base = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rsshub_row))));
  g_autoptr (GListModel) feeds = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GUri) uri = NULL;
  const HeraldFeedPreset *presets;
  guint n_presets;

  uri = g_uri_parse (new_base, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0))
    {
      g_autofree char *body = g_strdup_printf (_("“%s” is not a web address. It starts with http:// or https://, "
                                                 "such as %s."), new_base, HERALD_RSSHUB_DEFAULT_BASE);

      show_error (self, _("RSSHub Address Not Changed"), body);
      gtk_editable_set_text (GTK_EDITABLE (self->rsshub_row), old_base);
      return;
    }

  /* The lists read through the old address move to the new one. */
  if (self->store != NULL)
    feeds = herald_store_list_feeds (self->store, &error);
  presets = herald_feed_presets_get (&n_presets);
  for (guint i = 0; feeds != NULL && i < n_presets; i++)
    {
      g_autofree char *old_url = NULL;
      g_autofree char *new_url = NULL;
      g_autoptr (HeraldFeed) feed = NULL;

      if (!presets[i].rsshub)
        continue;

      old_url = herald_feed_preset_url (&presets[i], old_base);
      new_url = herald_feed_preset_url (&presets[i], new_base);
      feed = find_feed_by_url (feeds, old_url);
      if (feed == NULL || g_str_equal (old_url, new_url))
        continue;

      herald_feed_set_url (feed, new_url);
      if (!herald_store_save_feed (self->store, feed, &error))
        {
          show_error (self, _("Could Not Change the Hot List"), error->message);
          return;
        }
    }

  g_settings_set_string (self->settings, "rsshub-base-url", new_base);
  reload (self);
}

/* Other feeds */

/**
 * herald_topics_preferences_open_feed_dialog:
 * @self: a #HeraldTopicsPreferences
 * @feed_id: (nullable): the feed to edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the dialog, presented
 */
AdwDialog *
herald_topics_preferences_open_feed_dialog (HeraldTopicsPreferences *self,
                                            const char              *feed_id)
{
  g_autoptr (HeraldFeed) feed = NULL;
  g_autoptr (GError) error = NULL;
  HeraldFeedDialog *dialog;

  g_return_val_if_fail (HERALD_IS_TOPICS_PREFERENCES (self), NULL);

  if (self->store == NULL)
    return NULL;

  if (feed_id != NULL)
    {
      feed = herald_store_get_feed (self->store, feed_id, &error);
      if (feed == NULL)
        {
          show_error (self, _("Could Not Open the Feed"), error->message);
          return NULL;
        }
    }

  dialog = herald_feed_dialog_new (self->store, feed);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));

  return ADW_DIALOG (dialog);
}

static void
add_feed_cb (HeraldTopicsPreferences *self)
{
  herald_topics_preferences_open_feed_dialog (self, NULL);
}

static void
feed_edit_clicked_cb (GtkButton               *button,
                      HeraldTopicsPreferences *self)
{
  herald_topics_preferences_open_feed_dialog (self, g_object_get_data (G_OBJECT (button), "feed-id"));
}

typedef struct {
  HeraldStore *store;
  char        *id;
  GWeakRef     self;
} RemovedFeed;

static void
removed_feed_free (gpointer  data,
                   GClosure *closure)
{
  RemovedFeed *removed = data;

  g_object_unref (removed->store);
  g_free (removed->id);
  g_weak_ref_clear (&removed->self);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast    *toast,
                RemovedFeed *removed)
{
  g_autoptr (GError) error = NULL;

  if (!herald_store_restore (removed->store, HERALD_RECORD_FEED, removed->id, &error))
    {
      g_autoptr (HeraldTopicsPreferences) self = g_weak_ref_get (&removed->self);

      if (self != NULL)
        show_error (self, _("Could Not Bring the Feed Back"), error->message);
      else
        g_warning ("Could not bring the feed back: %s", error->message);
    }
}

/**
 * herald_topics_preferences_remove_feed:
 * @self: a #HeraldTopicsPreferences
 * @feed_id: the feed
 *
 * Removes the feed at once (its topics stay) and offers Undo on a toast.
 */
void
herald_topics_preferences_remove_feed (HeraldTopicsPreferences *self,
                                       const char              *feed_id)
{
  g_autoptr (HeraldFeed) feed = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  RemovedFeed *removed;
  AdwToast *toast;
  const char *name;

  g_return_if_fail (HERALD_IS_TOPICS_PREFERENCES (self));
  g_return_if_fail (feed_id != NULL);

  if (self->store == NULL)
    return;

  feed = herald_store_get_feed (self->store, feed_id, &error);
  if (feed == NULL || !herald_store_remove_feed (self->store, feed_id, &error))
    {
      show_error (self, _("Could Not Remove the Feed"), error->message);
      return;
    }

  name = herald_feed_get_name (feed);
  /* Translators: %s is the name of a feed, or its address */
  title = g_strdup_printf (_("Feed “%s” removed"), *name != '\0' ? name : herald_feed_get_url (feed));
  toast = adw_toast_new (title);
  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_button_label (toast, _("_Undo"));

  removed = g_new0 (RemovedFeed, 1);
  removed->store = g_object_ref (self->store);
  removed->id = g_strdup (feed_id);
  g_weak_ref_init (&removed->self, self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), removed, removed_feed_free, 0);

  herald_preferences_page_add_toast (GTK_WIDGET (self), toast);
}

static void
feed_remove_clicked_cb (GtkButton               *button,
                        HeraldTopicsPreferences *self)
{
  herald_topics_preferences_remove_feed (self, g_object_get_data (G_OBJECT (button), "feed-id"));
}

typedef struct {
  HeraldTopicsPreferences *self;
  char                    *feed_id;
} Test;

static void
test_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Test *test = user_data;
  HeraldTopicsPreferences *self = test->self;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) error = NULL;
  char *text;

  items = herald_feed_probe_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;

  if (items == NULL)
    /* Translators: a feed's test failed; then why */
    text = g_strdup_printf (_("Test failed: %s"), error->message);
  else if (items->len == 0)
    text = g_strdup (_("Works, but lists no topics right now"));
  else
    text = g_strdup_printf (ngettext ("Works: %u topic, such as “%s”", "Works: %u topics, such as “%s”", items->len),
                            items->len, ((HeraldFeedItem *) items->pdata[0])->title);

  g_hash_table_replace (self->test_results, g_strdup (test->feed_id), text);
  reload (self);

out:
  g_object_unref (test->self);
  g_free (test->feed_id);
  g_free (test);
}

/**
 * herald_topics_preferences_test_feed:
 * @self: a #HeraldTopicsPreferences
 * @feed_id: the feed
 *
 * Fetches the feed once, records nothing, and shows what came on its row.
 */
void
herald_topics_preferences_test_feed (HeraldTopicsPreferences *self,
                                     const char              *feed_id)
{
  g_autoptr (HeraldFeed) feed = NULL;
  g_autoptr (HeraldFeedFetcher) fetcher = NULL;
  g_autoptr (GError) error = NULL;
  Test *test;

  g_return_if_fail (HERALD_IS_TOPICS_PREFERENCES (self));
  g_return_if_fail (feed_id != NULL);

  if (self->store == NULL)
    return;

  feed = herald_store_get_feed (self->store, feed_id, &error);
  if (feed == NULL)
    {
      show_error (self, _("Could Not Open the Feed"), error->message);
      return;
    }

  g_hash_table_replace (self->test_results, g_strdup (feed_id), g_strdup (_("Testing…")));
  reload (self);

  test = g_new0 (Test, 1);
  test->self = g_object_ref (self);
  test->feed_id = g_strdup (feed_id);
  /* Without the application's (tests of this page alone), one like it. */
  fetcher = self->fetcher != NULL ? g_object_ref (self->fetcher) : herald_feed_fetcher_new (self->store);
  herald_feed_probe_async (fetcher, feed, self->cancellable, test_cb, test);
}

static void
feed_test_clicked_cb (GtkButton               *button,
                      HeraldTopicsPreferences *self)
{
  herald_topics_preferences_test_feed (self, g_object_get_data (G_OBJECT (button), "feed-id"));
}

static void
feed_enabled_cb (HeraldTopicsPreferences *self,
                 GParamSpec              *pspec,
                 GtkSwitch               *enabled)
{
  const char *feed_id = g_object_get_data (G_OBJECT (enabled), "feed-id");
  g_autoptr (HeraldFeed) feed = NULL;
  g_autoptr (GError) error = NULL;

  if (self->loading || self->store == NULL || feed_id == NULL)
    return;

  feed = herald_store_get_feed (self->store, feed_id, &error);
  if (feed == NULL || herald_feed_get_enabled (feed) == gtk_switch_get_active (enabled))
    return;

  herald_feed_set_enabled (feed, gtk_switch_get_active (enabled));
  if (!herald_store_save_feed (self->store, feed, &error))
    show_error (self, _("Could Not Change the Feed"), error->message);
}

/* GObject */

static void
herald_topics_preferences_dispose (GObject *object)
{
  HeraldTopicsPreferences *self = HERALD_TOPICS_PREFERENCES (object);

  g_cancellable_cancel (self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_TOPICS_PREFERENCES);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->fetcher);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_topics_preferences_parent_class)->dispose (object);
}

static void
herald_topics_preferences_finalize (GObject *object)
{
  HeraldTopicsPreferences *self = HERALD_TOPICS_PREFERENCES (object);

  g_hash_table_unref (self->test_results);
  g_ptr_array_unref (self->preset_rows);

  G_OBJECT_CLASS (herald_topics_preferences_parent_class)->finalize (object);
}

static void
herald_topics_preferences_class_init (HeraldTopicsPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_topics_preferences_dispose;
  object_class->finalize = herald_topics_preferences_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-topics-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPreferences, rsshub_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPreferences, presets_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPreferences, feeds_list);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicsPreferences, refresh_minutes_row);
  gtk_widget_class_bind_template_callback (widget_class, rsshub_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_feed_cb);
}

static void
herald_topics_preferences_init (HeraldTopicsPreferences *self)
{
  g_autofree char *base = NULL;
  const HeraldFeedPreset *presets;
  guint n_presets;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->test_results = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->preset_rows = g_ptr_array_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "topics-refresh-minutes", self->refresh_minutes_row, "value",
                   G_SETTINGS_BIND_DEFAULT);
  base = rsshub_base (self);
  gtk_editable_set_text (GTK_EDITABLE (self->rsshub_row), base);

  presets = herald_feed_presets_get (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    {
      GtkWidget *row = adw_switch_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(presets[i].name));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_widget_set_name (row, presets[i].id);
      g_object_set_data (G_OBJECT (row), "preset", (gpointer) &presets[i]);
      g_signal_connect (row, "notify::active", G_CALLBACK (preset_toggled_cb), self);
      adw_preferences_group_add (self->presets_group, row);
      g_ptr_array_add (self->preset_rows, row);
    }

  reload (self);
}

/**
 * herald_topics_preferences_set_store:
 * @self: a #HeraldTopicsPreferences
 * @store: (nullable): the database
 *
 * Shows and changes the feeds of @store.
 */
void
herald_topics_preferences_set_store (HeraldTopicsPreferences *self,
                                     HeraldStore             *store)
{
  g_return_if_fail (HERALD_IS_TOPICS_PREFERENCES (self));
  g_return_if_fail (store == NULL || HERALD_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  reload (self);
}

/**
 * herald_topics_preferences_set_fetcher:
 * @self: a #HeraldTopicsPreferences
 * @fetcher: (nullable): the application's fetcher of the store's feeds
 *
 * Tests feeds through @fetcher: its session, User-Agent and limits.
 */
void
herald_topics_preferences_set_fetcher (HeraldTopicsPreferences *self,
                                       HeraldFeedFetcher       *fetcher)
{
  g_return_if_fail (HERALD_IS_TOPICS_PREFERENCES (self));
  g_return_if_fail (fetcher == NULL || HERALD_IS_FEED_FETCHER (fetcher));

  g_set_object (&self->fetcher, fetcher);
}
