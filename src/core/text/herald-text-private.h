/* herald-text-private.h — what the text rules share: a forgiving UTF-8
 * decoder and the emoji and URL scanners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Decodes the character at @p, never reading past @end.  A byte that does
 * not start a well-formed sequence decodes as U+FFFD and is one byte
 * long, so that every function here is safe on any bytes and walks a
 * text exactly once.
 */
static inline gunichar
herald_text_decode (const guchar *p,
                    const guchar *end,
                    guint        *length)
{
  guchar c = p[0];
  gunichar cp;
  guint n;

  if (c < 0x80)
    {
      *length = 1;
      return c;
    }

  if (c >= 0xc2 && c <= 0xdf)
    {
      n = 2;
      cp = c & 0x1f;
    }
  else if (c >= 0xe0 && c <= 0xef)
    {
      n = 3;
      cp = c & 0x0f;
    }
  else if (c >= 0xf0 && c <= 0xf4)
    {
      n = 4;
      cp = c & 0x07;
    }
  else
    {
      *length = 1;
      return 0xfffd;
    }

  if ((gsize) (end - p) < n)
    {
      *length = 1;
      return 0xfffd;
    }

  for (guint i = 1; i < n; i++)
    {
      if ((p[i] & 0xc0) != 0x80)
        {
          *length = 1;
          return 0xfffd;
        }
      cp = (cp << 6) | (p[i] & 0x3f);
    }

  /* Overlong forms, surrogates and values past U+10FFFF. */
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
      (cp >= 0xd800 && cp <= 0xdfff))
    {
      *length = 1;
      return 0xfffd;
    }

  *length = n;
  return cp;
}

/* Whether the three bytes at @p are a character from U+4000 to U+CFFF or
 * U+E000 to U+EFFF: CJK, Yi, Hangul and private use, never an emoji and
 * never a surrogate.  Most of a Chinese text, decoded without a branch
 * per byte. */
static inline gboolean
herald_text_is_plain_wide (const guchar *p,
                           const guchar *end)
{
  return p[0] >= 0xe4 && p[0] <= 0xee && p[0] != 0xed && end - p >= 3 &&
         (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80;
}

static inline gunichar
herald_text_decode_plain_wide (const guchar *p)
{
  return ((gunichar) (p[0] & 0x0f) << 12) | ((gunichar) (p[1] & 0x3f) << 6) | (p[2] & 0x3f);
}

/* Characters that start an emoji (Extended_Pictographic, closely
 * enough for counting) */
static inline gboolean
herald_text_is_pictographic (gunichar cp)
{
  if (cp < 0xa9)
    return FALSE;
  if (cp >= 0x1f000 && cp <= 0x1faff)
    return !(cp >= 0x1f1e6 && cp <= 0x1f1ff) && !(cp >= 0x1f3fb && cp <= 0x1f3ff);
  if (cp >= 0x2600 && cp <= 0x27bf)
    return TRUE;

  switch (cp)
    {
    case 0xa9: case 0xae: case 0x203c: case 0x2049: case 0x2122: case 0x2139:
    case 0x231a: case 0x231b: case 0x2328: case 0x23cf: case 0x24c2: case 0x25b6:
    case 0x25c0: case 0x2934: case 0x2935: case 0x2b50: case 0x2b55: case 0x3030:
    case 0x303d: case 0x3297: case 0x3299:
      return TRUE;
    default:
      break;
    }

  return (cp >= 0x2194 && cp <= 0x2199) || (cp >= 0x21a9 && cp <= 0x21aa) ||
         (cp >= 0x23e9 && cp <= 0x23f3) || (cp >= 0x23f8 && cp <= 0x23fa) ||
         (cp >= 0x25aa && cp <= 0x25ab) || (cp >= 0x25fb && cp <= 0x25fe) ||
         (cp >= 0x2b05 && cp <= 0x2b07) || (cp >= 0x2b1b && cp <= 0x2b1c);
}

static inline gboolean
herald_text_is_regional_indicator (gunichar cp)
{
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/* What may follow an emoji inside the same emoji: variation selectors,
 * skin tones, the keycap mark and the tags of subdivision flags. */
static inline gboolean
herald_text_is_emoji_extender (gunichar cp)
{
  return cp == 0xfe0f || cp == 0xfe0e || cp == 0x20e3 ||
         (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
}

gsize herald_text_emoji_length (const guchar *p,
                                const guchar *end);
gsize herald_text_url_length   (const guchar *p,
                                const guchar *end);

G_END_DECLS
