/* herald-account-list.c — the accounts of a store as a live list model
 *
 * Follows the store's `changed` signal.  An account that is still there
 * after a change keeps its object, updated in place, so that rows bound to
 * it only see property notifications: a row whose check box was just
 * toggled keeps its focus.  Only additions, removals and moves reach
 * views as items-changed, for the smallest range that covers them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-account-list"

#include "config.h"

#include "herald-account-list.h"

struct _HeraldAccountList
{
  GObject      parent_instance;

  HeraldStore *store;
  GPtrArray   *accounts;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HeraldAccountList, herald_account_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
herald_account_list_get_item_type (GListModel *model)
{
  return HERALD_TYPE_ACCOUNT;
}

static guint
herald_account_list_get_n_items (GListModel *model)
{
  return HERALD_ACCOUNT_LIST (model)->accounts->len;
}

static gpointer
herald_account_list_get_item (GListModel *model,
                              guint       position)
{
  HeraldAccountList *self = HERALD_ACCOUNT_LIST (model);

  if (position >= self->accounts->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->accounts, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = herald_account_list_get_item_type;
  iface->get_n_items = herald_account_list_get_n_items;
  iface->get_item = herald_account_list_get_item;
}

static const char *
account_id (gpointer account)
{
  return herald_record_get_id (HERALD_RECORD (account));
}

/* Copies every writable property, so notifications fire only for what
 * really changed. */
static void
update_account (HeraldAccount *account,
                HeraldAccount *from)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (account), &n_pspecs);

  g_object_freeze_notify (G_OBJECT (account));
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto (GValue) old_value = G_VALUE_INIT;
      g_auto (GValue) new_value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&old_value, pspecs[i]->value_type);
      g_value_init (&new_value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (account), pspecs[i]->name, &old_value);
      g_object_get_property (G_OBJECT (from), pspecs[i]->name, &new_value);
      if (g_param_values_cmp (pspecs[i], &old_value, &new_value) != 0)
        g_object_set_property (G_OBJECT (account), pspecs[i]->name, &new_value);
    }
  g_object_thaw_notify (G_OBJECT (account));
}

static HeraldAccount *
take_existing (HeraldAccountList *self,
               HeraldAccount     *fresh)
{
  for (guint i = 0; i < self->accounts->len; i++)
    {
      HeraldAccount *account = g_ptr_array_index (self->accounts, i);

      if (g_strcmp0 (account_id (account), account_id (fresh)) == 0)
        {
          update_account (account, fresh);
          return g_object_ref (account);
        }
    }

  return g_object_ref (fresh);
}

/**
 * herald_account_list_refresh:
 * @self: a #HeraldAccountList
 *
 * Reads the accounts again.  Called on every change of the store; a read
 * that fails keeps the list as it was.
 */
void
herald_account_list_refresh (HeraldAccountList *self)
{
  g_autoptr (GListModel) fresh = NULL;
  g_autoptr (GPtrArray) accounts = NULL;
  g_autoptr (GError) error = NULL;
  guint n_old, n_new, prefix = 0, suffix = 0;

  g_return_if_fail (HERALD_IS_ACCOUNT_LIST (self));

  fresh = herald_store_list_accounts (self->store, &error);
  if (fresh == NULL)
    {
      g_warning ("Could not read the accounts: %s", error->message);
      return;
    }

  n_new = g_list_model_get_n_items (fresh);
  accounts = g_ptr_array_new_full (n_new, g_object_unref);
  for (guint i = 0; i < n_new; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (fresh, i);

      g_ptr_array_add (accounts, take_existing (self, account));
    }

  n_old = self->accounts->len;
  while (prefix < n_old && prefix < n_new &&
         g_ptr_array_index (self->accounts, prefix) == g_ptr_array_index (accounts, prefix))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         g_ptr_array_index (self->accounts, n_old - 1 - suffix) == g_ptr_array_index (accounts, n_new - 1 - suffix))
    suffix++;

  g_ptr_array_unref (self->accounts);
  self->accounts = g_steal_pointer (&accounts);

  if (prefix + suffix < MAX (n_old, n_new))
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                n_old - prefix - suffix, n_new - prefix - suffix);
  if (n_old != n_new)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
store_changed_cb (HeraldAccountList  *self,
                  HeraldRecordKind    kind,
                  const char * const *ids)
{
  if (kind == HERALD_RECORD_ACCOUNT)
    herald_account_list_refresh (self);
}

static void
herald_account_list_constructed (GObject *object)
{
  HeraldAccountList *self = HERALD_ACCOUNT_LIST (object);

  G_OBJECT_CLASS (herald_account_list_parent_class)->constructed (object);

  g_assert (HERALD_IS_STORE (self->store));

  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  herald_account_list_refresh (self);
}

static void
herald_account_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HeraldAccountList *self = HERALD_ACCOUNT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->accounts->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_account_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HeraldAccountList *self = HERALD_ACCOUNT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_account_list_finalize (GObject *object)
{
  HeraldAccountList *self = HERALD_ACCOUNT_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->accounts, g_ptr_array_unref);

  G_OBJECT_CLASS (herald_account_list_parent_class)->finalize (object);
}

static void
herald_account_list_class_init (HeraldAccountListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = herald_account_list_constructed;
  object_class->finalize = herald_account_list_finalize;
  object_class->get_property = herald_account_list_get_property;
  object_class->set_property = herald_account_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldAccountList:n-items:
   *
   * How many accounts there are, for views that show something else when
   * there are none.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_account_list_init (HeraldAccountList *self)
{
  self->accounts = g_ptr_array_new_with_free_func (g_object_unref);
}

HeraldAccountList *
herald_account_list_new (HeraldStore *store)
{
  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  return g_object_new (HERALD_TYPE_ACCOUNT_LIST,
                       "store", store,
                       NULL);
}

HeraldStore *
herald_account_list_get_store (HeraldAccountList *self)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT_LIST (self), NULL);

  return self->store;
}

/**
 * herald_account_list_find:
 * @self: a #HeraldAccountList
 * @id: an account id
 * @position: (out) (optional): where it is
 *
 * Returns: whether the account is in the list
 */
gboolean
herald_account_list_find (HeraldAccountList *self,
                          const char        *id,
                          guint             *position)
{
  g_return_val_if_fail (HERALD_IS_ACCOUNT_LIST (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < self->accounts->len; i++)
    if (g_strcmp0 (account_id (g_ptr_array_index (self->accounts, i)), id) == 0)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }

  return FALSE;
}
