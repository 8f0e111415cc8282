/* test-topics.c — the Hot Topics page: refreshing from a feed with its
 * progress, the rows (source, heat, trend, state), the detail with its
 * note and chart, a failing feed, search; in Preferences adding, testing,
 * editing and removing a feed, the hot lists' switches and how often the
 * application refreshes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <locale.h>
#include <string.h>

#include "herald-application-private.h"
#include "herald-feed-dialog.h"
#include "herald-feed-fetcher-private.h"
#include "herald-heat-format.h"
#include "herald-preferences-dialog.h"
#include "herald-test-gui.h"
#include "herald-topics-page-private.h"
#include "herald-topics-preferences.h"
#include "herald-window-private.h"

/* A hot list as RSSHub gives it: heat in the description. */
static const char rss[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<rss version=\"2.0\"><channel><title>知乎热榜</title><link>https://www.zhihu.com/hot</link>\n"
  "<item><title>如何看待今年双十一的销售数据？</title><description>3326 万热度</description>"
  "<link>https://www.zhihu.com/question/600000001</link></item>\n"
  "<item><title>年轻人为什么开始“反向消费”？</title><description>1.2亿热度</description>"
  "<link>https://www.zhihu.com/question/600000002</link></item>\n"
  "<item><title>2026 年有哪些值得一读的新书？</title><description>热度：856万</description>"
  "<link>https://www.zhihu.com/question/600000003</link></item>\n"
  "</channel></rss>\n";

typedef struct {
  char              *dir;
  char              *path;
  SoupServer        *server;
  char              *base;
  guint              n_requests;
  GHashTable        *hits;        /* path → requests */
  guint              slow_pending;
  HeraldApplication *app;
  HeraldWindow      *window;
  HeraldStore       *store;
  HeraldTopicsPage  *page;
} Fixture;

typedef struct {
  Fixture           *f;
  SoupServerMessage *msg;
} Slow;

/* The slow feed answers at last. */
static void
slow_answer_cb (gpointer data)
{
  Slow *slow = data;

  soup_server_message_set_status (slow->msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (slow->msg, "application/rss+xml; charset=utf-8", SOUP_MEMORY_STATIC,
                                    rss, strlen (rss));
  soup_server_message_unpause (slow->msg);
  slow->f->slow_pending--;
  g_object_unref (slow->msg);
  g_free (slow);
}

static guint
hits (Fixture    *f,
      const char *path)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (f->hits, path));
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Fixture *f = user_data;

  f->n_requests++;
  g_hash_table_replace (f->hits, g_strdup (path), GUINT_TO_POINTER (hits (f, path) + 1));
  if (g_str_equal (path, "/slow"))
    {
      Slow *slow = g_new0 (Slow, 1);

      slow->f = f;
      slow->msg = g_object_ref (msg);
      f->slow_pending++;
      soup_server_message_pause (msg);
      g_timeout_add_once (4000, slow_answer_cb, slow);
    }
  else if (g_str_equal (path, "/zhihu/hot"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/rss+xml; charset=utf-8", SOUP_MEMORY_STATIC,
                                      rss, strlen (rss));
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
}

static char *
server_url (Fixture    *f,
            const char *path)
{
  return g_strconcat (f->base, path, NULL);
}

static HeraldFeed *
add_feed_returning (Fixture    *f,
                    const char *path,
                    const char *name)
{
  g_autofree char *url = server_url (f, path);
  g_autoptr (HeraldFeed) feed = herald_feed_new (url, HERALD_FEED_KIND_RSS);
  g_autoptr (GError) error = NULL;

  herald_feed_set_name (feed, name);
  herald_store_save_feed (f->store, feed, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&feed);
}

static void
add_feed (Fixture    *f,
          const char *path,
          const char *name)
{
  g_object_unref (add_feed_returning (f, path, name));
}

static void
fixture_set_up (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  GSList *uris;

  f->dir = g_dir_make_tmp ("herald-topics-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "herald.db", NULL);

  f->hits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  f->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (f->server, NULL, server_cb, f, NULL);
  soup_server_listen_local (f->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (f->server);
  f->base = g_uri_to_string_partial (uris->data, G_URI_HIDE_NONE);
  if (g_str_has_suffix (f->base, "/"))
    f->base[strlen (f->base) - 1] = '\0';
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  f->app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (f->app, f->path);
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);
  f->store = herald_application_get_store (f->app);
  g_assert_nonnull (f->store);

  f->window = herald_window_new (f->app);
  gtk_window_present (GTK_WINDOW (f->window));
  herald_test_wait_mapped (GTK_WIDGET (f->window));
  herald_window_set_page (f->window, "topics");
  herald_test_wait_idle ();

  f->page = HERALD_TOPICS_PAGE (herald_test_find_widget (GTK_WIDGET (f->window), HERALD_TYPE_TOPICS_PAGE));
  g_assert_nonnull (f->page);
  g_assert_true (herald_topics_page_get_store (f->page) == f->store);
}

static void
fixture_tear_down (Fixture *f)
{
  AdwDialog *dialog;

  while ((dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window))) != NULL)
    {
      adw_dialog_force_close (dialog);
      herald_test_wait_idle ();
    }
  gtk_window_destroy (GTK_WINDOW (f->window));
  herald_test_wait_idle ();

  g_clear_object (&f->app);
  while (f->slow_pending > 0)
    g_main_context_iteration (NULL, TRUE);
  soup_server_disconnect (f->server);
  g_clear_pointer (&f->hits, g_hash_table_unref);
  g_clear_object (&f->server);
  g_clear_pointer (&f->base, g_free);
  g_unlink (f->path);
  g_clear_pointer (&f->path, g_free);
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gboolean
refresh_done (gpointer data)
{
  return !herald_topics_page_get_refreshing (data);
}

static void
refresh (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "topics.refresh", NULL));
  g_assert_true (herald_topics_page_get_refreshing (f->page));
  g_assert_true (herald_test_wait_for (refresh_done, f->page, 20000));
  herald_test_wait_idle ();
}

static const char *
visible_stack_child (HeraldTopicsPage *page)
{
  GtkListBox *list = herald_topics_page_get_list_box (page);
  GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static const char *
shown_title (HeraldTopicsPage *page,
             guint             position)
{
  g_autoptr (HeraldTopic) topic = g_list_model_get_item (herald_topics_page_get_shown_topics (page), position);

  /* The list keeps its own reference. */
  return topic != NULL ? herald_topic_get_title (topic) : NULL;
}

static gboolean
one_shown (gpointer data)
{
  return g_list_model_get_n_items (data) == 1;
}

static gboolean
none_shown (gpointer data)
{
  return g_list_model_get_n_items (data) == 0;
}

static void
pending_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  gboolean *pending = user_data;
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GError) error = NULL;

  results = herald_feed_fetcher_refresh_finish (HERALD_FEED_FETCHER (source), result, &error);
  *pending = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PENDING);
}

