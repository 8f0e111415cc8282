/* herald-cli-check.c — `herald --check KIND [FILE|-]`: a post's text against
 * a channel kind's rules
 *
 * Reads FILE, or standard input when FILE is `-` or left out.  Input that
 * starts with `{` is a JSON object:
 *
 *   {"title": "…", "body": "…", "digest": "…", "author": "…",
 *    "tags": ["…"], "images": 3, "image_text": false,
 *    "limits": {"body_max": 5000}}
 *
 * every member optional, `limits` being an account's overrides; any other
 * input is the body, as plain text.  Prints one JSON object: each field's
 * count, limit, minimum and level (for the tags also `tag_max`, the most
 * characters one tag may have, and `long_tag`, the first one longer, or
 * null), the advertising-law words found (with
 * positions in bytes and characters of the field), and the topics and
 * mentions, topics written the kind's way.  With `--database`, the
 * advertising-law words and exceptions the user added in Preferences are
 * used along with the ones Herald ships.
 *
 * Exit status: 0 when every field is within its limit, 1 when one is over
 * or the input cannot be read (then one line on stderr and nothing on
 * stdout), 2 for a wrong command line, such as an unknown kind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-cli-check"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "herald-cli-check.h"
#include "herald-ad-words.h"
#include "herald-channel-kind.h"
#include "herald-command-line.h"
#include "herald-stdio-stream.h"
#include "herald-store-ad-words.h"
#include "herald-text-rules.h"

/* Input larger than this is no post. */
#define MAX_INPUT_BYTES (16 * 1024 * 1024)

typedef struct {
  char            *title;
  char            *body;
  char            *digest;
  char            *author;
  GStrv            tags;
  char            *limits;
  HeraldTextDraft  draft;
} Input;

static void
input_clear (Input *input)
{
  g_clear_pointer (&input->title, g_free);
  g_clear_pointer (&input->body, g_free);
  g_clear_pointer (&input->digest, g_free);
  g_clear_pointer (&input->author, g_free);
  g_clear_pointer (&input->tags, g_strfreev);
  g_clear_pointer (&input->limits, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Input, input_clear)

/* One line, whatever the message holds: scripts read stderr line by line. */
static void G_GNUC_PRINTF (1, 2)
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_strdelimit (message, "\r\n", ' ');
  g_printerr ("herald: %s\n", message);
}

static char *
list_kinds (void)
{
  GListModel *kinds = herald_channel_kinds_get_all ();
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = g_list_model_get_n_items (kinds);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HeraldChannelKind) kind = g_list_model_get_item (kinds, i);

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, herald_channel_kind_get_id (kind));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
read_stdin (gsize   *length,
            GError **error)
{
  g_autoptr(GString) data = g_string_new (NULL);
  char buffer[8192];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      g_string_append_len (data, buffer, n);
      if (data->len > MAX_INPUT_BYTES)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("the input is larger than %d MB"), MAX_INPUT_BYTES / (1024 * 1024));
          return NULL;
        }
    }

  if (ferror (stdin))
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return NULL;
    }

  *length = data->len;
  return g_string_free (g_steal_pointer (&data), FALSE);
}

/* Reads a member that must be text, if there. */
static gboolean
read_text_member (JsonObject  *object,
                  const char  *name,
                  char       **value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      print_error (_("“%s” of the input must be text"), name);
      return FALSE;
    }

  *value = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
