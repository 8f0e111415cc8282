/* herald-account-dialog.c — adds or edits one account
 *
 * The dialog saves through the store and closes only once the account is
 * saved: when the store refuses, it says why and keeps what was typed.
 * The colour follows the platform's own until the user picks one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-account-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-account-dialog.h"
#include "herald-slots.h"
#include "herald-channel-kind.h"

struct _HeraldAccountDialog
{
  AdwDialog             parent_instance;

  HeraldStore          *store;
  HeraldAccount        *account;

  /* Whether the colour is still the platform's, to follow it. */
  gboolean              color_follows_kind;
  gboolean              setting_color;
  gboolean              focused;

  AdwToastOverlay      *toast_overlay;
  GtkWidget            *save_button;
  AdwComboRow          *kind_row;
  AdwEntryRow          *name_row;
  AdwEntryRow          *handle_row;
  AdwPreferencesGroup  *slots_group;
  AdwEntryRow          *slots_row;
  GtkColorDialogButton *color_button;
};

G_DEFINE_FINAL_TYPE (HeraldAccountDialog, herald_account_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ACCOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static HeraldChannelKind *
get_selected_kind (HeraldAccountDialog *self)
{
  return adw_combo_row_get_selected_item (self->kind_row);
}

static char *
get_trimmed_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
rgba_to_hex (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) (CLAMP (rgba->red, 0.f, 1.f) * 255.f + .5f),
                          (guint) (CLAMP (rgba->green, 0.f, 1.f) * 255.f + .5f),
                          (guint) (CLAMP (rgba->blue, 0.f, 1.f) * 255.f + .5f));
}

static void
set_color (HeraldAccountDialog *self,
           const char          *color)
{
  GdkRGBA rgba;

  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    return;

  self->setting_color = TRUE;
  gtk_color_dialog_button_set_rgba (self->color_button, &rgba);
  self->setting_color = FALSE;
}

static gboolean
same_color (const char *a,
            const char *b)
{
  GdkRGBA rgba_a, rgba_b;

  return a != NULL && b != NULL &&
         gdk_rgba_parse (&rgba_a, a) && gdk_rgba_parse (&rgba_b, b) &&
         gdk_rgba_equal (&rgba_a, &rgba_b);
}

static void
update_save_action (HeraldAccountDialog *self)
{
  g_autofree char *name = get_trimmed_text (self->name_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "account-dialog.save",
                                 *name != '\0' && get_selected_kind (self) != NULL);
}

/* The platform's usual times, shown for an account with none of its own. */
static void
update_slots_description (HeraldAccountDialog *self,
                          HeraldChannelKind   *kind)
{
  g_autofree char *defaults = NULL;
  g_autofree char *description = NULL;

  defaults = herald_slots_format_list (kind != NULL ? herald_channel_kind_get_default_slots (kind) : NULL);
  /* Translators: %s lists times of day, e.g. "08:00, 12:30, 20:00" */
  description = g_strdup_printf (_("When this account usually posts, e.g. 08:00, 20:30. New posts go to the next free time. Leave empty for the platform’s usual times: %s."),
                                 defaults);
  adw_preferences_group_set_description (self->slots_group, description);
}

static void
kind_row_selected_cb (HeraldAccountDialog *self)
{
  HeraldChannelKind *kind = get_selected_kind (self);

  if (kind != NULL && self->color_follows_kind)
    set_color (self, herald_channel_kind_get_color (kind));

  update_slots_description (self, kind);

  update_save_action (self);
}

static void
name_row_changed_cb (HeraldAccountDialog *self)
{
  update_save_action (self);
}

static void
color_button_rgba_cb (HeraldAccountDialog *self)
{
  if (!self->setting_color)
    self->color_follows_kind = FALSE;
}

static void
show_error (HeraldAccountDialog *self,
            const GError        *error)
{
  g_autofree char *message = NULL;
  AdwToast *toast;

  /* Translators: %s says why, e.g. "the disk is full" */
  message = g_strdup_printf (_("Could not save the account: %s"), error->message);
  toast = adw_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
account_dialog_save_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  HeraldAccountDialog *self = HERALD_ACCOUNT_DIALOG (widget);
  HeraldChannelKind *kind = get_selected_kind (self);
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = get_trimmed_text (self->name_row);
  g_autofree char *handle = get_trimmed_text (self->handle_row);
  g_autofree char *color = rgba_to_hex (gtk_color_dialog_button_get_rgba (self->color_button));
  g_autofree char *bad_slot = NULL;
  g_auto (GStrv) slots = NULL;

  if (kind == NULL || *name == '\0')
    return;

  slots = herald_slots_parse_list (gtk_editable_get_text (GTK_EDITABLE (self->slots_row)), &bad_slot);
  if (slots == NULL)
    {
      g_autoptr (GError) bad = NULL;

      /* Translators: %s is what was typed instead of a time */
      bad = g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("“%s” is not a time of day: write times as HH:MM, e.g. 08:00, 20:30"), bad_slot);
      show_error (self, bad);
      gtk_widget_grab_focus (GTK_WIDGET (self->slots_row));
      return;
    }

  /* Edit what the store has now, not the copy the dialog opened with, so
   * that a change made meanwhile elsewhere (say, the calendar check box)
   * is kept. */
  if (self->account != NULL)
    account = herald_store_get_account (self->store,
                                        herald_record_get_id (HERALD_RECORD (self->account)),
                                        &error);
  else
    account = herald_account_new (herald_channel_kind_get_id (kind), name);

  if (account == NULL)
    {
      show_error (self, error);
      return;
    }

  herald_account_set_kind (account, herald_channel_kind_get_id (kind));
  herald_account_set_name (account, name);
  herald_account_set_handle (account, handle);
  herald_account_set_color (account, color);
  herald_account_set_slots (account, (const char * const *) slots);

  if (!herald_store_save_account (self->store, account, &error))
    {
      show_error (self, error);
      return;
    }

  g_set_object (&self->account, account);
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
account_dialog_cancel_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
select_kind (HeraldAccountDialog *self,
             const char          *id)
{
  GListModel *kinds = adw_combo_row_get_model (self->kind_row);
  guint n_kinds = g_list_model_get_n_items (kinds);

  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr (HeraldChannelKind) kind = g_list_model_get_item (kinds, i);

      if (g_strcmp0 (herald_channel_kind_get_id (kind), id) == 0)
        {
          adw_combo_row_set_selected (self->kind_row, i);
          return;
        }
    }
}