static void
test_topics_refresh (void)
{
  Fixture f = { 0, };
  gboolean pending = FALSE;
  GListModel *shown;
  AdwBanner *banner;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  g_assert_cmpstr (visible_stack_child (f.page), ==, "empty");

  add_feed (&f, "/zhihu/hot", "知乎热榜");

  /* The page refreshes with the application's fetcher, the one its timer
   * uses: a second refresh is refused while the first runs. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "topics.refresh", NULL));
  herald_feed_fetcher_refresh_async (herald_application_get_feed_fetcher (f.app), NULL, pending_cb, &pending);
  g_assert_true (herald_test_wait_for (refresh_done, f.page, 20000));
  herald_test_wait_idle ();
  g_assert_true (pending);

  shown = herald_topics_page_get_shown_topics (f.page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_TOPIC, NULL), ==, 3);
  g_assert_cmpstr (visible_stack_child (f.page), ==, "list");
  /* Hottest first: 1.2亿, then 3326万, then 856万. */
  g_assert_cmpstr (shown_title (f.page, 0), ==, "年轻人为什么开始“反向消费”？");
  g_assert_cmpstr (shown_title (f.page, 1), ==, "如何看待今年双十一的销售数据？");
  g_assert_cmpstr (shown_title (f.page, 2), ==, "2026 年有哪些值得一读的新书？");
  banner = herald_topics_page_get_banner (f.page);
  g_assert_false (adw_banner_get_revealed (banner));

  /* A feed that fails says so and takes nothing away. */
  add_feed (&f, "/broken", "坏掉的源");
  refresh (&f);
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_nonnull (strstr (adw_banner_get_title (banner), "坏掉的源"));
  g_assert_nonnull (strstr (adw_banner_get_title (banner), "500"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  g_assert_cmpstr (visible_stack_child (f.page), ==, "list");
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_TOPIC, NULL), ==, 3);

  /* Search by a part of a Chinese title. */
  gtk_editable_set_text (GTK_EDITABLE (herald_test_find_widget (GTK_WIDGET (f.page), GTK_TYPE_SEARCH_ENTRY)), "反向");
  g_assert_true (herald_test_wait_for (one_shown, shown, 5000));
  g_assert_cmpstr (shown_title (f.page, 0), ==, "年轻人为什么开始“反向消费”？");
  gtk_editable_set_text (GTK_EDITABLE (herald_test_find_widget (GTK_WIDGET (f.page), GTK_TYPE_SEARCH_ENTRY)), "没有这个");
  g_assert_true (herald_test_wait_for (none_shown, shown, 5000));
  g_assert_cmpstr (visible_stack_child (f.page), ==, "no-match");

  fixture_tear_down (&f);
}

static char *view_text (GtkTextView *view);

static void
test_topics_add_by_hand (void)
{
  Fixture f = { 0, };
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (HeraldTopic) topic = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *angle = NULL;
  GtkDropDown *sources;
  GListModel *shown;
  AdwDialog *dialog;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  add_feed (&f, "/zhihu/hot", "知乎热榜");
  refresh (&f);
  shown = herald_topics_page_get_shown_topics (f.page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "topics.add", NULL));
  herald_test_wait_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_false (adw_alert_dialog_get_response_enabled (ADW_ALERT_DIALOG (dialog), "add"));
  herald_test_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[0]), "  品牌十周年  ");
  gtk_editable_set_text (GTK_EDITABLE (rows->pdata[1]), "老用户故事征集");
  g_assert_true (adw_alert_dialog_get_response_enabled (ADW_ALERT_DIALOG (dialog), "add"));
  g_signal_emit_by_name (dialog, "response", "add");
  adw_dialog_force_close (dialog);
  herald_test_wait_idle ();

  /* Saved, listed, and shown with its note. */
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_TOPIC, NULL), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);
  topic = herald_store_get_topic (f.store, herald_topics_page_get_selected_id (f.page), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (herald_topic_get_title (topic), ==, "品牌十周年");
  g_assert_cmpstr (herald_topic_get_source (topic), ==, "");
  angle = view_text (herald_topics_page_get_note_view (f.page, HERALD_TOPIC_NOTE_ANGLE));
  g_assert_cmpstr (angle, ==, "老用户故事征集");

  /* The source filter: hand-added topics, then one list. */
  sources = GTK_DROP_DOWN (herald_test_find_widget (GTK_WIDGET (f.page), GTK_TYPE_DROP_DOWN));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (sources)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (sources)), i);

      gtk_drop_down_set_selected (sources, i);
      herald_test_wait_idle ();
      if (g_str_equal (name, "Added by hand"))
        g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
      else if (g_str_equal (name, "知乎热榜"))
        g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
      else
        g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);
    }

  fixture_tear_down (&f);
}

typedef struct {
  HeraldStore *store;
  const char  *id;
  const char  *audience;
} NoteCheck;

