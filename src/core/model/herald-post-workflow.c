/* herald-post-workflow.c — how a post moves from idea to published
 *
 * The usual path is idea → draft → review → approved → scheduled →
 * published.  A post may step back to any earlier stage before it is
 * published (review sends it back to draft, a scheduled post may need
 * another look), may skip ahead while it is being prepared, and may be
 * cancelled at any point before it is out.  A published post is a fact:
 * it can only be reopened as a draft (a correction, a repost), and a
 * cancelled one comes back as an idea or a draft.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-post-workflow"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "herald-post-workflow.h"

G_DEFINE_QUARK (herald-workflow-error-quark, herald_workflow_error)

#define BIT(s) (1u << HERALD_POST_STATUS_##s)
#define PREPARING (BIT (IDEA) | BIT (DRAFT) | BIT (REVIEW) | BIT (APPROVED) | BIT (SCHEDULED))

/* Where each status may go, besides staying where it is. */
static const guint allowed[HERALD_N_POST_STATUSES] = {
  [HERALD_POST_STATUS_IDEA] = PREPARING | BIT (CANCELLED),
  [HERALD_POST_STATUS_DRAFT] = PREPARING | BIT (CANCELLED),
  [HERALD_POST_STATUS_REVIEW] = PREPARING | BIT (CANCELLED),
  [HERALD_POST_STATUS_APPROVED] = PREPARING | BIT (PUBLISHED) | BIT (CANCELLED),
  [HERALD_POST_STATUS_SCHEDULED] = PREPARING | BIT (PUBLISHED) | BIT (CANCELLED),
  [HERALD_POST_STATUS_PUBLISHED] = BIT (DRAFT),
  [HERALD_POST_STATUS_CANCELLED] = BIT (IDEA) | BIT (DRAFT),
};

/**
 * herald_post_status_can_change:
 * @from: the current status
 * @to: the status wanted
 *
 * Returns: %TRUE if a post may go from @from to @to (staying is allowed)
 */
gboolean
herald_post_status_can_change (HeraldPostStatus from,
                               HeraldPostStatus to)
{
  g_return_val_if_fail (from < HERALD_N_POST_STATUSES, FALSE);
  g_return_val_if_fail (to < HERALD_N_POST_STATUSES, FALSE);

  return from == to || (allowed[from] & (1u << to)) != 0;
}

/**
 * herald_post_status_allowed_changes:
 * @from: the current status
 *
 * Returns: a bit (1 << #HeraldPostStatus) per status @from may change to,
 *   @from itself included
 */
guint
herald_post_status_allowed_changes (HeraldPostStatus from)
{
  g_return_val_if_fail (from < HERALD_N_POST_STATUSES, 0);

  return allowed[from] | (1u << from);
}

/**
 * herald_post_change_status:
 * @post: a #HeraldPost
 * @status: the new status
 * @error: return location for a #GError
 *
 * Moves @post to @status if the workflow allows it: scheduling needs a
 * time, and publishing goes through herald_post_mark_published(), which
 * records where and when.  On failure @post is left as it was.
 *
 * Returns: %TRUE if @post has @status now
 */
gboolean
herald_post_change_status (HeraldPost        *post,
                           HeraldPostStatus   status,
                           GError           **error)
{
  HeraldPostStatus from;

  g_return_val_if_fail (HERALD_IS_POST (post), FALSE);
  g_return_val_if_fail (status < HERALD_N_POST_STATUSES, FALSE);

  from = herald_post_get_status (post);
  if (from == status)
    return TRUE;

  if (!herald_post_status_can_change (from, status))
    {
      g_set_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NOT_ALLOWED,
                   from == HERALD_POST_STATUS_PUBLISHED
                     ? _("A published post can only be reopened as a draft.")
                     : from == HERALD_POST_STATUS_CANCELLED
                       ? _("A cancelled post comes back as an idea or a draft.")
                       : _("Only an approved or scheduled post can be marked as published."));
      return FALSE;
    }

  if (status == HERALD_POST_STATUS_SCHEDULED && herald_post_get_scheduled_at (post) == 0)
    {
      g_set_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_TIME,
                   _("Set a date and time before scheduling the post."));
      return FALSE;
    }

  if (status == HERALD_POST_STATUS_PUBLISHED)
    {
      g_set_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_URL,
                   _("Mark the post as published with its address and time."));
      return FALSE;
    }

  /* Reopening forgets where the old version went out. */
  if (from == HERALD_POST_STATUS_PUBLISHED)
    {
      herald_post_set_url (post, "");
      herald_post_set_published_at (post, 0);
    }

  herald_post_set_status (post, status);
  return TRUE;
}

/**
 * herald_post_check_published_url:
 * @url: what the user gave as the published address
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @url is a web address (http or https, with a host)
 */
gboolean
herald_post_check_published_url (const char  *url,
                                 GError     **error)
{
  g_autoptr (GUri) uri = NULL;
  const char *scheme;
  const char *host;

  g_return_val_if_fail (url != NULL, FALSE);

  if (*url == '\0')
    {
      g_set_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_URL,
                   _("Paste the address of the published post."));
      return FALSE;
    }

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  host = uri != NULL ? g_uri_get_host (uri) : NULL;
  if (uri == NULL || host == NULL || *host == '\0' ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0) ||
      strchr (url, ' ') != NULL)
    {
      g_set_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_BAD_URL,
                   _("“%s” is not a web address. Copy it from the browser’s address bar, starting with https://."),
                   url);
      return FALSE;
    }

  return TRUE;
}

/**
 * herald_post_mark_published:
 * @post: a #HeraldPost, approved or scheduled
 * @url: where it was published
 * @published_at: when, in Unix seconds (not 0)
 * @error: return location for a #GError
 *
 * Records that @post is out.  On failure @post is left as it was.
 *
 * Returns: %TRUE if @post is published now
 */
gboolean
herald_post_mark_published (HeraldPost  *post,
                            const char  *url,
                            gint64       published_at,
                            GError     **error)
{
  g_autofree char *trimmed = NULL;
  HeraldPostStatus from;

  g_return_val_if_fail (HERALD_IS_POST (post), FALSE);
  g_return_val_if_fail (url != NULL, FALSE);

  from = herald_post_get_status (post);
  if (!herald_post_status_can_change (from, HERALD_POST_STATUS_PUBLISHED))
    {
      g_set_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NOT_ALLOWED,
                   _("Only an approved or scheduled post can be marked as published."));
      return FALSE;
    }

  trimmed = g_strstrip (g_strdup (url));
  if (!herald_post_check_published_url (trimmed, error))
    return FALSE;

  if (published_at <= 0)
    {
      g_set_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_TIME,
                   _("Give the time the post went out."));
      return FALSE;
    }

  herald_post_set_url (post, trimmed);
  herald_post_set_published_at (post, published_at);
  herald_post_set_status (post, HERALD_POST_STATUS_PUBLISHED);
  return TRUE;
}
