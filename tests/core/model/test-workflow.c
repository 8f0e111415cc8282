/* test-workflow.c — post status changes and the fading of topics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib-object.h>

#include "herald-post-workflow.h"
#include "herald-topic-fading.h"

#define NOW G_GINT64_CONSTANT (1700000000)

static void
test_workflow_forward (void)
{
  g_autoptr (HeraldPost) post = herald_post_new ("account", "早安");
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_IDEA);
  g_assert_true (herald_post_change_status (post, HERALD_POST_STATUS_DRAFT, &error));
  g_assert_no_error (error);
  g_assert_true (herald_post_change_status (post, HERALD_POST_STATUS_REVIEW, &error));
  g_assert_true (herald_post_change_status (post, HERALD_POST_STATUS_APPROVED, &error));

  /* Scheduling needs a time, and a refusal changes nothing. */
  g_assert_false (herald_post_change_status (post, HERALD_POST_STATUS_SCHEDULED, &error));
  g_assert_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_TIME);
  g_clear_error (&error);
  g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_APPROVED);

  herald_post_set_scheduled_at (post, NOW);
  g_assert_true (herald_post_change_status (post, HERALD_POST_STATUS_SCHEDULED, &error));
  g_assert_no_error (error);

  /* Publishing goes through mark_published, with an address. */
  g_assert_false (herald_post_change_status (post, HERALD_POST_STATUS_PUBLISHED, &error));
  g_assert_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_URL);
  g_clear_error (&error);
  g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_SCHEDULED);

  g_assert_true (herald_post_mark_published (post, "  https://weibo.com/123/abc  ", NOW + 60, &error));
  g_assert_no_error (error);
  g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_PUBLISHED);
  g_assert_cmpstr (herald_post_get_url (post), ==, "https://weibo.com/123/abc");
  g_assert_cmpint (herald_post_get_published_at (post), ==, NOW + 60);
}

static void
test_workflow_rules (void)
{
  /* Every status may stay; the early stages move freely among themselves. */
  for (HeraldPostStatus s = 0; s < HERALD_N_POST_STATUSES; s++)
    {
      g_assert_true (herald_post_status_can_change (s, s));
      g_assert_true (herald_post_status_allowed_changes (s) & (1u << s));
    }

  g_assert_true (herald_post_status_can_change (HERALD_POST_STATUS_REVIEW, HERALD_POST_STATUS_DRAFT));
  g_assert_true (herald_post_status_can_change (HERALD_POST_STATUS_SCHEDULED, HERALD_POST_STATUS_REVIEW));
  g_assert_true (herald_post_status_can_change (HERALD_POST_STATUS_IDEA, HERALD_POST_STATUS_CANCELLED));
  g_assert_true (herald_post_status_can_change (HERALD_POST_STATUS_APPROVED, HERALD_POST_STATUS_PUBLISHED));

  /* Only approved or scheduled posts go out. */
  g_assert_false (herald_post_status_can_change (HERALD_POST_STATUS_IDEA, HERALD_POST_STATUS_PUBLISHED));
  g_assert_false (herald_post_status_can_change (HERALD_POST_STATUS_DRAFT, HERALD_POST_STATUS_PUBLISHED));
  g_assert_false (herald_post_status_can_change (HERALD_POST_STATUS_REVIEW, HERALD_POST_STATUS_PUBLISHED));

  /* What is out stays out, except to be reopened as a draft. */
  g_assert_cmpuint (herald_post_status_allowed_changes (HERALD_POST_STATUS_PUBLISHED), ==,
                    (1u << HERALD_POST_STATUS_PUBLISHED) | (1u << HERALD_POST_STATUS_DRAFT));
  g_assert_false (herald_post_status_can_change (HERALD_POST_STATUS_PUBLISHED, HERALD_POST_STATUS_CANCELLED));
  g_assert_false (herald_post_status_can_change (HERALD_POST_STATUS_CANCELLED, HERALD_POST_STATUS_SCHEDULED));
  g_assert_true (herald_post_status_can_change (HERALD_POST_STATUS_CANCELLED, HERALD_POST_STATUS_DRAFT));
}

