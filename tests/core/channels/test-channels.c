/* test-channels.c — channel kinds, their rules and per-account overrides
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "herald-channel-kind-private.h"
#include "herald-channel-topic.h"

static const char * const expected_order[] = {
  "wechat-article",
  "wechat-channels",
  "douyin",
  "kuaishou",
  "xiaohongshu",
  "bilibili",
  "weibo",
};

static HeraldChannelKind *
kind (const char *id)
{
  HeraldChannelKind *found = herald_channel_kinds_lookup (id);

  g_assert_nonnull (found);
  return found;
}

static int
limit (const char *id,
       const char *field)
{
  return herald_channel_kind_get_limit (kind (id), field, NULL);
}

static void
assert_slots (HeraldChannelKind  *k,
              const char * const *expected)
{
  const char * const *slots = herald_channel_kind_get_default_slots (k);

  g_assert_nonnull (slots);
  g_assert_cmpstrv (slots, expected);
}

/* The raw data, as shipped, for checks that must not go through the
 * parser under test.
 */
static JsonNode *
load_raw_data (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *text;
  gsize size;

  /* Make sure the resource is linked and registered. */
  herald_channel_kinds_get_all ();

  bytes = g_resources_lookup_data (HERALD_CHANNEL_KINDS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, &size);
  json_parser_load_from_data (parser, text, (gssize) size, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static JsonArray *
raw_kinds (JsonNode *root)
{
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_get_array_member (json_node_get_object (root), "kinds");
}

static gboolean
is_hh_mm (const char *slot)
{
  return g_regex_match_simple ("^([01][0-9]|2[0-3]):[0-5][0-9]$", slot, 0, 0);
}

static void
test_kinds_order (void)
{
  GListModel *all = herald_channel_kinds_get_all ();

  g_assert_nonnull (all);
  g_assert_true (g_list_model_get_item_type (all) == HERALD_TYPE_CHANNEL_KIND);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, G_N_ELEMENTS (expected_order));

  for (guint i = 0; i < G_N_ELEMENTS (expected_order); i++)
    {
      g_autoptr(HeraldChannelKind) k = g_list_model_get_item (all, i);

      g_assert_cmpstr (herald_channel_kind_get_id (k), ==, expected_order[i]);
      /* The lookup hands out the very same objects. */
      g_assert_true (herald_channel_kinds_lookup (expected_order[i]) == k);
    }

  /* Parsed once: every call returns the same list. */
  g_assert_true (herald_channel_kinds_get_all () == all);
}

static void
test_kinds_wechat_article (void)
{
  HeraldChannelKind *k = kind ("wechat-article");

  g_assert_cmpstr (herald_channel_kind_get_media (k), ==, "article");
  g_assert_cmpint (limit ("wechat-article", "title_max"), ==, 64);
  g_assert_false (herald_channel_kind_get_title_line_breaks (k));
  g_assert_cmpint (limit ("wechat-article", "body_max"), ==, 20000);
  g_assert_cmpint (limit ("wechat-article", "body_max_editor"), ==, 50000);
  g_assert_cmpint (limit ("wechat-article", "digest_max"), ==, 120);
  g_assert_cmpint (limit ("wechat-article", "author_max"), ==, 8);
  g_assert_cmpint (limit ("wechat-article", "digest_fallback_chars"), ==, 54);
  g_assert_cmpint (limit ("wechat-article", "articles_per_push_max"), ==, 8);
  g_assert_cmpint (limit ("wechat-article", "images_max"), ==, -1);
  g_assert_cmpstr (herald_channel_kind_get_topic_syntax (k), ==, "none");
  g_assert_cmpstr (herald_channel_kind_get_counting (k), ==, "codepoints");
  /* One API client cuts titles to 32. */
  g_assert_true (herald_channel_kind_is_uncertain (k, "title_max"));
  g_assert_false (herald_channel_kind_is_uncertain (k, "digest_max"));
  g_assert_cmpstr (herald_channel_kind_get_creator_url (k), ==, "https://mp.weixin.qq.com/");
  assert_slots (k, (const char *[]) { "08:00", "12:30", "20:00", NULL });
}

static void
test_kinds_wechat_channels (void)
{
  HeraldChannelKind *k = kind ("wechat-channels");
  const char *extra = herald_channel_kind_get_title_allowed_extra (k);

  g_assert_cmpstr (herald_channel_kind_get_media (k), ==, "video");
  g_assert_cmpint (limit ("wechat-channels", "title_min"), ==, 6);
  g_assert_cmpint (limit ("wechat-channels", "title_max"), ==, 16);
  g_assert_nonnull (extra);
  g_assert_nonnull (strstr (extra, "《"));
  g_assert_nonnull (strstr (extra, "》"));
  g_assert_nonnull (strstr (extra, "°"));
  g_assert_nonnull (strstr (extra, "%"));
  g_assert_null (strstr (extra, "!"));
  g_assert_cmpint (limit ("wechat-channels", "body_max"), ==, 600);
  g_assert_true (herald_channel_kind_is_uncertain (k, "body_max"));
  g_assert_cmpint (limit ("wechat-channels", "digest_max"), ==, -1);
  g_assert_cmpstr (herald_channel_kind_get_creator_url (k), ==, "https://channels.weixin.qq.com/");
}

static void
test_kinds_douyin (void)
{
  HeraldChannelKind *k = kind ("douyin");

  g_assert_cmpint (limit ("douyin", "title_max"), ==, 30);
  g_assert_cmpint (limit ("douyin", "title_max_image_text"), ==, 20);
  g_assert_cmpint (limit ("douyin", "body_max"), ==, 1000);
  g_assert_cmpint (limit ("douyin", "images_max"), ==, 35);
  g_assert_cmpstr (herald_channel_kind_get_topic_syntax (k), ==, "hash-space");
  g_assert_cmpstr (herald_channel_kind_get_counting (k), ==, "codepoints");
  g_assert_cmpstr (herald_channel_kind_get_creator_url (k), ==, "https://creator.douyin.com/");
}

static void
test_kinds_kuaishou (void)
{
  HeraldChannelKind *k = kind ("kuaishou");

  /* A single 作品描述 field: no title, and its limit is unknown. */
  g_assert_cmpint (limit ("kuaishou", "title_max"), ==, -1);
  g_assert_cmpint (limit ("kuaishou", "body_max"), ==, -1);
  g_assert_true (herald_channel_kind_is_uncertain (k, "body_max"));
  g_assert_cmpint (limit ("kuaishou", "topics_max"), ==, 3);
  g_assert_cmpstr (herald_channel_kind_get_topic_syntax (k), ==, "hash-space");
  g_assert_cmpstr (herald_channel_kind_get_creator_url (k), ==, "https://cp.kuaishou.com/");
}

static void
test_kinds_xiaohongshu (void)
{
  HeraldChannelKind *k = kind ("xiaohongshu");

  g_assert_cmpstr (herald_channel_kind_get_media (k), ==, "image-text");
  g_assert_cmpint (limit ("xiaohongshu", "title_max"), ==, 20);
  g_assert_cmpint (limit ("xiaohongshu", "body_max"), ==, 1000);
  g_assert_cmpint (limit ("xiaohongshu", "topics_max"), ==, 10);
  g_assert_cmpint (limit ("xiaohongshu", "images_min"), ==, 1);
  g_assert_cmpint (limit ("xiaohongshu", "images_max"), ==, 18);
  g_assert_cmpstr (herald_channel_kind_get_topic_syntax (k), ==, "hash-space");
  /* Code points by default; the CJK-weighted rule is only an alternative. */
  g_assert_cmpstr (herald_channel_kind_get_title_counting (k), ==, "codepoints");
  g_assert_true (herald_channel_kind_is_uncertain (k, "title_counting"));
  g_assert_cmpint (limit ("xiaohongshu", "title_max_weighted"), ==, 38);
  g_assert_cmpstr (herald_channel_kind_get_creator_url (k), ==, "https://creator.xiaohongshu.com/");
  assert_slots (k, (const char *[]) { "20:00", "21:00", NULL });
}

static void
test_kinds_bilibili (void)
{
  HeraldChannelKind *k = kind ("bilibili");

  g_assert_cmpint (limit ("bilibili", "title_max"), ==, 80);
  g_assert_cmpint (limit ("bilibili", "body_max"), ==, 2000);
  g_assert_cmpint (limit ("bilibili", "body_max_lowest"), ==, 250);
  g_assert_true (herald_channel_kind_is_uncertain (k, "body_max"));
  g_assert_cmpstr (herald_channel_kind_get_topic_syntax (k), ==, "tags");
  g_assert_cmpint (limit ("bilibili", "topics_max"), ==, 10);
  g_assert_true (herald_channel_kind_is_uncertain (k, "topics_max"));
  g_assert_false (herald_channel_kind_is_uncertain (k, "title_max"));
  g_assert_cmpstr (herald_channel_kind_get_creator_url (k), ==, "https://member.bilibili.com/");
  assert_slots (k, (const char *[]) { "20:00", "22:00", NULL });
}

static void
test_kinds_weibo (void)
{
  HeraldChannelKind *k = kind ("weibo");

  g_assert_cmpstr (herald_channel_kind_get_counting (k), ==, "weibo");
  g_assert_cmpint (limit ("weibo", "body_max"), ==, 2000);
  g_assert_true (herald_channel_kind_is_uncertain (k, "body_max"));
  g_assert_cmpint (limit ("weibo", "body_fold"), ==, 140);
  g_assert_false (herald_channel_kind_is_uncertain (k, "body_fold"));
  g_assert_cmpstr (herald_channel_kind_get_topic_syntax (k), ==, "hash-pair");
  g_assert_cmpint (limit ("weibo", "images_max"), ==, 9);
  g_assert_true (herald_channel_kind_is_uncertain (k, "images_max"));
  g_assert_cmpint (limit ("weibo", "title_min"), ==, 0);
  g_assert_cmpint (limit ("weibo", "title_max"), ==, 30);
  g_assert_cmpstr (herald_channel_kind_get_creator_url (k), ==, "https://weibo.com/");
}

static void
test_kinds_names (void)
{
  static const char * const names[] = {
    "WeChat Article", "WeChat Channels", "Douyin", "Kuaishou",
    "Xiaohongshu", "Bilibili", "Weibo",
  };

  /* The tests run in the C locale, so the names are untranslated. */
  for (guint i = 0; i < G_N_ELEMENTS (expected_order); i++)
    g_assert_cmpstr (herald_channel_kind_get_name (kind (expected_order[i])), ==, names[i]);
}

static void
test_kinds_properties (void)
{
  GListModel *all = herald_channel_kinds_get_all ();
  const char * const *fields = herald_channel_kinds_get_limit_fields ();

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(HeraldChannelKind) k = g_list_model_get_item (all, i);
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autofree char *color = NULL;
      g_auto(GStrv) slots = NULL;
      gboolean line_breaks;

      g_object_get (k,
                    "id", &id,
                    "name", &name,
                    "color", &color,
                    "default-slots", &slots,
                    "title-line-breaks", &line_breaks,
                    NULL);
      g_assert_cmpstr (id, ==, herald_channel_kind_get_id (k));
      g_assert_cmpstr (name, ==, herald_channel_kind_get_name (k));
      g_assert_cmpstr (color, ==, herald_channel_kind_get_color (k));
      g_assert_cmpstrv (slots, herald_channel_kind_get_default_slots (k));
      g_assert_true (line_breaks == herald_channel_kind_get_title_line_breaks (k));

      /* Every limit is also a read-only int property with dashes. */
      for (guint f = 0; fields[f] != NULL; f++)
        {
          g_autofree char *property = g_strdelimit (g_strdup (fields[f]), "_", '-');
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (k), property);
          int value;

          g_assert_nonnull (pspec);
          g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT);
          g_assert_false (pspec->flags & G_PARAM_WRITABLE);
          g_object_get (k, property, &value, NULL);
          g_assert_cmpint (value, ==, herald_channel_kind_get_limit (k, fields[f], NULL));
        }
    }
}

