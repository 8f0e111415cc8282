/* herald-post.h — one post on one account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-record.h"

G_BEGIN_DECLS

typedef enum {
  HERALD_POST_STATUS_IDEA,
  HERALD_POST_STATUS_DRAFT,
  HERALD_POST_STATUS_REVIEW,
  HERALD_POST_STATUS_APPROVED,
  HERALD_POST_STATUS_SCHEDULED,
  HERALD_POST_STATUS_PUBLISHED,
  HERALD_POST_STATUS_CANCELLED,
} HeraldPostStatus;

#define HERALD_N_POST_STATUSES (HERALD_POST_STATUS_CANCELLED + 1)

#define HERALD_TYPE_POST_STATUS (herald_post_status_get_type ())
GType             herald_post_status_get_type    (void) G_GNUC_CONST;
/* Stable names used in the database, JSON and CSV: "idea", "draft" … */
const char       *herald_post_status_to_string   (HeraldPostStatus  status);
gboolean          herald_post_status_from_string (const char       *name,
                                                  HeraldPostStatus *status);

#define HERALD_TYPE_POST (herald_post_get_type ())

G_DECLARE_FINAL_TYPE (HeraldPost, herald_post, HERALD, POST, HeraldRecord)

HeraldPost         *herald_post_new              (const char         *account_id,
                                                  const char         *title);
const char         *herald_post_get_account_id   (HeraldPost         *self);
void                herald_post_set_account_id   (HeraldPost         *self,
                                                  const char         *account_id);
const char         *herald_post_get_campaign_id  (HeraldPost         *self);
void                herald_post_set_campaign_id  (HeraldPost         *self,
                                                  const char         *campaign_id);
const char         *herald_post_get_series_id    (HeraldPost         *self);
void                herald_post_set_series_id    (HeraldPost         *self,
                                                  const char         *series_id);
HeraldPostStatus    herald_post_get_status       (HeraldPost         *self);
void                herald_post_set_status       (HeraldPost         *self,
                                                  HeraldPostStatus    status);
const char         *herald_post_get_title        (HeraldPost         *self);
void                herald_post_set_title        (HeraldPost         *self,
                                                  const char         *title);
const char         *herald_post_get_body         (HeraldPost         *self);
void                herald_post_set_body         (HeraldPost         *self,
                                                  const char         *body);
const char         *herald_post_get_digest       (HeraldPost         *self);
void                herald_post_set_digest       (HeraldPost         *self,
                                                  const char         *digest);
const char * const *herald_post_get_tags         (HeraldPost         *self);
void                herald_post_set_tags         (HeraldPost         *self,
                                                  const char * const *tags);
/* Unix seconds (UTC); 0 when the post has no time yet. */
gint64              herald_post_get_scheduled_at (HeraldPost         *self);
void                herald_post_set_scheduled_at (HeraldPost         *self,
                                                  gint64              scheduled_at);
const char         *herald_post_get_tz           (HeraldPost         *self);
void                herald_post_set_tz           (HeraldPost         *self,
                                                  const char         *tz);
gint64              herald_post_get_published_at (HeraldPost         *self);
void                herald_post_set_published_at (HeraldPost         *self,
                                                  gint64              published_at);
const char         *herald_post_get_url          (HeraldPost         *self);
void                herald_post_set_url          (HeraldPost         *self,
                                                  const char         *url);
const char         *herald_post_get_notes        (HeraldPost         *self);
void                herald_post_set_notes        (HeraldPost         *self,
                                                  const char         *notes);
gboolean            herald_post_is_overdue       (HeraldPost         *self,
                                                  gint64              now);

G_END_DECLS
