/* herald-ad-words.h — advertising-law words (广告法 极限词) and finding them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "herald-ad-finding.h"

G_BEGIN_DECLS

#define HERALD_TYPE_AD_WORDS (herald_ad_words_get_type ())

G_DECLARE_FINAL_TYPE (HeraldAdWords, herald_ad_words, HERALD, AD_WORDS, GObject)

HeraldAdWords *herald_ad_words_new              (void);
HeraldAdWords *herald_ad_words_new_default      (void);
gboolean       herald_ad_words_load             (HeraldAdWords  *self,
                                                 const char     *json,
                                                 gssize          length,
                                                 GError        **error);
gboolean       herald_ad_words_add_word         (HeraldAdWords  *self,
                                                 const char     *word,
                                                 const char     *category,
                                                 const char     *suggestion,
                                                 GError        **error);
gboolean       herald_ad_words_add_exception    (HeraldAdWords  *self,
                                                 const char     *text,
                                                 GError        **error);
guint          herald_ad_words_get_n_words      (HeraldAdWords  *self);
guint          herald_ad_words_get_n_exceptions (HeraldAdWords  *self);
GPtrArray     *herald_ad_words_scan             (HeraldAdWords  *self,
                                                 const char     *text,
                                                 gssize          length);

G_END_DECLS
