/* herald-month-summary.h — the first posts of each day of a grid, counted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_MONTH_SUMMARY (herald_month_summary_get_type ())

G_DECLARE_FINAL_TYPE (HeraldMonthSummary, herald_month_summary, HERALD, MONTH_SUMMARY, GObject)

HeraldMonthSummary *herald_month_summary_new        (HeraldStore         *store);
HeraldStore        *herald_month_summary_get_store  (HeraldMonthSummary  *self);
void                herald_month_summary_set_days   (HeraldMonthSummary  *self,
                                                     const GDate         *first,
                                                     guint                n_days);
void                herald_month_summary_set_limit  (HeraldMonthSummary  *self,
                                                     guint                limit);
void                herald_month_summary_set_filter (HeraldMonthSummary  *self,
                                                     const char * const  *account_ids,
                                                     const char * const  *campaign_ids,
                                                     guint                statuses);
guint               herald_month_summary_get_n_days (HeraldMonthSummary  *self);
guint               herald_month_summary_get_count  (HeraldMonthSummary  *self,
                                                     guint                day);
GPtrArray          *herald_month_summary_get_posts  (HeraldMonthSummary  *self,
                                                     guint                day);
HeraldPost         *herald_month_summary_find       (HeraldMonthSummary  *self,
                                                     const char          *post_id);
GListModel         *herald_month_summary_list_day   (HeraldMonthSummary  *self,
                                                     guint                day,
                                                     GError             **error);
const GError       *herald_month_summary_get_error  (HeraldMonthSummary  *self);

G_END_DECLS