static gboolean
note_saved (gpointer data)
{
  NoteCheck *check = data;
  g_autoptr (HeraldTopic) topic = herald_store_get_topic (check->store, check->id, NULL);
  g_autofree char *audience = herald_topic_note_get_part (herald_topic_get_notes (topic), HERALD_TOPIC_NOTE_AUDIENCE);

  return g_strcmp0 (audience, check->audience) == 0;
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_topics_detail (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldTopic) topic = NULL;
  g_autoptr (HeraldTopic) saved = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *angle = NULL;
  g_autofree char *risks = NULL;
  HeraldHeatChart *chart;
  g_autofree char *post_id = NULL;
  NoteCheck check;
  const char *id;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  add_feed (&f, "/zhihu/hot", "知乎热榜");
  refresh (&f);

  /* The note a topic already has shows in its parts. */
  g_object_unref (g_list_model_get_item (herald_topics_page_get_shown_topics (f.page), 0));
  topic = g_list_model_get_item (herald_topics_page_get_shown_topics (f.page), 0);
  id = herald_record_get_id (HERALD_RECORD (topic));
  saved = herald_store_get_topic (f.store, id, &error);
  g_assert_no_error (error);
  herald_topic_set_notes (saved, "反向消费和我们的平价线很搭\n\n## Risks\n别踩拉踩同行");
  herald_store_save_topic (f.store, saved, &error);
  g_assert_no_error (error);
  herald_test_wait_idle ();

  /* A post that uses the topic. */
  {
    g_autoptr (HeraldAccount) account = herald_account_new ("douyin", "山茶抖音");
    g_autoptr (HeraldPost) post = NULL;

    herald_store_save_account (f.store, account, &error);
    g_assert_no_error (error);
    post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), "反向消费，我们这样接");
    herald_store_save_post (f.store, post, &error);
    g_assert_no_error (error);
    herald_store_link_post_topic (f.store, herald_record_get_id (HERALD_RECORD (post)), id, &error);
    g_assert_no_error (error);
    post_id = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
  }

  herald_topics_page_select_topic (f.page, id);
  herald_test_wait_idle ();
  g_assert_cmpstr (herald_topics_page_get_selected_id (f.page), ==, id);

  /* The post is listed, and opens. */
  {
    g_autoptr (GPtrArray) rows = g_ptr_array_new ();
    guint found = 0;

    herald_test_collect_widgets (GTK_WIDGET (f.page), ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), "反向消费，我们这样接") == 0)
        {
          GVariant *target = gtk_actionable_get_action_target_value (rows->pdata[i]);

          g_assert_cmpstr (gtk_actionable_get_action_name (rows->pdata[i]), ==, "app.open-post");
          g_assert_cmpstr (g_variant_get_string (target, NULL), ==, post_id);
          found++;
        }
    g_assert_cmpuint (found, ==, 1);
  }
  angle = view_text (herald_topics_page_get_note_view (f.page, HERALD_TOPIC_NOTE_ANGLE));
  risks = view_text (herald_topics_page_get_note_view (f.page, HERALD_TOPIC_NOTE_RISKS));
  g_assert_cmpstr (angle, ==, "反向消费和我们的平价线很搭");
  g_assert_cmpstr (risks, ==, "别踩拉踩同行");

  /* The chart has the one sample the refresh recorded, and is shown. */
  chart = herald_topics_page_get_heat_chart (f.page);
  g_assert_cmpuint (herald_heat_chart_get_n_samples (chart), ==, 1);
  herald_test_wait_mapped (GTK_WIDGET (chart));

  /* The pointer over the chart picks the sample under it. */
  {
    g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart));

    g_assert_cmpint (herald_heat_chart_get_hover (chart), ==, -1);
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
          {
            g_signal_emit_by_name (controller, "motion", 10.0, 10.0);
            g_assert_cmpint (herald_heat_chart_get_hover (chart), ==, 0);
            g_signal_emit_by_name (controller, "leave");
          }
      }
    g_assert_cmpint (herald_heat_chart_get_hover (chart), ==, -1);
  }

  /* Typing is saved after a pause, and keeps the other parts. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (herald_topics_page_get_note_view (f.page, HERALD_TOPIC_NOTE_AUDIENCE)),
                            "25–35 岁一二线城市白领", -1);
  check = (NoteCheck) { f.store, id, "25–35 岁一二线城市白领" };
  g_assert_false (note_saved (&check));
  g_assert_true (herald_test_wait_for (note_saved, &check, 5000));
  g_clear_object (&saved);
  saved = herald_store_get_topic (f.store, id, &error);
  g_assert_no_error (error);
  g_clear_pointer (&risks, g_free);
  risks = herald_topic_note_get_part (herald_topic_get_notes (saved), HERALD_TOPIC_NOTE_RISKS);
  g_assert_cmpstr (risks, ==, "别踩拉踩同行");

  /* The save did not undo what the user typed since. */
  g_clear_pointer (&angle, g_free);
  angle = view_text (herald_topics_page_get_note_view (f.page, HERALD_TOPIC_NOTE_ANGLE));
  g_assert_cmpstr (angle, ==, "反向消费和我们的平价线很搭");

  /* Another topic shows its own note; coming back shows the saved one. */
  {
    g_autoptr (HeraldTopic) other = g_list_model_get_item (herald_topics_page_get_shown_topics (f.page), 1);
    g_autofree char *audience = NULL;
    g_autofree char *other_audience = NULL;

    herald_topics_page_select_topic (f.page, herald_record_get_id (HERALD_RECORD (other)));
    herald_test_wait_idle ();
    other_audience = view_text (herald_topics_page_get_note_view (f.page, HERALD_TOPIC_NOTE_AUDIENCE));
    g_assert_cmpstr (other_audience, ==, "");
    herald_topics_page_select_topic (f.page, id);
    herald_test_wait_idle ();
    audience = view_text (herald_topics_page_get_note_view (f.page, HERALD_TOPIC_NOTE_AUDIENCE));
    g_assert_cmpstr (audience, ==, "25–35 岁一二线城市白领");
  }

  /* Typing and going straight to another topic keeps what was typed,
   * with its own topic. */
  {
    g_autoptr (HeraldTopic) other = g_list_model_get_item (herald_topics_page_get_shown_topics (f.page), 2);
    g_autoptr (HeraldTopic) reread = NULL;
    g_autoptr (HeraldTopic) other_reread = NULL;
    g_autofree char *typed = NULL;

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (herald_topics_page_get_note_view (f.page, HERALD_TOPIC_NOTE_RISKS)),
                              "别拉踩同行", -1);
    herald_topics_page_select_topic (f.page, herald_record_get_id (HERALD_RECORD (other)));
    reread = herald_store_get_topic (f.store, id, &error);
    typed = herald_topic_note_get_part (herald_topic_get_notes (reread), HERALD_TOPIC_NOTE_RISKS);
    g_assert_cmpstr (typed, ==, "别拉踩同行");
    other_reread = herald_store_get_topic (f.store, herald_record_get_id (HERALD_RECORD (other)), &error);
    g_assert_cmpstr (herald_topic_get_notes (other_reread), ==, "");
    herald_topics_page_select_topic (f.page, id);
    herald_test_wait_idle ();
  }

  /* New Post from Topic: a post linked to the topic. */
  {
    g_autoptr (GListModel) linked = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "topics.new-post", NULL));
    herald_test_wait_idle ();
    linked = herald_store_list_topic_posts (f.store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (linked), ==, 2);
    herald_window_set_page (f.window, "topics");
    herald_test_wait_idle ();
  }

  /* A state picked is saved. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (herald_test_find_widget (GTK_WIDGET (f.page), ADW_TYPE_COMBO_ROW)),
                              HERALD_TOPIC_STATE_USED);
  g_clear_object (&saved);
  saved = herald_store_get_topic (f.store, id, &error);
  g_assert_cmpint (herald_topic_get_state (saved), ==, HERALD_TOPIC_STATE_USED);

  fixture_tear_down (&f);
}

/* The feed's row, rebuilt as the test goes, says what the test found. */
static gboolean
feed_tested (gpointer data)
{
  GtkWidget *row = herald_test_find_named (data, g_object_get_data (data, "feed-id"));
  const char *subtitle = row != NULL ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;

  return subtitle != NULL && strstr (subtitle, "Works: 3 topics") != NULL;
}

