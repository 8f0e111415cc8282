/* herald-ical-mapping.c — posts as iCalendar events
 *
 * A post is a VEVENT: UID = post id, DTSTART = its slot (UTC), SUMMARY =
 * channel and title, DESCRIPTION = the body, STATUS from the post status,
 * a VALARM before the slot so that phones remind whoever publishes, and
 * X-HERALD-* properties for everything else Herald keeps.  The same
 * mapping serves the .ics export and CalDAV sync.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-ical"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-channel-kind.h"
#include "herald-ical-mapping.h"

/* How long an event lasts in a calendar: posting is a moment, but a
 * zero-length event is hard to see and to tap. */
#define EVENT_MINUTES 30

#define add_x herald_ical_add_x
#define get_x herald_ical_get_x

/**
 * herald_ical_add_x:
 * @component: a component
 * @name: an X- property name
 * @value: (nullable): its value; nothing is added when empty
 *
 * A value with a comma, semicolon, backslash or line break is written as
 * escaped TEXT (`;VALUE=TEXT`): servers that read an X- property's plain
 * commas as a list separator (Radicale does) would keep only its first
 * part.
 */
void
herald_ical_add_x (icalcomponent *component,
                   const char    *name,
                   const char    *value)
{
  icalproperty *property;

  if (value == NULL || *value == '\0')
    return;

  property = icalproperty_new_x (value);
  icalproperty_set_x_name (property, name);
  if (strpbrk (value, ",;\\\n") != NULL)
    icalproperty_set_value (property, icalvalue_new_text (value));
  icalcomponent_add_property (component, property);
}

static const char *
x_value (icalproperty *property)
{
  icalvalue *value = icalproperty_get_value (property);

  if (value != NULL && icalvalue_isa (value) == ICAL_TEXT_VALUE)
    return icalvalue_get_text (value);

  return icalproperty_get_x (property);
}

/**
 * herald_ical_get_x:
 *
 * Returns: (transfer none) (nullable): the value of the first X- property
 *   of @component called @name
 */
const char *
herald_ical_get_x (icalcomponent *component,
                   const char    *name)
{
  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_X_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (component, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (p), name) == 0)
      return x_value (p);

  return NULL;
}

/**
 * herald_ical_get_time:
 * @component: a component
 * @kind: %ICAL_DTSTART_PROPERTY or another date-time property
 *
 * Reads a date-time as Unix time: UTC, in its VTIMEZONE, or in the zone
 * its TZID names when another program left the VTIMEZONE out (floating
 * times are taken as UTC).
 *
 * Returns: Unix time, or 0 when @component has no such property
 */
gint64
herald_ical_get_time (icalcomponent      *component,
                      icalproperty_kind   kind)
{
  icalproperty *property = icalcomponent_get_first_property (component, kind);
  struct icaltimetype time;
  const icaltimezone *zone;

  if (property == NULL)
    return 0;

  time = icalproperty_get_datetime_with_component (property, component);
  if (icaltime_is_null_time (time))
    return 0;

  zone = time.zone;
  if (zone == NULL && !icaltime_is_utc (time))
    {
      icalparameter *tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);

      if (tzid != NULL)
        zone = icaltimezone_get_builtin_timezone (icalparameter_get_tzid (tzid));
    }

  return icaltime_as_timet_with_zone (time, zone != NULL ? zone : icaltimezone_get_utc_timezone ());
}

static icalproperty_status
status_to_ical (HeraldPostStatus status)
{
  switch (status)
    {
    case HERALD_POST_STATUS_CANCELLED:
      return ICAL_STATUS_CANCELLED;
    case HERALD_POST_STATUS_APPROVED:
    case HERALD_POST_STATUS_SCHEDULED:
    case HERALD_POST_STATUS_PUBLISHED:
      return ICAL_STATUS_CONFIRMED;
    case HERALD_POST_STATUS_IDEA:
    case HERALD_POST_STATUS_DRAFT:
    case HERALD_POST_STATUS_REVIEW:
    default:
      return ICAL_STATUS_TENTATIVE;
    }
}

/**
 * herald_ical_post_to_vevent:
 * @post: a post with a time
 * @account: (nullable): its account, for the channel in the summary
 * @alarm_minutes: remind this many minutes before; 0 for no alarm
 *
 * Returns: (transfer full): a new VEVENT; free with icalcomponent_free()
 */
