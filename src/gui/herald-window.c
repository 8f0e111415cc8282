/* herald-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-window"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-account-list.h"
#include "herald-application.h"
#include "herald-calendar-page.h"
#include "herald-campaigns-page.h"
#include "herald-conflicts-page.h"
#include "herald-first-frame.h"
#include "herald-drafts-page.h"
#include "herald-editor-page.h"
#include "herald-sidebar-account-row.h"
#include "herald-store-sync.h"
#include "herald-sync-indicator.h"
#include "herald-topics-page.h"
#include "herald-window-private.h"

/* How often the overdue count is taken again when nothing changes. */
#define OVERDUE_INTERVAL_SECONDS 60

struct _HeraldWindow
{
  AdwApplicationWindow    parent_instance;

  GSettings              *settings;
  HeraldStore            *store;
  HeraldAccountList      *accounts;
  guint                   overdue_timeout_id;
  gboolean                demo;

  AdwToastOverlay        *toast_overlay;
  GtkMenuButton          *primary_menu_button;
  GMenuModel             *primary_menu;
  AdwViewStack           *main_stack;
  AdwStatusPage          *error_page;   /* with the error view, on demand */
  GtkWidget              *restore_button;
  HeraldSyncIndicator    *sync_indicator;
  AdwNavigationSplitView *split_view;
  AdwNavigationPage      *content_page;
  AdwNavigationView      *content_view;
  AdwNavigationPage      *pages_page;
  AdwViewStack           *stack;
  GtkListBox             *pages_list;
  GtkListBoxRow          *overdue_row;
  GtkLabel               *overdue_count_label;
  GtkListBoxRow          *conflicts_row;
  GtkLabel               *conflicts_count_label;
  GtkListBox             *accounts_list;
  GtkWidget              *accounts_empty_label;
};

G_DEFINE_FINAL_TYPE (HeraldWindow, herald_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pages are built the first time they are shown, so that start-up pays only
 * for the page on screen.  A page is either a widget class, which gets the
 * store if it has a `store` property, or a .ui resource whose `page` object
 * is an AdwToolbarView. */
static const struct {
  const char *name;
  const char *title;
  GType     (*get_type) (void);
  const char *resource;
} pages[] = {
  { "calendar", N_("Calendar"), herald_calendar_page_get_type, NULL },
  { "drafts", N_("Drafts"), herald_drafts_page_get_type, NULL },
  { "topics", N_("Hot Topics"), herald_topics_page_get_type, NULL },
  { "campaigns", N_("Campaigns"), herald_campaigns_page_get_type, NULL },
  { "conflicts", N_("Conflicts"), herald_conflicts_page_get_type, NULL },
};

static int
find_page (const char *page)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_strcmp0 (page, pages[i].name) == 0)
      return i;

  return -1;
}

static gboolean
is_page_name (const char *page)
{
  return find_page (page) >= 0;
}

static AdwToolbarView *
get_page_toolbar_view (GtkWidget *page)
{
  if (HERALD_IS_CALENDAR_PAGE (page))
    return herald_calendar_page_get_toolbar_view (HERALD_CALENDAR_PAGE (page));
  if (HERALD_IS_CAMPAIGNS_PAGE (page))
    return herald_campaigns_page_get_toolbar_view (HERALD_CAMPAIGNS_PAGE (page));
  if (HERALD_IS_CONFLICTS_PAGE (page))
    return herald_conflicts_page_get_toolbar_view (HERALD_CONFLICTS_PAGE (page));
  if (HERALD_IS_DRAFTS_PAGE (page))
    return herald_drafts_page_get_toolbar_view (HERALD_DRAFTS_PAGE (page));
  if (HERALD_IS_EDITOR_PAGE (page))
    return herald_editor_page_get_toolbar_view (HERALD_EDITOR_PAGE (page));
  if (HERALD_IS_TOPICS_PAGE (page))
    return herald_topics_page_get_toolbar_view (HERALD_TOPICS_PAGE (page));

  return ADW_IS_TOOLBAR_VIEW (page) ? ADW_TOOLBAR_VIEW (page) : NULL;
}

