/* herald-store-ad-words.h — the user's advertising-law words and
 * exceptions, and the findings left in a post on purpose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-ad-words.h"
#include "herald-store.h"

G_BEGIN_DECLS

/**
 * HeraldUserAdWord:
 * @word: the word, or the text of an exception, as the user typed it
 * @category: the word's category id (`custom` unless chosen); `custom`
 *   for an exception
 * @suggestion: (nullable): a wording to suggest instead
 * @is_exception: %TRUE for an exception: a text not to warn about
 * @created_at: when it was added, in Unix seconds
 */
typedef struct {
  char     *word;
  char     *category;
  char     *suggestion;
  gboolean  is_exception;
  gint64    created_at;
} HeraldUserAdWord;

#define HERALD_TYPE_USER_AD_WORD (herald_user_ad_word_get_type ())

GType             herald_user_ad_word_get_type  (void) G_GNUC_CONST;
HeraldUserAdWord *herald_user_ad_word_copy      (const HeraldUserAdWord *word);
void              herald_user_ad_word_free      (HeraldUserAdWord       *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldUserAdWord, herald_user_ad_word_free)

GPtrArray     *herald_store_list_ad_words    (HeraldStore         *self,
                                              GError             **error);
gboolean       herald_store_add_ad_word      (HeraldStore         *self,
                                              const char          *word,
                                              const char          *category,
                                              const char          *suggestion,
                                              gboolean             is_exception,
                                              GError             **error);
gboolean       herald_store_remove_ad_word   (HeraldStore         *self,
                                              const char          *word,
                                              gboolean             is_exception,
                                              GError             **error);
HeraldAdWords *herald_store_load_ad_words    (HeraldStore         *self,
                                              GError             **error);

char         **herald_store_list_ad_ignores  (HeraldStore         *self,
                                              const char          *post_id,
                                              GError             **error);
gboolean       herald_store_add_ad_ignore    (HeraldStore         *self,
                                              const char          *post_id,
                                              const char          *finding,
                                              GError             **error);

G_END_DECLS
