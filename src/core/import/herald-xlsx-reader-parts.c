/* herald-xlsx-reader-parts.c — a workbook's small parts
 *
 * Before any sheet is streamed, the small parts are read whole out of the
 * zip: the workbook (sheet names and order, the 1904 flag), its
 * relationships (which part holds which sheet), the styles (which cells
 * are dates) and the shared strings, held in memory up to a cap.  A file
 * cut short, a part missing or not XML: the workbook is damaged, and the
 * error says which part.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "herald-xlsx-reader-private.h"

/* The small parts are read whole; none is anywhere near this. */
#define MAX_PART_BYTES (64 * 1024 * 1024)

static GBytes *
read_entry (HeraldXlsxReader      *self,
            struct archive        *archive,
            struct archive_entry  *entry,
            GError               **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  guint8 buffer[64 * 1024];
  la_ssize_t n;

  while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
    {
      if (bytes->len + n > MAX_PART_BYTES)
        {
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_TOO_LARGE,
                       _("“%s”: the part “%s” is too large"), self->name, archive_entry_pathname (entry));
          return NULL;
        }
      g_byte_array_append (bytes, buffer, n);
    }

  if (n < 0)
    {
      herald_xlsx_reader_set_archive_error (self, archive, error);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* The small parts */

/* The small parts' XML errors, for set_xml_error(). */
static void
xml_error_cb (void                    *user_data,
              const char              *message,
              xmlParserSeverities      severity,
              xmlTextReaderLocatorPtr  locator)
{
  HeraldXlsxReader *self = user_data;
  g_autofree char *text = NULL;

  if (self->xml_error != NULL ||
      severity == XML_PARSER_SEVERITY_WARNING ||
      severity == XML_PARSER_SEVERITY_VALIDITY_WARNING)
    return;

  text = g_strstrip (g_strdup (message));
  self->xml_error = g_strdup_printf (_("line %d of the XML: %s"),
                                     xmlTextReaderLocatorLineNumber (locator), text);
}

static gboolean
is_element (xmlTextReaderPtr  xml,
            const char       *name)
{
  return xmlTextReaderNodeType (xml) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (xml), name) == 0;
}

static gboolean
is_end (xmlTextReaderPtr  xml,
        const char       *name)
{
  return xmlTextReaderNodeType (xml) == XML_READER_TYPE_END_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (xml), name) == 0;
}


