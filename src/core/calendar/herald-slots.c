/* herald-slots.c — posting slots: when an account usually posts
 *
 * An account posts at its own slots when it has any, else at its channel's
 * defaults (rules of thumb shipped with the channel data).  A new post on a
 * day goes to the first slot that is still ahead and that no other post of
 * the same account already takes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-slots"

#include "config.h"

#include <stdlib.h>

#include "herald-channel-kind.h"
#include "herald-slots.h"

/* Used when neither the account nor its channel says. */
static const char * const fallback_slots[] = { "08:00", "12:00", "20:00", NULL };

static int
compare_slot_strings (const void *a,
                      const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * herald_slots_parse:
 * @slot: "HH:MM"
 * @hour: (out): the hour, 0–23
 * @minute: (out): the minute, 0–59
 *
 * Returns: %TRUE if @slot is a valid time of day
 */
gboolean
herald_slots_parse (const char *slot,
                    int        *hour,
                    int        *minute)
{
  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  if (slot == NULL || strlen (slot) != 5 || slot[2] != ':' ||
      !g_ascii_isdigit (slot[0]) || !g_ascii_isdigit (slot[1]) ||
      !g_ascii_isdigit (slot[3]) || !g_ascii_isdigit (slot[4]))
    return FALSE;

  *hour = (slot[0] - '0') * 10 + (slot[1] - '0');
  *minute = (slot[3] - '0') * 10 + (slot[4] - '0');

  return *hour < 24 && *minute < 60;
}

/**
 * herald_slots_parse_list:
 * @text: times as a person types them: "8:00, 12:30，20:00"
 * @bad_item: (out) (optional) (nullable): the first item that is not a time
 *
 * Reads a list of times of day separated by commas (ASCII or Chinese),
 * 、 or spaces; "8:00" is read as "08:00".  The result is sorted with
 * duplicates removed.
 *
 * Returns: (transfer full) (nullable): the slots as "HH:MM", or %NULL
 *   when an item is not a time
 */
char **
herald_slots_parse_list (const char  *text,
                         char       **bad_item)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GString) normal = g_string_new (text != NULL ? text : "");
  g_auto (GStrv) items = NULL;
  g_auto (GStrv) slots = NULL;
  guint n = 0;

  if (bad_item != NULL)
    *bad_item = NULL;

  g_string_replace (normal, "，", ",", 0);
  g_string_replace (normal, "、", ",", 0);
  g_string_replace (normal, "：", ":", 0);
  g_strdelimit (normal->str, " \t;", ',');
  items = g_strsplit (normal->str, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *padded = NULL;
      const char *item = g_strstrip (items[i]);
      int hour, minute;

      if (*item == '\0')
        continue;

      padded = strlen (item) == 4 && item[1] == ':' ? g_strconcat ("0", item, NULL) : g_strdup (item);
      if (!herald_slots_parse (padded, &hour, &minute))
        {
          if (bad_item != NULL)
            *bad_item = g_strdup (item);
          return NULL;
        }

      g_strv_builder_take (builder, g_strdup_printf ("%02d:%02d", hour, minute));
    }

  slots = g_strv_builder_end (builder);
  qsort (slots, g_strv_length (slots), sizeof (char *), compare_slot_strings);
  for (guint i = 0; slots[i] != NULL; i++)
    if (n == 0 || g_strcmp0 (slots[n - 1], slots[i]) != 0)
      slots[n++] = slots[i];
    else
      g_free (slots[i]);
  slots[n] = NULL;

  return g_steal_pointer (&slots);
}

/**
 * herald_slots_format_list:
 * @slots: (nullable): slots as "HH:MM"
 *
 * Returns: (transfer full): the slots for a person to read: "08:00, 20:30"
 */
char *
herald_slots_format_list (const char * const *slots)
{
  if (slots == NULL)
    return g_strdup ("");

  return g_strjoinv (", ", (char **) slots);
}