static gboolean
feed_too_large (gpointer data)
{
  GtkWidget *row = herald_test_find_named (data, g_object_get_data (data, "feed-id"));
  const char *subtitle = row != NULL ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;

  return subtitle != NULL && strstr (subtitle, "Test failed: The feed is larger than") != NULL;
}

static void
test_topics_preferences (void)
{
  Fixture f = { 0, };
  HeraldPreferencesDialog *dialog;
  HeraldTopicsPreferences *prefs;
  AdwDialog *feed_dialog;
  g_autoptr (GListModel) feeds = NULL;
  g_autoptr (HeraldFeed) feed = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *url = NULL;
  GtkWidget *row;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);

  /* The empty page leads to Preferences → Hot Topics. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "topics.preferences", NULL));
  herald_test_wait_idle ();
  dialog = HERALD_PREFERENCES_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));
  g_assert_true (HERALD_IS_PREFERENCES_DIALOG (dialog));
  g_assert_cmpstr (adw_preferences_dialog_get_visible_page_name (ADW_PREFERENCES_DIALOG (dialog)), ==, "topics");
  prefs = HERALD_TOPICS_PREFERENCES (herald_test_find_widget (GTK_WIDGET (dialog), HERALD_TYPE_TOPICS_PREFERENCES));

  /* A feed that is not a web address is refused. */
  feed_dialog = herald_topics_preferences_open_feed_dialog (prefs, NULL);
  herald_test_wait_idle ();
  gtk_editable_set_text (GTK_EDITABLE (herald_test_find_named (GTK_WIDGET (feed_dialog), "url")), "ftp://example/feed");
  g_signal_emit_by_name (feed_dialog, "response", "save");
  adw_dialog_force_close (feed_dialog);
  herald_test_wait_idle ();
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_FEED, NULL), ==, 0);

  /* Why, over the address as typed. */
  {
    AdwDialog *shown = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window));

    g_assert_true (ADW_IS_ALERT_DIALOG (shown) && !HERALD_IS_FEED_DIALOG (shown));
    adw_dialog_force_close (shown);
    herald_test_wait_idle ();
    shown = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window));
    g_assert_true (HERALD_IS_FEED_DIALOG (shown));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (herald_test_find_named (GTK_WIDGET (shown), "url"))), ==,
                     "ftp://example/feed");
  }
  while (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)) != ADW_DIALOG (dialog))
    {
      adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));
      herald_test_wait_idle ();
    }

  url = server_url (&f, "/zhihu/hot");
  feed_dialog = herald_topics_preferences_open_feed_dialog (prefs, NULL);
  herald_test_wait_idle ();
  gtk_editable_set_text (GTK_EDITABLE (herald_test_find_named (GTK_WIDGET (feed_dialog), "url")), url);
  gtk_editable_set_text (GTK_EDITABLE (herald_test_find_named (GTK_WIDGET (feed_dialog), "name")), "知乎热榜");
  g_signal_emit_by_name (feed_dialog, "response", "save");
  adw_dialog_force_close (feed_dialog);
  herald_test_wait_idle ();

  feeds = herald_store_list_feeds (f.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (feeds), ==, 1);
  feed = g_list_model_get_item (feeds, 0);
  g_assert_cmpstr (herald_feed_get_url (feed), ==, url);
  g_assert_cmpstr (herald_feed_get_name (feed), ==, "知乎热榜");
  g_assert_true (herald_feed_get_enabled (feed));

  /* Testing it fetches once and records nothing. */
  row = herald_test_find_named (GTK_WIDGET (prefs), herald_record_get_id (HERALD_RECORD (feed)));
  g_assert_nonnull (row);
  herald_topics_preferences_test_feed (prefs, herald_record_get_id (HERALD_RECORD (feed)));
  g_object_set_data_full (G_OBJECT (prefs), "feed-id", g_strdup (herald_record_get_id (HERALD_RECORD (feed))), g_free);
  g_assert_true (herald_test_wait_for (feed_tested, prefs, 10000));
  g_assert_cmpuint (f.n_requests, ==, 1);
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_TOPIC, NULL), ==, 0);

  /* Through the application's fetcher: its limits are the test's. */
  herald_feed_fetcher_set_max_body (herald_application_get_feed_fetcher (f.app), 100);
  herald_topics_preferences_test_feed (prefs, herald_record_get_id (HERALD_RECORD (feed)));
  g_assert_true (herald_test_wait_for (feed_too_large, prefs, 10000));
  g_assert_cmpuint (f.n_requests, ==, 2);
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_TOPIC, NULL), ==, 0);
  herald_feed_fetcher_set_max_body (herald_application_get_feed_fetcher (f.app), HERALD_FEED_MAX_BODY);

  /* A hot list switched on is a feed under the RSSHub address. */
  row = herald_test_find_named (GTK_WIDGET (prefs), "weibo");
  g_assert_true (ADW_IS_SWITCH_ROW (row));
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), TRUE);
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_FEED, NULL), ==, 2);

  /* A new RSSHub address moves the lists read through it, and only them. */
  {
    AdwEntryRow *rsshub = NULL;
    g_autoptr (GPtrArray) entries = g_ptr_array_new ();
    g_autoptr (GListModel) moved = NULL;
    g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
    g_autofree char *base = NULL;
    guint n_moved = 0, n_kept = 0;

    herald_test_collect_widgets (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW, entries);
    g_assert_cmpuint (entries->len, ==, 1);
    rsshub = entries->pdata[0];
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rsshub)), ==, "https://rsshub.app");

    gtk_editable_set_text (GTK_EDITABLE (rsshub), "rsshub.example");
    g_signal_emit_by_name (rsshub, "apply");
    herald_test_wait_idle ();
    base = g_settings_get_string (settings, "rsshub-base-url");
    g_assert_cmpstr (base, ==, "https://rsshub.app");
    adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));
    herald_test_wait_idle ();

    gtk_editable_set_text (GTK_EDITABLE (rsshub), "https://hub.example.cn/");
    g_signal_emit_by_name (rsshub, "apply");
    herald_test_wait_idle ();
    g_clear_pointer (&base, g_free);
    base = g_settings_get_string (settings, "rsshub-base-url");
    g_assert_cmpstr (base, ==, "https://hub.example.cn/");

    moved = herald_store_list_feeds (f.store, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (moved); i++)
      {
        g_autoptr (HeraldFeed) listed = g_list_model_get_item (moved, i);

        if (g_strcmp0 (herald_feed_get_url (listed), "https://hub.example.cn/weibo/search/hot") == 0)
          n_moved++;
        else if (g_strcmp0 (herald_feed_get_url (listed), url) == 0)
          n_kept++;
      }
    g_assert_cmpuint (n_moved, ==, 1);
    g_assert_cmpuint (n_kept, ==, 1);
    g_assert_true (adw_switch_row_get_active (ADW_SWITCH_ROW (herald_test_find_named (GTK_WIDGET (prefs), "weibo"))));
  }

  fixture_tear_down (&f);
}

