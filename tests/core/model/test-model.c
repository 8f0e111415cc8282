/* test-model.c — the model objects: defaults, properties, notifications, rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib-object.h>

#include "herald-account.h"
#include "herald-campaign.h"
#include "herald-kpi.h"
#include "herald-metric-sample.h"
#include "herald-post.h"
#include "herald-record.h"
#include "herald-topic.h"

/* A moment in November 2023, in Unix seconds. */
#define NOW G_GINT64_CONSTANT (1700000000)

typedef struct
{
  guint  count;
  char  *last;
} Notified;

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             gpointer    user_data)
{
  Notified *notified = user_data;

  notified->count++;
  g_set_str (&notified->last, pspec->name);
}

static void
notified_clear (Notified *notified)
{
  g_clear_pointer (&notified->last, g_free);
  notified->count = 0;
}

/* Checks that @object has exactly these properties of its own (those of
 * HeraldRecord and GObject aside), so that names cannot drift from the
 * getters without a test noticing. */
static void
assert_own_properties (gpointer           object,
                       const char * const *expected)
{
  g_autofree GParamSpec **pspecs = NULL;
  GType type = G_OBJECT_TYPE (object);
  guint n_pspecs;
  guint n_own = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      if (pspecs[i]->owner_type != type)
        continue;

      if (!g_strv_contains (expected, pspecs[i]->name))
        g_error ("unexpected property %s::%s", G_OBJECT_TYPE_NAME (object), pspecs[i]->name);
      n_own++;
    }

  g_assert_cmpuint (n_own, ==, g_strv_length ((char **) expected));
}

/* Gives @value (already holding the property's current value) a value of
 * the same type that differs from it. */
static void
change_value (GParamSpec *pspec,
              GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    {
      g_autofree char *text = g_strconcat ("changed ", g_value_get_string (value), NULL);

      g_value_set_string (value, text);
    }
  else if (type == G_TYPE_INT)
    g_value_set_int (value, g_value_get_int (value) + 7);
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, g_value_get_int64 (value) + 86400);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, g_value_get_double (value) + 2.5);
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, !g_value_get_boolean (value));
  else if (type == G_TYPE_STRV)
    {
      static const char * const strv[] = { "changed", "twice", NULL };

      g_value_set_boxed (value, strv);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      guint next = (guint) (g_value_get_enum (value) + 1) % enum_class->n_values;

      g_value_set_enum (value, enum_class->values[next].value);
    }
  else
    g_error ("no test value for a property of type %s", g_type_name (type));
}

/* For every property that can be set after construction: setting a new
 * value by name notifies once, with that property's name, and reads back;
 * setting it again to the same value notifies nothing. */
