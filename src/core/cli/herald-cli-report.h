/* herald-cli-report.h — herald --report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

int herald_cli_report (HeraldStore  *store,
                       GTimeZone    *zone,
                       const char   *campaign,
                       const char   *week,
                       const char   *format,
                       const char   *output,
                       GError      **error);

G_END_DECLS
