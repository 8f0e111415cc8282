/* test-campaigns.c — the Campaigns page: creating a campaign with its
 * targets, its week review with the numbers and the words, export and
 * archive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "herald-application.h"
#include "herald-campaign-dialog.h"
#include "herald-campaign-review.h"
#include "herald-campaigns-page.h"
#include "herald-daily-chart.h"
#include "herald-import-dialog.h"
#include "herald-test-gui.h"
#include "herald-window-private.h"

typedef struct {
  char                *dir;
  char                *path;
  HeraldApplication   *app;
  HeraldWindow        *window;
  HeraldStore         *store;
  HeraldAccount       *douyin;
  HeraldCampaignsPage *page;
} Fixture;

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  herald_test_collect_widgets (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (labels->pdata[i]), text) == 0)
      return TRUE;

  return FALSE;
}

static void
fixture_set_up (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("herald-campaigns-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "herald.db", NULL);

  f->app = herald_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  herald_application_set_database_path (f->app, f->path);
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);
  f->store = herald_application_get_store (f->app);
  g_assert_nonnull (f->store);

  f->douyin = herald_account_new ("douyin", "山茶抖音");
  herald_store_save_account (f->store, f->douyin, &error);
  g_assert_no_error (error);

  f->window = herald_window_new (f->app);
  gtk_window_present (GTK_WINDOW (f->window));
  herald_test_wait_mapped (GTK_WIDGET (f->window));
  herald_window_set_page (f->window, "campaigns");
  herald_test_wait_idle ();

  f->page = HERALD_CAMPAIGNS_PAGE (herald_test_find_widget (GTK_WIDGET (f->window), HERALD_TYPE_CAMPAIGNS_PAGE));
  g_assert_nonnull (f->page);
  g_assert_true (herald_campaigns_page_get_store (f->page) == f->store);
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

  g_clear_object (&f->douyin);
  g_clear_object (&f->app);
  g_unlink (f->path);
  g_clear_pointer (&f->path, g_free);
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static HeraldCampaignReview *
shown_review (Fixture *f)
{
  AdwNavigationView *view = ADW_NAVIGATION_VIEW (herald_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_NAVIGATION_VIEW));
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (view);

  return HERALD_IS_CAMPAIGN_REVIEW (page) ? HERALD_CAMPAIGN_REVIEW (page) : NULL;
}

static HeraldCampaignDialog *
open_new_campaign_dialog (Fixture *f)
{
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "campaigns.new", NULL));
  herald_test_wait_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window));
  g_assert_true (HERALD_IS_CAMPAIGN_DIALOG (dialog));
  return HERALD_CAMPAIGN_DIALOG (dialog);
}

/* Name, goal, starts, ends: the dialog's entry rows in order. */
static void
fill_dialog (HeraldCampaignDialog *dialog,
             const char           *name,
             const char           *goal,
             const char           *starts,
             const char           *ends)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  const char *texts[] = { name, goal, starts, ends };

  herald_test_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    gtk_editable_set_text (GTK_EDITABLE (rows->pdata[i]), texts[i]);
}

