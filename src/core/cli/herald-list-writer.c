/* herald-list-writer.c — accounts, campaigns, posts and topics as JSON or CSV
 *
 * What `herald --list` prints, for scripts and spreadsheets.  The field
 * names are stable snake_case and the same in both formats.  Times are
 * ISO 8601 with their offset: a post's in the zone it was planned in,
 * anything else in the zone the caller gives.  In JSON, a missing time or
 * a missing link to another record (campaign_id, series_id, a campaign's
 * dates) is null; text fields are always strings, "" when empty.
 *
 * CSV is written for Excel as much as for scripts: UTF-8 with a byte order
 * mark (without it, Excel on Chinese Windows reads the file as GBK), CRLF
 * line ends, and RFC 4180 quoting of fields holding a comma, a quote or a
 * line break.  Null is an empty field, booleans are true/false, and a
 * post's tags are joined with ";" (the platforms' topics hold no ";").
 *
 * Items are written one by one, so a list of a hundred thousand posts
 * never sits in memory as one document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-list-writer"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "herald-list-writer.h"
#include "herald-account.h"
#include "herald-campaign.h"
#include "herald-post.h"
#include "herald-topic-trend.h"
#include "herald-topic.h"

#define TIME_FORMAT "%Y-%m-%dT%H:%M:%S%:z"
#define TAG_SEPARATOR ";"

static const char * const account_fields[] = {
  "id", "kind", "name", "handle", "color", "position", "visible", NULL
};

static const char * const campaign_fields[] = {
  "id", "name", "goal", "starts_on", "ends_on", "color", "archived", NULL
};

static const char * const post_fields[] = {
  "id", "account_id", "campaign_id", "series_id", "status", "title", "body", "digest", "tags",
  "scheduled_at", "tz", "published_at", "url", "notes", "overdue", NULL
};

static const char * const topic_fields[] = {
  "id", "title", "source", "url", "state", "notes", "first_seen", "last_seen", "peak_heat",
  "heat", "rank", "trend", NULL
};

typedef struct {
  GTimeZone  *zone;
  gint64      now;
  GHashTable *post_zones;   /* tz name → GTimeZone */
} Writer;

static void
set_string (JsonObject *object,
            const char *name,
            const char *value)
{
  json_object_set_string_member (object, name, value != NULL ? value : "");
}

static void
set_nullable (JsonObject *object,
              const char *name,
              const char *value)
{
  if (value == NULL || *value == '\0')
    json_object_set_null_member (object, name);
  else
    json_object_set_string_member (object, name, value);
}

static void
set_time (JsonObject *object,
          const char *name,
          gint64      time,
          GTimeZone  *zone)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autoptr (GDateTime) local = NULL;
  g_autofree char *text = NULL;

  if (time == 0)
    {
      json_object_set_null_member (object, name);
      return;
    }

  utc = g_date_time_new_from_unix_utc (time);
  if (utc != NULL)
    local = g_date_time_to_timezone (utc, zone);
  if (local != NULL)
    text = g_date_time_format (local, TIME_FORMAT);

  set_nullable (object, name, text);
}

static GTimeZone *
zone_for_post (Writer     *writer,
               HeraldPost *post)
{
  const char *name = herald_post_get_tz (post);
  GTimeZone *zone;

  if (name == NULL || *name == '\0')
    return writer->zone;

  zone = g_hash_table_lookup (writer->post_zones, name);
  if (zone == NULL)
    {
      zone = g_time_zone_new_identifier (name);
      if (zone == NULL)
        zone = g_time_zone_ref (writer->zone);
      g_hash_table_insert (writer->post_zones, g_strdup (name), zone);
    }

  return zone;
}

static JsonObject *
account_to_object (Writer        *writer,
                   HeraldAccount *account)
{
  JsonObject *object = json_object_new ();

  set_string (object, "id", herald_record_get_id (HERALD_RECORD (account)));
  set_string (object, "kind", herald_account_get_kind (account));
  set_string (object, "name", herald_account_get_name (account));
  set_string (object, "handle", herald_account_get_handle (account));
  set_string (object, "color", herald_account_get_color (account));
  json_object_set_int_member (object, "position", herald_account_get_position (account));
  json_object_set_boolean_member (object, "visible", herald_account_get_visible (account));

  return object;
}

static JsonObject *
campaign_to_object (Writer         *writer,
                    HeraldCampaign *campaign)
{
  JsonObject *object = json_object_new ();

  set_string (object, "id", herald_record_get_id (HERALD_RECORD (campaign)));
  set_string (object, "name", herald_campaign_get_name (campaign));
  set_string (object, "goal", herald_campaign_get_goal (campaign));
  set_nullable (object, "starts_on", herald_campaign_get_starts_on (campaign));
  set_nullable (object, "ends_on", herald_campaign_get_ends_on (campaign));
  set_string (object, "color", herald_campaign_get_color (campaign));
  json_object_set_boolean_member (object, "archived", herald_campaign_get_archived (campaign));

  return object;
}

