/* herald-record-merge.h — three-way merge of a record's properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The properties of a campaign and of a topic that sync carries. */
extern const char * const herald_campaign_sync_properties[];
extern const char * const herald_topic_sync_properties[];

void  herald_record_copy_properties  (gpointer            to,
                                      gpointer            from,
                                      const char * const *names);
guint herald_record_merge_properties (gpointer            base,
                                      gpointer            local,
                                      gpointer            remote,
                                      const char * const *names,
                                      GString            *conflicting);

G_END_DECLS