static void
test_campaigns_create (void)
{
  Fixture f = { 0, };
  HeraldCampaignDialog *dialog;
  g_autoptr (GListModel) campaigns = NULL;
  g_autoptr (GListModel) kpis = NULL;
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autoptr (HeraldKpi) kpi = NULL;
  g_autoptr (GError) error = NULL;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  g_assert_true (has_label (GTK_WIDGET (f.page), "No Campaigns"));

  /* A date that does not exist is refused, and nothing is saved. */
  dialog = open_new_campaign_dialog (&f);
  fill_dialog (dialog, "双十二", "年终大促种草", "2026-12-01", "2026-13-40");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "campaign-dialog.save", NULL));
  herald_test_wait_idle ();
  g_assert_true (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)) == ADW_DIALOG (dialog));
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_CAMPAIGN, NULL), ==, 0);

  /* Nor an end before the start. */
  fill_dialog (dialog, "双十二", "年终大促种草", "2026-12-28", "2026-12-01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "campaign-dialog.save", NULL));
  herald_test_wait_idle ();
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_CAMPAIGN, NULL), ==, 0);

  fill_dialog (dialog, "双十二", "年终大促种草", "2026-12-01", "2026-12-28");
  herald_campaign_dialog_set_target (dialog, "views", 50000);
  herald_campaign_dialog_set_target (dialog, "likes", 2000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "campaign-dialog.save", NULL));
  herald_test_wait_idle ();
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));

  campaigns = herald_store_list_campaigns (f.store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (campaigns), ==, 1);
  campaign = g_list_model_get_item (campaigns, 0);
  g_assert_cmpstr (herald_campaign_get_name (campaign), ==, "双十二");
  g_assert_cmpstr (herald_campaign_get_goal (campaign), ==, "年终大促种草");
  g_assert_cmpstr (herald_campaign_get_starts_on (campaign), ==, "2026-12-01");
  g_assert_cmpstr (herald_campaign_get_ends_on (campaign), ==, "2026-12-28");

  kpis = herald_store_list_kpis (f.store, herald_record_get_id (HERALD_RECORD (campaign)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 2);

  /* The new campaign opens on its review, and the list shows it. */
  g_assert_nonnull (shown_review (&f));
  g_assert_cmpstr (herald_campaign_review_get_campaign_id (shown_review (&f)), ==,
                   herald_record_get_id (HERALD_RECORD (campaign)));
  g_assert_cmpuint (g_list_model_get_n_items (herald_campaigns_page_get_campaigns (f.page)), ==, 1);

  /* Editing: a target set to 0 goes, another changes. */
  dialog = herald_campaign_dialog_new (f.store, campaign);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (f.window));
  herald_test_wait_idle ();
  herald_campaign_dialog_set_target (dialog, "likes", 0);
  herald_campaign_dialog_set_target (dialog, "views", 80000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "campaign-dialog.save", NULL));
  herald_test_wait_idle ();
  g_clear_object (&kpis);
  kpis = herald_store_list_kpis (f.store, herald_record_get_id (HERALD_RECORD (campaign)), &error);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 1);
  kpi = g_list_model_get_item (kpis, 0);
  g_assert_cmpstr (herald_kpi_get_metric (kpi), ==, "views");
  g_assert_cmpfloat (herald_kpi_get_target (kpi), ==, 80000);

  fixture_tear_down (&f);
}

static GtkWidget *
find_named (GtkWidget  *root,
            GType       type,
            const char *name)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  herald_test_collect_widgets (root, type, found);
  for (guint i = 0; i < found->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (found->pdata[i]), name) == 0)
      return found->pdata[i];

  return NULL;
}

/* Ticks an account's row in the dialog as a click would. */
static void
tick_account (HeraldCampaignDialog *dialog,
              HeraldAccount        *account,
              gboolean              active)
{
  GtkWidget *row = find_named (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, herald_record_get_id (HERALD_RECORD (account)));
  GtkWidget *check;

  g_assert_nonnull (row);
  check = herald_test_find_widget (row, GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
}

/* Picks the choice labelled @label in a drop-down. */
static void
choose (GtkDropDown *drop_down,
        const char  *label)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }

  g_error ("No choice “%s”", label);
}

typedef struct {
  GtkDropDown   *metric;
  GtkDropDown   *scope;
  GtkSpinButton *target;
  GtkButton     *remove;
} KpiWidgets;

/* The dialog's @index-th KPI row: metric, scope, target and remove. */
static KpiWidgets
kpi_row (HeraldCampaignDialog *dialog,
         guint                 index)
{
  g_autoptr (GPtrArray) drop_downs = g_ptr_array_new ();
  g_autoptr (GPtrArray) spins = g_ptr_array_new ();
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr (GPtrArray) removes = g_ptr_array_new ();
  KpiWidgets row;

  herald_test_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, drop_downs);
  herald_test_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, spins);
  herald_test_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), "Remove KPI") == 0)
      g_ptr_array_add (removes, buttons->pdata[i]);

  g_assert_cmpuint (drop_downs->len, ==, 2 * spins->len);
  g_assert_cmpuint (removes->len, ==, spins->len);
  g_assert_cmpuint (index, <, spins->len);
  row.metric = drop_downs->pdata[2 * index];
  row.scope = drop_downs->pdata[2 * index + 1];
  row.target = spins->pdata[index];
  row.remove = removes->pdata[index];
  return row;
}

static guint
count_kpi_rows (HeraldCampaignDialog *dialog)
{
  g_autoptr (GPtrArray) spins = g_ptr_array_new ();

  herald_test_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, spins);
  return spins->len;
}

static void
save_dialog (HeraldCampaignDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "campaign-dialog.save", NULL));
  herald_test_wait_idle ();
}

static gboolean
dialog_open (Fixture              *f,
             HeraldCampaignDialog *dialog)
{
  /* No cast: once closed, the dialog is gone. */
  return (gpointer) adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f->window)) == (gpointer) dialog;
}

