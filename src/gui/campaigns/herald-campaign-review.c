/* herald-campaign-review.c — one campaign: its KPIs and its week review
 *
 * The page an operator opens at the end of each week: a week picker, a
 * card per KPI (to date against the target, the share of the campaign's
 * days gone, this week against the week before), totals by channel, the
 * week's best posts, and the two things a review says in words — Problems
 * (问题与原因) and Next Week (下周计划) — saved as they are typed.  Export
 * (PDF, CSV, Markdown) and print are in herald-campaign-review-export.c;
 * the overview's table of posts, in herald-campaign-review-posts.c.
 *
 * The numbers come from HeraldWeekReview in core; this page only shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-campaign-review"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "herald-campaign-dialog.h"
#include "herald-campaign-review-private.h"
#include "herald-color-dot.h"
#include "herald-channel-kind.h"
#include "herald-daily-chart.h"
#include "herald-heat-map.h"
#include "herald-import-dialog.h"
#include "herald-metric-names.h"

/* Notes are saved this long after the last keystroke. */
#define SAVE_DELAY_MS 800

G_DEFINE_FINAL_TYPE (HeraldCampaignReview, herald_campaign_review, ADW_TYPE_NAVIGATION_PAGE)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAMPAIGN_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Numbers */

static char *
format_value (const char *metric,
              double      value)
{
  if (isnan (value))
    return g_strdup ("—");
  if (g_str_has_suffix (metric, "_rate"))
    return g_strdup_printf ("%.1f%%", value * 100);
  if (herald_metric_is_rate (metric))
    return g_strdup_printf ("%.1f", value);
  {
    /* Translators: the unit large counts are shown in: "1000" for
     * thousands (12.5K), "10000" for 万 (12.5万) */
    double unit = g_ascii_strtod (C_("large numbers", "1000"), NULL);

    if (unit >= 10 && fabs (value) >= unit * 1000)
      /* Translators: a count in the unit above, e.g. 1250K or 1250万 */
      return g_strdup_printf (C_("large numbers", "%.0fK"), value / unit);
    if (unit >= 10 && fabs (value) >= unit * 10)
      /* Translators: a count in the unit above, e.g. 12.5K or 12.5万 */
      return g_strdup_printf (C_("large numbers", "%.1fK"), value / unit);
  }
  return g_strdup_printf ("%.0f", value);
}

/* Filling the page */

static void
remove_all (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
    }
}

