/* import-test-util.c — exports built by the tests themselves
 *
 * .xlsx files are written with libarchive's zip writer and hand-written
 * SpreadsheetML, as small as a spreadsheet program accepts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <sqlite3.h>
#include <string.h>

#include "import-test-util.h"

static la_ssize_t
write_cb (struct archive *archive,
          void           *user_data,
          const void     *buffer,
          size_t          length)
{
  g_byte_array_append (user_data, buffer, length);
  return length;
}

GBytes *
import_test_zip (const char * const *names,
                 const char * const *contents,
                 guint               n_parts)
{
  GByteArray *bytes = g_byte_array_new ();
  struct archive *archive = archive_write_new ();

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  archive_write_set_bytes_per_block (archive, 0);
  g_assert_cmpint (archive_write_open2 (archive, bytes, NULL, write_cb, NULL, NULL), ==, ARCHIVE_OK);

  for (guint i = 0; i < n_parts; i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      gsize length = strlen (contents[i]);

      archive_entry_set_pathname (entry, names[i]);
      archive_entry_set_size (entry, length);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_mtime (entry, 1700000000, 0);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, contents[i], length), ==, (la_ssize_t) length);
      archive_entry_free (entry);
    }

  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  return g_byte_array_free_to_bytes (bytes);
}

static gboolean
looks_numeric (const char *text)
{
  char *end = NULL;

  if (*text == '\0' || g_ascii_isspace (*text))
    return FALSE;
  g_ascii_strtod (text, &end);
  return *end == '\0' && strspn (text, "0123456789.-E+e") == strlen (text);
}

static char *
column_letters (guint column)
{
  char name[8];
  guint i = 7;
  guint n = column + 1;

  name[i] = '\0';
  while (n > 0)
    {
      n--;
      name[--i] = 'A' + n % 26;
      n /= 26;
    }
  return g_strdup (name + i);
}

static char *
sheet_xml (const char *table,
           gboolean    shared,
           GPtrArray  *strings,
           GHashTable *string_index)
{
  g_auto (GStrv) lines = g_strsplit (table, "\n", -1);
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                               "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                               "<sheetData>");
  guint n_lines = g_strv_length (lines);

  /* A table ending in "\n" has no row after it. */
  if (n_lines > 0 && *lines[n_lines - 1] == '\0')
    n_lines--;

  for (guint r = 0; r < n_lines; r++)
    {
      g_auto (GStrv) cells = NULL;

      if (*lines[r] == '\0')
        continue;

      cells = g_strsplit (lines[r], "|", -1);
      g_string_append_printf (xml, "<row r=\"%u\">", r + 1);
      for (guint c = 0; cells[c] != NULL; c++)
        {
          g_autofree char *ref = NULL;
          g_autofree char *column = NULL;
          g_autofree char *escaped = NULL;
          const char *cell = cells[c];

          if (*cell == '\0')
            continue;

          column = column_letters (c);
          ref = g_strdup_printf ("%s%u", column, r + 1);
          if (g_str_has_prefix (cell, "#d"))
            g_string_append_printf (xml, "<c r=\"%s\" s=\"1\"><v>%s</v></c>", ref, cell + 2);
          else if (g_str_has_prefix (cell, "#t"))
            g_string_append_printf (xml, "<c r=\"%s\" s=\"2\"><v>%s</v></c>", ref, cell + 2);
          else if (g_str_has_prefix (cell, "#b"))
            g_string_append_printf (xml, "<c r=\"%s\" t=\"b\"><v>%s</v></c>", ref, cell + 2);
          else if (g_str_has_prefix (cell, "#e"))
            g_string_append_printf (xml, "<c r=\"%s\" t=\"e\"><v>%s</v></c>", ref, cell + 2);
          else if (g_str_has_prefix (cell, "#i") || (!shared && !looks_numeric (cell)))
            {
              escaped = g_markup_escape_text (g_str_has_prefix (cell, "#i") ? cell + 2 : cell, -1);
              g_string_append_printf (xml, "<c r=\"%s\" t=\"inlineStr\"><is><t>%s</t></is></c>", ref, escaped);
            }
          else if (looks_numeric (cell))
            g_string_append_printf (xml, "<c r=\"%s\"><v>%s</v></c>", ref, cell);
          else
            {
              gpointer index;

              if (!g_hash_table_lookup_extended (string_index, cell, NULL, &index))
                {
                  index = GUINT_TO_POINTER (strings->len);
                  g_ptr_array_add (strings, g_strdup (cell));
                  g_hash_table_insert (string_index, g_strdup (cell), index);
                }
              g_string_append_printf (xml, "<c r=\"%s\" t=\"s\" s=\"0\"><v>%u</v></c>", ref,
                                      GPOINTER_TO_UINT (index));
            }
        }
      g_string_append (xml, "</row>");
    }

  g_string_append (xml, "</sheetData></worksheet>");
  return g_string_free (xml, FALSE);
}

