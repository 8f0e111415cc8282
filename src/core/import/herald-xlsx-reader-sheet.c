/* herald-xlsx-reader-sheet.c — a sheet's rows, streamed out of the zip
 *
 * The sheet is inflated a chunk at a time and pushed through a SAX2
 * parser; the rows a chunk completes wait, their cells' text in one
 * buffer, until next() hands them out.  Cells are typed as the workbook
 * says: shared strings by index, inline strings, numbers, and dates where
 * the cell's style shows one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "herald-xlsx-reader-private.h"

/* The sheets */

/* "C12" → column 2. */
static gboolean
parse_reference (const char *reference,
                 guint      *column)
{
  guint64 value = 0;
  const char *p = reference;

  while (g_ascii_isalpha (*p))
    {
      value = value * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (value > MAX_COLUMNS)
        return FALSE;
      p++;
    }

  if (p == reference)
    return FALSE;

  *column = (guint) value - 1;
  return TRUE;
}

static void
append_cell (HeraldXlsxReader *self,
             const char       *text,
             gssize            length)
{
  guint offset = self->buffer->len;

  g_string_append_len (self->buffer, text, length);
  g_string_append_c (self->buffer, '\0');
  g_array_append_val (self->offsets, offset);
}

static gboolean
finish_cell (HeraldXlsxReader  *self,
             guint              column,
             const char        *type,
             guint              style,
             GError           **error)
{
  g_autofree char *date = NULL;
  const char *value = self->cell->str;

  if (column < self->offsets->len - self->row_first)
    return herald_xlsx_reader_set_cell_error (self, error, column, _("the cell comes twice or out of order"));

  while (self->offsets->len - self->row_first < column)
    append_cell (self, "", 0);

  if (g_strcmp0 (type, "s") == 0)
    {
      guint64 index;

      if (!herald_xlsx_parse_decimal (g_strstrip (self->cell->str), 0, G_MAXUINT, &index) ||
          index >= self->strings->len)
        return herald_xlsx_reader_set_cell_error (self, error, column, _("the cell names a shared string that does not exist"));
      value = self->strings->pdata[index];
    }
  else if (g_strcmp0 (type, "b") == 0)
    value = g_str_equal (g_strstrip (self->cell->str), "1") ? "TRUE" : "FALSE";
  else if (g_strcmp0 (type, "e") == 0)
    value = "";
  else if ((type == NULL || g_str_equal (type, "n")) && style < self->date_styles->len &&
           g_array_index (self->date_styles, gboolean, style))
    {
      char *end = NULL;
      double serial = g_ascii_strtod (self->cell->str, &end);

      if (end != self->cell->str && *end == '\0')
        date = herald_xlsx_format_serial (serial, self->date1904);
      if (date != NULL)
        value = date;
    }

  append_cell (self, value, -1);
  return TRUE;
}

/* The sheet's SAX2 callbacks.  An error stops the parser and waits in
 * sheet_error. */

static void
stop_sheet (HeraldXlsxReader *self,
            GError           *error)
{
  if (self->sheet_error == NULL)
    self->sheet_error = error;
  else
    g_error_free (error);
  xmlStopParser (self->parser);
}

static void
start_row (HeraldXlsxReader  *self,
           int                n_attributes,
           const xmlChar    **attributes)
{
  char text[32];
  const char *number = herald_xlsx_sax_attribute (n_attributes, attributes, "r", text, sizeof text);
  guint64 value;
  GError *error = NULL;

  if (number != NULL && herald_xlsx_parse_decimal (number, 1, MAX_ROWS, &value))
    {
      if (value <= self->last_row)
        herald_xlsx_reader_set_damaged (self, &error, _("rows out of order"));
      else
        self->last_row = value;
    }
  else if (number == NULL && self->last_row < MAX_ROWS)
    self->last_row++;
  else
    herald_xlsx_reader_set_damaged (self, &error, _("a row number is out of range"));

  if (error != NULL)
    {
      stop_sheet (self, error);
      return;
    }

  self->in_row = TRUE;
  self->row_first = self->offsets->len;
}

static void
start_cell (HeraldXlsxReader  *self,
            int                n_attributes,
            const xmlChar    **attributes)
{
  char reference[32], style_text[16];
  GError *error = NULL;
  guint64 value;

  self->has_type = herald_xlsx_sax_attribute (n_attributes, attributes, "t", self->type, sizeof self->type) != NULL;

  if (herald_xlsx_sax_attribute (n_attributes, attributes, "r", reference, sizeof reference) == NULL)
    self->column = self->offsets->len - self->row_first;
  else if (!parse_reference (reference, &self->column))
    {
      herald_xlsx_reader_set_cell_error (self, &error, self->offsets->len - self->row_first, _("the cell reference is not valid"));
      stop_sheet (self, error);
      return;
    }

  self->style = G_MAXUINT;
  if (herald_xlsx_sax_attribute (n_attributes, attributes, "s", style_text, sizeof style_text) != NULL &&
      herald_xlsx_parse_decimal (style_text, 0, G_MAXUINT - 1, &value))
    self->style = value;

  g_string_truncate (self->cell, 0);
}

static void
sax_start_element (void           *user_data,
                   const xmlChar  *local_name,
                   const xmlChar  *prefix,
                   const xmlChar  *uri,
                   int             n_namespaces,
                   const xmlChar **namespaces,
                   int             n_attributes,
                   int             n_defaulted,
                   const xmlChar **attributes)
{
  HeraldXlsxReader *self = user_data;
  const char *name = (const char *) local_name;

  if (g_str_equal (name, "row"))
    start_row (self, n_attributes, attributes);
  else if (!self->in_row)
    return;
  else if (g_str_equal (name, "c"))
    start_cell (self, n_attributes, attributes);
  else if (g_str_equal (name, "v"))
    self->in_value = TRUE;
  else if (g_str_equal (name, "is"))
    self->in_inline = TRUE;
  else if (g_str_equal (name, "t"))
    self->in_t = TRUE;
  else if (g_str_equal (name, "rPh"))
    self->in_phonetic = TRUE;
}