/* In sample data, every page says so under its header bar. */
void
herald_window_add_demo_banner (GtkWidget *page)
{
  AdwToolbarView *toolbar_view = get_page_toolbar_view (page);
  AdwBanner *banner;

  if (toolbar_view == NULL || g_object_get_data (G_OBJECT (page), "herald-demo-banner") != NULL)
    return;

  banner = ADW_BANNER (adw_banner_new (_("You are exploring sample data. Changes are not saved to your own data.")));
  adw_banner_set_revealed (banner, TRUE);
  adw_toolbar_view_add_top_bar (toolbar_view, GTK_WIDGET (banner));
  g_object_set_data (G_OBJECT (page), "herald-demo-banner", banner);
}

static void
set_page_store (HeraldWindow *self,
                GtkWidget    *page,
                HeraldStore  *store)
{
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "store") != NULL)
    g_object_set (page, "store", store, NULL);

  /* The application's, so that one refresh at a time runs. */
  if (HERALD_IS_TOPICS_PAGE (page))
    {
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

      if (HERALD_IS_APPLICATION (application))
        herald_topics_page_set_fetcher (HERALD_TOPICS_PAGE (page),
                                        herald_application_get_feed_fetcher (HERALD_APPLICATION (application)));
    }
}

static void
ensure_page (HeraldWindow *self,
             guint         index)
{
  g_autoptr (GtkBuilder) builder = NULL;
  GtkWidget *page;

  if (adw_view_stack_get_child_by_name (self->stack, pages[index].name) != NULL)
    return;

  if (pages[index].get_type != NULL)
    {
      page = g_object_new (pages[index].get_type (), NULL);
      set_page_store (self, page, self->store);
    }
  else
    {
      /* The builder keeps the page alive until the stack has it. */
      builder = gtk_builder_new_from_resource (pages[index].resource);
      page = GTK_WIDGET (gtk_builder_get_object (builder, "page"));
    }

  if (self->demo)
    herald_window_add_demo_banner (page);

  adw_view_stack_add_titled (self->stack, page, pages[index].name, _(pages[index].title));
}

static GtkListBoxRow *
find_row (HeraldWindow *self,
          const char   *page)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) &&
          g_strcmp0 (gtk_widget_get_name (child), page) == 0)
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

static void
show_page (HeraldWindow *self,
           const char   *page)
{
  int index = find_page (page);
  GtkListBoxRow *row;

  g_assert (index >= 0);

  ensure_page (self, index);
  /* Going to a page leaves the editor, which saves on the way out. */
  adw_navigation_view_pop_to_page (self->content_view, self->pages_page);
  adw_view_stack_set_visible_child_name (self->stack, page);
  adw_navigation_page_set_title (self->content_page, _(pages[index].title));
  adw_navigation_page_set_title (self->pages_page, _(pages[index].title));

  row = find_row (self, page);
  if (gtk_list_box_get_selected_row (self->pages_list) != row)
    gtk_list_box_select_row (self->pages_list, row);

  /* Conflicts are a passing errand, not a place to come back to.  The
   * page Herald opens on is already saved: nothing is written at start. */
  if (g_strcmp0 (page, "conflicts") != 0)
    {
      g_autofree char *saved = g_settings_get_string (self->settings, "last-page");

      if (g_strcmp0 (saved, page) != 0)
        g_settings_set_string (self->settings, "last-page", page);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
pages_list_row_activated_cb (HeraldWindow  *self,
                             GtkListBoxRow *row)
{
  /* Overdue posts are in the calendar; a list of them comes later. */
  if (row == self->overdue_row)
    show_page (self, "calendar");
  else
    show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
accounts_list_row_activated_cb (HeraldWindow  *self,
                                GtkListBoxRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "sidebar-account-row.toggle-visible", NULL);
}

static void
update_overdue (HeraldWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *count = NULL;
  guint n_overdue = 0;

  if (self->store != NULL)
    n_overdue = herald_store_count_overdue (self->store, g_get_real_time () / G_USEC_PER_SEC, &error);
  if (error != NULL)
    g_warning ("Could not count the overdue posts: %s", error->message);

  count = g_strdup_printf ("%u", n_overdue);
  gtk_label_set_label (self->overdue_count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_row), n_overdue > 0);
}

static void
update_overdue_after_first_frame (GtkWidget *widget)
{
  update_overdue (HERALD_WINDOW (widget));
}

static gboolean
overdue_timeout_cb (gpointer user_data)
{
  update_overdue (user_data);
  return G_SOURCE_CONTINUE;
}

/* The Conflicts row shows only while team sync has left some. */
static void
update_conflicts (HeraldWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *count = NULL;
  gint64 n_conflicts = 0;

  if (self->store != NULL)
    n_conflicts = herald_store_sync_count_conflicts (self->store, &error);
  if (n_conflicts < 0)
    {
      g_warning ("Could not count the conflicts: %s", error->message);
      n_conflicts = 0;
    }

  count = g_strdup_printf ("%" G_GINT64_FORMAT, n_conflicts);
  gtk_label_set_label (self->conflicts_count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_row), n_conflicts > 0);
}

