/* herald-record.c — what every stored record has: an id and its times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-record"

#include "config.h"

#include "herald-record.h"

/**
 * HeraldRecord:
 *
 * The base of every object the store keeps in a table of its own: the id
 * and the three times each row carries.
 *
 * The id is %NULL until the store has saved the record (the store makes
 * ids, constructors never do). Times are Unix seconds in UTC; 0 means
 * "not set". A record whose #HeraldRecord:deleted-at is set is a
 * tombstone: it stays in the database so that undo and sync can see it.
 */

typedef struct
{
  char   *id;
  gint64  created_at;
  gint64  updated_at;
  gint64  deleted_at;
} HeraldRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HeraldRecord, herald_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_DELETED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
herald_record_finalize (GObject *object)
{
  HeraldRecord *self = HERALD_RECORD (object);
  HeraldRecordPrivate *priv = herald_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);

  G_OBJECT_CLASS (herald_record_parent_class)->finalize (object);
}

static void
herald_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HeraldRecord *self = HERALD_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, herald_record_get_id (self));
      break;

    case PROP_CREATED_AT:
      g_value_set_int64 (value, herald_record_get_created_at (self));
      break;

    case PROP_UPDATED_AT:
      g_value_set_int64 (value, herald_record_get_updated_at (self));
      break;

    case PROP_DELETED_AT:
      g_value_set_int64 (value, herald_record_get_deleted_at (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_record_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HeraldRecord *self = HERALD_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      herald_record_set_id (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      herald_record_set_created_at (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED_AT:
      herald_record_set_updated_at (self, g_value_get_int64 (value));
      break;

    case PROP_DELETED_AT:
      herald_record_set_deleted_at (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_record_class_init (HeraldRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_record_finalize;
  object_class->get_property = herald_record_get_property;
  object_class->set_property = herald_record_set_property;

  /**
   * HeraldRecord:id:
   *
   * The record's UUID, or %NULL while it has never been saved. An empty
   * string is stored as %NULL.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldRecord:created-at:
   *
   * When the record was first saved, in Unix seconds (UTC); 0 if never.
   */
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * HeraldRecord:updated-at:
   *
   * When the record was last saved, in Unix seconds (UTC); 0 if never.
   */
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * HeraldRecord:deleted-at:
   *
   * When the record was moved to the bin, in Unix seconds (UTC); 0 while
   * it is alive.
   */
  properties[PROP_DELETED_AT] =
    g_param_spec_int64 ("deleted-at", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_record_init (HeraldRecord *self)
{
}

/**
 * herald_record_get_id:
 * @self: a #HeraldRecord
 *
 * Returns: (nullable): the record's id, or %NULL if it was never saved
 */
const char *
herald_record_get_id (HeraldRecord *self)
{
  HeraldRecordPrivate *priv;

  g_return_val_if_fail (HERALD_IS_RECORD (self), NULL);

  priv = herald_record_get_instance_private (self);

  return priv->id;
}

/**
 * herald_record_set_id:
 * @self: a #HeraldRecord
 * @id: (nullable): the new id
 *
 * Sets the id. Only the store should call this, when it saves a new
 * record or loads one.
 */
void
herald_record_set_id (HeraldRecord *self,
                      const char   *id)
{
  HeraldRecordPrivate *priv;

  g_return_if_fail (HERALD_IS_RECORD (self));

  priv = herald_record_get_instance_private (self);

  /* "" is no id: keep a single way of saying "not saved yet". */
  if (id != NULL && id[0] == '\0')
    id = NULL;

  if (g_set_str (&priv->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
herald_record_get_created_at (HeraldRecord *self)
{
  HeraldRecordPrivate *priv;

  g_return_val_if_fail (HERALD_IS_RECORD (self), 0);

  priv = herald_record_get_instance_private (self);

  return priv->created_at;
}

void
herald_record_set_created_at (HeraldRecord *self,
                              gint64        created_at)
{
  HeraldRecordPrivate *priv;

  g_return_if_fail (HERALD_IS_RECORD (self));

  priv = herald_record_get_instance_private (self);

  if (priv->created_at == created_at)
    return;

  priv->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

gint64
herald_record_get_updated_at (HeraldRecord *self)
{
  HeraldRecordPrivate *priv;

  g_return_val_if_fail (HERALD_IS_RECORD (self), 0);

  priv = herald_record_get_instance_private (self);

  return priv->updated_at;
}

void
herald_record_set_updated_at (HeraldRecord *self,
                              gint64        updated_at)
{
  HeraldRecordPrivate *priv;

  g_return_if_fail (HERALD_IS_RECORD (self));

  priv = herald_record_get_instance_private (self);

  if (priv->updated_at == updated_at)
    return;

  priv->updated_at = updated_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

gint64
herald_record_get_deleted_at (HeraldRecord *self)
{
  HeraldRecordPrivate *priv;

  g_return_val_if_fail (HERALD_IS_RECORD (self), 0);

  priv = herald_record_get_instance_private (self);

  return priv->deleted_at;
}

/**
 * herald_record_set_deleted_at:
 * @self: a #HeraldRecord
 * @deleted_at: Unix seconds (UTC), or 0 to bring the record back
 */
void
herald_record_set_deleted_at (HeraldRecord *self,
                              gint64        deleted_at)
{
  HeraldRecordPrivate *priv;

  g_return_if_fail (HERALD_IS_RECORD (self));

  priv = herald_record_get_instance_private (self);

  if (priv->deleted_at == deleted_at)
    return;

  priv->deleted_at = deleted_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}

/**
 * herald_record_is_deleted:
 * @self: a #HeraldRecord
 *
 * Returns: %TRUE if the record is a tombstone
 */
gboolean
herald_record_is_deleted (HeraldRecord *self)
{
  g_return_val_if_fail (HERALD_IS_RECORD (self), FALSE);

  return herald_record_get_deleted_at (self) != 0;
}