parse_json_input (const char *text,
                  gsize       length,
                  Input      *input)
{
  static const char * const members[] = {
    "title", "body", "digest", "author", "tags", "images", "image_text", "limits", NULL
  };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) names = NULL;
  JsonObject *object;
  JsonNode *node;

  if (!json_parser_load_from_data (parser, text, length, &error))
    {
      print_error (_("The input starts with “{” but is not valid JSON: %s"), error->message);
      return FALSE;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      print_error (_("The input starts with “{” but is not a JSON object"));
      return FALSE;
    }
  object = json_node_get_object (node);

  /* A misspelt member would otherwise go unchecked, silently. */
  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    if (!g_strv_contains (members, l->data))
      {
        print_error (_("Unknown member “%s” in the input: use title, body, digest, author, tags, images, image_text or limits"),
                     (const char *) l->data);
        return FALSE;
      }

  if (!read_text_member (object, "title", &input->title) ||
      !read_text_member (object, "body", &input->body) ||
      !read_text_member (object, "digest", &input->digest) ||
      !read_text_member (object, "author", &input->author))
    return FALSE;

  node = json_object_get_member (object, "tags");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
      JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *tag = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (tag) || json_node_get_value_type (tag) != G_TYPE_STRING)
            {
              array = NULL;
              break;
            }
          g_strv_builder_add (tags, json_node_get_string (tag));
        }

      if (array == NULL)
        {
          print_error (_("“tags” of the input must be a list of texts"));
          return FALSE;
        }
      input->tags = g_strv_builder_end (tags);
    }

  input->draft.n_images = -1;
  node = json_object_get_member (object, "images");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXINT)
        {
          print_error (_("“images” of the input must be a whole number of 0 or more"));
          return FALSE;
        }
      input->draft.n_images = json_node_get_int (node);
    }

  node = json_object_get_member (object, "image_text");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          print_error (_("“image_text” of the input must be true or false"));
          return FALSE;
        }
      input->draft.image_text = json_node_get_boolean (node);
    }

  node = json_object_get_member (object, "limits");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          print_error (_("“limits” of the input must be an object such as {\"body_max\": 5000}"));
          return FALSE;
        }
      input->limits = json_to_string (node, FALSE);
    }

  return TRUE;
}

/* Reads and parses the input; prints the problem and returns FALSE. */
static gboolean
read_input (const char *file,
            Input      *input)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const char *text;
  const char *bad;
  gsize length = 0;

  if (file == NULL || g_str_equal (file, "-"))
    data = read_stdin (&length, &error);
  else if (!g_file_get_contents (file, &data, &length, &error))
    data = NULL;

  if (data == NULL)
    {
      print_error (_("Could not read “%s”: %s"),
                   file == NULL || g_str_equal (file, "-") ? _("standard input") : file,
                   error->message);
      return FALSE;
    }

  text = data;
  if (length >= 3 && g_str_has_prefix (text, "\xef\xbb\xbf"))
    {
      text += 3;
      length -= 3;
    }

  /* Nul bytes are not valid here either: no text holds them. */
  if (!g_utf8_validate_len (text, length, &bad))
    {
      print_error (_("The input is not UTF-8 text (byte %zu): save it as UTF-8"),
                   (gsize) (bad - data));
      return FALSE;
    }

  input->draft.n_images = -1;
  if (*(text + strspn (text, " \t\r\n")) == '{')
    {
      if (!parse_json_input (text, length, input))
        return FALSE;
    }
  else
    input->body = g_strndup (text, length);

  input->draft.title = input->title;
  input->draft.body = input->body;
  input->draft.digest = input->digest;
  input->draft.author = input->author;
  input->draft.tags = (const char * const *) input->tags;

  return TRUE;
}