static void
store_changed_cb (HeraldWindow     *self,
                  HeraldRecordKind  kind)
{
  /* Posts are overdue only on accounts still there. */
  if (kind == HERALD_RECORD_POST || kind == HERALD_RECORD_ACCOUNT)
    update_overdue (self);
  if (kind == HERALD_RECORD_POST)
    update_conflicts (self);
}

static GtkWidget *
create_account_row_cb (gpointer item,
                       gpointer user_data)
{
  HeraldWindow *self = user_data;

  return herald_sidebar_account_row_new (self->store, item);
}

static void
update_accounts_empty (HeraldWindow *self)
{
  gboolean empty = self->accounts == NULL ||
                   g_list_model_get_n_items (G_LIST_MODEL (self->accounts)) == 0;

  gtk_widget_set_visible (self->accounts_empty_label, empty);
  gtk_widget_set_visible (GTK_WIDGET (self->accounts_list), !empty);
}

/* Follows the database the application has open, which changes when a
 * backup is restored. */
static void
set_store (HeraldWindow *self,
           HeraldStore  *store)
{
  GtkSelectionModel *stack_pages;
  guint n_pages;

  if (self->store == store)
    return;

  /* An editor belongs to the database it was opened on. */
  adw_navigation_view_pop_to_page (self->content_view, self->pages_page);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed",
                             G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_func (self->accounts, update_accounts_empty, self);
  g_clear_object (&self->accounts);
  if (store != NULL)
    {
      self->accounts = herald_account_list_new (store);
      g_signal_connect_object (self->accounts, "notify::n-items",
                               G_CALLBACK (update_accounts_empty), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_list_box_bind_model (self->accounts_list, G_LIST_MODEL (self->accounts),
                           create_account_row_cb, self, NULL);
  update_accounts_empty (self);

  stack_pages = adw_view_stack_get_pages (self->stack);
  n_pages = g_list_model_get_n_items (G_LIST_MODEL (stack_pages));
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (stack_pages), i);

      set_page_store (self, adw_view_stack_page_get_child (page), store);
    }
  g_object_unref (stack_pages);

  update_conflicts (self);

  /* Counting a large plan's overdue posts waits until the window shows. */
  herald_widget_after_first_frame (GTK_WIDGET (self), update_overdue_after_first_frame);
}

static void
window_show_page_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  HeraldWindow *self = HERALD_WINDOW (widget);
  const char *page = g_variant_get_string (param, NULL);

  if (is_page_name (page))
    {
      show_page (self, page);
      adw_navigation_split_view_set_show_content (self->split_view, TRUE);
    }
}

static void
herald_window_load_state (HeraldWindow *self)
{
  g_autofree char *page = NULL;
  int width, height;

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  page = g_settings_get_string (self->settings, "last-page");
  show_page (self, is_page_name (page) ? page : "calendar");
}

