/* test-list-writer.c — `herald --list` output: JSON and CSV read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "herald-demo.h"
#include "herald-list-writer.h"
#include "herald-stdio-stream.h"
#include "herald-store.h"

/* A title with everything CSV must quote, and Chinese text and an emoji
 * that must come back byte for byte. */
#define AWKWARD_TITLE "双十一, \"囤货\"清单\n第二行 🎁"

static gint64
shanghai_time (int year,
               int month,
               int day,
               int hour,
               int minute)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr (GDateTime) time = g_date_time_new (zone, year, month, day, hour, minute, 0);

  return g_date_time_to_unix (time);
}

/* 2026-11-20 10:00 in Shanghai. */
static gint64
fixed_now (void)
{
  return shanghai_time (2026, 11, 20, 10, 0);
}

static char *
write_list (GListModel       *items,
            HeraldListFormat  format,
            gsize            *length)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();

  g_assert_true (herald_list_write (output, items, format, utc, fixed_now (), NULL, &error));
  g_assert_no_error (error);

  /* A NUL after the text, so that it reads as a string too. */
  g_assert_true (g_output_stream_write_all (output, "", 1, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (output, NULL, &error));
  g_assert_no_error (error);

  if (length != NULL)
    *length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (output)) - 1;

  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (output));
}

static JsonArray *
parse_json (const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode *root;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));

  return json_array_ref (json_node_get_array (root));
}

/* The members of each object are exactly the fields, in their order. */
static void
assert_fields (JsonObject *object,
               GType       item_type)
{
  const char * const *fields = herald_list_get_fields (item_type);
  g_autoptr (GList) members = json_object_get_members (object);
  GList *l = members;

  for (guint i = 0; fields[i] != NULL; i++, l = l->next)
    {
      g_assert_nonnull (l);
      g_assert_cmpstr (l->data, ==, fields[i]);
    }
  g_assert_null (l);
}

/* A small RFC 4180 reader: records end with CRLF outside quotes, and a
 * line feed anywhere else outside quotes is an error. */
