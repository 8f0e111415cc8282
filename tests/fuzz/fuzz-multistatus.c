/* fuzz-multistatus.c — WebDAV multistatus bodies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdint.h>

#include "herald-multistatus.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (HeraldMultistatus) multistatus = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = g_strndup ((const char *) data, size);

  multistatus = herald_multistatus_parse ((const char *) data, size, &error);
  g_assert ((multistatus == NULL) == (error != NULL));
  if (multistatus != NULL)
    for (guint i = 0; i < multistatus->responses->len; i++)
      {
        HeraldDavResponse *response = multistatus->responses->pdata[i];

        g_assert (response->href != NULL && *response->href != '\0');
        g_assert (g_utf8_validate (response->href, -1, NULL));
        g_assert (response->status == 0 || (response->status >= 100 && response->status <= 599));
        g_assert (response->calendar_data == NULL || g_utf8_validate (response->calendar_data, -1, NULL));
      }

  g_assert (herald_dav_parse_status (line) <= 599);
  return 0;
}
