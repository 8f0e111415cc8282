/* test-ics.c — posts to iCalendar and back, through libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-ical-mapping.h"
#include "store-test-util.h"

#define NOV_11_2026_UTC 1794355200

static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *uid)
{
  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL;
       c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (c), uid) == 0)
      return c;

  return NULL;
}

static void
test_export_parses_back (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "山茶生活官微");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  g_autoptr (HeraldPost) scheduled = store_test_add_post (store, account_id, "双十一，预热; 第一波", NOV_11_2026_UTC + 12 * 3600, HERALD_POST_STATUS_SCHEDULED);
  g_autoptr (HeraldPost) published = store_test_add_post (store, account_id, "已发布", NOV_11_2026_UTC + 3600, HERALD_POST_STATUS_PUBLISHED);
  g_autoptr (HeraldPost) outside = store_test_add_post (store, account_id, "下个月", NOV_11_2026_UTC + 40 * 86400, HERALD_POST_STATUS_SCHEDULED);
  g_autoptr (HeraldPost) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  const char *tags[] = { "双十一", "囤货", NULL };
  icalcomponent *calendar, *event, *alarm;
  struct icaltriggertype trigger;

  herald_post_set_body (scheduled, "第一行\n第二行，带逗号; 分号 \\ 反斜杠");
  herald_post_set_tags (scheduled, tags);
  herald_post_set_notes (scheduled, "记得 @设计 出图");
  herald_store_save_post (store, scheduled, &error);
  g_assert_no_error (error);

  text = herald_ical_export_posts (store, NOV_11_2026_UTC, NOV_11_2026_UTC + 86400, 15, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 2);
  g_assert_null (find_event (calendar, herald_record_get_id (HERALD_RECORD (outside))));

  event = find_event (calendar, herald_record_get_id (HERALD_RECORD (scheduled)));
  g_assert_nonnull (event);
  g_assert_cmpint (icaltime_as_timet (icalcomponent_get_dtstart (event)), ==, NOV_11_2026_UTC + 12 * 3600);
  g_assert_nonnull (strstr (icalcomponent_get_summary (event), "山茶生活官微"));
  g_assert_nonnull (strstr (icalcomponent_get_summary (event), "Weibo"));
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CONFIRMED);

  /* A reminder a quarter of an hour before the slot. */
  alarm = icalcomponent_get_first_component (event, ICAL_VALARM_COMPONENT);
  g_assert_nonnull (alarm);
  trigger = icalproperty_get_trigger (icalcomponent_get_first_property (alarm, ICAL_TRIGGER_PROPERTY));
  g_assert_cmpint (icaldurationtype_as_int (trigger.duration), ==, -15 * 60);

  /* Nothing to remind for what is already out. */
  event = find_event (calendar, herald_record_get_id (HERALD_RECORD (published)));
  g_assert_null (icalcomponent_get_first_component (event, ICAL_VALARM_COMPONENT));

  /* And back: every field survives the text form. */
  back = herald_ical_vevent_to_post (find_event (calendar, herald_record_get_id (HERALD_RECORD (scheduled))), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (back)), ==, herald_record_get_id (HERALD_RECORD (scheduled)));
  g_assert_cmpstr (herald_post_get_title (back), ==, "双十一，预热; 第一波");
  g_assert_cmpstr (herald_post_get_body (back), ==, herald_post_get_body (scheduled));
  g_assert_cmpstr (herald_post_get_notes (back), ==, "记得 @设计 出图");
  g_assert_cmpstr (herald_post_get_account_id (back), ==, account_id);
  g_assert_cmpint (herald_post_get_scheduled_at (back), ==, NOV_11_2026_UTC + 12 * 3600);
  g_assert_cmpint (herald_post_get_status (back), ==, HERALD_POST_STATUS_SCHEDULED);
  g_assert_cmpstrv (herald_post_get_tags (back), tags);

  icalcomponent_free (calendar);
  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static void
test_foreign_event (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) post = NULL;
  icalcomponent *event;

  /* Another program's event: no Herald properties, a cancelled status. */
  event = icalparser_parse_string ("BEGIN:VEVENT\r\n"
                                   "UID:abc-123\r\n"
                                   "DTSTART:20261224T120000Z\r\n"
                                   "SUMMARY:平安夜直播\r\n"
                                   "STATUS:CANCELLED\r\n"
                                   "END:VEVENT\r\n");
  post = herald_ical_vevent_to_post (event, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (herald_post_get_title (post), ==, "平安夜直播");
  g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_CANCELLED);
  g_assert_cmpint (herald_post_get_scheduled_at (post), ==, 1798113600);
  icalcomponent_free (event);

  event = icalparser_parse_string ("BEGIN:VEVENT\r\nSUMMARY:no uid\r\nEND:VEVENT\r\n");
  g_clear_object (&post);
  post = herald_ical_vevent_to_post (event, &error);
  g_assert_null (post);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  icalcomponent_free (event);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/ics/export-parses-back", test_export_parses_back);
  g_test_add_func ("/calendar/ics/foreign-event", test_foreign_event);

  return g_test_run ();
}