static GPtrArray *
parse_csv (const char *text,
           gsize       length)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GStrvBuilder) record = g_strv_builder_new ();
  g_autoptr (GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;
  gsize i = 0;

  while (i < length)
    {
      char c = text[i];

      if (quoted)
        {
          if (c == '"' && i + 1 < length && text[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i += 2;
            }
          else if (c == '"')
            {
              quoted = FALSE;
              i++;
            }
          else
            {
              g_string_append_c (field, c);
              i++;
            }
          continue;
        }

      if (c == '"')
        {
          g_assert_cmpuint (field->len, ==, 0);
          quoted = TRUE;
          i++;
        }
      else if (c == ',')
        {
          g_strv_builder_add (record, field->str);
          g_string_truncate (field, 0);
          i++;
        }
      else if (c == '\r')
        {
          g_assert_cmpint (text[i + 1], ==, '\n');
          g_strv_builder_add (record, field->str);
          g_string_truncate (field, 0);
          g_ptr_array_add (records, g_strv_builder_end (record));
          g_clear_pointer (&record, g_strv_builder_unref);
          record = g_strv_builder_new ();
          i += 2;
        }
      else
        {
          g_assert_cmpint (c, !=, '\n');
          g_string_append_c (field, c);
          i++;
        }
    }

  g_assert_false (quoted);
  g_assert_cmpuint (field->len, ==, 0);   /* the last record ends with CRLF too */

  return records;
}

static GPtrArray *
parse_csv_with_bom (const char *text,
                    gsize       length)
{
  g_assert_cmpuint (length, >=, 3);
  g_assert_cmpmem (text, 3, "\xef\xbb\xbf", 3);

  return parse_csv (text + 3, length - 3);
}

static void
assert_header (GPtrArray *records,
               GType      item_type)
{
  const char * const *fields = herald_list_get_fields (item_type);

  g_assert_cmpuint (records->len, >=, 1);
  g_assert_cmpstrv (records->pdata[0], fields);
}

static GListModel *
make_posts (void)
{
  GListStore *posts = g_list_store_new (HERALD_TYPE_POST);
  const char *tags[] = { "双十一", "好物分享", NULL };
  g_autoptr (HeraldPost) full = herald_post_new ("account-1", AWKWARD_TITLE);
  g_autoptr (HeraldPost) bare = herald_post_new ("account-2", "");
  g_autoptr (HeraldPost) late = herald_post_new ("account-1", "错过的一条");
  g_autoptr (HeraldPost) tokyo = herald_post_new ("account-1", "東京");
  g_autoptr (HeraldPost) nowhere = herald_post_new ("account-1", "no zone");

  herald_record_set_id (HERALD_RECORD (full), "post-1");
  herald_post_set_campaign_id (full, "campaign-1");
  herald_post_set_series_id (full, "series-1");
  herald_post_set_status (full, HERALD_POST_STATUS_PUBLISHED);
  herald_post_set_body (full, "正文，第一行\r\n第二行 #双十一#");
  herald_post_set_digest (full, "摘要");
  herald_post_set_tags (full, tags);
  herald_post_set_scheduled_at (full, shanghai_time (2026, 11, 11, 20, 0));
  herald_post_set_published_at (full, shanghai_time (2026, 11, 11, 20, 3));
  herald_post_set_url (full, "https://weibo.com/1/Abc?x=1,2");
  herald_post_set_notes (full, "备注");
  g_list_store_append (posts, full);

  herald_record_set_id (HERALD_RECORD (bare), "post-2");
  g_list_store_append (posts, bare);

  herald_record_set_id (HERALD_RECORD (late), "post-3");
  herald_post_set_status (late, HERALD_POST_STATUS_SCHEDULED);
  herald_post_set_scheduled_at (late, shanghai_time (2026, 11, 19, 8, 0));
  g_list_store_append (posts, late);

  herald_record_set_id (HERALD_RECORD (tokyo), "post-4");
  herald_post_set_tz (tokyo, "Asia/Tokyo");
  herald_post_set_scheduled_at (tokyo, shanghai_time (2026, 12, 1, 20, 0));
  g_list_store_append (posts, tokyo);

  herald_record_set_id (HERALD_RECORD (nowhere), "post-5");
  herald_post_set_tz (nowhere, "Not/A_Zone");
  herald_post_set_scheduled_at (nowhere, shanghai_time (2026, 12, 1, 20, 0));
  g_list_store_append (posts, nowhere);

  return G_LIST_MODEL (posts);
}

static void
test_format_from_string (void)
{
  HeraldListFormat format = HERALD_LIST_FORMAT_CSV;

  g_assert_true (herald_list_format_from_string ("json", &format));
  g_assert_cmpint (format, ==, HERALD_LIST_FORMAT_JSON);
  g_assert_true (herald_list_format_from_string ("csv", &format));
  g_assert_cmpint (format, ==, HERALD_LIST_FORMAT_CSV);
  g_assert_false (herald_list_format_from_string ("CSV", &format));
  g_assert_false (herald_list_format_from_string ("xlsx", &format));
  g_assert_false (herald_list_format_from_string ("", &format));
  g_assert_false (herald_list_format_from_string (NULL, &format));
}

static void
test_fields (void)
{
  const char *accounts[] = { "id", "kind", "name", "handle", "color", "position", "visible", NULL };
  const char *topics[] = { "id", "title", "source", "url", "state", "notes", "first_seen",
                           "last_seen", "peak_heat", "heat", "rank", "trend", NULL };

  g_assert_cmpstrv (herald_list_get_fields (HERALD_TYPE_ACCOUNT), accounts);
  g_assert_cmpstrv (herald_list_get_fields (HERALD_TYPE_TOPIC), topics);
  g_assert_true (g_strv_contains (herald_list_get_fields (HERALD_TYPE_POST), "overdue"));
  g_assert_true (g_strv_contains (herald_list_get_fields (HERALD_TYPE_CAMPAIGN), "archived"));
  g_assert_null (herald_list_get_fields (HERALD_TYPE_KPI));
}

static void
test_json_posts (void)
{
  g_autoptr (GListModel) posts = make_posts ();
  g_autofree char *text = write_list (posts, HERALD_LIST_FORMAT_JSON, NULL);
  g_autoptr (JsonArray) array = parse_json (text);
  JsonObject *full, *bare, *late, *tokyo, *nowhere;
  JsonArray *tags;

  g_assert_cmpuint (json_array_get_length (array), ==, 5);
  for (guint i = 0; i < 5; i++)
    assert_fields (json_array_get_object_element (array, i), HERALD_TYPE_POST);

  /* Pretty-printed, with one object after another. */
  g_assert_true (g_str_has_prefix (text, "[\n  {\n"));
  g_assert_true (g_str_has_suffix (text, "\n  }\n]\n"));

  full = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (full, "id"), ==, "post-1");
  g_assert_cmpstr (json_object_get_string_member (full, "account_id"), ==, "account-1");
  g_assert_cmpstr (json_object_get_string_member (full, "campaign_id"), ==, "campaign-1");
  g_assert_cmpstr (json_object_get_string_member (full, "series_id"), ==, "series-1");
  g_assert_cmpstr (json_object_get_string_member (full, "status"), ==, "published");
  g_assert_cmpstr (json_object_get_string_member (full, "title"), ==, AWKWARD_TITLE);
  g_assert_cmpstr (json_object_get_string_member (full, "body"), ==, "正文，第一行\r\n第二行 #双十一#");
  g_assert_cmpstr (json_object_get_string_member (full, "digest"), ==, "摘要");
  tags = json_object_get_array_member (full, "tags");
  g_assert_cmpuint (json_array_get_length (tags), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (tags, 0), ==, "双十一");
  g_assert_cmpstr (json_array_get_string_element (tags, 1), ==, "好物分享");
  g_assert_cmpstr (json_object_get_string_member (full, "scheduled_at"), ==, "2026-11-11T20:00:00+08:00");
  g_assert_cmpstr (json_object_get_string_member (full, "tz"), ==, "Asia/Shanghai");
  g_assert_cmpstr (json_object_get_string_member (full, "published_at"), ==, "2026-11-11T20:03:00+08:00");
  g_assert_cmpstr (json_object_get_string_member (full, "url"), ==, "https://weibo.com/1/Abc?x=1,2");
  g_assert_cmpstr (json_object_get_string_member (full, "notes"), ==, "备注");
  g_assert_false (json_object_get_boolean_member (full, "overdue"));
  /* Chinese is written as it is, not as \u escapes. */
  g_assert_nonnull (strstr (text, "囤货"));

  /* What a post lacks: links and times are null, text is "". */
  bare = json_array_get_object_element (array, 1);
  g_assert_true (json_object_get_null_member (bare, "campaign_id"));
  g_assert_true (json_object_get_null_member (bare, "series_id"));
  g_assert_true (json_object_get_null_member (bare, "scheduled_at"));
  g_assert_true (json_object_get_null_member (bare, "published_at"));
  g_assert_cmpstr (json_object_get_string_member (bare, "status"), ==, "idea");
  g_assert_cmpstr (json_object_get_string_member (bare, "title"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (bare, "url"), ==, "");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (bare, "tags")), ==, 0);
  g_assert_false (json_object_get_boolean_member (bare, "overdue"));

  late = json_array_get_object_element (array, 2);
  g_assert_true (json_object_get_boolean_member (late, "overdue"));

  /* Each post's times are in the zone it was planned in. */
  tokyo = json_array_get_object_element (array, 3);
  g_assert_cmpstr (json_object_get_string_member (tokyo, "scheduled_at"), ==, "2026-12-01T21:00:00+09:00");
  nowhere = json_array_get_object_element (array, 4);
  g_assert_cmpstr (json_object_get_string_member (nowhere, "scheduled_at"), ==, "2026-12-01T12:00:00+00:00");
}

