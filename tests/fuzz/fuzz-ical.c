/* fuzz-ical.c — the iCalendar → post, campaign and topic note mappings
 *
 * Every VEVENT is read as a post and as a campaign, every VJOURNAL as a
 * topic note; what the server object is classified as is read that way
 * and written back with the input as the merge base, as sync does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-ical-campaign.h"
#include "herald-ical-mapping.h"
#include "herald-ical-topic.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
read_event (icalcomponent *event)
{
  g_autoptr (HeraldPost) post = herald_ical_vevent_to_post (event, NULL);
  g_autoptr (HeraldCampaign) campaign = herald_ical_vevent_to_campaign (event, NULL);
}

static void
read_journal (icalcomponent *journal)
{
  g_autoptr (HeraldTopic) topic = herald_ical_vjournal_to_topic (journal, NULL);
}

/* The same text, but for carriage returns: libical writes them as they
 * are and its parser takes them for line ends. */
static void
assert_same_text (const char *a,
                  const char *b)
{
  g_autoptr (GString) x = g_string_new (a);
  g_autoptr (GString) y = g_string_new (b);

  g_string_replace (x, "\r", "", 0);
  g_string_replace (y, "\r", "", 0);
  g_assert_cmpstr (x->str, ==, y->str);
}

/* What the sync engine does with an object from the server. */
static void
read_as_sync (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  icalcomponent *component = NULL;

  switch (herald_ical_classify (calendar, &component))
    {
    case HERALD_ICAL_CAMPAIGN:
      {
        g_autoptr (HeraldCampaign) campaign = herald_ical_vevent_to_campaign (component, NULL);

        if (campaign != NULL)
          {
            const char *id = herald_record_get_id (HERALD_RECORD (campaign));
            g_autoptr (GPtrArray) accounts = NULL;
            g_autoptr (GPtrArray) kpis = herald_ical_kpis_from_json (herald_ical_get_x (component, "X-HERALD-KPIS"),
                                                                     id, &accounts, NULL);
            g_autoptr (GListStore) kpi_store = g_list_store_new (HERALD_TYPE_KPI);
            g_autoptr (GListStore) account_store = g_list_store_new (HERALD_TYPE_ACCOUNT);
            g_autoptr (GListStore) member_store = g_list_store_new (HERALD_TYPE_ACCOUNT);
            g_autoptr (GPtrArray) named = NULL;
            g_auto (GStrv) members = NULL;
            g_autofree char *members_json = NULL;
            g_autofree char *json = NULL;
            g_autofree char *back = NULL;
            g_autoptr (HeraldCampaign) again = NULL;

            for (guint i = 0; kpis != NULL && i < kpis->len; i++)
              g_list_store_append (kpi_store, kpis->pdata[i]);
            for (guint i = 0; accounts != NULL && i < accounts->len; i++)
              g_list_store_append (account_store, accounts->pdata[i]);
            json = herald_ical_kpis_to_json (G_LIST_MODEL (kpi_store), G_LIST_MODEL (account_store));
            members = herald_ical_campaign_accounts_from_json (herald_ical_get_x (component, "X-HERALD-ACCOUNTS"),
                                                               &named, NULL);
            for (guint i = 0; named != NULL && i < named->len; i++)
              g_list_store_append (member_store, named->pdata[i]);
            members_json = herald_ical_campaign_accounts_to_json (G_LIST_MODEL (member_store));
            back = herald_ical_campaign_to_calendar (campaign, json, members_json, text);
            again = herald_ical_calendar_to_campaign (back, NULL);

            g_assert_nonnull (again);
            assert_same_text (herald_campaign_get_name (again), herald_campaign_get_name (campaign));
            if (json != NULL)
              {
                g_autoptr (GPtrArray) accounts_again = NULL;
                g_autoptr (GPtrArray) kpis_again = herald_ical_kpis_from_json (json, id, &accounts_again, NULL);

                g_assert_nonnull (kpis_again);
                g_assert_cmpuint (kpis_again->len, ==, kpis->len);
              }
            if (members_json != NULL)
              {
                g_autoptr (GPtrArray) named_again = NULL;
                g_auto (GStrv) members_again = herald_ical_campaign_accounts_from_json (members_json, &named_again, NULL);

                /* Only the accounts it could name go back out. */
                g_assert_nonnull (members_again);
                g_assert_cmpuint (g_strv_length (members_again), ==, named->len);
              }
          }
      }
      break;
    case HERALD_ICAL_TOPIC:
      {
        g_autoptr (HeraldTopic) topic = herald_ical_vjournal_to_topic (component, NULL);

        if (topic != NULL)
          {
            g_autofree char *back = herald_ical_topic_to_calendar (topic, text);
            g_autoptr (HeraldTopic) again = herald_ical_calendar_to_topic (back, NULL);

            g_assert_nonnull (again);
            assert_same_text (herald_topic_get_notes (again), herald_topic_get_notes (topic));
          }
      }
      break;
    case HERALD_ICAL_POST:
      {
        g_autoptr (HeraldAccount) account = NULL;
        g_autoptr (HeraldPost) post = herald_ical_event_to_post (component, &account, NULL);
      }
      break;
    case HERALD_ICAL_OTHER:
    default:
      break;
    }

  if (calendar != NULL)
    icalcomponent_free (calendar);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  icalcomponent *root;

  icalerror_set_errors_are_fatal (0);
  root = icalparser_parse_string (text);
  if (root == NULL)
    return 0;

  if (icalcomponent_isa (root) == ICAL_VEVENT_COMPONENT)
    read_event (root);
  else if (icalcomponent_isa (root) == ICAL_VJOURNAL_COMPONENT)
    read_journal (root);
  else
    {
      for (icalcomponent *c = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
           c != NULL;
           c = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
        read_event (c);
      for (icalcomponent *c = icalcomponent_get_first_component (root, ICAL_VJOURNAL_COMPONENT);
           c != NULL;
           c = icalcomponent_get_next_component (root, ICAL_VJOURNAL_COMPONENT))
        read_journal (c);
    }

  icalcomponent_free (root);
  read_as_sync (text);
  return 0;
}
