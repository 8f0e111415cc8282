/* herald-post-chip.h — one post in a calendar view: colour bar and label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "herald-account.h"
#include "herald-post.h"

G_BEGIN_DECLS

#define HERALD_TYPE_POST_CHIP (herald_post_chip_get_type ())

G_DECLARE_FINAL_TYPE (HeraldPostChip, herald_post_chip, HERALD, POST_CHIP, GtkWidget)

GtkWidget  *herald_post_chip_new         (void);
HeraldPost *herald_post_chip_get_post    (HeraldPostChip *self);
void        herald_post_chip_set_post    (HeraldPostChip *self,
                                          HeraldPost     *post,
                                          HeraldAccount  *account,
                                          gint64          now);
gboolean    herald_post_chip_get_compact (HeraldPostChip *self);
void        herald_post_chip_set_compact (HeraldPostChip *self,
                                          gboolean        compact);
gboolean    herald_post_chip_get_dimmed  (HeraldPostChip *self);
void        herald_post_chip_set_dimmed  (HeraldPostChip *self,
                                          gboolean        dimmed);

G_END_DECLS
