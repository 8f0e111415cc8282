/* fuzz-slots.c — the posting-time list parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-slots.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) slots = herald_slots_parse_list (text, NULL);

  if (slots != NULL)
    {
      g_autofree char *again = herald_slots_format_list ((const char * const *) slots);
      g_auto(GStrv) reparsed = herald_slots_parse_list (again, NULL);

      /* Formatting what was parsed must parse back to the same list. */
      g_assert_nonnull (reparsed);
      g_assert_cmpuint (g_strv_length (reparsed), ==, g_strv_length (slots));
    }
  return 0;
}