static char *
get_attribute (xmlTextReaderPtr  xml,
               const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (xml, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* An attribute by local name, whatever its namespace prefix (r:id). */
static char *
get_attribute_local (xmlTextReaderPtr  xml,
                     const char       *local_name)
{
  char *value = NULL;

  if (xmlTextReaderMoveToFirstAttribute (xml) != 1)
    return NULL;

  do
    {
      if (g_strcmp0 ((const char *) xmlTextReaderConstLocalName (xml), local_name) == 0 &&
          xmlTextReaderConstPrefix (xml) != NULL)
        {
          value = g_strdup ((const char *) xmlTextReaderConstValue (xml));
          break;
        }
    }
  while (xmlTextReaderMoveToNextAttribute (xml) == 1);

  xmlTextReaderMoveToElement (xml);
  return value;
}

static xmlTextReaderPtr
memory_reader (HeraldXlsxReader *self,
               GBytes           *bytes,
               const char       *part)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlTextReaderPtr xml;

  if (size > G_MAXINT)
    return NULL;

  xml = xmlReaderForMemory (data != NULL ? data : "", (int) size, part, NULL,
                            XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR |
                            XML_PARSE_NOBLANKS | XML_PARSE_COMPACT);
  if (xml != NULL)
    xmlTextReaderSetErrorHandler (xml, xml_error_cb, self);

  return xml;
}

static gboolean
parse_workbook (HeraldXlsxReader  *self,
                GBytes            *workbook,
                GPtrArray         *ids,
                GError           **error)
{
  xmlTextReaderPtr xml = memory_reader (self, workbook, "xl/workbook.xml");
  int rc;

  if (xml == NULL)
    return herald_xlsx_reader_set_damaged (self, error, "xl/workbook.xml");

  while ((rc = xmlTextReaderRead (xml)) == 1)
    {
      if (is_element (xml, "workbookPr"))
        {
          g_autofree char *value = get_attribute (xml, "date1904");

          self->date1904 = g_strcmp0 (value, "1") == 0 || g_strcmp0 (value, "true") == 0;
        }
      else if (is_element (xml, "sheet"))
        {
          char *name = get_attribute (xml, "name");
          char *id = get_attribute_local (xml, "id");

          g_ptr_array_add (self->sheet_names, name != NULL ? name : g_strdup (""));
          g_ptr_array_add (ids, id != NULL ? id : g_strdup (""));
        }
    }
  xmlFreeTextReader (xml);

  if (rc < 0)
    return herald_xlsx_reader_set_xml_error (self, error, "xl/workbook.xml");

  return TRUE;
}

/* Relationship id → part path, relative to xl/ unless absolute. */
static GHashTable *
parse_relationships (HeraldXlsxReader  *self,
                     GBytes            *rels,
                     GError           **error)
{
  g_autoptr (GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlTextReaderPtr xml = memory_reader (self, rels, "xl/_rels/workbook.xml.rels");
  int rc;

  if (xml == NULL)
    {
      herald_xlsx_reader_set_damaged (self, error, "xl/_rels/workbook.xml.rels");
      return NULL;
    }

  while ((rc = xmlTextReaderRead (xml)) == 1)
    if (is_element (xml, "Relationship"))
      {
        g_autofree char *id = get_attribute (xml, "Id");
        g_autofree char *target = get_attribute (xml, "Target");

        if (id == NULL || target == NULL)
          continue;

        if (target[0] == '/')
          g_hash_table_insert (targets, g_steal_pointer (&id), g_strdup (target + 1));
        else
          g_hash_table_insert (targets, g_steal_pointer (&id),
                               g_strconcat ("xl/", g_str_has_prefix (target, "./") ? target + 2 : target, NULL));
      }
  xmlFreeTextReader (xml);

  if (rc < 0)
    {
      herald_xlsx_reader_set_xml_error (self, error, "xl/_rels/workbook.xml.rels");
      return NULL;
    }

  return g_steal_pointer (&targets);
}

static gboolean
is_date_format_id (guint id)
{
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

/* A format code shows a date or time when it has y, d, h or s outside
 * quotes, brackets and escapes ("0.0%" has none; "yyyy/m/d" has). */
static gboolean
is_date_format_code (const char *code)
{
  gboolean quoted = FALSE;

  for (const char *p = code; p != NULL && *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '[')
        {
          const char *close = strchr (p, ']');

          if (close == NULL)
            return FALSE;
          p = close;
        }
      else if (strchr ("yYdDhHsS", *p) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
parse_styles (HeraldXlsxReader  *self,
              GBytes            *styles,
              GError           **error)
{
  g_autoptr (GHashTable) custom = g_hash_table_new (g_direct_hash, g_direct_equal);
  xmlTextReaderPtr xml = memory_reader (self, styles, "xl/styles.xml");
  gboolean in_cell_xfs = FALSE;
  int rc;

  if (xml == NULL)
    return herald_xlsx_reader_set_damaged (self, error, "xl/styles.xml");

  while ((rc = xmlTextReaderRead (xml)) == 1)
    {
      if (is_element (xml, "numFmt"))
        {
          g_autofree char *id = get_attribute (xml, "numFmtId");
          g_autofree char *code = get_attribute (xml, "formatCode");
          guint64 number;

          if (id != NULL && g_ascii_string_to_unsigned (id, 10, 0, G_MAXUINT, &number, NULL) &&
              is_date_format_code (code))
            g_hash_table_add (custom, GUINT_TO_POINTER ((guint) number));
        }
      else if (is_element (xml, "cellXfs") && !xmlTextReaderIsEmptyElement (xml))
        in_cell_xfs = TRUE;
      else if (is_end (xml, "cellXfs"))
        in_cell_xfs = FALSE;
      else if (in_cell_xfs && is_element (xml, "xf"))
        {
          g_autofree char *id = get_attribute (xml, "numFmtId");
          guint64 number = 0;
          gboolean date;

          if (id != NULL)
            g_ascii_string_to_unsigned (id, 10, 0, G_MAXUINT, &number, NULL);
          date = is_date_format_id (number) ||
                 g_hash_table_contains (custom, GUINT_TO_POINTER ((guint) number));
          if (self->date_styles->len < MAX_PART_BYTES / 16)
            g_array_append_val (self->date_styles, date);
        }
    }
  xmlFreeTextReader (xml);

  if (rc < 0)
    return herald_xlsx_reader_set_xml_error (self, error, "xl/styles.xml");

  return TRUE;
}

static gboolean
add_shared_string (HeraldXlsxReader  *self,
                   GString           *text,
                   gsize             *total,
                   GError           **error)
{
  *total += text->len + 1;
  if (self->strings->len >= self->max_strings || *total > self->max_string_bytes)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” holds more text than Herald reads from one file (over %u strings or %lu MB)"),
                   self->name, self->max_strings, (gulong) (self->max_string_bytes / (1024 * 1024)));
      return FALSE;
    }

  g_ptr_array_add (self->strings, g_string_chunk_insert_len (self->strings_chunk, text->str, text->len));
  return TRUE;
}

/* The shared strings' SAX2 state: <si> holds a <t>, or runs <r><t>…</t></r>
 * to join; <rPh> (phonetic hints) is not part of the text. */
typedef struct {
  HeraldXlsxReader *self;
  xmlParserCtxtPtr  parser;
  GString          *text;
  gboolean          in_si, in_t, in_phonetic;
  gsize             total;
  GError           *error;
} StringsParse;

static void
stop_strings (StringsParse *parse)
{
  xmlStopParser (parse->parser);
}

static gboolean
set_too_much_text (HeraldXlsxReader  *self,
                   GError           **error)
{
  g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_TOO_LARGE,
               _("“%s” holds more text than Herald reads from one file (over %u strings or %lu MB)"),
               self->name, self->max_strings, (gulong) (self->max_string_bytes / (1024 * 1024)));
  return FALSE;
}

static void
strings_start_element (void           *user_data,
                       const xmlChar  *local_name,
                       const xmlChar  *prefix,
                       const xmlChar  *uri,
                       int             n_namespaces,
                       const xmlChar **namespaces,
                       int             n_attributes,
                       int             n_defaulted,
                       const xmlChar **attributes)
{
  StringsParse *parse = user_data;
  const char *name = (const char *) local_name;

  if (g_str_equal (name, "sst"))
    {
      char text[32];
      const char *count = herald_xlsx_sax_attribute (n_attributes, attributes, "uniqueCount", text, sizeof text);
      guint64 n;

      if (count != NULL && herald_xlsx_parse_decimal (count, 0, G_MAXUINT, &n) && n > parse->self->max_strings)
        {
          set_too_much_text (parse->self, &parse->error);
          stop_strings (parse);
        }
    }
  else if (g_str_equal (name, "si"))
    {
      g_string_truncate (parse->text, 0);
      parse->in_si = TRUE;
    }
  else if (parse->in_si && g_str_equal (name, "rPh"))
    parse->in_phonetic = TRUE;
  else if (parse->in_si && g_str_equal (name, "t"))
    parse->in_t = TRUE;
}

static void
strings_end_element (void          *user_data,
                     const xmlChar *local_name,
                     const xmlChar *prefix,
                     const xmlChar *uri)
{
  StringsParse *parse = user_data;
  const char *name = (const char *) local_name;

  if (parse->in_si && g_str_equal (name, "rPh"))
    parse->in_phonetic = FALSE;
  else if (g_str_equal (name, "t"))
    parse->in_t = FALSE;
  else if (g_str_equal (name, "si"))
    {
      parse->in_si = FALSE;
      if (!add_shared_string (parse->self, parse->text, &parse->total, &parse->error))
        stop_strings (parse);
    }
}

static void
strings_characters (void          *user_data,
                    const xmlChar *text,
                    int            length)
{
  StringsParse *parse = user_data;

  if (!parse->in_t || parse->in_phonetic)
    return;

  if (parse->total + parse->text->len + length > parse->self->max_string_bytes)
    {
      set_too_much_text (parse->self, &parse->error);
      stop_strings (parse);
      return;
    }

  g_string_append_len (parse->text, (const char *) text, length);
}

static void
strings_error (void           *user_data,
               const xmlError *problem)
{
  StringsParse *parse = user_data;

  herald_xlsx_reader_note_xml_error (parse->self, problem);
}

/* Streams the shared strings out of the zip. */
static gboolean
parse_shared_strings (HeraldXlsxReader  *self,
                      struct archive    *archive,
                      GError           **error)
{
  g_autoptr (GString) text = g_string_new (NULL);
  StringsParse parse = { self, NULL, text, FALSE, FALSE, FALSE, 0, NULL };
  gboolean ok = TRUE;
  char chunk[64 * 1024];
  la_ssize_t n;

  parse.parser = herald_xlsx_new_push_parser (strings_start_element, strings_end_element, strings_characters,
                                              (xmlStructuredErrorFunc) strings_error, &parse, "xl/sharedStrings.xml");
  if (parse.parser == NULL)
    return herald_xlsx_reader_set_damaged (self, error, "xl/sharedStrings.xml");

  self->input.archive = archive;
  self->input.done = 0;
  do
    {
      int rc;

      n = archive_read_data (archive, chunk, sizeof chunk);
      if (n < 0)
        {
          ok = herald_xlsx_reader_set_archive_error (self, archive, error);
          break;
        }
      rc = xmlParseChunk (parse.parser, chunk, (int) n, n == 0);
      if (parse.error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&parse.error));
          ok = FALSE;
          break;
        }
      if (rc != XML_ERR_OK || !parse.parser->wellFormed)
        {
          ok = herald_xlsx_reader_set_xml_error (self, error, "xl/sharedStrings.xml");
          break;
        }
    }
  while (n > 0);

  herald_xlsx_free_push_parser (parse.parser);
  g_clear_error (&parse.error);
  self->input.archive = NULL;
  return ok;
}

