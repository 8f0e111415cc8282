/* test-ical-records.c — campaigns and hot-topic notes as iCalendar
 *
 * Round trips of the two mappings, what another calendar program changes
 * or adds, all-day dates in every time zone, and the property merge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <time.h>

#include <libical/ical.h>

#include "herald-ical-campaign.h"
#include "herald-ical-mapping.h"
#include "herald-ical-topic.h"
#include "herald-record-merge.h"

#define T0 1795824000  /* 2026-11-28 00:00 UTC */

static const char * const zones[] = {
  "UTC", "Asia/Shanghai", "Pacific/Kiritimati", "America/Los_Angeles", "Pacific/Pago_Pago",
};

static void
use_zone (const char *zone)
{
  g_setenv ("TZ", zone, TRUE);
  tzset ();
}

static HeraldCampaign *
make_campaign (const char *starts_on,
               const char *ends_on)
{
  HeraldCampaign *campaign = herald_campaign_new ("双十二大促·品牌日");

  herald_record_set_id (HERALD_RECORD (campaign), "c0ffee00-1212-4000-8000-000000000001");
  herald_record_set_created_at (HERALD_RECORD (campaign), T0);
  herald_record_set_updated_at (HERALD_RECORD (campaign), T0 + 60);
  herald_campaign_set_goal (campaign, "新增粉丝 5 万，直播间 GMV 破百万");
  herald_campaign_set_starts_on (campaign, starts_on);
  herald_campaign_set_ends_on (campaign, ends_on);
  herald_campaign_set_color (campaign, "#e01b24");
  herald_campaign_set_notes (campaign, "预算：20 万\n负责人：小李；注意：不要用“最”字");
  herald_campaign_set_archived (campaign, TRUE);
  return campaign;
}

static void
assert_same_campaign (HeraldCampaign *a,
                      HeraldCampaign *b)
{
  g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (a)), ==, herald_record_get_id (HERALD_RECORD (b)));
  g_assert_cmpstr (herald_campaign_get_name (a), ==, herald_campaign_get_name (b));
  g_assert_cmpstr (herald_campaign_get_goal (a), ==, herald_campaign_get_goal (b));
  g_assert_cmpstr (herald_campaign_get_starts_on (a), ==, herald_campaign_get_starts_on (b));
  g_assert_cmpstr (herald_campaign_get_ends_on (a), ==, herald_campaign_get_ends_on (b));
  g_assert_cmpstr (herald_campaign_get_color (a), ==, herald_campaign_get_color (b));
  g_assert_cmpstr (herald_campaign_get_notes (a), ==, herald_campaign_get_notes (b));
  g_assert_cmpint (herald_campaign_get_archived (a), ==, herald_campaign_get_archived (b));
}

static HeraldCampaign *
parse_campaign (const char *text)
{
  g_autoptr (GError) error = NULL;
  HeraldCampaign *campaign = herald_ical_calendar_to_campaign (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (campaign);
  return campaign;
}

static void
test_campaign_round_trip (void)
{
  g_autoptr (HeraldCampaign) campaign = make_campaign ("2026-12-01", "2026-12-12");

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr (HeraldCampaign) back = NULL;

      use_zone (zones[i]);
      text = herald_ical_campaign_to_calendar (campaign, NULL, NULL, NULL);
      g_test_message ("%s", text);
      g_assert_nonnull (strstr (text, "BEGIN:VEVENT"));
      g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20261201\r\n"));
      /* Exclusive: the day after the last. */
      g_assert_nonnull (strstr (text, "DTEND;VALUE=DATE:20261213\r\n"));
      g_assert_nonnull (strstr (text, "SUMMARY:双十二大促·品牌日\r\n"));
      g_assert_nonnull (strstr (text, "X-HERALD-KIND:campaign\r\n"));
      g_assert_nonnull (strstr (text, "X-HERALD-COLOR:#e01b24\r\n"));
      g_assert_nonnull (strstr (text, "COLOR:crimson\r\n"));
      g_assert_nonnull (strstr (text, "CATEGORIES:"));
      g_assert_nonnull (strstr (text, "TRANSP:TRANSPARENT\r\n"));
      g_assert_null (strstr (text, "X-HERALD-SPAN"));

      back = parse_campaign (text);
      assert_same_campaign (campaign, back);
    }
  use_zone ("UTC");
}

