/* herald-ical-topic.c — hot-topic notes as iCalendar journal entries
 *
 * A hot topic with its note is a VJOURNAL: UID = topic id, SUMMARY = the
 * topic's title, DESCRIPTION = the note (angle, audience and risks, as
 * Herald keeps them together), DTSTART = when the topic was first seen,
 * STATUS from its state (watching → DRAFT, used → FINAL, dropped →
 * CANCELLED), URL = its link, a category, X-HERALD-KIND:topic and
 * X-HERALD-SOURCE / X-HERALD-STATE.  The heat history stays in each
 * database: it is measured there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-ical"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-ical-topic.h"

static icalproperty_status
state_to_status (HeraldTopicState state)
{
  switch (state)
    {
    case HERALD_TOPIC_STATE_USED:
      return ICAL_STATUS_FINAL;
    case HERALD_TOPIC_STATE_DROPPED:
      return ICAL_STATUS_CANCELLED;
    case HERALD_TOPIC_STATE_WATCHING:
    default:
      return ICAL_STATUS_DRAFT;
    }
}

static HeraldTopicState
status_to_state (icalproperty_status status)
{
  switch (status)
    {
    case ICAL_STATUS_FINAL:
      return HERALD_TOPIC_STATE_USED;
    case ICAL_STATUS_CANCELLED:
      return HERALD_TOPIC_STATE_DROPPED;
    default:
      return HERALD_TOPIC_STATE_WATCHING;
    }
}

/**
 * herald_ical_topic_to_vjournal:
 * @topic: a hot topic
 *
 * Returns: (transfer full): a new VJOURNAL; free with icalcomponent_free()
 */
icalcomponent *
herald_ical_topic_to_vjournal (HeraldTopic *topic)
{
  icaltimezone *utc = icaltimezone_get_utc_timezone ();
  icalcomponent *journal;

  g_return_val_if_fail (HERALD_IS_TOPIC (topic), NULL);

  journal = icalcomponent_new_vjournal ();
  icalcomponent_add_property (journal, icalproperty_new_uid (herald_record_get_id (HERALD_RECORD (topic))));
  icalcomponent_add_property (journal,
                              icalproperty_new_dtstamp (icaltime_from_timet_with_zone (herald_record_get_updated_at (HERALD_RECORD (topic)), 0, utc)));
  if (herald_topic_get_first_seen (topic) > 0)
    icalcomponent_add_property (journal,
                                icalproperty_new_dtstart (icaltime_from_timet_with_zone (herald_topic_get_first_seen (topic), 0, utc)));
  icalcomponent_add_property (journal, icalproperty_new_summary (herald_topic_get_title (topic)));
  if (*herald_topic_get_notes (topic) != '\0')
    icalcomponent_add_property (journal, icalproperty_new_description (herald_topic_get_notes (topic)));
  icalcomponent_add_property (journal, icalproperty_new_status (state_to_status (herald_topic_get_state (topic))));
  if (*herald_topic_get_url (topic) != '\0')
    icalcomponent_add_property (journal, icalproperty_new_url (herald_topic_get_url (topic)));

  herald_ical_add_x (journal, "X-HERALD-KIND", "topic");
  herald_ical_add_x (journal, "X-HERALD-SOURCE", herald_topic_get_source (topic));
  herald_ical_add_x (journal, "X-HERALD-STATE", herald_topic_state_to_string (herald_topic_get_state (topic)));

  return journal;
}

/**
 * herald_ical_vjournal_to_topic:
 * @vjournal: a VJOURNAL made by herald_ical_topic_to_vjournal() (or edited
 *   by another program)
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the topic it describes, without
 *   heat: last seen and peak heat are left at zero
 */
