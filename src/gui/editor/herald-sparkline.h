/* herald-sparkline.h — a topic's heat over time, drawn small
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-topic.h"

G_BEGIN_DECLS

#define HERALD_TYPE_SPARKLINE (herald_sparkline_get_type ())

G_DECLARE_FINAL_TYPE (HeraldSparkline, herald_sparkline, HERALD, SPARKLINE, GtkWidget)

GtkWidget *herald_sparkline_new         (void);
void       herald_sparkline_set_samples (HeraldSparkline        *self,
                                         const HeraldHeatSample *samples,
                                         guint                   n_samples);
guint      herald_sparkline_get_n_points (HeraldSparkline       *self);

G_END_DECLS
