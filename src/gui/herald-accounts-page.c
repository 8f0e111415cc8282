/* herald-accounts-page.c — Preferences → Accounts
 *
 * Lists the accounts in their order and adds, edits, moves and removes
 * them through the store.  Every move, from the row menu, the keyboard or
 * a drop, ends in herald_accounts_page_move_account().  Removing is
 * immediate and undone from the toast; the list itself follows the
 * store's `changed` signal, so it never needs refreshing by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-accounts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-account-dialog.h"
#include "herald-account-list.h"
#include "herald-account-row.h"
#include "herald-accounts-page.h"
#include "herald-preferences-dialog.h"

struct _HeraldAccountsPage
{
  AdwPreferencesPage  parent_instance;

  HeraldStore        *store;
  HeraldAccountList  *accounts;

  GtkListBox         *list;
};

G_DEFINE_FINAL_TYPE (HeraldAccountsPage, herald_accounts_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the Undo of a removal needs, for as long as its toast lives. */
typedef struct {
  HeraldStore *store;
  char        *id;
  GWeakRef     page;
} RemovedAccount;

static void
removed_account_free (gpointer  data,
                      GClosure *closure)
{
  RemovedAccount *removed = data;

  g_clear_object (&removed->store);
  g_free (removed->id);
  g_weak_ref_clear (&removed->page);
  g_free (removed);
}

/* Takes @message. */
static void
show_error (HeraldAccountsPage *self,
            char               *message)
{
  g_autofree char *owned = message;
  AdwToast *toast = adw_toast_new (owned);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  herald_preferences_page_add_toast (GTK_WIDGET (self), toast);
}

static HeraldAccount *
find_account (HeraldAccountsPage *self,
              const char         *id)
{
  guint position;

  if (self->accounts == NULL || !herald_account_list_find (self->accounts, id, &position))
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->accounts), position);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return herald_account_row_new (item);
}

/* The first row cannot go up, nor the last down. */
static void
update_move_actions (HeraldAccountsPage *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (row), "account-row.move-up", i > 0);
      gtk_widget_action_set_enabled (GTK_WIDGET (row), "account-row.move-down",
                                     gtk_list_box_get_row_at_index (self->list, i + 1) != NULL);
    }
}

static void
accounts_items_changed_cb (HeraldAccountsPage *self)
{
  update_move_actions (self);
}

static void
accounts_add_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  herald_accounts_page_add_account (HERALD_ACCOUNTS_PAGE (widget));
}

static void
accounts_edit_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HeraldAccountsPage *self = HERALD_ACCOUNTS_PAGE (widget);
  g_autoptr (HeraldAccount) account = find_account (self, g_variant_get_string (param, NULL));

  if (account == NULL)
    return;

  adw_dialog_present (ADW_DIALOG (herald_account_dialog_new (self->store, account)), widget);
}

static void
undo_remove_cb (AdwToast       *toast,
                RemovedAccount *removed)
{
  g_autoptr (GError) error = NULL;

  if (!herald_store_restore (removed->store, HERALD_RECORD_ACCOUNT, removed->id, &error))
    {
      g_autoptr (HeraldAccountsPage) self = g_weak_ref_get (&removed->page);

      if (self != NULL)
        /* Translators: %s says why */
        show_error (self, g_strdup_printf (_("Could not bring the account back: %s"), error->message));
      else
        g_warning ("Could not bring the account back: %s", error->message);
    }
}

static void
accounts_remove_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HeraldAccountsPage *self = HERALD_ACCOUNTS_PAGE (widget);
  const char *id = g_variant_get_string (param, NULL);
  g_autoptr (HeraldAccount) account = find_account (self, id);
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  RemovedAccount *removed;
  AdwToast *toast;

  if (account == NULL)
    return;

  if (!herald_store_delete (self->store, HERALD_RECORD_ACCOUNT, id, &error))
    {
      /* Translators: %s says why */
      show_error (self, g_strdup_printf (_("Could not remove the account: %s"), error->message));
      return;
    }

  /* Translators: %s is the name of an account */
  title = g_strdup_printf (_("Account “%s” removed"), herald_account_get_name (account));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_use_markup (toast, FALSE);

  removed = g_new0 (RemovedAccount, 1);
  removed->store = g_object_ref (self->store);
  removed->id = g_strdup (id);
  g_weak_ref_init (&removed->page, self);
  g_signal_connect_data (toast, "button-clicked",
                         G_CALLBACK (undo_remove_cb), removed,
                         removed_account_free, 0);

  herald_preferences_page_add_toast (GTK_WIDGET (self), toast);
}