static GtkWidget *
make_kpi_card (const HeraldReviewKpi *kpi)
{
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (herald_metric_get_label (kpi->metric));
  GtkWidget *scope = gtk_label_new (kpi->account_name != NULL ? kpi->account_name : _("All accounts"));
  g_autofree char *to_date = format_value (kpi->metric, kpi->to_date);
  g_autofree char *target = format_value (kpi->metric, kpi->target);
  /* Translators: a KPI's total so far against its target, e.g. 23.5×10⁴ / 100×10⁴ */
  g_autofree char *figures = g_strdup_printf (_("%s / %s"), to_date, target);
  GtkWidget *figures_label = gtk_label_new (figures);
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *week = format_value (kpi->metric, kpi->week);
  g_autofree char *change = herald_review_format_change (kpi->week, kpi->previous);
  /* Translators: this week's figure and its change against last week (环比) */
  g_autofree char *week_text = g_strdup_printf (_("This week %s · %s vs last week"), week, change);
  GtkWidget *week_label = gtk_label_new (week_text);
  g_autofree char *pace = NULL;
  GtkWidget *pace_label;

  if (isnan (kpi->done))
    pace = g_strdup (_("No target"));
  else if (kpi->done >= 1)
    pace = g_strdup_printf (_("%.0f%% done · target reached"), kpi->done * 100);
  else if (isnan (kpi->expected))
    pace = g_strdup_printf (_("%.0f%% done"), kpi->done * 100);
  else if (kpi->expected <= 0)
    pace = g_strdup_printf (_("%.0f%% done · not started"), kpi->done * 100);
  else if (kpi->done >= kpi->expected)
    /* Translators: share of the target done, then of the campaign's time gone */
    pace = g_strdup_printf (_("%.0f%% done · %.0f%% of the time gone · ahead"), kpi->done * 100, kpi->expected * 100);
  else
    pace = g_strdup_printf (_("%.0f%% done · %.0f%% of the time gone · behind"), kpi->done * 100, kpi->expected * 100);
  pace_label = gtk_label_new (pace);

  gtk_widget_add_css_class (frame, "card");
  gtk_widget_set_margin_top (card, 12);
  gtk_widget_set_margin_bottom (card, 12);
  gtk_widget_set_margin_start (card, 12);
  gtk_widget_set_margin_end (card, 12);
  gtk_box_append (GTK_BOX (frame), card);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (scope, "dim-label");
  gtk_widget_add_css_class (scope, "caption");
  gtk_widget_add_css_class (figures_label, "title-2");
  gtk_widget_add_css_class (figures_label, "numeric");
  gtk_widget_add_css_class (week_label, "caption");
  gtk_widget_add_css_class (pace_label, "caption");
  if (!isnan (kpi->done) && !isnan (kpi->expected) && kpi->done < kpi->expected && kpi->done < 1)
    {
      gtk_widget_add_css_class (pace_label, "warning");
      gtk_widget_add_css_class (bar, "behind");
    }
  else
    gtk_widget_add_css_class (pace_label, "success");

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), isnan (kpi->done) ? 0 : CLAMP (kpi->done, 0, 1));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (scope), 0);
  gtk_label_set_xalign (GTK_LABEL (figures_label), 0);
  gtk_label_set_xalign (GTK_LABEL (week_label), 0);
  gtk_label_set_xalign (GTK_LABEL (pace_label), 0);
  gtk_label_set_wrap (GTK_LABEL (pace_label), TRUE);

  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), scope);
  gtk_box_append (GTK_BOX (card), figures_label);
  gtk_box_append (GTK_BOX (card), bar);
  gtk_box_append (GTK_BOX (card), pace_label);
  gtk_box_append (GTK_BOX (card), week_label);

  /* Read as one: what, for whom, how far. */
  {
    /* Translators: a KPI card's name for screen readers: the metric and whom it is for */
    g_autofree char *name = g_strdup_printf (_("%s, %s"), herald_metric_get_label (kpi->metric),
                                             gtk_label_get_label (GTK_LABEL (scope)));

    gtk_accessible_update_property (GTK_ACCESSIBLE (frame), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (frame),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, pace, -1);
  return frame;
}

static void
fill_numbers (HeraldCampaignReview *self)
{
  const HeraldReviewKpi *kpis;
  const HeraldReviewChannel *channels;
  const HeraldReviewPost *posts;
  guint n;

  remove_all (GTK_WIDGET (self->kpi_box));
  remove_all (GTK_WIDGET (self->overview_kpi_box));
  remove_all (GTK_WIDGET (self->channel_list));
  remove_all (GTK_WIDGET (self->post_list));

  kpis = herald_week_review_get_kpis (self->review, &n);
  for (guint i = 0; i < n; i++)
    {
      gtk_flow_box_append (self->kpi_box, make_kpi_card (&kpis[i]));
      gtk_flow_box_append (self->overview_kpi_box, make_kpi_card (&kpis[i]));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->kpi_box), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->overview_kpi_box), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_kpis_label), n == 0);

  channels = herald_week_review_get_channels (self->review, &n);
  for (guint i = 0; i < n; i++)
    {
      const HeraldReviewChannel *c = &channels[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *views = format_value ("views", c->week[HERALD_REVIEW_VIEWS]);
      g_autofree char *change = herald_review_format_change (c->week[HERALD_REVIEW_VIEWS], c->previous[HERALD_REVIEW_VIEWS]);
      g_autofree char *likes = format_value ("likes", c->week[HERALD_REVIEW_LIKES]);
      g_autofree char *comments = format_value ("comments", c->week[HERALD_REVIEW_COMMENTS]);
      g_autofree char *followers = format_value ("followers_gained", c->week[HERALD_REVIEW_FOLLOWERS]);
      /* Translators: a channel's week: likes, comments, followers gained */
      g_autofree char *subtitle = g_strdup_printf (_("%s likes · %s comments · %s new followers"),
                                                   likes, comments, followers);
      g_autofree char *suffix_text = g_strdup_printf ("%s  %s", views, change);
      GtkWidget *suffix = gtk_label_new (suffix_text);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), herald_channel_kinds_get_display_name (c->kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (suffix, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      gtk_list_box_append (self->channel_list, row);
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No numbers for this week yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Import the platforms’ exports to see them here."));
      gtk_list_box_append (self->channel_list, row);
    }

  posts = herald_week_review_get_top_posts (self->review, &n);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *week = format_value ("views", posts[i].views_week);
      /* Translators: an account and the channel it is on */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"),
                                                   posts[i].account_name != NULL ? posts[i].account_name : "",
                                                   herald_channel_kinds_get_display_name (posts[i].kind));
      GtkWidget *suffix = gtk_label_new (week);
      g_autofree char *title = g_markup_escape_text (posts[i].title, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      gtk_widget_add_css_class (suffix, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      gtk_list_box_append (self->post_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->post_list), n > 0);
}

static void
fill_notes (HeraldCampaignReview *self)
{
  self->filling = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->problems_view),
                            herald_week_review_get_problems (self->review), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->next_week_view),
                            herald_week_review_get_next_week (self->review), -1);
  self->filling = FALSE;
}

