/* herald-topics-page-private.h — Hot Topics page internals, shared by its
 * files and with tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-feed-fetcher.h"
#include "herald-heat-chart.h"
#include "herald-topic-trend.h"
#include "herald-topics-page.h"

G_BEGIN_DECLS

struct _HeraldTopicsPage
{
  AdwBreakpointBin        parent_instance;

  HeraldStore            *store;
  HeraldFeedFetcher      *fetcher;
  gboolean                own_fetcher;   /* made here: nobody gave one */
  GCancellable           *refresh_cancellable;
  GListStore             *topics;
  GtkFilterListModel     *filter_model;
  GtkSortListModel       *sort_model;
  GtkStringList          *sources;
  char                   *selected_id;
  char                   *selected_url;
  GPtrArray              *failures;      /* "name: error" of each failing feed */
  guint                   note_save_id;
  gboolean                loading;
  gboolean                saving_note;
  gboolean                manual_refresh;
  gboolean                has_feeds;

  AdwToolbarView         *toolbar_view;
  GtkStack               *refresh_stack;
  GtkSearchEntry         *search_entry;
  GtkDropDown            *source_dropdown;
  GtkProgressBar         *progress_bar;
  AdwBanner              *error_banner;
  GtkStack               *stack;
  AdwStatusPage          *empty_page;
  GtkListBox             *list_box;
  AdwNavigationPage      *detail_page;
  GtkStack               *detail_stack;
  GtkLabel               *title_label;
  GtkLabel               *facts_label;
  AdwComboRow            *state_row;
  HeraldHeatChart        *heat_chart;
  GtkTextView            *angle_view;
  GtkTextView            *audience_view;
  GtkTextView            *risks_view;
  GtkListBox             *posts_list;
};

/* Topics in words */
double           herald_topics_current_heat        (HeraldTopic         *topic);
HeraldTopicTrend herald_topics_trend               (HeraldTopic         *topic);
const char      *herald_topics_state_label         (HeraldTopicState     state);
const char      *herald_topics_source_label        (HeraldTopic         *topic);
gint64           herald_topics_now                 (void);

/* The list */
void             herald_topics_page_reload         (HeraldTopicsPage    *self);
HeraldTopic     *herald_topics_page_find_topic     (HeraldTopicsPage    *self,
                                                    const char          *id);

/* The detail */
void             herald_topics_page_show_selected  (HeraldTopicsPage    *self,
                                                    gboolean             force);
gboolean         herald_topics_page_save_note      (HeraldTopicsPage    *self);
void             herald_topics_page_note_changed_cb (HeraldTopicsPage   *self);
void             herald_topics_page_state_changed_cb (HeraldTopicsPage  *self);

/* Refresh and actions */
void             herald_topics_page_install_actions (GtkWidgetClass     *widget_class);
void             herald_topics_page_update_failures (HeraldTopicsPage   *self);
void             herald_topics_page_error_details_cb (HeraldTopicsPage  *self);
void             herald_topics_page_refresh_progress_cb (HeraldTopicsPage *self,
                                                    guint                done,
                                                    guint                total);
void             herald_topics_page_refresh_done   (HeraldTopicsPage    *self);
void             herald_topics_page_add_toast      (HeraldTopicsPage    *self,
                                                    const char          *text);

/* For tests */

GtkTextView     *herald_topics_page_get_note_view  (HeraldTopicsPage    *self,
                                                    HeraldTopicNotePart  part);
HeraldHeatChart *herald_topics_page_get_heat_chart (HeraldTopicsPage    *self);
AdwBanner       *herald_topics_page_get_banner     (HeraldTopicsPage    *self);
GtkListBox      *herald_topics_page_get_list_box   (HeraldTopicsPage    *self);
void             herald_topics_page_save_note_now  (HeraldTopicsPage    *self);

G_END_DECLS
