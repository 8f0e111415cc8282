/* test-store-conflicts.c — listing and settling sync conflicts
 *
 * Conflicts are made the way sync makes them (herald_store_sync_apply_post
 * with a conflict copy); each choice is checked in the database, in the
 * outbox that feeds the next push, and in the `changed` notifications.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-store-conflicts.h"
#include "herald-store-sync.h"
#include "store-test-util.h"

#define T0 1795939200  /* 2026-11-28 00:00 UTC */

typedef struct {
  HeraldStore   *store;
  char          *path;
  HeraldAccount *account;
  char          *ids[2];     /* the posts */
  char          *copies[2];  /* their conflict copies */
  guint          n_changed;
} Fixture;

static void
changed_cb (HeraldStore        *store,
            HeraldRecordKind    kind,
            const char * const *ids,
            Fixture            *fixture)
{
  fixture->n_changed++;
}

static HeraldPost *
get_post (Fixture    *fixture,
          const char *id)
{
  g_autoptr (GError) error = NULL;
  HeraldPost *post = herald_store_get_post (fixture->store, id, &error);

  g_assert_no_error (error);
  return post;
}

/* Pretends the last push went through: nothing waits in the outbox. */
static void
settle_outbox (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) outbox = herald_store_sync_list_outbox (fixture->store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < outbox->len; i++)
    {
      HeraldOutboxEntry *entry = outbox->pdata[i];
      g_autofree char *href = g_strconcat ("/cal/", entry->record_id, ".ics", NULL);

      herald_store_sync_pushed (fixture->store, entry->record_id, entry->kind, entry->id,
                                entry->is_delete ? NULL : href, "\"1\"", "BEGIN:VCALENDAR", &error);
      g_assert_no_error (error);
    }
}

/* The server's version: another title and body, the local one keeps its
 * own title, as a merge of a title changed on both sides leaves it. */
static char *
make_conflict (Fixture    *fixture,
               const char *id,
               const char *their_title)
{
  g_autoptr (HeraldPost) local = get_post (fixture, id);
  g_autoptr (HeraldPost) copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *copy_id = herald_store_new_id ();
  g_autofree char *copy_title = g_strdup_printf ("%s (conflicting copy)", their_title);
  g_autofree char *href = g_strconcat ("/cal/", id, ".ics", NULL);
  const char *tags[] = { "双十二", "好物", NULL };

  herald_post_set_title (local, "本地改的标题");
  herald_store_save_post (fixture->store, local, &error);
  g_assert_no_error (error);

  copy = herald_post_new (herald_post_get_account_id (local), copy_title);
  herald_record_set_id (HERALD_RECORD (copy), copy_id);
  herald_post_set_body (copy, "服务器上的正文");
  herald_post_set_status (copy, HERALD_POST_STATUS_APPROVED);
  herald_post_set_scheduled_at (copy, herald_post_get_scheduled_at (local) + 1800);
  herald_post_set_tags (copy, tags);
  herald_post_set_url (copy, "https://weibo.com/1/2");

  herald_store_sync_apply_post (fixture->store, local, NULL, TRUE, copy, href, "\"2\"", "BEGIN:VCALENDAR", &error);
  g_assert_no_error (error);
  return g_steal_pointer (&copy_id);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->store = store_test_open (&fixture->path);
  fixture->account = store_test_add_account (fixture->store, "weibo", "品牌官微");
  for (guint i = 0; i < G_N_ELEMENTS (fixture->ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("双十二预热 %u", i + 1);
      g_autoptr (HeraldPost) post = store_test_add_post (fixture->store,
                                                         herald_record_get_id (HERALD_RECORD (fixture->account)),
                                                         title, T0 + i * 3600, HERALD_POST_STATUS_SCHEDULED);

      fixture->ids[i] = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
    }

  herald_store_sync_use_collection (fixture->store, "http://127.0.0.1/cal/", &error);
  g_assert_no_error (error);
  settle_outbox (fixture);

  fixture->copies[0] = make_conflict (fixture, fixture->ids[0], "服务器上的标题");
  fixture->copies[1] = make_conflict (fixture, fixture->ids[1], "同事改的标题");
  settle_outbox (fixture);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (fixture->path);

  g_signal_handlers_disconnect_by_func (fixture->store, changed_cb, fixture);
  g_clear_object (&fixture->account);
  store_test_release (&fixture->store);
  store_test_rm_rf (dir);
  g_free (fixture->path);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->ids); i++)
    {
      g_free (fixture->ids[i]);
      g_free (fixture->copies[i]);
    }
}

static gint64
count_conflicts (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  gint64 n = herald_store_sync_count_conflicts (fixture->store, &error);

  g_assert_no_error (error);
  return n;
}

