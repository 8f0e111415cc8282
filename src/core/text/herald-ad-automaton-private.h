/* herald-ad-automaton-private.h — the advertising-law words' automaton
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-ad-finding.h"

G_BEGIN_DECLS

/* One word or exception of the lists. */
typedef struct {
  char     *word;
  char     *category;
  char     *suggestion;
  char     *key;              /* the normalised word */
  gboolean  exception;
  gboolean  ascii_start;      /* starts or ends with a letter or digit of */
  gboolean  ascii_end;        /*   ASCII, so needs a word boundary there */
} Entry;

typedef struct _HeraldAdAutomaton HeraldAdAutomaton;

void               herald_ad_entry_free      (Entry                   *entry);
Entry             *herald_ad_entry_copy      (const Entry             *entry);
char              *herald_ad_normalize_word  (const char              *word,
                                              GError                 **error);
HeraldAdAutomaton *herald_ad_automaton_build (GPtrArray               *entries);
void               herald_ad_automaton_free  (HeraldAdAutomaton       *automaton);
GPtrArray         *herald_ad_automaton_scan  (const HeraldAdAutomaton *automaton,
                                              const guchar            *text,
                                              const guchar            *end);

G_END_DECLS