static void
add_nullable_int (JsonBuilder *builder,
                  const char  *name,
                  gint64       value)
{
  json_builder_set_member_name (builder, name);
  if (value < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_title_problem (JsonBuilder     *builder,
                   HeraldTextRules *rules,
                   const char      *title)
{
  static const char * const problems[] = {
    [HERALD_TITLE_PROBLEM_NONE] = NULL,
    [HERALD_TITLE_PROBLEM_LINE_BREAK] = "line-break",
    [HERALD_TITLE_PROBLEM_CHARACTER] = "character",
  };
  gsize byte_offset = 0, char_offset = 0;
  HeraldTitleProblem problem;

  problem = herald_text_rules_check_title (rules, title != NULL ? title : "", -1,
                                           &byte_offset, &char_offset);
  json_builder_set_member_name (builder, "problem");
  if (problem == HERALD_TITLE_PROBLEM_NONE)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, problems[problem]);
  json_builder_set_member_name (builder, "byte_offset");
  json_builder_add_int_value (builder, byte_offset);
  json_builder_set_member_name (builder, "char_offset");
  json_builder_add_int_value (builder, char_offset);
  json_builder_end_object (builder);
}

static void
add_fields (JsonBuilder      *builder,
            HeraldTextRules  *rules,
            HeraldTextReport *report,
            const Input      *input)
{
  json_builder_set_member_name (builder, "fields");
  json_builder_begin_object (builder);
  for (guint field = 0; field < HERALD_N_TEXT_FIELDS; field++)
    {
      json_builder_set_member_name (builder, herald_text_field_to_string (field));
      json_builder_begin_object (builder);
      add_nullable_int (builder, "count", herald_text_report_get_count (report, field));
      add_nullable_int (builder, "limit", herald_text_report_get_limit (report, field));
      add_nullable_int (builder, "minimum", herald_text_report_get_minimum (report, field));
      json_builder_set_member_name (builder, "level");
      json_builder_add_string_value (builder,
                                     herald_text_level_to_string (herald_text_report_get_level (report, field)));
      if (field == HERALD_TEXT_FIELD_TITLE)
        add_title_problem (builder, rules, input->title);
      if (field == HERALD_TEXT_FIELD_BODY)
        add_nullable_int (builder, "fold", herald_text_rules_get_body_fold (rules));
      if (field == HERALD_TEXT_FIELD_TAGS)
        {
          const char *long_tag = herald_text_report_get_long_tag (report, NULL);

          add_nullable_int (builder, "tag_max", herald_text_rules_get_tag_max (rules));
          json_builder_set_member_name (builder, "long_tag");
          if (long_tag != NULL)
            json_builder_add_string_value (builder, long_tag);
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static void
add_positions (JsonBuilder *builder,
               gsize        byte_start,
               gsize        byte_end,
               gsize        char_start,
               gsize        char_end)
{
  json_builder_set_member_name (builder, "byte_start");
  json_builder_add_int_value (builder, byte_start);
  json_builder_set_member_name (builder, "byte_end");
  json_builder_add_int_value (builder, byte_end);
  json_builder_set_member_name (builder, "char_start");
  json_builder_add_int_value (builder, char_start);
  json_builder_set_member_name (builder, "char_end");
  json_builder_add_int_value (builder, char_end);
}

static void
add_findings (JsonBuilder   *builder,
              HeraldAdWords *words,
              const Input   *input)
{
  const char *texts[] = { input->title, input->body, input->digest, input->author };
  const HeraldTextField fields[] = {
    HERALD_TEXT_FIELD_TITLE, HERALD_TEXT_FIELD_BODY, HERALD_TEXT_FIELD_DIGEST, HERALD_TEXT_FIELD_AUTHOR
  };

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) findings = NULL;

      if (texts[i] == NULL)
        continue;

      findings = herald_ad_words_scan (words, texts[i], -1);
      for (guint j = 0; j < findings->len; j++)
        {
          HeraldAdFinding *finding = g_ptr_array_index (findings, j);
          /* What the text holds there, characters inside the word included. */
          g_autofree char *found = g_strndup (texts[i] + finding->byte_start,
                                              finding->byte_end - finding->byte_start);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "field");
          json_builder_add_string_value (builder, herald_text_field_to_string (fields[i]));
          json_builder_set_member_name (builder, "word");
          json_builder_add_string_value (builder, finding->word);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, found);
          json_builder_set_member_name (builder, "category");
          json_builder_add_string_value (builder, finding->category);
          json_builder_set_member_name (builder, "category_name");
          json_builder_add_string_value (builder, herald_ad_category_get_name (finding->category));
          json_builder_set_member_name (builder, "suggestion");
          if (finding->suggestion != NULL)
            json_builder_add_string_value (builder, finding->suggestion);
          else
            json_builder_add_null_value (builder);
          add_positions (builder, finding->byte_start, finding->byte_end,
                         finding->char_start, finding->char_end);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);
}

static void
add_spans (JsonBuilder     *builder,
           HeraldTextRules *rules,
           const Input     *input)
{
  HeraldTopicSyntax syntax = herald_text_rules_get_topic_syntax (rules);
  const char *texts[] = { input->title, input->body };
  const HeraldTextField fields[] = { HERALD_TEXT_FIELD_TITLE, HERALD_TEXT_FIELD_BODY };
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (all, herald_topics_find (texts[i] != NULL ? texts[i] : "", -1, syntax));

  for (guint kind = HERALD_TEXT_SPAN_TOPIC; kind <= HERALD_TEXT_SPAN_MENTION; kind++)
    {
      json_builder_set_member_name (builder, kind == HERALD_TEXT_SPAN_TOPIC ? "topics" : "mentions");
      json_builder_begin_array (builder);

      for (guint i = 0; i < all->len; i++)
        {
          GPtrArray *spans = g_ptr_array_index (all, i);

          for (guint j = 0; j < spans->len; j++)
            {
              HeraldTextSpan *span = g_ptr_array_index (spans, j);

              if (span->kind != kind)
                continue;

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "field");
              json_builder_add_string_value (builder, herald_text_field_to_string (fields[i]));
              json_builder_set_member_name (builder, "name");
              json_builder_add_string_value (builder, span->name);
              if (kind == HERALD_TEXT_SPAN_TOPIC)
                {
                  g_autofree char *written = herald_topic_render (span->name, syntax);

                  json_builder_set_member_name (builder, "written");
                  json_builder_add_string_value (builder, g_strchomp (written));
                }
              add_positions (builder, span->byte_start, span->byte_end,
                             span->char_start, span->char_end);
              json_builder_end_object (builder);
            }
        }

      /* Tags are topics too, outside the text. */
      if (kind == HERALD_TEXT_SPAN_TOPIC)
        for (guint i = 0; input->tags != NULL && input->tags[i] != NULL; i++)
          {
            g_autofree char *written = herald_topic_render (input->tags[i], syntax);

            json_builder_begin_object (builder);
            json_builder_set_member_name (builder, "field");
            json_builder_add_string_value (builder, "tags");
            json_builder_set_member_name (builder, "name");
            json_builder_add_string_value (builder, input->tags[i]);
            json_builder_set_member_name (builder, "written");
            json_builder_add_string_value (builder, g_strchomp (written));
            json_builder_end_object (builder);
          }

      json_builder_end_array (builder);
    }
}