/* Open dates are shown on a stand-in day and come back open. */
static void
test_campaign_open_dates (void)
{
  static const char * const cases[][2] = {
    { "2026-12-01", "" }, { "", "2026-12-12" }, { "", "" },
  };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr (HeraldCampaign) campaign = make_campaign (cases[i][0], cases[i][1]);
        g_autoptr (HeraldCampaign) back = NULL;
        g_autofree char *text = NULL;

        use_zone (zones[z]);
        text = herald_ical_campaign_to_calendar (campaign, NULL, NULL, NULL);
        g_assert_nonnull (strstr (text, "X-HERALD-SPAN:"));
        g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:"));
        if (i == 2)   /* undated: the day it was made, in UTC */
          g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20261128\r\nDTEND;VALUE=DATE:20261129\r\n"));
        back = parse_campaign (text);
        assert_same_campaign (campaign, back);
      }
  use_zone ("UTC");
}

static char *
edit_text (const char *text,
           void      (*edit) (icalcomponent *component))
{
  icalcomponent *calendar = icalparser_parse_string (text);
  icalcomponent *component = NULL;
  char *raw, *result;

  g_assert_cmpint (herald_ical_classify (calendar, &component), !=, HERALD_ICAL_OTHER);
  edit (component);
  raw = icalcomponent_as_ical_string_r (calendar);
  result = g_strdup (raw);
  free (raw);
  icalcomponent_free (calendar);
  return result;
}

static void
remove_properties (icalcomponent     *component,
                   icalproperty_kind  kind)
{
  icalproperty *p;

  while ((p = icalcomponent_get_first_property (component, kind)) != NULL)
    {
      icalcomponent_remove_property (component, p);
      icalproperty_free (p);
    }
}

/* Another program adds its own things and changes the categories. */
static void
edit_foreign_campaign (icalcomponent *event)
{
  icalproperty *x = icalproperty_new_x ("留着");
  icalcomponent *alarm = icalcomponent_new_valarm ();
  struct icaltriggertype trigger = { 0 };

  icalproperty_set_x_name (x, "X-OTHER-CLIENT");
  icalcomponent_add_property (event, x);
  icalcomponent_add_property (event, icalproperty_new_location ("上海·静安"));
  remove_properties (event, ICAL_CATEGORIES_PROPERTY);
  icalcomponent_add_property (event, icalproperty_new_categories ("团队大事"));
  trigger.time = icaltime_null_time ();
  trigger.duration = icaldurationtype_from_int (-86400);
  icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
  icalcomponent_add_property (alarm, icalproperty_new_trigger (trigger));
  icalcomponent_add_property (alarm, icalproperty_new_description ("明天开始"));
  icalcomponent_add_component (event, alarm);
}

static guint
count (const char *text,
       const char *what)
{
  guint n = 0;

  for (const char *p = strstr (text, what); p != NULL; p = strstr (p + 1, what))
    n++;
  return n;
}

static void
test_campaign_keeps_foreign (void)
{
  g_autoptr (HeraldCampaign) campaign = make_campaign ("2026-12-01", "2026-12-12");
  g_autofree char *first = herald_ical_campaign_to_calendar (campaign, NULL, NULL, NULL);
  g_autofree char *edited = edit_text (first, edit_foreign_campaign);
  g_autofree char *again = NULL;
  g_autofree char *third = NULL;
  g_autoptr (HeraldCampaign) back = NULL;

  herald_campaign_set_name (campaign, "双十二大促（改名）");
  herald_campaign_set_ends_on (campaign, "2026-12-13");
  again = herald_ical_campaign_to_calendar (campaign, NULL, NULL, edited);
  g_assert_cmpuint (count (again, "X-OTHER-CLIENT:留着\r\n"), ==, 1);
  g_assert_cmpuint (count (again, "LOCATION:上海·静安\r\n"), ==, 1);
  g_assert_cmpuint (count (again, "BEGIN:VALARM"), ==, 1);
  g_assert_cmpuint (count (again, "CATEGORIES:"), ==, 1);
  g_assert_cmpuint (count (again, "CATEGORIES:团队大事\r\n"), ==, 1);
  g_assert_cmpuint (count (again, "SUMMARY:"), ==, 1);
  g_assert_cmpuint (count (again, "DTEND;VALUE=DATE:20261214\r\n"), ==, 1);
  g_assert_cmpuint (count (again, "X-HERALD-KIND:campaign"), ==, 1);

  /* And once more: nothing doubles. */
  third = herald_ical_campaign_to_calendar (campaign, NULL, NULL, again);
  g_assert_cmpuint (count (third, "X-OTHER-CLIENT"), ==, 1);
  g_assert_cmpuint (count (third, "BEGIN:VALARM"), ==, 1);
  g_assert_cmpuint (count (third, "CATEGORIES:"), ==, 1);

  back = parse_campaign (third);
  assert_same_campaign (campaign, back);
}