static void
assert_properties_notify_once (gpointer object)
{
  g_autofree GParamSpec **pspecs = NULL;
  Notified notified = { 0 };
  guint n_pspecs;
  gulong handler;

  handler = g_signal_connect (object, "notify", G_CALLBACK (notified_cb), &notified);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto (GValue) value = G_VALUE_INIT;
      g_auto (GValue) read_back = G_VALUE_INIT;

      if (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;

      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
      g_assert_true (pspec->flags & G_PARAM_READABLE);

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (object, pspec->name, &value);
      change_value (pspec, &value);

      notified_clear (&notified);
      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (notified.count, ==, 1);
      g_assert_cmpstr (notified.last, ==, pspec->name);

      g_value_init (&read_back, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (object, pspec->name, &read_back);
      /* Boxed values compare by address: compare string arrays by content. */
      if (G_VALUE_HOLDS (&value, G_TYPE_STRV))
        g_assert_true (g_strv_equal (g_value_get_boxed (&value), g_value_get_boxed (&read_back)));
      else
        g_assert_cmpint (g_param_values_cmp (pspec, &value, &read_back), ==, 0);

      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (notified.count, ==, 1);
    }

  g_signal_handler_disconnect (object, handler);
  notified_clear (&notified);
}

/* Record */

static void
test_record_abstract (void)
{
  g_assert_true (G_TYPE_IS_ABSTRACT (HERALD_TYPE_RECORD));
  g_assert_true (G_TYPE_IS_DERIVABLE (HERALD_TYPE_RECORD));

  g_assert_true (g_type_is_a (HERALD_TYPE_ACCOUNT, HERALD_TYPE_RECORD));
  g_assert_true (g_type_is_a (HERALD_TYPE_CAMPAIGN, HERALD_TYPE_RECORD));
  g_assert_true (g_type_is_a (HERALD_TYPE_KPI, HERALD_TYPE_RECORD));
  g_assert_true (g_type_is_a (HERALD_TYPE_POST, HERALD_TYPE_RECORD));
  g_assert_true (g_type_is_a (HERALD_TYPE_TOPIC, HERALD_TYPE_RECORD));

  /* Samples are many and never edited: not records. */
  g_assert_false (g_type_is_a (HERALD_TYPE_METRIC_SAMPLE, HERALD_TYPE_RECORD));
  g_assert_true (G_TYPE_IS_FINAL (HERALD_TYPE_METRIC_SAMPLE));
  g_assert_true (G_TYPE_IS_FINAL (HERALD_TYPE_POST));
}

static void
test_record_defaults (void)
{
  g_autoptr (HeraldPost) post = herald_post_new ("acc-1", "标题");
  HeraldRecord *record = HERALD_RECORD (post);

  /* Constructors never make ids: the store does. */
  g_assert_null (herald_record_get_id (record));
  g_assert_cmpint (herald_record_get_created_at (record), ==, 0);
  g_assert_cmpint (herald_record_get_updated_at (record), ==, 0);
  g_assert_cmpint (herald_record_get_deleted_at (record), ==, 0);
  g_assert_false (herald_record_is_deleted (record));
}

static void
test_record_round_trip (void)
{
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("双十一");
  HeraldRecord *record = HERALD_RECORD (campaign);

  herald_record_set_id (record, "5b3c1a2e-8f7d-4e6a-9c0b-1d2e3f4a5b6c");
  herald_record_set_created_at (record, NOW - 3600);
  herald_record_set_updated_at (record, NOW);
  g_assert_cmpstr (herald_record_get_id (record), ==, "5b3c1a2e-8f7d-4e6a-9c0b-1d2e3f4a5b6c");
  g_assert_cmpint (herald_record_get_created_at (record), ==, NOW - 3600);
  g_assert_cmpint (herald_record_get_updated_at (record), ==, NOW);

  herald_record_set_deleted_at (record, NOW + 60);
  g_assert_cmpint (herald_record_get_deleted_at (record), ==, NOW + 60);
  g_assert_true (herald_record_is_deleted (record));

  /* Undo brings the record back. */
  herald_record_set_deleted_at (record, 0);
  g_assert_false (herald_record_is_deleted (record));

  /* An empty id is no id. */
  herald_record_set_id (record, "");
  g_assert_null (herald_record_get_id (record));
}

static void
test_record_notify (void)
{
  g_autoptr (HeraldTopic) topic = herald_topic_new ("某地暴雨", "weibo-hot");
  HeraldRecord *record = HERALD_RECORD (topic);
  Notified all = { 0 };
  Notified deleted = { 0 };

  g_signal_connect (topic, "notify", G_CALLBACK (notified_cb), &all);
  g_signal_connect (topic, "notify::deleted-at", G_CALLBACK (notified_cb), &deleted);

  herald_record_set_id (record, "t-1");
  g_assert_cmpuint (all.count, ==, 1);
  g_assert_cmpstr (all.last, ==, "id");
  herald_record_set_id (record, "t-1");
  g_assert_cmpuint (all.count, ==, 1);

  /* NULL and "" are the same "no id": going from one to the other is no
   * change. */
  herald_record_set_id (record, NULL);
  g_assert_cmpuint (all.count, ==, 2);
  herald_record_set_id (record, "");
  g_assert_cmpuint (all.count, ==, 2);

  herald_record_set_created_at (record, NOW);
  herald_record_set_created_at (record, NOW);
  g_assert_cmpuint (all.count, ==, 3);
  g_assert_cmpstr (all.last, ==, "created-at");

  herald_record_set_updated_at (record, NOW);
  herald_record_set_updated_at (record, NOW);
  g_assert_cmpuint (all.count, ==, 4);
  g_assert_cmpstr (all.last, ==, "updated-at");

  herald_record_set_deleted_at (record, NOW);
  herald_record_set_deleted_at (record, NOW);
  g_assert_cmpuint (all.count, ==, 5);
  g_assert_cmpuint (deleted.count, ==, 1);

  herald_record_set_deleted_at (record, 0);
  g_assert_cmpuint (deleted.count, ==, 2);

  g_signal_handlers_disconnect_by_data (topic, &all);
  g_signal_handlers_disconnect_by_data (topic, &deleted);
  notified_clear (&all);
  notified_clear (&deleted);
}

static void
test_record_properties (void)
{
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "品牌官博");
  g_autofree char *id = NULL;
  gint64 created_at = 0;
  gint64 updated_at = 0;
  gint64 deleted_at = 0;

  g_object_set (account,
                "id", "a-1",
                "created-at", NOW - 10,
                "updated-at", NOW,
                "deleted-at", NOW + 10,
                NULL);
  g_object_get (account,
                "id", &id,
                "created-at", &created_at,
                "updated-at", &updated_at,
                "deleted-at", &deleted_at,
                NULL);

  g_assert_cmpstr (id, ==, "a-1");
  g_assert_cmpint (created_at, ==, NOW - 10);
  g_assert_cmpint (updated_at, ==, NOW);
  g_assert_cmpint (deleted_at, ==, NOW + 10);
  g_assert_true (herald_record_is_deleted (HERALD_RECORD (account)));
}

/* Account */

static void
test_account_defaults (void)
{
  g_autoptr (HeraldAccount) account = herald_account_new ("wechat-mp", "本地生活号");
  g_autoptr (HeraldAccount) bare = g_object_new (HERALD_TYPE_ACCOUNT, NULL);
  const char * const *slots;

  g_assert_cmpstr (herald_account_get_kind (account), ==, "wechat-mp");
  g_assert_cmpstr (herald_account_get_name (account), ==, "本地生活号");
  g_assert_cmpstr (herald_account_get_handle (account), ==, "");
  g_assert_cmpstr (herald_account_get_color (account), ==, "#3584e4");
  g_assert_cmpint (herald_account_get_position (account), ==, 0);
  g_assert_true (herald_account_get_visible (account));
  g_assert_cmpstr (herald_account_get_limits (account), ==, "{}");

  slots = herald_account_get_slots (account);
  g_assert_nonnull (slots);
  g_assert_null (slots[0]);

  /* Nothing given: text is "", never NULL. */
  g_assert_cmpstr (herald_account_get_kind (bare), ==, "");
  g_assert_cmpstr (herald_account_get_name (bare), ==, "");
  g_assert_null (herald_record_get_id (HERALD_RECORD (bare)));

  herald_account_set_name (account, NULL);
  g_assert_cmpstr (herald_account_get_name (account), ==, "");
  herald_account_set_color (account, NULL);
  g_assert_cmpstr (herald_account_get_color (account), ==, "");
}

static void
test_account_round_trip (void)
{
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "品牌官博");
  const char * const slots[] = { "08:00", "12:30", "20:00", NULL };

  herald_account_set_kind (account, "douyin");
  herald_account_set_name (account, "品牌抖音");
  herald_account_set_handle (account, "@brand");
  herald_account_set_color (account, "#e66100");
  herald_account_set_position (account, 3);
  herald_account_set_visible (account, FALSE);
  herald_account_set_limits (account, "{\"title_max\":30}");
  herald_account_set_slots (account, slots);

  g_assert_cmpstr (herald_account_get_kind (account), ==, "douyin");
  g_assert_cmpstr (herald_account_get_name (account), ==, "品牌抖音");
  g_assert_cmpstr (herald_account_get_handle (account), ==, "@brand");
  g_assert_cmpstr (herald_account_get_color (account), ==, "#e66100");
  g_assert_cmpint (herald_account_get_position (account), ==, 3);
  g_assert_false (herald_account_get_visible (account));
  g_assert_cmpstr (herald_account_get_limits (account), ==, "{\"title_max\":30}");
  g_assert_true (g_strv_equal (herald_account_get_slots (account), slots));

  /* No overrides, however said, is "{}". */
  herald_account_set_limits (account, NULL);
  g_assert_cmpstr (herald_account_get_limits (account), ==, "{}");
  herald_account_set_limits (account, "");
  g_assert_cmpstr (herald_account_get_limits (account), ==, "{}");
}

