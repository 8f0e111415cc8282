/* herald-feed-dialog.c — adds or edits a feed of the user's own
 *
 * The address must be a web address and a JSON feed's mapping must make
 * sense before anything is saved; what is refused comes back as typed.
 * The interval is in minutes here, never below HERALD_FEED_MIN_INTERVAL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-feed-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-feed-dialog.h"
#include "herald-feed-parser.h"

struct _HeraldFeedDialog
{
  AdwAlertDialog  parent_instance;

  HeraldStore    *store;
  HeraldFeed     *feed;      /* NULL for a new one */

  AdwEntryRow    *url_row;
  AdwEntryRow    *name_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *mapping_row;
  AdwSpinRow     *interval_row;
};

G_DEFINE_FINAL_TYPE (HeraldFeedDialog, herald_feed_dialog, ADW_TYPE_ALERT_DIALOG)

/* An alert closes on any response: what was refused comes back in a new
 * dialog, as typed, under the reason. */
static void
refuse (HeraldFeedDialog *self,
        const char       *body)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  HeraldFeedDialog *again = herald_feed_dialog_new (self->store, self->feed);
  AdwDialog *alert = adw_alert_dialog_new (_("Feed Not Saved"), body);

  gtk_editable_set_text (GTK_EDITABLE (again->url_row), gtk_editable_get_text (GTK_EDITABLE (self->url_row)));
  gtk_editable_set_text (GTK_EDITABLE (again->name_row), gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  adw_combo_row_set_selected (again->kind_row, adw_combo_row_get_selected (self->kind_row));
  gtk_editable_set_text (GTK_EDITABLE (again->mapping_row), gtk_editable_get_text (GTK_EDITABLE (self->mapping_row)));
  adw_spin_row_set_value (again->interval_row, adw_spin_row_get_value (self->interval_row));

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert), "close", _("_Close"), NULL);
  if (root != NULL)
    {
      adw_dialog_present (ADW_DIALOG (again), root);
      adw_dialog_present (alert, GTK_WIDGET (again));
    }
  else
    {
      g_object_unref (g_object_ref_sink (again));
      g_object_unref (g_object_ref_sink (alert));
    }
}

static gboolean
is_web_address (const char *text)
{
  g_autoptr (GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;

  return scheme != NULL && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

static void
url_changed_cb (HeraldFeedDialog *self)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));

  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (self), "save", *url != '\0');
}

static void
kind_changed_cb (HeraldFeedDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_row),
                          adw_combo_row_get_selected (self->kind_row) == HERALD_FEED_KIND_JSON);
}

static void
response_cb (HeraldFeedDialog *self,
             const char       *response)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  const char *mapping = gtk_editable_get_text (GTK_EDITABLE (self->mapping_row));
  HeraldFeedKind kind = adw_combo_row_get_selected (self->kind_row);
  guint minutes = (guint) adw_spin_row_get_value (self->interval_row);
  g_autoptr (HeraldFeed) feed = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "save"))
    return;

  if (!is_web_address (url))
    {
      g_autofree char *body = g_strdup_printf (_("“%s” is not a web address. It starts with http:// or https://."), url);

      refuse (self, body);
      return;
    }

  if (kind == HERALD_FEED_KIND_JSON && !herald_feed_check_mapping (mapping, &error))
    {
      refuse (self, error->message);
      return;
    }

  /* The store's latest, so that the fetch state is kept. */
  if (self->feed != NULL)
    {
      feed = herald_store_get_feed (self->store, herald_record_get_id (HERALD_RECORD (self->feed)), &error);
      if (feed == NULL)
        {
          refuse (self, error->message);
          return;
        }
      herald_feed_set_url (feed, url);
      herald_feed_set_kind (feed, kind);
    }
  else
    feed = herald_feed_new (url, kind);

  herald_feed_set_name (feed, name);
  herald_feed_set_interval (feed, minutes * 60);
  herald_feed_set_mapping (feed, kind == HERALD_FEED_KIND_JSON ? mapping : "{}");
  if (!herald_store_save_feed (self->store, feed, &error))
    refuse (self, error->message);
}

static void
herald_feed_dialog_dispose (GObject *object)
{
  HeraldFeedDialog *self = HERALD_FEED_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_FEED_DIALOG);
  g_clear_object (&self->feed);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_feed_dialog_parent_class)->dispose (object);
}

static void
herald_feed_dialog_class_init (HeraldFeedDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_feed_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-feed-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldFeedDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldFeedDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldFeedDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldFeedDialog, mapping_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldFeedDialog, interval_row);
  gtk_widget_class_bind_template_callback (widget_class, url_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
herald_feed_dialog_init (HeraldFeedDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_adjustment_set_lower (adw_spin_row_get_adjustment (self->interval_row), HERALD_FEED_MIN_INTERVAL / 60);
  adw_spin_row_set_value (self->interval_row, HERALD_FEED_DEFAULT_INTERVAL / 60);
  gtk_editable_set_text (GTK_EDITABLE (self->mapping_row), "{\"items\": \"\", \"title\": \"\", \"heat\": \"\"}");
}

/**
 * herald_feed_dialog_new:
 * @store: where the feed is saved
 * @feed: (nullable): the feed to edit, or %NULL to add one
 *
 * Returns: (transfer floating): a new dialog, to present
 */
HeraldFeedDialog *
herald_feed_dialog_new (HeraldStore *store,
                        HeraldFeed  *feed)
{
  HeraldFeedDialog *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (feed == NULL || HERALD_IS_FEED (feed), NULL);

  self = g_object_new (HERALD_TYPE_FEED_DIALOG, NULL);
  self->store = g_object_ref (store);
  if (feed != NULL)
    {
      self->feed = g_object_ref (feed);
      adw_alert_dialog_set_heading (ADW_ALERT_DIALOG (self), _("Edit Feed"));
      adw_alert_dialog_set_response_label (ADW_ALERT_DIALOG (self), "save", _("_Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->url_row), herald_feed_get_url (feed));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), herald_feed_get_name (feed));
      adw_combo_row_set_selected (self->kind_row, herald_feed_get_kind (feed));
      adw_spin_row_set_value (self->interval_row, herald_feed_get_interval (feed) / 60);
      if (herald_feed_get_kind (feed) == HERALD_FEED_KIND_JSON)
        gtk_editable_set_text (GTK_EDITABLE (self->mapping_row), herald_feed_get_mapping (feed));
    }

  return self;
}
