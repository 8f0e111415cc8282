/* test-marketing-days.c — the marketing calendar against known dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-marketing-days.h"

static GDate
ymd (int year,
     int month,
     int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

static const char *
id_on (int year,
       int month,
       int day,
       HeraldMarketingDayKind kind)
{
  GDate date = ymd (year, month, day);
  g_autoptr (GArray) found = herald_marketing_days_between (&date, &date);

  for (guint i = 0; i < found->len; i++)
    if (g_array_index (found, HeraldMarketingDay, i).kind == kind)
      return g_array_index (found, HeraldMarketingDay, i).id;

  return NULL;
}

static void
test_lunar_festivals (void)
{
  g_assert_cmpstr (id_on (2027, 2, 6, HERALD_MARKETING_DAY_FESTIVAL), ==, "spring-festival");
  g_assert_cmpstr (id_on (2027, 2, 5, HERALD_MARKETING_DAY_FESTIVAL), ==, "new-years-eve");
  g_assert_cmpstr (id_on (2027, 2, 20, HERALD_MARKETING_DAY_FESTIVAL), ==, "lantern");
  g_assert_cmpstr (id_on (2026, 2, 17, HERALD_MARKETING_DAY_FESTIVAL), ==, "spring-festival");
  g_assert_cmpstr (id_on (2026, 6, 19, HERALD_MARKETING_DAY_FESTIVAL), ==, "dragon-boat");
  g_assert_cmpstr (id_on (2026, 8, 19, HERALD_MARKETING_DAY_FESTIVAL), ==, "qixi");
  g_assert_cmpstr (id_on (2026, 9, 25, HERALD_MARKETING_DAY_FESTIVAL), ==, "mid-autumn");
  g_assert_cmpstr (id_on (2026, 10, 18, HERALD_MARKETING_DAY_FESTIVAL), ==, "double-ninth");
  g_assert_null (id_on (2026, 9, 24, HERALD_MARKETING_DAY_FESTIVAL));
}

/* 2025 has a leap sixth month: 七夕 falls once, in the ordinary seventh. */
static void
test_leap_month (void)
{
  GDate first = ymd (2025, 1, 1), last = ymd (2025, 12, 31);
  g_autoptr (GArray) all = herald_marketing_days_between (&first, &last);
  guint n_qixi = 0;

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (g_array_index (all, HeraldMarketingDay, i).id, "qixi") == 0)
      n_qixi++;

  g_assert_cmpuint (n_qixi, ==, 1);
  g_assert_cmpstr (id_on (2025, 8, 29, HERALD_MARKETING_DAY_FESTIVAL), ==, "qixi");
}

static void
test_solar_terms (void)
{
  GDate first = ymd (2026, 1, 1), last = ymd (2026, 12, 31);
  g_autoptr (GArray) all = herald_marketing_days_between (&first, &last);
  guint n_terms = 0;

  g_assert_cmpstr (id_on (2026, 12, 22, HERALD_MARKETING_DAY_SOLAR_TERM), ==, "dongzhi");
  g_assert_cmpstr (id_on (2026, 4, 5, HERALD_MARKETING_DAY_SOLAR_TERM), ==, "qingming");
  g_assert_cmpstr (id_on (2026, 2, 4, HERALD_MARKETING_DAY_SOLAR_TERM), ==, "lichun");

  for (guint i = 0; i < all->len; i++)
    if (g_array_index (all, HeraldMarketingDay, i).kind == HERALD_MARKETING_DAY_SOLAR_TERM)
      n_terms++;
  g_assert_cmpuint (n_terms, ==, 24);
}

static void
test_fixed_and_shopping (void)
{
  g_assert_cmpstr (id_on (2026, 11, 11, HERALD_MARKETING_DAY_SHOPPING), ==, "double-11");
  g_assert_cmpstr (id_on (2026, 12, 12, HERALD_MARKETING_DAY_SHOPPING), ==, "double-12");
  g_assert_cmpstr (id_on (2026, 6, 18, HERALD_MARKETING_DAY_SHOPPING), ==, "618");
  g_assert_cmpstr (id_on (2026, 5, 20, HERALD_MARKETING_DAY_SHOPPING), ==, "520");
  g_assert_cmpstr (id_on (2026, 10, 1, HERALD_MARKETING_DAY_HOLIDAY), ==, "national-day");
  g_assert_cmpstr (id_on (2026, 9, 10, HERALD_MARKETING_DAY_OBSERVANCE), ==, "teachers-day");
  /* Second Sunday of May, third Sunday of June. */
  g_assert_cmpstr (id_on (2026, 5, 10, HERALD_MARKETING_DAY_OBSERVANCE), ==, "mothers-day");
  g_assert_cmpstr (id_on (2027, 5, 9, HERALD_MARKETING_DAY_OBSERVANCE), ==, "mothers-day");
  g_assert_cmpstr (id_on (2026, 6, 21, HERALD_MARKETING_DAY_OBSERVANCE), ==, "fathers-day");
}

static void
test_range_and_names (void)
{
  GDate first = ymd (2026, 12, 20), last = ymd (2027, 1, 2);
  g_autoptr (GArray) days = herald_marketing_days_between (&first, &last);
  GDate day = ymd (2026, 11, 11);

  /* Across a year end, in order: 冬至, 平安夜, 圣诞, 元旦. */
  g_assert_cmpuint (days->len, >=, 4);
  for (guint i = 1; i < days->len; i++)
    g_assert_cmpint (g_date_compare (&g_array_index (days, HeraldMarketingDay, i - 1).date,
                                     &g_array_index (days, HeraldMarketingDay, i).date), <=, 0);
  g_assert_cmpstr (g_array_index (days, HeraldMarketingDay, days->len - 1).id, ==, "new-year");

  g_assert_cmpstr (herald_marketing_days_name_on (&day), ==, "Singles’ Day (11.11)");
  day = ymd (2026, 11, 12);
  g_assert_null (herald_marketing_days_name_on (&day));
}

/* A month view asks often: cached months answer in microseconds. */
static void
test_cached (void)
{
  GDate first = ymd (2031, 3, 1), last = ymd (2031, 4, 11);
  gint64 start, cold, warm;

  start = g_get_monotonic_time ();
  g_array_unref (herald_marketing_days_between (&first, &last));
  cold = g_get_monotonic_time () - start;

  start = g_get_monotonic_time ();
  for (int i = 0; i < 100; i++)
    g_array_unref (herald_marketing_days_between (&first, &last));
  warm = (g_get_monotonic_time () - start) / 100;

  g_test_message ("first %" G_GINT64_FORMAT " µs, then %" G_GINT64_FORMAT " µs per month", cold, warm);
  g_assert_cmpint (warm, <, 2000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/marketing-days/lunar-festivals", test_lunar_festivals);
  g_test_add_func ("/calendar/marketing-days/leap-month", test_leap_month);
  g_test_add_func ("/calendar/marketing-days/solar-terms", test_solar_terms);
  g_test_add_func ("/calendar/marketing-days/fixed-and-shopping", test_fixed_and_shopping);
  g_test_add_func ("/calendar/marketing-days/range-and-names", test_range_and_names);
  g_test_add_func ("/calendar/marketing-days/cached", test_cached);

  return g_test_run ();
}