/* The dialog refused: the row is marked, and what to fix has the focus. */
static void
assert_refused_at (Fixture    *f,
                   GtkWidget  *widget,
                   const char *message)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  AdwBanner *banner = ADW_BANNER (herald_test_find_widget (gtk_widget_get_ancestor (widget, HERALD_TYPE_CAMPAIGN_DIALOG),
                                               ADW_TYPE_BANNER));

  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_cmpstr (adw_banner_get_title (banner), ==, message);

  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (focus);
  g_assert_true (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
add_views (Fixture       *f,
           HeraldAccount *account,
           const char    *campaign_id,
           const char    *title,
           double         views)
{
  g_autoptr (HeraldPost) post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), title);
  g_autoptr (HeraldMetricSample) sample = NULL;
  g_autoptr (GError) error = NULL;
  HeraldMetricSample *samples[1];

  herald_post_set_campaign_id (post, campaign_id);
  herald_post_set_status (post, HERALD_POST_STATUS_PUBLISHED);
  herald_store_save_post (f->store, post, &error);
  g_assert_no_error (error);
  sample = herald_metric_sample_new (herald_record_get_id (HERALD_RECORD (account)),
                                     herald_record_get_id (HERALD_RECORD (post)), "views", views,
                                     g_get_real_time () / G_USEC_PER_SEC - 60);
  samples[0] = sample;
  herald_store_add_metric_samples (f->store, samples, 1, &error);
  g_assert_no_error (error);
}

/* A campaign on two accounts with an overall KPI and one on 山茶抖音,
 * made through the dialog: what is refused saves nothing, what is saved
 * is in the database, and the cards count each KPI's own posts. */
