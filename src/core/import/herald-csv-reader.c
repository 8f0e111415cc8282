/* herald-csv-reader.c — rows of a CSV file as Excel and the platforms write them
 *
 * RFC 4180 quoting (delimiters, newlines and doubled quotes inside quoted
 * cells), LF or CRLF line ends, and the delimiter guessed from the first
 * lines: a comma, a semicolon (European Excel) or a tab ("Unicode text").
 *
 * Encodings, in this order: a UTF-8 byte-order mark; text that is valid
 * UTF-8; else GB18030, which is what Excel on Chinese Windows saves (a
 * superset of GBK and GB2312).  Bytes that are neither are refused, never
 * guessed at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "herald-csv-reader.h"

/* Lines read to guess the delimiter. */
#define SNIFF_LINES 20

/* A cell longer than this is not a cell of a platform export. */
#define MAX_CELL_BYTES (16 * 1024 * 1024)
#define MAX_CELLS      16384

struct _HeraldCsvReader
{
  GObject     parent_instance;

  char       *name;
  GBytes     *data;        /* UTF-8, the mark removed */
  const char *text;
  const char *end;
  const char *pos;
  char        delimiter;
  const char *encoding;
  guint8      stops[256];  /* characters that end an unquoted run */

  GString    *buffer;      /* the cells of the current row, each NUL-ended */
  GArray     *offsets;     /* guint: where each cell starts in buffer */
  GPtrArray  *cells;
  HeraldRow   row;
  guint       number;
};

static void herald_csv_reader_row_source_init (HeraldRowSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HeraldCsvReader, herald_csv_reader, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (HERALD_TYPE_ROW_SOURCE,
                                                      herald_csv_reader_row_source_init))

static char
guess_delimiter (const char *text,
                 const char *end)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean quoted = FALSE;
  guint lines = 0, best = 0;

  for (const char *p = text; p < end && lines < SNIFF_LINES; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == '\n')
        lines++;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;

  return candidates[best];
}

static void
herald_csv_reader_finalize (GObject *object)
{
  HeraldCsvReader *self = HERALD_CSV_READER (object);

  g_free (self->name);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_string_free (self->buffer, TRUE);
  g_array_unref (self->offsets);
  g_ptr_array_unref (self->cells);

  G_OBJECT_CLASS (herald_csv_reader_parent_class)->finalize (object);
}

static void
herald_csv_reader_class_init (HeraldCsvReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = herald_csv_reader_finalize;
}

static void
herald_csv_reader_init (HeraldCsvReader *self)
{
  self->buffer = g_string_sized_new (1024);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cells = g_ptr_array_new ();
}

static gboolean
set_row_error (HeraldCsvReader  *self,
               GError          **error,
               int               code,
               const char       *what)
{
  g_autofree char *column = herald_column_name (self->offsets->len);

  g_set_error (error, HERALD_IMPORT_ERROR, code,
               _("“%s”, row %u, column %s: %s"), self->name, self->number, column, what);
  return FALSE;
}

/* Appends the cell that starts at self->pos; leaves pos on what ends it. */
static gboolean
read_cell (HeraldCsvReader  *self,
           GError          **error)
{
  const char *p = self->pos;
  gsize start = self->buffer->len;

  if (p < self->end && *p == '"')
    {
      p++;
      for (;;)
        {
          const char *quote = memchr (p, '"', self->end - p);

          if (quote == NULL)
            return set_row_error (self, error, HERALD_IMPORT_ERROR_DAMAGED,
                                  _("a quoted cell is never closed (is the file cut short?)"));

          g_string_append_len (self->buffer, p, quote - p);
          p = quote + 1;
          if (p < self->end && *p == '"')
            {
              g_string_append_c (self->buffer, '"');
              p++;
              continue;
            }
          break;
        }
    }

  /* Unquoted text, or what follows a closing quote (kept, as Excel does). */
  {
    const char *run = p;

    while (p < self->end && !self->stops[(guint8) *p])
      p++;
    g_string_append_len (self->buffer, run, p - run);
  }

  if (self->buffer->len - start > MAX_CELL_BYTES)
    return set_row_error (self, error, HERALD_IMPORT_ERROR_TOO_LARGE, _("the cell is too long"));

  g_string_append_c (self->buffer, '\0');
  self->pos = p;
  return TRUE;
}