static void
move_to_december (icalcomponent *event)
{
  struct icaltimetype start = icaltime_from_string ("20261205");
  struct icaltimetype end = icaltime_from_string ("20261208");

  icalcomponent_set_dtstart (event, start);
  icalcomponent_set_dtend (event, end);
}

static void
recolor (icalcomponent *event)
{
  icalproperty *color = icalcomponent_get_first_property (event, ICAL_COLOR_PROPERTY);

  icalproperty_set_color (color, "green");
}

/* Changed in another program: its days, its colour. */
static void
test_campaign_foreign_changes (void)
{
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (HeraldCampaign) campaign = make_campaign ("2026-12-01", i == 0 ? "2026-12-12" : "");
      g_autofree char *text = herald_ical_campaign_to_calendar (campaign, NULL, NULL, NULL);
      g_autofree char *moved = edit_text (text, move_to_december);
      g_autofree char *recolored = edit_text (text, recolor);
      g_autoptr (HeraldCampaign) back = parse_campaign (moved);
      g_autoptr (HeraldCampaign) back_color = parse_campaign (recolored);

      g_assert_cmpstr (herald_campaign_get_starts_on (back), ==, "2026-12-05");
      g_assert_cmpstr (herald_campaign_get_ends_on (back), ==, "2026-12-07");
      g_assert_cmpstr (herald_campaign_get_color (back), ==, "#e01b24");
      g_assert_cmpstr (herald_campaign_get_color (back_color), ==, "#008000");
      g_assert_cmpstr (herald_campaign_get_starts_on (back_color), ==, "2026-12-01");
    }
}

/* Events other programs wrote: a date-time's day is the day in its own
 * zone, whatever zone this machine is in. */
static void
test_campaign_foreign_times (void)
{
  static const struct {
    const char *dtstart;
    const char *dtend;
    const char *starts_on;
    const char *ends_on;
  } cases[] = {
    { "DTSTART;TZID=Asia/Shanghai:20261201T003000", "DTEND;TZID=Asia/Shanghai:20261212T235900", "2026-12-01", "2026-12-12" },
    { "DTSTART:20261130T163000Z", "DTEND:20261201T000000Z", "2026-11-30", "2026-11-30" },
    { "DTSTART;VALUE=DATE:20261201", "DURATION:P3D", "2026-12-01", "2026-12-03" },
    { "DTSTART;VALUE=DATE:20261201", NULL, "2026-12-01", "2026-12-01" },
  };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *text = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                                                 "BEGIN:VEVENT\r\nUID:other-1\r\nDTSTAMP:20261128T000000Z\r\n"
                                                 "%s\r\n%s%s"
                                                 "SUMMARY:品牌周\r\nX-HERALD-KIND:campaign\r\n"
                                                 "END:VEVENT\r\nEND:VCALENDAR\r\n",
                                                 cases[i].dtstart, cases[i].dtend != NULL ? cases[i].dtend : "",
                                                 cases[i].dtend != NULL ? "\r\n" : "");
        g_autoptr (HeraldCampaign) campaign = NULL;

        use_zone (zones[z]);
        campaign = parse_campaign (text);
        g_assert_cmpstr (herald_campaign_get_starts_on (campaign), ==, cases[i].starts_on);
        g_assert_cmpstr (herald_campaign_get_ends_on (campaign), ==, cases[i].ends_on);
        g_assert_cmpstr (herald_campaign_get_name (campaign), ==, "品牌周");
        g_assert_cmpstr (herald_campaign_get_color (campaign), ==, "#3584e4");
      }
  use_zone ("UTC");
}

