/* herald-metric-names.h — Herald's metric vocabulary, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *herald_metric_get_label (const char *metric);
gboolean    herald_metric_is_rate   (const char *metric);

G_END_DECLS
