/* herald-text-count.c — the length of a text, counted as a platform counts it
 *
 * Every counter walks the text once and never fails: bytes that are not
 * UTF-8 count as one character each, as U+FFFD would.  The editor calls
 * these on every keystroke.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-text-count"

#include "config.h"

#include <string.h>

#include "herald-text-count.h"
#include "herald-text-private.h"

/* PLATFORMS.md, "How Weibo counts length": a URL up to this many bytes
 * counts a fixed number of half-units; each byte beyond adds one. */
#define WEIBO_URL_BYTES      140
#define WEIBO_URL_HALF_UNITS 20

G_DEFINE_ENUM_TYPE (HeraldTextCounting, herald_text_counting,
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_COUNTING_CODEPOINTS, "codepoints"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_COUNTING_WEIBO, "weibo"),
  G_DEFINE_ENUM_VALUE (HERALD_TEXT_COUNTING_WEIGHTED, "weighted"))

static inline gboolean
is_url_char (guchar c)
{
  if (g_ascii_isalnum (c))
    return TRUE;

  return c != 0 && strchr ("-._~:/?#[]@!$&'()*+,;=%", c) != NULL;
}

/* The length in bytes of the emoji starting at @p, 0 if none does: a
 * pictographic character or a keycap base with what extends it, pairs of
 * regional indicators (flags) and sequences joined with ZWJ.
 */
gsize
herald_text_emoji_length (const guchar *p,
                          const guchar *end)
{
  const guchar *q = p;
  gunichar cp;
  guint n;

  g_assert (p < end);

  cp = herald_text_decode (q, end, &n);
  if (herald_text_is_regional_indicator (cp))
    {
      guint m;

      if (q + n < end && herald_text_is_regional_indicator (herald_text_decode (q + n, end, &m)))
        return n + m;
      return n;
    }

  if (!herald_text_is_pictographic (cp))
    {
      guint m;

      /* A keycap: 0-9, # or * with U+FE0F and U+20E3. */
      if (!(cp < 0x80 && (g_ascii_isdigit (cp) || cp == '#' || cp == '*')) || q + n >= end)
        return 0;
      cp = herald_text_decode (q + n, end, &m);
      if (cp != 0xfe0f && cp != 0x20e3)
        return 0;
    }

  for (;;)
    {
      gunichar next;
      guint m;

      q += n;
      if (q >= end)
        break;

      next = herald_text_decode (q, end, &m);
      if (herald_text_is_emoji_extender (next))
        {
          n = m;
          continue;
        }

      if (next == 0x200d && q + m < end)
        {
          guint k;
          gunichar joined = herald_text_decode (q + m, end, &k);

          if (herald_text_is_pictographic (joined))
            {
              n = m + k;
              continue;
            }
        }
      break;
    }

  return q - p;
}

/* The length in bytes of the URL starting at @p, 0 if none does.  */
gsize
herald_text_url_length (const guchar *p,
                        const guchar *end)
{
  gsize avail = end - p;
  gsize start;
  const guchar *q;

  if (avail > 8 && g_ascii_strncasecmp ((const char *) p, "https://", 8) == 0)
    start = 8;
  else if (avail > 7 && g_ascii_strncasecmp ((const char *) p, "http://", 7) == 0)
    start = 7;
  else
    return 0;

  q = p + start;
  while (q < end && is_url_char (*q))
    q++;

  return q - (p + start) > 0 ? (gsize) (q - p) : 0;
}

static inline const guchar *
text_end (const char *text,
          gssize      length)
{
  return (const guchar *) text + (length < 0 ? strlen (text) : (gsize) length);
}

/* Whether an emoji may start with @cp; herald_text_emoji_length () then
 * says how long it is. */
static inline gboolean
may_start_emoji (gunichar cp)
{
  return herald_text_is_pictographic (cp) || herald_text_is_regional_indicator (cp) ||
         (cp < 0x80 && (g_ascii_isdigit (cp) || cp == '#' || cp == '*'));
}

/* One for each character up to U+00FF, @wide_weight for the others, and
 * @emoji_weight for an emoji of more than one character. */
static gsize
count_codepoints (const guchar *p,
                  const guchar *end,
                  guint         emoji_weight,
                  guint         wide_weight)
{
  gsize count = 0;

  while (p < end)
    {
      gunichar cp;
      guint n;

      if (*p < 0x80 && !(g_ascii_isdigit (*p) || *p == '#' || *p == '*'))
        {
          count++;
          p++;
          continue;
        }

      if (herald_text_is_plain_wide (p, end))
        {
          count += wide_weight;
          p += 3;
          continue;
        }

      cp = herald_text_decode (p, end, &n);
      if (may_start_emoji (cp))
        {
          gsize emoji = herald_text_emoji_length (p, end);

          if (emoji > n)
            {
              count += emoji_weight;
              p += emoji;
              continue;
            }
        }

      count += cp <= 0xff ? 1 : wide_weight;
      p += n;
    }

  return count;
}