static void
test_campaign_bad (void)
{
  static const char * const bad[] = {
    /* no name */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20261201\r\nX-HERALD-KIND:campaign\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    /* no day */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:活动\r\nX-HERALD-KIND:campaign\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    /* no identifier */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:活动\r\nDTSTART;VALUE=DATE:20261201\r\nX-HERALD-KIND:campaign\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    /* not a campaign */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:活动\r\nDTSTART;VALUE=DATE:20261201\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (HeraldCampaign) campaign = herald_ical_calendar_to_campaign (bad[i], &error);

      g_assert_null (campaign);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }
}

/* KPI targets travel as one JSON property, naming their accounts. */
static void
test_campaign_kpis (void)
{
  g_autoptr (HeraldCampaign) campaign = make_campaign ("2026-12-01", "2026-12-12");
  const char *id = herald_record_get_id (HERALD_RECORD (campaign));
  g_autoptr (GListStore) kpis = g_list_store_new (HERALD_TYPE_KPI);
  g_autoptr (GListStore) reversed = g_list_store_new (HERALD_TYPE_KPI);
  g_autoptr (GListStore) accounts = g_list_store_new (HERALD_TYPE_ACCOUNT);
  g_autoptr (HeraldAccount) account = herald_account_new ("douyin", "抖音·品牌主号");
  g_autoptr (HeraldKpi) views = herald_kpi_new (id, "views", 1000000);
  g_autoptr (HeraldKpi) followers = herald_kpi_new (id, "followers_gained", 2500.5);
  g_autoptr (GPtrArray) back = NULL;
  g_autoptr (GPtrArray) back_accounts = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_reversed = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar, *event = NULL;

  herald_record_set_id (HERALD_RECORD (account), "acc-1");
  g_list_store_append (accounts, account);
  herald_record_set_id (HERALD_RECORD (views), "kpi-a");
  herald_record_set_id (HERALD_RECORD (followers), "kpi-b");
  herald_kpi_set_account_id (followers, "acc-1");
  g_list_store_append (kpis, views);
  g_list_store_append (kpis, followers);
  g_list_store_append (reversed, followers);
  g_list_store_append (reversed, views);

  /* The same targets give the same text in any order. */
  json = herald_ical_kpis_to_json (G_LIST_MODEL (kpis), G_LIST_MODEL (accounts));
  json_reversed = herald_ical_kpis_to_json (G_LIST_MODEL (reversed), G_LIST_MODEL (accounts));
  g_assert_cmpstr (json, ==, json_reversed);
  g_assert_null (herald_ical_kpis_to_json (NULL, NULL));

  text = herald_ical_campaign_to_calendar (campaign, json, NULL, NULL);
  calendar = icalparser_parse_string (text);
  g_assert_cmpint (herald_ical_classify (calendar, &event), ==, HERALD_ICAL_CAMPAIGN);
  g_assert_cmpstr (herald_ical_get_x (event, "X-HERALD-KPIS"), ==, json);
  back = herald_ical_kpis_from_json (herald_ical_get_x (event, "X-HERALD-KPIS"), id, &back_accounts, &error);
  icalcomponent_free (calendar);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 2);
  g_assert_cmpstr (herald_record_get_id (back->pdata[0]), ==, "kpi-a");
  g_assert_cmpstr (herald_kpi_get_metric (back->pdata[0]), ==, "views");
  g_assert_cmpfloat (herald_kpi_get_target (back->pdata[0]), ==, 1000000);
  g_assert_null (herald_kpi_get_account_id (back->pdata[0]));
  g_assert_cmpstr (herald_kpi_get_campaign_id (back->pdata[0]), ==, id);
  g_assert_cmpstr (herald_kpi_get_metric (back->pdata[1]), ==, "followers_gained");
  g_assert_cmpfloat (herald_kpi_get_target (back->pdata[1]), ==, 2500.5);
  g_assert_cmpstr (herald_kpi_get_account_id (back->pdata[1]), ==, "acc-1");
  g_assert_cmpuint (back_accounts->len, ==, 1);
  g_assert_cmpstr (herald_account_get_name (back_accounts->pdata[0]), ==, "抖音·品牌主号");
  g_assert_cmpstr (herald_account_get_kind (back_accounts->pdata[0]), ==, "douyin");
  g_clear_pointer (&back, g_ptr_array_unref);
  g_clear_pointer (&back_accounts, g_ptr_array_unref);

  /* None: an empty set. */
  back = herald_ical_kpis_from_json (NULL, id, &back_accounts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 0);
  g_clear_pointer (&back, g_ptr_array_unref);
  g_clear_pointer (&back_accounts, g_ptr_array_unref);

  /* Anything else is refused whole. */
  {
    static const char * const bad[] = {
      "{}", "[1]", "[{\"id\":\"k\",\"metric\":\"views\"}]", "[{\"id\":\"k\",\"metric\":\"views\",\"target\":-1}]",
      "[{\"id\":\"k\",\"metric\":\"\",\"target\":1}]", "[{\"id\":\"k\",\"metric\":\"views\",\"target\":1,\"account\":7}]",
      "[{\"id\":\"k\",\"metric\":\"views\",\"target\":1,\"account\":{\"id\":[]}}]", "[", "",
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        back = herald_ical_kpis_from_json (bad[i], id, &back_accounts, &error);
        g_assert_null (back);
        g_assert_null (back_accounts);
        g_assert_nonnull (error);
        g_clear_error (&error);
      }
  }
}

