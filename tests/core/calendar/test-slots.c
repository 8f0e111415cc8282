/* test-slots.c — posting slots and reminder bookkeeping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-reminders.h"
#include "herald-slots.h"
#include "store-test-util.h"

/* 2026-11-11 00:00 in Asia/Shanghai. */
#define NOV_11_SHANGHAI 1794326400

static void
test_slots_for_account (void)
{
  g_autoptr (HeraldAccount) xhs = herald_account_new ("xiaohongshu", "小红书");
  g_autoptr (HeraldAccount) unknown = herald_account_new ("no-such-kind", "?");
  g_auto (GStrv) slots = NULL;
  const char *own[] = { "21:30", "bad", "07:05", "24:00", NULL };
  const char *all_bad[] = { "noon", NULL };
  int hour, minute;

  /* The channel's rule of thumb: 小红书 posts in the evening. */
  slots = herald_slots_for_account (xhs);
  g_assert_nonnull (slots[0]);
  for (guint i = 0; slots[i] != NULL; i++)
    {
      g_assert_true (herald_slots_parse (slots[i], &hour, &minute));
      g_assert_cmpint (hour, >=, 18);
    }
  g_clear_pointer (&slots, g_strfreev);

  /* The account's own slots win, sorted, the invalid ones dropped. */
  herald_account_set_slots (xhs, own);
  slots = herald_slots_for_account (xhs);
  g_assert_cmpuint (g_strv_length (slots), ==, 2);
  g_assert_cmpstr (slots[0], ==, "07:05");
  g_assert_cmpstr (slots[1], ==, "21:30");
  g_clear_pointer (&slots, g_strfreev);

  herald_account_set_slots (xhs, all_bad);
  slots = herald_slots_for_account (xhs);
  g_assert_cmpuint (g_strv_length (slots), >, 0);
  g_clear_pointer (&slots, g_strfreev);

  slots = herald_slots_for_account (unknown);
  g_assert_cmpuint (g_strv_length (slots), >, 0);

  g_assert_false (herald_slots_parse ("7:30", &hour, &minute));
  g_assert_false (herald_slots_parse ("12:60", &hour, &minute));
  g_assert_true (herald_slots_parse ("23:59", &hour, &minute));
  g_assert_cmpint (hour * 60 + minute, ==, 23 * 60 + 59);
}

static void
test_parse_list (void)
{
  g_autofree char *bad = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) slots = NULL;
  const char *expected[] = { "08:00", "12:30", "20:00", NULL };

  slots = herald_slots_parse_list ("20:00，8:00、12:30 20:00", &bad);
  g_assert_null (bad);
  g_assert_cmpstrv (slots, expected);
  text = herald_slots_format_list ((const char * const *) slots);
  g_assert_cmpstr (text, ==, "08:00, 12:30, 20:00");
  g_clear_pointer (&slots, g_strfreev);

  slots = herald_slots_parse_list ("  ", &bad);
  g_assert_nonnull (slots);
  g_assert_null (slots[0]);
  g_clear_pointer (&slots, g_strfreev);

  slots = herald_slots_parse_list ("08:00, 25:00, 9:00", &bad);
  g_assert_null (slots);
  g_assert_cmpstr (bad, ==, "25:00");
  g_clear_pointer (&bad, g_free);

  slots = herald_slots_parse_list ("晚上八点", &bad);
  g_assert_null (slots);
  g_assert_cmpstr (bad, ==, "晚上八点");
}

static void
test_next_free (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "官微");
  g_autoptr (HeraldAccount) other = store_test_add_account (store, "weibo", "另一个号");
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) taken = NULL;
  g_autoptr (HeraldPost) elsewhere = NULL;
  g_autoptr (HeraldPost) cancelled = NULL;
  const char *slots[] = { "09:00", "12:00", "20:00", NULL };
  GDate day;
  gint64 at;

  herald_account_set_slots (account, slots);
  herald_store_save_account (store, account, &error);
  g_assert_no_error (error);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 11, 11, 2026);

  at = herald_slots_next_free (store, account, &day, tz, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (at, ==, NOV_11_SHANGHAI + 9 * 3600);

  /* 09:00 taken by this account: 12:00.  Another account's post and a
   * cancelled one take nothing. */
  taken = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (account)), "早安", NOV_11_SHANGHAI + 9 * 3600, HERALD_POST_STATUS_SCHEDULED);
  elsewhere = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (other)), "别的号", NOV_11_SHANGHAI + 12 * 3600, HERALD_POST_STATUS_SCHEDULED);
  cancelled = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (account)), "取消了", NOV_11_SHANGHAI + 12 * 3600, HERALD_POST_STATUS_CANCELLED);
  at = herald_slots_next_free (store, account, &day, tz, 0, &error);
  g_assert_cmpint (at, ==, NOV_11_SHANGHAI + 12 * 3600);

  /* Past slots are passed over; a day with nothing left gives 0. */
  at = herald_slots_next_free (store, account, &day, tz, NOV_11_SHANGHAI + 13 * 3600, &error);
  g_assert_cmpint (at, ==, NOV_11_SHANGHAI + 20 * 3600);
  at = herald_slots_next_free (store, account, &day, tz, NOV_11_SHANGHAI + 21 * 3600, &error);
  g_assert_no_error (error);
  g_assert_cmpint (at, ==, 0);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static guint
n_due (HeraldStore *store,
       gint64       now)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) due = herald_store_list_due_reminders (store, now, 15 * 60, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (due);
}