/**
 * herald_text_count_weibo_half_units:
 * @text: a text, UTF-8
 * @length: its length in bytes, or -1 if it ends with a nul
 *
 * Weibo's count in half-units (PLATFORMS.md, "How Weibo counts length"):
 * U+0000 to U+00FF count 1, other characters of the Basic Multilingual
 * Plane 2, characters from U+10000 on 4.  An emoji counts once, as its
 * first character: a sequence joined with ZWJ, a flag or an emoji with a
 * skin tone is one emoji, and a keycap or an emoji of the Basic
 * Multilingual Plane counts 2.  A link starting `http://` or `https://`
 * counts 20 however long it is, up to 140 bytes; each byte beyond adds 1.
 *
 * Returns: the length in half-units
 */
gsize
herald_text_count_weibo_half_units (const char *text,
                                    gssize      length)
{
  const guchar *p = (const guchar *) text;
  const guchar *end;
  gsize half_units = 0;

  g_return_val_if_fail (text != NULL || length == 0, 0);

  if (text == NULL)
    return 0;

  end = text_end (text, length);
  while (p < end)
    {
      gunichar cp;
      guint n;

      if (herald_text_is_plain_wide (p, end))
        {
          half_units += 2;
          p += 3;
          continue;
        }

      if (*p < 0x80)
        {
          gsize url;

          if ((*p | 0x20) == 'h' && (url = herald_text_url_length (p, end)) > 0)
            {
              half_units += url <= WEIBO_URL_BYTES ? WEIBO_URL_HALF_UNITS
                                                   : url - WEIBO_URL_BYTES + WEIBO_URL_HALF_UNITS;
              p += url;
              continue;
            }

          if (!(g_ascii_isdigit (*p) || *p == '#' || *p == '*'))
            {
              half_units++;
              p++;
              continue;
            }
        }

      cp = herald_text_decode (p, end, &n);
      if (may_start_emoji (cp))
        {
          gsize emoji = herald_text_emoji_length (p, end);

          if (emoji > n)
            {
              half_units += cp >= 0x10000 ? 4 : 2;
              p += emoji;
              continue;
            }
        }

      cp = herald_text_decode (p, end, &n);
      half_units += cp <= 0xff ? 1 : cp < 0x10000 ? 2 : 4;
      p += n;
    }

  return half_units;
}

/**
 * herald_text_counting_from_string:
 * @name: a counting name from the channel kinds data
 * @counting: (out): where to store the counting
 *
 * Returns: %TRUE if @name is `codepoints`, `weibo` or `weighted`
 */
gboolean
herald_text_counting_from_string (const char         *name,
                                  HeraldTextCounting *counting)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (counting != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  klass = g_type_class_ref (HERALD_TYPE_TEXT_COUNTING);
  value = g_enum_get_value_by_nick (klass, name);
  if (value == NULL)
    return FALSE;

  *counting = value->value;
  return TRUE;
}

/**
 * herald_text_count:
 * @text: (nullable): a text, UTF-8
 * @length: its length in bytes, or -1 if it ends with a nul
 * @counting: how to count
 *
 * Counts @text as a platform would.  Bytes that are not UTF-8 count as
 * one character each.
 *
 * Returns: the length
 */
gsize
herald_text_count (const char         *text,
                   gssize              length,
                   HeraldTextCounting  counting)
{
  const guchar *p = (const guchar *) text;

  if (text == NULL)
    return 0;

  switch (counting)
    {
    case HERALD_TEXT_COUNTING_WEIBO:
      return (herald_text_count_weibo_half_units (text, length) + 1) / 2;

    case HERALD_TEXT_COUNTING_WEIGHTED:
      return count_codepoints (p, text_end (text, length), 2, 2);

    case HERALD_TEXT_COUNTING_CODEPOINTS:
    default:
      return count_codepoints (p, text_end (text, length), 1, 1);
    }
}

/**
 * herald_text_count_all:
 * @text: (nullable): a text, UTF-8
 * @length: its length in bytes, or -1 if it ends with a nul
 * @counts: (out caller-allocates) (array fixed-size=3): the length of
 *   @text for each #HeraldTextCounting, indexed by it
 *
 * Counts @text every way at once, in one pass: for a post going to
 * several platforms, whose counters the editor shows side by side.  Each
 * count is what herald_text_count () gives.
 */