/* Rows and chart: lists recorded an hour apart, straight into the store */

typedef struct {
  const char *title;
  double      heat[4];    /* one per list, 0: not on that list */
} Listed;

/* Rising to 1.23亿; falling to 3326万; new at 856万; off the list after
 * a peak of 1500万. */
static const Listed listed[] = {
  { "冬至吃饺子还是汤圆", { 2e7, 5e7, 9e7, 1.23e8 } },
  { "考研报名人数公布", { 8e7, 6e7, 4e7, 3.326e7 } },
  { "初雪", { 0, 0, 0, 8.56e6 } },
  { "双十一预售开启", { 1e7, 1.5e7, 1.2e7, 0 } },
};

static gint64 lists_at[4];

static void
record_lists (Fixture *f)
{
  g_autoptr (HeraldFeed) feed = add_feed_returning (f, "/weibo/search/hot", "微博热搜");
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  for (guint list = 0; list < 4; list++)
    {
      g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) herald_feed_item_free);
      g_autoptr (GError) error = NULL;
      HeraldFeedChanges changes;

      for (guint i = 0; i < G_N_ELEMENTS (listed); i++)
        if (listed[i].heat[list] > 0)
          g_ptr_array_add (items, herald_feed_item_new (listed[i].title, NULL, NULL, listed[i].heat[list],
                                                        items->len + 1));

      lists_at[list] = now - (3 - list) * 3600;
      g_assert_true (herald_store_apply_feed_items (f->store, feed, items, lists_at[list], &changes, &error));
      g_assert_no_error (error);
    }
  herald_test_wait_idle ();
}

static const char *
topic_id (Fixture    *f,
          const char *title)
{
  GListModel *shown = herald_topics_page_get_shown_topics (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (shown, i);

      /* The list keeps its own reference. */
      if (g_str_equal (herald_topic_get_title (topic), title))
        return herald_record_get_id (HERALD_RECORD (topic));
    }

  g_error ("“%s” is not listed", title);
  return NULL;
}

static GtkWidget *
topic_row (Fixture    *f,
           const char *title)
{
  GtkWidget *row = herald_test_find_named (GTK_WIDGET (herald_topics_page_get_list_box (f->page)), topic_id (f, title));

  g_assert_true (ADW_IS_ACTION_ROW (row));
  return row;
}

static const char *
row_heat (GtkWidget *row)
{
  GtkWidget *label = herald_test_find_with_class (row, "heat");

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

/* The trend mark: its class, and what it says to a pointer and a screen
 * reader. */
static void
assert_trend (GtkWidget        *row,
              HeraldTopicTrend  trend,
              const char       *arrow)
{
  GtkWidget *mark = herald_test_find_with_class (row, "trend");

  g_assert_nonnull (mark);
  g_assert_true (gtk_widget_has_css_class (mark, herald_topic_trend_to_string (trend)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (mark), ==, herald_topic_trend_describe (trend));
  if (arrow != NULL)
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (mark)), ==, arrow);
  else
    g_assert_true (GTK_IS_IMAGE (mark));
}

static void
set_state (Fixture          *f,
           const char       *title,
           HeraldTopicState  state)
{
  g_autoptr (HeraldTopic) topic = herald_store_get_topic (f->store, topic_id (f, title), NULL);
  g_autoptr (GError) error = NULL;

  herald_topic_set_state (topic, state);
  herald_store_save_topic (f->store, topic, &error);
  g_assert_no_error (error);
  herald_test_wait_idle ();
}

static void
test_topics_rows (void)
{
  Fixture f = { 0, };
  GtkWidget *row;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  record_lists (&f);
  g_assert_cmpuint (g_list_model_get_n_items (herald_topics_page_get_shown_topics (f.page)), ==, 4);

  /* The source, the state, when it was first seen; the heat now and the
   * trend.  Untranslated, heat counts in thousands and millions. */
  row = topic_row (&f, "冬至吃饺子还是汤圆");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "微博热搜 · Watching · 3 hours ago");
  g_assert_cmpstr (row_heat (row), ==, "123M");
  assert_trend (row, HERALD_TOPIC_TREND_RISING, "↑");

  row = topic_row (&f, "考研报名人数公布");
  g_assert_cmpstr (row_heat (row), ==, "33.3M");
  assert_trend (row, HERALD_TOPIC_TREND_FALLING, "↓");

  row = topic_row (&f, "初雪");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "微博热搜 · Watching · Just now");
  g_assert_cmpstr (row_heat (row), ==, "8.6M");
  assert_trend (row, HERALD_TOPIC_TREND_NEW, NULL);

  /* Off the list: its peak, dimmed. */
  row = topic_row (&f, "双十一预售开启");
  g_assert_cmpstr (row_heat (row), ==, "15M");
  g_assert_true (gtk_widget_has_css_class (herald_test_find_with_class (row, "heat"), "dim-label"));
  assert_trend (row, HERALD_TOPIC_TREND_GONE, "–");

  /* The state shows, and a dropped topic is dimmed. */
  set_state (&f, "初雪", HERALD_TOPIC_STATE_USED);
  row = topic_row (&f, "初雪");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "微博热搜 · Used · Just now");
  g_assert_false (gtk_widget_has_css_class (row, "dim-label"));
  set_state (&f, "考研报名人数公布", HERALD_TOPIC_STATE_DROPPED);
  row = topic_row (&f, "考研报名人数公布");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "· Dropped ·"));
  g_assert_true (gtk_widget_has_css_class (row, "dim-label"));

  herald_test_save_shot (GTK_WIDGET (f.window), "topics-rows.png");
  fixture_tear_down (&f);
}