static const HeraldRow *
herald_csv_reader_next (HeraldRowSource  *source,
                        GError          **error)
{
  HeraldCsvReader *self = HERALD_CSV_READER (source);

  if (self->pos >= self->end)
    return NULL;

  self->number++;
  g_string_truncate (self->buffer, 0);
  g_array_set_size (self->offsets, 0);

  for (;;)
    {
      guint offset = self->buffer->len;

      if (self->offsets->len >= MAX_CELLS)
        {
          set_row_error (self, error, HERALD_IMPORT_ERROR_TOO_LARGE, _("the row has too many cells"));
          return NULL;
        }

      if (!read_cell (self, error))
        return NULL;
      g_array_append_val (self->offsets, offset);

      if (self->pos >= self->end)
        break;
      if (*self->pos == self->delimiter)
        {
          self->pos++;
          continue;
        }
      if (*self->pos == '\r')
        self->pos++;
      if (self->pos < self->end && *self->pos == '\n')
        self->pos++;
      break;
    }

  g_ptr_array_set_size (self->cells, self->offsets->len);
  for (guint i = 0; i < self->offsets->len; i++)
    self->cells->pdata[i] = self->buffer->str + g_array_index (self->offsets, guint, i);

  self->row.number = self->number;
  self->row.n_cells = self->cells->len;
  self->row.cells = (const char * const *) self->cells->pdata;
  return &self->row;
}

static double
herald_csv_reader_get_fraction (HeraldRowSource *source)
{
  HeraldCsvReader *self = HERALD_CSV_READER (source);

  if (self->end == self->text)
    return 1.0;

  return (double) (self->pos - self->text) / (double) (self->end - self->text);
}

static void
herald_csv_reader_row_source_init (HeraldRowSourceInterface *iface)
{
  iface->next = herald_csv_reader_next;
  iface->get_fraction = herald_csv_reader_get_fraction;
}

/* Public API */

/**
 * herald_csv_reader_new:
 * @data: the bytes of the file
 * @name: the file's name, for messages
 * @error: return location for a #GError
 *
 * Checks the encoding (converting GB18030 text to UTF-8) and guesses the
 * delimiter; the rows are read one by one with herald_row_source_next().
 *
 * Returns: (transfer full) (nullable): a new reader, or %NULL if @data is
 *   not text Herald can read
 */
HeraldCsvReader *
herald_csv_reader_new (GBytes      *data,
                       const char  *name,
                       GError     **error)
{
  g_autoptr (HeraldCsvReader) self = NULL;
  const char *text, *bad;
  gsize length;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (HERALD_TYPE_CSV_READER, NULL);
  self->name = g_strdup (name);
  text = g_bytes_get_data (data, &length);
  if (text == NULL)
    text = "";

  if (memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("“%s” is neither a spreadsheet (.xlsx) nor a CSV file"), name);
      return NULL;
    }

  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      if (!g_utf8_validate_len (text + 3, length - 3, &bad))
        {
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_ENCODING,
                       _("“%s” says it is UTF-8 text but is not (byte %lu)"),
                       name, (gulong) (bad - text) + 1);
          return NULL;
        }
      self->data = g_bytes_new_from_bytes (data, 3, length - 3);
      self->encoding = "UTF-8";
    }
  else if (g_utf8_validate_len (text, length, NULL))
    {
      self->data = g_bytes_ref (data);
      self->encoding = "UTF-8";
    }
  else
    {
      g_autoptr (GError) local_error = NULL;
      gsize read = 0, written = 0;
      char *converted;

      converted = g_convert (text, length, "UTF-8", "GB18030", &read, &written, &local_error);
      if (converted == NULL)
        {
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_ENCODING,
                       _("“%s” is neither UTF-8 nor GB18030 (GBK) text (byte %lu)"),
                       name, (gulong) read + 1);
          return NULL;
        }
      self->data = g_bytes_new_take (converted, written);
      self->encoding = "GB18030";
    }

  self->text = g_bytes_get_data (self->data, &length);
  if (self->text == NULL)
    self->text = "";
  self->end = self->text + length;
  self->pos = self->text;
  self->delimiter = guess_delimiter (self->text, self->end);
  self->stops[(guint8) self->delimiter] = 1;
  self->stops['\r'] = 1;
  self->stops['\n'] = 1;

  return g_steal_pointer (&self);
}

char
herald_csv_reader_get_delimiter (HeraldCsvReader *self)
{
  g_return_val_if_fail (HERALD_IS_CSV_READER (self), ',');

  return self->delimiter;
}

const char *
herald_csv_reader_get_encoding (HeraldCsvReader *self)
{
  g_return_val_if_fail (HERALD_IS_CSV_READER (self), NULL);

  return self->encoding;
}