static void
test_campaigns_accounts_and_kpis (void)
{
  Fixture f = { 0, };
  HeraldCampaignDialog *dialog;
  g_autoptr (HeraldAccount) weibo = NULL;
  g_autoptr (GListModel) campaigns = NULL;
  g_autoptr (GListModel) members = NULL;
  g_autoptr (GListModel) kpis = NULL;
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autoptr (GError) error = NULL;
  HeraldCampaignReview *review;
  const char *campaign_id;
  const char *douyin_id;
  KpiWidgets row;
  guint n_overall = 0, n_douyin = 0;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  douyin_id = herald_record_get_id (HERALD_RECORD (f.douyin));
  weibo = herald_account_new ("weibo", "山茶微博");
  herald_store_save_account (f.store, weibo, &error);
  g_assert_no_error (error);
  herald_test_wait_idle ();

  dialog = open_new_campaign_dialog (&f);
  fill_dialog (dialog, "年货节", "春节前拉新", "2026-12-20", "2027-01-31");
  tick_account (dialog, f.douyin, TRUE);
  tick_account (dialog, weibo, TRUE);

  /* Two KPIs added with the + button: views over all accounts… */
  g_assert_cmpuint (count_kpi_rows (dialog), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "campaign-dialog.add-kpi", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "campaign-dialog.add-kpi", NULL));
  herald_test_wait_idle ();
  herald_test_save_shot (GTK_WIDGET (dialog), "campaign-dialog.png");
  g_assert_cmpuint (count_kpi_rows (dialog), ==, 2);
  row = kpi_row (dialog, 0);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (row.metric)),
                                               gtk_drop_down_get_selected (row.metric)), ==, "Views");
  /* The scopes are the whole campaign and the two accounts ticked. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (row.scope)), ==, 3);
  gtk_spin_button_set_value (row.target, 5000);

  /* …and a second on views with no target yet: refused, nothing saved. */
  row = kpi_row (dialog, 1);
  choose (row.metric, "Views");
  save_dialog (dialog);
  g_assert_true (dialog_open (&f, dialog));
  assert_refused_at (&f, GTK_WIDGET (row.target),
                     "The target of Views (All accounts) must be more than 0, or remove the KPI");
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_CAMPAIGN, NULL), ==, 0);
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_KPI, NULL), ==, 0);

  /* Views over all accounts twice: refused. */
  gtk_spin_button_set_value (row.target, 3000);
  g_assert_false (gtk_widget_has_css_class (gtk_widget_get_ancestor (GTK_WIDGET (row.target), ADW_TYPE_PREFERENCES_ROW),
                                            "error"));
  save_dialog (dialog);
  g_assert_true (dialog_open (&f, dialog));
  assert_refused_at (&f, GTK_WIDGET (row.metric), "Views (All accounts) has two targets: keep one");
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_CAMPAIGN, NULL), ==, 0);

  /* On 山茶抖音, then unticking it: refused too; the scope says why. */
  choose (row.scope, "山茶抖音");
  tick_account (dialog, f.douyin, FALSE);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (row.scope)),
                                               gtk_drop_down_get_selected (row.scope)), ==, "山茶抖音 (not in the campaign)");
  save_dialog (dialog);
  g_assert_true (dialog_open (&f, dialog));
  assert_refused_at (&f, GTK_WIDGET (row.scope),
                     "Views (山茶抖音): the account is not in the campaign — "
                     "tick it under Accounts or choose another scope");
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_CAMPAIGN, NULL), ==, 0);

  tick_account (dialog, f.douyin, TRUE);
  save_dialog (dialog);
  g_assert_false (dialog_open (&f, dialog));

  /* The database has the campaign, its two accounts and both KPIs. */
  campaigns = herald_store_list_campaigns (f.store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (campaigns), ==, 1);
  campaign = g_list_model_get_item (campaigns, 0);
  campaign_id = herald_record_get_id (HERALD_RECORD (campaign));
  members = herald_store_list_campaign_accounts (f.store, campaign_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  kpis = herald_store_list_kpis (f.store, campaign_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (HeraldKpi) kpi = g_list_model_get_item (kpis, i);

      g_assert_cmpstr (herald_kpi_get_metric (kpi), ==, "views");
      if (herald_kpi_get_account_id (kpi) == NULL)
        {
          g_assert_cmpfloat (herald_kpi_get_target (kpi), ==, 5000);
          n_overall++;
        }
      else
        {
          g_assert_cmpstr (herald_kpi_get_account_id (kpi), ==, douyin_id);
          g_assert_cmpfloat (herald_kpi_get_target (kpi), ==, 3000);
          n_douyin++;
        }
    }
  g_assert_cmpuint (n_overall, ==, 1);
  g_assert_cmpuint (n_douyin, ==, 1);

  /* The review: both accounts in the daily chart before any number. */
  review = shown_review (&f);
  g_assert_nonnull (review);
  herald_campaign_review_show_view (review, "overview");
  herald_test_wait_idle ();
  g_assert_cmpuint (herald_daily_chart_get_n_series (HERALD_DAILY_CHART (herald_test_find_widget (GTK_WIDGET (review), HERALD_TYPE_DAILY_CHART))), ==, 2);

  /* Numbers: 1500 views on 山茶抖音, 500 on 山茶微博.  The overall card
   * counts both, 山茶抖音's its own only, and says whose it is. */
  add_views (&f, f.douyin, campaign_id, "年货开箱", 1500);
  add_views (&f, weibo, campaign_id, "年货清单", 500);
  herald_test_wait_idle ();
  g_assert_true (has_label (GTK_WIDGET (review), "2000 / 5000"));
  g_assert_true (has_label (GTK_WIDGET (review), "1500 / 3000"));
  g_assert_true (has_label (GTK_WIDGET (review), "山茶抖音"));
  g_assert_true (has_label (GTK_WIDGET (review), "All accounts"));
  herald_test_save_shot (GTK_WIDGET (review), "campaign-overview.png");

  /* Editing: the dialog shows what was saved; removing 山茶抖音's KPI and
   * the account saves both in one go. */
  dialog = herald_campaign_dialog_new (f.store, campaign);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (f.window));
  herald_test_wait_idle ();
  g_assert_cmpuint (count_kpi_rows (dialog), ==, 2);
  tick_account (dialog, f.douyin, FALSE);
  for (guint i = 0; i < 2; i++)
    {
      row = kpi_row (dialog, i);
      if (gtk_drop_down_get_selected (row.scope) != 0)
        break;
    }
  g_assert_cmpuint (gtk_drop_down_get_selected (row.scope), !=, 0);
  g_signal_emit_by_name (row.remove, "clicked");
  herald_test_wait_idle ();
  g_assert_cmpuint (count_kpi_rows (dialog), ==, 1);
  save_dialog (dialog);
  g_assert_false (dialog_open (&f, dialog));
  g_clear_object (&members);
  members = herald_store_list_campaign_accounts (f.store, campaign_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  g_clear_object (&kpis);
  kpis = herald_store_list_kpis (f.store, campaign_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 1);
  herald_test_wait_idle ();
  g_assert_false (has_label (GTK_WIDGET (review), "1500 / 3000"));

  fixture_tear_down (&f);
}

static HeraldKpi *
save_kpi (Fixture    *f,
          const char *campaign_id,
          const char *metric,
          const char *account_id,
          double      target)
{
  HeraldKpi *kpi = herald_kpi_new (campaign_id, metric, target);
  g_autoptr (GError) error = NULL;

  herald_kpi_set_account_id (kpi, account_id);
  herald_store_save_kpi (f->store, kpi, &error);
  g_assert_no_error (error);
  return kpi;
}

/* A campaign from before accounts were chosen: its KPI on 山茶抖音 ticks
 * the account; a KPI on another metric keeps its target; one on an
 * account in the bin is neither shown nor touched. */
