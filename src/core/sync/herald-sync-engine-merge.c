/* herald-sync-engine-merge.c — the server's objects, merged into the database
 *
 * A post, campaign or topic note the server changed is written here: as
 * it is when this side did not change it since the last sync, merged
 * field by field when both did (with a conflict copy of a post whose
 * text changed on both sides), or moved to the bin when the server no
 * longer has it.  Posts whose campaign has not come yet wait for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "herald-ical-campaign.h"
#include "herald-ical-topic.h"
#include "herald-post-merge.h"
#include "herald-record-merge.h"
#include "herald-store-sync.h"
#include "herald-sync-engine-private.h"

/* The path of @href, the form sync_items keeps. */
char *
herald_sync_engine_href_key (HeraldSyncEngine *self,
                             const char       *href)
{
  g_autofree char *url = herald_caldav_client_resolve (self->client, href);
  g_autoptr (GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);

  return g_strdup (uri != NULL ? g_uri_get_path (uri) : href);
}

gboolean
herald_sync_same_path (const char *a,
                       const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  while (la > 0 && a[la - 1] == '/')
    la--;
  while (lb > 0 && b[lb - 1] == '/')
    lb--;
  return la == lb && strncmp (a, b, la) == 0;
}

static HeraldPost *
get_post_or_null (HeraldStore  *store,
                  const char   *id,
                  GError      **error)
{
  g_autoptr (GError) local_error = NULL;
  HeraldPost *post = herald_store_get_post (store, id, &local_error);

  if (post == NULL && !g_error_matches (local_error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));

  return post;
}

static HeraldPost *
make_conflict_copy (HeraldPost *remote)
{
  g_autofree char *id = herald_store_new_id ();
  /* Translators: the title of a post kept because a team member changed
   * the same post differently; %s is the post title */
  g_autofree char *title = g_strdup_printf (_("%s (conflicting copy)"), herald_post_get_title (remote));
  HeraldPost *copy = herald_post_new (herald_post_get_account_id (remote), title);

  herald_record_set_id (HERALD_RECORD (copy), id);
  herald_post_set_campaign_id (copy, herald_post_get_campaign_id (remote));
  herald_post_set_series_id (copy, herald_post_get_series_id (remote));
  herald_post_set_status (copy, herald_post_get_status (remote));
  herald_post_set_body (copy, herald_post_get_body (remote));
  herald_post_set_digest (copy, herald_post_get_digest (remote));
  herald_post_set_tags (copy, herald_post_get_tags (remote));
  herald_post_set_scheduled_at (copy, herald_post_get_scheduled_at (remote));
  herald_post_set_tz (copy, herald_post_get_tz (remote));
  herald_post_set_url (copy, herald_post_get_url (remote));
  herald_post_set_notes (copy, herald_post_get_notes (remote));
  return copy;
}

/* Writes the server's version of one object into the database, merging
 * with a local change still to be pushed. */
static gboolean
apply_remote_post (Run            *run,
                   const char     *href,
                   const char     *etag,
                   const char     *ical,
                   icalcomponent  *event,
                   gboolean        may_defer,
                   GError        **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (HeraldAccount) account = NULL;
  g_autoptr (HeraldPost) remote = NULL;
  g_autoptr (HeraldPost) local = NULL;
  const char *id;
  gboolean pending;

  remote = event != NULL ? herald_ical_event_to_post (event, &account, &local_error) : NULL;
  if (remote == NULL || account == NULL)
    {
      g_debug ("Leaving %s alone: %s", href, local_error != NULL ? local_error->message : "not a Herald post");
      run->result.skipped++;
      return TRUE;
    }

  /* Its campaign may come later in this pull: the post waits for it
   * rather than lose the link. */
  if (may_defer && herald_post_get_campaign_id (remote) != NULL)
    {
      g_autoptr (HeraldCampaign) campaign = herald_store_get_campaign (run->store, herald_post_get_campaign_id (remote), NULL);

      if (campaign == NULL)
        {
          Deferred *deferred = g_new0 (Deferred, 1);

          deferred->href = g_strdup (href);
          deferred->etag = g_strdup (etag);
          deferred->ical = g_strdup (ical);
          g_ptr_array_add (run->deferred, deferred);
          return TRUE;
        }
    }

  id = herald_record_get_id (HERALD_RECORD (remote));
  local = get_post_or_null (run->store, id, error);
  if (local == NULL && error != NULL && *error != NULL)
    return FALSE;
  if (!herald_store_sync_has_pending (run->store, id, &pending, error))
    return FALSE;

  if (local == NULL || !pending || herald_record_is_deleted (HERALD_RECORD (local)))
    {
      /* Nothing local to keep (a local delete loses to a newer edit on
       * the server: the post comes back rather than vanish unseen). */
      if (!herald_store_sync_apply_post (run->store, remote, account, FALSE, NULL, href, etag, ical, error))
        return FALSE;
    }
  else
    {
      g_autoptr (HeraldSyncItem) item = herald_store_sync_get_item (run->store, id, NULL);
      g_autoptr (HeraldPost) base = NULL;
      g_autoptr (HeraldPost) merged = NULL;
      g_autoptr (HeraldPost) copy = NULL;
      guint n_conflicts = 0;

      if (item != NULL && item->ical != NULL)
        base = herald_ical_calendar_to_post (item->ical, NULL, NULL);

      merged = herald_post_merge (base, local, remote, &n_conflicts);
      if (n_conflicts > 0)
        copy = make_conflict_copy (remote);

      if (!herald_store_sync_apply_post (run->store, merged, account, TRUE, copy, href, etag, ical, error))
        return FALSE;
      if (copy != NULL)
        run->result.conflicts++;
    }

  run->result.pulled++;
  return TRUE;
}