/* The outbox entry for @id: 0 none, 1 a put, 2 a delete. */
static int
queued (Fixture    *fixture,
        const char *id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) outbox = herald_store_sync_list_outbox (fixture->store, &error);
  int found = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < outbox->len; i++)
    {
      HeraldOutboxEntry *entry = outbox->pdata[i];

      if (g_strcmp0 (entry->record_id, id) == 0)
        {
          g_assert_cmpint (found, ==, 0);
          found = entry->is_delete ? 2 : 1;
        }
    }

  return found;
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) conflicts = herald_store_sync_list_conflicts (fixture->store, &error);
  g_autoptr (HeraldSyncConflict) one = NULL;
  HeraldSyncConflict *first;
  const char * const *tags;

  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 2);
  g_assert_cmpint (count_conflicts (fixture), ==, 2);

  for (guint i = 0; i < 2; i++)
    {
      HeraldSyncConflict *conflict = conflicts->pdata[i];
      gboolean found = FALSE;

      for (guint j = 0; j < 2; j++)
        if (g_strcmp0 (herald_record_get_id (HERALD_RECORD (conflict->theirs)), fixture->copies[j]) == 0)
          {
            g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (conflict->mine)), ==, fixture->ids[j]);
            found = TRUE;
          }
      g_assert_true (found);
      g_assert_cmpint (conflict->created_at, >, T0 - 86400 * 365);
    }

  first = conflicts->pdata[0];
  if (g_strcmp0 (herald_record_get_id (HERALD_RECORD (first->mine)), fixture->ids[0]) != 0)
    first = conflicts->pdata[1];

  /* Theirs reads as the server has it, without the copy's mark. */
  g_assert_cmpstr (herald_post_get_title (first->mine), ==, "本地改的标题");
  g_assert_cmpstr (herald_post_get_title (first->theirs), ==, "服务器上的标题");
  g_assert_cmpstr (herald_post_get_body (first->theirs), ==, "服务器上的正文");
  g_assert_cmpuint (first->differences, ==,
                    HERALD_CONFLICT_FIELD_TITLE | HERALD_CONFLICT_FIELD_BODY | HERALD_CONFLICT_FIELD_TIME |
                    HERALD_CONFLICT_FIELD_STATUS | HERALD_CONFLICT_FIELD_TAGS | HERALD_CONFLICT_FIELD_URL);
  tags = herald_post_get_tags (first->theirs);
  g_assert_cmpstr (tags[0], ==, "双十二");

  one = herald_store_sync_get_conflict (fixture->store, fixture->copies[1], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (herald_record_get_id (HERALD_RECORD (one->mine)), ==, fixture->ids[1]);
  g_assert_cmpstr (herald_post_get_title (one->theirs), ==, "同事改的标题");

  /* An ordinary post is no conflict. */
  g_assert_null (herald_store_sync_get_conflict (fixture->store, fixture->ids[0], &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static void
test_keep_mine (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) mine = NULL;
  g_autoptr (HeraldPost) copy = NULL;

  g_assert_true (herald_store_sync_resolve_conflict (fixture->store, fixture->copies[0],
                                                     HERALD_CONFLICT_KEEP_MINE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  mine = get_post (fixture, fixture->ids[0]);
  copy = get_post (fixture, fixture->copies[0]);
  g_assert_cmpstr (herald_post_get_title (mine), ==, "本地改的标题");
  g_assert_false (herald_record_is_deleted (HERALD_RECORD (mine)));
  g_assert_true (herald_record_is_deleted (HERALD_RECORD (copy)));
  g_assert_cmpint (count_conflicts (fixture), ==, 1);
  /* The copy leaves the server too; the post is not pushed again. */
  g_assert_cmpint (queued (fixture, fixture->copies[0]), ==, 2);
  g_assert_cmpint (queued (fixture, fixture->ids[0]), ==, 0);

  /* Undo, as for any delete: the conflict waits again. */
  herald_store_restore (fixture->store, HERALD_RECORD_POST, fixture->copies[0], &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_conflicts (fixture), ==, 2);
  g_assert_true (herald_store_sync_is_conflict_copy (fixture->store, fixture->copies[0], NULL));
}

static void
test_keep_theirs (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) before = get_post (fixture, fixture->ids[0]);
  g_autoptr (HeraldPost) mine = NULL;
  g_autoptr (HeraldPost) copy = NULL;
  const char * const *tags;

  g_assert_cmpint (queued (fixture, fixture->ids[0]), ==, 0);
  g_assert_true (herald_store_sync_resolve_conflict (fixture->store, fixture->copies[0],
                                                     HERALD_CONFLICT_KEEP_THEIRS, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  mine = get_post (fixture, fixture->ids[0]);
  copy = get_post (fixture, fixture->copies[0]);
  g_assert_cmpstr (herald_post_get_title (mine), ==, "服务器上的标题");
  g_assert_cmpstr (herald_post_get_body (mine), ==, "服务器上的正文");
  g_assert_cmpint (herald_post_get_status (mine), ==, HERALD_POST_STATUS_APPROVED);
  g_assert_cmpint (herald_post_get_scheduled_at (mine), ==, herald_post_get_scheduled_at (before) + 1800);
  g_assert_cmpstr (herald_post_get_url (mine), ==, "https://weibo.com/1/2");
  tags = herald_post_get_tags (mine);
  g_assert_nonnull (tags);
  g_assert_cmpstr (tags[1], ==, "好物");
  g_assert_cmpint (herald_record_get_created_at (HERALD_RECORD (mine)), ==,
                   herald_record_get_created_at (HERALD_RECORD (before)));
  g_assert_true (herald_record_is_deleted (HERALD_RECORD (copy)));

  /* Theirs now goes to the server as the post; the copy leaves it. */
  g_assert_cmpint (queued (fixture, fixture->ids[0]), ==, 1);
  g_assert_cmpint (queued (fixture, fixture->copies[0]), ==, 2);
  g_assert_cmpint (count_conflicts (fixture), ==, 1);

  /* Bringing the copy back from the bin makes an ordinary post of it. */
  herald_store_restore (fixture->store, HERALD_RECORD_POST, fixture->copies[0], &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_conflicts (fixture), ==, 1);
  g_assert_false (herald_store_sync_is_conflict_copy (fixture->store, fixture->copies[0], NULL));
}

static void
test_keep_theirs_deleted_here (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) mine = NULL;

  /* Binned here meanwhile: theirs is live, so the post comes back. */
  herald_store_delete (fixture->store, HERALD_RECORD_POST, fixture->ids[1], &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_conflicts (fixture), ==, 2);

  herald_store_sync_resolve_conflict (fixture->store, fixture->copies[1], HERALD_CONFLICT_KEEP_THEIRS, &error);
  g_assert_no_error (error);
  mine = get_post (fixture, fixture->ids[1]);
  g_assert_false (herald_record_is_deleted (HERALD_RECORD (mine)));
  g_assert_cmpstr (herald_post_get_title (mine), ==, "同事改的标题");
  g_assert_cmpint (queued (fixture, fixture->ids[1]), ==, 1);
}

static void
test_keep_both (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldPost) mine = NULL;
  g_autoptr (HeraldPost) copy = NULL;

  g_assert_true (herald_store_sync_resolve_conflict (fixture->store, fixture->copies[1],
                                                     HERALD_CONFLICT_KEEP_BOTH, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  mine = get_post (fixture, fixture->ids[1]);
  copy = get_post (fixture, fixture->copies[1]);
  g_assert_cmpstr (herald_post_get_title (mine), ==, "本地改的标题");
  g_assert_false (herald_record_is_deleted (HERALD_RECORD (copy)));
  g_assert_cmpstr (herald_post_get_title (copy), ==, "同事改的标题 (conflicting copy)");
  g_assert_false (herald_store_sync_is_conflict_copy (fixture->store, fixture->copies[1], NULL));
  g_assert_cmpint (count_conflicts (fixture), ==, 1);
  /* Nothing to push: both posts are on the server already. */
  g_assert_cmpint (queued (fixture, fixture->ids[1]), ==, 0);
  g_assert_cmpint (queued (fixture, fixture->copies[1]), ==, 0);
}

static void
test_settled_twice (Fixture       *fixture,
                    gconstpointer  data)
{
  static const HeraldConflictChoice choices[] = {
    HERALD_CONFLICT_KEEP_MINE, HERALD_CONFLICT_KEEP_THEIRS, HERALD_CONFLICT_KEEP_BOTH,
  };
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  herald_store_sync_resolve_conflict (fixture->store, fixture->copies[0], HERALD_CONFLICT_KEEP_MINE, &error);
  g_assert_no_error (error);
  fixture->n_changed = 0;

  /* Once settled, any choice is refused and changes nothing. */
  before = store_test_checksum (fixture->path);
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_assert_false (herald_store_sync_resolve_conflict (fixture->store, fixture->copies[0], choices[i], &error));
      g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
      g_clear_error (&error);
    }
  g_assert_false (herald_store_sync_resolve_conflict (fixture->store, fixture->ids[1],
                                                      HERALD_CONFLICT_KEEP_THEIRS, &error));
  g_assert_error (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND);
  after = store_test_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_cmpint (count_conflicts (fixture), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/conflicts/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/conflicts/keep-mine", Fixture, NULL, fixture_set_up, test_keep_mine, fixture_tear_down);
  g_test_add ("/conflicts/keep-theirs", Fixture, NULL, fixture_set_up, test_keep_theirs, fixture_tear_down);
  g_test_add ("/conflicts/keep-theirs-deleted-here", Fixture, NULL, fixture_set_up,
              test_keep_theirs_deleted_here, fixture_tear_down);
  g_test_add ("/conflicts/keep-both", Fixture, NULL, fixture_set_up, test_keep_both, fixture_tear_down);
  g_test_add ("/conflicts/settled-twice", Fixture, NULL, fixture_set_up, test_settled_twice, fixture_tear_down);

  return g_test_run ();
}
