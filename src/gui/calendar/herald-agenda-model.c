/* herald-agenda-model.c — posts in sections, one section a day
 *
 * Wraps a GListModel of HeraldPost in time order (a HeraldPostQuery) and
 * passes its items through unchanged, adding a GtkSectionModel that cuts
 * them by local day, for the agenda's day headers.
 *
 * The day each section starts at is kept in an array, found again by a
 * binary search: a list view asks for sections as it scrolls, and a month
 * may hold ten thousand posts.  When the posts change, the days are
 * counted again (one pass) and the sections next to the change are
 * announced too: removing a day's last post shortens the section of the
 * posts before it, which did not change themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-agenda-model"

#include "config.h"

#include "herald-agenda-model.h"
#include "herald-store.h"
#include "herald-week-range.h"

struct _HeraldAgendaModel
{
  GObject     parent_instance;

  GListModel *posts;
  GArray     *starts;   /* guint: the position each day's section starts at */
  GArray     *days;     /* guint32: the Julian day of each section */
};

static void list_model_iface_init    (GListModelInterface    *iface);
static void section_model_iface_init (GtkSectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HeraldAgendaModel, herald_agenda_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SECTION_MODEL, section_model_iface_init))

enum {
  PROP_0,
  PROP_POSTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint32
julian_day_of (GListModel *posts,
               guint       position)
{
  g_autoptr (HeraldPost) post = g_list_model_get_item (posts, position);
  GDate day;

  herald_week_range_local_day (herald_post_get_scheduled_at (post), &day, NULL);
  return g_date_valid (&day) ? g_date_get_julian (&day) : 0;
}

static void
count_sections (HeraldAgendaModel *self)
{
  guint n_items = self->posts != NULL ? g_list_model_get_n_items (self->posts) : 0;
  guint32 previous = 0;

  g_array_set_size (self->starts, 0);
  g_array_set_size (self->days, 0);

  for (guint i = 0; i < n_items; i++)
    {
      guint32 julian = julian_day_of (self->posts, i);

      if (i == 0 || julian != previous)
        {
          g_array_append_val (self->starts, i);
          g_array_append_val (self->days, julian);
          previous = julian;
        }
    }
}

/* The index of the section holding @position, which must be an item. */
static guint
section_of (HeraldAgendaModel *self,
            guint              position)
{
  guint low = 0, high = self->starts->len;

  g_assert (self->starts->len > 0);

  /* The last section starting at or before @position. */
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->starts, guint, middle) <= position)
        low = middle;
      else
        high = middle;
    }

  return low;
}

static guint
section_end (HeraldAgendaModel *self,
             guint              section)
{
  if (section + 1 < self->starts->len)
    return g_array_index (self->starts, guint, section + 1);

  return g_list_model_get_n_items (self->posts);
}

static void
posts_items_changed_cb (HeraldAgendaModel *self,
                        guint              position,
                        guint              removed,
                        guint              added)
{
  guint n_items, first, last;

  count_sections (self);
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);

  n_items = g_list_model_get_n_items (self->posts);
  if (n_items == 0)
    return;

  /* The sections touching the change, on either side of it. */
  first = g_array_index (self->starts, guint, section_of (self, position > 0 ? MIN (position - 1, n_items - 1) : 0));
  last = section_end (self, section_of (self, MIN (position + added, n_items - 1)));
  gtk_section_model_sections_changed (GTK_SECTION_MODEL (self), first, last - first);
}

static GType
herald_agenda_model_get_item_type (GListModel *model)
{
  return HERALD_TYPE_POST;
}

static guint
herald_agenda_model_get_n_items (GListModel *model)
{
  HeraldAgendaModel *self = HERALD_AGENDA_MODEL (model);

  return self->posts != NULL ? g_list_model_get_n_items (self->posts) : 0;
}

static gpointer
herald_agenda_model_get_item (GListModel *model,
                              guint       position)
{
  HeraldAgendaModel *self = HERALD_AGENDA_MODEL (model);

  return self->posts != NULL ? g_list_model_get_item (self->posts, position) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = herald_agenda_model_get_item_type;
  iface->get_n_items = herald_agenda_model_get_n_items;
  iface->get_item = herald_agenda_model_get_item;
}

static void
herald_agenda_model_get_section (GtkSectionModel *model,
                                 guint            position,
                                 guint           *out_start,
                                 guint           *out_end)
{
  HeraldAgendaModel *self = HERALD_AGENDA_MODEL (model);
  guint n_items = herald_agenda_model_get_n_items (G_LIST_MODEL (self));
  guint section;

  if (position >= n_items)
    {
      *out_start = n_items;
      *out_end = G_MAXUINT;
      return;
    }

  section = section_of (self, position);
  *out_start = g_array_index (self->starts, guint, section);
  *out_end = section_end (self, section);
}

static void
section_model_iface_init (GtkSectionModelInterface *iface)
{
  iface->get_section = herald_agenda_model_get_section;
}

