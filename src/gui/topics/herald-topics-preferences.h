/* herald-topics-preferences.h — Preferences → Hot Topics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-feed-fetcher.h"
#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_TOPICS_PREFERENCES (herald_topics_preferences_get_type ())

G_DECLARE_FINAL_TYPE (HeraldTopicsPreferences, herald_topics_preferences, HERALD, TOPICS_PREFERENCES,
                      AdwPreferencesPage)

void       herald_topics_preferences_set_store        (HeraldTopicsPreferences *self,
                                                       HeraldStore             *store);
void       herald_topics_preferences_set_fetcher      (HeraldTopicsPreferences *self,
                                                       HeraldFeedFetcher       *fetcher);
AdwDialog *herald_topics_preferences_open_feed_dialog (HeraldTopicsPreferences *self,
                                                       const char              *feed_id);
void       herald_topics_preferences_test_feed        (HeraldTopicsPreferences *self,
                                                       const char              *feed_id);
void       herald_topics_preferences_remove_feed      (HeraldTopicsPreferences *self,
                                                       const char              *feed_id);

G_END_DECLS
