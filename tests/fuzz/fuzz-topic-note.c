/* fuzz-topic-note.c — the hot-topic note's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-topic.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  char *parts[HERALD_TOPIC_NOTE_N_PARTS] = { NULL, };
  g_autofree char *joined = NULL;

  for (guint i = 0; i < HERALD_TOPIC_NOTE_N_PARTS; i++)
    parts[i] = herald_topic_note_get_part (text, i);

  /* The parts, put together, come apart into the same parts. */
  joined = herald_topic_note_join ((const char * const *) parts);
  for (guint i = 0; i < HERALD_TOPIC_NOTE_N_PARTS; i++)
    {
      g_autofree char *again = herald_topic_note_get_part (joined, i);

      g_assert_cmpstr (again, ==, parts[i]);
    }

  for (guint i = 0; i < HERALD_TOPIC_NOTE_N_PARTS; i++)
    g_free (parts[i]);
  return 0;
}