static void
test_account_slots (void)
{
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "品牌官博");
  char *slots[] = { g_strdup ("09:00"), g_strdup ("21:00"), NULL };
  const char * const same[] = { "09:00", "21:00", NULL };
  const char * const *got;
  Notified notified = { 0 };

  g_signal_connect (account, "notify::slots", G_CALLBACK (notified_cb), &notified);

  herald_account_set_slots (account, (const char * const *) slots);
  g_assert_cmpuint (notified.count, ==, 1);

  /* The account keeps its own copy. */
  got = herald_account_get_slots (account);
  g_assert_true (got != (const char * const *) slots);
  g_free (slots[0]);
  slots[0] = g_strdup ("10:00");
  g_assert_cmpstr (herald_account_get_slots (account)[0], ==, "09:00");

  /* Equal contents in another array: no change. */
  herald_account_set_slots (account, same);
  g_assert_cmpuint (notified.count, ==, 1);

  /* NULL clears, and the getter still gives an array. */
  herald_account_set_slots (account, NULL);
  g_assert_cmpuint (notified.count, ==, 2);
  got = herald_account_get_slots (account);
  g_assert_nonnull (got);
  g_assert_null (got[0]);

  herald_account_set_slots (account, NULL);
  g_assert_cmpuint (notified.count, ==, 2);

  g_free (slots[0]);
  g_free (slots[1]);
  g_signal_handlers_disconnect_by_data (account, &notified);
  notified_clear (&notified);
}

static void
test_account_notify (void)
{
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "品牌官博");
  Notified notified = { 0 };

  g_signal_connect (account, "notify", G_CALLBACK (notified_cb), &notified);

  herald_account_set_name (account, "品牌官博");
  herald_account_set_color (account, "#3584e4");
  herald_account_set_visible (account, TRUE);
  herald_account_set_position (account, 0);
  herald_account_set_limits (account, "{}");
  g_assert_cmpuint (notified.count, ==, 0);

  herald_account_set_visible (account, FALSE);
  g_assert_cmpuint (notified.count, ==, 1);
  g_assert_cmpstr (notified.last, ==, "visible");

  /* Any true gboolean is the same TRUE. */
  herald_account_set_visible (account, TRUE);
  herald_account_set_visible (account, 2);
  g_assert_cmpuint (notified.count, ==, 2);

  g_signal_handlers_disconnect_by_data (account, &notified);
  notified_clear (&notified);

  assert_properties_notify_once (account);
}

static void
test_account_properties (void)
{
  g_autoptr (HeraldAccount) account = herald_account_new ("weibo", "品牌官博");
  const char * const own[] = {
    "kind", "name", "handle", "color", "position", "visible", "limits", "slots", NULL
  };
  const char * const slots[] = { "07:30", NULL };
  g_autofree char *kind = NULL;
  g_autofree char *color = NULL;
  g_auto (GStrv) got_slots = NULL;
  gboolean visible = TRUE;
  int position = 0;

  assert_own_properties (account, own);

  g_object_set (account,
                "kind", "xiaohongshu",
                "color", "#2ec27e",
                "position", 5,
                "visible", FALSE,
                "slots", slots,
                NULL);
  g_object_get (account,
                "kind", &kind,
                "color", &color,
                "position", &position,
                "visible", &visible,
                "slots", &got_slots,
                NULL);

  g_assert_cmpstr (kind, ==, "xiaohongshu");
  g_assert_cmpstr (color, ==, "#2ec27e");
  g_assert_cmpint (position, ==, 5);
  g_assert_false (visible);
  g_assert_true (g_strv_equal ((const char * const *) got_slots, slots));
}

/* Campaign */

static void
test_campaign_defaults (void)
{
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("618 大促");

  g_assert_cmpstr (herald_campaign_get_name (campaign), ==, "618 大促");
  g_assert_cmpstr (herald_campaign_get_goal (campaign), ==, "");
  g_assert_cmpstr (herald_campaign_get_starts_on (campaign), ==, "");
  g_assert_cmpstr (herald_campaign_get_ends_on (campaign), ==, "");
  g_assert_cmpstr (herald_campaign_get_color (campaign), ==, "");
  g_assert_cmpstr (herald_campaign_get_notes (campaign), ==, "");
  g_assert_false (herald_campaign_get_archived (campaign));
  g_assert_null (herald_record_get_id (HERALD_RECORD (campaign)));
}

static void
test_campaign_round_trip (void)
{
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new (NULL);
  const char * const own[] = {
    "name", "goal", "starts-on", "ends-on", "color", "notes", "archived", NULL
  };
  g_autofree char *starts_on = NULL;
  g_autofree char *ends_on = NULL;

  g_assert_cmpstr (herald_campaign_get_name (campaign), ==, "");

  herald_campaign_set_name (campaign, "春节");
  herald_campaign_set_goal (campaign, "涨粉 1 万");
  herald_campaign_set_starts_on (campaign, "2025-01-20");
  herald_campaign_set_ends_on (campaign, "2025-02-12");
  herald_campaign_set_color (campaign, "#c01c28");
  herald_campaign_set_notes (campaign, "预算见共享表");
  herald_campaign_set_archived (campaign, TRUE);

  g_assert_cmpstr (herald_campaign_get_name (campaign), ==, "春节");
  g_assert_cmpstr (herald_campaign_get_goal (campaign), ==, "涨粉 1 万");
  g_assert_cmpstr (herald_campaign_get_color (campaign), ==, "#c01c28");
  g_assert_cmpstr (herald_campaign_get_notes (campaign), ==, "预算见共享表");
  g_assert_true (herald_campaign_get_archived (campaign));

  g_object_get (campaign, "starts-on", &starts_on, "ends-on", &ends_on, NULL);
  g_assert_cmpstr (starts_on, ==, "2025-01-20");
  g_assert_cmpstr (ends_on, ==, "2025-02-12");

  herald_campaign_set_ends_on (campaign, NULL);
  g_assert_cmpstr (herald_campaign_get_ends_on (campaign), ==, "");

  assert_own_properties (campaign, own);
  assert_properties_notify_once (campaign);
}

