/* herald-color-dot.h — a small filled circle in an account's colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HERALD_TYPE_COLOR_DOT (herald_color_dot_get_type ())

G_DECLARE_FINAL_TYPE (HeraldColorDot, herald_color_dot, HERALD, COLOR_DOT, GtkWidget)

GtkWidget  *herald_color_dot_new       (void);
const char *herald_color_dot_get_color (HeraldColorDot *self);
void        herald_color_dot_set_color (HeraldColorDot *self,
                                        const char     *color);

G_END_DECLS