static void
test_campaigns_edit_older (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("国庆");
  g_autoptr (HeraldAccount) weibo = herald_account_new ("weibo", "山茶微博");
  g_autoptr (HeraldKpi) on_douyin = NULL, rate = NULL, on_weibo = NULL;
  g_autoptr (GListModel) members = NULL;
  g_autoptr (GListModel) kpis = NULL;
  g_autoptr (GError) error = NULL;
  HeraldCampaignDialog *dialog;
  const char *campaign_id;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  herald_store_save_account (f.store, weibo, &error);
  g_assert_no_error (error);
  herald_store_save_campaign (f.store, campaign, &error);
  g_assert_no_error (error);
  campaign_id = herald_record_get_id (HERALD_RECORD (campaign));
  on_douyin = save_kpi (&f, campaign_id, "views", herald_record_get_id (HERALD_RECORD (f.douyin)), 8000);
  rate = save_kpi (&f, campaign_id, "completion_rate", NULL, 0.35);
  on_weibo = save_kpi (&f, campaign_id, "likes", herald_record_get_id (HERALD_RECORD (weibo)), 300);
  herald_store_delete (f.store, HERALD_RECORD_ACCOUNT, herald_record_get_id (HERALD_RECORD (weibo)), &error);
  g_assert_no_error (error);

  dialog = herald_campaign_dialog_new (f.store, campaign);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (f.window));
  herald_test_wait_idle ();
  g_assert_cmpuint (count_kpi_rows (dialog), ==, 2);
  {
    GtkWidget *row = find_named (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, herald_record_get_id (HERALD_RECORD (f.douyin)));

    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (herald_test_find_widget (row, GTK_TYPE_CHECK_BUTTON))));
  }
  save_dialog (dialog);
  g_assert_false (dialog_open (&f, dialog));

  members = herald_store_list_campaign_accounts (f.store, campaign_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  herald_store_restore (f.store, HERALD_RECORD_ACCOUNT, herald_record_get_id (HERALD_RECORD (weibo)), &error);
  g_assert_no_error (error);
  kpis = herald_store_list_kpis (f.store, campaign_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (HeraldKpi) kpi = g_list_model_get_item (kpis, i);
      const char *metric = herald_kpi_get_metric (kpi);

      if (g_str_equal (metric, "completion_rate"))
        g_assert_cmpfloat_with_epsilon (herald_kpi_get_target (kpi), 0.35, 1e-9);
      else if (g_str_equal (metric, "likes"))
        g_assert_cmpstr (herald_kpi_get_account_id (kpi), ==, herald_record_get_id (HERALD_RECORD (weibo)));
      else
        {
          g_assert_cmpstr (metric, ==, "views");
          g_assert_cmpfloat (herald_kpi_get_target (kpi), ==, 8000);
          g_assert_cmpstr (herald_kpi_get_account_id (kpi), ==, herald_record_get_id (HERALD_RECORD (f.douyin)));
        }
    }

  fixture_tear_down (&f);
}

/* Archive and unarchive from the list's row menu. */
static void
test_campaigns_archive_from_list (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("618");
  g_autoptr (HeraldCampaign) stored = NULL;
  g_autoptr (GError) error = NULL;
  GtkToggleButton *show_archived;
  const char *id;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  herald_store_save_campaign (f.store, campaign, &error);
  g_assert_no_error (error);
  id = herald_record_get_id (HERALD_RECORD (campaign));
  herald_test_wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (herald_campaigns_page_get_campaigns (f.page)), ==, 1);
  g_assert_nonnull (find_named (GTK_WIDGET (f.page), GTK_TYPE_LIST_BOX_ROW, id));
  g_assert_nonnull (herald_test_find_widget (find_named (GTK_WIDGET (f.page), GTK_TYPE_LIST_BOX_ROW, id), GTK_TYPE_MENU_BUTTON));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "campaigns.archive", "s", id));
  herald_test_wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (herald_campaigns_page_get_campaigns (f.page)), ==, 0);
  stored = herald_store_get_campaign (f.store, id, &error);
  g_assert_true (herald_campaign_get_archived (stored));
  g_clear_object (&stored);

  /* The toast's Undo brings it back; archive it again. */
  {
    g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
    GtkButton *undo = NULL;

    herald_test_collect_widgets (GTK_WIDGET (f.window), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "_Undo") == 0)
        undo = buttons->pdata[i];
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    herald_test_wait_idle ();
    stored = herald_store_get_campaign (f.store, id, &error);
    g_assert_false (herald_campaign_get_archived (stored));
    g_clear_object (&stored);
    g_assert_cmpuint (g_list_model_get_n_items (herald_campaigns_page_get_campaigns (f.page)), ==, 1);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "campaigns.archive", "s", id));
  herald_test_wait_idle ();

  /* Shown with the archived ones, and brought back. */
  show_archived = GTK_TOGGLE_BUTTON (herald_test_find_widget (GTK_WIDGET (f.page), GTK_TYPE_TOGGLE_BUTTON));
  gtk_toggle_button_set_active (show_archived, TRUE);
  herald_test_wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (herald_campaigns_page_get_campaigns (f.page)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "campaigns.unarchive", "s", id));
  herald_test_wait_idle ();
  stored = herald_store_get_campaign (f.store, id, &error);
  g_assert_false (herald_campaign_get_archived (stored));

  fixture_tear_down (&f);
}