static HeraldTopic *
make_topic (void)
{
  const char *parts[] = { "从打工人通勤切入，讲品牌保温杯", "25–35 岁上班族", "别碰地域话题；不要蹭灾难", NULL };
  g_autofree char *note = herald_topic_note_join (parts);
  HeraldTopic *topic = herald_topic_new ("#早高峰地铁挤哭了#", "weibo");

  herald_record_set_id (HERALD_RECORD (topic), "70p1c000-1212-4000-8000-000000000002");
  herald_record_set_updated_at (HERALD_RECORD (topic), T0 + 60);
  herald_topic_set_url (topic, "https://s.weibo.com/weibo?q=%23早高峰%23");
  herald_topic_set_state (topic, HERALD_TOPIC_STATE_USED);
  herald_topic_set_notes (topic, note);
  herald_topic_set_first_seen (topic, T0 + 8 * 3600 + 15 * 60);
  herald_topic_set_last_seen (topic, T0 + 20 * 3600);
  herald_topic_set_peak_heat (topic, 4321987);
  return topic;
}

static HeraldTopic *
parse_topic (const char *text)
{
  g_autoptr (GError) error = NULL;
  HeraldTopic *topic = herald_ical_calendar_to_topic (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (topic);
  return topic;
}

static void
assert_same_topic (HeraldTopic *a,
                   HeraldTopic *b)
{
  g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (a)), ==, herald_record_get_id (HERALD_RECORD (b)));
  g_assert_cmpstr (herald_topic_get_title (a), ==, herald_topic_get_title (b));
  g_assert_cmpstr (herald_topic_get_source (a), ==, herald_topic_get_source (b));
  g_assert_cmpstr (herald_topic_get_url (a), ==, herald_topic_get_url (b));
  g_assert_cmpstr (herald_topic_get_notes (a), ==, herald_topic_get_notes (b));
  g_assert_cmpint (herald_topic_get_state (a), ==, herald_topic_get_state (b));
  g_assert_cmpint (herald_topic_get_first_seen (a), ==, herald_topic_get_first_seen (b));
}

static void
test_topic_round_trip (void)
{
  g_autoptr (HeraldTopic) topic = make_topic ();

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *angle = NULL;
      g_autoptr (HeraldTopic) back = NULL;

      use_zone (zones[i]);
      text = herald_ical_topic_to_calendar (topic, NULL);
      g_test_message ("%s", text);
      g_assert_nonnull (strstr (text, "BEGIN:VJOURNAL"));
      g_assert_null (strstr (text, "BEGIN:VEVENT"));
      g_assert_nonnull (strstr (text, "SUMMARY:#早高峰地铁挤哭了#\r\n"));
      g_assert_nonnull (strstr (text, "DTSTART:20261128T081500Z\r\n"));
      g_assert_nonnull (strstr (text, "STATUS:FINAL\r\n"));
      g_assert_nonnull (strstr (text, "X-HERALD-KIND:topic\r\n"));
      g_assert_nonnull (strstr (text, "X-HERALD-SOURCE:weibo\r\n"));
      g_assert_nonnull (strstr (text, "X-HERALD-STATE:used\r\n"));
      /* The heat stays here. */
      g_assert_null (strstr (text, "4321987"));
      g_assert_null (strstr (text, "HEAT"));

      back = parse_topic (text);
      assert_same_topic (topic, back);
      g_assert_cmpint (herald_topic_get_last_seen (back), ==, 0);
      g_assert_cmpfloat (herald_topic_get_peak_heat (back), ==, 0);
      angle = herald_topic_note_get_part (herald_topic_get_notes (back), HERALD_TOPIC_NOTE_ANGLE);
      g_assert_cmpstr (angle, ==, "从打工人通勤切入，讲品牌保温杯");
    }
  use_zone ("UTC");
}

