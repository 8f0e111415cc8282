/* herald-feed-parser.c — hot lists from RSS 2.0, Atom 1.0 and JSON
 *
 * Parsers are pure: bytes in, items out, nothing read from anywhere else.
 * XML goes through libxml2 with the network off and entities left as they
 * are (no XML_PARSE_NOENT, no DTD loading), so that a feed can neither
 * reach out nor expand itself; the encoding a feed declares (GBK, GB2312,
 * Big5…) is libxml2's to honour.  JSON goes through json-glib and a small
 * mapping (see herald_feed_check_mapping()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-feed-parser"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "herald-feed-parser.h"

G_DEFINE_QUARK (herald-feed-error-quark, herald_feed_error)

#define ATOM_NS "http://www.w3.org/2005/Atom"

/* Heat given as a word instead of a number: a level, not a count. */
static const struct { const char *word; double level; } heat_words[] = {
  { "爆", 4 },
  { "沸", 3 },
  { "热", 2 },
  { "新", 1 },
};

/* Heat */

static gboolean
is_number_char (char c)
{
  return g_ascii_isdigit (c) || c == '.' || c == ',';
}

/* Reads "3,326.5" at @p, then spaces and a unit; FALSE without digits. */
static gboolean
read_number (const char  *p,
             double      *value)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  gboolean dot = FALSE;
  double number;

  for (; is_number_char (*p); p++)
    {
      if (*p == ',')
        continue;
      if (*p == '.')
        {
          if (dot)
            break;
          dot = TRUE;
        }
      g_string_append_c (digits, *p);
    }

  if (digits->len == 0 || !g_ascii_isdigit (digits->str[0]))
    return FALSE;

  number = g_ascii_strtod (digits->str, NULL);
  while (*p == ' ')
    p++;

  if (g_str_has_prefix (p, "亿"))
    number *= 1e8;
  else if (g_str_has_prefix (p, "万") || *p == 'w' || *p == 'W')
    number *= 1e4;
  else if (g_str_has_prefix (p, "千") || *p == 'k' || *p == 'K')
    number *= 1e3;
  else if (*p == 'm' || *p == 'M')
    number *= 1e6;

  *value = number;
  return TRUE;
}

/**
 * herald_feed_parse_heat:
 * @text: heat as a source writes it
 * @heat: (out): the heat
 *
 * Reads heat written as a number ("4832156", "1,234"), with a Chinese or
 * Latin unit ("3326 万热度", "1.2亿", "12.5w", "3k"), full-width digits
 * included, or as a word when there is no number: 爆 4, 沸 3, 热 2, 新 1
 * (levels, not counts).
 *
 * Returns: %TRUE if @text held a heat
 */