/* The built catalogues, next to this test's build folder. */
static void
use_chinese (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *tests_dir = g_path_get_dirname (exe);
  g_autofree char *build_dir = g_path_get_dirname (tests_dir);
  g_autofree char *localedir = g_build_filename (build_dir, "po", NULL);
  g_autofree char *catalogue = g_build_filename (localedir, "zh_CN", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  g_assert_true (g_file_test (catalogue, G_FILE_TEST_IS_REGULAR));
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "zh_CN.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* In Chinese, heat counts in 万 and 亿, as the hot lists do. */
static void
test_topics_rows_chinese (void)
{
  Fixture f = { 0, };

  if (!herald_test_run_in_subprocess ())
    return;

  use_chinese ();
  fixture_set_up (&f);
  record_lists (&f);

  g_assert_cmpstr (row_heat (topic_row (&f, "冬至吃饺子还是汤圆")), ==, "1.2亿");
  g_assert_cmpstr (row_heat (topic_row (&f, "考研报名人数公布")), ==, "3326万");
  g_assert_cmpstr (row_heat (topic_row (&f, "初雪")), ==, "856万");
  g_assert_cmpstr (row_heat (topic_row (&f, "双十一预售开启")), ==, "1500万");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (topic_row (&f, "初雪"))),
                                   "微博热搜 · "));
  herald_topics_page_select_topic (f.page, topic_id (&f, "冬至吃饺子还是汤圆"));
  herald_test_wait_mapped (GTK_WIDGET (herald_topics_page_get_heat_chart (f.page)));
  herald_test_save_shot (GTK_WIDGET (f.window), "topics-zh_CN.png");

  fixture_tear_down (&f);
}

/* Narrow, collapsed, and the detail with its chart on screen. */
static gboolean
narrow_detail_shown (gpointer data)
{
  HeraldTopicsPage *page = data;

  return gtk_widget_get_width (GTK_WIDGET (page)) <= 400
         && adw_navigation_split_view_get_collapsed (ADW_NAVIGATION_SPLIT_VIEW (
              adw_breakpoint_bin_get_child (ADW_BREAKPOINT_BIN (page))))
         && gtk_widget_is_drawable (GTK_WIDGET (page->heat_chart));
}

/* A topic seen on four lists: the chart gets the four samples, in order,
 * and one off its list counts as 0. */
static void
test_topics_chart (void)
{
  Fixture f = { 0, };
  HeraldHeatChart *chart;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  record_lists (&f);

  herald_topics_page_select_topic (f.page, topic_id (&f, "冬至吃饺子还是汤圆"));
  herald_test_wait_idle ();
  chart = herald_topics_page_get_heat_chart (f.page);
  herald_test_wait_mapped (GTK_WIDGET (chart));
  g_assert_cmpuint (herald_heat_chart_get_n_samples (chart), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      const HeraldHeatSample *sample = herald_heat_chart_get_sample (chart, i);

      g_assert_cmpint (sample->at, ==, lists_at[i]);
      g_assert_cmpfloat (sample->heat, ==, listed[0].heat[i]);
    }
  g_assert_cmpint (herald_heat_chart_get_sample (chart, 3)->rank, ==, 1);
  herald_test_save_shot (GTK_WIDGET (f.window), "topics-chart.png");

  herald_topics_page_select_topic (f.page, topic_id (&f, "双十一预售开启"));
  herald_test_wait_idle ();
  g_assert_cmpuint (herald_heat_chart_get_n_samples (chart), ==, 4);
  g_assert_cmpfloat (herald_heat_chart_get_sample (chart, 1)->heat, ==, 1.5e7);
  g_assert_cmpfloat (herald_heat_chart_get_sample (chart, 3)->heat, ==, 0);

  /* Narrow, as on a phone: the detail alone, its chart as wide as it. */
  herald_topics_page_select_topic (f.page, topic_id (&f, "冬至吃饺子还是汤圆"));
  gtk_window_set_default_size (GTK_WINDOW (f.window), 400, 760);
  g_assert_true (herald_test_wait_for (narrow_detail_shown, f.page, 20000));
  herald_test_wait_idle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), <=, 400);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), >=, 200);
  /* The title opens as it is, not selected whole. */
  g_assert_false (gtk_label_get_selection_bounds (f.page->title_label, NULL, NULL));
  herald_test_save_shot (GTK_WIDGET (f.window), "topics-chart-narrow.png");

  fixture_tear_down (&f);
}

/* Refresh and its progress */

static gboolean
half_done (gpointer data)
{
  HeraldTopicsPage *page = data;

  return gtk_progress_bar_get_fraction (page->progress_bar) == 0.5;
}

static void
test_topics_progress (void)
{
  Fixture f = { 0, };

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  add_feed (&f, "/zhihu/hot", "知乎热榜");
  add_feed (&f, "/slow", "慢的源");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f.page->progress_bar)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f.page->refresh_stack), ==, "button");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "topics.refresh", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f.page->progress_bar)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f.page->refresh_stack), ==, "spinner");

  /* One of two done, the slow one still coming: the progress shows it. */
  g_assert_true (herald_test_wait_for (half_done, f.page, 10000));
  g_assert_cmpuint (f.slow_pending, ==, 1);
  g_assert_true (herald_topics_page_get_refreshing (f.page));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f.page->progress_bar)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f.page->refresh_stack), ==, "spinner");
  /* As large as the button's icon, not as the header bar. */
  g_assert_cmpint (gtk_widget_get_width (gtk_stack_get_visible_child (f.page->refresh_stack)), <=, 16);
  g_assert_cmpint (gtk_widget_get_height (gtk_stack_get_visible_child (f.page->refresh_stack)), <=, 16);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (herald_test_find_widget (GTK_WIDGET (f.page->refresh_stack),
                                                                                 GTK_TYPE_BUTTON))));
  herald_test_save_shot (GTK_WIDGET (f.window), "topics-refreshing.png");

  g_assert_true (herald_test_wait_for (refresh_done, f.page, 20000));
  herald_test_wait_idle ();
  g_assert_cmpuint (f.slow_pending, ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f.page->progress_bar)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f.page->refresh_stack), ==, "button");
  g_assert_cmpuint (hits (&f, "/slow"), ==, 1);
  g_assert_cmpuint (hits (&f, "/zhihu/hot"), ==, 1);

  fixture_tear_down (&f);
}

static void
ignore_result_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (GPtrArray) results = herald_feed_fetcher_refresh_finish (HERALD_FEED_FETCHER (source), result, NULL);
  gboolean *finished = user_data;

  *finished = TRUE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

/* The timer's refresh (the application's fetcher, not the page's Refresh)
 * shows its progress too, and the bar goes when it is done. */
