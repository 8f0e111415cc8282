/* herald-topics-page.h — hot topics: the lists, their heat and the notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-feed-fetcher.h"
#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_TOPICS_PAGE (herald_topics_page_get_type ())

G_DECLARE_FINAL_TYPE (HeraldTopicsPage, herald_topics_page, HERALD, TOPICS_PAGE, AdwBreakpointBin)

HeraldStore    *herald_topics_page_get_store        (HeraldTopicsPage *self);
void            herald_topics_page_set_store        (HeraldTopicsPage *self,
                                                     HeraldStore      *store);
void            herald_topics_page_set_fetcher      (HeraldTopicsPage  *self,
                                                     HeraldFeedFetcher *fetcher);
AdwToolbarView *herald_topics_page_get_toolbar_view (HeraldTopicsPage *self);
void            herald_topics_page_refresh          (HeraldTopicsPage *self);
gboolean        herald_topics_page_get_refreshing   (HeraldTopicsPage *self);
GListModel     *herald_topics_page_get_shown_topics (HeraldTopicsPage *self);
void            herald_topics_page_select_topic     (HeraldTopicsPage *self,
                                                     const char       *topic_id);
const char     *herald_topics_page_get_selected_id  (HeraldTopicsPage *self);

G_END_DECLS
