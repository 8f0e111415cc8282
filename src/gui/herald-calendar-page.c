/* herald-calendar-page.c — the Calendar page
 *
 * Before there is any account, the page invites the user to add theirs or
 * to look around in sample data; after that it shows the plan in a month,
 * week or agenda view.
 *
 * The page owns the one HeraldPostQuery the views show: it keeps the
 * query's range on the shown view's range and its filter on the accounts
 * shown in the sidebar and the campaigns and statuses chosen in the filter
 * menu.  The month view reads a HeraldMonthSummary instead, which holds
 * only the posts that fit its cells; the page keeps the same filter on it,
 * and leaves the query empty while the month is shown, so that a busy
 * month is read once, and only as much as shows.  The views ask the page, through the HeraldView signals, to open,
 * create, move or delete posts; the page does it through the store and
 * offers Undo.  The shown view and period are remembered across runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-calendar-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-calendar-page-private.h"
#include "herald-agenda-view.h"
#include "herald-first-frame.h"
#include "herald-month-view.h"
#include "herald-week-range.h"
#include "herald-week-view.h"

G_DEFINE_FINAL_TYPE (HeraldCalendarPage, herald_calendar_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const view_names[] = { "month", "week", "agenda" };

static gboolean
is_view_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    if (g_strcmp0 (name, view_names[i]) == 0)
      return TRUE;

  return FALSE;
}

static GtkWidget *
create_view (const char *name)
{
  if (g_str_equal (name, "month"))
    return herald_month_view_new ();
  if (g_str_equal (name, "week"))
    return GTK_WIDGET (herald_week_view_new ());
  if (g_str_equal (name, "agenda"))
    return GTK_WIDGET (herald_agenda_view_new ());

  g_return_val_if_reached (NULL);
}

static HeraldView *
current_view (HeraldCalendarPage *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  return child != NULL ? HERALD_VIEW (child) : NULL;
}

static gint64
local_midnight (const GDate *date)
{
  g_autoptr (GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                      g_date_get_day (date), 0, 0, 0);

  return g_date_time_to_unix (time);
}

/* The range and the title follow the shown view and period. */
static void
update_period (HeraldCalendarPage *self)
{
  HeraldView *view = current_view (self);
  g_autofree char *title = NULL;
  GDate first, last;

  if (view == NULL)
    return;

  if (self->query != NULL && HERALD_IS_MONTH_VIEW (view))
    herald_post_query_set_range (self->query, 0, 0);
  else if (self->query != NULL)
    {
      herald_view_get_range (view, &self->date, &first, &last);
      g_date_add_days (&last, 1);
      herald_post_query_set_range (self->query, local_midnight (&first), local_midnight (&last));
    }

  title = herald_view_dup_title (view, &self->date);
  gtk_label_set_label (self->title_label, title);
}

static void
save_state (HeraldCalendarPage *self)
{
  g_autofree char *saved = g_settings_get_string (self->settings, "calendar-date");
  char date[16];
  GDate today;

  /* Today is kept as no day at all, so that the calendar opens on the
   * day it is, not on the day it was closed.  Only a change is written:
   * opening on the saved day, or on today, writes nothing. */
  herald_week_range_today (&today);
  if (g_date_compare (&today, &self->date) == 0)
    date[0] = '\0';
  else
    g_date_strftime (date, sizeof date, "%Y-%m-%d", &self->date);

  if (g_strcmp0 (saved, date) != 0)
    g_settings_set_string (self->settings, "calendar-date", date);
}

static void
set_date (HeraldCalendarPage *self,
          const GDate        *date)
{
  HeraldView *view = current_view (self);

  self->date = *date;
  self->setting_date = TRUE;
  if (view != NULL)
    herald_view_set_selected_day (view, date);
  self->setting_date = FALSE;

  update_period (self);
  save_state (self);
}