icalcomponent *
herald_ical_post_to_vevent (HeraldPost    *post,
                            HeraldAccount *account,
                            guint          alarm_minutes)
{
  icaltimezone *utc = icaltimezone_get_utc_timezone ();
  gint64 start = herald_post_get_scheduled_at (post);
  icalcomponent *event;
  g_autofree char *summary = NULL;
  g_autofree char *tags = NULL;
  const char * const *tag_list;

  g_return_val_if_fail (HERALD_IS_POST (post), NULL);

  event = icalcomponent_new_vevent ();
  icalcomponent_add_property (event, icalproperty_new_uid (herald_record_get_id (HERALD_RECORD (post))));
  icalcomponent_add_property (event,
                              icalproperty_new_dtstamp (icaltime_from_timet_with_zone (herald_record_get_updated_at (HERALD_RECORD (post)), 0, utc)));
  icalcomponent_add_property (event, icalproperty_new_dtstart (icaltime_from_timet_with_zone (start, 0, utc)));
  icalcomponent_add_property (event, icalproperty_new_dtend (icaltime_from_timet_with_zone (start + EVENT_MINUTES * 60, 0, utc)));

  if (account != NULL)
    {
      HeraldChannelKind *kind = herald_channel_kinds_lookup (herald_account_get_kind (account));
      const char *channel = kind != NULL ? herald_channel_kind_get_name (kind) : herald_account_get_kind (account);

      /* Translators: an event title in the team's calendar: channel · account: post title */
      summary = g_strdup_printf (_("%s · %s: %s"), channel, herald_account_get_name (account),
                                 herald_post_get_title (post));
    }
  else
    {
      summary = g_strdup (herald_post_get_title (post));
    }

  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (*herald_post_get_body (post) != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (herald_post_get_body (post)));
  icalcomponent_add_property (event, icalproperty_new_status (status_to_ical (herald_post_get_status (post))));
  if (*herald_post_get_url (post) != '\0')
    icalcomponent_add_property (event, icalproperty_new_url (herald_post_get_url (post)));

  add_x (event, "X-HERALD-STATUS", herald_post_status_to_string (herald_post_get_status (post)));
  add_x (event, "X-HERALD-TITLE", herald_post_get_title (post));
  add_x (event, "X-HERALD-ACCOUNT", herald_post_get_account_id (post));
  if (account != NULL)
    {
      add_x (event, "X-HERALD-ACCOUNT-KIND", herald_account_get_kind (account));
      add_x (event, "X-HERALD-ACCOUNT-NAME", herald_account_get_name (account));
    }
  add_x (event, "X-HERALD-CAMPAIGN", herald_post_get_campaign_id (post));
  add_x (event, "X-HERALD-SERIES", herald_post_get_series_id (post));
  add_x (event, "X-HERALD-DIGEST", herald_post_get_digest (post));
  add_x (event, "X-HERALD-NOTES", herald_post_get_notes (post));
  add_x (event, "X-HERALD-TZ", herald_post_get_tz (post));
  tag_list = herald_post_get_tags (post);
  if (tag_list != NULL && tag_list[0] != NULL)
    {
      tags = g_strjoinv ("\n", (char **) tag_list);
      add_x (event, "X-HERALD-TAGS", tags);
    }

  if (alarm_minutes > 0 && herald_post_get_status (post) != HERALD_POST_STATUS_PUBLISHED &&
      herald_post_get_status (post) != HERALD_POST_STATUS_CANCELLED)
    {
      icalcomponent *alarm = icalcomponent_new_valarm ();
      struct icaltriggertype trigger = { 0 };

      trigger.time = icaltime_null_time ();
      trigger.duration = icaldurationtype_from_int (-(int) alarm_minutes * 60);
      icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
      icalcomponent_add_property (alarm, icalproperty_new_trigger (trigger));
      icalcomponent_add_property (alarm, icalproperty_new_description (summary));
      icalcomponent_add_component (event, alarm);
    }

  return event;
}

/**
 * herald_ical_vevent_to_post:
 * @vevent: a VEVENT made by herald_ical_post_to_vevent() (or edited by
 *   another calendar program)
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the post it describes
 */