static void
test_json_others (void)
{
  g_autoptr (GListStore) accounts = g_list_store_new (HERALD_TYPE_ACCOUNT);
  g_autoptr (GListStore) campaigns = g_list_store_new (HERALD_TYPE_CAMPAIGN);
  g_autoptr (GListStore) topics = g_list_store_new (HERALD_TYPE_TOPIC);
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "山茶生活官微");
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("双十一囤货节");
  g_autoptr (HeraldCampaign) open_ended = herald_campaign_new ("常规内容");
  g_autoptr (HeraldTopic) topic = herald_topic_new ("围炉煮茶", "微博热搜");
  g_autoptr (HeraldTopic) unseen = herald_topic_new ("新话题", "");
  const HeraldHeatSample heat[] = {
    { 1795500000, 3326000.5, 1 },
    { 1795501800, 2100000, 4 },
    { 1795503600, 0, HERALD_HEAT_RANK_GONE },
  };
  g_autofree char *accounts_text = NULL;
  g_autofree char *campaigns_text = NULL;
  g_autofree char *topics_text = NULL;
  g_autoptr (JsonArray) array = NULL;
  JsonObject *object;

  herald_record_set_id (HERALD_RECORD (account), "account-1");
  herald_account_set_handle (account, "shanchalife");
  herald_account_set_color (account, "#ff8200");
  herald_account_set_position (account, 3);
  herald_account_set_visible (account, FALSE);
  g_list_store_append (accounts, account);
  accounts_text = write_list (G_LIST_MODEL (accounts), HERALD_LIST_FORMAT_JSON, NULL);
  array = parse_json (accounts_text);
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  object = json_array_get_object_element (array, 0);
  assert_fields (object, HERALD_TYPE_ACCOUNT);
  g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "weibo");
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "山茶生活官微");
  g_assert_cmpstr (json_object_get_string_member (object, "handle"), ==, "shanchalife");
  g_assert_cmpstr (json_object_get_string_member (object, "color"), ==, "#ff8200");
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (object, "position")), ==, G_TYPE_INT64);
  g_assert_cmpint (json_object_get_int_member (object, "position"), ==, 3);
  g_assert_false (json_object_get_boolean_member (object, "visible"));
  g_clear_pointer (&array, json_array_unref);

  herald_campaign_set_goal (campaign, "全渠道种草");
  herald_campaign_set_starts_on (campaign, "2026-10-20");
  herald_campaign_set_ends_on (campaign, "2026-11-14");
  herald_campaign_set_archived (campaign, TRUE);
  g_list_store_append (campaigns, campaign);
  g_list_store_append (campaigns, open_ended);
  campaigns_text = write_list (G_LIST_MODEL (campaigns), HERALD_LIST_FORMAT_JSON, NULL);
  array = parse_json (campaigns_text);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  object = json_array_get_object_element (array, 0);
  assert_fields (object, HERALD_TYPE_CAMPAIGN);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "双十一囤货节");
  g_assert_cmpstr (json_object_get_string_member (object, "goal"), ==, "全渠道种草");
  g_assert_cmpstr (json_object_get_string_member (object, "starts_on"), ==, "2026-10-20");
  g_assert_cmpstr (json_object_get_string_member (object, "ends_on"), ==, "2026-11-14");
  g_assert_true (json_object_get_boolean_member (object, "archived"));
  object = json_array_get_object_element (array, 1);
  g_assert_true (json_object_get_null_member (object, "starts_on"));
  g_assert_true (json_object_get_null_member (object, "ends_on"));
  g_assert_false (json_object_get_boolean_member (object, "archived"));
  g_clear_pointer (&array, json_array_unref);

  herald_topic_set_state (topic, HERALD_TOPIC_STATE_USED);
  herald_topic_set_url (topic, "https://s.weibo.com/weibo?q=%23围炉煮茶%23");
  herald_topic_set_first_seen (topic, shanghai_time (2026, 11, 18, 8, 0));
  herald_topic_set_last_seen (topic, shanghai_time (2026, 11, 19, 9, 30));
  herald_topic_set_peak_heat (topic, 3326000.5);
  herald_topic_set_heat (topic, heat, G_N_ELEMENTS (heat));
  g_list_store_append (topics, topic);
  g_list_store_append (topics, unseen);
  topics_text = write_list (G_LIST_MODEL (topics), HERALD_LIST_FORMAT_JSON, NULL);
  array = parse_json (topics_text);
  object = json_array_get_object_element (array, 0);
  assert_fields (object, HERALD_TYPE_TOPIC);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "围炉煮茶");
  g_assert_cmpstr (json_object_get_string_member (object, "source"), ==, "微博热搜");
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, "used");
  /* Topics have no zone of their own: the caller's (UTC here). */
  g_assert_cmpstr (json_object_get_string_member (object, "first_seen"), ==, "2026-11-18T00:00:00+00:00");
  g_assert_cmpstr (json_object_get_string_member (object, "last_seen"), ==, "2026-11-19T01:30:00+00:00");
  g_assert_cmpfloat (json_object_get_double_member (object, "peak_heat"), ==, 3326000.5);
  /* The last place it was on its list, and its trend: it fell off. */
  g_assert_cmpfloat (json_object_get_double_member (object, "heat"), ==, 2100000);
  g_assert_cmpint (json_object_get_int_member (object, "rank"), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (object, "trend"), ==, "gone");
  object = json_array_get_object_element (array, 1);
  g_assert_true (json_object_get_null_member (object, "heat"));
  g_assert_true (json_object_get_null_member (object, "rank"));
  g_assert_cmpstr (json_object_get_string_member (object, "trend"), ==, "none");
  g_assert_true (json_object_get_null_member (object, "first_seen"));
  g_assert_true (json_object_get_null_member (object, "last_seen"));
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, "watching");
}