/* A zip ends with its directory: a file cut short has lost it, even when
 * every part before the cut still reads. */
static gboolean
has_zip_directory (GBytes *data)
{
  gsize size;
  const guint8 *bytes = g_bytes_get_data (data, &size);
  gsize lowest;

  /* The end record is 22 bytes plus a comment of up to 65535. */
  if (size < 22)
    return FALSE;
  lowest = size > 22 + 65535 ? size - 22 - 65535 : 0;

  for (gsize i = size - 22 + 1; i-- > lowest;)
    if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6 &&
        i + 22 + (bytes[i + 20] | (bytes[i + 21] << 8)) == size)
      return TRUE;

  return FALSE;
}

/* Reads the workbook's small parts; checks that it is one. */
gboolean
herald_xlsx_reader_read_workbook (HeraldXlsxReader  *self,
                                  GError           **error)
{
  g_autoptr (GBytes) workbook = NULL;
  g_autoptr (GBytes) rels = NULL;
  g_autoptr (GBytes) styles = NULL;
  g_autoptr (GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) targets = NULL;
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) local_error = NULL;
  struct archive_entry *entry;
  struct archive *archive;
  gboolean ok = TRUE;
  int rc;

  if (!herald_xlsx_is_zip (self->data))
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("“%s” is not a spreadsheet (.xlsx) file"), self->name);
      return FALSE;
    }

  if (!has_zip_directory (self->data))
    return herald_xlsx_reader_set_damaged (self, error, _("it is cut short (the zip directory at its end is missing)"));

  archive = herald_xlsx_reader_open_archive (self, error);
  if (archive == NULL)
    return FALSE;

  while (ok && (rc = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *path = archive_entry_pathname (entry);

      if (path == NULL)
        continue;

      /* A part twice: which one would a spreadsheet program read? */
      if (!g_hash_table_add (parts, g_strdup (path)))
        {
          g_autofree char *detail = g_strdup_printf (_("the part “%s” is in it twice"), path);

          herald_xlsx_reader_set_damaged (self, &local_error, detail);
          ok = FALSE;
          break;
        }

      if (g_str_equal (path, "xl/workbook.xml"))
        ok = (workbook = read_entry (self, archive, entry, &local_error)) != NULL;
      else if (g_str_equal (path, "xl/_rels/workbook.xml.rels"))
        ok = (rels = read_entry (self, archive, entry, &local_error)) != NULL;
      else if (g_str_equal (path, "xl/styles.xml"))
        ok = (styles = read_entry (self, archive, entry, &local_error)) != NULL;
      else if (g_str_equal (path, "xl/sharedStrings.xml"))
        ok = parse_shared_strings (self, archive, &local_error);
    }

  if (ok && rc != ARCHIVE_EOF)
    {
      /* The first header already unreadable: not a zip at all. */
      if (g_hash_table_size (parts) == 0)
        g_set_error (&local_error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NOT_SPREADSHEET,
                     _("“%s” is not a spreadsheet (.xlsx) file: %s"), self->name,
                     archive_error_string (archive) != NULL ? archive_error_string (archive) : "");
      else
        herald_xlsx_reader_set_archive_error (self, archive, &local_error);
      ok = FALSE;
    }
  archive_read_free (archive);

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (workbook == NULL)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NOT_SPREADSHEET,
                   _("“%s” is a zip file but not a spreadsheet (.xlsx): it has no workbook"), self->name);
      return FALSE;
    }

  if (!parse_workbook (self, workbook, ids, error) ||
      (styles != NULL && !parse_styles (self, styles, error)))
    return FALSE;

  if (rels != NULL)
    {
      targets = parse_relationships (self, rels, error);
      if (targets == NULL)
        return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      const char *target = targets != NULL ? g_hash_table_lookup (targets, ids->pdata[i]) : NULL;
      char *path = target != NULL ? g_strdup (target)
                                  : g_strdup_printf ("xl/worksheets/sheet%u.xml", i + 1);

      if (!g_hash_table_contains (parts, path))
        {
          g_autofree char *detail = g_strdup_printf (_("the sheet “%s” is missing"),
                                                     (const char *) self->sheet_names->pdata[i]);

          g_free (path);
          return herald_xlsx_reader_set_damaged (self, error, detail);
        }
      g_ptr_array_add (self->sheet_paths, path);
    }

  return TRUE;
}