static void
accounts_move_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HeraldAccountsPage *self = HERALD_ACCOUNTS_PAGE (widget);
  g_autoptr (GError) error = NULL;
  const char *id;
  guint position;

  g_variant_get (param, "(&su)", &id, &position);

  if (!herald_accounts_page_move_account (self, id, position, &error))
    /* Translators: %s says why */
    show_error (self, g_strdup_printf (_("Could not move the account: %s"), error->message));
}

static void
herald_accounts_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HeraldAccountsPage *self = HERALD_ACCOUNTS_PAGE (object);

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
herald_accounts_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HeraldAccountsPage *self = HERALD_ACCOUNTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      herald_accounts_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_accounts_page_dispose (GObject *object)
{
  HeraldAccountsPage *self = HERALD_ACCOUNTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_ACCOUNTS_PAGE);
  g_clear_object (&self->accounts);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_accounts_page_parent_class)->dispose (object);
}

static void
herald_accounts_page_class_init (HeraldAccountsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_accounts_page_dispose;
  object_class->get_property = herald_accounts_page_get_property;
  object_class->set_property = herald_accounts_page_set_property;

  /**
   * HeraldAccountsPage:store:
   *
   * Where the accounts are kept; %NULL when the database is not open.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-accounts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldAccountsPage, list);

  gtk_widget_class_install_action (widget_class, "accounts.add", NULL, accounts_add_action);
  gtk_widget_class_install_action (widget_class, "accounts.edit", "s", accounts_edit_action);
  gtk_widget_class_install_action (widget_class, "accounts.remove", "s", accounts_remove_action);
  gtk_widget_class_install_action (widget_class, "accounts.move", "(su)", accounts_move_action);
}

static void
herald_accounts_page_init (HeraldAccountsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.add", FALSE);
}

HeraldStore *
herald_accounts_page_get_store (HeraldAccountsPage *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNTS_PAGE (self), NULL);

  return self->store;
}

void
herald_accounts_page_set_store (HeraldAccountsPage *self,
                                HeraldStore        *store)
{
  g_return_if_fail (HERALD_IS_ACCOUNTS_PAGE (self));
  g_return_if_fail (store == NULL || HERALD_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_func (self->accounts, accounts_items_changed_cb, self);
  g_clear_object (&self->accounts);
  if (store != NULL)
    {
      self->accounts = herald_account_list_new (store);
      g_signal_connect_object (self->accounts, "items-changed",
                               G_CALLBACK (accounts_items_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->accounts),
                           create_row_cb, NULL, NULL);
  update_move_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.add", store != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * herald_accounts_page_add_account:
 * @self: a #HeraldAccountsPage
 *
 * Opens the dialog that adds an account.
 */
void
herald_accounts_page_add_account (HeraldAccountsPage *self)
{
  g_return_if_fail (HERALD_IS_ACCOUNTS_PAGE (self));

  if (self->store == NULL)
    return;

  adw_dialog_present (ADW_DIALOG (herald_account_dialog_new (self->store, NULL)),
                      GTK_WIDGET (self));
}

/**
 * herald_accounts_page_move_account:
 * @self: a #HeraldAccountsPage
 * @id: the account to move
 * @position: where it goes in the list, counting from 0; past the end
 *   means last
 * @error: return location for a #GError
 *
 * Moves an account and stores the new order.  The row menu, Alt+↑ / Alt+↓
 * and drag and drop all come here.
 *
 * Returns: %TRUE if the order is stored
 */
gboolean
herald_accounts_page_move_account (HeraldAccountsPage  *self,
                                   const char          *id,
                                   guint                position,
                                   GError             **error)
{
  g_autoptr (GPtrArray) ids = NULL;
  GListModel *model;
  GtkRoot *root;
  GtkWidget *focus;
  gboolean had_focus;
  guint from, n_items;

  g_return_val_if_fail (HERALD_IS_ACCOUNTS_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->accounts == NULL || !herald_account_list_find (self->accounts, id, &from))
    {
      g_set_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND,
                   _("The account is no longer there"));
      return FALSE;
    }

  model = G_LIST_MODEL (self->accounts);
  n_items = g_list_model_get_n_items (model);
  position = MIN (position, n_items - 1);
  if (position == from)
    return TRUE;

  ids = g_ptr_array_new_full (n_items + 1, g_free);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (model, i);

      if (i != from)
        g_ptr_array_add (ids, g_strdup (herald_record_get_id (HERALD_RECORD (account))));
    }
  g_ptr_array_insert (ids, position, g_strdup (id));
  g_ptr_array_add (ids, NULL);

  /* The moved row is made anew; keep the keyboard on it. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list));

  if (!herald_store_reorder_accounts (self->store, (const char * const *) ids->pdata, error))
    return FALSE;

  if (had_focus)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, position);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }

  return TRUE;
}