static void
test_json_empty (void)
{
  g_autoptr (GListStore) posts = g_list_store_new (HERALD_TYPE_POST);
  g_autofree char *text = write_list (G_LIST_MODEL (posts), HERALD_LIST_FORMAT_JSON, NULL);

  g_assert_cmpstr (text, ==, "[]\n");
}

static void
test_csv_posts (void)
{
  g_autoptr (GListModel) posts = make_posts ();
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *text = NULL;
  const char * const *fields = herald_list_get_fields (HERALD_TYPE_POST);
  char **full, **bare;
  gsize length;
  guint title, tags, campaign, overdue, scheduled;

  text = write_list (posts, HERALD_LIST_FORMAT_CSV, &length);
  records = parse_csv_with_bom (text, length);

  assert_header (records, HERALD_TYPE_POST);
  g_assert_cmpuint (records->len, ==, 1 + 5);
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpuint (g_strv_length (records->pdata[i]), ==, g_strv_length ((char **) fields));

  for (title = 0; !g_str_equal (fields[title], "title"); title++);
  for (tags = 0; !g_str_equal (fields[tags], "tags"); tags++);
  for (campaign = 0; !g_str_equal (fields[campaign], "campaign_id"); campaign++);
  for (overdue = 0; !g_str_equal (fields[overdue], "overdue"); overdue++);
  for (scheduled = 0; !g_str_equal (fields[scheduled], "scheduled_at"); scheduled++);

  full = records->pdata[1];
  g_assert_cmpstr (full[title], ==, AWKWARD_TITLE);
  g_assert_cmpstr (full[tags], ==, "双十一;好物分享");
  g_assert_cmpstr (full[campaign], ==, "campaign-1");
  g_assert_cmpstr (full[overdue], ==, "false");
  g_assert_cmpstr (full[scheduled], ==, "2026-11-11T20:00:00+08:00");

  bare = records->pdata[2];
  g_assert_cmpstr (bare[title], ==, "");
  g_assert_cmpstr (bare[tags], ==, "");
  g_assert_cmpstr (bare[campaign], ==, "");
  g_assert_cmpstr (bare[scheduled], ==, "");
  g_assert_cmpstr (((char **) records->pdata[3])[overdue], ==, "true");

  /* Quoted exactly where needed: the awkward title is, a plain id is not. */
  g_assert_nonnull (strstr (text, "\"双十一, \"\"囤货\"\"清单\n第二行 🎁\""));
  g_assert_nonnull (strstr (text, "\r\npost-2,account-2,,,idea,"));
}

