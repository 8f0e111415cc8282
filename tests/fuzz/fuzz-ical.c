/* fuzz-ical.c — the iCalendar → post mapping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-ical-mapping.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  icalcomponent *root;

  icalerror_set_errors_are_fatal (0);
  root = icalparser_parse_string (text);
  if (root == NULL)
    return 0;

  if (icalcomponent_isa (root) == ICAL_VEVENT_COMPONENT)
    {
      g_autoptr(HeraldPost) post = herald_ical_vevent_to_post (root, NULL);
    }
  else
    {
      for (icalcomponent *c = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
           c != NULL;
           c = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
        {
          g_autoptr(HeraldPost) post = herald_ical_vevent_to_post (c, NULL);
        }
    }

  icalcomponent_free (root);
  return 0;
}