/* KPI */

static void
test_kpi_defaults (void)
{
  g_autoptr (HeraldKpi) kpi = herald_kpi_new ("c-1", "reads", 100000.0);
  g_autoptr (HeraldKpi) bare = g_object_new (HERALD_TYPE_KPI, NULL);

  g_assert_cmpstr (herald_kpi_get_campaign_id (kpi), ==, "c-1");
  g_assert_cmpstr (herald_kpi_get_metric (kpi), ==, "reads");
  g_assert_cmpfloat (herald_kpi_get_target (kpi), ==, 100000.0);
  /* NULL: every account of the campaign counts. */
  g_assert_null (herald_kpi_get_account_id (kpi));

  g_assert_null (herald_kpi_get_campaign_id (bare));
  g_assert_cmpstr (herald_kpi_get_metric (bare), ==, "");
  g_assert_cmpfloat (herald_kpi_get_target (bare), ==, 0.0);
}

static void
test_kpi_account (void)
{
  g_autoptr (HeraldKpi) kpi = herald_kpi_new ("c-1", "likes", 5000.0);
  const char * const own[] = { "campaign-id", "metric", "account-id", "target", NULL };
  Notified notified = { 0 };
  g_autofree char *account_id = NULL;

  g_signal_connect (kpi, "notify::account-id", G_CALLBACK (notified_cb), &notified);

  herald_kpi_set_account_id (kpi, "a-7");
  g_assert_cmpstr (herald_kpi_get_account_id (kpi), ==, "a-7");
  g_assert_cmpuint (notified.count, ==, 1);

  herald_kpi_set_account_id (kpi, "");
  g_assert_null (herald_kpi_get_account_id (kpi));
  g_assert_cmpuint (notified.count, ==, 2);
  herald_kpi_set_account_id (kpi, NULL);
  g_assert_cmpuint (notified.count, ==, 2);

  herald_kpi_set_target (kpi, 6000.0);
  herald_kpi_set_metric (kpi, "shares");
  g_assert_cmpfloat (herald_kpi_get_target (kpi), ==, 6000.0);
  g_assert_cmpstr (herald_kpi_get_metric (kpi), ==, "shares");

  g_object_get (kpi, "account-id", &account_id, NULL);
  g_assert_null (account_id);

  g_signal_handlers_disconnect_by_data (kpi, &notified);
  notified_clear (&notified);

  assert_own_properties (kpi, own);
  assert_properties_notify_once (kpi);
}

/* Post */

static const char * const status_names[] = {
  "idea", "draft", "review", "approved", "scheduled", "published", "cancelled", NULL
};

static void
test_post_defaults (void)
{
  g_autoptr (HeraldPost) post = herald_post_new ("acc-1", "新品首发");
  g_autoptr (HeraldPost) bare = g_object_new (HERALD_TYPE_POST, NULL);
  const char * const *tags;

  g_assert_cmpstr (herald_post_get_account_id (post), ==, "acc-1");
  g_assert_cmpstr (herald_post_get_title (post), ==, "新品首发");
  g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_IDEA);
  g_assert_null (herald_post_get_campaign_id (post));
  g_assert_null (herald_post_get_series_id (post));
  g_assert_cmpstr (herald_post_get_body (post), ==, "");
  g_assert_cmpstr (herald_post_get_digest (post), ==, "");
  g_assert_cmpstr (herald_post_get_url (post), ==, "");
  g_assert_cmpstr (herald_post_get_notes (post), ==, "");
  g_assert_cmpstr (herald_post_get_tz (post), ==, "Asia/Shanghai");
  g_assert_cmpint (herald_post_get_scheduled_at (post), ==, 0);
  g_assert_cmpint (herald_post_get_published_at (post), ==, 0);

  tags = herald_post_get_tags (post);
  g_assert_nonnull (tags);
  g_assert_null (tags[0]);

  g_assert_cmpstr (herald_post_get_account_id (bare), ==, "");
  g_assert_cmpstr (herald_post_get_title (bare), ==, "");
  g_assert_cmpint (herald_post_get_status (bare), ==, HERALD_POST_STATUS_IDEA);
}

static void
test_post_round_trip (void)
{
  g_autoptr (HeraldPost) post = herald_post_new ("acc-1", NULL);
  const char * const tags[] = { "新品", "夏季", NULL };

  herald_post_set_account_id (post, "acc-2");
  herald_post_set_campaign_id (post, "c-1");
  herald_post_set_series_id (post, "s-1");
  herald_post_set_status (post, HERALD_POST_STATUS_SCHEDULED);
  herald_post_set_title (post, "夏日上新");
  herald_post_set_body (post, "正文……");
  herald_post_set_digest (post, "三款新品");
  herald_post_set_tags (post, tags);
  herald_post_set_scheduled_at (post, NOW + 3600);
  herald_post_set_tz (post, "Asia/Hong_Kong");
  herald_post_set_published_at (post, NOW + 3700);
  herald_post_set_url (post, "https://weibo.com/1/abc");
  herald_post_set_notes (post, "配图待定");

  g_assert_cmpstr (herald_post_get_account_id (post), ==, "acc-2");
  g_assert_cmpstr (herald_post_get_campaign_id (post), ==, "c-1");
  g_assert_cmpstr (herald_post_get_series_id (post), ==, "s-1");
  g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_SCHEDULED);
  g_assert_cmpstr (herald_post_get_title (post), ==, "夏日上新");
  g_assert_cmpstr (herald_post_get_body (post), ==, "正文……");
  g_assert_cmpstr (herald_post_get_digest (post), ==, "三款新品");
  g_assert_true (g_strv_equal (herald_post_get_tags (post), tags));
  g_assert_cmpint (herald_post_get_scheduled_at (post), ==, NOW + 3600);
  g_assert_cmpstr (herald_post_get_tz (post), ==, "Asia/Hong_Kong");
  g_assert_cmpint (herald_post_get_published_at (post), ==, NOW + 3700);
  g_assert_cmpstr (herald_post_get_url (post), ==, "https://weibo.com/1/abc");
  g_assert_cmpstr (herald_post_get_notes (post), ==, "配图待定");

  /* Leaving a campaign or a series: NULL, however said. */
  herald_post_set_campaign_id (post, "");
  herald_post_set_series_id (post, NULL);
  g_assert_null (herald_post_get_campaign_id (post));
  g_assert_null (herald_post_get_series_id (post));

  herald_post_set_title (post, NULL);
  herald_post_set_tags (post, NULL);
  g_assert_cmpstr (herald_post_get_title (post), ==, "");
  g_assert_nonnull (herald_post_get_tags (post));
  g_assert_null (herald_post_get_tags (post)[0]);
}

