/* herald-conflicts-page.c — the posts changed on both sides
 *
 * Lists the conflicts team sync left, oldest first, and opens one side
 * by side (HeraldConflictView) over the pages, where the user keeps one
 * version or both.  The list follows the store's `changed` signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-conflicts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-conflict-view.h"
#include "herald-conflicts-page.h"
#include "herald-store-conflicts.h"

struct _HeraldConflictsPage
{
  AdwBin          parent_instance;

  HeraldStore    *store;

  GtkStack       *stack;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (HeraldConflictsPage, herald_conflicts_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_row (HeraldSyncConflict *conflict)
{
  g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (conflict->created_at);
  g_autofree char *time = g_date_time_format (when, C_("conflict found", "%b %-d %H:%M"));
  g_autofree char *fields = herald_conflict_view_describe (conflict->differences);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: the first %s lists the fields that differ, such as
   * "Title, Time"; the second is when sync found the conflict */
  subtitle = g_strdup_printf (_("Differs: %s · found %s"), fields, time);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), herald_post_get_title (conflict->mine));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_name (row, herald_record_get_id (HERALD_RECORD (conflict->theirs)));
  return row;
}

static void
reload (HeraldConflictsPage *self)
{
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (GError) error = NULL;

  gtk_list_box_remove_all (self->list);

  if (self->store != NULL)
    {
      conflicts = herald_store_sync_list_conflicts (self->store, &error);
      if (conflicts == NULL)
        g_warning ("Could not list the conflicts: %s", error->message);
    }

  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    gtk_list_box_append (self->list, create_row (conflicts->pdata[i]));

  gtk_stack_set_visible_child_name (self->stack,
                                    conflicts != NULL && conflicts->len > 0 ? "list" : "empty");
}

static void
store_changed_cb (HeraldConflictsPage *self,
                  HeraldRecordKind     kind)
{
  if (kind == HERALD_RECORD_POST || kind == HERALD_RECORD_ACCOUNT)
    reload (self);
}

static void
set_store (HeraldConflictsPage *self,
           HeraldStore         *store)
{
  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
list_row_activated_cb (HeraldConflictsPage *self,
                       GtkListBoxRow       *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "conflicts.open", "s", gtk_widget_get_name (GTK_WIDGET (row)));
}

/* The side-by-side view goes over the pages, as the editor does, so that
 * it has a back button and the whole width on a phone. */
static void
conflicts_open_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HeraldConflictsPage *self = HERALD_CONFLICTS_PAGE (widget);
  GtkWidget *navigation = gtk_widget_get_ancestor (widget, ADW_TYPE_NAVIGATION_VIEW);
  HeraldConflictView *view;

  if (self->store == NULL || navigation == NULL)
    return;

  view = herald_conflict_view_new (self->store, g_variant_get_string (param, NULL));
  adw_navigation_view_push (ADW_NAVIGATION_VIEW (navigation), ADW_NAVIGATION_PAGE (view));
}

static void
herald_conflicts_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HeraldConflictsPage *self = HERALD_CONFLICTS_PAGE (object);

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
herald_conflicts_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HeraldConflictsPage *self = HERALD_CONFLICTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_conflicts_page_dispose (GObject *object)
{
  HeraldConflictsPage *self = HERALD_CONFLICTS_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_CONFLICTS_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_conflicts_page_parent_class)->dispose (object);
}

static void
herald_conflicts_page_class_init (HeraldConflictsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_conflicts_page_dispose;
  object_class->get_property = herald_conflicts_page_get_property;
  object_class->set_property = herald_conflicts_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-conflicts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldConflictsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldConflictsPage, list);
  gtk_widget_class_bind_template_callback (widget_class, list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "conflicts.open", "s", conflicts_open_action);
}

static void
herald_conflicts_page_init (HeraldConflictsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  reload (self);
}

AdwToolbarView *
herald_conflicts_page_get_toolbar_view (HeraldConflictsPage *self)
{
  g_return_val_if_fail (HERALD_IS_CONFLICTS_PAGE (self), NULL);

  /* The page's only child; not a template child, which AdwBin would
   * unparent a second time. */
  return ADW_TOOLBAR_VIEW (adw_bin_get_child (ADW_BIN (self)));
}

GtkListBox *
herald_conflicts_page_get_list (HeraldConflictsPage *self)
{
  g_return_val_if_fail (HERALD_IS_CONFLICTS_PAGE (self), NULL);

  return self->list;
}
