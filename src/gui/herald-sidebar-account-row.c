/* herald-sidebar-account-row.c — one account in the window's sidebar
 *
 * Its colour, name and platform, and a check box that shows or hides the
 * account in the calendar.  The check box saves at once; the row follows
 * its account object, which the account list keeps up to date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sidebar-account-row"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-channel-kind.h"
#include "herald-color-dot.h"
#include "herald-sidebar-account-row.h"
#include "herald-window.h"

struct _HeraldSidebarAccountRow
{
  GtkListBoxRow   parent_instance;

  HeraldStore    *store;
  HeraldAccount  *account;

  HeraldColorDot *color_dot;
  GtkLabel       *name_label;
  GtkLabel       *platform_label;
  GtkCheckButton *visible_check;
};

G_DEFINE_FINAL_TYPE (HeraldSidebarAccountRow, herald_sidebar_account_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ACCOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_platform (HeraldSidebarAccountRow *self)
{
  HeraldChannelKind *kind = herald_channel_kinds_lookup (herald_account_get_kind (self->account));

  gtk_label_set_label (self->platform_label,
                       kind != NULL ? herald_channel_kind_get_name (kind) : herald_account_get_kind (self->account));
}

static void
show_error (HeraldSidebarAccountRow *self,
            const GError            *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *message = NULL;

  /* Translators: %s says why */
  message = g_strdup_printf (_("Could not save the account: %s"), error->message);
  if (HERALD_IS_WINDOW (root))
    herald_window_add_toast (HERALD_WINDOW (root), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

static void
visible_check_toggled_cb (HeraldSidebarAccountRow *self)
{
  gboolean visible = gtk_check_button_get_active (self->visible_check);
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (GError) error = NULL;

  if (self->account == NULL || visible == herald_account_get_visible (self->account))
    return;

  /* Change only this on what the store has now; the account object follows
   * once the store announces the change. */
  account = herald_store_get_account (self->store,
                                      herald_record_get_id (HERALD_RECORD (self->account)),
                                      &error);
  if (account != NULL)
    {
      herald_account_set_visible (account, visible);
      herald_store_save_account (self->store, account, &error);
    }

  if (error != NULL)
    {
      show_error (self, error);
      gtk_check_button_set_active (self->visible_check, herald_account_get_visible (self->account));
    }
}

static void
sidebar_row_toggle_visible_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  HeraldSidebarAccountRow *self = HERALD_SIDEBAR_ACCOUNT_ROW (widget);

  gtk_check_button_set_active (self->visible_check,
                               !gtk_check_button_get_active (self->visible_check));
}

static void
herald_sidebar_account_row_constructed (GObject *object)
{
  HeraldSidebarAccountRow *self = HERALD_SIDEBAR_ACCOUNT_ROW (object);

  G_OBJECT_CLASS (herald_sidebar_account_row_parent_class)->constructed (object);

  g_assert (HERALD_IS_STORE (self->store));
  g_assert (HERALD_IS_ACCOUNT (self->account));

  g_object_bind_property (self->account, "name", self->name_label, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->account, "color", self->color_dot, "color", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->account, "visible", self->visible_check, "active", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->account, "notify::kind",
                           G_CALLBACK (update_platform), self, G_CONNECT_SWAPPED);
  update_platform (self);
}

static void
herald_sidebar_account_row_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  HeraldSidebarAccountRow *self = HERALD_SIDEBAR_ACCOUNT_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_sidebar_account_row_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  HeraldSidebarAccountRow *self = HERALD_SIDEBAR_ACCOUNT_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ACCOUNT:
      self->account = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_sidebar_account_row_dispose (GObject *object)
{
  HeraldSidebarAccountRow *self = HERALD_SIDEBAR_ACCOUNT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_SIDEBAR_ACCOUNT_ROW);
  g_clear_object (&self->account);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_sidebar_account_row_parent_class)->dispose (object);
}

static void
herald_sidebar_account_row_class_init (HeraldSidebarAccountRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = herald_sidebar_account_row_constructed;
  object_class->dispose = herald_sidebar_account_row_dispose;
  object_class->get_property = herald_sidebar_account_row_get_property;
  object_class->set_property = herald_sidebar_account_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACCOUNT] =
    g_param_spec_object ("account", NULL, NULL,
                         HERALD_TYPE_ACCOUNT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HERALD_TYPE_COLOR_DOT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-sidebar-account-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldSidebarAccountRow, color_dot);
  gtk_widget_class_bind_template_child (widget_class, HeraldSidebarAccountRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldSidebarAccountRow, platform_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldSidebarAccountRow, visible_check);
  gtk_widget_class_bind_template_callback (widget_class, visible_check_toggled_cb);

  gtk_widget_class_install_action (widget_class, "sidebar-account-row.toggle-visible", NULL,
                                   sidebar_row_toggle_visible_action);
}

static void
herald_sidebar_account_row_init (HeraldSidebarAccountRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Every row's check box has the same label; the name tells them apart. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->visible_check),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->name_label, NULL,
                                  -1);
}

GtkWidget *
herald_sidebar_account_row_new (HeraldStore   *store,
                                HeraldAccount *account)
{
  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (HERALD_IS_ACCOUNT (account), NULL);

  return g_object_new (HERALD_TYPE_SIDEBAR_ACCOUNT_ROW,
                       "store", store,
                       "account", account,
                       NULL);
}

HeraldAccount *
herald_sidebar_account_row_get_account (HeraldSidebarAccountRow *self)
{
  g_return_val_if_fail (HERALD_IS_SIDEBAR_ACCOUNT_ROW (self), NULL);

  return self->account;
}
