/* herald-drafts-page.h — the ideas and drafts not yet scheduled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_DRAFTS_PAGE (herald_drafts_page_get_type ())

G_DECLARE_FINAL_TYPE (HeraldDraftsPage, herald_drafts_page, HERALD, DRAFTS_PAGE, AdwBin)

AdwToolbarView *herald_drafts_page_get_toolbar_view (HeraldDraftsPage *self);
GtkListBox     *herald_drafts_page_get_column       (HeraldDraftsPage *self,
                                                     HeraldPostStatus  status);

G_END_DECLS