static void
test_csv_others (void)
{
  g_autoptr (GListStore) topics = g_list_store_new (HERALD_TYPE_TOPIC);
  g_autoptr (GListStore) accounts = g_list_store_new (HERALD_TYPE_ACCOUNT);
  g_autoptr (HeraldTopic) topic = herald_topic_new ("围炉煮茶", "微博热搜");
  g_autoptr (HeraldAccount) account = herald_account_new ("douyin", "山茶生活");
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *text = NULL;
  char **row;
  gsize length;

  herald_record_set_id (HERALD_RECORD (topic), "topic-1");
  herald_topic_set_peak_heat (topic, 3326000);
  herald_topic_set_first_seen (topic, shanghai_time (2026, 11, 18, 8, 0));
  g_list_store_append (topics, topic);
  text = write_list (G_LIST_MODEL (topics), HERALD_LIST_FORMAT_CSV, &length);
  records = parse_csv_with_bom (text, length);
  assert_header (records, HERALD_TYPE_TOPIC);
  g_assert_cmpuint (records->len, ==, 2);
  row = records->pdata[1];
  g_assert_cmpstr (row[0], ==, "topic-1");
  g_assert_cmpstr (row[1], ==, "围炉煮茶");
  g_assert_cmpstr (row[6], ==, "2026-11-18T00:00:00+00:00");
  g_assert_cmpstr (row[7], ==, "");
  g_assert_cmpstr (row[8], ==, "3326000");
  g_clear_pointer (&records, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);

  herald_record_set_id (HERALD_RECORD (account), "account-1");
  herald_account_set_position (account, 2);
  g_list_store_append (accounts, account);
  text = write_list (G_LIST_MODEL (accounts), HERALD_LIST_FORMAT_CSV, &length);
  records = parse_csv_with_bom (text, length);
  assert_header (records, HERALD_TYPE_ACCOUNT);
  row = records->pdata[1];
  g_assert_cmpstr (row[5], ==, "2");
  g_assert_cmpstr (row[6], ==, "true");
}