static void
test_kinds_looks (void)
{
  g_autoptr(GHashTable) colors = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (expected_order); i++)
    {
      HeraldChannelKind *k = kind (expected_order[i]);
      const char *color = herald_channel_kind_get_color (k);
      g_autofree char *icon = g_strdup_printf ("herald-channel-%s-symbolic", expected_order[i]);

      g_assert_true (g_regex_match_simple ("^#[0-9a-f]{6}$", color, 0, 0));
      /* Two accounts of different kinds start with different colours. */
      g_assert_true (g_hash_table_add (colors, (gpointer) color));
      g_assert_cmpstr (herald_channel_kind_get_icon_name (k), ==, icon);
      g_assert_true (g_str_has_prefix (herald_channel_kind_get_creator_url (k), "https://"));
    }
}

static void
test_kinds_lookup (void)
{
  g_assert_null (herald_channel_kinds_lookup ("myspace"));
  g_assert_null (herald_channel_kinds_lookup (""));
  g_assert_null (herald_channel_kinds_lookup (NULL));
  g_assert_null (herald_channel_kinds_lookup ("Weibo"));
  g_assert_null (herald_channel_kinds_lookup ("weibo "));
  g_assert_nonnull (herald_channel_kinds_lookup ("weibo"));

  /* Names to show: the kind's, else what was given. */
  g_assert_cmpstr (herald_channel_kinds_get_display_name ("weibo"), ==,
                   herald_channel_kind_get_name (herald_channel_kinds_lookup ("weibo")));
  g_assert_cmpstr (herald_channel_kinds_get_display_name ("myspace"), ==, "myspace");
  g_assert_cmpstr (herald_channel_kinds_get_display_name (NULL), ==, "");
}

