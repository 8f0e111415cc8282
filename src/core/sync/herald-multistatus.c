/* herald-multistatus.c — WebDAV multistatus responses (RFC 4918 §13)
 *
 * A pure function from the bytes a server sent to the list of responses it
 * describes.  The parser loads no DTD and expands no entity, so a body can
 * neither reach the network nor grow without bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-dav"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "herald-multistatus.h"

#define DAV_NS     "DAV:"
#define CALDAV_NS  "urn:ietf:params:xml:ns:caldav"
#define CS_NS      "http://calendarserver.org/ns/"

/* Far above any calendar Herald writes, far below what hurts. */
#define MAX_BODY (256 * 1024 * 1024)

static gboolean
is (xmlNode    *node,
    const char *ns,
    const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL && node->ns->href != NULL &&
         g_str_equal ((const char *) node->ns->href, ns) &&
         g_str_equal ((const char *) node->name, name);
}

static char *
text_of (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text;

  if (content == NULL)
    return g_strdup ("");

  text = g_utf8_make_valid ((const char *) content, -1);
  xmlFree (content);
  return text;
}

static char *
trimmed_text_of (xmlNode *node)
{
  return g_strstrip (text_of (node));
}

static char *
href_in (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is (child, DAV_NS, "href"))
      return trimmed_text_of (child);

  return NULL;
}

void
herald_dav_response_free (HeraldDavResponse *response)
{
  if (response == NULL)
    return;

  g_free (response->href);
  g_free (response->etag);
  g_free (response->calendar_data);
  g_free (response->ctag);
  g_free (response->principal);
  g_free (response->calendar_home);
  g_free (response->display_name);
  g_free (response);
}

void
herald_multistatus_free (HeraldMultistatus *multistatus)
{
  if (multistatus == NULL)
    return;

  g_clear_pointer (&multistatus->responses, g_ptr_array_unref);
  g_free (multistatus->sync_token);
  g_free (multistatus);
}

/**
 * herald_dav_parse_status:
 * @status_line: "HTTP/1.1 200 OK"
 *
 * Returns: the status code, or 0 if @status_line is not a status line
 */
guint
herald_dav_parse_status (const char *status_line)
{
  const char *space;
  guint64 code;
  char *end;

  if (status_line == NULL)
    return 0;

  while (g_ascii_isspace (*status_line))
    status_line++;
  if (!g_str_has_prefix (status_line, "HTTP/"))
    return 0;

  space = strchr (status_line, ' ');
  if (space == NULL)
    return 0;

  code = g_ascii_strtoull (space + 1, &end, 10);
  if (end == space + 1 || code < 100 || code > 599)
    return 0;

  return (guint) code;
}

static void
read_prop (HeraldDavResponse *response,
           xmlNode           *prop)
{
  for (xmlNode *p = prop->children; p != NULL; p = p->next)
    {
      if (is (p, DAV_NS, "getetag"))
        {
          g_free (response->etag);
          response->etag = trimmed_text_of (p);
        }
      else if (is (p, CALDAV_NS, "calendar-data"))
        {
          g_free (response->calendar_data);
          response->calendar_data = text_of (p);
        }
      else if (is (p, CS_NS, "getctag"))
        {
          g_free (response->ctag);
          response->ctag = trimmed_text_of (p);
        }
      else if (is (p, DAV_NS, "current-user-principal"))
        {
          g_free (response->principal);
          response->principal = href_in (p);
        }
      else if (is (p, CALDAV_NS, "calendar-home-set"))
        {
          g_free (response->calendar_home);
          response->calendar_home = href_in (p);
        }
      else if (is (p, DAV_NS, "displayname"))
        {
          g_free (response->display_name);
          response->display_name = trimmed_text_of (p);
        }
      else if (is (p, DAV_NS, "resourcetype"))
        {
          for (xmlNode *t = p->children; t != NULL; t = t->next)
            if (is (t, CALDAV_NS, "calendar"))
              response->is_calendar = TRUE;
        }
      else if (is (p, CALDAV_NS, "supported-calendar-component-set"))
        {
          gboolean vevent = FALSE;

          for (xmlNode *c = p->children; c != NULL; c = c->next)
            if (is (c, CALDAV_NS, "comp"))
              {
                xmlChar *name = xmlGetProp (c, (const xmlChar *) "name");

                if (name != NULL && g_ascii_strcasecmp ((const char *) name, "VEVENT") == 0)
                  vevent = TRUE;
                xmlFree (name);
              }
          response->supports_vevent = vevent;
        }
    }
}