static void
edit_foreign_topic (icalcomponent *journal)
{
  icalproperty *x = icalproperty_new_x ("留着");
  icalattach *attach = icalattach_new_from_url ("https://example.invalid/截图.png");

  icalproperty_set_x_name (x, "X-OTHER-CLIENT");
  icalcomponent_add_property (journal, x);

  icalcomponent_add_property (journal, icalproperty_new_attach (attach));
  icalattach_unref (attach);
  icalcomponent_set_status (journal, ICAL_STATUS_CANCELLED);
}

static void
test_topic_keeps_foreign (void)
{
  g_autoptr (HeraldTopic) topic = make_topic ();
  g_autofree char *first = herald_ical_topic_to_calendar (topic, NULL);
  g_autofree char *edited = edit_text (first, edit_foreign_topic);
  g_autofree char *again = NULL;
  g_autoptr (HeraldTopic) back = parse_topic (edited);

  /* STATUS changed elsewhere: the topic was dropped. */
  g_assert_cmpint (herald_topic_get_state (back), ==, HERALD_TOPIC_STATE_DROPPED);

  herald_topic_set_title (topic, "#早高峰地铁#");
  again = herald_ical_topic_to_calendar (topic, edited);
  g_assert_cmpuint (count (again, "X-OTHER-CLIENT:留着\r\n"), ==, 1);
  g_assert_cmpuint (count (again, "ATTACH:"), ==, 1);
  g_assert_cmpuint (count (again, "STATUS:"), ==, 1);
  g_assert_cmpuint (count (again, "SUMMARY:#早高峰地铁#\r\n"), ==, 1);
  g_assert_cmpuint (count (again, "CATEGORIES:"), ==, 1);
  g_clear_object (&back);
  back = parse_topic (again);
  assert_same_topic (topic, back);
}

static void
test_topic_bad (void)
{
  static const char * const bad[] = {
    "BEGIN:VCALENDAR\r\nBEGIN:VJOURNAL\r\nUID:x\r\nX-HERALD-KIND:topic\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nBEGIN:VJOURNAL\r\nSUMMARY:话题\r\nX-HERALD-KIND:topic\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nBEGIN:VJOURNAL\r\nUID:x\r\nSUMMARY:话题\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\nSUMMARY:话题\r\nX-HERALD-KIND:topic\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (HeraldTopic) topic = herald_ical_calendar_to_topic (bad[i], &error);

      g_assert_null (topic);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }
}

