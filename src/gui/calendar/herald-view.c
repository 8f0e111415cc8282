/* herald-view.c — what the calendar's month, week and agenda views share
 *
 * A view shows the posts of a HeraldPostQuery that the calendar page keeps
 * on the view's range, in the colours of the accounts it is given, and
 * tracks a selected day for the keyboard.  It changes nothing itself: it
 * asks the page, through signals, to open, create, move or delete a post,
 * so that a drag, a key and a test all go through the same action.
 *
 * Views implement the three properties, "query", "accounts" and
 * "selected-day", with g_object_class_override_property().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-view"

#include "config.h"

#include "herald-view.h"

G_DEFINE_INTERFACE (HeraldView, herald_view, GTK_TYPE_WIDGET)

enum {
  OPEN_POST,
  NEW_POST,
  MOVE_POST,
  DELETE_POST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
herald_view_default_init (HeraldViewInterface *iface)
{
  /**
   * HeraldView:query:
   *
   * The posts to show; the page keeps its range on the view's range.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("query", NULL, NULL,
                                                            HERALD_TYPE_POST_QUERY,
                                                            (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)));

  /**
   * HeraldView:accounts:
   *
   * A #GListModel of #HeraldAccount: colours and names for the chips.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("accounts", NULL, NULL,
                                                            G_TYPE_LIST_MODEL,
                                                            (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)));

  /**
   * HeraldView:selected-day:
   *
   * The day the keyboard is on (a #GDate).
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_boxed ("selected-day", NULL, NULL,
                                                           G_TYPE_DATE,
                                                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)));

  /**
   * HeraldView::open-post:
   * @view: the view
   * @post: the post to open
   */
  signals[OPEN_POST] =
    g_signal_new ("open-post", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HERALD_TYPE_POST);

  /**
   * HeraldView::new-post:
   * @view: the view
   * @day: (type GDate): the day asked for
   * @at: the exact time asked for, or 0 for "the day's next free slot"
   */
  signals[NEW_POST] =
    g_signal_new ("new-post", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_DATE, G_TYPE_INT64);

  /**
   * HeraldView::move-post:
   * @view: the view
   * @post: the post to reschedule
   * @scheduled_at: its new time
   */
  signals[MOVE_POST] =
    g_signal_new ("move-post", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, HERALD_TYPE_POST, G_TYPE_INT64);

  /**
   * HeraldView::delete-post:
   * @view: the view
   * @post: the post to delete (with undo)
   */
  signals[DELETE_POST] =
    g_signal_new ("delete-post", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HERALD_TYPE_POST);
}

void
herald_view_get_range (HeraldView  *self,
                       const GDate *date,
                       GDate       *first,
                       GDate       *last)
{
  g_return_if_fail (HERALD_IS_VIEW (self));

  HERALD_VIEW_GET_IFACE (self)->get_range (self, date, first, last);
}

void
herald_view_step (HeraldView *self,
                  GDate      *date,
                  int         n)
{
  g_return_if_fail (HERALD_IS_VIEW (self));

  HERALD_VIEW_GET_IFACE (self)->step (self, date, n);
}

char *
herald_view_dup_title (HeraldView  *self,
                       const GDate *date)
{
  g_return_val_if_fail (HERALD_IS_VIEW (self), NULL);

  return HERALD_VIEW_GET_IFACE (self)->dup_title (self, date);
}

/**
 * herald_view_get_query:
 * @self: a #HeraldView
 *
 * Returns: (transfer none) (nullable): the posts the view shows
 */
HeraldPostQuery *
herald_view_get_query (HeraldView *self)
{
  g_autoptr (HeraldPostQuery) query = NULL;

  g_return_val_if_fail (HERALD_IS_VIEW (self), NULL);

  /* The view holds its own reference. */
  g_object_get (self, "query", &query, NULL);
  return query;
}

void
herald_view_set_query (HeraldView      *self,
                       HeraldPostQuery *query)
{
  g_return_if_fail (HERALD_IS_VIEW (self));
  g_return_if_fail (query == NULL || HERALD_IS_POST_QUERY (query));

  g_object_set (self, "query", query, NULL);
}

/**
 * herald_view_get_accounts:
 * @self: a #HeraldView
 *
 * Returns: (transfer none) (nullable): the accounts, for colours and names
 */
GListModel *
herald_view_get_accounts (HeraldView *self)
{
  g_autoptr (GListModel) accounts = NULL;

  g_return_val_if_fail (HERALD_IS_VIEW (self), NULL);

  g_object_get (self, "accounts", &accounts, NULL);
  return accounts;
}

void
herald_view_set_accounts (HeraldView *self,
                          GListModel *accounts)
{
  g_return_if_fail (HERALD_IS_VIEW (self));
  g_return_if_fail (accounts == NULL || G_IS_LIST_MODEL (accounts));

  g_object_set (self, "accounts", accounts, NULL);
}

/**
 * herald_view_get_selected_day:
 * @self: a #HeraldView
 * @day: (out): the selected day; invalid when none is
 */
void
herald_view_get_selected_day (HeraldView *self,
                              GDate      *day)
{
  g_autoptr (GDate) stored = NULL;

  g_return_if_fail (HERALD_IS_VIEW (self));
  g_return_if_fail (day != NULL);

  g_object_get (self, "selected-day", &stored, NULL);
  if (stored != NULL)
    *day = *stored;
  else
    g_date_clear (day, 1);
}

void
herald_view_set_selected_day (HeraldView  *self,
                              const GDate *day)
{
  g_return_if_fail (HERALD_IS_VIEW (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  g_object_set (self, "selected-day", day, NULL);
}

void
herald_view_open_post (HeraldView *self,
                       HeraldPost *post)
{
  g_return_if_fail (HERALD_IS_VIEW (self));
  g_return_if_fail (HERALD_IS_POST (post));

  g_signal_emit (self, signals[OPEN_POST], 0, post);
}

void
herald_view_new_post (HeraldView  *self,
                      const GDate *day,
                      gint64       at)
{
  g_return_if_fail (HERALD_IS_VIEW (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  g_signal_emit (self, signals[NEW_POST], 0, day, at);
}

void
herald_view_move_post (HeraldView *self,
                       HeraldPost *post,
                       gint64      scheduled_at)
{
  g_return_if_fail (HERALD_IS_VIEW (self));
  g_return_if_fail (HERALD_IS_POST (post));

  g_signal_emit (self, signals[MOVE_POST], 0, post, scheduled_at);
}

void
herald_view_delete_post (HeraldView *self,
                         HeraldPost *post)
{
  g_return_if_fail (HERALD_IS_VIEW (self));
  g_return_if_fail (HERALD_IS_POST (post));

  g_signal_emit (self, signals[DELETE_POST], 0, post);
}