static JsonObject *
post_to_object (Writer     *writer,
                HeraldPost *post)
{
  JsonObject *object = json_object_new ();
  JsonArray *tags = json_array_new ();
  const char * const *post_tags = herald_post_get_tags (post);
  GTimeZone *zone = zone_for_post (writer, post);

  for (guint i = 0; post_tags != NULL && post_tags[i] != NULL; i++)
    json_array_add_string_element (tags, post_tags[i]);

  set_string (object, "id", herald_record_get_id (HERALD_RECORD (post)));
  set_string (object, "account_id", herald_post_get_account_id (post));
  set_nullable (object, "campaign_id", herald_post_get_campaign_id (post));
  set_nullable (object, "series_id", herald_post_get_series_id (post));
  set_string (object, "status", herald_post_status_to_string (herald_post_get_status (post)));
  set_string (object, "title", herald_post_get_title (post));
  set_string (object, "body", herald_post_get_body (post));
  set_string (object, "digest", herald_post_get_digest (post));
  json_object_set_array_member (object, "tags", tags);
  set_time (object, "scheduled_at", herald_post_get_scheduled_at (post), zone);
  set_string (object, "tz", herald_post_get_tz (post));
  set_time (object, "published_at", herald_post_get_published_at (post), zone);
  set_string (object, "url", herald_post_get_url (post));
  set_string (object, "notes", herald_post_get_notes (post));
  json_object_set_boolean_member (object, "overdue", herald_post_is_overdue (post, writer->now));

  return object;
}

static JsonObject *
topic_to_object (Writer      *writer,
                 HeraldTopic *topic)
{
  JsonObject *object = json_object_new ();
  const HeraldHeatSample *samples, *latest = NULL;
  guint n_samples;

  set_string (object, "id", herald_record_get_id (HERALD_RECORD (topic)));
  set_string (object, "title", herald_topic_get_title (topic));
  set_string (object, "source", herald_topic_get_source (topic));
  set_string (object, "url", herald_topic_get_url (topic));
  set_string (object, "state", herald_topic_state_to_string (herald_topic_get_state (topic)));
  set_string (object, "notes", herald_topic_get_notes (topic));
  set_time (object, "first_seen", herald_topic_get_first_seen (topic), writer->zone);
  set_time (object, "last_seen", herald_topic_get_last_seen (topic), writer->zone);
  json_object_set_double_member (object, "peak_heat", herald_topic_get_peak_heat (topic));

  /* From its samples, when they were loaded: the heat and place on the
   * last list it was on, and where it is in its life. */
  samples = herald_topic_get_heat (topic, &n_samples);
  for (guint i = n_samples; i > 0 && latest == NULL; i--)
    if (samples[i - 1].rank != HERALD_HEAT_RANK_GONE)
      latest = &samples[i - 1];
  if (latest != NULL)
    {
      json_object_set_double_member (object, "heat", latest->heat);
      json_object_set_int_member (object, "rank", latest->rank);
    }
  else
    {
      json_object_set_null_member (object, "heat");
      json_object_set_null_member (object, "rank");
    }
  set_string (object, "trend", herald_topic_trend_to_string (herald_topic_trend_compute (samples, n_samples)));

  return object;
}

static JsonObject *
item_to_object (Writer   *writer,
                gpointer  item)
{
  if (HERALD_IS_POST (item))
    return post_to_object (writer, item);
  if (HERALD_IS_ACCOUNT (item))
    return account_to_object (writer, item);
  if (HERALD_IS_CAMPAIGN (item))
    return campaign_to_object (writer, item);
  if (HERALD_IS_TOPIC (item))
    return topic_to_object (writer, item);

  g_assert_not_reached ();
  return NULL;
}

/* JSON: an array, one pretty-printed object per item, indented under it. */

static void
append_indented (GString    *out,
                 const char *text)
{
  /* JSON strings never hold a raw line break, so every one is layout. */
  g_string_append (out, "  ");
  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '\n')
        g_string_append (out, "  ");
    }
}

static gboolean
write_json (GOutputStream  *output,
            Writer         *writer,
            GListModel     *items,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (GString) out = g_string_new ("[");
  guint n_items = g_list_model_get_n_items (items);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (items, i);
      g_autoptr (JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *text = NULL;

      json_node_take_object (node, item_to_object (writer, item));
      json_generator_set_root (generator, node);
      text = json_generator_to_data (generator, NULL);

      g_string_append (out, i == 0 ? "\n" : ",\n");
      append_indented (out, text);

      if (!g_output_stream_write_all (output, out->str, out->len, NULL, cancellable, error))
        return FALSE;
      g_string_truncate (out, 0);
    }

  g_string_append (out, n_items > 0 ? "\n]\n" : "]\n");
  return g_output_stream_write_all (output, out->str, out->len, NULL, cancellable, error);
}