static void
herald_account_dialog_constructed (GObject *object)
{
  HeraldAccountDialog *self = HERALD_ACCOUNT_DIALOG (object);

  G_OBJECT_CLASS (herald_account_dialog_parent_class)->constructed (object);

  g_assert (HERALD_IS_STORE (self->store));

  if (self->account != NULL)
    {
      HeraldChannelKind *kind = herald_channel_kinds_lookup (herald_account_get_kind (self->account));
      const char *color = herald_account_get_color (self->account);

      adw_dialog_set_title (ADW_DIALOG (self), _("Edit Account"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));

      /* An account still in its platform's colour keeps following it. */
      self->color_follows_kind = kind != NULL && same_color (color, herald_channel_kind_get_color (kind));
      select_kind (self, herald_account_get_kind (self->account));
      set_color (self, color);
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), herald_account_get_name (self->account));
      gtk_editable_set_text (GTK_EDITABLE (self->handle_row), herald_account_get_handle (self->account));
      {
        g_autofree char *slots = herald_slots_format_list (herald_account_get_slots (self->account));

        gtk_editable_set_text (GTK_EDITABLE (self->slots_row), slots);
      }
      update_slots_description (self, kind);
    }
  else
    {
      self->color_follows_kind = TRUE;
      kind_row_selected_cb (self);
    }

  update_save_action (self);
}

/* The dialog takes the focus once it is shown.  The first time, typing
 * starts in the name, even when another dialog opened just before took
 * the focus meanwhile. */
static gboolean
herald_account_dialog_grab_focus (GtkWidget *widget)
{
  HeraldAccountDialog *self = HERALD_ACCOUNT_DIALOG (widget);

  if (!self->focused && gtk_widget_get_mapped (widget))
    {
      self->focused = TRUE;
      return gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
    }

  return GTK_WIDGET_CLASS (herald_account_dialog_parent_class)->grab_focus (widget);
}

static void
herald_account_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HeraldAccountDialog *self = HERALD_ACCOUNT_DIALOG (object);

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
herald_account_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HeraldAccountDialog *self = HERALD_ACCOUNT_DIALOG (object);

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
herald_account_dialog_dispose (GObject *object)
{
  HeraldAccountDialog *self = HERALD_ACCOUNT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_ACCOUNT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->account);

  G_OBJECT_CLASS (herald_account_dialog_parent_class)->dispose (object);
}

static void
herald_account_dialog_class_init (HeraldAccountDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = herald_account_dialog_constructed;
  object_class->dispose = herald_account_dialog_dispose;
  object_class->get_property = herald_account_dialog_get_property;
  object_class->set_property = herald_account_dialog_set_property;

  widget_class->grab_focus = herald_account_dialog_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldAccountDialog:account:
   *
   * The account being edited, %NULL to add one; once saved, the account
   * as stored.
   */
  properties[PROP_ACCOUNT] =
    g_param_spec_object ("account", NULL, NULL,
                         HERALD_TYPE_ACCOUNT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HERALD_TYPE_CHANNEL_KIND);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-account-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountDialog, handle_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountDialog, slots_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountDialog, slots_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountDialog, color_button);
  gtk_widget_class_bind_template_callback (widget_class, kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, color_button_rgba_cb);

  gtk_widget_class_install_action (widget_class, "account-dialog.save", NULL, account_dialog_save_action);
  gtk_widget_class_install_action (widget_class, "account-dialog.cancel", NULL, account_dialog_cancel_action);
}

static void
herald_account_dialog_init (HeraldAccountDialog *self)
{
  /* Selecting the first platform while the template is built must not
   * count as the user's colour choice. */
  self->setting_color = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->setting_color = FALSE;

  adw_combo_row_set_model (self->kind_row, herald_channel_kinds_get_all ());
}

/**
 * herald_account_dialog_new:
 * @store: where to save
 * @account: (nullable): the account to edit, or %NULL to add one
 *
 * Returns: (transfer floating): a new dialog
 */
HeraldAccountDialog *
herald_account_dialog_new (HeraldStore   *store,
                           HeraldAccount *account)
{
  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (account == NULL || HERALD_IS_ACCOUNT (account), NULL);

  return g_object_new (HERALD_TYPE_ACCOUNT_DIALOG,
                       "store", store,
                       "account", account,
                       NULL);
}

/**
 * herald_account_dialog_get_account_id:
 * @self: a #HeraldAccountDialog
 *
 * Returns: (nullable): the id of the account edited or just added
 */
const char *
herald_account_dialog_get_account_id (HeraldAccountDialog *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT_DIALOG (self), NULL);

  return self->account != NULL ? herald_record_get_id (HERALD_RECORD (self->account)) : NULL;
}