static void
test_reminders (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "douyin", "抖音号");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  const gint64 slot = NOV_11_SHANGHAI + 20 * 3600;
  g_autoptr (HeraldPost) post = store_test_add_post (store, account_id, "直播预告", slot, HERALD_POST_STATUS_SCHEDULED);
  g_autoptr (HeraldPost) done = store_test_add_post (store, account_id, "已发", slot, HERALD_POST_STATUS_PUBLISHED);
  const char *post_id = herald_record_get_id (HERALD_RECORD (post));
  g_autoptr (GError) error = NULL;

  /* Not yet, then due within the quarter hour before the slot. */
  g_assert_cmpuint (n_due (store, slot - 3600), ==, 0);
  g_assert_cmpint (herald_store_next_reminder_at (store, slot - 3600, 15 * 60, &error), ==, slot - 15 * 60);
  g_assert_cmpuint (n_due (store, slot - 10 * 60), ==, 1);

  /* Delivered once: a restart (a new store on the file) does not repeat. */
  herald_store_mark_reminded (store, post_id, slot, slot - 10 * 60, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  store = herald_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_due (store, slot - 5 * 60), ==, 0);
  g_assert_cmpint (herald_store_next_reminder_at (store, slot - 5 * 60, 15 * 60, &error), ==, 0);

  /* Moved to another slot: a new reminder. */
  herald_post_set_scheduled_at (post, slot + 3600);
  herald_store_save_post (store, post, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_due (store, slot + 3600 - 60), ==, 1);

  /* Snoozed: quiet until the snooze ends. */
  herald_store_snooze_reminder (store, post_id, slot + 3600, slot + 3600 - 2 * 60, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_due (store, slot + 3600 - 5 * 60), ==, 0);
  g_assert_cmpint (herald_store_next_reminder_at (store, slot + 3600 - 5 * 60, 15 * 60, &error), ==, slot + 3600 - 2 * 60);
  g_assert_cmpuint (n_due (store, slot + 3600 - 2 * 60), ==, 1);

  /* Missed while closed: past the slot, never reminded late. */
  g_assert_cmpuint (n_due (store, slot + 3600 + 60), ==, 0);

  g_clear_object (&store);
  store_test_rm_rf (dir);
}

static void
due_cb (HeraldReminders *reminders,
        HeraldPost      *post,
        GPtrArray       *seen)
{
  g_ptr_array_add (seen, g_strdup (herald_post_get_title (post)));
}

static void
test_reminder_service (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "bilibili", "B站");
  const char *account_id = herald_record_get_id (HERALD_RECORD (account));
  const gint64 slot = NOV_11_SHANGHAI + 21 * 3600;
  g_autoptr (HeraldPost) post = store_test_add_post (store, account_id, "新番推荐", slot, HERALD_POST_STATUS_APPROVED);
  g_autoptr (HeraldReminders) reminders = herald_reminders_new (store);
  g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;

  g_signal_connect (reminders, "due", G_CALLBACK (due_cb), seen);
  herald_reminders_set_lead_minutes (reminders, 30);

  g_assert_cmpuint (herald_reminders_check (reminders, slot - 3600), ==, 0);
  g_assert_cmpuint (herald_reminders_check (reminders, slot - 20 * 60), ==, 1);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (seen->pdata[0], ==, "新番推荐");
  g_assert_cmpuint (herald_reminders_check (reminders, slot - 19 * 60), ==, 0);

  /* Off: nothing, whatever is due. */
  herald_reminders_set_lead_minutes (reminders, 0);
  g_assert_cmpuint (herald_reminders_check (reminders, slot - 60), ==, 0);
  herald_reminders_set_lead_minutes (reminders, 30);

  /* Snoozed from "now" (the real clock): due again once the snooze ends. */
  herald_reminders_snooze (reminders, post, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (herald_store_next_reminder_at (store, slot - 40 * 60, 30 * 60, NULL), >, slot - 30 * 60);

  g_clear_object (&reminders);
  g_clear_object (&store);
  store_test_rm_rf (dir);
}

/* The timer fires by itself when a slot comes near. */
static void
test_reminder_timer (void)
{
  g_autofree char *path = NULL;
  g_autoptr (HeraldStore) store = store_test_open (&path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (HeraldAccount) account = store_test_add_account (store, "weibo", "官微");
  g_autoptr (HeraldReminders) reminders = herald_reminders_new (store);
  g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (HeraldPost) post = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_signal_connect (reminders, "due", G_CALLBACK (due_cb), seen);
  herald_reminders_set_lead_minutes (reminders, 1);
  herald_reminders_start (reminders);

  /* Added after start: the store's change moves the timer. Due in ~2 s. */
  post = store_test_add_post (store, herald_record_get_id (HERALD_RECORD (account)), "马上发", now + 62, HERALD_POST_STATUS_SCHEDULED);
  while (seen->len == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (seen->pdata[0], ==, "马上发");

  herald_reminders_stop (reminders);
  g_clear_object (&reminders);
  g_clear_object (&store);
  store_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/slots/for-account", test_slots_for_account);
  g_test_add_func ("/calendar/slots/next-free", test_next_free);
  g_test_add_func ("/calendar/slots/parse-list", test_parse_list);
  g_test_add_func ("/calendar/reminders", test_reminders);
  g_test_add_func ("/calendar/reminders/service", test_reminder_service);
  g_test_add_func ("/calendar/reminders/timer", test_reminder_timer);

  return g_test_run ();
}
