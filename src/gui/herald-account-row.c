/* herald-account-row.c — one account in Preferences → Accounts
 *
 * Shows the account and offers what can be done to it.  The row does not
 * change anything itself: its actions (`account-row.*`, also reachable by
 * Alt+↑ / Alt+↓) and drops ask the page through `accounts.*` actions, so
 * that moving by menu, by keyboard and by drag and drop all take the same
 * path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-account-row"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-account-row.h"
#include "herald-channel-kind.h"
#include "herald-color-dot.h"

struct _HeraldAccountRow
{
  AdwActionRow    parent_instance;

  HeraldAccount  *account;

  GtkWidget      *drag_handle;
  HeraldColorDot *color_dot;
};

G_DEFINE_FINAL_TYPE (HeraldAccountRow, herald_account_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ACCOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
get_id (HeraldAccountRow *self)
{
  return herald_record_get_id (HERALD_RECORD (self->account));
}

static void
update_subtitle (HeraldAccountRow *self)
{
  HeraldChannelKind *kind = herald_channel_kinds_lookup (herald_account_get_kind (self->account));
  const char *platform = kind != NULL ? herald_channel_kind_get_name (kind) : herald_account_get_kind (self->account);
  const char *handle = herald_account_get_handle (self->account);
  g_autofree char *subtitle = NULL;

  if (handle != NULL && *handle != '\0')
    /* Translators: an account's platform and its handle there, e.g. "Weibo · @山茶生活" */
    subtitle = g_strdup_printf (_("%s · %s"), platform, handle);
  else
    subtitle = g_strdup (platform);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
row_activated_cb (HeraldAccountRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "account-row.edit", NULL);
}

static void
account_row_edit_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  HeraldAccountRow *self = HERALD_ACCOUNT_ROW (widget);

  gtk_widget_activate_action (widget, "accounts.edit", "s", get_id (self));
}

static void
account_row_remove_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  HeraldAccountRow *self = HERALD_ACCOUNT_ROW (widget);

  gtk_widget_activate_action (widget, "accounts.remove", "s", get_id (self));
}

static void
move_by (HeraldAccountRow *self,
         int               delta)
{
  int position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)) + delta;

  if (position >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "accounts.move", "(su)",
                                get_id (self), (guint) position);
}

static void
account_row_move_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  move_by (HERALD_ACCOUNT_ROW (widget),
           g_str_equal (action_name, "account-row.move-up") ? -1 : 1);
}

static GdkContentProvider *
drag_prepare_cb (HeraldAccountRow *self,
                 double            x,
                 double            y,
                 GtkDragSource    *source)
{
  return gdk_content_provider_new_typed (HERALD_TYPE_ACCOUNT_ROW, self);
}

static void
drag_begin_cb (HeraldAccountRow *self,
               GdkDrag          *drag,
               GtkDragSource    *source)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));
  graphene_point_t point;

  /* Hold the picture where the pointer took the handle. */
  if (!gtk_widget_compute_point (self->drag_handle, GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (0, 0), &point))
    point = GRAPHENE_POINT_INIT (0, 0);

  gtk_drag_source_set_icon (source, paintable, (int) point.x + 8, (int) point.y + 8);
}

static gboolean
drop_cb (HeraldAccountRow *self,
         const GValue     *value,
         double            x,
         double            y,
         GtkDropTarget    *target)
{
  HeraldAccountRow *source;

  if (!G_VALUE_HOLDS (value, HERALD_TYPE_ACCOUNT_ROW))
    return FALSE;

  source = g_value_get_object (value);
  if (source == self || source->account == NULL)
    return FALSE;

  /* Dropped on a row, the account takes that row's place. */
  return gtk_widget_activate_action (GTK_WIDGET (self), "accounts.move", "(su)",
                                     herald_record_get_id (HERALD_RECORD (source->account)),
                                     (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)));
}

static void
herald_account_row_constructed (GObject *object)
{
  HeraldAccountRow *self = HERALD_ACCOUNT_ROW (object);

  G_OBJECT_CLASS (herald_account_row_parent_class)->constructed (object);

  g_assert (HERALD_IS_ACCOUNT (self->account));

  g_object_bind_property (self->account, "name", self, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->account, "color", self->color_dot, "color", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->account, "notify::kind",
                           G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->account, "notify::handle",
                           G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);
  update_subtitle (self);
}

static void
herald_account_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HeraldAccountRow *self = HERALD_ACCOUNT_ROW (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_account_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HeraldAccountRow *self = HERALD_ACCOUNT_ROW (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      self->account = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_account_row_dispose (GObject *object)
{
  HeraldAccountRow *self = HERALD_ACCOUNT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_ACCOUNT_ROW);
  g_clear_object (&self->account);

  G_OBJECT_CLASS (herald_account_row_parent_class)->dispose (object);
}

static void
herald_account_row_class_init (HeraldAccountRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = herald_account_row_constructed;
  object_class->dispose = herald_account_row_dispose;
  object_class->get_property = herald_account_row_get_property;
  object_class->set_property = herald_account_row_set_property;

  properties[PROP_ACCOUNT] =
    g_param_spec_object ("account", NULL, NULL,
                         HERALD_TYPE_ACCOUNT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HERALD_TYPE_COLOR_DOT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-account-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountRow, drag_handle);
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountRow, color_dot);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "account-row.edit", NULL, account_row_edit_action);
  gtk_widget_class_install_action (widget_class, "account-row.remove", NULL, account_row_remove_action);
  gtk_widget_class_install_action (widget_class, "account-row.move-up", NULL, account_row_move_action);
  gtk_widget_class_install_action (widget_class, "account-row.move-down", NULL, account_row_move_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "account-row.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "account-row.move-down", NULL);
}

static void
herald_account_row_init (HeraldAccountRow *self)
{
  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drag_source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect_swapped (drag_source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));

  drop_target = gtk_drop_target_new (HERALD_TYPE_ACCOUNT_ROW, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}

GtkWidget *
herald_account_row_new (HeraldAccount *account)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT (account), NULL);

  return g_object_new (HERALD_TYPE_ACCOUNT_ROW,
                       "account", account,
                       NULL);
}

HeraldAccount *
herald_account_row_get_account (HeraldAccountRow *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT_ROW (self), NULL);

  return self->account;
}