static HeraldDavResponse *
read_response (xmlNode *node)
{
  HeraldDavResponse *response = g_new0 (HeraldDavResponse, 1);
  guint first_propstat = 0;

  response->supports_vevent = TRUE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is (child, DAV_NS, "href") && response->href == NULL)
        {
          response->href = trimmed_text_of (child);
        }
      else if (is (child, DAV_NS, "status"))
        {
          g_autofree char *line = text_of (child);

          response->status = herald_dav_parse_status (line);
        }
      else if (is (child, DAV_NS, "propstat"))
        {
          guint status = 0;
          xmlNode *prop = NULL;

          for (xmlNode *ps = child->children; ps != NULL; ps = ps->next)
            {
              if (is (ps, DAV_NS, "status"))
                {
                  g_autofree char *line = text_of (ps);

                  status = herald_dav_parse_status (line);
                }
              else if (is (ps, DAV_NS, "prop"))
                {
                  prop = ps;
                }
            }

          if (first_propstat == 0)
            first_propstat = status;
          /* Only found properties count: a 404 propstat lists the ones
           * the server does not have. */
          if (prop != NULL && status >= 200 && status < 300)
            {
              read_prop (response, prop);
              first_propstat = status;
            }
        }
    }

  if (response->status == 0)
    response->status = first_propstat;

  if (response->href == NULL || *response->href == '\0')
    {
      herald_dav_response_free (response);
      return NULL;
    }

  return response;
}

/**
 * herald_multistatus_parse:
 * @data: (array length=length): the body
 * @length: its length in bytes
 * @error: return location for a #GError
 *
 * Reads a DAV:multistatus document.  Responses without an href are left
 * out.
 *
 * Returns: (transfer full) (nullable): the responses and sync token, or
 *   %NULL with @error set (%G_IO_ERROR_INVALID_DATA) when @data is not a
 *   multistatus document
 */
HeraldMultistatus *
herald_multistatus_parse (const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autoptr (HeraldMultistatus) multistatus = NULL;
  xmlParserCtxt *ctxt;
  xmlDoc *doc;
  xmlNode *root;

  if (length > MAX_BODY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The server’s answer is too large to read"));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Out of memory");

  doc = xmlCtxtReadMemory (ctxt, data != NULL ? data : "", (int) length, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
  if (doc == NULL)
    {
      const xmlError *xml_error = xmlCtxtGetLastError (ctxt);
      g_autofree char *reason = NULL;

      if (xml_error != NULL && xml_error->message != NULL)
        reason = g_strstrip (g_strdelimit (g_utf8_make_valid (xml_error->message, -1), "\r\n", ' '));

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The server’s answer is not well-formed XML (line %d: %s)"),
                   xml_error != NULL ? xml_error->line : 0, reason != NULL ? reason : "?");
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  root = xmlDocGetRootElement (doc);
  if (root == NULL || !is (root, DAV_NS, "multistatus"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The server’s answer is not a WebDAV multistatus"));
      xmlFreeDoc (doc);
      return NULL;
    }

  multistatus = g_new0 (HeraldMultistatus, 1);
  multistatus->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_dav_response_free);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is (child, DAV_NS, "response"))
        {
          HeraldDavResponse *response = read_response (child);

          if (response != NULL)
            g_ptr_array_add (multistatus->responses, response);
        }
      else if (is (child, DAV_NS, "sync-token"))
        {
          g_free (multistatus->sync_token);
          multistatus->sync_token = trimmed_text_of (child);
        }
    }

  xmlFreeDoc (doc);
  return g_steal_pointer (&multistatus);
}