/* The overview */

/* The campaign's days, up to today; the last four weeks without dates. */
static guint
overview_days (HeraldCampaign *campaign,
               GDate          *first)
{
  GDate last, today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  if (!herald_day_parse (herald_campaign_get_ends_on (campaign), &last) || g_date_compare (&last, &today) > 0)
    last = today;
  if (!herald_day_parse (herald_campaign_get_starts_on (campaign), first) || g_date_compare (first, &last) > 0)
    {
      *first = last;
      g_date_subtract_days (first, 27);
    }

  return CLAMP (g_date_days_between (first, &last) + 1, 1, 366);
}

static void
refresh_overview (HeraldCampaignReview *self)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr (GPtrArray) series = NULL;
  g_autoptr (GPtrArray) account_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GArray) best = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) slots_text = g_string_new (NULL);
  HeraldPostingHeat heat;
  GDate first;
  guint n_days;

  self->overview_stale = FALSE;
  if (self->review == NULL)
    return;

  n_days = overview_days (herald_week_review_get_campaign (self->review), &first);
  series = herald_campaign_daily (self->store, self->campaign_id, "views", &first, n_days, zone, &error);
  if (series == NULL)
    {
      g_warning ("Could not read the campaign's daily numbers: %s", error->message);
      return;
    }
  herald_daily_chart_set_series (self->daily_chart, series, &first);
  /* Whose line is whose: every account of the chart, numbers or not yet. */
  remove_all (GTK_WIDGET (self->chart_legend));
  for (guint i = 0; i < series->len; i++)
    {
      HeraldDailySeries *one = series->pdata[i];
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *dot = herald_color_dot_new ();

      herald_color_dot_set_color (HERALD_COLOR_DOT (dot), one->color);
      gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (item), dot);
      gtk_box_append (GTK_BOX (item), gtk_label_new (one->account_name));
      gtk_flow_box_append (self->chart_legend, item);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->chart_legend), series->len > 0);

  g_set_object (&self->post_numbers, herald_campaign_post_numbers (self->store, self->campaign_id, &error));
  if (self->post_numbers == NULL)
    {
      g_warning ("Could not read the campaign's posts: %s", error->message);
      return;
    }
  gtk_scrolled_window_set_child (self->posts_frame, herald_campaign_review_make_posts_view (self));

  /* When the campaign's accounts do best, learnt from all they posted:
   * those it runs on and those its posts went out on. */
  for (guint i = 0; i < series->len; i++)
    {
      HeraldDailySeries *one = series->pdata[i];

      if (g_hash_table_add (seen, one->account_id))
        g_ptr_array_add (account_ids, g_strdup (one->account_id));
    }
  g_ptr_array_add (account_ids, NULL);
  if (!herald_posting_heat_compute (self->store, (const char * const *) account_ids->pdata, zone, &heat, &error))
    {
      g_warning ("Could not learn the posting times: %s", error->message);
      return;
    }
  herald_heat_map_set_heat (self->heat_map, &heat);

  best = herald_posting_heat_best_slots (&heat, 3, 2);
  for (guint i = 0; i < best->len; i++)
    {
      const HeraldPostingSlot *slot = &g_array_index (best, HeraldPostingSlot, i);

      /* Translators: a weekday, an hour and the engagement rate then */
      g_string_append_printf (slots_text, _("%s%s %02d:00 (%.1f%%)"), i > 0 ? _(", ") : "",
                              herald_weekday_short_name (slot->weekday), slot->hour, slot->engagement * 100);
    }
  if (best->len > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Posts going out at these times have done best: %s."), slots_text->str);

      gtk_label_set_label (self->best_slots_label, text);
    }
  else
    gtk_label_set_label (self->best_slots_label, _("Not enough published posts with numbers to tell yet."));
}

