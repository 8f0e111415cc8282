/* herald-record.h — what every stored record has: an id and its times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HERALD_TYPE_RECORD (herald_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (HeraldRecord, herald_record, HERALD, RECORD, GObject)

struct _HeraldRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer padding[4];
};

const char *herald_record_get_id         (HeraldRecord *self);
void        herald_record_set_id         (HeraldRecord *self,
                                          const char   *id);
gint64      herald_record_get_created_at (HeraldRecord *self);
void        herald_record_set_created_at (HeraldRecord *self,
                                          gint64        created_at);
gint64      herald_record_get_updated_at (HeraldRecord *self);
void        herald_record_set_updated_at (HeraldRecord *self,
                                          gint64        updated_at);
gint64      herald_record_get_deleted_at (HeraldRecord *self);
void        herald_record_set_deleted_at (HeraldRecord *self,
                                          gint64        deleted_at);
gboolean    herald_record_is_deleted     (HeraldRecord *self);

G_END_DECLS
