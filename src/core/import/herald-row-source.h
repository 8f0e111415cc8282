/* herald-row-source.h — rows of cells read from a spreadsheet or CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HERALD_IMPORT_ERROR (herald_import_error_quark ())

typedef enum {
  HERALD_IMPORT_ERROR_FAILED,
  HERALD_IMPORT_ERROR_NOT_SPREADSHEET,   /* neither .xlsx nor text */
  HERALD_IMPORT_ERROR_DAMAGED,           /* a truncated or broken file */
  HERALD_IMPORT_ERROR_TOO_LARGE,         /* over one of the readers' caps */
  HERALD_IMPORT_ERROR_ENCODING,          /* text in no encoding Herald reads */
  HERALD_IMPORT_ERROR_NO_HEADER,         /* no row names the columns a profile needs */
  HERALD_IMPORT_ERROR_BAD_VALUE,         /* a cell that should be a number or date is not */
  HERALD_IMPORT_ERROR_ALREADY_IMPORTED,  /* the same file, byte for byte */
  HERALD_IMPORT_ERROR_NO_ACCOUNT,        /* no account, or more than one, to import into */
  HERALD_IMPORT_ERROR_NO_PROFILE,        /* a profile name that does not exist */
  HERALD_IMPORT_ERROR_DRY_RUN,           /* internal: a preview's transaction rolls back */
  HERALD_IMPORT_ERROR_NO_POST,           /* an export of one post, and no post chosen */
} HeraldImportError;

GQuark herald_import_error_quark (void);

/* One row: @cells[0 … n_cells - 1], never NULL, "" for an empty cell.
 * Valid until the next call to herald_row_source_next(). */
typedef struct {
  guint               number;    /* 1-based, as a spreadsheet program shows it */
  guint               n_cells;
  const char * const *cells;
} HeraldRow;

#define HERALD_TYPE_ROW_SOURCE (herald_row_source_get_type ())

G_DECLARE_INTERFACE (HeraldRowSource, herald_row_source, HERALD, ROW_SOURCE, GObject)

struct _HeraldRowSourceInterface
{
  GTypeInterface parent_iface;

  const HeraldRow *(*next)         (HeraldRowSource  *self,
                                    GError          **error);
  double           (*get_fraction) (HeraldRowSource  *self);
};

const HeraldRow *herald_row_source_next         (HeraldRowSource  *self,
                                                 GError          **error);
double           herald_row_source_get_fraction (HeraldRowSource  *self);

char            *herald_column_name             (guint             column);

G_END_DECLS