GBytes *
import_test_xlsx (const ImportTestSheet *sheets,
                  guint                  n_sheets,
                  gboolean               shared_strings,
                  gboolean               date1904)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) contents = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) string_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *workbook, *rels, *types, *sst;

  workbook = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                           " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
  g_string_append_printf (workbook, "<workbookPr date1904=\"%s\"/><sheets>", date1904 ? "1" : "0");
  rels = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
  types = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");

  g_ptr_array_add (names, g_strdup ("[Content_Types].xml"));
  g_ptr_array_add (contents, NULL);   /* filled at the end */
  g_ptr_array_add (names, g_strdup ("_rels/.rels"));
  g_ptr_array_add (contents, g_strdup ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                       "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                       "</Relationships>"));

  /* Sheets are stored in reverse: the relationships, not the order of
   * the parts, say which is which. */
  for (guint i = 0; i < n_sheets; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (sheets[i].name, -1);

      g_string_append_printf (workbook, "<sheet name=\"%s\" sheetId=\"%u\" r:id=\"rId%u\"/>", escaped, i + 1, i + 10);
      g_string_append_printf (rels, "<Relationship Id=\"rId%u\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/data%u.xml\"/>",
                              i + 10, n_sheets - i);
      g_string_append_printf (types, "<Override PartName=\"/xl/worksheets/data%u.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>",
                              n_sheets - i);
    }
  for (guint i = n_sheets; i > 0; i--)
    {
      guint index = n_sheets - i;   /* part data<i> holds sheet n_sheets - i */

      g_ptr_array_add (names, g_strdup_printf ("xl/worksheets/data%u.xml", i));
      g_ptr_array_add (contents, sheet_xml (sheets[index].table, shared_strings, strings, string_index));
    }
  g_string_append (workbook, "</sheets></workbook>");
  g_string_append (rels, "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
  g_string_append (rels, "</Relationships>");

  g_ptr_array_add (names, g_strdup ("xl/workbook.xml"));
  g_ptr_array_add (contents, g_string_free (workbook, FALSE));
  g_ptr_array_add (names, g_strdup ("xl/_rels/workbook.xml.rels"));
  g_ptr_array_add (contents, g_string_free (rels, FALSE));
  g_ptr_array_add (names, g_strdup ("xl/styles.xml"));
  g_ptr_array_add (contents, g_strdup ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                       "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                       "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\\ h:mm\"/>"
                                       "<numFmt numFmtId=\"165\" formatCode=\"0.00%\"/></numFmts>"
                                       "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                                       "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                                       "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>"
                                       "</styleSheet>"));

  sst = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (sst, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%u\" uniqueCount=\"%u\">",
                          strings->len, strings->len);
  for (guint i = 0; i < strings->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (strings->pdata[i], -1);

      /* Every other string as rich-text runs with a phonetic hint. */
      if (i % 2 == 1 && g_utf8_strlen (strings->pdata[i], -1) >= 2)
        {
          const char *second = g_utf8_next_char ((const char *) strings->pdata[i]);
          g_autofree char *first = g_strndup (strings->pdata[i], second - (const char *) strings->pdata[i]);
          g_autofree char *first_escaped = g_markup_escape_text (first, -1);
          g_autofree char *rest_escaped = g_markup_escape_text (second, -1);

          g_string_append_printf (sst, "<si><r><rPr><b/></rPr><t>%s</t></r><r><t xml:space=\"preserve\">%s</t></r>"
                                       "<rPh sb=\"0\" eb=\"1\"><t>ピン</t></rPh></si>",
                                  first_escaped, rest_escaped);
        }
      else
        g_string_append_printf (sst, "<si><t>%s</t></si>", escaped);
    }
  g_string_append (sst, "</sst>");
  if (shared_strings)
    {
      g_ptr_array_add (names, g_strdup ("xl/sharedStrings.xml"));
      g_ptr_array_add (contents, g_string_free (sst, FALSE));
      g_string_append (types, "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    }
  else
    g_string_free (sst, TRUE);

  g_string_append (types, "</Types>");
  contents->pdata[0] = g_string_free (types, FALSE);

  return import_test_zip ((const char * const *) names->pdata, (const char * const *) contents->pdata,
                          names->len);
}

GBytes *
import_test_csv (const char *table,
                 const char *delimiter,
                 const char *encoding,
                 gboolean    bom)
{
  g_auto (GStrv) lines = g_strsplit (table, "\n", -1);
  GString *text = g_string_new (bom ? "\xef\xbb\xbf" : "");
  g_autoptr (GError) error = NULL;
  guint n_lines = g_strv_length (lines);

  if (n_lines > 0 && *lines[n_lines - 1] == '\0')
    n_lines--;

  for (guint r = 0; r < n_lines; r++)
    {
      g_auto (GStrv) cells = g_strsplit (lines[r], "|", -1);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          const char *cell = cells[c];

          if (c > 0)
            g_string_append (text, delimiter);
          if (strpbrk (cell, ",;\t\"\n") != NULL || g_str_has_prefix (cell, " "))
            {
              g_autofree char *doubled = NULL;
              g_auto (GStrv) parts = g_strsplit (cell, "\"", -1);

              doubled = g_strjoinv ("\"\"", parts);
              g_string_append_printf (text, "\"%s\"", doubled);
            }
          else
            g_string_append (text, cell);
        }
      g_string_append (text, "\r\n");
    }

  if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0)
    {
      gsize written;
      char *converted = g_convert (text->str, text->len, encoding, "UTF-8", NULL, &written, &error);

      g_assert_no_error (error);
      g_string_free (text, TRUE);
      return g_bytes_new_take (converted, written);
    }

  return g_string_free_to_bytes (text);
}

/* Every row of the tables an import writes to, as text, in a stable order. */
char *
import_test_dump (const char *database)
{
  static const char * const queries[] = {
    "SELECT * FROM posts ORDER BY id",
    "SELECT * FROM metric_samples ORDER BY id",
    "SELECT * FROM account_samples ORDER BY id",
    "SELECT * FROM imports ORDER BY id",
    "SELECT * FROM accounts ORDER BY id",
  };
  GString *dump = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (database, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (dump, "%s\n", queries[q]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (dump, "%s|", (const char *) sqlite3_column_text (stmt, c) ?: "NULL");
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  return g_string_free (dump, FALSE);
}
