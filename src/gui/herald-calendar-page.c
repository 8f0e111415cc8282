/* herald-calendar-page.c — the Calendar page
 *
 * Before there is any account, the page invites the user to add theirs or
 * to look around in sample data; after that it shows the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-calendar-page"

#include "config.h"

#include "herald-calendar-page.h"

struct _HeraldCalendarPage
{
  AdwBin          parent_instance;

  HeraldStore    *store;

  GtkStack       *stack;
};

G_DEFINE_FINAL_TYPE (HeraldCalendarPage, herald_calendar_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_state (HeraldCalendarPage *self)
{
  g_autoptr (GError) error = NULL;
  gint64 n_accounts = 0;

  if (self->store != NULL)
    n_accounts = herald_store_count (self->store, HERALD_RECORD_ACCOUNT, &error);
  if (error != NULL)
    g_warning ("Could not count the accounts: %s", error->message);

  gtk_stack_set_visible_child_name (self->stack,
                                    self->store != NULL && n_accounts == 0 ? "first-run" : "empty");
}

static void
store_changed_cb (HeraldCalendarPage *self,
                  HeraldRecordKind    kind)
{
  if (kind == HERALD_RECORD_ACCOUNT)
    update_state (self);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_CALENDAR_PAGE);
  herald_calendar_page_set_store (self, NULL);

  G_OBJECT_CLASS (herald_calendar_page_parent_class)->dispose (object);
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
}

static void
herald_calendar_page_init (HeraldCalendarPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
  if (store != NULL)
    g_signal_connect_object (store, "changed",
                             G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);

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
   * behind AdwBin's back. */
  return ADW_TOOLBAR_VIEW (adw_bin_get_child (ADW_BIN (self)));
}