static void
test_classify (void)
{
  static const struct {
    const char     *text;
    HeraldIcalKind  kind;
  } cases[] = {
    { "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", HERALD_ICAL_POST },
    { "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nX-HERALD-KIND:campaign\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", HERALD_ICAL_CAMPAIGN },
    { "BEGIN:VCALENDAR\r\nBEGIN:VJOURNAL\r\nUID:x\r\nX-HERALD-KIND:topic\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n", HERALD_ICAL_TOPIC },
    { "BEGIN:VCALENDAR\r\nBEGIN:VJOURNAL\r\nUID:x\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n", HERALD_ICAL_OTHER },
    { "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", HERALD_ICAL_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      icalcomponent *calendar = icalparser_parse_string (cases[i].text);
      icalcomponent *component = NULL;

      g_assert_cmpint (herald_ical_classify (calendar, &component), ==, cases[i].kind);
      g_assert_true ((component != NULL) == (cases[i].kind != HERALD_ICAL_OTHER));
      icalcomponent_free (calendar);
    }
  g_assert_cmpint (herald_ical_classify (NULL, NULL), ==, HERALD_ICAL_OTHER);
}

/* Herald's X- properties: plain when they can be, escaped TEXT when a
 * server could split them at a comma; read back the same either way. */
static void
test_x_properties (void)
{
  static const char * const values[] = { "campaign", "a, b", "x; y", "back\\slash", "two\nlines", "中文，全角逗号" };
  icalcomponent *event = icalcomponent_new_vevent ();
  icalcomponent *back;
  char *text;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *name = g_strdup_printf ("X-HERALD-T%u", i);

      herald_ical_add_x (event, name, values[i]);
    }
  herald_ical_add_x (event, "X-HERALD-EMPTY", "");
  text = icalcomponent_as_ical_string_r (event);
  g_assert_nonnull (strstr (text, "X-HERALD-T0:campaign\r\n"));
  g_assert_nonnull (strstr (text, "X-HERALD-T1;VALUE=TEXT:a\\, b\r\n"));
  g_assert_nonnull (strstr (text, "X-HERALD-T5:中文，全角逗号\r\n"));
  g_assert_null (strstr (text, "X-HERALD-EMPTY"));

  back = icalparser_parse_string (text);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *name = g_strdup_printf ("X-HERALD-T%u", i);

      g_assert_cmpstr (herald_ical_get_x (back, name), ==, values[i]);
    }
  g_assert_null (herald_ical_get_x (back, "X-HERALD-EMPTY"));

  free (text);
  icalcomponent_free (back);
  icalcomponent_free (event);
}

static void
test_merge_properties (void)
{
  g_autoptr (HeraldCampaign) base = make_campaign ("2026-12-01", "2026-12-12");
  g_autoptr (HeraldCampaign) local = make_campaign ("2026-12-01", "2026-12-12");
  g_autoptr (HeraldCampaign) remote = make_campaign ("2026-12-01", "2026-12-12");
  g_autoptr (GString) conflicting = g_string_new (NULL);
  g_autoptr (HeraldTopic) topic_base = make_topic ();
  g_autoptr (HeraldTopic) topic_local = make_topic ();
  g_autoptr (HeraldTopic) topic_remote = make_topic ();

  /* One side each: both kept. */
  herald_campaign_set_goal (local, "本地改的目标");
  herald_campaign_set_ends_on (remote, "2026-12-15");
  herald_campaign_set_archived (remote, FALSE);
  g_assert_cmpuint (herald_record_merge_properties (base, local, remote, herald_campaign_sync_properties, conflicting), ==, 0);
  g_assert_cmpstr (herald_campaign_get_goal (local), ==, "本地改的目标");
  g_assert_cmpstr (herald_campaign_get_ends_on (local), ==, "2026-12-15");
  g_assert_false (herald_campaign_get_archived (local));
  g_assert_cmpstr (conflicting->str, ==, "");

  /* Both sides, differently: local kept, named. */
  herald_campaign_set_name (local, "本地的名字");
  herald_campaign_set_name (remote, "服务器的名字");
  herald_campaign_set_color (local, "#2ec27e");
  herald_campaign_set_color (remote, "#9141ac");
  g_assert_cmpuint (herald_record_merge_properties (base, local, remote, herald_campaign_sync_properties, conflicting), ==, 2);
  g_assert_cmpstr (herald_campaign_get_name (local), ==, "本地的名字");
  g_assert_cmpstr (herald_campaign_get_color (local), ==, "#2ec27e");
  g_assert_cmpstr (conflicting->str, ==, "name color");

  /* No base: every difference is a conflict. */
  g_assert_cmpuint (herald_record_merge_properties (NULL, local, remote, herald_campaign_sync_properties, NULL), ==, 3);

  /* Topics: the heat is not merged, only what travels. */
  herald_topic_set_state (topic_remote, HERALD_TOPIC_STATE_DROPPED);
  herald_topic_set_peak_heat (topic_remote, 1);
  herald_topic_set_notes (topic_local, "本地的笔记");
  g_assert_cmpuint (herald_record_merge_properties (topic_base, topic_local, topic_remote, herald_topic_sync_properties, NULL), ==, 0);
  g_assert_cmpint (herald_topic_get_state (topic_local), ==, HERALD_TOPIC_STATE_DROPPED);
  g_assert_cmpstr (herald_topic_get_notes (topic_local), ==, "本地的笔记");
  g_assert_cmpfloat (herald_topic_get_peak_heat (topic_local), ==, 4321987);
}