static void
test_workflow_reopen (void)
{
  g_autoptr (HeraldPost) post = herald_post_new ("account", "周报");
  g_autoptr (GError) error = NULL;

  herald_post_set_status (post, HERALD_POST_STATUS_APPROVED);
  g_assert_true (herald_post_mark_published (post, "http://mp.weixin.qq.com/s/xyz", NOW, &error));
  g_assert_no_error (error);

  g_assert_false (herald_post_change_status (post, HERALD_POST_STATUS_CANCELLED, &error));
  g_assert_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_cmpstr (herald_post_get_url (post), ==, "http://mp.weixin.qq.com/s/xyz");

  g_assert_true (herald_post_change_status (post, HERALD_POST_STATUS_DRAFT, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (herald_post_get_url (post), ==, "");
  g_assert_cmpint (herald_post_get_published_at (post), ==, 0);
}

static void
test_workflow_published_url (void)
{
  const char *bad[] = {
    "", "weibo.com/123", "ftp://example.com/a", "https://", "javascript:alert(1)",
    "https://exa mple.com/", "见链接",
  };
  g_autoptr (HeraldPost) post = herald_post_new ("account", "直播预告");
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (herald_post_check_published_url (bad[i], &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == HERALD_WORKFLOW_ERROR);
      g_clear_error (&error);
    }
  g_assert_true (herald_post_check_published_url ("https://www.xiaohongshu.com/explore/64a?x=1", &error));
  g_assert_no_error (error);

  /* A refused mark leaves the post as it was. */
  herald_post_set_status (post, HERALD_POST_STATUS_SCHEDULED);
  g_assert_false (herald_post_mark_published (post, "not a link", NOW, &error));
  g_assert_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_BAD_URL);
  g_clear_error (&error);
  g_assert_false (herald_post_mark_published (post, "https://v.douyin.com/abc/", 0, &error));
  g_assert_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NEEDS_TIME);
  g_clear_error (&error);
  g_assert_cmpint (herald_post_get_status (post), ==, HERALD_POST_STATUS_SCHEDULED);
  g_assert_cmpstr (herald_post_get_url (post), ==, "");

  herald_post_set_status (post, HERALD_POST_STATUS_DRAFT);
  g_assert_false (herald_post_mark_published (post, "https://v.douyin.com/abc/", NOW, &error));
  g_assert_error (error, HERALD_WORKFLOW_ERROR, HERALD_WORKFLOW_ERROR_NOT_ALLOWED);
}

static void
test_topic_fading (void)
{
  const HeraldHeatSample rising[] = { { NOW, 10, 0 }, { NOW + 60, 20, 0 }, { NOW + 120, 30, 0 } };
  const HeraldHeatSample falling[] = { { NOW, 50, 0 }, { NOW + 60, 80, 0 }, { NOW + 120, 70, 0 }, { NOW + 180, 40, 0 } };
  const HeraldHeatSample one_dip[] = { { NOW, 50, 0 }, { NOW + 60, 80, 0 }, { NOW + 120, 90, 0 }, { NOW + 180, 40, 0 } };
  const HeraldHeatSample flat_end[] = { { NOW, 90, 0 }, { NOW + 60, 70, 0 }, { NOW + 120, 70, 0 } };
  g_autoptr (HeraldTopic) topic = herald_topic_new ("双十一预售", "weibo");

  g_assert_false (herald_topic_heat_is_fading (NULL, 0));
  g_assert_false (herald_topic_heat_is_fading (falling, 2));
  g_assert_false (herald_topic_heat_is_fading (rising, G_N_ELEMENTS (rising)));
  g_assert_true (herald_topic_heat_is_fading (falling, G_N_ELEMENTS (falling)));
  g_assert_false (herald_topic_heat_is_fading (one_dip, G_N_ELEMENTS (one_dip)));
  g_assert_false (herald_topic_heat_is_fading (flat_end, G_N_ELEMENTS (flat_end)));

  g_assert_false (herald_topic_is_fading (topic));
  herald_topic_set_heat (topic, falling, G_N_ELEMENTS (falling));
  g_assert_true (herald_topic_is_fading (topic));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/workflow/forward", test_workflow_forward);
  g_test_add_func ("/workflow/rules", test_workflow_rules);
  g_test_add_func ("/workflow/reopen", test_workflow_reopen);
  g_test_add_func ("/workflow/published-url", test_workflow_published_url);
  g_test_add_func ("/workflow/topic-fading", test_topic_fading);

  return g_test_run ();
}