static void
test_post_status_names (void)
{
  for (guint i = 0; i < HERALD_N_POST_STATUSES; i++)
    {
      HeraldPostStatus status = HERALD_POST_STATUS_CANCELLED;

      g_assert_nonnull (status_names[i]);
      g_assert_cmpstr (herald_post_status_to_string (i), ==, status_names[i]);
      g_assert_true (herald_post_status_from_string (status_names[i], &status));
      g_assert_cmpint (status, ==, i);
    }
  g_assert_null (status_names[HERALD_N_POST_STATUSES]);

  /* Checking a name without wanting the value. */
  g_assert_true (herald_post_status_from_string ("review", NULL));
}

static void
test_post_status_unknown (void)
{
  const char * const unknown[] = { "", "posted", "Draft", "IDEA", " idea", "idea ", "0", NULL };

  for (guint i = 0; unknown[i] != NULL; i++)
    {
      HeraldPostStatus status = HERALD_POST_STATUS_REVIEW;

      g_assert_false (herald_post_status_from_string (unknown[i], &status));
      /* Left alone on failure. */
      g_assert_cmpint (status, ==, HERALD_POST_STATUS_REVIEW);
    }

  g_test_expect_message ("herald-post", G_LOG_LEVEL_CRITICAL, "*value != NULL*");
  g_assert_null (herald_post_status_to_string (HERALD_N_POST_STATUSES));
  g_test_assert_expected_messages ();
}

static void
test_post_status_type (void)
{
  GEnumClass *enum_class = g_type_class_ref (HERALD_TYPE_POST_STATUS);
  g_autoptr (HeraldPost) post = herald_post_new ("acc-1", "标题");
  HeraldPostStatus status = HERALD_POST_STATUS_IDEA;

  g_assert_true (G_TYPE_IS_ENUM (HERALD_TYPE_POST_STATUS));
  g_assert_cmpuint (enum_class->n_values, ==, HERALD_N_POST_STATUSES);
  for (guint i = 0; i < HERALD_N_POST_STATUSES; i++)
    g_assert_cmpstr (g_enum_get_value (enum_class, i)->value_nick, ==, status_names[i]);

  g_object_set (post, "status", HERALD_POST_STATUS_APPROVED, NULL);
  g_object_get (post, "status", &status, NULL);
  g_assert_cmpint (status, ==, HERALD_POST_STATUS_APPROVED);

  g_type_class_unref (enum_class);
}

static void
test_post_overdue (void)
{
  g_autoptr (HeraldPost) post = herald_post_new ("acc-1", "标题");

  /* No time yet: never overdue. */
  g_assert_cmpint (herald_post_get_scheduled_at (post), ==, 0);
  g_assert_false (herald_post_is_overdue (post, NOW));

  /* In the future: not yet. */
  herald_post_set_scheduled_at (post, NOW + 60);
  for (guint i = 0; i < HERALD_N_POST_STATUSES; i++)
    {
      herald_post_set_status (post, i);
      g_assert_false (herald_post_is_overdue (post, NOW));
    }

  /* Exactly now is still on time. */
  herald_post_set_scheduled_at (post, NOW);
  herald_post_set_status (post, HERALD_POST_STATUS_SCHEDULED);
  g_assert_false (herald_post_is_overdue (post, NOW));

  /* In the past: overdue at every stage before it goes out, since a post
   * still being drafted after its time has missed its slot too. */
  herald_post_set_scheduled_at (post, NOW - 1);
  herald_post_set_status (post, HERALD_POST_STATUS_IDEA);
  g_assert_true (herald_post_is_overdue (post, NOW));
  herald_post_set_status (post, HERALD_POST_STATUS_DRAFT);
  g_assert_true (herald_post_is_overdue (post, NOW));
  herald_post_set_status (post, HERALD_POST_STATUS_REVIEW);
  g_assert_true (herald_post_is_overdue (post, NOW));
  herald_post_set_status (post, HERALD_POST_STATUS_APPROVED);
  g_assert_true (herald_post_is_overdue (post, NOW));
  herald_post_set_status (post, HERALD_POST_STATUS_SCHEDULED);
  g_assert_true (herald_post_is_overdue (post, NOW));

  /* Gone out or given up: never overdue. */
  herald_post_set_status (post, HERALD_POST_STATUS_PUBLISHED);
  g_assert_false (herald_post_is_overdue (post, NOW));
  herald_post_set_status (post, HERALD_POST_STATUS_CANCELLED);
  g_assert_false (herald_post_is_overdue (post, NOW));

  /* Taking the time away ends it. */
  herald_post_set_status (post, HERALD_POST_STATUS_DRAFT);
  herald_post_set_scheduled_at (post, 0);
  g_assert_false (herald_post_is_overdue (post, NOW));
}

