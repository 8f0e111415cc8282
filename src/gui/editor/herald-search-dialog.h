/* herald-search-dialog.h — find a post or topic by any part of its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_SEARCH_DIALOG (herald_search_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldSearchDialog, herald_search_dialog, HERALD, SEARCH_DIALOG, AdwDialog)

HeraldSearchDialog *herald_search_dialog_new         (HeraldStore        *store);
void                herald_search_dialog_search      (HeraldSearchDialog *self,
                                                      const char         *text);
GtkListBox         *herald_search_dialog_get_results (HeraldSearchDialog *self);

G_END_DECLS
