/* herald-post-workflow.h — how a post moves from idea to published
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-post.h"

G_BEGIN_DECLS

#define HERALD_WORKFLOW_ERROR (herald_workflow_error_quark ())

typedef enum {
  HERALD_WORKFLOW_ERROR_NOT_ALLOWED,
  HERALD_WORKFLOW_ERROR_NEEDS_TIME,
  HERALD_WORKFLOW_ERROR_NEEDS_URL,
  HERALD_WORKFLOW_ERROR_BAD_URL,
} HeraldWorkflowError;

GQuark   herald_workflow_error_quark        (void);

gboolean herald_post_status_can_change      (HeraldPostStatus   from,
                                             HeraldPostStatus   to);
guint    herald_post_status_allowed_changes (HeraldPostStatus   from);
gboolean herald_post_change_status          (HeraldPost        *post,
                                             HeraldPostStatus   status,
                                             GError           **error);
gboolean herald_post_check_published_url    (const char        *url,
                                             GError           **error);
gboolean herald_post_mark_published         (HeraldPost        *post,
                                             const char        *url,
                                             gint64             published_at,
                                             GError           **error);

G_END_DECLS