static void
test_post_tags (void)
{
  g_autoptr (HeraldPost) post = herald_post_new ("acc-1", "标题");
  char *tags[] = { g_strdup ("美食"), g_strdup ("探店"), NULL };
  const char * const same[] = { "美食", "探店", NULL };
  const char * const reordered[] = { "探店", "美食", NULL };
  g_auto (GStrv) got = NULL;
  Notified notified = { 0 };

  g_signal_connect (post, "notify::tags", G_CALLBACK (notified_cb), &notified);

  herald_post_set_tags (post, (const char * const *) tags);
  g_assert_cmpuint (notified.count, ==, 1);

  g_free (tags[1]);
  tags[1] = g_strdup ("改了");
  g_assert_true (g_strv_equal (herald_post_get_tags (post), same));

  herald_post_set_tags (post, same);
  g_assert_cmpuint (notified.count, ==, 1);

  /* Order is kept, so another order is a change. */
  herald_post_set_tags (post, reordered);
  g_assert_cmpuint (notified.count, ==, 2);

  g_object_get (post, "tags", &got, NULL);
  g_assert_true (g_strv_equal ((const char * const *) got, reordered));

  g_free (tags[0]);
  g_free (tags[1]);
  g_signal_handlers_disconnect_by_data (post, &notified);
  notified_clear (&notified);
}

static void
test_post_notify (void)
{
  g_autoptr (HeraldPost) post = herald_post_new ("acc-1", "标题");
  Notified notified = { 0 };

  g_signal_connect (post, "notify", G_CALLBACK (notified_cb), &notified);

  herald_post_set_status (post, HERALD_POST_STATUS_DRAFT);
  herald_post_set_status (post, HERALD_POST_STATUS_DRAFT);
  g_assert_cmpuint (notified.count, ==, 1);
  g_assert_cmpstr (notified.last, ==, "status");

  herald_post_set_scheduled_at (post, NOW);
  herald_post_set_scheduled_at (post, NOW);
  g_assert_cmpuint (notified.count, ==, 2);
  g_assert_cmpstr (notified.last, ==, "scheduled-at");

  /* Setting what is already there notifies nothing. */
  herald_post_set_title (post, "标题");
  herald_post_set_tz (post, "Asia/Shanghai");
  herald_post_set_campaign_id (post, NULL);
  herald_post_set_campaign_id (post, "");
  herald_post_set_body (post, NULL);
  g_assert_cmpuint (notified.count, ==, 2);

  /* g_object_set() goes through the same setters. */
  g_object_set (post, "title", "新标题", NULL);
  g_assert_cmpuint (notified.count, ==, 3);
  g_object_set (post, "title", "新标题", NULL);
  g_assert_cmpuint (notified.count, ==, 3);

  g_signal_handlers_disconnect_by_data (post, &notified);
  notified_clear (&notified);

  assert_properties_notify_once (post);
}

static void
test_post_properties (void)
{
  g_autoptr (HeraldPost) post = herald_post_new ("acc-1", "标题");
  const char * const own[] = {
    "account-id", "campaign-id", "series-id", "status", "title", "body", "digest",
    "tags", "scheduled-at", "tz", "published-at", "url", "notes", NULL
  };
  g_autofree char *campaign_id = NULL;
  g_autofree char *series_id = NULL;
  g_autofree char *tz = NULL;
  gint64 scheduled_at = 0;
  gint64 published_at = 0;

  assert_own_properties (post, own);

  g_object_set (post,
                "campaign-id", "c-9",
                "scheduled-at", NOW,
                "published-at", NOW + 5,
                "tz", "Asia/Urumqi",
                NULL);
  g_object_get (post,
                "campaign-id", &campaign_id,
                "series-id", &series_id,
                "scheduled-at", &scheduled_at,
                "published-at", &published_at,
                "tz", &tz,
                NULL);

  g_assert_cmpstr (campaign_id, ==, "c-9");
  g_assert_null (series_id);
  g_assert_cmpint (scheduled_at, ==, NOW);
  g_assert_cmpint (published_at, ==, NOW + 5);
  g_assert_cmpstr (tz, ==, "Asia/Urumqi");
}

/* Topic */

static void
test_topic_defaults (void)
{
  g_autoptr (HeraldTopic) topic = herald_topic_new ("高考作文题", "weibo-hot");
  guint n_samples = 99;

  g_assert_cmpstr (herald_topic_get_title (topic), ==, "高考作文题");
  g_assert_cmpstr (herald_topic_get_source (topic), ==, "weibo-hot");
  g_assert_cmpstr (herald_topic_get_url (topic), ==, "");
  g_assert_cmpstr (herald_topic_get_notes (topic), ==, "");
  g_assert_cmpint (herald_topic_get_state (topic), ==, HERALD_TOPIC_STATE_WATCHING);
  g_assert_cmpint (herald_topic_get_first_seen (topic), ==, 0);
  g_assert_cmpint (herald_topic_get_last_seen (topic), ==, 0);
  g_assert_cmpfloat (herald_topic_get_peak_heat (topic), ==, 0.0);
  g_assert_null (herald_topic_get_heat (topic, &n_samples));
  g_assert_cmpuint (n_samples, ==, 0);
}

static void
test_topic_round_trip (void)
{
  g_autoptr (HeraldTopic) topic = herald_topic_new ("高考作文题", NULL);
  const char * const own[] = {
    "title", "source", "url", "state", "notes", "first-seen", "last-seen", "peak-heat", NULL
  };
  HeraldTopicState state = HERALD_TOPIC_STATE_WATCHING;
  double peak_heat = 0.0;

  g_assert_cmpstr (herald_topic_get_source (topic), ==, "");

  herald_topic_set_title (topic, "高考作文题公布");
  herald_topic_set_source (topic, "baidu-hot");
  herald_topic_set_url (topic, "https://s.weibo.com/weibo?q=%23高考%23");
  herald_topic_set_state (topic, HERALD_TOPIC_STATE_USED);
  herald_topic_set_notes (topic, "可借势");
  herald_topic_set_first_seen (topic, NOW - 7200);
  herald_topic_set_last_seen (topic, NOW);
  herald_topic_set_peak_heat (topic, 4821337.0);

  g_assert_cmpstr (herald_topic_get_title (topic), ==, "高考作文题公布");
  g_assert_cmpstr (herald_topic_get_source (topic), ==, "baidu-hot");
  g_assert_cmpstr (herald_topic_get_url (topic), ==, "https://s.weibo.com/weibo?q=%23高考%23");
  g_assert_cmpstr (herald_topic_get_notes (topic), ==, "可借势");
  g_assert_cmpint (herald_topic_get_first_seen (topic), ==, NOW - 7200);
  g_assert_cmpint (herald_topic_get_last_seen (topic), ==, NOW);

  g_object_get (topic, "state", &state, "peak-heat", &peak_heat, NULL);
  g_assert_cmpint (state, ==, HERALD_TOPIC_STATE_USED);
  g_assert_cmpfloat (peak_heat, ==, 4821337.0);

  assert_own_properties (topic, own);
  assert_properties_notify_once (topic);
}

