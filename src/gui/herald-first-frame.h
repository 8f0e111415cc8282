/* herald-first-frame.h — work that waits until a window is on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*HeraldFirstFrameFunc) (GtkWidget *widget);

void     herald_widget_after_first_frame (GtkWidget            *widget,
                                          HeraldFirstFrameFunc  func);
gboolean herald_widget_is_painted        (GtkWidget            *widget);

G_END_DECLS