static gboolean
overview_shown (HeraldCampaignReview *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "overview") == 0;
}

static void
view_stack_visible_cb (HeraldCampaignReview *self)
{
  if (overview_shown (self) && self->overview_stale)
    refresh_overview (self);
}

/* Reads the week again; the notes only when the week changed, so that a
 * refresh never takes back what is being typed. */
void
herald_campaign_review_refresh (HeraldCampaignReview *self,
                                gboolean              with_notes)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr (HeraldWeekReview) review = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *week = herald_iso_week_format (&self->week);
  g_autofree char *title = NULL;
  GDate monday, sunday;
  char from[32], to[32];
  const char *format;
  HeraldCampaign *campaign;

  if (self->store == NULL || self->campaign_id == NULL)
    return;

  review = herald_week_review_compute (self->store, self->campaign_id, &self->week, zone, &error);
  if (review == NULL)
    {
      g_warning ("Could not work out the week review: %s", error->message);
      return;
    }
  g_set_object (&self->review, review);

  campaign = herald_week_review_get_campaign (review);
  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), herald_campaign_get_name (campaign));
  gtk_label_set_label (self->goal_label, herald_campaign_get_goal (campaign));
  gtk_widget_set_visible (GTK_WIDGET (self->goal_label), *herald_campaign_get_goal (campaign) != '\0');

  herald_week_review_get_days (review, &monday, &sunday);
  /* Translators: a day in a week's range, as strftime: 11月23日 */
  /* xgettext:no-c-format */
  format = _("%b %-d");
  g_date_strftime (from, sizeof from, format, &monday);
  g_date_strftime (to, sizeof to, format, &sunday);
  /* Translators: the ISO week (2026-W48) and its first and last day */
  title = g_strdup_printf (_("%s · %s – %s"), week, from, to);
  gtk_label_set_label (self->week_label, title);

  fill_numbers (self);
  if (with_notes)
    fill_notes (self);

  self->overview_stale = TRUE;
  if (overview_shown (self))
    refresh_overview (self);
}

/* Saving the words */

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * herald_campaign_review_save_notes:
 * @self: a #HeraldCampaignReview
 * @error: return location for a #GError
 *
 * Saves Problems and Next Week of the week shown now, if they changed.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_campaign_review_save_notes (HeraldCampaignReview  *self,
                                   GError               **error)
{
  g_autofree char *problems = NULL;
  g_autofree char *next_week = NULL;
  g_autofree char *week = NULL;

  g_return_val_if_fail (HERALD_IS_CAMPAIGN_REVIEW (self), FALSE);

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->review == NULL)
    return TRUE;

  problems = buffer_text (self->problems_view);
  next_week = buffer_text (self->next_week_view);
  if (g_str_equal (problems, herald_week_review_get_problems (self->review)) &&
      g_str_equal (next_week, herald_week_review_get_next_week (self->review)))
    return TRUE;

  week = herald_iso_week_format (&self->week);
  return herald_store_save_week_notes (self->store, self->campaign_id, week, problems, next_week, error);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  HeraldCampaignReview *self = user_data;
  g_autoptr (GError) error = NULL;

  self->save_id = 0;
  if (!herald_campaign_review_save_notes (self, &error))
    {
      AdwToast *toast = adw_toast_new_format (_("Could not save the review: %s"), error->message);
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      else
        g_object_unref (g_object_ref_sink (toast));
    }

  return G_SOURCE_REMOVE;
}

