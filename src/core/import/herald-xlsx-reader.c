/* herald-xlsx-reader.c — rows of one sheet of an .xlsx workbook
 *
 * An .xlsx file is a zip (read with libarchive) of SpreadsheetML parts
 * (read with libxml2: the small parts with its xmlTextReader, the sheet
 * with its SAX2 push parser, which costs a third as much per cell).  The small parts come
 * first: the workbook (sheet names and order, the 1904 flag), its
 * relationships (which part holds which sheet), the styles (which cells
 * are dates) and the shared strings, which are held in memory up to a cap.
 * The sheet itself is then streamed straight out of the zip, a row at a
 * time, so a sheet of a million rows is never held whole.
 *
 * Cells come out as text, as a person sees them in a spreadsheet program:
 * shared and inline strings, numbers as written, booleans as TRUE/FALSE,
 * error cells empty, and numbers in a date format as "YYYY-MM-DD HH:MM:SS"
 * (Excel's serial days, 1900 system with its 29 February 1900, or the 1904
 * system).  A row with gaps (A1, C1) has an empty B1.
 *
 * Without a sheet name, the rows are those of the first sheet that has any.
 * The small parts are read in herald-xlsx-reader-parts.c, the sheet in
 * herald-xlsx-reader-sheet.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <archive.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "herald-xlsx-reader-private.h"

static void herald_xlsx_reader_row_source_init (HeraldRowSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HeraldXlsxReader, herald_xlsx_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HERALD_TYPE_ROW_SOURCE,
                                                      herald_xlsx_reader_row_source_init))

void
herald_xlsx_reader_close_sheet (HeraldXlsxReader *self)
{
  g_clear_pointer (&self->xml, xmlFreeTextReader);
  if (self->parser != NULL)
    {
      herald_xlsx_free_push_parser (self->parser);
      self->parser = NULL;
    }
  g_clear_error (&self->sheet_error);
  if (self->input.archive != NULL)
    {
      archive_read_free (self->input.archive);
      self->input.archive = NULL;
    }
}

static void
herald_xlsx_reader_finalize (GObject *object)
{
  HeraldXlsxReader *self = HERALD_XLSX_READER (object);

  herald_xlsx_reader_close_sheet (self);
  g_free (self->name);
  g_free (self->wanted_sheet);
  g_free (self->xml_error);
  g_array_unref (self->rows);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_ptr_array_unref (self->sheet_names);
  g_ptr_array_unref (self->sheet_paths);
  g_string_chunk_free (self->strings_chunk);
  g_ptr_array_unref (self->strings);
  g_array_unref (self->date_styles);
  g_string_free (self->buffer, TRUE);
  g_array_unref (self->offsets);
  g_ptr_array_unref (self->cells);
  g_string_free (self->cell, TRUE);

  G_OBJECT_CLASS (herald_xlsx_reader_parent_class)->finalize (object);
}

static void
herald_xlsx_reader_class_init (HeraldXlsxReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = herald_xlsx_reader_finalize;

  xmlInitParser ();
}

static void
herald_xlsx_reader_init (HeraldXlsxReader *self)
{
  self->sheet_names = g_ptr_array_new_with_free_func (g_free);
  self->sheet_paths = g_ptr_array_new_with_free_func (g_free);
  self->strings_chunk = g_string_chunk_new (64 * 1024);
  self->strings = g_ptr_array_new ();
  self->date_styles = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->buffer = g_string_sized_new (1024);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cells = g_ptr_array_new ();
  self->cell = g_string_sized_new (256);
  self->rows = g_array_new (FALSE, FALSE, sizeof (QueuedRow));
}

/* Errors */

gboolean
herald_xlsx_reader_set_damaged (HeraldXlsxReader  *self,
                                GError           **error,
                                const char        *detail)
{
  g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_DAMAGED,
               _("“%s” is a damaged .xlsx file: %s"), self->name, detail);
  return FALSE;
}

gboolean
herald_xlsx_reader_set_archive_error (HeraldXlsxReader  *self,
                                      struct archive    *archive,
                                      GError           **error)
{
  const char *message = archive_error_string (archive);

  return herald_xlsx_reader_set_damaged (self, error, message != NULL ? message : _("the zip cannot be read"));
}