static void
test_csv_empty (void)
{
  g_autoptr (GListStore) campaigns = g_list_store_new (HERALD_TYPE_CAMPAIGN);
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *text = NULL;
  gsize length;

  text = write_list (G_LIST_MODEL (campaigns), HERALD_LIST_FORMAT_CSV, &length);
  g_assert_cmpstr (text, ==, "\xef\xbb\xbfid,name,goal,starts_on,ends_on,color,archived\r\n");
  records = parse_csv_with_bom (text, length);
  g_assert_cmpuint (records->len, ==, 1);
}

static void
rm_rf (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        rm_rf (child);
      }

  g_remove (path);
}

/* The demo's real posts, bodies with line breaks and all, read back. */
static void
test_demo_posts (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("herald-list-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (GListModel) posts = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (JsonArray) array = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  HeraldDemoOptions options;
  gsize length;

  g_assert_no_error (error);
  store = herald_store_open (path, &error);
  g_assert_no_error (error);
  herald_demo_options_init (&options);
  options.n_posts = 200;
  options.n_samples = 100;
  options.now = fixed_now ();
  g_assert_true (herald_demo_generate (store, &options, &error));
  g_assert_no_error (error);

  posts = herald_store_list_posts_in_range (store, G_MININT64, G_MAXINT64, NULL, &error);
  g_assert_no_error (error);

  json = write_list (posts, HERALD_LIST_FORMAT_JSON, NULL);
  array = parse_json (json);
  g_assert_cmpuint (json_array_get_length (array), ==, g_list_model_get_n_items (posts));

  csv = write_list (posts, HERALD_LIST_FORMAT_CSV, &length);
  records = parse_csv_with_bom (csv, length);
  g_assert_cmpuint (records->len, ==, 1 + g_list_model_get_n_items (posts));
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpuint (g_strv_length (records->pdata[i]), ==, 15);

  for (guint i = 0; i < g_list_model_get_n_items (posts); i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (posts, i);
      JsonObject *object = json_array_get_object_element (array, i);
      char **row = records->pdata[i + 1];

      g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, herald_record_get_id (HERALD_RECORD (post)));
      g_assert_cmpstr (json_object_get_string_member (object, "body"), ==, herald_post_get_body (post));
      g_assert_cmpstr (row[0], ==, herald_record_get_id (HERALD_RECORD (post)));
      g_assert_cmpstr (row[5], ==, herald_post_get_title (post));
      g_assert_cmpstr (row[6], ==, herald_post_get_body (post));
    }

  g_clear_object (&store);
  rm_rf (dir);
}

/* A stream that fails is reported, not ignored. */
static void
test_write_error (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) posts = make_posts ();
  g_autoptr (GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();

  g_output_stream_close (output, NULL, NULL);
  g_assert_false (herald_list_write (output, posts, HERALD_LIST_FORMAT_CSV, utc, 0, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_false (herald_list_write (output, posts, HERALD_LIST_FORMAT_JSON, utc, 0, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

/* Standard output's stream: writes through to its FILE, closing flushes
 * it and leaves it open. */
static void
test_stdio_stream (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) output = NULL;
  FILE *file = tmpfile ();
  char buffer[64] = { 0, };
  gsize read;

  g_assert_nonnull (file);
  output = herald_stdio_stream_new (file);
  g_assert_true (g_output_stream_write_all (output, "山茶,", strlen ("山茶,"), NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (output, "ok\n", 3, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (output, NULL, &error));
  g_assert_no_error (error);

  rewind (file);
  read = fread (buffer, 1, sizeof buffer - 1, file);
  g_assert_cmpstr (buffer, ==, "山茶,ok\n");
  g_assert_cmpuint (read, ==, strlen ("山茶,ok\n"));
  fclose (file);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/list-writer/format-from-string", test_format_from_string);
  g_test_add_func ("/list-writer/fields", test_fields);
  g_test_add_func ("/list-writer/json/posts", test_json_posts);
  g_test_add_func ("/list-writer/json/others", test_json_others);
  g_test_add_func ("/list-writer/json/empty", test_json_empty);
  g_test_add_func ("/list-writer/csv/posts", test_csv_posts);
  g_test_add_func ("/list-writer/csv/others", test_csv_others);
  g_test_add_func ("/list-writer/csv/empty", test_csv_empty);
  g_test_add_func ("/list-writer/demo-posts", test_demo_posts);
  g_test_add_func ("/list-writer/write-error", test_write_error);
  g_test_add_func ("/list-writer/stdio-stream", test_stdio_stream);

  return g_test_run ();
}