static void
view_selected_day_cb (HeraldCalendarPage *self,
                      GParamSpec         *pspec,
                      HeraldView         *view)
{
  GDate day;

  if (self->setting_date || view != current_view (self))
    return;

  /* The keyboard took the selection to another period: follow it. */
  herald_view_get_selected_day (view, &day);
  if (g_date_valid (&day) && g_date_compare (&day, &self->date) != 0)
    set_date (self, &day);
}

/* Views */

static void
add_view (HeraldCalendarPage *self,
          const char         *name,
          GtkWidget          *view)
{
  adw_view_stack_add_named (self->view_stack, view, name);

  g_signal_connect_object (view, "notify::selected-day", G_CALLBACK (view_selected_day_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "open-post", G_CALLBACK (herald_calendar_page_open_post_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "new-post", G_CALLBACK (herald_calendar_page_new_post_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "move-post", G_CALLBACK (herald_calendar_page_move_post_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "delete-post", G_CALLBACK (herald_calendar_page_delete_post_cb), self, G_CONNECT_SWAPPED);
}

static void configure_view (HeraldCalendarPage *self,
                            GtkWidget          *view);

/* Views are made the first time they are shown: start-up pays for the
 * one on screen only. */
static GtkWidget *
ensure_view (HeraldCalendarPage *self,
             const char         *name)
{
  GtkWidget *view;

  if (!is_view_name (name))
    return NULL;

  view = adw_view_stack_get_child_by_name (self->view_stack, name);
  if (view == NULL)
    {
      view = create_view (name);
      add_view (self, name, view);
      configure_view (self, view);
    }

  return view;
}

static void
show_view (HeraldCalendarPage *self,
           const char         *name)
{
  HeraldView *view = HERALD_VIEW (ensure_view (self, name));
  g_autofree char *saved = g_settings_get_string (self->settings, "calendar-view");

  adw_view_stack_set_visible_child_name (self->view_stack, name);
  if (g_strcmp0 (adw_toggle_group_get_active_name (self->view_switcher), name) != 0)
    adw_toggle_group_set_active_name (self->view_switcher, name);

  set_date (self, &self->date);
  if (g_strcmp0 (saved, name) != 0)
    g_settings_set_string (self->settings, "calendar-view", name);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (view));
}

static void
view_switcher_active_name_cb (HeraldCalendarPage *self)
{
  const char *name = adw_toggle_group_get_active_name (self->view_switcher);

  if (ensure_view (self, name) != NULL &&
      g_strcmp0 (name, herald_calendar_page_get_view_name (self)) != 0)
    show_view (self, name);
}

static void set_views_model (HeraldCalendarPage *self);

static void
configure_views_after_first_frame (GtkWidget *widget)
{
  set_views_model (HERALD_CALENDAR_PAGE (widget));
}

static void
configure_view (HeraldCalendarPage *self,
                GtkWidget          *view)
{
  if (self->accounts == NULL)
    return;

  /* The window comes on screen first; the plan, however large, is read
   * and laid out right after, before the next frame. */
  if (!herald_widget_is_painted (GTK_WIDGET (self)))
    {
      herald_widget_after_first_frame (GTK_WIDGET (self), configure_views_after_first_frame);
      return;
    }

  herald_view_set_accounts (HERALD_VIEW (view), G_LIST_MODEL (self->accounts));
  if (HERALD_IS_MONTH_VIEW (view))
    herald_month_view_set_summary (HERALD_MONTH_VIEW (view), self->summary);
  herald_view_set_query (HERALD_VIEW (view), self->query);
}

static void
set_views_model (HeraldCalendarPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    {
      GtkWidget *view = adw_view_stack_get_child_by_name (self->view_stack, view_names[i]);

      if (view != NULL)
        configure_view (self, view);
    }
}

/* The bottom bar shows only in a narrow window, where the breakpoint
 * reveals it; kept hidden otherwise, a wide window never sizes it. */
static void
update_bottom_bar (HeraldCalendarPage *self)
{
  AdwToolbarView *toolbar_view = herald_calendar_page_get_toolbar_view (self);
  gboolean first_run = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "first-run") == 0;

  gtk_widget_set_visible (self->bottom_bar,
                          !first_run && adw_toolbar_view_get_reveal_bottom_bars (toolbar_view));
}

static void
update_state (HeraldCalendarPage *self)
{
  g_autoptr (GError) error = NULL;
  gint64 n_accounts = 0;
  gboolean first_run;

  if (self->store != NULL)
    n_accounts = herald_store_count (self->store, HERALD_RECORD_ACCOUNT, &error);
  if (error != NULL)
    g_warning ("Could not count the accounts: %s", error->message);

  first_run = self->store != NULL && n_accounts == 0;

  gtk_stack_set_visible_child_name (self->stack, first_run ? "first-run" : "calendar");

  /* The first run shows no view: none is made before there are accounts,
   * nor before there is a store to read them from. */
  if (self->store != NULL && !first_run && self->first_view != NULL)
    {
      g_autofree char *name = g_steal_pointer (&self->first_view);

      show_view (self, name);
    }

  /* Nothing to move through before there is a plan. */
  gtk_widget_set_visible (self->nav_box, !first_run);
  gtk_widget_set_visible (self->today_box, !first_run);
  gtk_widget_set_visible (self->switcher_box, !first_run);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_button), !first_run);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), !first_run);
  update_bottom_bar (self);
}