static void
test_topics_progress_timer (void)
{
  Fixture f = { 0, };
  gboolean finished = FALSE;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  add_feed (&f, "/zhihu/hot", "知乎热榜");
  add_feed (&f, "/slow", "慢的源");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f.page->progress_bar)));

  herald_feed_fetcher_refresh_async (herald_application_get_feed_fetcher (f.app), NULL, ignore_result_cb, &finished);
  g_assert_true (herald_test_wait_for (half_done, f.page, 10000));
  g_assert_cmpuint (f.slow_pending, ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f.page->progress_bar)));

  g_assert_true (herald_test_wait_for (flag_set, &finished, 20000));
  herald_test_wait_idle ();
  g_assert_cmpuint (f.slow_pending, ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f.page->progress_bar)));

  fixture_tear_down (&f);
}

/* Preferences: edit, remove, switches, how often */

static HeraldTopicsPreferences *
open_preferences (Fixture *f)
{
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "topics.preferences", NULL));
  herald_test_wait_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_true (HERALD_IS_PREFERENCES_DIALOG (dialog));
  return HERALD_TOPICS_PREFERENCES (herald_test_find_widget (GTK_WIDGET (dialog), HERALD_TYPE_TOPICS_PREFERENCES));
}

static void
close_dialogs_down_to (Fixture   *f,
                       AdwDialog *keep)
{
  AdwDialog *shown;

  while ((shown = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window))) != keep)
    {
      adw_dialog_force_close (shown);
      herald_test_wait_idle ();
    }
}

static HeraldFeed *
stored_feed (Fixture    *f,
             const char *id)
{
  g_autoptr (GError) error = NULL;
  HeraldFeed *feed = herald_store_get_feed (f->store, id, &error);

  g_assert_no_error (error);
  return feed;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label,
             const char *tooltip)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  herald_test_collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if ((label != NULL && g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
        || (tooltip != NULL && g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), tooltip) == 0))
      return buttons->pdata[i];

  return NULL;
}

static gboolean
undo_shown (gpointer data)
{
  return find_button (data, "_Undo", NULL) != NULL;
}

static void
test_topics_feed_edit_remove (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldFeed) feed = NULL;
  g_autoptr (HeraldFeed) saved = NULL;
  HeraldTopicsPreferences *prefs;
  AdwDialog *preferences;
  AdwDialog *dialog;
  g_autofree char *url = NULL;
  g_autofree char *id = NULL;
  GtkWidget *row;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  feed = add_feed_returning (&f, "/zhihu/hot", "知乎热榜");
  id = g_strdup (herald_record_get_id (HERALD_RECORD (feed)));
  url = server_url (&f, "/zhihu/hot");
  prefs = open_preferences (&f);
  preferences = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window));

  /* The dialog shows the feed as it is, the interval in minutes. */
  dialog = herald_topics_preferences_open_feed_dialog (prefs, id);
  herald_test_wait_idle ();
  g_assert_true (HERALD_IS_FEED_DIALOG (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (herald_test_find_named (GTK_WIDGET (dialog), "url"))), ==, url);
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (herald_test_find_named (GTK_WIDGET (dialog), "interval"))), ==,
                     HERALD_FEED_DEFAULT_INTERVAL / 60);

  gtk_editable_set_text (GTK_EDITABLE (herald_test_find_named (GTK_WIDGET (dialog), "name")), "知乎热榜（全站）");
  adw_spin_row_set_value (ADW_SPIN_ROW (herald_test_find_named (GTK_WIDGET (dialog), "interval")), 90);
  herald_test_save_shot (GTK_WIDGET (dialog), "feed-dialog.png");
  g_signal_emit_by_name (dialog, "response", "save");
  adw_dialog_force_close (dialog);
  herald_test_wait_idle ();

  saved = stored_feed (&f, id);
  g_assert_cmpstr (herald_feed_get_name (saved), ==, "知乎热榜（全站）");
  g_assert_cmpstr (herald_feed_get_url (saved), ==, url);
  g_assert_cmpuint (herald_feed_get_interval (saved), ==, 90 * 60);
  g_assert_true (herald_feed_get_enabled (saved));
  row = herald_test_find_named (GTK_WIDGET (prefs), id);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "知乎热榜（全站）");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "\nEvery 90 minutes"));

  /* Less than the minimum cannot be set. */
  dialog = herald_topics_preferences_open_feed_dialog (prefs, id);
  herald_test_wait_idle ();
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (herald_test_find_named (GTK_WIDGET (dialog), "interval"))), ==, 90);
  adw_spin_row_set_value (ADW_SPIN_ROW (herald_test_find_named (GTK_WIDGET (dialog), "interval")), 1);
  g_signal_emit_by_name (dialog, "response", "save");
  adw_dialog_force_close (dialog);
  herald_test_wait_idle ();
  g_clear_object (&saved);
  saved = stored_feed (&f, id);
  g_assert_cmpuint (herald_feed_get_interval (saved), ==, HERALD_FEED_MIN_INTERVAL);

  /* Refused: the interval typed comes back with the rest. */
  dialog = herald_topics_preferences_open_feed_dialog (prefs, id);
  herald_test_wait_idle ();
  gtk_editable_set_text (GTK_EDITABLE (herald_test_find_named (GTK_WIDGET (dialog), "url")), "ftp://example/feed");
  adw_spin_row_set_value (ADW_SPIN_ROW (herald_test_find_named (GTK_WIDGET (dialog), "interval")), 45);
  g_signal_emit_by_name (dialog, "response", "save");
  adw_dialog_force_close (dialog);
  herald_test_wait_idle ();
  adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));
  herald_test_wait_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window));
  g_assert_true (HERALD_IS_FEED_DIALOG (dialog));
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (herald_test_find_named (GTK_WIDGET (dialog), "interval"))), ==, 45);
  close_dialogs_down_to (&f, preferences);
  g_clear_object (&saved);
  saved = stored_feed (&f, id);
  g_assert_cmpstr (herald_feed_get_url (saved), ==, url);
  g_assert_cmpuint (herald_feed_get_interval (saved), ==, HERALD_FEED_MIN_INTERVAL);

  /* Remove, from its row: gone at once, back with Undo. */
  g_signal_emit_by_name (find_button (herald_test_find_named (GTK_WIDGET (prefs), id), NULL, "Remove Feed"), "clicked");
  herald_test_wait_idle ();
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_FEED, NULL), ==, 0);
  g_assert_null (herald_test_find_named (GTK_WIDGET (prefs), id));
  g_assert_true (herald_test_wait_for (undo_shown, preferences, 5000));
  g_signal_emit_by_name (find_button (GTK_WIDGET (preferences), "_Undo", NULL), "clicked");
  herald_test_wait_idle ();
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_FEED, NULL), ==, 1);
  g_assert_nonnull (herald_test_find_named (GTK_WIDGET (prefs), id));
  g_clear_object (&saved);
  saved = stored_feed (&f, id);
  g_assert_cmpstr (herald_feed_get_name (saved), ==, "知乎热榜（全站）");
  g_assert_cmpuint (herald_feed_get_interval (saved), ==, HERALD_FEED_MIN_INTERVAL);

  fixture_tear_down (&f);
}