/* Why the data could not be opened is rare: its view is made when needed. */
static void
ensure_error_view (HeraldWindow *self)
{
  g_autoptr (GtkBuilder) builder = NULL;

  if (self->error_page != NULL)
    return;

  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/herald-window-error.ui");
  self->error_page = ADW_STATUS_PAGE (gtk_builder_get_object (builder, "error_page"));
  self->restore_button = GTK_WIDGET (gtk_builder_get_object (builder, "restore_button"));
  adw_view_stack_add_named (self->main_stack, GTK_WIDGET (gtk_builder_get_object (builder, "error_view")), "error");
}

/* Shows the pages when the database is open, or why it is not. */
static void
update_store_state (HeraldWindow *self)
{
  HeraldApplication *app = HERALD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  const GError *error;
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree char *description = NULL;

  set_store (self, herald_application_get_store (app));

  if (self->store != NULL)
    {
      adw_view_stack_set_visible_child_name (self->main_stack, "main");
      return;
    }

  ensure_error_view (self);
  error = herald_application_get_store_error (app);
  backups = herald_store_list_backups (herald_application_get_database_path (app));

  if (g_error_matches (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_CORRUPT) && backups->len > 0)
    {
      g_autofree char *name = g_path_get_basename (backups->pdata[0]);

      /* Translators: the first %s explains what is wrong; the second is a
       * backup file name such as herald-2026-11-27.db */
      description = g_strdup_printf (_("%s\n\nThe damaged file will be kept. The latest automatic backup is %s."),
                                     error->message, name);
      gtk_widget_set_visible (self->restore_button, TRUE);
    }
  else
    {
      description = g_strdup (error != NULL ? error->message : "");
      gtk_widget_set_visible (self->restore_button, FALSE);
    }

  adw_status_page_set_description (self->error_page, description);
  adw_view_stack_set_visible_child_name (self->main_stack, "error");
}

/* The header's sync indicator follows the application's scheduler. */
static void
update_sync_indicator (HeraldWindow *self)
{
  HeraldApplication *app = HERALD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  herald_sync_indicator_set_scheduler (self->sync_indicator,
                                       app != NULL ? herald_application_get_sync_scheduler (app) : NULL);
}

static void
application_store_changed_cb (HeraldWindow *self)
{
  update_store_state (self);
  update_sync_indicator (self);
}

static gboolean
herald_window_close_request (GtkWindow *window)
{
  HeraldWindow *self = HERALD_WINDOW (window);
  HeraldEditorPage *editor = herald_window_get_editor (self);
  int width, height;

  /* What was typed last goes in before the window does. */
  if (editor != NULL)
    {
      g_autoptr (GError) error = NULL;

      if (!herald_editor_page_save (editor, &error))
        g_warning ("Could not save the post on closing: %s", error->message);
    }

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (herald_window_parent_class)->close_request (window);
}