HeraldPost *
herald_ical_vevent_to_post (icalcomponent  *vevent,
                            GError        **error)
{
  g_autoptr (HeraldPost) post = NULL;
  struct icaltimetype start;
  HeraldPostStatus status = HERALD_POST_STATUS_SCHEDULED;
  const char *uid, *title, *tags, *summary;

  g_return_val_if_fail (vevent != NULL, NULL);

  uid = icalcomponent_get_uid (vevent);
  if (icalcomponent_isa (vevent) != ICAL_VEVENT_COMPONENT || uid == NULL || *uid == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The calendar event has no identifier"));
      return NULL;
    }

  /* Another program may have edited the summary: Herald's own title wins
   * when present, else the summary is the title. */
  title = get_x (vevent, "X-HERALD-TITLE");
  summary = icalcomponent_get_summary (vevent);
  if (title == NULL)
    {
      title = summary;
    }
  else if (summary != NULL && g_strcmp0 (summary, title) != 0)
    {
      g_autofree char *tail = g_strconcat (": ", title, NULL);

      /* A summary that no longer ends with Herald's title was retitled in
       * another calendar program: that is the newer title. */
      if (!g_str_has_suffix (summary, tail))
        title = summary;
    }

  post = herald_post_new (get_x (vevent, "X-HERALD-ACCOUNT"), title);
  herald_record_set_id (HERALD_RECORD (post), uid);

  start = icalcomponent_get_dtstart (vevent);
  if (!icaltime_is_null_time (start))
    {
      const icaltimezone *zone = start.zone;

      /* Another program may write DTSTART;TZID=Asia/Shanghai without a
       * VTIMEZONE Herald can see: the zone's name is enough. */
      if (zone == NULL && !icaltime_is_utc (start))
        {
          icalproperty *dtstart = icalcomponent_get_first_property (vevent, ICAL_DTSTART_PROPERTY);
          icalparameter *tzid = dtstart != NULL ? icalproperty_get_first_parameter (dtstart, ICAL_TZID_PARAMETER) : NULL;

          if (tzid != NULL)
            zone = icaltimezone_get_builtin_timezone (icalparameter_get_tzid (tzid));
        }
      herald_post_set_scheduled_at (post, icaltime_as_timet_with_zone (start, zone != NULL
                                                                                ? zone
                                                                                : icaltimezone_get_utc_timezone ()));
    }

  if (get_x (vevent, "X-HERALD-STATUS") == NULL ||
      !herald_post_status_from_string (get_x (vevent, "X-HERALD-STATUS"), &status))
    status = icalcomponent_get_status (vevent) == ICAL_STATUS_CANCELLED ? HERALD_POST_STATUS_CANCELLED
                                                                        : HERALD_POST_STATUS_SCHEDULED;
  herald_post_set_status (post, status);

  if (icalcomponent_get_description (vevent) != NULL)
    herald_post_set_body (post, icalcomponent_get_description (vevent));
  herald_post_set_campaign_id (post, get_x (vevent, "X-HERALD-CAMPAIGN"));
  herald_post_set_series_id (post, get_x (vevent, "X-HERALD-SERIES"));
  if (get_x (vevent, "X-HERALD-DIGEST") != NULL)
    herald_post_set_digest (post, get_x (vevent, "X-HERALD-DIGEST"));
  if (get_x (vevent, "X-HERALD-NOTES") != NULL)
    herald_post_set_notes (post, get_x (vevent, "X-HERALD-NOTES"));
  if (get_x (vevent, "X-HERALD-TZ") != NULL)
    herald_post_set_tz (post, get_x (vevent, "X-HERALD-TZ"));

  tags = get_x (vevent, "X-HERALD-TAGS");
  if (tags != NULL)
    {
      g_auto (GStrv) tag_list = g_strsplit (tags, "\n", -1);

      herald_post_set_tags (post, (const char * const *) tag_list);
    }

  {
    icalproperty *url = icalcomponent_get_first_property (vevent, ICAL_URL_PROPERTY);

    if (url != NULL)
      herald_post_set_url (post, icalproperty_get_url (url));
  }

  return g_steal_pointer (&post);
}