HeraldRecord *
herald_sync_get_record_or_null (HeraldStore   *store,
                                HeraldIcalKind kind,
                                const char    *id,
                                GError       **error)
{
  g_autoptr (GError) local_error = NULL;
  gpointer record;

  if (kind == HERALD_ICAL_CAMPAIGN)
    record = herald_store_get_campaign (store, id, &local_error);
  else if (kind == HERALD_ICAL_TOPIC)
    record = herald_store_get_topic (store, id, &local_error);
  else
    record = herald_store_get_post (store, id, &local_error);

  if (record == NULL && !g_error_matches (local_error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));

  return record;
}

/* This database's KPI targets of a campaign, as sync writes them. */
char *
herald_sync_run_local_kpis (Run        *run,
                            const char *campaign_id)
{
  g_autoptr (GListModel) kpis = herald_store_list_kpis (run->store, campaign_id, NULL);
  g_autoptr (GListModel) accounts = NULL;

  if (kpis == NULL || g_list_model_get_n_items (kpis) == 0)
    return NULL;

  accounts = herald_store_list_accounts (run->store, NULL);
  return herald_ical_kpis_to_json (kpis, accounts);
}

/* The accounts a campaign runs on here, as sync writes them. */
char *
herald_sync_run_local_members (Run        *run,
                               const char *campaign_id)
{
  g_autoptr (GListModel) members = herald_store_list_campaign_accounts (run->store, campaign_id, NULL);

  return herald_ical_campaign_accounts_to_json (members);
}

/* A field kept as one JSON text (the KPI targets, the accounts) merged
 * three ways: the side that changed it wins; changed on both sides, this
 * database's stays and the clash is counted. */
static const char *
merge_json_field (const char *base,
                  gboolean    has_base,
                  const char *here,
                  const char *remote,
                  const char *name,
                  GString    *conflicting,
                  guint      *n_conflicts)
{
  if (g_strcmp0 (here, remote) == 0)
    return here;
  if (has_base && g_strcmp0 (base, here) == 0)
    return remote;
  if (!has_base || g_strcmp0 (base, remote) != 0)
    {
      (*n_conflicts)++;
      g_string_append_printf (conflicting, "%s%s", conflicting->len > 0 ? " " : "", name);
    }
  return here;
}

static const char *
base_x (icalcomponent *calendar,
        const char    *name)
{
  icalcomponent *component = NULL;

  if (herald_ical_classify (calendar, &component) != HERALD_ICAL_CAMPAIGN)
    return NULL;
  return herald_ical_get_x (component, name);
}

/* A campaign or a topic note from the server.  Fields changed on both
 * sides keep the local value; the run counts them in kept_local. */
