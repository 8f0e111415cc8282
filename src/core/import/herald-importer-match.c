/* herald-importer-match.c — which post a row of an export is about
 *
 * A row names its post by URL, or by a title that may have been edited
 * since: titles are compared by their bigrams (Dice), and a post must be
 * published within a few days of the row's time.  The export of a single
 * post names none: its posts to choose from are listed here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <string.h>

#include "herald-importer-private.h"

/* Candidates */

void
herald_import_candidate_free (Candidate *candidate)
{
  g_free (candidate->id);
  g_free (candidate->url);
  g_free (candidate->title);
  g_array_unref (candidate->bigrams);
  g_free (candidate);
}

/* Titles */

char *
herald_import_normalize_title (const char *title)
{
  g_autofree char *normal = g_utf8_normalize (title != NULL ? title : "", -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = NULL;
  GString *result;

  if (normal == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (normal, -1);
  result = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (result, c);
    }

  return g_string_free (result, FALSE);
}

static int
compare_guint64 (gconstpointer a,
                 gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* Pairs of neighbouring characters; a one-character title is its own. */
static GArray *
title_bigrams (const char *normal)
{
  GArray *bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  gunichar previous = 0;

  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (previous != 0)
        {
          guint64 pair = ((guint64) previous << 32) | c;

          g_array_append_val (bigrams, pair);
        }
      previous = c;
    }

  if (bigrams->len == 0 && previous != 0)
    {
      guint64 single = previous;

      g_array_append_val (bigrams, single);
    }

  g_array_sort (bigrams, compare_guint64);
  return bigrams;
}

/* The digits of a normalised title, in order. */
static char *
title_digits (const char *normal)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = normal; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
    else if (digits->len > 0 && digits->str[digits->len - 1] != ' ')
      g_string_append_c (digits, ' ');

  return g_strchomp (g_string_free (digits, FALSE));
}

static double
dice (GArray *a,
      GArray *b)
{
  guint i = 0, j = 0, common = 0;

  if (a->len + b->len == 0)
    return 0.0;

  while (i < a->len && j < b->len)
    {
      guint64 x = g_array_index (a, guint64, i), y = g_array_index (b, guint64, j);

      if (x == y)
        {
          common++;
          i++;
          j++;
        }
      else if (x < y)
        i++;
      else
        j++;
    }

  return 2.0 * common / (a->len + b->len);
}

/**
 * herald_import_title_similarity:
 * @a: a title
 * @b: another
 *
 * Compares titles as the matching does: compatibility-normalised,
 * case-folded, letters and digits only, then the Dice coefficient of
 * their character pairs.
 *
 * Returns: 1.0 for the same title, down to 0.0 for nothing in common
 */
double
herald_import_title_similarity (const char *a,
                                const char *b)
{
  g_autofree char *x = herald_import_normalize_title (a);
  g_autofree char *y = herald_import_normalize_title (b);
  g_autoptr (GArray) bx = NULL;
  g_autoptr (GArray) by = NULL;

  if (*x == '\0' || *y == '\0')
    return 0.0;
  if (g_str_equal (x, y))
    return 1.0;

  bx = title_bigrams (x);
  by = title_bigrams (y);
  return dice (bx, by);
}

static char *
normalize_url (const char *url)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (url != NULL ? url : ""));
  const char *start = trimmed;
  gsize length;

  if (g_str_has_prefix (start, "https://"))
    start += strlen ("https://");
  else if (g_str_has_prefix (start, "http://"))
    start += strlen ("http://");

  length = strlen (start);
  while (length > 0 && start[length - 1] == '/')
    length--;

  return g_strndup (start, length);
}

/* Matching */

void
herald_import_run_add_candidate (ImportRun  *run,
                                 const char *id,
                                 const char *url,
                                 const char *title,
                                 gint64      time)
{
  Candidate *candidate = g_new0 (Candidate, 1);

  candidate->id = g_strdup (id);
  candidate->url = normalize_url (url);
  candidate->title = herald_import_normalize_title (title);
  candidate->bigrams = title_bigrams (candidate->title);
  candidate->time = time;
  g_ptr_array_add (run->candidates, candidate);

  if (*candidate->url != '\0' && !g_hash_table_contains (run->by_url, candidate->url))
    g_hash_table_insert (run->by_url, candidate->url, candidate);
  if (*candidate->title != '\0' && !g_hash_table_contains (run->by_title, candidate->title))
    g_hash_table_insert (run->by_title, candidate->title, candidate);
}