static gpointer
get_all_thread (gpointer data)
{
  return herald_channel_kinds_get_all ();
}

static void
test_kinds_threads (void)
{
  /* In a fresh process, so that the first load really races. */
  if (g_test_subprocess ())
    {
      GThread *threads[8];
      gpointer first = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        threads[i] = g_thread_new ("kinds", get_all_thread, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        {
          gpointer model = g_thread_join (threads[i]);

          g_assert_nonnull (model);
          if (first == NULL)
            first = model;
          g_assert_true (model == first);
        }

      g_assert_cmpuint (g_list_model_get_n_items (first), ==, 7);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_overrides_valid (void)
{
  HeraldChannelKind *k = kind ("weibo");

  g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", "{\"body_max\": 5000}"), ==, 5000);
  g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", "  {\"images_max\": 18, \"body_max\": 0}\n"), ==, 0);
  g_assert_cmpint (herald_channel_kind_get_limit (k, "images_max", "{\"images_max\": 18, \"body_max\": 0}"), ==, 18);
  g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", "{\"body_max\": 2147483647}"), ==, G_MAXINT);

  /* Fields the overrides leave out keep the kind's value. */
  g_assert_cmpint (herald_channel_kind_get_limit (k, "body_fold", "{\"body_max\": 5000}"), ==, 140);
  g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", "{}"), ==, 2000);
  g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", NULL), ==, 2000);
  g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", ""), ==, 2000);

  /* Keys that are not limits at all are ignored. */
  g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", "{\"colour\": 5, \"body_max\": 300}"), ==, 300);
}