/**
 * herald_slots_for_account:
 * @account: an account
 *
 * Returns: (transfer full): the account's valid slots, sorted, never empty
 */
char **
herald_slots_for_account (HeraldAccount *account)
{
  const char * const *slots = herald_account_get_slots (account);
  g_autoptr (GPtrArray) valid = g_ptr_array_new ();
  HeraldChannelKind *kind;
  int hour, minute;

  if (slots == NULL || slots[0] == NULL)
    {
      kind = herald_channel_kinds_lookup (herald_account_get_kind (account));
      slots = kind != NULL ? herald_channel_kind_get_default_slots (kind) : NULL;
    }
  if (slots == NULL || slots[0] == NULL)
    slots = fallback_slots;

  for (guint i = 0; slots[i] != NULL; i++)
    if (herald_slots_parse (slots[i], &hour, &minute))
      g_ptr_array_add (valid, g_strdup (slots[i]));

  if (valid->len == 0)
    for (guint i = 0; fallback_slots[i] != NULL; i++)
      g_ptr_array_add (valid, g_strdup (fallback_slots[i]));

  g_ptr_array_sort (valid, compare_slot_strings);
  g_ptr_array_add (valid, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&valid), FALSE);
}

/**
 * herald_slots_next_free:
 * @store: a #HeraldStore
 * @account: the account to post on
 * @day: the day, in @tz
 * @tz: the time zone the plan is made in
 * @not_before: Unix time; slots before it are passed over (0 for none)
 * @error: return location for a #GError
 *
 * Returns: the Unix time of the first free slot of @account on @day, or 0
 *   when every slot that day is taken or past (or on error, with @error set)
 */
gint64
herald_slots_next_free (HeraldStore    *store,
                        HeraldAccount  *account,
                        const GDate    *day,
                        GTimeZone      *tz,
                        gint64          not_before,
                        GError        **error)
{
  g_auto (GStrv) slots = NULL;
  g_autoptr (GDateTime) midnight = NULL;
  g_autoptr (GDateTime) next_midnight = NULL;
  g_autoptr (GListModel) taken = NULL;
  g_autoptr (GHashTable) taken_times = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  const char *account_ids[] = { herald_record_get_id (HERALD_RECORD (account)), NULL };
  HeraldPostFilter filter = { account_ids, NULL, 0 };

  g_return_val_if_fail (HERALD_IS_STORE (store), 0);
  g_return_val_if_fail (HERALD_IS_ACCOUNT (account), 0);
  g_return_val_if_fail (g_date_valid (day), 0);
  g_return_val_if_fail (tz != NULL, 0);

  midnight = g_date_time_new (tz, g_date_get_year (day), g_date_get_month (day), g_date_get_day (day), 0, 0, 0);
  next_midnight = g_date_time_add_days (midnight, 1);

  taken = herald_store_list_posts_in_range (store,
                                            g_date_time_to_unix (midnight),
                                            g_date_time_to_unix (next_midnight),
                                            &filter, error);
  if (taken == NULL)
    return 0;

  for (guint i = 0; i < g_list_model_get_n_items (taken); i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (taken, i);
      gint64 *at;

      if (herald_post_get_status (post) == HERALD_POST_STATUS_CANCELLED)
        continue;

      at = g_new (gint64, 1);
      *at = herald_post_get_scheduled_at (post);
      g_hash_table_add (taken_times, at);
    }

  slots = herald_slots_for_account (account);
  for (guint i = 0; slots[i] != NULL; i++)
    {
      g_autoptr (GDateTime) at = NULL;
      gint64 unix_time;
      int hour, minute;

      herald_slots_parse (slots[i], &hour, &minute);
      at = g_date_time_new (tz, g_date_get_year (day), g_date_get_month (day), g_date_get_day (day),
                            hour, minute, 0);
      unix_time = g_date_time_to_unix (at);

      if (unix_time >= not_before && !g_hash_table_contains (taken_times, &unix_time))
        return unix_time;
    }

  return 0;
}