gboolean
herald_feed_parse_heat (const char *text,
                        double     *heat)
{
  g_autofree char *valid = NULL;
  g_autofree char *compat = NULL;

  g_return_val_if_fail (heat != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  valid = g_utf8_make_valid (text, -1);
  compat = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);
  if (compat == NULL)
    return FALSE;

  for (const char *p = compat; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return read_number (p, heat);

  for (guint i = 0; i < G_N_ELEMENTS (heat_words); i++)
    if (strstr (compat, heat_words[i].word) != NULL)
      {
        *heat = heat_words[i].level;
        return TRUE;
      }

  return FALSE;
}

/* In running text, heat is only trusted next to the word 热度:
 * "3326 万热度" or "热度：3326万".  Other numbers (views, scores, dates)
 * are not heat. */
static double
find_heat_in_text (const char *text)
{
  const char *mark = strstr (text, "热度");
  const char *start;
  double heat = 0;

  if (mark == NULL)
    return 0;

  /* After: "热度：3326万", "热度 3326万" */
  start = mark + strlen ("热度");
  while (*start == ' ' || *start == ':')
    start++;
  if (g_str_has_prefix (start, "："))
    start += strlen ("：");
  while (*start == ' ')
    start++;
  if (g_ascii_isdigit (*start) && read_number (start, &heat))
    return heat;

  /* Before: "3326 万热度", "1.2亿热度" */
  start = mark;
  if (start - text >= (gssize) strlen ("万") &&
      (g_str_has_prefix (start - strlen ("万"), "万") || g_str_has_prefix (start - strlen ("亿"), "亿")))
    start -= strlen ("万");
  else if (start > text && strchr ("wWkKmM", start[-1]) != NULL)
    start--;
  while (start > text && start[-1] == ' ')
    start--;
  if (start == text || !g_ascii_isdigit (start[-1]))
    return 0;
  while (start > text && is_number_char (start[-1]))
    start--;

  return read_number (start, &heat) ? heat : 0;
}

/* Tags taken out, for finding heat in a description written in HTML. */
static char *
strip_markup (const char *html)
{
  GString *text = g_string_sized_new (strlen (html));
  gboolean in_tag = FALSE;

  for (const char *p = html; *p != '\0'; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>' && in_tag)
        {
          in_tag = FALSE;
          g_string_append_c (text, ' ');
        }
      else if (!in_tag)
        g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

/* Only the text around the first "热度" matters: a window of it is
 * taken out of the markup, not the whole description. */
static double
find_heat_near_mark (const char *summary)
{
  const char *mark = strstr (summary, "热度");
  const char *start, *end;
  g_autofree char *window = NULL;
  g_autofree char *plain = NULL;

  if (mark == NULL)
    return 0;

  start = mark - MIN (mark - summary, 96);
  while (start < mark && ((guchar) *start & 0xc0) == 0x80)
    start++;
  end = mark + strlen ("热度");
  for (guint i = 0; i < 48 && *end != '\0'; i++)
    end++;
  while (*end != '\0' && ((guchar) *end & 0xc0) == 0x80)
    end++;

  window = g_strndup (start, end - start);
  plain = strip_markup (window);
  return find_heat_in_text (plain);
}

/* XML */

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

static char *
valid_text (const char *content)
{
  if (g_utf8_validate (content, -1, NULL))
    return g_strstrip (g_strdup (content));

  return g_strstrip (g_utf8_make_valid (content, -1));
}

static char *
node_text (xmlNode *node)
{
  xmlNode *child = node->children;
  xmlChar *content;
  char *text;

  /* Mostly one text or CDATA child: read in place. */
  if (child != NULL && child->next == NULL &&
      (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content != NULL)
    return valid_text ((const char *) child->content);

  content = xmlNodeGetContent (node);
  if (content == NULL)
    return NULL;

  text = valid_text ((const char *) content);
  xmlFree (content);
  return text;
}

/* Takes the texts, already stripped. */
static void
add_item (GPtrArray  *items,
          char       *title,
          char       *link,
          char       *summary,
          double      heat)
{
  HeraldFeedItem *item;

  if (title == NULL || *title == '\0')
    {
      g_free (title);
      g_free (link);
      g_free (summary);
      return;
    }

  if (heat == 0 && summary != NULL)
    heat = find_heat_near_mark (summary);

  item = g_new0 (HeraldFeedItem, 1);
  item->title = title;
  item->key = herald_feed_normalise_title (title);
  item->link = link != NULL ? link : g_strdup ("");
  item->summary = summary != NULL ? summary : g_strdup ("");
  item->heat = heat;
  item->rank = items->len + 1;
  g_ptr_array_add (items, item);
}

static double
element_heat (xmlNode *node)
{
  g_autofree char *text = node_text (node);
  double heat = 0;

  return text != NULL && herald_feed_parse_heat (text, &heat) ? heat : 0;
}

static void
read_rss_item (xmlNode   *item,
               GPtrArray *items)
{
  g_autofree char *title = NULL;
  g_autofree char *link = NULL;
  g_autofree char *summary = NULL;
  xmlNode *guid = NULL;
  double heat = 0;

  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (child, "title") && title == NULL)
        title = node_text (child);
      else if (is_element (child, "link") && link == NULL)
        link = node_text (child);
      else if (is_element (child, "guid") && guid == NULL)
        guid = child;
      else if (is_element (child, "description") && summary == NULL)
        summary = node_text (child);
      else if (is_element (child, "heat") || is_element (child, "hot"))
        heat = element_heat (child);
    }

  /* A guid that is a permalink stands in for a missing link. */
  if ((link == NULL || *link == '\0') && guid != NULL)
    {
      g_autofree char *permalink = node_text (guid);

      if (permalink != NULL && g_str_has_prefix (permalink, "http"))
        g_set_str (&link, permalink);
    }

  add_item (items, g_steal_pointer (&title), g_steal_pointer (&link), g_steal_pointer (&summary), heat);
}

static void
read_atom_entry (xmlNode   *entry,
                 GPtrArray *items)
{
  g_autofree char *title = NULL;
  g_autofree char *link = NULL;
  g_autofree char *summary = NULL;

  for (xmlNode *child = entry->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (child, "title") && title == NULL)
        title = node_text (child);
      else if (is_element (child, "link"))
        {
          xmlChar *rel = xmlGetProp (child, (const xmlChar *) "rel");
          gboolean alternate = rel == NULL || g_str_equal ((const char *) rel, "alternate");

          if (alternate && link == NULL)
            {
              xmlChar *href = xmlGetProp (child, (const xmlChar *) "href");

              if (href != NULL)
                link = g_utf8_make_valid ((const char *) href, -1);
              xmlFree (href);
            }
          xmlFree (rel);
        }
      else if ((is_element (child, "summary") || is_element (child, "content")) && summary == NULL)
        summary = node_text (child);
    }

  add_item (items, g_steal_pointer (&title), g_steal_pointer (&link), g_steal_pointer (&summary), 0);
}

static void
read_children (xmlNode    *parent,
               const char *name,
               void      (*read) (xmlNode *, GPtrArray *),
               GPtrArray  *items)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (is_element (child, name))
      read (child, items);
}

