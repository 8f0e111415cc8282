/* herald-feed-probe.c — fetches a feed once to see whether it works
 *
 * Preferences test a feed before it is trusted: one plain GET, the same
 * parser the refresh uses, and nothing written anywhere — not the topics,
 * not the feed's fetch state, so a test never counts as a fetch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-feed-probe"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "herald-feed-fetcher.h"
#include "herald-feed-parser.h"
#include "herald-feed-probe.h"

typedef struct {
  HeraldFeedKind  kind;
  char           *mapping;
  char           *charset;
  GBytes         *body;
} Probe;

static void
probe_free (Probe *probe)
{
  g_free (probe->mapping);
  g_free (probe->charset);
  g_clear_pointer (&probe->body, g_bytes_unref);
  g_free (probe);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Probe *probe = task_data;
  GError *error = NULL;
  GPtrArray *items;

  items = herald_feed_parse (probe->kind, probe->mapping, probe->charset, probe->body, &error);
  if (items == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
}

static void
read_cb (GObject      *source,
         GAsyncResult *res,
         gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Probe *probe = g_task_get_task_data (task);
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (source), res);
  g_autoptr (GHashTable) params = NULL;
  g_autoptr (GError) error = NULL;
  guint status;

  probe->body = soup_session_send_and_read_finish (SOUP_SESSION (source), res, &error);
  if (probe->body == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        g_task_return_new_error (task, HERALD_FEED_ERROR, HERALD_FEED_ERROR_TIMEOUT,
                                 _("The server took too long to answer"));
      else
        g_task_return_new_error (task, HERALD_FEED_ERROR, HERALD_FEED_ERROR_NETWORK,
                                 _("Could not read the feed: %s"), error->message);
      return;
    }

  status = soup_message_get_status (message);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *reason = soup_message_get_reason_phrase (message);

      g_task_return_new_error (task, HERALD_FEED_ERROR, HERALD_FEED_ERROR_HTTP,
                               _("The server answered “%u %s”"), status, reason != NULL ? reason : "");
      return;
    }

  if (g_bytes_get_size (probe->body) > HERALD_FEED_MAX_BODY)
    {
      g_autofree char *size = g_format_size_full (HERALD_FEED_MAX_BODY, G_FORMAT_SIZE_IEC_UNITS);

      g_task_return_new_error (task, HERALD_FEED_ERROR, HERALD_FEED_ERROR_TOO_LARGE,
                               _("The feed is larger than %s"), size);
      return;
    }

  if (soup_message_headers_get_content_type (soup_message_get_response_headers (message), &params) != NULL
      && params != NULL)
    probe->charset = g_strdup (g_hash_table_lookup (params, "charset"));

  g_task_run_in_thread (task, parse_thread);
}

/**
 * herald_feed_probe_async:
 * @feed: the feed to try
 * @timeout: seconds to wait for the server, 0 for %HERALD_FEED_TIMEOUT
 * @cancellable: (nullable): stops the probe
 * @callback: called with the items or the error
 * @user_data: data for @callback
 *
 * Fetches @feed once, unconditionally, and parses it, without recording
 * anything.
 */
void
herald_feed_probe_async (HeraldFeed          *feed,
                         guint                timeout,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (SoupSession) session = NULL;
  g_autoptr (SoupMessage) message = NULL;
  g_autoptr (GUri) uri = NULL;
  Probe *probe;

  g_return_if_fail (HERALD_IS_FEED (feed));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, herald_feed_probe_async);
  probe = g_new0 (Probe, 1);
  probe->kind = herald_feed_get_kind (feed);
  probe->mapping = g_strdup (herald_feed_get_mapping (feed));
  g_task_set_task_data (task, probe, (GDestroyNotify) probe_free);

  uri = g_uri_parse (herald_feed_get_url (feed), SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL || (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") != 0
                      && g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0))
    {
      g_task_return_new_error (task, HERALD_FEED_ERROR, HERALD_FEED_ERROR_NETWORK,
                               _("The address of the feed is not a web address"));
      return;
    }

  session = soup_session_new_with_options ("user-agent", "Herald/" PACKAGE_VERSION,
                                           "timeout", timeout > 0 ? timeout : HERALD_FEED_TIMEOUT,
                                           NULL);
  message = soup_message_new_from_uri (SOUP_METHOD_GET, uri);
  soup_session_send_and_read_async (session, message, G_PRIORITY_DEFAULT, cancellable,
                                    read_cb, g_steal_pointer (&task));
}

/**
 * herald_feed_probe_finish:
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type HeraldFeedItem): what the
 *   feed lists, or %NULL with @error set
 */
GPtrArray *
herald_feed_probe_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
