/* herald-ad-finding.h — an advertising-law word found in a text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * HeraldAdFinding:
 * @word: the listed word, as the list writes it
 * @category: the id of the word's category: `superlative`, `first`,
 *   `level`, `extreme`, `scarcity`, `exclusive`, `pioneer`, `authority`,
 *   or `custom` for the user's own words
 * @suggestion: (nullable): a wording to use instead, or %NULL
 * @byte_start: where the match starts in the text, in bytes
 * @byte_end: where it ends, in bytes (exclusive)
 * @char_start: where it starts, in characters
 * @char_end: where it ends, in characters (exclusive)
 *
 * The span covers what the text holds, characters inserted inside the
 * word included: for `最 * 好` it is all five characters.
 */
typedef struct {
  char  *word;
  char  *category;
  char  *suggestion;
  gsize  byte_start;
  gsize  byte_end;
  gsize  char_start;
  gsize  char_end;
} HeraldAdFinding;

#define HERALD_TYPE_AD_FINDING (herald_ad_finding_get_type ())

GType            herald_ad_finding_get_type      (void) G_GNUC_CONST;
HeraldAdFinding *herald_ad_finding_copy          (const HeraldAdFinding *finding);
void             herald_ad_finding_free          (HeraldAdFinding       *finding);
const char      *herald_ad_category_get_name     (const char            *category);
gboolean         herald_ad_category_is_known     (const char            *category);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeraldAdFinding, herald_ad_finding_free)

G_END_DECLS