/* Whether the document says its own encoding, by a byte order mark or an
 * XML declaration: then that wins over what the server said. */
static gboolean
declares_encoding (const char *data,
                   gsize       length)
{
  const char *end;

  if (length >= 2 && ((guchar) data[0] == 0xfe || (guchar) data[0] == 0xff || (guchar) data[0] == 0xef))
    return TRUE;

  if (length < 5 || memcmp (data, "<?xml", 5) != 0)
    return FALSE;

  end = memchr (data, '>', MIN (length, 256));
  return end != NULL && g_strstr_len (data, end - data, "encoding") != NULL;
}

static gboolean
is_charset_name (const char *charset)
{
  gsize len = charset != NULL ? strlen (charset) : 0;

  if (len == 0 || len > 40)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (charset[i]) && strchr ("-_.:", charset[i]) == NULL)
      return FALSE;

  return TRUE;
}

/**
 * herald_feed_parse_xml:
 * @data: (array length=length): the feed as it came, in any declared encoding
 * @length: its length in bytes
 * @error: return location for a #GError
 *
 * Reads the items of an RSS 2.0 (or RSS 1.0) or Atom 1.0 feed, ranked in
 * the order they come.  Items without a title are left out.
 *
 * Returns: (transfer full) (element-type HeraldFeedItem): the items, or
 *   %NULL with %HERALD_FEED_ERROR_MALFORMED or %HERALD_FEED_ERROR_NOT_A_FEED
 */
GPtrArray *
herald_feed_parse_xml (const char  *data,
                       gsize        length,
                       GError     **error)
{
  return herald_feed_parse_xml_with_charset (data, length, NULL, error);
}

/**
 * herald_feed_parse_xml_with_charset:
 * @data: (array length=length): the feed as it came
 * @length: its length in bytes
 * @charset: (nullable): the charset the server named (Content-Type), used
 *   when the document declares none
 * @error: return location for a #GError
 *
 * Like herald_feed_parse_xml(), for a feed served as, say, "text/xml;
 * charset=GBK" without an encoding in its XML declaration.
 *
 * Returns: (transfer full) (element-type HeraldFeedItem): the items, or
 *   %NULL with @error set
 */