static gboolean
apply_remote_record (Run            *run,
                     HeraldIcalKind  kind,
                     const char     *href,
                     const char     *etag,
                     const char     *ical,
                     icalcomponent  *component,
                     GError        **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (HeraldRecord) remote = NULL;
  g_autoptr (HeraldRecord) local = NULL;
  g_autoptr (GPtrArray) kpi_list = NULL;
  g_autoptr (GPtrArray) kpi_accounts = NULL;
  g_autoptr (GPtrArray) member_accounts = NULL;
  g_auto (GStrv) member_ids = NULL;
  g_autofree char *here_kpis = NULL;
  g_autofree char *here_members = NULL;
  const char * const *names;
  const char *remote_kpis = NULL;
  const char *remote_members = NULL;
  const char *kpis = NULL;
  const char *members = NULL;
  const char *id;
  gboolean pending;
  gboolean keep_pending = FALSE;

  if (kind == HERALD_ICAL_CAMPAIGN)
    {
      remote = HERALD_RECORD (herald_ical_vevent_to_campaign (component, &local_error));
      names = herald_campaign_sync_properties;
    }
  else
    {
      remote = HERALD_RECORD (herald_ical_vjournal_to_topic (component, &local_error));
      names = herald_topic_sync_properties;
    }
  if (remote == NULL)
    {
      g_autofree char *known = herald_store_sync_find_href (run->store, href, NULL, NULL);
      g_autoptr (HeraldRecord) here = known != NULL ? herald_sync_get_record_or_null (run->store, kind, known, NULL) : NULL;

      g_debug ("Leaving %s alone: %s", href, local_error->message);
      run->result.skipped++;

      /* Made unreadable elsewhere while changed here: this version is
       * to replace it, so the next push names the server's etag. */
      if (here != NULL && !herald_record_is_deleted (here) &&
          herald_store_sync_has_pending (run->store, known, &pending, NULL) && pending)
        {
          g_autoptr (HeraldSyncItem) item = herald_store_sync_get_item (run->store, known, NULL);

          return herald_store_sync_apply_record (run->store, here, NULL, NULL, NULL, NULL, TRUE, href, etag,
                                                 item != NULL ? item->ical : NULL, error);
        }
      return TRUE;
    }

  id = herald_record_get_id (remote);
  local = herald_sync_get_record_or_null (run->store, kind, id, error);
  if (local == NULL && error != NULL && *error != NULL)
    return FALSE;
  if (!herald_store_sync_has_pending (run->store, id, &pending, error))
    return FALSE;

  if (kind == HERALD_ICAL_CAMPAIGN)
    {
      remote_kpis = herald_ical_get_x (component, "X-HERALD-KPIS");
      here_kpis = local != NULL ? herald_sync_run_local_kpis (run, id) : NULL;
      remote_members = herald_ical_get_x (component, "X-HERALD-ACCOUNTS");
      here_members = local != NULL ? herald_sync_run_local_members (run, id) : NULL;
    }

  if (local == NULL || !pending || herald_record_is_deleted (local))
    {
      /* What only this database keeps (a topic's heat) stays. */
      if (local != NULL)
        herald_record_copy_properties (local, remote, names);
      else
        local = g_object_ref (remote);
      kpis = remote_kpis;
      members = remote_members;
    }
  else
    {
      g_autoptr (HeraldSyncItem) item = herald_store_sync_get_item (run->store, id, NULL);
      g_autoptr (HeraldRecord) base = NULL;
      g_autoptr (GString) conflicting = g_string_new (NULL);
      icalcomponent *base_calendar = NULL;
      guint n_conflicts;

      if (item != NULL && item->ical != NULL)
        {
          base = kind == HERALD_ICAL_CAMPAIGN ? HERALD_RECORD (herald_ical_calendar_to_campaign (item->ical, NULL))
                                              : HERALD_RECORD (herald_ical_calendar_to_topic (item->ical, NULL));
          base_calendar = icalparser_parse_string (item->ical);
        }

      n_conflicts = herald_record_merge_properties (base, local, remote, names, conflicting);

      /* The KPI targets merge as one field, and so do the accounts. */
      kpis = here_kpis;
      members = here_members;
      if (kind == HERALD_ICAL_CAMPAIGN)
        {
          kpis = merge_json_field (base_calendar != NULL ? base_x (base_calendar, "X-HERALD-KPIS") : NULL,
                                   base != NULL, here_kpis, remote_kpis, "kpis", conflicting, &n_conflicts);
          members = merge_json_field (base_calendar != NULL ? base_x (base_calendar, "X-HERALD-ACCOUNTS") : NULL,
                                      base != NULL, here_members, remote_members, "accounts", conflicting,
                                      &n_conflicts);
        }
      if (base_calendar != NULL)
        icalcomponent_free (base_calendar);

      if (n_conflicts > 0)
        g_info ("%s %s changed here and on the server; kept this database's %s",
                kind == HERALD_ICAL_CAMPAIGN ? "Campaign" : "Topic note", id, conflicting->str);
      run->result.kept_local += n_conflicts;
      keep_pending = TRUE;
    }

  if (kind == HERALD_ICAL_CAMPAIGN && g_strcmp0 (kpis, here_kpis) != 0)
    {
      kpi_list = herald_ical_kpis_from_json (kpis, id, &kpi_accounts, &local_error);
      if (kpi_list == NULL)
        g_debug ("Leaving the KPI targets of %s as they are: %s", id, local_error->message);
    }

  if (kind == HERALD_ICAL_CAMPAIGN && g_strcmp0 (members, here_members) != 0)
    {
      g_clear_error (&local_error);
      member_ids = herald_ical_campaign_accounts_from_json (members, &member_accounts, &local_error);
      if (member_ids == NULL)
        g_debug ("Leaving the accounts of %s as they are: %s", id, local_error->message);
    }

  if (!herald_store_sync_apply_record (run->store, local, kpi_list, kpi_accounts,
                                       (const char * const *) member_ids, member_accounts,
                                       keep_pending, href, etag, ical, error))
    return FALSE;

  run->result.pulled++;
  return TRUE;
}

