/* herald-topic-dialog.c — adds a topic by hand
 *
 * A topic no hot list has: a title and, if the user has one already, the
 * angle to take.  It is saved as first seen now, with no heat.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topic-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-topic-dialog.h"

struct _HeraldTopicDialog
{
  AdwAlertDialog  parent_instance;

  HeraldStore    *store;
  char           *topic_id;   /* once saved */

  AdwEntryRow    *title_row;
  AdwEntryRow    *angle_row;
};

G_DEFINE_FINAL_TYPE (HeraldTopicDialog, herald_topic_dialog, ADW_TYPE_ALERT_DIALOG)

static void
title_changed_cb (HeraldTopicDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  adw_alert_dialog_set_response_enabled (ADW_ALERT_DIALOG (self), "add", *title != '\0');
}

/* An alert closes on any response: what could not be saved comes back
 * in a new dialog, as typed, under the reason. */
static void
refuse (HeraldTopicDialog *self,
        const char        *body)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  HeraldTopicDialog *again = herald_topic_dialog_new (self->store);
  AdwDialog *alert = adw_alert_dialog_new (_("Could not add the topic"), body);

  gtk_editable_set_text (GTK_EDITABLE (again->title_row), gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  gtk_editable_set_text (GTK_EDITABLE (again->angle_row), gtk_editable_get_text (GTK_EDITABLE (self->angle_row)));
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

static void
response_cb (HeraldTopicDialog *self,
             const char        *response)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autoptr (HeraldTopic) topic = NULL;
  g_autoptr (GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (!g_str_equal (response, "add") || *title == '\0')
    return;

  topic = herald_topic_new (title, "");
  herald_topic_set_notes (topic, gtk_editable_get_text (GTK_EDITABLE (self->angle_row)));
  herald_topic_set_first_seen (topic, now);
  herald_topic_set_last_seen (topic, now);
  if (!herald_store_save_topic (self->store, topic, &error))
    {
      refuse (self, error->message);
      return;
    }

  g_free (self->topic_id);
  self->topic_id = g_strdup (herald_record_get_id (HERALD_RECORD (topic)));
}

static void
herald_topic_dialog_dispose (GObject *object)
{
  HeraldTopicDialog *self = HERALD_TOPIC_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_TOPIC_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_topic_dialog_parent_class)->dispose (object);
}

static void
herald_topic_dialog_finalize (GObject *object)
{
  HeraldTopicDialog *self = HERALD_TOPIC_DIALOG (object);

  g_free (self->topic_id);

  G_OBJECT_CLASS (herald_topic_dialog_parent_class)->finalize (object);
}

static void
herald_topic_dialog_class_init (HeraldTopicDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_topic_dialog_dispose;
  object_class->finalize = herald_topic_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-topic-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldTopicDialog, angle_row);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
herald_topic_dialog_init (HeraldTopicDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * herald_topic_dialog_new:
 * @store: where the topic is saved
 *
 * Returns: (transfer floating): a new dialog, to present
 */
HeraldTopicDialog *
herald_topic_dialog_new (HeraldStore *store)
{
  HeraldTopicDialog *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_TOPIC_DIALOG, NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * herald_topic_dialog_get_topic_id:
 * @self: a #HeraldTopicDialog
 *
 * Returns: (nullable): the topic added, once it is
 */
const char *
herald_topic_dialog_get_topic_id (HeraldTopicDialog *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC_DIALOG (self), NULL);

  return self->topic_id;
}
