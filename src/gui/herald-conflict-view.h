/* herald-conflict-view.h — one conflict, mine beside theirs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_CONFLICT_VIEW (herald_conflict_view_get_type ())

G_DECLARE_FINAL_TYPE (HeraldConflictView, herald_conflict_view, HERALD, CONFLICT_VIEW, AdwNavigationPage)

HeraldConflictView *herald_conflict_view_new            (HeraldStore        *store,
                                                         const char         *copy_id);
const char         *herald_conflict_view_get_copy_id    (HeraldConflictView *self);
GtkGrid            *herald_conflict_view_get_grid       (HeraldConflictView *self);
AdwToast           *herald_conflict_view_get_last_toast (HeraldConflictView *self);
char               *herald_conflict_view_describe       (guint               differences);

G_END_DECLS