static void
test_overrides_field_kind_lacks (void)
{
  /* Kuaishou's body limit is unknown: an account that knows it says so. */
  g_assert_cmpint (limit ("kuaishou", "body_max"), ==, -1);
  g_assert_cmpint (herald_channel_kind_get_limit (kind ("kuaishou"), "body_max", "{\"body_max\": 500}"), ==, 500);
  g_assert_cmpint (herald_channel_kind_get_limit (kind ("kuaishou"), "title_max", "{\"body_max\": 500}"), ==, -1);

  /* A digest only exists on 公众号; another kind answers the override
   * when asked, and nothing else changes. */
  g_assert_cmpint (herald_channel_kind_get_limit (kind ("douyin"), "digest_max", "{\"digest_max\": 100}"), ==, 100);
  g_assert_cmpint (herald_channel_kind_get_limit (kind ("douyin"), "digest_max", NULL), ==, -1);
}

static void
test_overrides_malformed (void)
{
  static const char * const inputs[] = {
    "{",
    "}",
    "not json",
    "{\"body_max\": }",
    "{\"body_max\" 5000}",
    "{body_max: 5000}",
    "[{\"body_max\": 5000}]",
    "5000",
    "null",
    "\"{\\\"body_max\\\": 5000}\"",
    "{\"body_max\": 5000",
    "{\"body_max\": 5000}}",
    "\xff\xfe{\"body_max\": 5000}",
    "{\"body_max\": 5000, \"\xc3\x28\": 1}",
  };
  HeraldChannelKind *k = kind ("xiaohongshu");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_test_message ("overrides: %s", inputs[i]);
      g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", inputs[i]), ==, 1000);
    }
}