/* Writes the server's version of one object into the database, merging
 * with a local change still to be pushed. */
gboolean
herald_sync_run_apply_remote (Run         *run,
                              const char  *href,
                              const char  *etag,
                              const char  *ical,
                              GError     **error)
{
  icalcomponent *calendar = icalparser_parse_string (ical);
  icalcomponent *component = NULL;
  HeraldIcalKind kind = herald_ical_classify (calendar, &component);
  gboolean ok;

  if (kind == HERALD_ICAL_CAMPAIGN || kind == HERALD_ICAL_TOPIC)
    ok = apply_remote_record (run, kind, href, etag, ical, component, error);
  else
    ok = apply_remote_post (run, href, etag, ical, kind == HERALD_ICAL_POST ? component : NULL,
                            run->deferred != NULL, error);

  if (calendar != NULL)
    icalcomponent_free (calendar);
  return ok;
}

/* The posts that waited for a campaign: it came, or it is not to be had
 * and the post comes without the link. */
gboolean
herald_sync_run_apply_deferred (Run     *run,
                                GError **error)
{
  g_autoptr (GPtrArray) deferred = g_steal_pointer (&run->deferred);

  for (guint i = 0; i < deferred->len; i++)
    {
      Deferred *post = deferred->pdata[i];

      if (!herald_sync_run_apply_remote (run, post->href, post->etag, post->ical, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
herald_sync_run_apply_remote_delete (Run         *run,
                                     const char  *href,
                                     GError     **error)
{
  g_autofree char *id = herald_store_sync_find_href (run->store, href, NULL, error);
  g_autoptr (HeraldSyncItem) item = NULL;
  g_autoptr (HeraldRecord) local = NULL;
  HeraldIcalKind kind = HERALD_ICAL_POST;
  gboolean pending;

  if (id == NULL)
    return error == NULL || *error == NULL;

  item = herald_store_sync_get_item (run->store, id, error);
  if (item == NULL && error != NULL && *error != NULL)
    return FALSE;
  if (item != NULL && g_strcmp0 (item->kind, "campaign") == 0)
    kind = HERALD_ICAL_CAMPAIGN;
  else if (item != NULL && g_strcmp0 (item->kind, "topic") == 0)
    kind = HERALD_ICAL_TOPIC;

  local = herald_sync_get_record_or_null (run->store, kind, id, error);
  if (local == NULL && error != NULL && *error != NULL)
    return FALSE;
  if (!herald_store_sync_has_pending (run->store, id, &pending, error))
    return FALSE;

  /* Edited here, deleted there: the edit is kept and pushed as new. */
  if (pending && local != NULL && !herald_record_is_deleted (local))
    return herald_store_sync_forget_item (run->store, id, error);

  if (!herald_store_sync_apply_delete (run->store, id, error))
    return FALSE;

  run->result.deleted++;
  run->result.pulled++;
  return TRUE;
}
