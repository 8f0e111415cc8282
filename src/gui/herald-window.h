/* herald-window.h — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-application.h"

G_BEGIN_DECLS

#define HERALD_TYPE_WINDOW (herald_window_get_type ())

G_DECLARE_FINAL_TYPE (HeraldWindow, herald_window, HERALD, WINDOW, AdwApplicationWindow)

HeraldWindow *herald_window_new           (HeraldApplication *application);
const char   *herald_window_get_page      (HeraldWindow   *self);
void          herald_window_set_page      (HeraldWindow   *self,
                                           const char     *page);
void          herald_window_add_toast     (HeraldWindow   *self,
                                           AdwToast       *toast);

void          herald_window_open_post     (HeraldWindow   *self,
                                           const char     *post_id);

G_END_DECLS
