/* herald-campaigns-page.c — the campaigns, and the way into each review
 *
 * A list of the campaigns with their dates and goal; New Campaign opens
 * the campaign dialog; a campaign opens its review page, pushed over the
 * list.  Archived campaigns are hidden unless asked for; each row's menu
 * archives or brings back its campaign, with a toast to undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-campaigns-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-campaign-dialog.h"
#include "herald-campaign-review.h"
#include "herald-campaigns-page.h"
#include "herald-color-dot.h"

struct _HeraldCampaignsPage
{
  AdwBin             parent_instance;

  HeraldStore       *store;
  GListModel        *campaigns;

  AdwToolbarView    *toolbar_view;
  GtkToggleButton   *show_archived_button;
  GtkStack          *stack;
  GtkListBox        *list_box;
};

G_DEFINE_FINAL_TYPE (HeraldCampaignsPage, herald_campaigns_page, ADW_TYPE_BIN)

/* Not a template child: disposing the template would unparent the bin's
 * child behind the bin's back. */
static AdwNavigationView *
get_navigation_view (HeraldCampaignsPage *self)
{
  return ADW_NAVIGATION_VIEW (adw_bin_get_child (ADW_BIN (self)));
}

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "12月1日 – 12月28日 · goal" */
static char *
describe (HeraldCampaign *campaign)
{
  const char *starts = herald_campaign_get_starts_on (campaign);
  const char *ends = herald_campaign_get_ends_on (campaign);
  const char *goal = herald_campaign_get_goal (campaign);
  g_autoptr (GString) text = g_string_new (NULL);

  if (starts != NULL || ends != NULL)
    /* Translators: a campaign's first and last day */
    g_string_append_printf (text, _("%s to %s"), starts != NULL ? starts : "…", ends != NULL ? ends : "…");
  if (herald_campaign_get_archived (campaign))
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", _("Archived"));
  if (*goal != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", goal);

  return g_markup_escape_text (text->str, -1);
}

/* Archive or unarchive from the list, without opening the campaign. */
static GtkWidget *
create_menu_button (HeraldCampaign *campaign)
{
  g_autoptr (GMenu) menu = g_menu_new ();
  gboolean archived = herald_campaign_get_archived (campaign);
  g_autoptr (GMenuItem) menu_item = g_menu_item_new (archived ? _("_Unarchive") : _("_Archive"), NULL);
  GtkWidget *more = gtk_menu_button_new ();

  g_menu_item_set_action_and_target (menu_item, archived ? "campaigns.unarchive" : "campaigns.archive",
                                     "s", herald_record_get_id (HERALD_RECORD (campaign)));
  g_menu_append_item (menu, menu_item);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (more), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
  gtk_widget_set_tooltip_text (more, _("Campaign Menu"));
  gtk_widget_set_valign (more, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (more, "flat");

  return more;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  HeraldCampaign *campaign = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = herald_color_dot_new ();
  g_autofree char *title = g_markup_escape_text (herald_campaign_get_name (campaign), -1);
  g_autofree char *subtitle = describe (campaign);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  herald_color_dot_set_color (HERALD_COLOR_DOT (dot), herald_campaign_get_color (campaign));
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_menu_button (campaign));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_name (row, herald_record_get_id (HERALD_RECORD (campaign)));

  return row;
}

static void
reload (HeraldCampaignsPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) campaigns = NULL;

  if (self->store != NULL)
    {
      campaigns = herald_store_list_campaigns (self->store,
                                               gtk_toggle_button_get_active (self->show_archived_button),
                                               &error);
      if (campaigns == NULL)
        g_warning ("Could not read the campaigns: %s", error->message);
    }

  g_set_object (&self->campaigns, campaigns);
  gtk_list_box_bind_model (self->list_box, campaigns, create_row_cb, self, NULL);
  gtk_stack_set_visible_child_name (self->stack,
                                    campaigns != NULL && g_list_model_get_n_items (campaigns) > 0 ? "list" : "empty");
}

static void
store_changed_cb (HeraldCampaignsPage *self,
                  HeraldRecordKind     kind)
{
  if (kind == HERALD_RECORD_CAMPAIGN)
    reload (self);
}

static void
show_archived_toggled_cb (HeraldCampaignsPage *self)
{
  reload (self);
}