static void
test_overrides_non_integer (void)
{
  static const char * const inputs[] = {
    "{\"body_max\": 5000.5}",
    "{\"body_max\": 5000.0}",
    "{\"body_max\": 5e3}",
    "{\"body_max\": \"5000\"}",
    "{\"body_max\": true}",
    "{\"body_max\": false}",
    "{\"body_max\": null}",
    "{\"body_max\": [5000]}",
    "{\"body_max\": {\"value\": 5000}}",
  };
  HeraldChannelKind *k = kind ("xiaohongshu");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_test_message ("overrides: %s", inputs[i]);
      g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", inputs[i]), ==, 1000);
    }
}

static void
test_overrides_out_of_range (void)
{
  static const char * const inputs[] = {
    "{\"body_max\": -1}",
    "{\"body_max\": -5000}",
    "{\"body_max\": -9223372036854775808}",
    "{\"body_max\": 2147483648}",
    "{\"body_max\": 9223372036854775807}",
  };
  HeraldChannelKind *k = kind ("bilibili");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_test_message ("overrides: %s", inputs[i]);
      g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", inputs[i]), ==, 2000);
    }
}

static void
test_overrides_unknown_field (void)
{
  int value;

  /* Asking for a field that is not a limit is a programming error. */
  g_test_expect_message ("herald-channel-kind", G_LOG_LEVEL_CRITICAL, "*colour*");
  value = herald_channel_kind_get_limit (kind ("weibo"), "colour", "{\"colour\": 5}");
  g_test_assert_expected_messages ();
  g_assert_cmpint (value, ==, -1);

  /* title_line_breaks is a rule, but not a number. */
  g_test_expect_message ("herald-channel-kind", G_LOG_LEVEL_CRITICAL, "*title_line_breaks*");
  value = herald_channel_kind_get_limit (kind ("wechat-article"), "title_line_breaks", NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpint (value, ==, -1);
}

/* Not a fuzzer, but adversarial: random bytes, and valid overrides with
 * random bytes changed, must never crash and must answer either the kind's
 * value or a value an override could give.
 */
static void
test_overrides_random (void)
{
  static const char * const seeds[] = {
    "{\"body_max\": 5000}",
    "{\"body_max\": 5000, \"title_max\": 12, \"images_max\": 18}",
    "{\"body_max\": [[[[[[[[[[1]]]]]]]]]], \"x\": {\"y\": \"\\u4e2d\"}}",
  };
  HeraldChannelKind *k = kind ("weibo");
  const char * const *fields = herald_channel_kinds_get_limit_fields ();
  guint n_fields = g_strv_length ((char **) fields);

  for (guint iteration = 0; iteration < 2000; iteration++)
    {
      g_autofree char *input = NULL;
      const char *field = fields[g_test_rand_int_range (0, (gint32) n_fields)];
      int expected = herald_channel_kind_get_limit (k, field, NULL);
      int value;

      if (iteration % 2 == 0)
        {
          gsize length = (gsize) g_test_rand_int_range (0, 96);

          input = g_malloc (length + 1);
          for (gsize i = 0; i < length; i++)
            input[i] = (char) g_test_rand_int_range (1, 256);
          input[length] = '\0';
        }
      else
        {
          const char *seed = seeds[g_test_rand_int_range (0, (gint32) G_N_ELEMENTS (seeds))];
          gsize length = strlen (seed);
          int changes = g_test_rand_int_range (1, 4);

          input = g_strdup (seed);
          for (int c = 0; c < changes; c++)
            input[g_test_rand_int_range (0, (gint32) length)] = (char) g_test_rand_int_range (1, 256);
        }

      value = herald_channel_kind_get_limit (k, field, input);
      g_assert_true (value == expected || value >= 0);
    }

  /* Deep nesting is refused by the JSON parser, not by the stack. */
  {
    GString *deep = g_string_new ("{\"body_max\": ");

    for (int i = 0; i < 100000; i++)
      g_string_append_c (deep, '[');
    g_assert_cmpint (herald_channel_kind_get_limit (k, "body_max", deep->str), ==, 2000);
    g_string_free (deep, TRUE);
  }
}

static void
test_data_uncertain_fields_exist (void)
{
  g_autoptr(JsonNode) root = load_raw_data ();
  JsonArray *kinds = raw_kinds (root);
  guint n_uncertain = 0;

  g_assert_cmpuint (json_array_get_length (kinds), ==, G_N_ELEMENTS (expected_order));

  for (guint i = 0; i < json_array_get_length (kinds); i++)
    {
      JsonObject *object = json_array_get_object_element (kinds, i);
      JsonArray *uncertain = json_object_get_array_member (object, "uncertain");
      JsonObject *alternatives = json_object_get_object_member (object, "alternatives");
      const char *id = json_object_get_string_member (object, "id");
      g_autoptr(GList) alternative_fields = NULL;

      g_assert_cmpstr (id, ==, expected_order[i]);
      g_assert_nonnull (uncertain);
      g_assert_nonnull (alternatives);

      for (guint u = 0; u < json_array_get_length (uncertain); u++)
        {
          const char *field = json_array_get_string_element (uncertain, u);

          g_test_message ("%s: uncertain %s", id, field);
          g_assert_nonnull (field);
          g_assert_true (json_object_has_member (object, field));
          g_assert_cmpstr (field, !=, "id");
          g_assert_cmpstr (field, !=, "notes");
          g_assert_true (herald_channel_kind_is_uncertain (kind (id), field));
          n_uncertain++;
        }

      /* An alternative value belongs to an uncertain field. */
      alternative_fields = json_object_get_members (alternatives);
      for (const GList *l = alternative_fields; l != NULL; l = l->next)
        g_assert_true (herald_channel_kind_is_uncertain (kind (id), l->data));

      /* The notes are the comment: they must exist to explain. */
      g_assert_cmpuint (strlen (json_object_get_string_member (object, "notes")), >, 20);
    }

  /* PLATFORMS.md marks at least this many facts uncertain. */
  g_assert_cmpuint (n_uncertain, >=, 8);
}

static void
test_data_same_fields (void)
{
  g_autoptr(JsonNode) root = load_raw_data ();
  JsonArray *kinds = raw_kinds (root);
  const char * const *fields = herald_channel_kinds_get_limit_fields ();
  JsonObject *first = json_array_get_object_element (kinds, 0);

  for (guint i = 0; i < json_array_get_length (kinds); i++)
    {
      JsonObject *object = json_array_get_object_element (kinds, i);
      const char *id = json_object_get_string_member (object, "id");
      g_autoptr(GList) members = json_object_get_members (object);

      /* One schema for all kinds: null, not absent, where a rule is missing. */
      g_assert_cmpuint (json_object_get_size (object), ==, json_object_get_size (first));
      for (const GList *l = members; l != NULL; l = l->next)
        g_assert_true (json_object_has_member (first, l->data));

      /* Every limit the code knows is in the data, with the same value. */
      for (guint f = 0; fields[f] != NULL; f++)
        {
          JsonNode *node = json_object_get_member (object, fields[f]);
          int expected;

          g_assert_nonnull (node);
          expected = JSON_NODE_HOLDS_NULL (node) ? -1 : (int) json_node_get_int (node);
          g_assert_cmpint (limit (id, fields[f]), ==, expected);
        }

      /* Every number in the data is a limit the code knows. */
      for (const GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *node = json_object_get_member (object, l->data);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
            g_assert_true (g_strv_contains (fields, l->data));
        }
    }
}

static void
test_data_slots (void)
{
  g_autoptr(JsonNode) root = load_raw_data ();
  JsonArray *kinds = raw_kinds (root);

  for (guint i = 0; i < json_array_get_length (kinds); i++)
    {
      JsonObject *object = json_array_get_object_element (kinds, i);
      JsonArray *slots = json_object_get_array_member (object, "default_slots");

      g_assert_cmpuint (json_array_get_length (slots), >, 0);
      for (guint s = 0; s < json_array_get_length (slots); s++)
        g_assert_true (is_hh_mm (json_array_get_string_element (slots, s)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected_order); i++)
    {
      const char * const *slots = herald_channel_kind_get_default_slots (kind (expected_order[i]));

      g_assert_nonnull (slots[0]);
      for (guint s = 0; slots[s] != NULL; s++)
        g_assert_true (is_hh_mm (slots[s]));
    }
}

/* Broken data must be refused with a message that names the problem.
 * Each case changes one field of the shipped data.
 */
static GBytes *
mutated_data (const char *id,
              const char *field,
              JsonNode   *value)
{
  g_autoptr(JsonNode) root = load_raw_data ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonArray *kinds = raw_kinds (root);
  char *text;
  gsize length;

  for (guint i = 0; i < json_array_get_length (kinds); i++)
    {
      JsonObject *object = json_array_get_object_element (kinds, i);

      if (!g_str_equal (json_object_get_string_member (object, "id"), id))
        continue;

      if (value == NULL)
        json_object_remove_member (object, field);
      else
        json_object_set_member (object, field, value);
    }

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

static JsonNode *
node_from (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  return node;
}

static void
assert_refused (GBytes     *data,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = herald_channel_kinds_parse (data, &error);

  g_assert_null (model);
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_parse_shipped (void)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;

  herald_channel_kinds_get_all ();
  data = g_resources_lookup_data (HERALD_CHANNEL_KINDS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  model = herald_channel_kinds_parse (data, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
  /* A separate parse gives separate objects. */
  {
    g_autoptr(HeraldChannelKind) k = g_list_model_get_item (model, 6);

    g_assert_false (k == kind ("weibo"));
    g_assert_cmpint (herald_channel_kind_get_limit (k, "body_fold", NULL), ==, 140);
  }
}

static void
test_parse_broken (void)
{
  g_autoptr(GBytes) not_json = g_bytes_new_static ("{\"kinds\": [", 11);
  g_autoptr(GBytes) array = g_bytes_new_static ("[]", 2);
  g_autoptr(GBytes) empty = g_bytes_new_static ("{\"kinds\": []}", 13);
  g_autoptr(GBytes) not_utf8 = g_bytes_new_static ("{\"kinds\": \"\xff\"}", 14);
  g_autoptr(GBytes) extra = g_bytes_new_static ("{\"kinds\": [], \"version\": 2}", 27);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = herald_channel_kinds_parse (not_json, &error);

  g_assert_null (model);
  g_assert_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE);

  assert_refused (array, "JSON object");
  assert_refused (empty, "non-empty");
  assert_refused (not_utf8, "UTF-8");
  assert_refused (extra, "version");

#define REFUSED(id, field, json, part) \
  G_STMT_START { \
    g_autoptr(GBytes) data = mutated_data (id, field, (json) ? node_from (json) : NULL); \
    assert_refused (data, part); \
  } G_STMT_END

  REFUSED ("weibo", "body_max", NULL, "“body_max” is missing");
  REFUSED ("weibo", "body_max", "-1", "out of range");
  REFUSED ("weibo", "body_max", "2.5", "whole number");
  REFUSED ("weibo", "body_max", "\"2000\"", "whole number");
  REFUSED ("weibo", "topic_syntax", "\"hash\"", "unknown value “hash”");
  REFUSED ("weibo", "counting", "\"bytes\"", "unknown value “bytes”");
  REFUSED ("weibo", "media", "\"podcast\"", "unknown value");
  REFUSED ("weibo", "color", "\"red\"", "#rrggbb");
  REFUSED ("weibo", "creator_url", "\"http://weibo.com/\"", "https://");
  REFUSED ("weibo", "default_slots", "[\"8:00\"]", "HH:MM");
  REFUSED ("weibo", "default_slots", "[\"24:00\"]", "HH:MM");
  REFUSED ("weibo", "default_slots", "[\"20:00\", \"08:00\"]", "ascending");
  REFUSED ("weibo", "default_slots", "[]", "must not be empty");
  REFUSED ("weibo", "uncertain", "[\"body_max\", \"bodymax\"]", "“bodymax”");
  REFUSED ("weibo", "uncertain", "[\"notes\"]", "“notes”");
  REFUSED ("weibo", "alternatives", "{\"title_max\": 40}", "not uncertain");
  REFUSED ("weibo", "title_line_breaks", "\"no\"", "true, false or null");
  REFUSED ("weibo", "body_maximum", "2000", "not a known field");
  REFUSED ("weibo", "id", "\"douyin\"", "appears twice");
  REFUSED ("weibo", "id", "\"twitter\"", "no display name");
  REFUSED ("weibo", "notes", "null", "must be a string");

#undef REFUSED
}

static void
test_format_topic (void)
{
  const struct { const char *kind; const char *topic; const char *expected; } cases[] = {
    { "weibo", "冬至吃饺子", "#冬至吃饺子#" },
    { "weibo", "#冬至吃饺子#", "#冬至吃饺子#" },
    { "douyin", "冬至吃饺子", "#冬至吃饺子 " },
    { "xiaohongshu", "＃冬至 吃饺子", "#冬至吃饺子 " },
    { "kuaishou", "Vlog", "#Vlog " },
    { "wechat-channels", "年终总结", "#年终总结 " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *tag = herald_channel_kind_format_topic (herald_channel_kinds_lookup (cases[i].kind),
                                                               cases[i].topic);

      g_assert_cmpstr (tag, ==, cases[i].expected);
    }

  g_assert_null (herald_channel_kind_format_topic (herald_channel_kinds_lookup ("weibo"), " # "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/channels/kinds/order", test_kinds_order);
  g_test_add_func ("/channels/kinds/wechat-article", test_kinds_wechat_article);
  g_test_add_func ("/channels/kinds/wechat-channels", test_kinds_wechat_channels);
  g_test_add_func ("/channels/kinds/douyin", test_kinds_douyin);
  g_test_add_func ("/channels/kinds/kuaishou", test_kinds_kuaishou);
  g_test_add_func ("/channels/kinds/xiaohongshu", test_kinds_xiaohongshu);
  g_test_add_func ("/channels/kinds/bilibili", test_kinds_bilibili);
  g_test_add_func ("/channels/kinds/weibo", test_kinds_weibo);
  g_test_add_func ("/channels/kinds/names", test_kinds_names);
  g_test_add_func ("/channels/kinds/properties", test_kinds_properties);
  g_test_add_func ("/channels/kinds/looks", test_kinds_looks);
  g_test_add_func ("/channels/kinds/lookup", test_kinds_lookup);
  g_test_add_func ("/channels/kinds/threads", test_kinds_threads);
  g_test_add_func ("/channels/overrides/valid", test_overrides_valid);
  g_test_add_func ("/channels/overrides/field-kind-lacks", test_overrides_field_kind_lacks);
  g_test_add_func ("/channels/overrides/malformed", test_overrides_malformed);
  g_test_add_func ("/channels/overrides/non-integer", test_overrides_non_integer);
  g_test_add_func ("/channels/overrides/out-of-range", test_overrides_out_of_range);
  g_test_add_func ("/channels/overrides/unknown-field", test_overrides_unknown_field);
  g_test_add_func ("/channels/overrides/random", test_overrides_random);
  g_test_add_func ("/channels/data/uncertain-fields-exist", test_data_uncertain_fields_exist);
  g_test_add_func ("/channels/data/same-fields", test_data_same_fields);
  g_test_add_func ("/channels/data/slots", test_data_slots);
  g_test_add_func ("/channels/parse/shipped", test_parse_shipped);
  g_test_add_func ("/channels/parse/broken", test_parse_broken);
  g_test_add_func ("/channels/format-topic", test_format_topic);

  return g_test_run ();
}