static void
notes_changed_cb (HeraldCampaignReview *self)
{
  if (self->filling)
    return;

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
store_changed_cb (HeraldCampaignReview *self,
                  HeraldRecordKind      kind)
{
  if (kind == HERALD_RECORD_CAMPAIGN || kind == HERALD_RECORD_KPI || kind == HERALD_RECORD_POST ||
      kind == HERALD_RECORD_ACCOUNT || kind == HERALD_RECORD_METRIC)
    herald_campaign_review_refresh (self, FALSE);
}

/* Actions */

static void
move_week (HeraldCampaignReview *self,
           int                   n_weeks)
{
  HeraldIsoWeek week = self->week;

  herald_iso_week_add (&week, n_weeks);
  herald_campaign_review_set_week (self, &week);
}

static void
review_previous_week_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  move_week (HERALD_CAMPAIGN_REVIEW (widget), -1);
}

static void
review_next_week_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  move_week (HERALD_CAMPAIGN_REVIEW (widget), 1);
}

static void
this_week (HeraldIsoWeek *week)
{
  g_autoptr (GDate) today = g_date_new ();

  g_date_set_time_t (today, time (NULL));
  herald_iso_week_of (today, week);
}

static void
review_this_week_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  HeraldIsoWeek week;

  this_week (&week);
  herald_campaign_review_set_week (HERALD_CAMPAIGN_REVIEW (widget), &week);
}

static void
imported_cb (HeraldCampaignReview *self)
{
  /* The import wrote on a connection of its own. */
  herald_campaign_review_refresh (self, FALSE);
}

static void
review_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (widget);
  HeraldImportDialog *dialog = herald_import_dialog_new (self->store, self->campaign_id);

  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (ADW_DIALOG (dialog), widget);
}

static void
review_edit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (widget);

  if (self->review == NULL)
    return;

  adw_dialog_present (ADW_DIALOG (herald_campaign_dialog_new (self->store, herald_week_review_get_campaign (self->review))),
                      widget);
}

void
herald_campaign_review_show_toast (HeraldCampaignReview *self,
                                   AdwToast             *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
set_archived (HeraldStore *store,
              const char  *campaign_id,
              gboolean     archived)
{
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autoptr (GError) error = NULL;

  campaign = herald_store_get_campaign (store, campaign_id, &error);
  if (campaign != NULL)
    {
      herald_campaign_set_archived (campaign, archived);
      herald_store_save_campaign (store, campaign, &error);
    }
  if (error != NULL)
    g_warning ("Could not archive the campaign: %s", error->message);
}

static void
unarchive_cb (AdwToast *toast,
              gpointer  user_data)
{
  HeraldStore *store = g_object_get_data (G_OBJECT (toast), "herald-store");

  set_archived (store, user_data, FALSE);
}

static void
free_campaign_id (gpointer  data,
                  GClosure *closure)
{
  g_free (data);
}

static void
review_archive_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (widget);
  AdwToast *toast;
  GtkWidget *navigation_view;

  set_archived (self->store, self->campaign_id, TRUE);

  toast = adw_toast_new (_("Campaign archived"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "herald-store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (unarchive_cb),
                         g_strdup (self->campaign_id), free_campaign_id, 0);
  herald_campaign_review_show_toast (self, toast);

  navigation_view = gtk_widget_get_ancestor (widget, ADW_TYPE_NAVIGATION_VIEW);
  if (navigation_view != NULL)
    adw_navigation_view_pop (ADW_NAVIGATION_VIEW (navigation_view));
}

/* GObject */

static void
herald_campaign_review_constructed (GObject *object)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (object);

  G_OBJECT_CLASS (herald_campaign_review_parent_class)->constructed (object);

  g_assert (HERALD_IS_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  this_week (&self->week);
  herald_campaign_review_refresh (self, TRUE);
}

static void
herald_campaign_review_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CAMPAIGN_ID:
      g_value_set_string (value, self->campaign_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_campaign_review_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CAMPAIGN_ID:
      self->campaign_id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_campaign_review_dispose (GObject *object)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (object);

  /* Leaving the page never loses what was typed. */
  if (self->save_id != 0)
    {
      g_autoptr (GError) error = NULL;

      if (!herald_campaign_review_save_notes (self, &error))
        g_warning ("Could not save the review: %s", error->message);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_CAMPAIGN_REVIEW);
  g_clear_object (&self->review);
  g_clear_object (&self->post_numbers);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_campaign_review_parent_class)->dispose (object);
}