/**
 * herald_cli_check:
 * @kind_id: the channel kind to check against, such as `weibo`
 * @store: (nullable): the database whose advertising-law words and
 *   exceptions to add to the shipped ones, or %NULL for those alone
 * @files: (nullable) (array zero-terminated=1): the file to read, `-` or
 *   none for standard input
 *
 * Runs `herald --check`: see the top of this file.
 *
 * Returns: the exit status: 0 within the limits, 1 over one or on
 *   failure, 2 for a wrong command line
 */
int
herald_cli_check (const char         *kind_id,
                  HeraldStore        *store,
                  const char * const *files)
{
  g_auto (Input) input = { 0, };
  g_autoptr(HeraldTextRules) rules = NULL;
  g_autoptr(HeraldTextReport) report = NULL;
  g_autoptr(HeraldAdWords) words = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GOutputStream) output = NULL;
  g_autoptr(GError) error = NULL;
  const char *file = NULL;

  g_return_val_if_fail (kind_id != NULL, HERALD_EXIT_USAGE);

  if (herald_channel_kinds_lookup (kind_id) == NULL)
    {
      g_autofree char *kinds = list_kinds ();

      print_error (_("Unknown channel kind “%s”: choose one of %s"), kind_id, kinds);
      return HERALD_EXIT_USAGE;
    }

  if (files != NULL && files[0] != NULL)
    {
      if (files[1] != NULL)
        {
          print_error (_("--check reads one file, not “%s” too"), files[1]);
          return HERALD_EXIT_USAGE;
        }
      file = files[0];
    }

  if (!read_input (file, &input))
    return HERALD_EXIT_FAILURE;

  rules = herald_text_rules_new (kind_id, input.limits, &error);
  if (rules == NULL)
    {
      print_error ("%s", error->message);
      return HERALD_EXIT_USAGE;
    }

  report = herald_text_rules_evaluate (rules, &input.draft);
  if (store != NULL)
    {
      words = herald_store_load_ad_words (store, &error);
      if (words == NULL)
        {
          print_error (_("Could not read the advertising-law words of the database: %s"), error->message);
          return HERALD_EXIT_FAILURE;
        }
    }
  else
    words = herald_ad_words_new_default ();

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kind_id);
  json_builder_set_member_name (builder, "over");
  json_builder_add_boolean_value (builder, herald_text_report_is_over (report));
  add_fields (builder, rules, report, &input);
  add_findings (builder, words, &input);
  add_spans (builder, rules, &input);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);

  output = herald_stdio_stream_new (stdout);
  if (!json_generator_to_stream (generator, output, NULL, &error) ||
      !g_output_stream_write_all (output, "\n", 1, NULL, NULL, &error) ||
      !g_output_stream_close (output, NULL, &error))
    {
      print_error (_("Could not write the result: %s"), error->message);
      return HERALD_EXIT_FAILURE;
    }

  return herald_text_report_is_over (report) ? HERALD_EXIT_FAILURE : HERALD_EXIT_OK;
}
