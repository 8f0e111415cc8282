/* herald-post-query.h — the posts in a time range, kept up to date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_POST_QUERY (herald_post_query_get_type ())

G_DECLARE_FINAL_TYPE (HeraldPostQuery, herald_post_query, HERALD, POST_QUERY, GObject)

HeraldPostQuery *herald_post_query_new        (HeraldStore            *store);
HeraldStore     *herald_post_query_get_store  (HeraldPostQuery        *self);
void             herald_post_query_set_range  (HeraldPostQuery        *self,
                                               gint64                  from,
                                               gint64                  to);
void             herald_post_query_get_range  (HeraldPostQuery        *self,
                                               gint64                 *from,
                                               gint64                 *to);
void             herald_post_query_set_filter (HeraldPostQuery        *self,
                                               const char * const     *account_ids,
                                               const char * const     *campaign_ids,
                                               guint                   statuses);
const GError    *herald_post_query_get_error  (HeraldPostQuery        *self);
HeraldPost      *herald_post_query_find       (HeraldPostQuery        *self,
                                               const char             *post_id,
                                               guint                  *position);

G_END_DECLS
