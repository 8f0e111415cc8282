/* herald-conflicts-page.h — the posts changed on both sides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_CONFLICTS_PAGE (herald_conflicts_page_get_type ())

G_DECLARE_FINAL_TYPE (HeraldConflictsPage, herald_conflicts_page, HERALD, CONFLICTS_PAGE, AdwBin)

AdwToolbarView *herald_conflicts_page_get_toolbar_view (HeraldConflictsPage *self);
GtkListBox     *herald_conflicts_page_get_list         (HeraldConflictsPage *self);

G_END_DECLS