static HeraldCampaign *
add_campaign_with_numbers (Fixture  *f,
                           char    **post_id)
{
  g_autoptr (HeraldCampaign) campaign = herald_campaign_new ("冬至暖冬季");
  g_autoptr (HeraldKpi) kpi = NULL;
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr (GDateTime) local = g_date_time_new_now_local ();
  gint64 week_start = now - (g_date_time_get_day_of_week (local) - 1) * 86400 - g_date_time_get_hour (local) * 3600 -
                      g_date_time_get_minute (local) * 60 - g_date_time_get_second (local);
  HeraldMetricSample *samples[2];

  herald_store_save_campaign (f->store, campaign, &error);
  g_assert_no_error (error);
  kpi = herald_kpi_new (herald_record_get_id (HERALD_RECORD (campaign)), "views", 5000);
  herald_store_save_kpi (f->store, kpi, &error);
  g_assert_no_error (error);

  post = herald_post_new (herald_record_get_id (HERALD_RECORD (f->douyin)), "暖手宝开箱");
  herald_post_set_campaign_id (post, herald_record_get_id (HERALD_RECORD (campaign)));
  herald_post_set_status (post, HERALD_POST_STATUS_PUBLISHED);
  herald_store_save_post (f->store, post, &error);
  g_assert_no_error (error);

  /* 300 views before this week, 1500 by now: 1200 this week. */
  samples[0] = herald_metric_sample_new (herald_record_get_id (HERALD_RECORD (f->douyin)),
                                         herald_record_get_id (HERALD_RECORD (post)), "views", 300, week_start - 3600);
  samples[1] = herald_metric_sample_new (herald_record_get_id (HERALD_RECORD (f->douyin)),
                                         herald_record_get_id (HERALD_RECORD (post)), "views", 1500, now - 60);
  herald_store_add_metric_samples (f->store, samples, 2, &error);
  g_assert_no_error (error);
  g_object_unref (samples[0]);
  g_object_unref (samples[1]);

  if (post_id != NULL)
    *post_id = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
  return g_steal_pointer (&campaign);
}

static gboolean
notes_saved (gpointer data)
{
  Fixture *f = data;
  g_autofree char *problems = NULL, *next_week = NULL;
  g_autoptr (HeraldWeekReview) review = NULL;
  HeraldCampaignReview *page = shown_review (f);
  g_autofree char *week = NULL;

  week = herald_week_review_get_week_name (herald_campaign_review_get_review (page));
  herald_store_get_week_notes (f->store, herald_campaign_review_get_campaign_id (page), week,
                               &problems, &next_week, NULL);
  return g_strcmp0 (problems, "公众号送达阅读率低") == 0;
}