gboolean
herald_xlsx_reader_set_cell_error (HeraldXlsxReader  *self,
                                   GError           **error,
                                   guint              column,
                                   const char        *what)
{
  g_autofree char *name = herald_column_name (column);

  g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_DAMAGED,
               _("“%s”, row %u, column %s: %s"), self->name, self->last_row, name, what);
  return FALSE;
}

gboolean
herald_xlsx_reader_set_xml_error (HeraldXlsxReader  *self,
                                  GError           **error,
                                  const char        *part)
{
  g_autofree char *detail = NULL;
  const char *archive_message = NULL;

  if (self->input.archive != NULL)
    archive_message = archive_error_string (self->input.archive);

  if (archive_message != NULL)
    detail = g_strdup_printf ("%s: %s", part, archive_message);
  else if (self->xml_error != NULL)
    detail = g_strdup_printf ("%s, %s", part, self->xml_error);
  else
    detail = g_strdup_printf (_("%s is not valid XML"), part);

  return herald_xlsx_reader_set_damaged (self, error, detail);
}

/* The zip */

struct archive *
herald_xlsx_reader_open_archive (HeraldXlsxReader  *self,
                                 GError           **error)
{
  struct archive *archive = archive_read_new ();
  gsize size;
  const void *bytes = g_bytes_get_data (self->data, &size);

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, bytes, size) != ARCHIVE_OK)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("“%s” is not a spreadsheet (.xlsx) file: %s"), self->name,
                   archive_error_string (archive) != NULL ? archive_error_string (archive) : "");
      archive_read_free (archive);
      return NULL;
    }

  return archive;
}

/* SAX2 helpers */

/* The first error the parser reports, for set_xml_error(). */
void
herald_xlsx_reader_note_xml_error (HeraldXlsxReader *self,
                                   const xmlError   *problem)
{
  g_autofree char *text = NULL;

  if (self->xml_error != NULL || problem == NULL || problem->level < XML_ERR_ERROR)
    return;

  text = g_strstrip (g_strdup (problem->message != NULL ? problem->message : ""));
  self->xml_error = g_strdup_printf (_("line %d of the XML: %s"), problem->line, text);
}

/* The sheet parser's error function. */
void
herald_xlsx_reader_sax_error (void           *user_data,
                              const xmlError *problem)
{
  herald_xlsx_reader_note_xml_error (user_data, problem);
}

/* A SAX2 push parser: text of every kind (CDATA and white space too) to
 * @characters, no network, no entities, errors to @error_func. */
xmlParserCtxtPtr
herald_xlsx_new_push_parser (startElementNsSAX2Func  start_element,
                             endElementNsSAX2Func    end_element,
                             charactersSAXFunc       characters,
                             xmlStructuredErrorFunc  error_func,
                             gpointer                user_data,
                             const char             *part)
{
  xmlSAXHandler sax = { 0, };
  xmlParserCtxtPtr parser;

  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = start_element;
  sax.endElementNs = end_element;
  sax.characters = characters;
  sax.ignorableWhitespace = characters;
  sax.cdataBlock = characters;
  sax.serror = error_func;

  parser = xmlCreatePushParserCtxt (&sax, user_data, NULL, 0, part);
  if (parser != NULL)
    xmlCtxtUseOptions (parser, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_COMPACT);

  return parser;
}

void
herald_xlsx_free_push_parser (xmlParserCtxtPtr parser)
{
  xmlFreeDoc (parser->myDoc);
  xmlFreeParserCtxt (parser);
}