/* Runs after the account list has taken the change in. */
static void
store_changed_cb (HeraldCalendarPage *self,
                  HeraldRecordKind    kind)
{
  if (kind == HERALD_RECORD_ACCOUNT)
    {
      update_state (self);
      herald_calendar_page_update_filter (self);
    }
  else if (kind == HERALD_RECORD_CAMPAIGN)
    {
      herald_calendar_page_rebuild_filter_menu (self);
      herald_calendar_page_update_filter (self);
    }
}

/* Actions */

static void
calendar_step_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HeraldCalendarPage *self = HERALD_CALENDAR_PAGE (widget);
  HeraldView *view = current_view (self);
  GDate date = self->date;

  if (view == NULL)
    return;

  herald_view_step (view, &date, g_str_equal (action_name, "calendar.next") ? 1 : -1);
  set_date (self, &date);
}

static void
calendar_today_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HeraldCalendarPage *self = HERALD_CALENDAR_PAGE (widget);
  GDate today;

  herald_week_range_today (&today);
  set_date (self, &today);
}

static void
calendar_new_post_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  HeraldCalendarPage *self = HERALD_CALENDAR_PAGE (widget);
  HeraldView *view = current_view (self);

  if (view != NULL && self->store != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "calendar") == 0)
    herald_view_new_post (view, &self->date, 0);
}

static void
calendar_show_view_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  HeraldCalendarPage *self = HERALD_CALENDAR_PAGE (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (ensure_view (self, name) != NULL)
    show_view (self, name);
}

static void
herald_calendar_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HeraldCalendarPage *self = HERALD_CALENDAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_calendar_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HeraldCalendarPage *self = HERALD_CALENDAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      herald_calendar_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_calendar_page_dispose (GObject *object)
{
  HeraldCalendarPage *self = HERALD_CALENDAR_PAGE (object);

  herald_calendar_page_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_CALENDAR_PAGE);
  g_clear_object (&self->filters);
  g_clear_object (&self->campaigns);
  g_clear_object (&self->last_toast);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->first_view, g_free);

  G_OBJECT_CLASS (herald_calendar_page_parent_class)->dispose (object);
}

/* Opens a post by id: from a reminder, whatever period is shown. */
static void
calendar_open_post_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  HeraldCalendarPage *self = HERALD_CALENDAR_PAGE (widget);
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;

  if (self->store == NULL)
    return;

  post = herald_store_get_post (self->store, g_variant_get_string (param, NULL), &error);
  if (post == NULL)
    {
      herald_calendar_page_show_error (self, _("Could not open the post"), error);
      return;
    }

  herald_calendar_page_open_post_cb (self, post);
}

