/* herald-post-query.c — the posts in a time range, kept up to date
 *
 * A GListModel of the HeraldPost scheduled in [from, to) that match a
 * filter, in time order.  When the store announces a change to posts or
 * accounts, the query reads its range again and tells its views only what
 * changed: an unchanged post keeps its object, so a view keyed on the
 * objects keeps its widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-post-query"

#include "config.h"

#include "herald-post-query.h"

struct _HeraldPostQuery
{
  GObject      parent_instance;

  HeraldStore *store;
  gint64       from;
  gint64       to;
  GStrv        account_ids;
  GStrv        campaign_ids;
  guint        statuses;

  GPtrArray   *posts;
  GHashTable  *positions;    /* post id → index + 1 in posts */
  GError      *error;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HeraldPostQuery, herald_post_query, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
herald_post_query_get_item_type (GListModel *model)
{
  return HERALD_TYPE_POST;
}

static guint
herald_post_query_get_n_items (GListModel *model)
{
  return HERALD_POST_QUERY (model)->posts->len;
}

static gpointer
herald_post_query_get_item (GListModel *model,
                            guint       position)
{
  HeraldPostQuery *self = HERALD_POST_QUERY (model);

  if (position >= self->posts->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->posts, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = herald_post_query_get_item_type;
  iface->get_n_items = herald_post_query_get_n_items;
  iface->get_item = herald_post_query_get_item;
}

/* The same post, unchanged: times have a resolution of a second, so the
 * ids the store says changed count as changed whatever their times. */
static gboolean
same_post (HeraldPost         *a,
           HeraldPost         *b,
           const char * const *changed_ids)
{
  const char *id = herald_record_get_id (HERALD_RECORD (a));

  return g_strcmp0 (id, herald_record_get_id (HERALD_RECORD (b))) == 0 &&
         herald_record_get_updated_at (HERALD_RECORD (a)) == herald_record_get_updated_at (HERALD_RECORD (b)) &&
         (changed_ids == NULL || !g_strv_contains (changed_ids, id));
}

static void
index_posts (HeraldPostQuery *self)
{
  g_hash_table_remove_all (self->positions);
  for (guint i = 0; i < self->posts->len; i++)
    g_hash_table_insert (self->positions,
                         (gpointer) herald_record_get_id (HERALD_RECORD (g_ptr_array_index (self->posts, i))),
                         GUINT_TO_POINTER (i + 1));
}

/* Reads the range again and reports the smallest span that changed:
 * the common head and tail of the old and new lists stay untouched. */
static void
refresh (HeraldPostQuery    *self,
         const char * const *changed_ids)
{
  HeraldPostFilter filter = {
    (const char * const *) self->account_ids,
    (const char * const *) self->campaign_ids,
    self->statuses,
  };
  g_autoptr (GListModel) fresh = NULL;
  g_autoptr (GPtrArray) old = NULL;
  GPtrArray *next;
  guint n_fresh, head = 0, tail = 0;

  g_clear_error (&self->error);

  if (self->from >= self->to)
    fresh = G_LIST_MODEL (g_list_store_new (HERALD_TYPE_POST));
  else
    fresh = herald_store_list_posts_in_range (self->store, self->from, self->to, &filter, &self->error);

  if (fresh == NULL)
    {
      g_warning ("Could not read the posts: %s", self->error->message);
      fresh = G_LIST_MODEL (g_list_store_new (HERALD_TYPE_POST));
    }

  n_fresh = g_list_model_get_n_items (fresh);
  next = g_ptr_array_new_full (n_fresh, g_object_unref);
  for (guint i = 0; i < n_fresh; i++)
    g_ptr_array_add (next, g_list_model_get_item (fresh, i));

  old = g_steal_pointer (&self->posts);

  while (head < old->len && head < next->len &&
         same_post (g_ptr_array_index (old, head), g_ptr_array_index (next, head), changed_ids))
    {
      /* Keep the object the views already hold. */
      g_object_unref (g_ptr_array_index (next, head));
      g_ptr_array_index (next, head) = g_object_ref (g_ptr_array_index (old, head));
      head++;
    }

  while (tail < old->len - head && tail < next->len - head &&
         same_post (g_ptr_array_index (old, old->len - 1 - tail),
                    g_ptr_array_index (next, next->len - 1 - tail), changed_ids))
    {
      guint o = old->len - 1 - tail, n = next->len - 1 - tail;

      g_object_unref (g_ptr_array_index (next, n));
      g_ptr_array_index (next, n) = g_object_ref (g_ptr_array_index (old, o));
      tail++;
    }

  self->posts = next;
  index_posts (self);

  if (old->len != next->len || head + tail < old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), head,
                                old->len - head - tail, next->len - head - tail);
}

