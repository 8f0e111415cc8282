/* herald-marketing-days.c — the dates operators plan around (营销日历)
 *
 * Fixed days and shopping festivals are Herald's own data (below).  Lunar
 * festivals and the 24 solar terms come from liblunar-date: festivals by
 * the lunar month and day it computes, solar terms by the term it names.
 * The library names terms in pinyin or, under a Chinese locale, in Chinese;
 * both are matched and Herald shows its own translatable name.
 *
 * A month is computed once and kept: a month view asks for 42 days at a
 * time, and switching months must not redo the astronomy; nor is a whole
 * year worked out day by day when a view shows six weeks of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-marketing-days"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <lunar-date/lunar-date.h>

#include "herald-marketing-days.h"

typedef enum {
  RULE_FIXED,        /* month / day */
  RULE_NTH_WEEKDAY,  /* month, nth (1-based), weekday (1 = Monday) */
  RULE_LUNAR,        /* lunar month / day; day 0 = the last day of that month */
} Rule;

static const struct {
  const char             *id;
  const char             *name;
  HeraldMarketingDayKind  kind;
  Rule                    rule;
  int                     month;
  int                     day;
  int                     weekday;
} days[] = {
  { "new-year", N_("New Year’s Day"), HERALD_MARKETING_DAY_HOLIDAY, RULE_FIXED, 1, 1, 0 },
  { "valentines", N_("Valentine’s Day"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_FIXED, 2, 14, 0 },
  { "womens-day", N_("Women’s Day"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_FIXED, 3, 8, 0 },
  { "consumer-rights", N_("Consumer Rights Day"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_FIXED, 3, 15, 0 },
  { "labour-day", N_("Labour Day"), HERALD_MARKETING_DAY_HOLIDAY, RULE_FIXED, 5, 1, 0 },
  { "youth-day", N_("Youth Day"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_FIXED, 5, 4, 0 },
  { "mothers-day", N_("Mother’s Day"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_NTH_WEEKDAY, 5, 2, 7 },
  { "520", N_("520 (I Love You Day)"), HERALD_MARKETING_DAY_SHOPPING, RULE_FIXED, 5, 20, 0 },
  { "childrens-day", N_("Children’s Day"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_FIXED, 6, 1, 0 },
  { "618", N_("618 Shopping Festival"), HERALD_MARKETING_DAY_SHOPPING, RULE_FIXED, 6, 18, 0 },
  { "fathers-day", N_("Father’s Day"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_NTH_WEEKDAY, 6, 3, 7 },
  { "teachers-day", N_("Teachers’ Day"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_FIXED, 9, 10, 0 },
  { "national-day", N_("National Day"), HERALD_MARKETING_DAY_HOLIDAY, RULE_FIXED, 10, 1, 0 },
  { "double-11", N_("Singles’ Day (11.11)"), HERALD_MARKETING_DAY_SHOPPING, RULE_FIXED, 11, 11, 0 },
  { "double-12", N_("Double 12 (12.12)"), HERALD_MARKETING_DAY_SHOPPING, RULE_FIXED, 12, 12, 0 },
  { "christmas-eve", N_("Christmas Eve"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_FIXED, 12, 24, 0 },
  { "christmas", N_("Christmas"), HERALD_MARKETING_DAY_OBSERVANCE, RULE_FIXED, 12, 25, 0 },
  { "laba", N_("Laba Festival"), HERALD_MARKETING_DAY_FESTIVAL, RULE_LUNAR, 12, 8, 0 },
  { "new-years-eve", N_("Lunar New Year’s Eve"), HERALD_MARKETING_DAY_FESTIVAL, RULE_LUNAR, 12, 0, 0 },
  { "spring-festival", N_("Spring Festival"), HERALD_MARKETING_DAY_FESTIVAL, RULE_LUNAR, 1, 1, 0 },
  { "lantern", N_("Lantern Festival"), HERALD_MARKETING_DAY_FESTIVAL, RULE_LUNAR, 1, 15, 0 },
  { "dragon-boat", N_("Dragon Boat Festival"), HERALD_MARKETING_DAY_FESTIVAL, RULE_LUNAR, 5, 5, 0 },
  { "qixi", N_("Qixi Festival"), HERALD_MARKETING_DAY_FESTIVAL, RULE_LUNAR, 7, 7, 0 },
  { "mid-autumn", N_("Mid-Autumn Festival"), HERALD_MARKETING_DAY_FESTIVAL, RULE_LUNAR, 8, 15, 0 },
  { "double-ninth", N_("Double Ninth Festival"), HERALD_MARKETING_DAY_FESTIVAL, RULE_LUNAR, 9, 9, 0 },
};

/* The 24 solar terms from 小寒, as liblunar-date names them in pinyin. */
static const struct {
  const char *id;
  const char *pinyin;
  const char *name;
} solar_terms[] = {
  { "xiaohan", "Xiǎohán", N_("Minor Cold") },
  { "dahan", "Dàhán", N_("Major Cold") },
  { "lichun", "Lìchūn", N_("Start of Spring") },
  { "yushui", "Yǔshuǐ", N_("Rain Water") },
  { "jingzhe", "Jīngzhé", N_("Awakening of Insects") },
  { "chunfen", "Chūnfēn", N_("Spring Equinox") },
  { "qingming", "Qīngmíng", N_("Qingming") },
  { "guyu", "Gǔyǔ", N_("Grain Rain") },
  { "lixia", "Lìxià", N_("Start of Summer") },
  { "xiaoman", "Xiǎomǎn", N_("Grain Buds") },
  { "mangzhong", "Mángzhòng", N_("Grain in Ear") },
  { "xiazhi", "Xiàzhì", N_("Summer Solstice") },
  { "xiaoshu", "Xiǎoshǔ", N_("Minor Heat") },
  { "dashu", "Dàshǔ", N_("Major Heat") },
  { "liqiu", "Lìqīu", N_("Start of Autumn") },
  { "chushu", "Chùshǔ", N_("End of Heat") },
  { "bailu", "Báilòu", N_("White Dew") },
  { "qiufen", "Qīufēn", N_("Autumn Equinox") },
  { "hanlu", "Hánlòu", N_("Cold Dew") },
  { "shuangjiang", "Shuāngjiàng", N_("Frost’s Descent") },
  { "lidong", "Lìdōng", N_("Start of Winter") },
  { "xiaoxue", "Xiǎoxuě", N_("Minor Snow") },
  { "daxue", "Dàxuě", N_("Major Snow") },
  { "dongzhi", "Dōngzhì", N_("Winter Solstice") },
};

static GMutex cache_lock;
static GHashTable *months;  /* year * 12 + month - 1 → GArray of HeraldMarketingDay, sorted */

static void
add_day (GArray                 *array,
         const GDate            *date,
         const char             *id,
         const char             *name,
         HeraldMarketingDayKind  kind)
{
  HeraldMarketingDay day = { *date, id, _(name), kind };

  g_array_append_val (array, day);
}

/* liblunar-date 3.0 keeps each term's date and name in a fixed-size
 * buffer, which the longer pinyin names overrun: "Mángzhòng" comes out as
 * "Mángzhòng20260621 Xiàzhì" and "Shuāngjiàng" as "Shuāngjià20261107 …".
 * So a name is compared up to the first digit, and a cut-off name matches
 * the term it begins. */
static int
solar_term_index (const char *holiday_name)
{
  g_autofree char *name = g_strdup (holiday_name);
  size_t length;

  for (char *p = name; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      {
        *p = '\0';
        break;
      }
  g_strchomp (name);
  length = strlen (name);

  for (guint i = 0; i < G_N_ELEMENTS (solar_terms); i++)
    {
      const char *pinyin = solar_terms[i].pinyin;

      if (g_strcmp0 (name, g_dgettext ("lunar-date", pinyin)) == 0 ||
          g_strcmp0 (name, pinyin) == 0 ||
          (length >= 6 && strncmp (name, pinyin, length) == 0))
        return i;
    }

  return -1;
}

/* liblunar-date's lower-case lunar month is "*4" in a leap month. */
static gboolean
lunar_month_day (LunarDate *lunar,
                 int       *month,
                 int       *day)
{
  g_autofree char *month_text = lunar_date_strftime (lunar, "%(yue)");
  g_autofree char *day_text = lunar_date_strftime (lunar, "%(ri)");

  if (month_text == NULL || day_text == NULL || month_text[0] == '*')
    return FALSE;

  *month = atoi (month_text);
  *day = atoi (day_text);
  return TRUE;
}

static gboolean
set_solar (LunarDate   *lunar,
           const GDate *date)
{
  g_autoptr (GError) error = NULL;

  lunar_date_set_solar_date (lunar, g_date_get_year (date), g_date_get_month (date),
                             g_date_get_day (date), 12, &error);
  if (error != NULL)
    {
      g_debug ("No lunar date for %d-%d-%d: %s", g_date_get_year (date),
               g_date_get_month (date), g_date_get_day (date), error->message);
      return FALSE;
    }

  return TRUE;
}

static void
add_lunar_days (GArray       *array,
                LunarDate    *lunar,
                int           year,
                GDateMonth    in_month)
{
  GDate date, next;
  int month, day, next_month, next_day;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, in_month, year);

  while (g_date_get_month (&date) == in_month)
    {
      g_autofree char *holidays = NULL;

      next = date;
      g_date_add_days (&next, 1);

      if (set_solar (lunar, &date))
        {
          /* Solar terms, as the library names them. */
          holidays = lunar_date_get_holiday (lunar, "\n");
          if (holidays != NULL)
            {
              g_auto (GStrv) names = g_strsplit (holidays, "\n", -1);

              for (guint i = 0; names[i] != NULL; i++)
                {
                  int term = solar_term_index (names[i]);

                  if (term >= 0)
                    add_day (array, &date, solar_terms[term].id, solar_terms[term].name,
                             HERALD_MARKETING_DAY_SOLAR_TERM);
                }
            }

          if (lunar_month_day (lunar, &month, &day))
            {
              gboolean last_of_month = FALSE;

              /* The last day of a lunar month is the day before the 1st. */
              if (month == 12 && set_solar (lunar, &next) &&
                  lunar_month_day (lunar, &next_month, &next_day))
                last_of_month = next_day == 1;

              for (guint i = 0; i < G_N_ELEMENTS (days); i++)
                if (days[i].rule == RULE_LUNAR && days[i].month == month &&
                    (days[i].day == day || (days[i].day == 0 && last_of_month)))
                  add_day (array, &date, days[i].id, days[i].name, days[i].kind);
            }
        }

      date = next;
    }
}

static void
add_solar_days (GArray     *array,
                int         year,
                GDateMonth  month)
{
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      GDate date;

      g_date_clear (&date, 1);
      if (days[i].rule == RULE_FIXED)
        {
          g_date_set_dmy (&date, days[i].day, days[i].month, year);
        }
      else if (days[i].rule == RULE_NTH_WEEKDAY)
        {
          int offset;

          g_date_set_dmy (&date, 1, days[i].month, year);
          offset = (days[i].weekday - (int) g_date_get_weekday (&date) + 7) % 7;
          g_date_add_days (&date, offset + 7 * (days[i].day - 1));
        }
      else
        {
          continue;
        }

      if (g_date_get_month (&date) == month)
        add_day (array, &date, days[i].id, days[i].name, days[i].kind);
    }
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  const HeraldMarketingDay *x = a, *y = b;
  int by_date = g_date_compare (&x->date, &y->date);

  return by_date != 0 ? by_date : (int) x->kind - (int) y->kind;
}

static GArray *
compute_month (int        year,
               GDateMonth month)
{
  g_autoptr (LunarDate) lunar = lunar_date_new ();
  GArray *array = g_array_new (FALSE, FALSE, sizeof (HeraldMarketingDay));

  add_solar_days (array, year, month);
  add_lunar_days (array, lunar, year, month);
  g_array_sort (array, compare_days);

  return array;
}

/* The marketing days of @date's month. */
static GArray *
get_month (const GDate *date)
{
  int year = g_date_get_year (date);
  GDateMonth month = g_date_get_month (date);
  gpointer key = GINT_TO_POINTER (year * 12 + month - 1);
  GArray *array;

  g_mutex_lock (&cache_lock);
  if (months == NULL)
    months = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  array = g_hash_table_lookup (months, key);
  if (array == NULL)
    {
      array = compute_month (year, month);
      g_hash_table_insert (months, key, array);
    }
  g_mutex_unlock (&cache_lock);

  return array;
}

/* Moves @date to the first of its month, then of the next. */
static void
next_month (GDate *date)
{
  g_date_set_day (date, 1);
  g_date_add_months (date, 1);
}

/**
 * herald_marketing_days_between:
 * @first: the first day
 * @last: the last day, inclusive
 *
 * Returns: (transfer full) (element-type HeraldMarketingDay): the marketing
 *   days from @first to @last, by date
 */
GArray *
herald_marketing_days_between (const GDate *first,
                               const GDate *last)
{
  GArray *result = g_array_new (FALSE, FALSE, sizeof (HeraldMarketingDay));

  g_return_val_if_fail (g_date_valid (first) && g_date_valid (last), result);

  for (GDate month = *first; g_date_compare (&month, last) <= 0; next_month (&month))
    {
      GArray *all = get_month (&month);

      for (guint i = 0; i < all->len; i++)
        {
          const HeraldMarketingDay *day = &g_array_index (all, HeraldMarketingDay, i);

          if (g_date_compare (&day->date, first) >= 0 && g_date_compare (&day->date, last) <= 0)
            g_array_append_val (result, *day);
        }
    }

  return result;
}

/**
 * herald_marketing_days_prepare:
 * @around: a day
 *
 * Works out the marketing days of the months a calendar around @around
 * shows (six weeks either side), so that showing it later costs nothing.
 * The lunar calendar is slow to compute; start-up calls this from a
 * thread of its own while the window is being made.
 */
void
herald_marketing_days_prepare (const GDate *around)
{
  GDate first = *around, last = *around;

  g_return_if_fail (g_date_valid (around));

  g_date_subtract_days (&first, MIN (42, g_date_get_julian (&first) - 1));
  g_date_add_days (&last, 42);
  for (GDate month = first; g_date_compare (&month, &last) <= 0; next_month (&month))
    get_month (&month);
}

/**
 * herald_marketing_days_name_on:
 * @date: a day
 *
 * Returns: (nullable): the name of the first marketing day on @date
 */
const char *
herald_marketing_days_name_on (const GDate *date)
{
  g_autoptr (GArray) found = herald_marketing_days_between (date, date);

  return found->len > 0 ? g_array_index (found, HeraldMarketingDay, 0).name : NULL;
}
