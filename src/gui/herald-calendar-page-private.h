/* herald-calendar-page-private.h — calendar page internals, shared by its
 * files and with tests and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-account-list.h"
#include "herald-calendar-page.h"
#include "herald-month-summary.h"
#include "herald-post-query.h"
#include "herald-view.h"

G_BEGIN_DECLS

struct _HeraldCalendarPage
{
  AdwBin              parent_instance;

  HeraldStore        *store;
  HeraldAccountList  *accounts;
  HeraldPostQuery    *query;
  HeraldMonthSummary *summary;
  GSettings          *settings;
  GDate               date;
  gboolean            setting_date;
  char               *first_view;     /* shown once there is a plan to show */

  /* Filter menu: only these campaigns and statuses; none chosen is all. */
  GSimpleActionGroup *filters;
  GListModel         *campaigns;
  guint               statuses;

  AdwToast           *last_toast;

  GtkStack           *stack;
  GtkWidget          *nav_box;
  GtkWidget          *today_box;
  GtkWidget          *bottom_bar;
  GtkWidget          *switcher_box;
  AdwViewStack       *view_stack;
  AdwToggleGroup     *view_switcher;
  AdwToggleGroup     *bottom_switcher;
  GtkLabel           *title_label;
  GtkMenuButton      *filter_button;
};

/* herald-calendar-page-filters.c */
void             herald_calendar_page_init_filters        (HeraldCalendarPage *self);
void             herald_calendar_page_rebuild_filter_menu (HeraldCalendarPage *self);
void             herald_calendar_page_update_filter       (HeraldCalendarPage *self);

/* herald-calendar-page-posts.c */
void             herald_calendar_page_add_toast           (HeraldCalendarPage *self,
                                                           AdwToast           *toast);
void             herald_calendar_page_show_error          (HeraldCalendarPage *self,
                                                           const char         *what,
                                                           const GError       *error);
void             herald_calendar_page_open_post_cb        (HeraldCalendarPage *self,
                                                           HeraldPost         *post);
void             herald_calendar_page_new_post_cb         (HeraldCalendarPage *self,
                                                           const GDate        *day,
                                                           gint64              at);
void             herald_calendar_page_move_post_cb        (HeraldCalendarPage *self,
                                                           HeraldPost         *post,
                                                           gint64              scheduled_at);
void             herald_calendar_page_delete_post_cb      (HeraldCalendarPage *self,
                                                           HeraldPost         *post);

/* For tests and benchmarks. */
void             herald_calendar_page_get_date      (HeraldCalendarPage *self,
                                                     GDate              *date);
void             herald_calendar_page_set_date      (HeraldCalendarPage *self,
                                                     const GDate        *date);
const char      *herald_calendar_page_get_view_name (HeraldCalendarPage *self);
void             herald_calendar_page_set_view_name (HeraldCalendarPage *self,
                                                     const char         *name);
HeraldView      *herald_calendar_page_get_view      (HeraldCalendarPage *self,
                                                     const char         *name);
HeraldPostQuery *herald_calendar_page_get_query     (HeraldCalendarPage *self);
const char      *herald_calendar_page_get_title     (HeraldCalendarPage *self);
AdwToast        *herald_calendar_page_get_last_toast (HeraldCalendarPage *self);

G_END_DECLS