static const HeraldRow *
herald_xlsx_reader_next (HeraldRowSource  *source,
                         GError          **error)
{
  HeraldXlsxReader *self = HERALD_XLSX_READER (source);
  g_autoptr (GError) local_error = NULL;

  while (!self->finished)
    {
      if (self->parser == NULL && !herald_xlsx_reader_open_sheet (self, self->sheet, error))
        {
          self->finished = TRUE;
          return NULL;
        }

      if (self->next_row < self->rows->len)
        {
          const QueuedRow *queued = &g_array_index (self->rows, QueuedRow, self->next_row++);

          if (queued->n_cells == 0)
            continue;

          g_ptr_array_set_size (self->cells, queued->n_cells);
          for (guint i = 0; i < queued->n_cells; i++)
            self->cells->pdata[i] = self->buffer->str + g_array_index (self->offsets, guint, queued->first + i);

          self->rows_read++;
          self->row.number = queued->number;
          self->row.n_cells = self->cells->len;
          self->row.cells = (const char * const *) self->cells->pdata;
          return &self->row;
        }

      if (!self->sheet_done)
        {
          herald_xlsx_reader_drop_handed_out (self);
          if (!herald_xlsx_reader_parse_more (self, &local_error))
            {
              self->finished = TRUE;
              herald_xlsx_reader_close_sheet (self);
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          continue;
        }

      /* The end of a sheet: the end of the rows, unless it had none and
       * the next one may. */
      herald_xlsx_reader_close_sheet (self);
      if (self->rows_read > 0 || self->wanted_sheet != NULL ||
          self->sheet + 1 >= self->sheet_paths->len)
        self->finished = TRUE;
      else
        self->sheet++;
    }

  return NULL;
}

static double
herald_xlsx_reader_get_fraction (HeraldRowSource *source)
{
  HeraldXlsxReader *self = HERALD_XLSX_READER (source);

  if (self->finished)
    return 1.0;
  if (self->entry_size <= 0)
    return 0.0;

  return (double) self->input.done / (double) self->entry_size;
}

static void
herald_xlsx_reader_row_source_init (HeraldRowSourceInterface *iface)
{
  iface->next = herald_xlsx_reader_next;
  iface->get_fraction = herald_xlsx_reader_get_fraction;
}

/* Public API */

/**
 * herald_xlsx_reader_new:
 * @data: the bytes of the file
 * @name: the file's name, for messages
 * @sheet: (nullable): the sheet to read, or %NULL for the first with rows
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a new reader, or %NULL if @data is
 *   not an .xlsx workbook, is damaged, or has no sheet named @sheet
 */
HeraldXlsxReader *
herald_xlsx_reader_new (GBytes      *data,
                        const char  *name,
                        const char  *sheet,
                        GError     **error)
{
  return herald_xlsx_reader_new_full (data, name, sheet, HERALD_XLSX_MAX_SHARED_STRINGS,
                                      HERALD_XLSX_MAX_SHARED_BYTES, error);
}

/**
 * herald_xlsx_reader_new_full:
 * @data: the bytes of the file
 * @name: the file's name, for messages
 * @sheet: (nullable): the sheet to read, or %NULL for the first with rows
 * @max_strings: most shared strings to hold
 * @max_string_bytes: most bytes of shared strings to hold
 * @error: return location for a #GError
 *
 * Like herald_xlsx_reader_new(), with caps of its own.
 *
 * Returns: (transfer full) (nullable): a new reader
 */
HeraldXlsxReader *
herald_xlsx_reader_new_full (GBytes      *data,
                             const char  *name,
                             const char  *sheet,
                             guint        max_strings,
                             gsize        max_string_bytes,
                             GError     **error)
{
  g_autoptr (HeraldXlsxReader) self = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (HERALD_TYPE_XLSX_READER, NULL);
  self->name = g_strdup (name);
  self->data = g_bytes_ref (data);
  self->wanted_sheet = g_strdup (sheet);
  self->max_strings = max_strings;
  self->max_string_bytes = max_string_bytes;

  if (!herald_xlsx_reader_read_workbook (self, error))
    return NULL;

  if (self->sheet_paths->len == 0)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("“%s” has no sheets"), name);
      return NULL;
    }

  if (sheet != NULL)
    {
      guint i;

      for (i = 0; i < self->sheet_names->len; i++)
        if (g_str_equal (self->sheet_names->pdata[i], sheet))
          break;

      if (i == self->sheet_names->len)
        {
          g_autofree char *names = NULL;

          g_ptr_array_add (self->sheet_names, NULL);
          names = g_strjoinv (_("”, “"), (char **) self->sheet_names->pdata);
          g_ptr_array_remove_index (self->sheet_names, self->sheet_names->len - 1);
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_HEADER,
                       _("“%s” has no sheet named “%s” (it has “%s”)"), name, sheet, names);
          return NULL;
        }
      self->sheet = i;
    }

  return g_steal_pointer (&self);
}

const char *
herald_xlsx_reader_get_sheet_name (HeraldXlsxReader *self)
{
  g_return_val_if_fail (HERALD_IS_XLSX_READER (self), NULL);

  return self->sheet_names->pdata[self->sheet];
}
