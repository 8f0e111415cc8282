/* herald-application-topics.c — the hot lists, refreshed while Herald runs
 *
 * One fetcher per database, owned by the application, so that a refresh
 * the timer starts and one the user asks for never run side by side;
 * every few minutes, as set in Preferences, it fetches the lists that are
 * due.  The Hot Topics page shows what comes through the store.
 *
 * The fetcher is made the first time it is needed, never at start-up: it
 * lives in the feeds module, with libsoup (herald-feeds-loader.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-application"

#include "config.h"

#include "herald-application-private.h"

static void schedule_refresh (HeraldApplication *self);

static void
refreshed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GError) error = NULL;

  /* Failures are recorded on each feed, where the page shows them. */
  results = herald_feed_fetcher_refresh_finish (HERALD_FEED_FETCHER (source), result, &error);
  if (results == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PENDING))
    g_warning ("Could not refresh the hot lists: %s", error->message);
}

static void
refresh_timeout_cb (gpointer user_data)
{
  HeraldApplication *self = user_data;
  HeraldFeedFetcher *fetcher = herald_application_get_feed_fetcher (self);

  self->topics_refresh_id = 0;
  if (fetcher != NULL)
    herald_feed_fetcher_refresh_async (fetcher, self->cancellable, refreshed_cb, NULL);
  schedule_refresh (self);
}

static void
schedule_refresh (HeraldApplication *self)
{
  guint minutes;

  g_clear_handle_id (&self->topics_refresh_id, g_source_remove);
  /* Not with no database, nor once the application is shutting down. */
  if (self->settings == NULL || self->store == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;

  minutes = g_settings_get_uint (self->settings, "topics-refresh-minutes");
  if (minutes > 0)
    self->topics_refresh_id = g_timeout_add_seconds_once (minutes * 60, refresh_timeout_cb, self);
}

void
herald_application_topics_startup (HeraldApplication *self)
{
  g_signal_connect_object (self->settings, "changed::topics-refresh-minutes",
                           G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
  schedule_refresh (self);
}

void
herald_application_topics_set_store (HeraldApplication *self,
                                     HeraldStore       *store)
{
  g_clear_object (&self->feed_fetcher);
  schedule_refresh (self);
}

/**
 * herald_application_get_feed_fetcher:
 * @self: a #HeraldApplication
 *
 * Makes the fetcher the first time it is asked for.
 *
 * Returns: (transfer none) (nullable): the fetcher of the open database's
 *   hot lists, %NULL with no database open
 */
HeraldFeedFetcher *
herald_application_get_feed_fetcher (HeraldApplication *self)
{
  g_return_val_if_fail (HERALD_IS_APPLICATION (self), NULL);

  if (self->feed_fetcher == NULL && self->store != NULL)
    self->feed_fetcher = herald_feed_fetcher_new (self->store);

  return self->feed_fetcher;
}