/* A hot list switched off in Preferences is not fetched any more, by
 * Refresh or by the timer; its topics stay. */
static void
test_topics_preset_off (void)
{
  Fixture f = { 0, };
  HeraldTopicsPreferences *prefs;
  AdwEntryRow *rsshub;
  GtkWidget *row;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  prefs = open_preferences (&f);
  rsshub = ADW_ENTRY_ROW (herald_test_find_widget (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW));
  gtk_editable_set_text (GTK_EDITABLE (rsshub), f.base);
  g_signal_emit_by_name (rsshub, "apply");
  herald_test_wait_idle ();

  row = herald_test_find_named (GTK_WIDGET (prefs), "zhihu");
  adw_switch_row_set_active (ADW_SWITCH_ROW (row), TRUE);
  herald_test_wait_idle ();
  refresh (&f);
  g_assert_cmpuint (hits (&f, "/zhihu/hot"), ==, 1);
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_TOPIC, NULL), ==, 3);

  adw_switch_row_set_active (ADW_SWITCH_ROW (row), FALSE);
  herald_test_wait_idle ();
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_FEED, NULL), ==, 1);

  refresh (&f);
  g_assert_cmpuint (hits (&f, "/zhihu/hot"), ==, 1);
  {
    g_autoptr (GPtrArray) results = NULL;
    g_autoptr (GError) error = NULL;

    herald_feed_fetcher_set_now (herald_application_get_feed_fetcher (f.app),
                                 g_get_real_time () / G_USEC_PER_SEC + 24 * 60 * 60);
    results = herald_feed_fetcher_refresh (herald_application_get_feed_fetcher (f.app), NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (results->len, ==, 0);
  }
  g_assert_cmpuint (hits (&f, "/zhihu/hot"), ==, 1);
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_TOPIC, NULL), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (herald_topics_page_get_shown_topics (f.page)), ==, 3);

  fixture_tear_down (&f);
}

static gboolean
fetched_once (gpointer data)
{
  return hits (data, "/zhihu/hot") == 1;
}

static gboolean
fetcher_idle (gpointer data)
{
  Fixture *f = data;

  return f->app->topics_refresh_id != 0 && hits (f, "/zhihu/hot") == 1;
}

static void
test_topics_refresh_setting (void)
{
  Fixture f = { 0, };
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr (GPtrArray) spins = g_ptr_array_new ();
  HeraldTopicsPreferences *prefs;
  GSource *timer;
  gint64 wait;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  add_feed (&f, "/zhihu/hot", "知乎热榜");
  prefs = open_preferences (&f);
  herald_test_collect_widgets (GTK_WIDGET (prefs), ADW_TYPE_SPIN_ROW, spins);
  g_assert_cmpuint (spins->len, ==, 1);

  /* Saved, and the application's timer follows it. */
  adw_spin_row_set_value (spins->pdata[0], 15);
  herald_test_wait_idle ();
  g_assert_cmpuint (g_settings_get_uint (settings, "topics-refresh-minutes"), ==, 15);
  g_assert_cmpuint (f.app->topics_refresh_id, !=, 0);
  timer = g_main_context_find_source_by_id (NULL, f.app->topics_refresh_id);
  g_assert_nonnull (timer);
  wait = (g_source_get_ready_time (timer) - g_get_monotonic_time ()) / G_USEC_PER_SEC;
  g_assert_cmpint (wait, >=, 15 * 60 - 5);
  g_assert_cmpint (wait, <=, 15 * 60 + 1);
  g_assert_cmpuint (hits (&f, "/zhihu/hot"), ==, 0);

  /* When it goes off, the lists that are due are fetched, and it is set
   * again. */
  g_source_set_ready_time (timer, 0);
  g_assert_true (herald_test_wait_for (fetched_once, &f, 10000));
  g_assert_true (herald_test_wait_for (fetcher_idle, &f, 10000));
  herald_test_wait_idle ();
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_TOPIC, NULL), ==, 3);

  /* Again at once: the list is not due, so not asked. */
  timer = g_main_context_find_source_by_id (NULL, f.app->topics_refresh_id);
  g_assert_nonnull (timer);
  g_source_set_ready_time (timer, 0);
  herald_test_wait_idle ();
  herald_test_wait_idle ();
  g_assert_cmpuint (f.app->topics_refresh_id, !=, 0);
  g_assert_cmpuint (hits (&f, "/zhihu/hot"), ==, 1);

  /* 0: only when asked. */
  adw_spin_row_set_value (spins->pdata[0], 0);
  herald_test_wait_idle ();
  g_assert_cmpuint (g_settings_get_uint (settings, "topics-refresh-minutes"), ==, 0);
  g_assert_cmpuint (f.app->topics_refresh_id, ==, 0);

  herald_test_save_shot (GTK_WIDGET (prefs), "preferences-topics.png");
  {
    GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (herald_test_find_widget (GTK_WIDGET (prefs), GTK_TYPE_SCROLLED_WINDOW)));

    gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
    herald_test_save_shot (GTK_WIDGET (prefs), "preferences-topics-feeds.png");
  }
  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add_func ("/topics/refresh", test_topics_refresh);
  g_test_add_func ("/topics/detail", test_topics_detail);
  g_test_add_func ("/topics/add-by-hand", test_topics_add_by_hand);
  g_test_add_func ("/topics/preferences", test_topics_preferences);
  g_test_add_func ("/topics/rows", test_topics_rows);
  g_test_add_func ("/topics/rows-chinese", test_topics_rows_chinese);
  g_test_add_func ("/topics/chart", test_topics_chart);
  g_test_add_func ("/topics/progress", test_topics_progress);
  g_test_add_func ("/topics/progress-timer", test_topics_progress_timer);
  g_test_add_func ("/topics/feed-edit-remove", test_topics_feed_edit_remove);
  g_test_add_func ("/topics/preset-off", test_topics_preset_off);
  g_test_add_func ("/topics/refresh-setting", test_topics_refresh_setting);

  return g_test_run ();
}
