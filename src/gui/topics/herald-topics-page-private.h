/* herald-topics-page-private.h — what tests look at in the Hot Topics page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-heat-chart.h"
#include "herald-topics-page.h"

G_BEGIN_DECLS

GtkTextView     *herald_topics_page_get_note_view  (HeraldTopicsPage    *self,
                                                    HeraldTopicNotePart  part);
HeraldHeatChart *herald_topics_page_get_heat_chart (HeraldTopicsPage    *self);
AdwBanner       *herald_topics_page_get_banner     (HeraldTopicsPage    *self);
GtkListBox      *herald_topics_page_get_list_box   (HeraldTopicsPage    *self);
void             herald_topics_page_save_note_now  (HeraldTopicsPage    *self);

G_END_DECLS
