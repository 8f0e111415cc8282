/* herald-caldav-discovery.c — finding the calendar to sync with
 *
 * From the address the user gave: the calendar itself, or through
 * /.well-known/caldav, the user's principal and calendar home, the first
 * calendar that takes events; a home with none gets one made.  Only the
 * client's public calls are used.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-caldav"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-caldav-client.h"

#define DISCOVER_PROPS \
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" \
  "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop>" \
  "<d:resourcetype/><d:current-user-principal/><c:calendar-home-set/>" \
  "<c:supported-calendar-component-set/><d:displayname/>" \
  "</d:prop></d:propfind>"

static HeraldDavResponse *
first_response (HeraldMultistatus *multistatus)
{
  return multistatus != NULL && multistatus->responses->len > 0 ? multistatus->responses->pdata[0] : NULL;
}

/**
 * herald_caldav_client_discover:
 *
 * Finds the calendar to sync with: the base address itself when it is a
 * calendar, else through /.well-known/caldav, the current user's
 * principal and calendar home, the first calendar taking events — and
 * when the home has none, a new calendar "Herald" made there.
 *
 * Returns: (transfer full) (nullable): the calendar collection's address
 */
char *
herald_caldav_client_discover (HeraldCaldavClient  *self,
                               GCancellable        *cancellable,
                               GError             **error)
{
  g_autoptr (HeraldMultistatus) here = NULL;
  g_autoptr (HeraldMultistatus) principal_props = NULL;
  g_autoptr (HeraldMultistatus) members = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *principal = NULL;
  g_autofree char *home = NULL;
  g_autofree char *created = NULL;
  HeraldDavResponse *response;
  const char *base;

  g_return_val_if_fail (HERALD_IS_CALDAV_CLIENT (self), NULL);

  base = herald_caldav_client_get_base_url (self);
  here = herald_caldav_client_propfind (self, base, 0, DISCOVER_PROPS, cancellable, &local_error);
  if (here == NULL && !g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NOT_FOUND) &&
      !g_error_matches (local_error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_BAD_RESPONSE))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  g_clear_error (&local_error);

  response = first_response (here);
  if (response != NULL && response->is_calendar)
    return g_strdup (base);
  if (response != NULL)
    {
      principal = response->principal != NULL ? herald_caldav_client_resolve (self, response->principal) : NULL;
      home = response->calendar_home != NULL ? herald_caldav_client_resolve (self, response->calendar_home) : NULL;
    }

  if (principal == NULL && home == NULL)
    {
      g_autofree char *well_known = herald_caldav_client_resolve (self, "/.well-known/caldav");
      g_autoptr (HeraldMultistatus) found = NULL;

      found = herald_caldav_client_propfind (self, well_known, 0, DISCOVER_PROPS, cancellable, error);
      response = first_response (found);
      if (response == NULL || response->principal == NULL)
        {
          if (found != NULL)
            g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NOT_FOUND,
                         _("The server at %s does not say where its calendars are"), base);
          return NULL;
        }
      principal = herald_caldav_client_resolve (self, response->principal);
    }

  if (home == NULL)
    {
      principal_props = herald_caldav_client_propfind (self, principal, 0, DISCOVER_PROPS, cancellable, error);
      response = first_response (principal_props);
      if (response == NULL || response->calendar_home == NULL)
        {
          if (principal_props != NULL)
            g_set_error (error, HERALD_CALDAV_ERROR, HERALD_CALDAV_ERROR_NOT_FOUND,
                         _("The server at %s has no calendar home for this user"), base);
          return NULL;
        }
      home = herald_caldav_client_resolve (self, response->calendar_home);
    }

  members = herald_caldav_client_propfind (self, home, 1, DISCOVER_PROPS, cancellable, error);
  if (members == NULL)
    return NULL;

  for (guint i = 0; i < members->responses->len; i++)
    {
      response = members->responses->pdata[i];
      if (response->is_calendar && response->supports_vevent)
        return herald_caldav_client_resolve (self, response->href);
    }

  created = g_strconcat (home, g_str_has_suffix (home, "/") ? "" : "/", "herald/", NULL);
  if (!herald_caldav_client_mkcalendar (self, created, "Herald", cancellable, error))
    return NULL;

  return g_steal_pointer (&created);
}

static void
discover_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;
  char *collection = herald_caldav_client_discover (source_object, cancellable, &error);

  if (collection == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, collection, g_free);
}

void
herald_caldav_client_discover_async (HeraldCaldavClient  *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, herald_caldav_client_discover_async);
  g_task_run_in_thread (task, discover_thread);
}

char *
herald_caldav_client_discover_finish (HeraldCaldavClient  *self,
                                      GAsyncResult        *result,
                                      GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