static void
herald_calendar_page_class_init (HeraldCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_calendar_page_dispose;
  object_class->get_property = herald_calendar_page_get_property;
  object_class->set_property = herald_calendar_page_set_property;

  /**
   * HeraldCalendarPage:store:
   *
   * The open database, or %NULL.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, nav_box);
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, today_box);
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, bottom_bar);
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, switcher_box);
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, bottom_switcher);
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldCalendarPage, filter_button);
  gtk_widget_class_bind_template_callback (widget_class, view_switcher_active_name_cb);

  gtk_widget_class_install_action (widget_class, "calendar.previous", NULL, calendar_step_action);
  gtk_widget_class_install_action (widget_class, "calendar.next", NULL, calendar_step_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, calendar_today_action);
  gtk_widget_class_install_action (widget_class, "calendar.new-post", NULL, calendar_new_post_action);
  gtk_widget_class_install_action (widget_class, "calendar.show-view", "s", calendar_show_view_action);
  gtk_widget_class_install_action (widget_class, "calendar.open-post", "s", calendar_open_post_action);
}

/* The period and view keys work wherever the focus is in the window, in
 * the sidebar too, as long as the calendar is on screen. */
static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  HeraldCalendarPage *self = HERALD_CALENDAR_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *action = user_data;
  const char *view;

  /* Not behind a dialog, where T or Ctrl+N mean something else. */
  if (!gtk_widget_get_mapped (widget) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "calendar") != 0 ||
      (ADW_IS_APPLICATION_WINDOW (root) &&
       adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (root)) != NULL))
    return FALSE;

  if (args != NULL && g_variant_lookup (args, "view", "&s", &view))
    return gtk_widget_activate_action (widget, action, "s", view);

  return gtk_widget_activate_action (widget, action, NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action,
              const char            *view)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_callback_action_new (shortcut_cb, (gpointer) action, NULL));

  if (view != NULL)
    gtk_shortcut_set_arguments (shortcut, g_variant_new_parsed ("{'view': <%s>}", view));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
init_shortcuts (HeraldCalendarPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  add_shortcut (shortcuts, GDK_KEY_Page_Up, 0, "calendar.previous", NULL);
  add_shortcut (shortcuts, GDK_KEY_KP_Page_Up, 0, "calendar.previous", NULL);
  add_shortcut (shortcuts, GDK_KEY_Page_Down, 0, "calendar.next", NULL);
  add_shortcut (shortcuts, GDK_KEY_KP_Page_Down, 0, "calendar.next", NULL);
  add_shortcut (shortcuts, GDK_KEY_t, 0, "calendar.today", NULL);
  add_shortcut (shortcuts, GDK_KEY_n, GDK_CONTROL_MASK, "calendar.new-post", NULL);
  add_shortcut (shortcuts, GDK_KEY_1, GDK_CONTROL_MASK, "calendar.show-view", "month");
  add_shortcut (shortcuts, GDK_KEY_2, GDK_CONTROL_MASK, "calendar.show-view", "week");
  add_shortcut (shortcuts, GDK_KEY_3, GDK_CONTROL_MASK, "calendar.show-view", "agenda");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint year, month, day;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static void
herald_calendar_page_init (HeraldCalendarPage *self)
{
  g_autofree char *saved_date = NULL;
  g_autofree char *saved_view = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);

  herald_calendar_page_init_filters (self);
  init_shortcuts (self);

  g_date_clear (&self->date, 1);
  saved_date = g_settings_get_string (self->settings, "calendar-date");
  if (!parse_date (saved_date, &self->date))
    herald_week_range_today (&self->date);

  saved_view = g_settings_get_string (self->settings, "calendar-view");
  if (!is_view_name (saved_view))
    g_set_str (&saved_view, "month");
  self->first_view = g_steal_pointer (&saved_view);
  g_signal_connect_swapped (herald_calendar_page_get_toolbar_view (self), "notify::reveal-bottom-bars",
                            G_CALLBACK (update_bottom_bar), self);
  update_state (self);
}

HeraldStore *
herald_calendar_page_get_store (HeraldCalendarPage *self)
{
  g_return_val_if_fail (HERALD_IS_CALENDAR_PAGE (self), NULL);

  return self->store;
}