HeraldTopic *
herald_ical_vjournal_to_topic (icalcomponent  *vjournal,
                               GError        **error)
{
  g_autoptr (HeraldTopic) topic = NULL;
  HeraldTopicState state;
  const char *uid, *title, *source, *state_name;
  icalproperty *status, *url;

  g_return_val_if_fail (vjournal != NULL, NULL);

  uid = icalcomponent_get_uid (vjournal);
  if (icalcomponent_isa (vjournal) != ICAL_VJOURNAL_COMPONENT || uid == NULL || *uid == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The calendar note has no identifier"));
      return NULL;
    }

  title = icalcomponent_get_summary (vjournal);
  if (title == NULL || *title == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The topic note %s has no title"), uid);
      return NULL;
    }

  source = herald_ical_get_x (vjournal, "X-HERALD-SOURCE");
  topic = herald_topic_new (title, source != NULL ? source : "");
  herald_record_set_id (HERALD_RECORD (topic), uid);

  if (icalcomponent_get_description (vjournal) != NULL)
    herald_topic_set_notes (topic, icalcomponent_get_description (vjournal));
  herald_topic_set_first_seen (topic, herald_ical_get_time (vjournal, ICAL_DTSTART_PROPERTY));

  url = icalcomponent_get_first_property (vjournal, ICAL_URL_PROPERTY);
  if (url != NULL)
    herald_topic_set_url (topic, icalproperty_get_url (url));

  /* Herald's state, unless another program changed the STATUS since. */
  state_name = herald_ical_get_x (vjournal, "X-HERALD-STATE");
  if (state_name == NULL || !herald_topic_state_from_string (state_name, &state))
    state = HERALD_TOPIC_STATE_WATCHING;
  status = icalcomponent_get_first_property (vjournal, ICAL_STATUS_PROPERTY);
  if (status != NULL && icalproperty_get_status (status) != state_to_status (state))
    state = status_to_state (icalproperty_get_status (status));
  herald_topic_set_state (topic, state);

  return g_steal_pointer (&topic);
}

static gboolean
is_topic_property (icalproperty *property)
{
  switch (icalproperty_isa (property))
    {
    case ICAL_UID_PROPERTY:
    case ICAL_DTSTAMP_PROPERTY:
    case ICAL_DTSTART_PROPERTY:
    case ICAL_SUMMARY_PROPERTY:
    case ICAL_DESCRIPTION_PROPERTY:
    case ICAL_STATUS_PROPERTY:
    case ICAL_URL_PROPERTY:
      return TRUE;
    case ICAL_X_PROPERTY:
      return g_str_has_prefix (icalproperty_get_x_name (property), "X-HERALD-");
    default:
      return FALSE;
    }
}

/**
 * herald_ical_topic_to_calendar:
 * @topic: a hot topic
 * @base: (nullable): the last iCalendar text synced for @topic
 *
 * Makes the iCalendar text to push for @topic, keeping what other
 * programs added to @base (categories included).
 *
 * Returns: (transfer full): iCalendar text
 */
char *
herald_ical_topic_to_calendar (HeraldTopic *topic,
                               const char  *base)
{
  icalcomponent *journal = herald_ical_topic_to_vjournal (topic);
  icalcomponent *old = base != NULL ? icalparser_parse_string (base) : NULL;
  icalcomponent *old_journal = herald_ical_find_component (old, ICAL_VJOURNAL_COMPONENT);

  if (old_journal == NULL || icalcomponent_get_first_property (old_journal, ICAL_CATEGORIES_PROPERTY) == NULL)
    /* Translators: the category of a hot-topic note in the team's calendar */
    icalcomponent_add_property (journal, icalproperty_new_categories (_("Hot topic")));
  if (old != NULL)
    icalcomponent_free (old);

  return herald_ical_wrap (journal, base, is_topic_property, TRUE);
}

/**
 * herald_ical_calendar_to_topic:
 * @text: iCalendar text holding one topic note
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the topic it describes
 */
HeraldTopic *
herald_ical_calendar_to_topic (const char  *text,
                               GError     **error)
{
  icalcomponent *calendar = text != NULL ? icalparser_parse_string (text) : NULL;
  icalcomponent *journal = NULL;
  HeraldTopic *topic = NULL;

  if (herald_ical_classify (calendar, &journal) != HERALD_ICAL_TOPIC)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The calendar object holds no topic note"));
  else
    topic = herald_ical_vjournal_to_topic (journal, error);

  if (calendar != NULL)
    icalcomponent_free (calendar);
  return topic;
}