static void
test_topic_state_names (void)
{
  static const char * const names[] = { "watching", "used", "dropped" };
  HeraldTopicState state = HERALD_TOPIC_STATE_USED;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      HeraldTopicState parsed = HERALD_TOPIC_STATE_DROPPED;

      g_assert_cmpstr (herald_topic_state_to_string (i), ==, names[i]);
      g_assert_true (herald_topic_state_from_string (names[i], &parsed));
      g_assert_cmpint (parsed, ==, i);
    }

  g_assert_false (herald_topic_state_from_string ("", &state));
  g_assert_false (herald_topic_state_from_string ("Used", &state));
  g_assert_false (herald_topic_state_from_string ("idea", &state));
  g_assert_cmpint (state, ==, HERALD_TOPIC_STATE_USED);
  g_assert_true (G_TYPE_IS_ENUM (HERALD_TYPE_TOPIC_STATE));

  g_test_expect_message ("herald-topic", G_LOG_LEVEL_CRITICAL, "*value != NULL*");
  g_assert_null (herald_topic_state_to_string (HERALD_TOPIC_STATE_DROPPED + 1));
  g_test_assert_expected_messages ();
}

static void
test_topic_heat (void)
{
  g_autoptr (HeraldTopic) topic = herald_topic_new ("台风路径", "weibo-hot");
  HeraldHeatSample samples[] = {
    { NOW - 1200, 120000.0, 18 },
    { NOW - 600, 560000.0, 4 },
    { NOW, 910000.5, 0 },
  };
  const HeraldHeatSample *heat;
  guint n_samples = 0;

  herald_topic_set_heat (topic, samples, G_N_ELEMENTS (samples));

  /* The caller's array is copied: changing it afterwards changes
   * nothing in the topic. */
  samples[0].heat = -1.0;
  samples[1].rank = 99;
  samples[2].at = 0;

  heat = herald_topic_get_heat (topic, &n_samples);
  g_assert_cmpuint (n_samples, ==, 3);
  g_assert_true (heat != samples);
  g_assert_cmpint (heat[0].at, ==, NOW - 1200);
  g_assert_cmpfloat (heat[0].heat, ==, 120000.0);
  g_assert_cmpint (heat[0].rank, ==, 18);
  g_assert_cmpint (heat[1].rank, ==, 4);
  g_assert_cmpint (heat[2].at, ==, NOW);
  g_assert_cmpfloat (heat[2].heat, ==, 910000.5);
  g_assert_cmpint (heat[2].rank, ==, 0);

  /* The samples do not touch the stored peak. */
  g_assert_cmpfloat (herald_topic_get_peak_heat (topic), ==, 0.0);

  /* Giving the topic its own samples back is safe. */
  herald_topic_set_heat (topic, heat + 1, 2);
  heat = herald_topic_get_heat (topic, &n_samples);
  g_assert_cmpuint (n_samples, ==, 2);
  g_assert_cmpint (heat[0].at, ==, NOW - 600);
  g_assert_cmpint (heat[1].at, ==, NOW);

  /* The count is optional. */
  g_assert_true (herald_topic_get_heat (topic, NULL) == heat);

  herald_topic_set_heat (topic, NULL, 0);
  g_assert_null (herald_topic_get_heat (topic, &n_samples));
  g_assert_cmpuint (n_samples, ==, 0);
}

/* Metric sample */

static void
test_metric_sample_new (void)
{
  g_autoptr (HeraldMetricSample) post_sample = NULL;
  g_autoptr (HeraldMetricSample) account_sample = NULL;

  post_sample = herald_metric_sample_new ("acc-1", "p-1", "reads", 12034.0, NOW);
  g_assert_cmpstr (herald_metric_sample_get_account_id (post_sample), ==, "acc-1");
  g_assert_cmpstr (herald_metric_sample_get_post_id (post_sample), ==, "p-1");
  g_assert_cmpstr (herald_metric_sample_get_metric (post_sample), ==, "reads");
  g_assert_cmpfloat (herald_metric_sample_get_value (post_sample), ==, 12034.0);
  g_assert_cmpint (herald_metric_sample_get_captured_at (post_sample), ==, NOW);
  g_assert_null (herald_metric_sample_get_import_id (post_sample));

  /* Account-level numbers have no post: NULL, also when given as "". */
  account_sample = herald_metric_sample_new ("acc-1", "", "followers", 88000.0, NOW);
  g_assert_null (herald_metric_sample_get_post_id (account_sample));
  g_clear_object (&account_sample);
  account_sample = herald_metric_sample_new ("acc-1", NULL, "followers", 88000.0, NOW);
  g_assert_null (herald_metric_sample_get_post_id (account_sample));
}