/* A campaign's accounts: by id, named for a database that lacks them, in
 * a stable order; nothing read from a bad list. */
static void
test_campaign_accounts_json (void)
{
  g_autoptr (GListStore) members = g_list_store_new (HERALD_TYPE_ACCOUNT);
  g_autoptr (HeraldAccount) weibo = herald_account_new ("weibo", "品牌官微, 主号");
  g_autoptr (HeraldAccount) douyin = herald_account_new ("douyin", "抖音号");
  g_autoptr (GListStore) reversed = g_list_store_new (HERALD_TYPE_ACCOUNT);
  g_autoptr (GPtrArray) named = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_reversed = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) ids = NULL;
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("年货节");

  herald_record_set_id (HERALD_RECORD (weibo), "account-b");
  herald_record_set_id (HERALD_RECORD (douyin), "account-a");
  herald_record_set_id (HERALD_RECORD (campaign), "campaign-1");
  g_assert_null (herald_ical_campaign_accounts_to_json (G_LIST_MODEL (members)));

  g_list_store_append (members, weibo);
  g_list_store_append (members, douyin);
  g_list_store_append (reversed, douyin);
  g_list_store_append (reversed, weibo);
  json = herald_ical_campaign_accounts_to_json (G_LIST_MODEL (members));
  json_reversed = herald_ical_campaign_accounts_to_json (G_LIST_MODEL (reversed));
  g_assert_cmpstr (json, ==, json_reversed);

  /* Through an event and back, commas and all. */
  text = herald_ical_campaign_to_calendar (campaign, NULL, json, NULL);
  g_assert_nonnull (strstr (text, "X-HERALD-ACCOUNTS"));
  {
    icalcomponent *calendar = icalparser_parse_string (text);
    icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);

    g_assert_cmpstr (herald_ical_get_x (event, "X-HERALD-ACCOUNTS"), ==, json);
    icalcomponent_free (calendar);
  }

  ids = herald_ical_campaign_accounts_from_json (json, &named, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_cmpstr (ids[0], ==, "account-a");
  g_assert_cmpstr (ids[1], ==, "account-b");
  g_assert_cmpuint (named->len, ==, 2);
  g_assert_cmpstr (herald_account_get_name (named->pdata[1]), ==, "品牌官微, 主号");
  g_clear_pointer (&ids, g_strfreev);
  g_clear_pointer (&named, g_ptr_array_unref);

  /* None is none. */
  ids = herald_ical_campaign_accounts_from_json (NULL, &named, &error);
  g_assert_cmpuint (g_strv_length (ids), ==, 0);
  g_clear_pointer (&ids, g_strfreev);
  g_clear_pointer (&named, g_ptr_array_unref);

  /* Not a list of accounts: refused whole. */
  for (guint i = 0; i < 4; i++)
    {
      const char *bad[] = { "{\"id\":\"x\"}", "[{\"name\":\"无 id\"}]", "[1, 2]", "[{\"id\":\"a\"}, 7]" };

      ids = herald_ical_campaign_accounts_from_json (bad[i], &named, &error);
      g_assert_null (ids);
      g_assert_null (named);
      g_assert_nonnull (error);
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical/campaign/round-trip", test_campaign_round_trip);
  g_test_add_func ("/ical/campaign/open-dates", test_campaign_open_dates);
  g_test_add_func ("/ical/campaign/keeps-foreign", test_campaign_keeps_foreign);
  g_test_add_func ("/ical/campaign/foreign-changes", test_campaign_foreign_changes);
  g_test_add_func ("/ical/campaign/foreign-times", test_campaign_foreign_times);
  g_test_add_func ("/ical/campaign/bad", test_campaign_bad);
  g_test_add_func ("/ical/campaign/kpis", test_campaign_kpis);
  g_test_add_func ("/ical/topic/round-trip", test_topic_round_trip);
  g_test_add_func ("/ical/topic/keeps-foreign", test_topic_keeps_foreign);
  g_test_add_func ("/ical/topic/bad", test_topic_bad);
  g_test_add_func ("/ical/classify", test_classify);
  g_test_add_func ("/ical/x-properties", test_x_properties);
  g_test_add_func ("/ical/merge-properties", test_merge_properties);
  g_test_add_func ("/ical/campaign-accounts-json", test_campaign_accounts_json);

  return g_test_run ();
}