static void
herald_agenda_model_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HeraldAgendaModel *self = HERALD_AGENDA_MODEL (object);

  switch (prop_id)
    {
    case PROP_POSTS:
      g_value_set_object (value, self->posts);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_agenda_model_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HeraldAgendaModel *self = HERALD_AGENDA_MODEL (object);

  switch (prop_id)
    {
    case PROP_POSTS:
      herald_agenda_model_set_posts (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_agenda_model_dispose (GObject *object)
{
  HeraldAgendaModel *self = HERALD_AGENDA_MODEL (object);

  if (self->posts != NULL)
    g_signal_handlers_disconnect_by_func (self->posts, posts_items_changed_cb, self);
  g_clear_object (&self->posts);

  G_OBJECT_CLASS (herald_agenda_model_parent_class)->dispose (object);
}

static void
herald_agenda_model_finalize (GObject *object)
{
  HeraldAgendaModel *self = HERALD_AGENDA_MODEL (object);

  g_clear_pointer (&self->starts, g_array_unref);
  g_clear_pointer (&self->days, g_array_unref);

  G_OBJECT_CLASS (herald_agenda_model_parent_class)->finalize (object);
}

static void
herald_agenda_model_class_init (HeraldAgendaModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = herald_agenda_model_dispose;
  object_class->finalize = herald_agenda_model_finalize;
  object_class->get_property = herald_agenda_model_get_property;
  object_class->set_property = herald_agenda_model_set_property;

  /**
   * HeraldAgendaModel:posts:
   *
   * A #GListModel of #HeraldPost in time order.
   */
  properties[PROP_POSTS] =
    g_param_spec_object ("posts", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_agenda_model_init (HeraldAgendaModel *self)
{
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->days = g_array_new (FALSE, FALSE, sizeof (guint32));
}

/**
 * herald_agenda_model_new:
 * @posts: (nullable): a #GListModel of #HeraldPost in time order
 *
 * Returns: (transfer full): a model of the same posts, in sections by day
 */
HeraldAgendaModel *
herald_agenda_model_new (GListModel *posts)
{
  g_return_val_if_fail (posts == NULL || G_IS_LIST_MODEL (posts), NULL);

  return g_object_new (HERALD_TYPE_AGENDA_MODEL, "posts", posts, NULL);
}

/**
 * herald_agenda_model_get_posts:
 * @self: a #HeraldAgendaModel
 *
 * Returns: (transfer none) (nullable): the posts wrapped
 */
GListModel *
herald_agenda_model_get_posts (HeraldAgendaModel *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_MODEL (self), NULL);

  return self->posts;
}

void
herald_agenda_model_set_posts (HeraldAgendaModel *self,
                               GListModel        *posts)
{
  guint removed, added;

  g_return_if_fail (HERALD_IS_AGENDA_MODEL (self));
  g_return_if_fail (posts == NULL || G_IS_LIST_MODEL (posts));

  if (self->posts == posts)
    return;

  removed = herald_agenda_model_get_n_items (G_LIST_MODEL (self));
  if (self->posts != NULL)
    g_signal_handlers_disconnect_by_func (self->posts, posts_items_changed_cb, self);
  g_set_object (&self->posts, posts);
  if (posts != NULL)
    g_signal_connect_object (posts, "items-changed", G_CALLBACK (posts_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  count_sections (self);
  added = herald_agenda_model_get_n_items (G_LIST_MODEL (self));
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTS]);
}

guint
herald_agenda_model_get_n_sections (HeraldAgendaModel *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_MODEL (self), 0);

  return self->starts->len;
}

/**
 * herald_agenda_model_get_day:
 * @self: a #HeraldAgendaModel
 * @position: an item's position
 * @day: (out caller-allocates): the local day of its section; invalid
 *   past the last item
 */
void
herald_agenda_model_get_day (HeraldAgendaModel *self,
                             guint              position,
                             GDate             *day)
{
  guint32 julian;

  g_return_if_fail (HERALD_IS_AGENDA_MODEL (self));
  g_return_if_fail (day != NULL);

  g_date_clear (day, 1);
  if (position >= herald_agenda_model_get_n_items (G_LIST_MODEL (self)))
    return;

  julian = g_array_index (self->days, guint32, section_of (self, position));
  if (g_date_valid_julian (julian))
    g_date_set_julian (day, julian);
}

/**
 * herald_agenda_model_find_day:
 * @self: a #HeraldAgendaModel
 * @day: a valid date
 *
 * Returns: the position of the first post on @day or later, or the
 *   number of items when there is none
 */
guint
herald_agenda_model_find_day (HeraldAgendaModel *self,
                              const GDate       *day)
{
  guint32 julian;

  g_return_val_if_fail (HERALD_IS_AGENDA_MODEL (self), 0);
  g_return_val_if_fail (day != NULL && g_date_valid (day), 0);

  julian = g_date_get_julian (day);
  for (guint i = 0; i < self->days->len; i++)
    if (g_array_index (self->days, guint32, i) >= julian)
      return g_array_index (self->starts, guint, i);

  return herald_agenda_model_get_n_items (G_LIST_MODEL (self));
}