static void
store_changed_cb (HeraldPostQuery  *self,
                  HeraldRecordKind  kind,
                  const char      **ids)
{
  if (kind == HERALD_RECORD_POST)
    refresh (self, ids);
  else if (kind == HERALD_RECORD_ACCOUNT)
    refresh (self, NULL);
}

static void
herald_post_query_dispose (GObject *object)
{
  HeraldPostQuery *self = HERALD_POST_QUERY (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_post_query_parent_class)->dispose (object);
}

static void
herald_post_query_finalize (GObject *object)
{
  HeraldPostQuery *self = HERALD_POST_QUERY (object);

  g_clear_pointer (&self->posts, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->account_ids, g_strfreev);
  g_clear_pointer (&self->campaign_ids, g_strfreev);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (herald_post_query_parent_class)->finalize (object);
}

static void
herald_post_query_class_init (HeraldPostQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = herald_post_query_dispose;
  object_class->finalize = herald_post_query_finalize;
}

static void
herald_post_query_init (HeraldPostQuery *self)
{
  self->posts = g_ptr_array_new_with_free_func (g_object_unref);
  self->positions = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * herald_post_query_new:
 * @store: the store to read
 *
 * Returns: (transfer full): an empty query; give it a range
 */
HeraldPostQuery *
herald_post_query_new (HeraldStore *store)
{
  HeraldPostQuery *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_POST_QUERY, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);

  return self;
}

HeraldStore *
herald_post_query_get_store (HeraldPostQuery *self)
{
  g_return_val_if_fail (HERALD_IS_POST_QUERY (self), NULL);

  return self->store;
}

/**
 * herald_post_query_set_range:
 * @self: a #HeraldPostQuery
 * @from: Unix time, inclusive
 * @to: Unix time, exclusive
 *
 * Reads the posts of the new range.
 */
void
herald_post_query_set_range (HeraldPostQuery *self,
                             gint64           from,
                             gint64           to)
{
  g_return_if_fail (HERALD_IS_POST_QUERY (self));

  if (self->from == from && self->to == to)
    return;

  self->from = from;
  self->to = to;
  refresh (self, NULL);
}

void
herald_post_query_get_range (HeraldPostQuery *self,
                             gint64          *from,
                             gint64          *to)
{
  g_return_if_fail (HERALD_IS_POST_QUERY (self));

  if (from != NULL)
    *from = self->from;
  if (to != NULL)
    *to = self->to;
}

/**
 * herald_post_query_set_filter:
 * @self: a #HeraldPostQuery
 * @account_ids: (nullable): only these accounts (an empty array: none)
 * @campaign_ids: (nullable): only these campaigns
 * @statuses: bits (1 << #HeraldPostStatus); 0 for all
 */
void
herald_post_query_set_filter (HeraldPostQuery    *self,
                              const char * const *account_ids,
                              const char * const *campaign_ids,
                              guint               statuses)
{
  g_return_if_fail (HERALD_IS_POST_QUERY (self));

  g_clear_pointer (&self->account_ids, g_strfreev);
  g_clear_pointer (&self->campaign_ids, g_strfreev);
  self->account_ids = g_strdupv ((char **) account_ids);
  self->campaign_ids = g_strdupv ((char **) campaign_ids);
  self->statuses = statuses;

  refresh (self, NULL);
}

/**
 * herald_post_query_get_error:
 * @self: a #HeraldPostQuery
 *
 * Returns: (nullable): why the last read failed
 */
const GError *
herald_post_query_get_error (HeraldPostQuery *self)
{
  g_return_val_if_fail (HERALD_IS_POST_QUERY (self), NULL);

  return self->error;
}

/**
 * herald_post_query_find:
 * @self: a #HeraldPostQuery
 * @post_id: a post id
 * @position: (out) (optional): its position
 *
 * Returns: (transfer none) (nullable): the post, if the query holds it
 */
HeraldPost *
herald_post_query_find (HeraldPostQuery *self,
                        const char      *post_id,
                        guint           *position)
{
  guint index;

  g_return_val_if_fail (HERALD_IS_POST_QUERY (self), NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, post_id));
  if (index == 0)
    return NULL;

  if (position != NULL)
    *position = index - 1;

  return g_ptr_array_index (self->posts, index - 1);
}