static void
herald_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HeraldWindow *self = HERALD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, herald_window_get_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HeraldWindow *self = HERALD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      herald_window_set_page (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_window_dispose (GObject *object)
{
  HeraldWindow *self = HERALD_WINDOW (object);

  g_clear_handle_id (&self->overdue_timeout_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_WINDOW);
  g_clear_object (&self->accounts);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (herald_window_parent_class)->dispose (object);
}

static void
herald_window_class_init (HeraldWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = herald_window_dispose;
  object_class->get_property = herald_window_get_property;
  object_class->set_property = herald_window_set_property;
  window_class->close_request = herald_window_close_request;

  g_type_ensure (HERALD_TYPE_SYNC_INDICATOR);

  /**
   * HeraldWindow:page:
   *
   * The name of the page shown in the content pane: `calendar`, `drafts`,
   * `topics`, `campaigns` or `conflicts`.
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         "calendar",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, sync_indicator);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, content_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, pages_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, pages_list);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, overdue_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, overdue_count_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, conflicts_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, conflicts_count_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, accounts_list);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, accounts_empty_label);
  gtk_widget_class_bind_template_callback (widget_class, pages_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, accounts_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.open-post", "s", herald_window_open_post_action);
  gtk_widget_class_install_action (widget_class, "win.new-post", NULL, herald_window_new_post_action);
  gtk_widget_class_install_action (widget_class, "win.new-post-from-topic", "s", herald_window_new_post_from_topic_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, herald_window_search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "calendar");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "drafts");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "topics");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-page", "s", "campaigns");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  /* On the calendar, Ctrl+N makes a post on the selected day instead. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-post", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
}

/* The main menu's popover is made when it is first opened, not at
 * start-up (F10 opens it too). */
static void
primary_menu_create_popup_cb (GtkMenuButton *button,
                              gpointer       user_data)
{
  HeraldWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
herald_window_init (HeraldWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, primary_menu_create_popup_cb, self, NULL);

  self->settings = g_settings_new (APPLICATION_ID);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  herald_window_load_state (self);

  self->overdue_timeout_id = g_timeout_add_seconds (OVERDUE_INTERVAL_SECONDS, overdue_timeout_cb, self);
}

HeraldWindow *
herald_window_new (HeraldApplication *application)
{
  HeraldWindow *self;

  g_return_val_if_fail (HERALD_IS_APPLICATION (application), NULL);

  self = g_object_new (HERALD_TYPE_WINDOW,
                       "application", application,
                       NULL);

  if (herald_application_is_demo (application))
    herald_window_set_demo (self);

  g_signal_connect_object (application, "notify::store",
                           G_CALLBACK (application_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_store_state (self);
  update_sync_indicator (self);

  return self;
}

/**
 * herald_window_get_page:
 * @self: a #HeraldWindow
 *
 * Returns: the name of the page shown in the content pane
 */
const char *
herald_window_get_page (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * herald_window_set_page:
 * @self: a #HeraldWindow
 * @page: `calendar`, `drafts`, `topics`, `campaigns` or `conflicts`
 *
 * Shows @page in the content pane and selects its row in the sidebar.
 */
void
herald_window_set_page (HeraldWindow *self,
                        const char   *page)
{
  g_return_if_fail (HERALD_IS_WINDOW (self));
  g_return_if_fail (is_page_name (page));

  if (g_strcmp0 (page, herald_window_get_page (self)) != 0)
    show_page (self, page);
}

void
herald_window_add_toast (HeraldWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (HERALD_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

AdwNavigationSplitView *
herald_window_get_split_view (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  return self->split_view;
}

GtkListBox *
herald_window_get_pages_list (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  return self->pages_list;
}

/*
 * herald_window_set_demo:
 * @self: a #HeraldWindow
 *
 * Marks every page with a banner saying that this is sample data.
 */
void
herald_window_set_demo (HeraldWindow *self)
{
  GtkSelectionModel *stack_pages;
  guint n_pages;

  g_return_if_fail (HERALD_IS_WINDOW (self));

  self->demo = TRUE;

  stack_pages = adw_view_stack_get_pages (self->stack);
  n_pages = g_list_model_get_n_items (G_LIST_MODEL (stack_pages));
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (stack_pages), i);

      herald_window_add_demo_banner (adw_view_stack_page_get_child (page));
    }
  g_object_unref (stack_pages);
}

GtkListBox *
herald_window_get_accounts_list (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  return self->accounts_list;
}

GtkListBoxRow *
herald_window_get_overdue_row (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  return self->overdue_row;
}

GtkListBoxRow *
herald_window_get_conflicts_row (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  return self->conflicts_row;
}

HeraldStore *
herald_window_get_store (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  return self->store;
}

gboolean
herald_window_is_demo (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), FALSE);

  return self->demo;
}

AdwNavigationView *
herald_window_get_content_view (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  return self->content_view;
}

AdwNavigationPage *
herald_window_get_pages_page (HeraldWindow *self)
{
  g_return_val_if_fail (HERALD_IS_WINDOW (self), NULL);

  return self->pages_page;
}