/* CSV */

static void
append_csv_text (GString    *out,
                 const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_csv_cell (GString  *out,
                 JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr (GString) joined = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          if (i > 0)
            g_string_append (joined, TAG_SEPARATOR);
          g_string_append (joined, json_array_get_string_element (array, i));
        }
      append_csv_text (out, joined->str);
      return;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;

    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;

    case G_TYPE_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.15g",
                                               json_node_get_double (node)));
      }
      break;

    default:
      append_csv_text (out, json_node_get_string (node));
      break;
    }
}

static gboolean
write_csv (GOutputStream       *output,
           Writer              *writer,
           GListModel          *items,
           const char * const  *fields,
           GCancellable        *cancellable,
           GError             **error)
{
  g_autoptr (GString) out = g_string_new ("\xef\xbb\xbf");
  guint n_items = g_list_model_get_n_items (items);

  for (guint f = 0; fields[f] != NULL; f++)
    {
      if (f > 0)
        g_string_append_c (out, ',');
      g_string_append (out, fields[f]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (items, i);
      g_autoptr (JsonObject) object = item_to_object (writer, item);

      for (guint f = 0; fields[f] != NULL; f++)
        {
          if (f > 0)
            g_string_append_c (out, ',');
          append_csv_cell (out, json_object_get_member (object, fields[f]));
        }
      g_string_append (out, "\r\n");

      /* Written in pieces of about 64 KiB rather than row by row. */
      if (out->len >= 65536)
        {
          if (!g_output_stream_write_all (output, out->str, out->len, NULL, cancellable, error))
            return FALSE;
          g_string_truncate (out, 0);
        }
    }

  return g_output_stream_write_all (output, out->str, out->len, NULL, cancellable, error);
}

/* Public API */

/**
 * herald_list_format_from_string:
 * @name: `json` or `csv`
 * @format: (out): the format
 *
 * Returns: %TRUE if @name is a format
 */
gboolean
herald_list_format_from_string (const char       *name,
                                HeraldListFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_strcmp0 (name, "json") == 0)
    *format = HERALD_LIST_FORMAT_JSON;
  else if (g_strcmp0 (name, "csv") == 0)
    *format = HERALD_LIST_FORMAT_CSV;
  else
    return FALSE;

  return TRUE;
}

/**
 * herald_list_get_fields:
 * @item_type: %HERALD_TYPE_ACCOUNT, %HERALD_TYPE_CAMPAIGN, %HERALD_TYPE_POST
 *   or %HERALD_TYPE_TOPIC
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the field
 *   names written for @item_type, in order, or %NULL for another type
 */
const char * const *
herald_list_get_fields (GType item_type)
{
  if (item_type == HERALD_TYPE_ACCOUNT)
    return account_fields;
  if (item_type == HERALD_TYPE_CAMPAIGN)
    return campaign_fields;
  if (item_type == HERALD_TYPE_POST)
    return post_fields;
  if (item_type == HERALD_TYPE_TOPIC)
    return topic_fields;

  return NULL;
}

/**
 * herald_list_write:
 * @output: where to write
 * @items: a list of #HeraldAccount, #HeraldCampaign, #HeraldPost or
 *   #HeraldTopic (the list's item type says which)
 * @format: JSON or CSV
 * @zone: the zone for times that have none of their own (topics); posts
 *   use the zone they were planned in
 * @now: the current Unix time, for the posts' `overdue` field
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @items to @output.  @output is neither flushed nor closed.
 *
 * Returns: %TRUE if everything was written
 */
gboolean
herald_list_write (GOutputStream     *output,
                   GListModel        *items,
                   HeraldListFormat   format,
                   GTimeZone         *zone,
                   gint64             now,
                   GCancellable      *cancellable,
                   GError           **error)
{
  const char * const *fields;
  Writer writer;
  gboolean ok;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), FALSE);
  g_return_val_if_fail (zone != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fields = herald_list_get_fields (g_list_model_get_item_type (items));
  g_return_val_if_fail (fields != NULL, FALSE);

  writer.zone = zone;
  writer.now = now;
  writer.post_zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_time_zone_unref);

  if (format == HERALD_LIST_FORMAT_CSV)
    ok = write_csv (output, &writer, items, fields, cancellable, error);
  else
    ok = write_json (output, &writer, items, cancellable, error);

  g_hash_table_unref (writer.post_zones);
  return ok;
}
