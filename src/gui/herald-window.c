/* herald-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-window"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-application.h"
#include "herald-window-private.h"

struct _HeraldWindow
{
  AdwApplicationWindow    parent_instance;

  GSettings              *settings;

  AdwToastOverlay        *toast_overlay;
  AdwViewStack           *main_stack;
  AdwStatusPage          *error_page;
  GtkWidget              *restore_button;
  AdwNavigationSplitView *split_view;
  AdwNavigationPage      *content_page;
  AdwViewStack           *stack;
  GtkListBox             *pages_list;
};

G_DEFINE_FINAL_TYPE (HeraldWindow, herald_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pages are built the first time they are shown, so that start-up pays only
 * for the page on screen. */
static const struct {
  const char *name;
  const char *title;
  const char *resource;
} pages[] = {
  { "calendar", N_("Calendar"), RESOURCE_BASE "/herald-calendar-page.ui" },
  { "drafts", N_("Drafts"), RESOURCE_BASE "/herald-drafts-page.ui" },
  { "topics", N_("Hot Topics"), RESOURCE_BASE "/herald-topics-page.ui" },
  { "campaigns", N_("Campaigns"), RESOURCE_BASE "/herald-campaigns-page.ui" },
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

static void
ensure_page (HeraldWindow *self,
             guint         index)
{
  g_autoptr (GtkBuilder) builder = NULL;
  GtkWidget *page;

  if (adw_view_stack_get_child_by_name (self->stack, pages[index].name) != NULL)
    return;

  builder = gtk_builder_new_from_resource (pages[index].resource);
  page = GTK_WIDGET (gtk_builder_get_object (builder, "page"));
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
  adw_view_stack_set_visible_child_name (self->stack, page);
  adw_navigation_page_set_title (self->content_page, _(pages[index].title));

  row = find_row (self, page);
  if (gtk_list_box_get_selected_row (self->pages_list) != row)
    gtk_list_box_select_row (self->pages_list, row);

  g_settings_set_string (self->settings, "last-page", page);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
pages_list_row_activated_cb (HeraldWindow  *self,
                             GtkListBoxRow *row)
{
  show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
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

/* Shows the pages when the database is open, or why it is not. */
static void
update_store_state (HeraldWindow *self)
{
  HeraldApplication *app = HERALD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  const GError *error;
  g_autoptr (GPtrArray) backups = NULL;
  g_autofree char *description = NULL;

  if (herald_application_get_store (app) != NULL)
    {
      adw_view_stack_set_visible_child_name (self->main_stack, "main");
      return;
    }

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

static void
application_store_changed_cb (HeraldWindow *self)
{
  update_store_state (self);
}

static gboolean
herald_window_close_request (GtkWindow *window)
{
  HeraldWindow *self = HERALD_WINDOW (window);
  int width, height;

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

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_WINDOW);
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

  /**
   * HeraldWindow:page:
   *
   * The name of the page shown in the content pane: `calendar`, `drafts`,
   * `topics` or `campaigns`.
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         "calendar",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldWindow, pages_list);
  gtk_widget_class_bind_template_callback (widget_class, pages_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", window_show_page_action);

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
}

static void
herald_window_init (HeraldWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  herald_window_load_state (self);
}

HeraldWindow *
herald_window_new (HeraldApplication *application)
{
  HeraldWindow *self;

  g_return_val_if_fail (HERALD_IS_APPLICATION (application), NULL);

  self = g_object_new (HERALD_TYPE_WINDOW,
                       "application", application,
                       NULL);

  g_signal_connect_object (application, "notify::store",
                           G_CALLBACK (application_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_store_state (self);

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
 * @page: `calendar`, `drafts`, `topics` or `campaigns`
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