static void
sax_end_element (void          *user_data,
                 const xmlChar *local_name,
                 const xmlChar *prefix,
                 const xmlChar *uri)
{
  HeraldXlsxReader *self = user_data;
  const char *name = (const char *) local_name;
  GError *error = NULL;

  if (!self->in_row)
    return;

  if (g_str_equal (name, "c"))
    {
      if (!finish_cell (self, self->column, self->has_type ? self->type : NULL, self->style, &error))
        stop_sheet (self, error);
      self->in_value = self->in_inline = self->in_t = self->in_phonetic = FALSE;
    }
  else if (g_str_equal (name, "v"))
    self->in_value = FALSE;
  else if (g_str_equal (name, "is"))
    self->in_inline = FALSE;
  else if (g_str_equal (name, "t"))
    self->in_t = FALSE;
  else if (g_str_equal (name, "rPh"))
    self->in_phonetic = FALSE;
  else if (g_str_equal (name, "row"))
    {
      QueuedRow row = { self->last_row, self->row_first, self->offsets->len - self->row_first };

      g_array_append_val (self->rows, row);
      self->in_row = FALSE;
      self->row_first = self->offsets->len;
    }
}

/* Excel keeps at most 32,767 characters in a cell. */
#define MAX_CELL_BYTES (32767 * 4)

static void
sax_characters (void          *user_data,
                const xmlChar *text,
                int            length)
{
  HeraldXlsxReader *self = user_data;
  GError *error = NULL;

  if (!self->in_row || !(self->in_value || (self->in_inline && self->in_t && !self->in_phonetic)))
    return;

  if (self->cell->len + length > MAX_CELL_BYTES)
    {
      herald_xlsx_reader_set_cell_error (self, &error, self->column, _("the cell holds more text than a spreadsheet can"));
      stop_sheet (self, error);
      return;
    }

  g_string_append_len (self->cell, (const char *) text, length);
}

static xmlParserCtxtPtr
new_sheet_parser (HeraldXlsxReader *self,
                  const char       *part)
{
  return herald_xlsx_new_push_parser (sax_start_element, sax_end_element, sax_characters,
                                      (xmlStructuredErrorFunc) herald_xlsx_reader_sax_error, self, part);
}

/* Keeps the open row's cells and drops the rows handed out, before the
 * next chunk adds to them. */
void
herald_xlsx_reader_drop_handed_out (HeraldXlsxReader *self)
{
  guint keep_from = self->in_row ? self->row_first : self->offsets->len;
  guint shift = keep_from < self->offsets->len ? g_array_index (self->offsets, guint, keep_from) : self->buffer->len;

  g_string_erase (self->buffer, 0, shift);
  g_array_remove_range (self->offsets, 0, keep_from);
  for (guint i = 0; i < self->offsets->len; i++)
    g_array_index (self->offsets, guint, i) -= shift;
  self->row_first -= keep_from;

  g_array_set_size (self->rows, 0);
  self->next_row = 0;
}

/* Pushes the next chunk of the sheet through the parser. */
gboolean
herald_xlsx_reader_parse_more (HeraldXlsxReader  *self,
                               GError           **error)
{
  char chunk[64 * 1024];
  la_ssize_t n = archive_read_data (self->input.archive, chunk, sizeof chunk);
  int rc;

  if (n < 0)
    return herald_xlsx_reader_set_archive_error (self, self->input.archive, error);

  self->input.done += n;
  rc = xmlParseChunk (self->parser, chunk, (int) n, n == 0);

  if (self->sheet_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->sheet_error));
      return FALSE;
    }
  if (rc != XML_ERR_OK || !self->parser->wellFormed)
    return herald_xlsx_reader_set_xml_error (self, error, self->sheet_paths->pdata[self->sheet]);

  if (n == 0)
    {
      self->sheet_done = TRUE;
      if (self->in_row)
        return herald_xlsx_reader_set_damaged (self, error, _("the sheet ends inside a row"));
    }

  return TRUE;
}

gboolean
herald_xlsx_reader_open_sheet (HeraldXlsxReader  *self,
                               guint              index,
                               GError           **error)
{
  const char *path = self->sheet_paths->pdata[index];
  struct archive_entry *entry;
  int rc;

  herald_xlsx_reader_close_sheet (self);
  self->input.archive = herald_xlsx_reader_open_archive (self, error);
  if (self->input.archive == NULL)
    return FALSE;
  self->input.done = 0;

  while ((rc = archive_read_next_header (self->input.archive, &entry)) == ARCHIVE_OK)
    if (g_strcmp0 (archive_entry_pathname (entry), path) == 0)
      break;

  if (rc != ARCHIVE_OK)
    return herald_xlsx_reader_set_archive_error (self, self->input.archive, error);

  self->entry_size = archive_entry_size_is_set (entry) ? archive_entry_size (entry) : 0;
  self->parser = new_sheet_parser (self, path);
  if (self->parser == NULL)
    return herald_xlsx_reader_set_damaged (self, error, path);

  self->sheet = index;
  self->sheet_done = FALSE;
  self->rows_read = 0;
  self->last_row = 0;
  self->in_row = self->in_value = self->in_inline = self->in_t = self->in_phonetic = FALSE;
  g_array_set_size (self->rows, 0);
  self->next_row = 0;
  g_string_truncate (self->buffer, 0);
  g_array_set_size (self->offsets, 0);
  return TRUE;
}