GPtrArray *
herald_feed_parse_xml_with_charset (const char  *data,
                                    gsize        length,
                                    const char  *charset,
                                    GError     **error)
{
  g_autoptr (GPtrArray) items = NULL;
  const char *encoding = NULL;
  xmlParserCtxt *ctxt;
  xmlDoc *doc;
  xmlNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > G_MAXINT)
    {
      g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_TOO_LARGE, _("The feed is too large to read"));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Out of memory");

  if (is_charset_name (charset) && !declares_encoding (data, length))
    encoding = charset;

  doc = xmlCtxtReadMemory (ctxt, data != NULL ? data : "", (int) length, NULL, encoding,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT | XML_PARSE_NOBLANKS);
  if (doc == NULL)
    {
      const xmlError *xml_error = xmlCtxtGetLastError (ctxt);
      g_autofree char *reason = NULL;

      if (xml_error != NULL && xml_error->message != NULL)
        reason = g_strstrip (g_strdelimit (g_utf8_make_valid (xml_error->message, -1), "\r\n", ' '));

      if (xml_error != NULL && xml_error->line > 0)
        g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MALFORMED,
                     _("The feed is not well-formed XML (line %d: %s)"),
                     xml_error->line, reason != NULL ? reason : "?");
      else
        g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MALFORMED,
                     _("The feed is not well-formed XML (%s)"), reason != NULL ? reason : "?");

      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_feed_item_free);
  root = xmlDocGetRootElement (doc);

  if (root != NULL && is_element (root, "rss"))
    {
      for (xmlNode *child = root->children; child != NULL; child = child->next)
        if (is_element (child, "channel"))
          read_children (child, "item", read_rss_item, items);
    }
  else if (root != NULL && is_element (root, "feed") && root->ns != NULL &&
           g_str_equal ((const char *) root->ns->href, ATOM_NS))
    read_children (root, "entry", read_atom_entry, items);
  else if (root != NULL && is_element (root, "RDF"))
    read_children (root, "item", read_rss_item, items);
  else
    {
      g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_NOT_A_FEED,
                   _("The document is XML but not an RSS or Atom feed (its root is <%s>)"),
                   root != NULL ? (const char *) root->name : "");
      xmlFreeDoc (doc);
      return NULL;
    }

  xmlFreeDoc (doc);
  return g_steal_pointer (&items);
}

/* JSON */

typedef struct {
  char       *items;           /* dotted path to the array of items */
  char       *title;
  char       *heat;
  char       *label;           /* heat as a word, when there is no number */
  char       *link;
  char       *link_template;   /* "…{title}…", the title escaped into it */
  JsonObject *skip;            /* items with any of these member values are ads */
} Mapping;