/**
 * herald_ical_export_posts:
 * @store: a #HeraldStore
 * @from: Unix time, inclusive
 * @to: Unix time, exclusive
 * @alarm_minutes: remind this many minutes before each slot; 0 for none
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): an iCalendar file with one VEVENT per
 *   post scheduled in [@from, @to)
 */
char *
herald_ical_export_posts (HeraldStore  *store,
                          gint64        from,
                          gint64        to,
                          guint         alarm_minutes,
                          GError      **error)
{
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  icalcomponent *calendar;
  char *text, *result;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  accounts = herald_store_list_accounts (store, error);
  if (accounts == NULL)
    return NULL;
  posts = herald_store_list_posts_in_range (store, from, to, NULL, error);
  if (posts == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      HeraldAccount *account = g_list_model_get_item (accounts, i);

      g_hash_table_insert (by_id, (gpointer) herald_record_get_id (HERALD_RECORD (account)), account);
      g_object_unref (account);  /* the model keeps it */
    }

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Herald//Herald " PACKAGE_VERSION "//EN"));

  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (posts, i);
      HeraldAccount *account = g_hash_table_lookup (by_id, herald_post_get_account_id (post));

      icalcomponent_add_component (calendar, herald_ical_post_to_vevent (post, account, alarm_minutes));
    }

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);

  result = g_strdup (text);
  free (text);
  return result;
}

