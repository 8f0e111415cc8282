/* herald-xlsx-reader-private.h — what the .xlsx reader's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <archive.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "herald-xlsx-reader.h"

G_BEGIN_DECLS

/* Excel's own limits: XFD1048576. */
#define MAX_COLUMNS 16384
#define MAX_ROWS    1048576

typedef struct {
  struct archive *archive;
  gint64          done;
} ArchiveInput;

struct _HeraldXlsxReader
{
  GObject           parent_instance;

  char             *name;
  GBytes           *data;
  char             *wanted_sheet;
  guint             max_strings;
  gsize             max_string_bytes;

  gboolean          date1904;
  GPtrArray        *sheet_names;
  GPtrArray        *sheet_paths;
  GStringChunk     *strings_chunk;
  GPtrArray        *strings;
  GArray           *date_styles;   /* gboolean per cellXfs index */

  guint             sheet;         /* index of the sheet being read */
  gboolean          finished;
  ArchiveInput      input;
  gint64            entry_size;
  xmlTextReaderPtr  xml;
  char             *xml_error;
  guint             rows_read;     /* in the current sheet */
  guint             last_row;

  /* The sheet, pushed through the parser a chunk at a time: the rows a
   * chunk completes wait in @rows (their cells' text in @buffer, where
   * @offsets say each cell starts) until next() hands them out. */
  xmlParserCtxtPtr  parser;
  gboolean          sheet_done;
  GError           *sheet_error;
  GArray           *rows;          /* QueuedRow */
  guint             next_row;
  gboolean          in_row, in_value, in_inline, in_t, in_phonetic;
  guint             row_first;     /* the open row's first cell in @offsets */
  guint             column;
  guint             style;
  gboolean          has_type;
  char              type[8];       /* the open cell's t="…", cut short */

  GString          *buffer;
  GArray           *offsets;
  GPtrArray        *cells;
  GString          *cell;
  HeraldRow         row;
};

/* A row the sheet parser finished, waiting to be handed out. */
typedef struct {
  guint number;
  guint first;                     /* in @offsets */
  guint n_cells;
} QueuedRow;

/* Errors, the zip and SAX2 helpers (herald-xlsx-reader.c) */
void              herald_xlsx_reader_close_sheet       (HeraldXlsxReader *self);
xmlParserCtxtPtr  herald_xlsx_new_push_parser          (startElementNsSAX2Func  start_element,
                                                        endElementNsSAX2Func    end_element,
                                                        charactersSAXFunc       characters,
                                                        xmlStructuredErrorFunc  error_func,
                                                        gpointer                user_data,
                                                        const char             *part);
struct archive   *herald_xlsx_reader_open_archive      (HeraldXlsxReader  *self,
                                                        GError           **error);
gboolean          herald_xlsx_reader_set_archive_error (HeraldXlsxReader  *self,
                                                        struct archive    *archive,
                                                        GError           **error);
gboolean          herald_xlsx_reader_set_cell_error    (HeraldXlsxReader  *self,
                                                        GError           **error,
                                                        guint              column,
                                                        const char        *what);
gboolean          herald_xlsx_reader_set_damaged       (HeraldXlsxReader  *self,
                                                        GError           **error,
                                                        const char        *detail);
gboolean          herald_xlsx_reader_set_xml_error     (HeraldXlsxReader  *self,
                                                        GError           **error,
                                                        const char        *part);
void              herald_xlsx_reader_sax_error         (void              *user_data,
                                                        const xmlError    *problem);
void              herald_xlsx_reader_note_xml_error    (HeraldXlsxReader  *self,
                                                        const xmlError    *problem);
void              herald_xlsx_free_push_parser         (xmlParserCtxtPtr   parser);

/* The small parts (herald-xlsx-reader-parts.c) */
gboolean          herald_xlsx_reader_read_workbook     (HeraldXlsxReader  *self,
                                                        GError           **error);

/* The sheet (herald-xlsx-reader-sheet.c) */
void              herald_xlsx_reader_drop_handed_out   (HeraldXlsxReader *self);
gboolean          herald_xlsx_reader_parse_more        (HeraldXlsxReader  *self,
                                                        GError           **error);
gboolean          herald_xlsx_reader_open_sheet        (HeraldXlsxReader  *self,
                                                        guint              index,
                                                        GError           **error);

/* Called for every cell of a sheet, so inline where they are used. */

/* Digits only, as g_ascii_string_to_unsigned() in base 10 takes them, at
 * a fraction of its cost: a sheet has three numbers a cell to read. */
static inline gboolean
herald_xlsx_parse_decimal (const char *text,
                           guint64     min,
                           guint64     max,
                           guint64    *value)
{
  guint64 number = 0;
  const char *p = text;

  for (; *p >= '0' && *p <= '9'; p++)
    {
      number = number * 10 + (guint64) (*p - '0');
      if (number > max)
        return FALSE;
    }

  if (p == text || *p != '\0' || number < min)
    return FALSE;

  *value = number;
  return TRUE;
}

/* An unprefixed attribute's value, copied into @buffer (cut short there). */
static inline const char *
herald_xlsx_sax_attribute (int             n_attributes,
                           const xmlChar **attributes,
                           const char     *name,
                           char           *buffer,
                           gsize           size)
{
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = attributes + 5 * i;

      if (attribute[1] == NULL && strcmp ((const char *) attribute[0], name) == 0)
        {
          gsize length = MIN ((gsize) (attribute[4] - attribute[3]), size - 1);

          memcpy (buffer, attribute[3], length);
          buffer[length] = '\0';
          return buffer;
        }
    }

  return NULL;
}

G_END_DECLS