static void
mapping_clear (Mapping *mapping)
{
  g_clear_pointer (&mapping->items, g_free);
  g_clear_pointer (&mapping->title, g_free);
  g_clear_pointer (&mapping->heat, g_free);
  g_clear_pointer (&mapping->label, g_free);
  g_clear_pointer (&mapping->link, g_free);
  g_clear_pointer (&mapping->link_template, g_free);
  g_clear_pointer (&mapping->skip, json_object_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Mapping, mapping_clear)

static const char * const mapping_members[] = {
  "items", "title", "heat", "label", "link", "link_template", "skip",
};

static gboolean
read_mapping_string (JsonObject  *object,
                     const char  *member,
                     gboolean     required,
                     char       **value,
                     GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && !required)
    return TRUE;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING || *json_node_get_string (node) == '\0')
    {
      g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MAPPING,
                   _("The feed mapping needs “%s” as a name in quotes"), member);
      return FALSE;
    }

  *value = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_mapping (const char  *text,
              Mapping     *mapping,
              GError     **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) json_error = NULL;
  g_autoptr (GList) members = NULL;
  JsonObject *object;
  JsonNode *skip;

  /* Empty text parses, to no root at all. */
  if (text == NULL || !json_parser_load_from_data (parser, text, -1, &json_error) ||
      json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MAPPING,
                   _("The feed mapping is not a JSON object"));
      return FALSE;
    }

  object = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (mapping_members) && !known; i++)
        known = g_str_equal (l->data, mapping_members[i]);

      if (!known)
        {
          g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MAPPING,
                       _("The feed mapping has an unknown member “%s”"), (const char *) l->data);
          return FALSE;
        }
    }

  if (!read_mapping_string (object, "items", TRUE, &mapping->items, error) ||
      !read_mapping_string (object, "title", TRUE, &mapping->title, error) ||
      !read_mapping_string (object, "heat", FALSE, &mapping->heat, error) ||
      !read_mapping_string (object, "label", FALSE, &mapping->label, error) ||
      !read_mapping_string (object, "link", FALSE, &mapping->link, error) ||
      !read_mapping_string (object, "link_template", FALSE, &mapping->link_template, error))
    return FALSE;

  skip = json_object_get_member (object, "skip");
  if (skip != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (skip))
        {
          g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MAPPING,
                       _("The feed mapping needs “skip” as an object of members and values"));
          return FALSE;
        }
      mapping->skip = json_object_ref (json_node_get_object (skip));
    }

  return TRUE;
}

/**
 * herald_feed_check_mapping:
 * @mapping: a JSON mapping
 * @error: return location for a #GError
 *
 * Checks a mapping for JSON sources.  It is a JSON object:
 * `items` (required) is the dotted path to the array of items, for
 * example "data.realtime"; `title` (required) names the member holding
 * the title; `heat` the member holding the heat (a number or text such as
 * "1.2亿"); `label` a member with the heat as a word (热, 沸) for items
 * without a number; `link` a member holding the link, or `link_template`
 * a link with "{title}" in it; `skip` an object of members and values
 * that mark items to leave out, such as {"ad_channel": 1}.
 *
 * Returns: %TRUE if the mapping can be used
 */
gboolean
herald_feed_check_mapping (const char  *mapping,
                           GError     **error)
{
  g_auto (Mapping) parsed = { 0, };

  return read_mapping (mapping, &parsed, error);
}

static JsonNode *
follow_path (JsonNode   *node,
             const char *path)
{
  g_auto (GStrv) steps = g_strsplit (path, ".", -1);

  for (guint i = 0; steps[i] != NULL && node != NULL; i++)
    {
      guint64 index;

      if (JSON_NODE_HOLDS_OBJECT (node))
        node = json_object_get_member (json_node_get_object (node), steps[i]);
      else if (JSON_NODE_HOLDS_ARRAY (node) &&
               g_ascii_string_to_unsigned (steps[i], 10, 0, G_MAXUINT, &index, NULL) &&
               index < json_array_get_length (json_node_get_array (node)))
        node = json_array_get_element (json_node_get_array (node), index);
      else
        node = NULL;
    }

  return node;
}

/* A member as text: strings as they are, numbers written out. */
static char *
member_text (JsonObject *object,
             const char *member)
{
  JsonNode *node;

  if (member == NULL || (node = json_object_get_member (object, member)) == NULL ||
      !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_utf8_make_valid (json_node_get_string (node), -1);
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
      }
    default:
      return NULL;
    }
}

static gboolean
is_skipped (JsonObject *item,
            JsonObject *skip)
{
  g_autoptr (GList) members = NULL;

  if (skip == NULL)
    return FALSE;

  members = json_object_get_members (skip);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (item, l->data);

      if (value != NULL && json_node_equal (value, json_object_get_member (skip, l->data)))
        return TRUE;
    }

  return FALSE;
}

