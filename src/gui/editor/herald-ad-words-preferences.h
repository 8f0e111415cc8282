/* herald-ad-words-preferences.h — Preferences → Advertising Law: the
 * user's own words and exceptions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_AD_WORDS_PREFERENCES (herald_ad_words_preferences_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAdWordsPreferences, herald_ad_words_preferences, HERALD, AD_WORDS_PREFERENCES,
                      AdwPreferencesPage)

void     herald_ad_words_preferences_set_store (HeraldAdWordsPreferences *self,
                                                HeraldStore              *store);

/* For tests. */
gboolean herald_ad_words_preferences_add       (HeraldAdWordsPreferences *self,
                                                gboolean                  is_exception);
void     herald_ad_words_preferences_remove    (HeraldAdWordsPreferences *self,
                                                const char               *word,
                                                gboolean                  is_exception);

G_END_DECLS