gboolean
herald_import_run_load_candidates (ImportRun  *run,
                                   GError    **error)
{
  g_autoptr (GListModel) posts = NULL;
  guint n;

  posts = herald_store_list_account_posts (run->store, run->account_id, error);
  if (posts == NULL)
    return FALSE;

  n = g_list_model_get_n_items (posts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (posts, i);
      gint64 time = herald_post_get_published_at (post);

      if (time == 0)
        time = herald_post_get_scheduled_at (post);
      herald_import_run_add_candidate (run, herald_record_get_id (HERALD_RECORD (post)), herald_post_get_url (post),
                                       herald_post_get_title (post), time);
    }

  return TRUE;
}

static gboolean
within_window (gint64 a,
               gint64 b)
{
  return a == 0 || b == 0 || ABS (a - b) <= HERALD_IMPORT_TIME_WINDOW;
}

Candidate *
herald_import_run_find_post (ImportRun  *run,
                             const char *url,
                             const char *title,
                             gint64      time)
{
  g_autofree char *url_key = normalize_url (url);
  g_autofree char *title_key = NULL;
  g_autoptr (GArray) bigrams = NULL;
  g_autofree char *digits = NULL;
  Candidate *candidate, *best = NULL;
  double best_score = HERALD_IMPORT_TITLE_SIMILARITY;

  if (*url_key != '\0' && (candidate = g_hash_table_lookup (run->by_url, url_key)) != NULL)
    return candidate;

  title_key = herald_import_normalize_title (title);
  if (*title_key == '\0')
    return NULL;

  candidate = g_hash_table_lookup (run->by_title, title_key);
  if (candidate != NULL && within_window (candidate->time, time))
    return candidate;

  digits = title_digits (title_key);
  bigrams = title_bigrams (title_key);
  for (guint i = 0; i < run->candidates->len; i++)
    {
      g_autofree char *candidate_digits = NULL;
      double score;

      candidate = run->candidates->pdata[i];
      if (!within_window (candidate->time, time))
        continue;

      /* "好物分享 第3期" is not "好物分享 第4期": numbers must agree. */
      candidate_digits = title_digits (candidate->title);
      if (!g_str_equal (digits, candidate_digits))
        continue;

      score = dice (bigrams, candidate->bigrams);
      if (score >= best_score)
        {
          best = candidate;
          best_score = score;
        }
    }

  return best;
}

/* Posts a single-post export can be about */

static gint64
post_time (HeraldPost *post)
{
  gint64 time = herald_post_get_published_at (post);

  return time != 0 ? time : herald_post_get_scheduled_at (post);
}

static int
compare_published (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  gint64 x = post_time ((HeraldPost *) a);
  gint64 y = post_time ((HeraldPost *) b);

  return x < y ? 1 : x > y ? -1 : 0;
}

/**
 * herald_import_list_posts:
 * @store: a #HeraldStore
 * @profile: the profile of an export of one post
 * @error: return location for a #GError
 *
 * The posts the export could be about, for the user to choose one: the
 * published posts of the accounts of the profile's channel (of every
 * account when it names none).
 *
 * Returns: (transfer full) (nullable): a #GListModel of #HeraldPost,
 *   newest first
 */
GListModel *
herald_import_list_posts (HeraldStore          *store,
                          HeraldImportProfile  *profile,
                          GError              **error)
{
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GListStore) result = g_list_store_new (HERALD_TYPE_POST);
  const char *channel;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (profile), NULL);

  channel = herald_import_profile_get_channel (profile);
  accounts = herald_store_list_accounts (store, error);
  if (accounts == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);
      g_autoptr (GListModel) posts = NULL;

      if (*channel != '\0' && !g_str_equal (herald_account_get_kind (account), channel))
        continue;

      posts = herald_store_list_account_posts (store, herald_record_get_id (HERALD_RECORD (account)), error);
      if (posts == NULL)
        return NULL;
      for (guint j = 0; j < g_list_model_get_n_items (posts); j++)
        {
          g_autoptr (HeraldPost) post = g_list_model_get_item (posts, j);

          if (herald_post_get_status (post) == HERALD_POST_STATUS_PUBLISHED)
            g_list_store_append (result, post);
        }
    }

  g_list_store_sort (result, compare_published, NULL);
  return G_LIST_MODEL (g_steal_pointer (&result));
}