void
herald_text_count_all (const char *text,
                       gssize      length,
                       gsize       counts[HERALD_N_TEXT_COUNTINGS])
{
  const guchar *p = (const guchar *) text;
  const guchar *end;
  gsize codepoints = 0, wide = 0, half_units = 0;

  g_return_if_fail (counts != NULL);

  if (text == NULL)
    {
      counts[HERALD_TEXT_COUNTING_CODEPOINTS] = 0;
      counts[HERALD_TEXT_COUNTING_WEIBO] = 0;
      counts[HERALD_TEXT_COUNTING_WEIGHTED] = 0;
      return;
    }

  /* wide counts what is past U+00FF: the weighted count adds it again. */
  end = text_end (text, length);
  while (p < end)
    {
      gunichar cp;
      guint n;

      if (herald_text_is_plain_wide (p, end))
        {
          codepoints++;
          wide++;
          half_units += 2;
          p += 3;
          continue;
        }

      if (*p < 0x80)
        {
          gsize url;

          if ((*p | 0x20) == 'h' && (url = herald_text_url_length (p, end)) > 0)
            {
              codepoints += url;
              half_units += url <= WEIBO_URL_BYTES ? WEIBO_URL_HALF_UNITS
                                                   : url - WEIBO_URL_BYTES + WEIBO_URL_HALF_UNITS;
              p += url;
              continue;
            }

          if (!(g_ascii_isdigit (*p) || *p == '#' || *p == '*'))
            {
              codepoints++;
              half_units++;
              p++;
              continue;
            }
        }

      cp = herald_text_decode (p, end, &n);
      if (may_start_emoji (cp))
        {
          gsize emoji = herald_text_emoji_length (p, end);

          if (emoji > n)
            {
              codepoints++;
              wide++;
              half_units += cp >= 0x10000 ? 4 : 2;
              p += emoji;
              continue;
            }
        }

      codepoints++;
      if (cp > 0xff)
        wide++;
      half_units += cp <= 0xff ? 1 : cp < 0x10000 ? 2 : 4;
      p += n;
    }

  counts[HERALD_TEXT_COUNTING_CODEPOINTS] = codepoints;
  counts[HERALD_TEXT_COUNTING_WEIBO] = (half_units + 1) / 2;
  counts[HERALD_TEXT_COUNTING_WEIGHTED] = codepoints + wide;
}

/* The weight of the unit at @p (a character, an emoji or, on Weibo, a
 * link) as @counting counts, in half-units for Weibo; its length in
 * bytes goes to *@length. */
static guint
next_unit (const guchar       *p,
           const guchar       *end,
           HeraldTextCounting  counting,
           gsize              *length)
{
  gunichar cp;
  guint n;

  if (herald_text_is_plain_wide (p, end))
    {
      *length = 3;
      return counting == HERALD_TEXT_COUNTING_CODEPOINTS ? 1 : 2;
    }

  if (counting == HERALD_TEXT_COUNTING_WEIBO && (*p | 0x20) == 'h')
    {
      gsize url = herald_text_url_length (p, end);

      if (url > 0)
        {
          *length = url;
          return url <= WEIBO_URL_BYTES ? WEIBO_URL_HALF_UNITS
                                        : url - WEIBO_URL_BYTES + WEIBO_URL_HALF_UNITS;
        }
    }

  cp = herald_text_decode (p, end, &n);
  if (may_start_emoji (cp))
    {
      gsize emoji = herald_text_emoji_length (p, end);

      if (emoji > n)
        {
          *length = emoji;
          switch (counting)
            {
            case HERALD_TEXT_COUNTING_WEIBO:
              return cp >= 0x10000 ? 4 : 2;
            case HERALD_TEXT_COUNTING_WEIGHTED:
              return 2;
            case HERALD_TEXT_COUNTING_CODEPOINTS:
            default:
              return 1;
            }
        }
    }

  *length = n;
  switch (counting)
    {
    case HERALD_TEXT_COUNTING_WEIBO:
      return cp <= 0xff ? 1 : cp < 0x10000 ? 2 : 4;
    case HERALD_TEXT_COUNTING_WEIGHTED:
      return cp <= 0xff ? 1 : 2;
    case HERALD_TEXT_COUNTING_CODEPOINTS:
    default:
      return 1;
    }
}

/**
 * herald_text_fit:
 * @text: (nullable): a text, UTF-8
 * @length: its length in bytes, or -1 if it ends with a nul
 * @counting: how to count
 * @limit: the most the platform takes
 *
 * How much of @text a platform takes, for cutting a title down when a
 * post is copied to another platform.  The cut never splits a character,
 * an emoji or, on Weibo, a link.
 *
 * Returns: the length in bytes of the longest start of @text that counts
 *   @limit or less
 */
gsize
herald_text_fit (const char         *text,
                 gssize              length,
                 HeraldTextCounting  counting,
                 gsize               limit)
{
  const guchar *start = (const guchar *) text;
  const guchar *p = start;
  const guchar *end;
  gsize used = 0;
  gsize budget;

  if (text == NULL)
    return 0;

  end = text_end (text, length);
  budget = counting == HERALD_TEXT_COUNTING_WEIBO ? limit * 2 : limit;
  while (p < end)
    {
      gsize unit;
      guint weight = next_unit (p, end, counting, &unit);

      if (used + weight > budget)
        break;
      used += weight;
      p += unit;
    }

  return p - start;
}