void
herald_calendar_page_set_store (HeraldCalendarPage *self,
                                HeraldStore        *store)
{
  g_return_if_fail (HERALD_IS_CALENDAR_PAGE (self));
  g_return_if_fail (store == NULL || HERALD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);

  g_clear_object (&self->query);
  g_clear_object (&self->summary);
  g_clear_object (&self->accounts);
  if (store != NULL)
    {
      self->accounts = herald_account_list_new (store);
      self->query = herald_post_query_new (store);
      self->summary = herald_month_summary_new (store);
      g_signal_connect_object (store, "changed",
                               G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  if (self->view_stack != NULL)
    {
      if (store != NULL)
        {
          herald_calendar_page_rebuild_filter_menu (self);
          herald_calendar_page_update_filter (self);
          update_period (self);
        }
      set_views_model (self);
    }
  if (self->stack != NULL)
    update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * herald_calendar_page_get_toolbar_view:
 * @self: a #HeraldCalendarPage
 *
 * Returns: (transfer none): the page's toolbar view, for the window to
 *   add bars that every page shows
 */
AdwToolbarView *
herald_calendar_page_get_toolbar_view (HeraldCalendarPage *self)
{
  g_return_val_if_fail (HERALD_IS_CALENDAR_PAGE (self), NULL);

  /* Not a template child: disposing the template would unparent it
   * behind its parent's back. */
  return ADW_TOOLBAR_VIEW (adw_breakpoint_bin_get_child (ADW_BREAKPOINT_BIN (adw_bin_get_child (ADW_BIN (self)))));
}

void
herald_calendar_page_get_date (HeraldCalendarPage *self,
                               GDate              *date)
{
  g_return_if_fail (HERALD_IS_CALENDAR_PAGE (self));
  g_return_if_fail (date != NULL);

  *date = self->date;
}

void
herald_calendar_page_set_date (HeraldCalendarPage *self,
                               const GDate        *date)
{
  g_return_if_fail (HERALD_IS_CALENDAR_PAGE (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  set_date (self, date);
}

const char *
herald_calendar_page_get_view_name (HeraldCalendarPage *self)
{
  g_return_val_if_fail (HERALD_IS_CALENDAR_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
herald_calendar_page_set_view_name (HeraldCalendarPage *self,
                                    const char         *name)
{
  g_return_if_fail (HERALD_IS_CALENDAR_PAGE (self));
  g_return_if_fail (name != NULL);

  if (ensure_view (self, name) != NULL)
    show_view (self, name);
}

/**
 * herald_calendar_page_get_view:
 * @self: a #HeraldCalendarPage
 * @name: (nullable): "month", "week" or "agenda"; %NULL for the shown one
 *
 * Returns: (transfer none) (nullable): the view, if this build has it
 */
HeraldView *
herald_calendar_page_get_view (HeraldCalendarPage *self,
                               const char         *name)
{
  GtkWidget *view;

  g_return_val_if_fail (HERALD_IS_CALENDAR_PAGE (self), NULL);

  if (name == NULL)
    return current_view (self);

  view = ensure_view (self, name);
  return view != NULL ? HERALD_VIEW (view) : NULL;
}

HeraldPostQuery *
herald_calendar_page_get_query (HeraldCalendarPage *self)
{
  g_return_val_if_fail (HERALD_IS_CALENDAR_PAGE (self), NULL);

  return self->query;
}

const char *
herald_calendar_page_get_title (HeraldCalendarPage *self)
{
  g_return_val_if_fail (HERALD_IS_CALENDAR_PAGE (self), NULL);

  return gtk_label_get_label (self->title_label);
}

/**
 * herald_calendar_page_get_last_toast:
 * @self: a #HeraldCalendarPage
 *
 * Returns: (transfer none) (nullable): the toast the page showed last
 */
AdwToast *
herald_calendar_page_get_last_toast (HeraldCalendarPage *self)
{
  g_return_val_if_fail (HERALD_IS_CALENDAR_PAGE (self), NULL);

  return self->last_toast;
}
