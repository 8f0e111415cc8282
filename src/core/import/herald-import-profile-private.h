/* herald-import-profile-private.h — what the import profile's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-import-profile.h"

G_BEGIN_DECLS

/* One column a profile knows. */
typedef struct {
  HeraldColumnRole  role;
  char             *header;
  char             *metric;
  HeraldValueKind   kind;
} Column;

struct _HeraldImportProfile
{
  GObject            parent_instance;

  char              *name;
  char              *title;
  char              *channel;
  HeraldImportScope  scope;
  gboolean           builtin;

  GPtrArray         *columns;          /* Column*, in the order added */
  GHashTable        *aliases;          /* normalised header → Column* */
  GPtrArray         *date_formats;
  GPtrArray         *segment_totals;   /* normalised */
  GPtrArray         *file_names;
};


G_END_DECLS