static gboolean
is_herald_property (icalproperty *property)
{
  switch (icalproperty_isa (property))
    {
    case ICAL_UID_PROPERTY:
    case ICAL_DTSTAMP_PROPERTY:
    case ICAL_DTSTART_PROPERTY:
    case ICAL_DTEND_PROPERTY:
    case ICAL_DURATION_PROPERTY:
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
 * herald_ical_find_vevent:
 * @calendar: a VCALENDAR or a VEVENT
 *
 * Returns: (transfer none) (nullable): the first VEVENT of @calendar
 */
icalcomponent *
herald_ical_find_vevent (icalcomponent *calendar)
{
  return herald_ical_find_component (calendar, ICAL_VEVENT_COMPONENT);
}

/**
 * herald_ical_find_component:
 * @calendar: (nullable): a VCALENDAR, or a component of @kind
 * @kind: the component wanted
 *
 * Returns: (transfer none) (nullable): the first component of @kind
 */
icalcomponent *
herald_ical_find_component (icalcomponent      *calendar,
                            icalcomponent_kind  kind)
{
  if (calendar == NULL)
    return NULL;
  if (icalcomponent_isa (calendar) == kind)
    return calendar;

  return icalcomponent_get_first_component (calendar, kind);
}

/**
 * herald_ical_classify:
 * @calendar: (nullable): a parsed calendar object
 * @component: (out) (transfer none) (optional): the component that
 *   describes the record
 *
 * Tells what a calendar object on the server holds: a campaign (a VEVENT
 * marked X-HERALD-KIND:campaign), a hot-topic note (a VJOURNAL marked
 * X-HERALD-KIND:topic), else, for any other VEVENT, perhaps a post.
 *
 * Returns: what @calendar holds
 */
HeraldIcalKind
herald_ical_classify (icalcomponent  *calendar,
                      icalcomponent **component)
{
  icalcomponent *event = herald_ical_find_component (calendar, ICAL_VEVENT_COMPONENT);
  icalcomponent *journal = herald_ical_find_component (calendar, ICAL_VJOURNAL_COMPONENT);

  if (component != NULL)
    *component = event;

  if (event != NULL)
    return g_strcmp0 (get_x (event, "X-HERALD-KIND"), "campaign") == 0 ? HERALD_ICAL_CAMPAIGN : HERALD_ICAL_POST;

  if (journal != NULL && g_strcmp0 (get_x (journal, "X-HERALD-KIND"), "topic") == 0)
    {
      if (component != NULL)
        *component = journal;
      return HERALD_ICAL_TOPIC;
    }

  return HERALD_ICAL_OTHER;
}

/**
 * herald_ical_wrap:
 * @component: (transfer full): the component Herald made for a record
 * @base: (nullable): the last iCalendar text synced for the record
 * @is_own: tells the properties Herald writes itself
 * @keep_alarms: whether alarms of @base are kept
 *
 * Puts @component in a VCALENDAR and makes its text.  Properties and
 * components of the same kind of component in @base that Herald does not
 * write itself (added by other calendar programs) are kept as they were.
 *
 * Returns: (transfer full): iCalendar text
 */
char *
herald_ical_wrap (icalcomponent *component,
                  const char    *base,
                  gboolean     (*is_own) (icalproperty *property),
                  gboolean       keep_alarms)
{
  icalcomponent *calendar = icalcomponent_new_vcalendar ();
  icalcomponent *old = base != NULL ? icalparser_parse_string (base) : NULL;
  icalcomponent *old_component = herald_ical_find_component (old, icalcomponent_isa (component));
  char *text, *result;

  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Herald//Herald " PACKAGE_VERSION "//EN"));

  if (old_component != NULL)
    {
      for (icalproperty *p = icalcomponent_get_first_property (old_component, ICAL_ANY_PROPERTY);
           p != NULL;
           p = icalcomponent_get_next_property (old_component, ICAL_ANY_PROPERTY))
        if (!is_own (p))
          icalcomponent_add_property (component, icalproperty_new_clone (p));

      for (icalcomponent *c = icalcomponent_get_first_component (old_component, ICAL_ANY_COMPONENT);
           c != NULL;
           c = icalcomponent_get_next_component (old_component, ICAL_ANY_COMPONENT))
        if (keep_alarms || icalcomponent_isa (c) != ICAL_VALARM_COMPONENT)
          icalcomponent_add_component (component, icalcomponent_new_clone (c));
    }

  icalcomponent_add_component (calendar, component);
  if (old != NULL)
    icalcomponent_free (old);

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  result = g_strdup (text);
  free (text);
  return result;
}

/**
 * herald_ical_post_to_calendar:
 * @post: a post
 * @account: (nullable): its account
 * @alarm_minutes: remind this many minutes before; 0 for no alarm
 * @base: (nullable): the last iCalendar text synced for @post
 *
 * Makes the iCalendar text to push for @post.  Properties and components
 * of @base that Herald does not write itself (added by other calendar
 * programs) are kept as they were.
 *
 * Returns: (transfer full): iCalendar text
 */
char *
herald_ical_post_to_calendar (HeraldPost    *post,
                              HeraldAccount *account,
                              guint          alarm_minutes,
                              const char    *base)
{
  return herald_ical_wrap (herald_ical_post_to_vevent (post, account, alarm_minutes), base,
                           is_herald_property, FALSE);
}

/**
 * herald_ical_event_to_post:
 * @event: a VEVENT
 * @account: (out) (optional) (nullable): the account the event names, when
 *   it names one
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the post the event describes
 */
HeraldPost *
herald_ical_event_to_post (icalcomponent  *event,
                           HeraldAccount **account,
                           GError        **error)
{
  HeraldPost *post;

  if (account != NULL)
    *account = NULL;

  post = herald_ical_vevent_to_post (event, error);
  if (post != NULL && account != NULL && get_x (event, "X-HERALD-ACCOUNT") != NULL)
    {
      const char *kind = get_x (event, "X-HERALD-ACCOUNT-KIND");
      const char *name = get_x (event, "X-HERALD-ACCOUNT-NAME");

      *account = herald_account_new (kind != NULL ? kind : "weibo",
                                     name != NULL ? name : get_x (event, "X-HERALD-ACCOUNT"));
      herald_record_set_id (HERALD_RECORD (*account), get_x (event, "X-HERALD-ACCOUNT"));
    }

  return post;
}

/**
 * herald_ical_calendar_to_post:
 * @text: iCalendar text holding one event
 * @account: (out) (optional) (nullable): the account the event names, when
 *   it names one
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the post the event describes
 */
HeraldPost *
herald_ical_calendar_to_post (const char     *text,
                              HeraldAccount **account,
                              GError        **error)
{
  icalcomponent *calendar;
  icalcomponent *event;
  HeraldPost *post;

  if (account != NULL)
    *account = NULL;

  calendar = text != NULL ? icalparser_parse_string (text) : NULL;
  event = herald_ical_find_vevent (calendar);
  if (event == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The calendar object holds no event"));
      if (calendar != NULL)
        icalcomponent_free (calendar);
      return NULL;
    }

  post = herald_ical_event_to_post (event, account, error);
  icalcomponent_free (calendar);
  return post;
}