static void
test_metric_sample_immutable (void)
{
  g_autoptr (HeraldMetricSample) sample = NULL;
  GObjectClass *klass;
  const char * const fixed[] = { "account-id", "post-id", "metric", "value", "captured-at", NULL };
  const char * const own[] = {
    "account-id", "post-id", "metric", "value", "captured-at", "import-id", NULL
  };
  g_autofree char *metric = NULL;
  double value = 0.0;
  gint64 captured_at = 0;

  sample = herald_metric_sample_new ("acc-1", "p-1", "likes", 321.0, NOW);
  klass = G_OBJECT_GET_CLASS (sample);

  assert_own_properties (sample, own);

  /* Only the import can be set once the sample exists. */
  for (guint i = 0; fixed[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, fixed[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
    }
  g_assert_false (g_object_class_find_property (klass, "import-id")->flags & G_PARAM_CONSTRUCT_ONLY);

  g_object_get (sample, "metric", &metric, "value", &value, "captured-at", &captured_at, NULL);
  g_assert_cmpstr (metric, ==, "likes");
  g_assert_cmpfloat (value, ==, 321.0);
  g_assert_cmpint (captured_at, ==, NOW);

  assert_properties_notify_once (sample);
}

static void
test_metric_sample_import (void)
{
  g_autoptr (HeraldMetricSample) sample = NULL;
  Notified notified = { 0 };
  g_autofree char *import_id = NULL;

  sample = herald_metric_sample_new ("acc-1", NULL, "followers", 1.0, NOW);
  g_signal_connect (sample, "notify", G_CALLBACK (notified_cb), &notified);

  herald_metric_sample_set_import_id (sample, "imp-1");
  herald_metric_sample_set_import_id (sample, "imp-1");
  g_assert_cmpuint (notified.count, ==, 1);
  g_assert_cmpstr (notified.last, ==, "import-id");
  g_assert_cmpstr (herald_metric_sample_get_import_id (sample), ==, "imp-1");

  g_object_get (sample, "import-id", &import_id, NULL);
  g_assert_cmpstr (import_id, ==, "imp-1");

  herald_metric_sample_set_import_id (sample, "");
  g_assert_null (herald_metric_sample_get_import_id (sample));
  g_assert_cmpuint (notified.count, ==, 2);
  herald_metric_sample_set_import_id (sample, NULL);
  g_assert_cmpuint (notified.count, ==, 2);

  g_signal_handlers_disconnect_by_data (sample, &notified);
  notified_clear (&notified);
}

static void
test_topic_note (void)
{
  const char *parts[] = { "借冬至讲团圆", "25–35 岁白领\n一二线城市", "别碰宗教话题" };
  const char *angle_only[] = { "只有角度", "", NULL };
  g_autofree char *notes = herald_topic_note_join (parts);
  g_autofree char *plain = herald_topic_note_join (angle_only);

  /* Each part comes back as it went in. */
  for (guint i = 0; i < HERALD_TOPIC_NOTE_N_PARTS; i++)
    {
      g_autofree char *part = herald_topic_note_get_part (notes, i);

      g_assert_cmpstr (part, ==, parts[i]);
    }

  /* A note with only an angle is plain text, and plain text is the angle. */
  g_assert_cmpstr (plain, ==, "只有角度");
  {
    g_autofree char *angle = herald_topic_note_get_part ("南北之争，评论区互动好做", HERALD_TOPIC_NOTE_ANGLE);
    g_autofree char *risks = herald_topic_note_get_part ("南北之争，评论区互动好做", HERALD_TOPIC_NOTE_RISKS);
    g_autofree char *none = herald_topic_note_get_part (NULL, HERALD_TOPIC_NOTE_AUDIENCE);

    g_assert_cmpstr (angle, ==, "南北之争，评论区互动好做");
    g_assert_cmpstr (risks, ==, "");
    g_assert_cmpstr (none, ==, "");
  }

  /* Only the risks: no angle before them. */
  {
    const char *risks_only[] = { "", "", "注意广告法" };
    g_autofree char *joined = herald_topic_note_join (risks_only);
    g_autofree char *angle = herald_topic_note_get_part (joined, HERALD_TOPIC_NOTE_ANGLE);
    g_autofree char *risks = herald_topic_note_get_part (joined, HERALD_TOPIC_NOTE_RISKS);

    g_assert_cmpstr (angle, ==, "");
    g_assert_cmpstr (risks, ==, "注意广告法");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/record/abstract", test_record_abstract);
  g_test_add_func ("/model/record/defaults", test_record_defaults);
  g_test_add_func ("/model/record/round-trip", test_record_round_trip);
  g_test_add_func ("/model/record/notify", test_record_notify);
  g_test_add_func ("/model/record/properties", test_record_properties);

  g_test_add_func ("/model/account/defaults", test_account_defaults);
  g_test_add_func ("/model/account/round-trip", test_account_round_trip);
  g_test_add_func ("/model/account/slots", test_account_slots);
  g_test_add_func ("/model/account/notify", test_account_notify);
  g_test_add_func ("/model/account/properties", test_account_properties);

  g_test_add_func ("/model/campaign/defaults", test_campaign_defaults);
  g_test_add_func ("/model/campaign/round-trip", test_campaign_round_trip);

  g_test_add_func ("/model/kpi/defaults", test_kpi_defaults);
  g_test_add_func ("/model/kpi/account", test_kpi_account);

  g_test_add_func ("/model/post/defaults", test_post_defaults);
  g_test_add_func ("/model/post/round-trip", test_post_round_trip);
  g_test_add_func ("/model/post/status-names", test_post_status_names);
  g_test_add_func ("/model/post/status-unknown", test_post_status_unknown);
  g_test_add_func ("/model/post/status-type", test_post_status_type);
  g_test_add_func ("/model/post/overdue", test_post_overdue);
  g_test_add_func ("/model/post/tags", test_post_tags);
  g_test_add_func ("/model/post/notify", test_post_notify);
  g_test_add_func ("/model/post/properties", test_post_properties);

  g_test_add_func ("/model/topic/defaults", test_topic_defaults);
  g_test_add_func ("/model/topic/round-trip", test_topic_round_trip);
  g_test_add_func ("/model/topic/state-names", test_topic_state_names);
  g_test_add_func ("/model/topic/heat", test_topic_heat);
  g_test_add_func ("/model/topic/note", test_topic_note);

  g_test_add_func ("/model/metric-sample/new", test_metric_sample_new);
  g_test_add_func ("/model/metric-sample/immutable", test_metric_sample_immutable);
  g_test_add_func ("/model/metric-sample/import", test_metric_sample_import);

  return g_test_run ();
}