static double
item_heat (JsonObject    *item,
           const Mapping *mapping)
{
  g_autofree char *heat_text = member_text (item, mapping->heat);
  g_autofree char *label_text = NULL;
  double heat = 0;

  if (heat_text != NULL && herald_feed_parse_heat (heat_text, &heat))
    return heat;

  label_text = member_text (item, mapping->label);
  if (label_text != NULL && herald_feed_parse_heat (label_text, &heat))
    return heat;

  return 0;
}

static char *
item_link (JsonObject    *item,
           const Mapping *mapping,
           const char    *title)
{
  g_autofree char *escaped = NULL;
  g_auto (GStrv) parts = NULL;

  if (mapping->link != NULL)
    return member_text (item, mapping->link);

  if (mapping->link_template == NULL)
    return NULL;

  escaped = g_uri_escape_string (title, NULL, FALSE);
  parts = g_strsplit (mapping->link_template, "{title}", -1);
  return g_strjoinv (escaped, parts);
}

/**
 * herald_feed_parse_json:
 * @data: (array length=length): the answer of a JSON source, in UTF-8
 * @length: its length in bytes
 * @mapping: where the items and their fields are (see
 *   herald_feed_check_mapping())
 * @error: return location for a #GError
 *
 * Reads the items of a JSON hot list, ranked in the order they come
 * (skipped items take no place).
 *
 * Returns: (transfer full) (element-type HeraldFeedItem): the items, or
 *   %NULL with %HERALD_FEED_ERROR_MAPPING, %HERALD_FEED_ERROR_MALFORMED
 *   or %HERALD_FEED_ERROR_NOT_A_FEED
 */
GPtrArray *
herald_feed_parse_json (const char  *data,
                        gsize        length,
                        const char  *mapping,
                        GError     **error)
{
  g_auto (Mapping) parsed = { 0, };
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) json_error = NULL;
  g_autoptr (GPtrArray) items = NULL;
  JsonNode *list;
  JsonArray *array;
  guint n;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!read_mapping (mapping, &parsed, error))
    return NULL;

  if (length > G_MAXSSIZE)
    {
      g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_TOO_LARGE, _("The feed is too large to read"));
      return NULL;
    }

  /* Mutable: json-glib 1.10 can trip over its own immutability check on
   * some documents. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data != NULL ? data : "", (gssize) length, &json_error))
    {
      g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_MALFORMED,
                   _("The answer is not valid JSON (%s)"), json_error->message);
      return NULL;
    }

  list = json_parser_get_root (parser) != NULL ? follow_path (json_parser_get_root (parser), parsed.items) : NULL;
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, HERALD_FEED_ERROR, HERALD_FEED_ERROR_NOT_A_FEED,
                   _("The answer has no list of items at “%s”"), parsed.items);
      return NULL;
    }

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_feed_item_free);
  array = json_node_get_array (list);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *item;
      g_autofree char *title = NULL;
      g_autofree char *link = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;

      item = json_node_get_object (element);
      if (is_skipped (item, parsed.skip))
        continue;

      title = member_text (item, parsed.title);
      if (title == NULL || *g_strstrip (title) == '\0')
        continue;

      link = item_link (item, &parsed, title);
      g_ptr_array_add (items, herald_feed_item_new (title, link, NULL, item_heat (item, &parsed),
                                                    items->len + 1));
    }

  return g_steal_pointer (&items);
}

/**
 * herald_feed_parse:
 * @kind: how to read @body
 * @mapping: (nullable): the mapping, for %HERALD_FEED_KIND_JSON
 * @charset: (nullable): the charset the server named, for XML without
 *   a declared encoding
 * @body: the answer
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type HeraldFeedItem): the items, or
 *   %NULL with @error set
 */
GPtrArray *
herald_feed_parse (HeraldFeedKind   kind,
                   const char      *mapping,
                   const char      *charset,
                   GBytes          *body,
                   GError         **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (body != NULL, NULL);

  data = g_bytes_get_data (body, &length);
  if (kind == HERALD_FEED_KIND_JSON)
    return herald_feed_parse_json (data, length, mapping, error);

  return herald_feed_parse_xml_with_charset (data, length, charset, error);
}