static void
row_activated_cb (HeraldCampaignsPage *self,
                  GtkListBoxRow       *row)
{
  herald_campaigns_page_open_campaign (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
dialog_closed_cb (HeraldCampaignsPage  *self,
                  HeraldCampaignDialog *dialog)
{
  const char *id = herald_campaign_dialog_get_campaign_id (dialog);

  if (id != NULL)
    herald_campaigns_page_open_campaign (self, id);
}

static void
campaigns_new_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HeraldCampaignsPage *self = HERALD_CAMPAIGNS_PAGE (widget);
  HeraldCampaignDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = herald_campaign_dialog_new (self->store, NULL);
  g_signal_connect_object (dialog, "closed", G_CALLBACK (dialog_closed_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (ADW_DIALOG (dialog), widget);
}

static void
set_archived (HeraldCampaignsPage *self,
              const char          *campaign_id,
              gboolean             archived)
{
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autoptr (GError) error = NULL;

  campaign = herald_store_get_campaign (self->store, campaign_id, &error);
  if (campaign != NULL)
    {
      herald_campaign_set_archived (campaign, archived);
      herald_store_save_campaign (self->store, campaign, &error);
    }
  if (error != NULL)
    {
      /* Translators: %s says why */
      AdwToast *toast = adw_toast_new_format (_("Could not change the campaign: %s"), error->message);
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      else
        g_object_unref (g_object_ref_sink (toast));
    }
}

static void
undo_clicked_cb (AdwToast            *toast,
                 HeraldCampaignsPage *self)
{
  const char *campaign_id = g_object_get_data (G_OBJECT (toast), "campaign-id");
  gboolean archived = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "archived"));

  if (self->store != NULL)
    set_archived (self, campaign_id, !archived);
}

/* Archives or brings back a campaign, with a toast to undo it. */
static void
change_archived (HeraldCampaignsPage *self,
                 const char          *campaign_id,
                 gboolean             archived)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (self->store == NULL)
    return;

  set_archived (self, campaign_id, archived);

  toast = adw_toast_new (archived ? _("Campaign archived") : _("Campaign unarchived"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "campaign-id", g_strdup (campaign_id), g_free);
  g_object_set_data (G_OBJECT (toast), "archived", GINT_TO_POINTER (archived));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
campaigns_archive_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  change_archived (HERALD_CAMPAIGNS_PAGE (widget), g_variant_get_string (param, NULL),
                   g_str_equal (action_name, "campaigns.archive"));
}

static void
herald_campaigns_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HeraldCampaignsPage *self = HERALD_CAMPAIGNS_PAGE (object);

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
herald_campaigns_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HeraldCampaignsPage *self = HERALD_CAMPAIGNS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      herald_campaigns_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_campaigns_page_dispose (GObject *object)
{
  HeraldCampaignsPage *self = HERALD_CAMPAIGNS_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_CAMPAIGNS_PAGE);
  g_clear_object (&self->campaigns);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_campaigns_page_parent_class)->dispose (object);
}

static void
herald_campaigns_page_class_init (HeraldCampaignsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_campaigns_page_dispose;
  object_class->get_property = herald_campaigns_page_get_property;
  object_class->set_property = herald_campaigns_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-campaigns-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignsPage, toolbar_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignsPage, show_archived_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignsPage, list_box);
  gtk_widget_class_bind_template_callback (widget_class, show_archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "campaigns.new", NULL, campaigns_new_action);
  gtk_widget_class_install_action (widget_class, "campaigns.archive", "s", campaigns_archive_action);
  gtk_widget_class_install_action (widget_class, "campaigns.unarchive", "s", campaigns_archive_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "campaigns.new", NULL);
}

static void
herald_campaigns_page_init (HeraldCampaignsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  reload (self);
}

HeraldStore *
herald_campaigns_page_get_store (HeraldCampaignsPage *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->store;
}

void
herald_campaigns_page_set_store (HeraldCampaignsPage *self,
                                 HeraldStore         *store)
{
  g_return_if_fail (HERALD_IS_CAMPAIGNS_PAGE (self));
  g_return_if_fail (store == NULL || HERALD_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  adw_navigation_view_pop_to_tag (get_navigation_view (self), "campaigns");
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * herald_campaigns_page_get_toolbar_view:
 * @self: a #HeraldCampaignsPage
 *
 * Returns: (transfer none): the list's toolbar view, for the window to add
 *   bars that every page shows
 */
AdwToolbarView *
herald_campaigns_page_get_toolbar_view (HeraldCampaignsPage *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->toolbar_view;
}

/**
 * herald_campaigns_page_get_campaigns:
 * @self: a #HeraldCampaignsPage
 *
 * Returns: (transfer none) (nullable): the campaigns listed
 */
GListModel *
herald_campaigns_page_get_campaigns (HeraldCampaignsPage *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->campaigns;
}

/**
 * herald_campaigns_page_open_campaign:
 * @self: a #HeraldCampaignsPage
 * @campaign_id: the campaign
 *
 * Shows the campaign's review over the list.
 */
void
herald_campaigns_page_open_campaign (HeraldCampaignsPage *self,
                                     const char          *campaign_id)
{
  g_return_if_fail (HERALD_IS_CAMPAIGNS_PAGE (self));
  g_return_if_fail (campaign_id != NULL);

  if (self->store == NULL)
    return;

  adw_navigation_view_pop_to_tag (get_navigation_view (self), "campaigns");
  adw_navigation_view_push (get_navigation_view (self),
                            ADW_NAVIGATION_PAGE (herald_campaign_review_new (self->store, campaign_id)));
}