static void
herald_campaign_review_finalize (GObject *object)
{
  HeraldCampaignReview *self = HERALD_CAMPAIGN_REVIEW (object);

  g_free (self->campaign_id);

  G_OBJECT_CLASS (herald_campaign_review_parent_class)->finalize (object);
}

static void
herald_campaign_review_class_init (HeraldCampaignReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = herald_campaign_review_constructed;
  object_class->dispose = herald_campaign_review_dispose;
  object_class->finalize = herald_campaign_review_finalize;
  object_class->get_property = herald_campaign_review_get_property;
  object_class->set_property = herald_campaign_review_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAMPAIGN_ID] =
    g_param_spec_string ("campaign-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HERALD_TYPE_DAILY_CHART);
  g_type_ensure (HERALD_TYPE_HEAT_MAP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-campaign-review.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, overview_kpi_box);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, daily_chart);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, chart_legend);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, posts_frame);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, best_slots_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, heat_map);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, week_label);
  gtk_widget_class_bind_template_callback (widget_class, view_stack_visible_cb);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, goal_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, no_kpis_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, kpi_box);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, channel_list);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, post_list);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, problems_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignReview, next_week_view);

  gtk_widget_class_install_action (widget_class, "review.previous-week", NULL, review_previous_week_action);
  gtk_widget_class_install_action (widget_class, "review.next-week", NULL, review_next_week_action);
  gtk_widget_class_install_action (widget_class, "review.this-week", NULL, review_this_week_action);
  gtk_widget_class_install_action (widget_class, "review.edit", NULL, review_edit_action);
  gtk_widget_class_install_action (widget_class, "review.import", NULL, review_import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "review.import", NULL);
  gtk_widget_class_install_action (widget_class, "review.archive", NULL, review_archive_action);
  gtk_widget_class_install_action (widget_class, "review.export", "s", herald_campaign_review_export_action);
  gtk_widget_class_install_action (widget_class, "review.print", NULL, herald_campaign_review_print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "review.print", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK, "review.previous-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK, "review.next-week", NULL);
}

static void
herald_campaign_review_init (HeraldCampaignReview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->problems_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->next_week_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * herald_campaign_review_new:
 * @store: the store
 * @campaign_id: the campaign to show
 *
 * Returns: (transfer floating): a new page, on this week
 */
HeraldCampaignReview *
herald_campaign_review_new (HeraldStore *store,
                            const char  *campaign_id)
{
  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (campaign_id != NULL, NULL);

  return g_object_new (HERALD_TYPE_CAMPAIGN_REVIEW,
                       "store", store,
                       "campaign-id", campaign_id,
                       NULL);
}

const char *
herald_campaign_review_get_campaign_id (HeraldCampaignReview *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN_REVIEW (self), NULL);

  return self->campaign_id;
}

/**
 * herald_campaign_review_set_week:
 * @self: a #HeraldCampaignReview
 * @week: the week to show
 *
 * Saves the notes of the week shown, then shows @week.
 */
void
herald_campaign_review_set_week (HeraldCampaignReview *self,
                                 const HeraldIsoWeek  *week)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (HERALD_IS_CAMPAIGN_REVIEW (self));
  g_return_if_fail (week != NULL);

  if (!herald_campaign_review_save_notes (self, &error))
    g_warning ("Could not save the review: %s", error->message);

  self->week = *week;
  herald_campaign_review_refresh (self, TRUE);
}

/**
 * herald_campaign_review_get_review:
 * @self: a #HeraldCampaignReview
 *
 * Returns: (transfer none) (nullable): the numbers shown
 */
HeraldWeekReview *
herald_campaign_review_get_review (HeraldCampaignReview *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN_REVIEW (self), NULL);

  return self->review;
}

/**
 * herald_campaign_review_get_post_numbers:
 * @self: a #HeraldCampaignReview
 *
 * Returns: (transfer none) (nullable): the overview's posts, as last read
 */
GListModel *
herald_campaign_review_get_post_numbers (HeraldCampaignReview *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN_REVIEW (self), NULL);

  return self->post_numbers;
}

/**
 * herald_campaign_review_show_view:
 * @self: a #HeraldCampaignReview
 * @name: "overview" or "review"
 */
void
herald_campaign_review_show_view (HeraldCampaignReview *self,
                                  const char           *name)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN_REVIEW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}