static void
test_campaigns_review (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *post_id = NULL;
  g_autofree char *csv_path = NULL, *csv = NULL;
  g_autoptr (GFile) csv_file = NULL;
  HeraldCampaignReview *review;
  GtkTextView *problems;
  const HeraldReviewKpi *kpis;
  guint n;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  campaign = add_campaign_with_numbers (&f, &post_id);
  herald_test_wait_idle ();
  herald_campaigns_page_open_campaign (f.page, herald_record_get_id (HERALD_RECORD (campaign)));
  herald_test_wait_idle ();
  review = shown_review (&f);
  g_assert_nonnull (review);

  kpis = herald_week_review_get_kpis (herald_campaign_review_get_review (review), &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (kpis[0].to_date, ==, 1500);
  g_assert_cmpfloat (kpis[0].week, ==, 1200);
  g_assert_true (has_label (GTK_WIDGET (review), "1500 / 5000"));

  /* The overview: the post with its latest numbers, a line for the
   * account that gained views, and the posting times learnt. */
  herald_campaign_review_show_view (review, "overview");
  herald_test_wait_idle ();
  g_assert_nonnull (herald_campaign_review_get_post_numbers (review));
  g_assert_cmpuint (g_list_model_get_n_items (herald_campaign_review_get_post_numbers (review)), ==, 1);
  {
    g_autoptr (HeraldPostNumbers) numbers = g_list_model_get_item (herald_campaign_review_get_post_numbers (review), 0);

    g_assert_cmpstr (herald_post_numbers_get_title (numbers), ==, "暖手宝开箱");
    g_assert_cmpfloat (herald_post_numbers_get_views (numbers), ==, 1500);
  }
  g_assert_cmpuint (herald_daily_chart_get_n_series (HERALD_DAILY_CHART (herald_test_find_widget (GTK_WIDGET (review), HERALD_TYPE_DAILY_CHART))), ==, 1);
  g_assert_nonnull (herald_test_find_widget (GTK_WIDGET (review), GTK_TYPE_COLUMN_VIEW));
  herald_campaign_review_show_view (review, "review");
  herald_test_wait_idle ();

  /* New numbers show without reopening the page. */
  {
    g_autoptr (HeraldMetricSample) sample = NULL;
    HeraldMetricSample *more[1];

    sample = herald_metric_sample_new (herald_record_get_id (HERALD_RECORD (f.douyin)), post_id, "views", 2500,
                                       g_get_real_time () / G_USEC_PER_SEC - 10);
    more[0] = sample;
    herald_store_add_metric_samples (f.store, more, 1, &error);
    g_assert_no_error (error);
    herald_test_wait_idle ();
    g_assert_true (has_label (GTK_WIDGET (review), "2500 / 5000"));
  }

  /* The words are saved shortly after typing. */
  problems = GTK_TEXT_VIEW (herald_test_find_widget (GTK_WIDGET (review), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (problems), "公众号送达阅读率低", -1);
  g_assert_false (notes_saved (&f));
  g_assert_true (herald_test_wait_for (notes_saved, &f, 3000));
  /* …and a new number coming in does not take them back. */
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    herald_campaign_review_set_week (review, herald_week_review_get_week (herald_campaign_review_get_review (review)));
    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (problems), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (problems), &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "公众号送达阅读率低");
  }

  /* Export writes the week as shown, the words included. */
  csv_path = g_build_filename (f.dir, "复盘.csv", NULL);
  csv_file = g_file_new_for_path (csv_path);
  g_assert_true (herald_campaign_review_export (review, HERALD_REVIEW_FORMAT_CSV, csv_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (csv, "公众号送达阅读率低"));
  g_assert_nonnull (strstr (csv, "2500"));
  g_unlink (csv_path);

  /* Printing renders the same pages to a file, as a print dialog's
   * "Print to File" does. */
  {
    g_autoptr (GtkPrintOperation) operation = herald_campaign_review_print_operation (review);
    g_autofree char *pdf_path = g_build_filename (f.dir, "复盘-打印.pdf", NULL);
    g_autofree char *pdf = NULL;
    gsize length;

    gtk_print_operation_set_export_filename (operation, pdf_path);
    g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                     GTK_PRINT_OPERATION_RESULT_APPLY);
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (pdf_path, &pdf, &length, NULL));
    g_assert_cmpuint (length, >, 1000);
    g_assert_cmpint (memcmp (pdf, "%PDF-", 5), ==, 0);
    g_unlink (pdf_path);
  }

  /* Archiving hides the campaign from the list and goes back to it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.archive", NULL));
  herald_test_wait_idle ();
  g_assert_null (shown_review (&f));
  g_assert_cmpuint (g_list_model_get_n_items (herald_campaigns_page_get_campaigns (f.page)), ==, 0);
  {
    g_autoptr (HeraldCampaign) stored = herald_store_get_campaign (f.store, herald_record_get_id (HERALD_RECORD (campaign)), &error);

    g_assert_true (herald_campaign_get_archived (stored));
  }

  fixture_tear_down (&f);
}

/* Leaving the page with words not saved yet keeps them. */
static void
test_campaigns_notes_on_leave (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *problems = NULL, *next_week = NULL, *week = NULL;
  g_autoptr (GPtrArray) views = g_ptr_array_new ();
  HeraldCampaignReview *review;
  AdwNavigationView *navigation;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  campaign = add_campaign_with_numbers (&f, NULL);
  herald_campaigns_page_open_campaign (f.page, herald_record_get_id (HERALD_RECORD (campaign)));
  herald_test_wait_idle ();
  review = shown_review (&f);
  week = herald_week_review_get_week_name (herald_campaign_review_get_review (review));

  herald_test_collect_widgets (GTK_WIDGET (review), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 2);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[1]), "下周加投抖音，20:00 发", -1);

  /* Straight away, before the pause that saves. */
  navigation = ADW_NAVIGATION_VIEW (herald_test_find_widget (GTK_WIDGET (f.page), ADW_TYPE_NAVIGATION_VIEW));
  g_assert_true (adw_navigation_view_pop (navigation));
  herald_test_wait_idle ();
  g_assert_null (shown_review (&f));

  g_assert_true (herald_store_get_week_notes (f.store, herald_record_get_id (HERALD_RECORD (campaign)), week,
                                              &problems, &next_week, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (next_week, ==, "下周加投抖音，20:00 发");
  g_assert_cmpstr (problems, ==, "");

  fixture_tear_down (&f);
}

static gboolean
import_idle (gpointer data)
{
  return !herald_import_dialog_is_busy (data);
}

/* Import Metrics: each file is previewed (nothing written), a bad one
 * says why and stays out, the good one imports into the campaign, and the
 * review reads its numbers. */
static void
test_campaigns_import (void)
{
  Fixture f = { 0, };
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *good = NULL, *bad = NULL;
  g_autoptr (GFile) good_file = NULL, bad_file = NULL;
  HeraldImportDialog *dialog;
  HeraldCampaignReview *review;
  gint64 n_samples;

  if (!herald_test_run_in_subprocess ())
    return;

  fixture_set_up (&f);
  campaign = add_campaign_with_numbers (&f, NULL);
  herald_campaigns_page_open_campaign (f.page, herald_record_get_id (HERALD_RECORD (campaign)));
  herald_test_wait_idle ();
  review = shown_review (&f);

  good = g_build_filename (f.dir, "作品数据.csv", NULL);
  g_assert_true (g_file_set_contents (good,
                                      "作品名称,发布时间,体裁,审核状态,播放量,完播率,点赞量\r\n"
                                      "暖手宝开箱,2026-11-01 20:00,视频,已发布,\"1,234\",3.5%,10\r\n"
                                      "通勤穿搭一周不重样,2026/11/2 8:00,视频,通过,2000,0.1,5\r\n",
                                      -1, NULL));
  bad = g_build_filename (f.dir, "坏的.csv", NULL);
  g_assert_true (g_file_set_contents (bad, "作品名称,发布时间,播放量\r\n一,2026-11-01,很多\r\n", -1, NULL));
  good_file = g_file_new_for_path (good);
  bad_file = g_file_new_for_path (bad);

  n_samples = herald_store_count (f.store, HERALD_RECORD_METRIC, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.import", NULL));
  herald_test_wait_idle ();
  dialog = HERALD_IMPORT_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (f.window)));
  g_assert_true (HERALD_IS_IMPORT_DIALOG (dialog));

  herald_import_dialog_add_file (dialog, good_file);
  herald_import_dialog_add_file (dialog, bad_file);
  g_assert_true (herald_test_wait_for (import_idle, dialog, 20000));
  g_assert_cmpuint (herald_import_dialog_get_n_ready (dialog), ==, 1);
  /* The previews wrote nothing. */
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_METRIC, NULL), ==, n_samples);
  {
    g_autoptr (GPtrArray) rows = g_ptr_array_new ();
    guint n_errors = 0, n_previews = 0;

    herald_test_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      {
        const char *subtitle = adw_action_row_get_subtitle (rows->pdata[i]);

        if (gtk_widget_has_css_class (rows->pdata[i], "error"))
          {
            /* The bad cell is named by row and column. */
            g_assert_nonnull (strstr (subtitle, "很多"));
            n_errors++;
          }
        else if (strstr (subtitle, "rows matching posts: 1, would be new posts: 1") != NULL)
          n_previews++;
      }
    g_assert_cmpuint (n_errors, ==, 1);
    g_assert_cmpuint (n_previews, ==, 1);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import-dialog.import", NULL));
  g_assert_true (herald_test_wait_for (import_idle, dialog, 20000));
  herald_test_wait_idle ();
  g_assert_cmpuint (herald_import_dialog_get_n_ready (dialog), ==, 0);
  g_assert_cmpint (herald_store_count (f.store, HERALD_RECORD_METRIC, NULL), >, n_samples);

  /* The import matched 暖手宝开箱 by title and made the other a post of
   * the campaign: the overview lists both. */
  herald_campaign_review_show_view (review, "overview");
  herald_test_wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (herald_campaign_review_get_post_numbers (review)), ==, 2);

  g_unlink (good);
  g_unlink (bad);
  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  herald_test_gui_init (&argc, &argv);

  g_test_add_func ("/campaigns/create", test_campaigns_create);
  g_test_add_func ("/campaigns/accounts-and-kpis", test_campaigns_accounts_and_kpis);
  g_test_add_func ("/campaigns/edit-older", test_campaigns_edit_older);
  g_test_add_func ("/campaigns/archive-from-list", test_campaigns_archive_from_list);
  g_test_add_func ("/campaigns/review", test_campaigns_review);
  g_test_add_func ("/campaigns/notes-on-leave", test_campaigns_notes_on_leave);
  g_test_add_func ("/campaigns/import", test_campaigns_import);

  return g_test_run ();
}
