/* herald-campaign-dialog.c — creates or edits one campaign
 *
 * Name, goal, dates and colour, and the targets the whole campaign should
 * reach.  Everything is saved in one transaction, and the dialog closes
 * only once it is: when the store refuses, it says why and keeps what was
 * typed.  A target set back to 0 removes that KPI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-campaign-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "herald-campaign-dialog.h"
#include "herald-iso-week.h"
#include "herald-metric-names.h"

/* The metrics a campaign's overall targets are set on. */
static const char * const target_metrics[] = {
  "views", "likes", "comments", "shares", "followers_gained",
};

struct _HeraldCampaignDialog
{
  AdwDialog             parent_instance;

  HeraldStore          *store;
  HeraldCampaign       *campaign;

  AdwToastOverlay      *toast_overlay;
  GtkWidget            *save_button;
  AdwEntryRow          *name_row;
  AdwEntryRow          *goal_row;
  AdwEntryRow          *starts_row;
  AdwEntryRow          *ends_row;
  GtkColorDialogButton *color_button;
  AdwPreferencesGroup  *targets_group;
  AdwSpinRow           *target_rows[G_N_ELEMENTS (target_metrics)];
};

G_DEFINE_FINAL_TYPE (HeraldCampaignDialog, herald_campaign_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAMPAIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
get_trimmed_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
rgba_to_hex (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) (CLAMP (rgba->red, 0.f, 1.f) * 255.f + .5f),
                          (guint) (CLAMP (rgba->green, 0.f, 1.f) * 255.f + .5f),
                          (guint) (CLAMP (rgba->blue, 0.f, 1.f) * 255.f + .5f));
}

/* "" is no date; otherwise YYYY-MM-DD of a day that exists. */
static gboolean
parse_day (const char *text,
           GDate      *day)
{
  if (*text != '\0')
    return herald_day_parse (text, day);

  g_date_clear (day, 1);
  return TRUE;
}

static void
show_error (HeraldCampaignDialog *self,
            const char           *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
name_row_changed_cb (HeraldCampaignDialog *self)
{
  g_autofree char *name = get_trimmed_text (self->name_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaign-dialog.save", *name != '\0');
}

typedef struct {
  HeraldCampaignDialog *self;
  HeraldCampaign       *campaign;
} SaveOp;

static gboolean
save_in_transaction (HeraldStore  *store,
                     gpointer      user_data,
                     GError      **error)
{
  SaveOp *op = user_data;
  HeraldCampaignDialog *self = op->self;
  const char *campaign_id;
  g_autoptr (GListModel) kpis = NULL;

  if (!herald_store_save_campaign (store, op->campaign, error))
    return FALSE;

  campaign_id = herald_record_get_id (HERALD_RECORD (op->campaign));
  kpis = herald_store_list_kpis (store, campaign_id, error);
  if (kpis == NULL)
    return FALSE;

  for (guint m = 0; m < G_N_ELEMENTS (target_metrics); m++)
    {
      double target = adw_spin_row_get_value (self->target_rows[m]);
      g_autoptr (HeraldKpi) kpi = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (kpis) && kpi == NULL; i++)
        {
          g_autoptr (HeraldKpi) item = g_list_model_get_item (kpis, i);
          const char *account_id = herald_kpi_get_account_id (item);

          if (g_str_equal (herald_kpi_get_metric (item), target_metrics[m]) &&
              (account_id == NULL || *account_id == '\0'))
            kpi = g_steal_pointer (&item);
        }

      if (target <= 0)
        {
          if (kpi != NULL &&
              !herald_store_delete (store, HERALD_RECORD_KPI, herald_record_get_id (HERALD_RECORD (kpi)), error))
            return FALSE;
          continue;
        }

      if (kpi == NULL)
        kpi = herald_kpi_new (campaign_id, target_metrics[m], target);
      herald_kpi_set_target (kpi, target);
      if (!herald_store_save_kpi (store, kpi, error))
        return FALSE;
    }

  return TRUE;
}

static void
campaign_dialog_save_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  HeraldCampaignDialog *self = HERALD_CAMPAIGN_DIALOG (widget);
  g_autofree char *name = get_trimmed_text (self->name_row);
  g_autofree char *goal = get_trimmed_text (self->goal_row);
  g_autofree char *starts = get_trimmed_text (self->starts_row);
  g_autofree char *ends = get_trimmed_text (self->ends_row);
  g_autofree char *color = rgba_to_hex (gtk_color_dialog_button_get_rgba (self->color_button));
  g_autoptr (HeraldCampaign) campaign = NULL;
  g_autoptr (GError) error = NULL;
  GDate first, last;
  SaveOp op;

  if (*name == '\0')
    return;

  if (!parse_day (starts, &first) || !parse_day (ends, &last))
    {
      /* Translators: %s is what was typed instead of a date */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01"),
                                                  parse_day (starts, &first) ? ends : starts);

      show_error (self, message);
      gtk_widget_grab_focus (GTK_WIDGET (parse_day (starts, &first) ? self->ends_row : self->starts_row));
      return;
    }
  if (g_date_valid (&first) && g_date_valid (&last) && g_date_compare (&last, &first) < 0)
    {
      show_error (self, _("The campaign ends before it starts"));
      gtk_widget_grab_focus (GTK_WIDGET (self->ends_row));
      return;
    }

  /* Edit what the store has now, not the copy the dialog opened with. */
  if (self->campaign != NULL)
    campaign = herald_store_get_campaign (self->store, herald_record_get_id (HERALD_RECORD (self->campaign)), &error);
  else
    campaign = herald_campaign_new (name);
  if (campaign == NULL)
    {
      show_error (self, error->message);
      return;
    }

  herald_campaign_set_name (campaign, name);
  herald_campaign_set_goal (campaign, goal);
  herald_campaign_set_starts_on (campaign, *starts != '\0' ? starts : NULL);
  herald_campaign_set_ends_on (campaign, *ends != '\0' ? ends : NULL);
  herald_campaign_set_color (campaign, color);

  op.self = self;
  op.campaign = campaign;
  if (!herald_store_transaction (self->store, save_in_transaction, &op, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_set_object (&self->campaign, campaign);
  adw_dialog_force_close (ADW_DIALOG (self));
}

static void
campaign_dialog_cancel_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
fill_from_campaign (HeraldCampaignDialog *self)
{
  HeraldCampaign *campaign = self->campaign;
  g_autoptr (GListModel) kpis = NULL;
  g_autoptr (GError) error = NULL;
  GdkRGBA rgba;

  adw_dialog_set_title (ADW_DIALOG (self), _("Edit Campaign"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), herald_campaign_get_name (campaign));
  gtk_editable_set_text (GTK_EDITABLE (self->goal_row), herald_campaign_get_goal (campaign));
  gtk_editable_set_text (GTK_EDITABLE (self->starts_row),
                         herald_campaign_get_starts_on (campaign) != NULL ? herald_campaign_get_starts_on (campaign) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->ends_row),
                         herald_campaign_get_ends_on (campaign) != NULL ? herald_campaign_get_ends_on (campaign) : "");
  if (gdk_rgba_parse (&rgba, herald_campaign_get_color (campaign)))
    gtk_color_dialog_button_set_rgba (self->color_button, &rgba);

  kpis = herald_store_list_kpis (self->store, herald_record_get_id (HERALD_RECORD (campaign)), &error);
  if (kpis == NULL)
    {
      g_warning ("Could not read the campaign's KPIs: %s", error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr (HeraldKpi) kpi = g_list_model_get_item (kpis, i);
      const char *account_id = herald_kpi_get_account_id (kpi);

      if (account_id == NULL || *account_id == '\0')
        herald_campaign_dialog_set_target (self, herald_kpi_get_metric (kpi), herald_kpi_get_target (kpi));
    }
}

static void
herald_campaign_dialog_constructed (GObject *object)
{
  HeraldCampaignDialog *self = HERALD_CAMPAIGN_DIALOG (object);

  G_OBJECT_CLASS (herald_campaign_dialog_parent_class)->constructed (object);

  g_assert (HERALD_IS_STORE (self->store));

  if (self->campaign != NULL)
    fill_from_campaign (self);
  else
    {
      GdkRGBA blue = { 0.208, 0.518, 0.894, 1 };

      gtk_color_dialog_button_set_rgba (self->color_button, &blue);
    }
  name_row_changed_cb (self);
}

static void
herald_campaign_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HeraldCampaignDialog *self = HERALD_CAMPAIGN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CAMPAIGN:
      g_value_set_object (value, self->campaign);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_campaign_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HeraldCampaignDialog *self = HERALD_CAMPAIGN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_CAMPAIGN:
      self->campaign = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_campaign_dialog_dispose (GObject *object)
{
  HeraldCampaignDialog *self = HERALD_CAMPAIGN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_CAMPAIGN_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->campaign);

  G_OBJECT_CLASS (herald_campaign_dialog_parent_class)->dispose (object);
}

static void
herald_campaign_dialog_class_init (HeraldCampaignDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = herald_campaign_dialog_constructed;
  object_class->dispose = herald_campaign_dialog_dispose;
  object_class->get_property = herald_campaign_dialog_get_property;
  object_class->set_property = herald_campaign_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * HeraldCampaignDialog:campaign:
   *
   * The campaign being edited, %NULL to create one; once saved, the
   * campaign as stored.
   */
  properties[PROP_CAMPAIGN] =
    g_param_spec_object ("campaign", NULL, NULL,
                         HERALD_TYPE_CAMPAIGN,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-campaign-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, goal_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, starts_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, ends_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, color_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, targets_group);
  gtk_widget_class_bind_template_callback (widget_class, name_row_changed_cb);

  gtk_widget_class_install_action (widget_class, "campaign-dialog.save", NULL, campaign_dialog_save_action);
  gtk_widget_class_install_action (widget_class, "campaign-dialog.cancel", NULL, campaign_dialog_cancel_action);
}

static void
herald_campaign_dialog_init (HeraldCampaignDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint m = 0; m < G_N_ELEMENTS (target_metrics); m++)
    {
      GtkAdjustment *adjustment = gtk_adjustment_new (0, 0, 1e10, 100, 1000, 0);

      self->target_rows[m] = ADW_SPIN_ROW (adw_spin_row_new (adjustment, 1000, 0));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_rows[m]),
                                     herald_metric_get_label (target_metrics[m]));
      adw_preferences_group_add (self->targets_group, GTK_WIDGET (self->target_rows[m]));
    }
}

/**
 * herald_campaign_dialog_new:
 * @store: where to save
 * @campaign: (nullable): the campaign to edit, or %NULL to create one
 *
 * Returns: (transfer floating): a new dialog
 */
HeraldCampaignDialog *
herald_campaign_dialog_new (HeraldStore    *store,
                            HeraldCampaign *campaign)
{
  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (campaign == NULL || HERALD_IS_CAMPAIGN (campaign), NULL);

  return g_object_new (HERALD_TYPE_CAMPAIGN_DIALOG,
                       "store", store,
                       "campaign", campaign,
                       NULL);
}

/**
 * herald_campaign_dialog_get_campaign_id:
 * @self: a #HeraldCampaignDialog
 *
 * Returns: (nullable): the id of the campaign edited or just created
 */
const char *
herald_campaign_dialog_get_campaign_id (HeraldCampaignDialog *self)
{
  g_return_val_if_fail (HERALD_IS_CAMPAIGN_DIALOG (self), NULL);

  return self->campaign != NULL ? herald_record_get_id (HERALD_RECORD (self->campaign)) : NULL;
}

/**
 * herald_campaign_dialog_set_target:
 * @self: a #HeraldCampaignDialog
 * @metric: one of the metrics with an overall target, "views"
 * @target: the target; 0 for none
 *
 * Sets the target shown for @metric, as the user would.
 */
void
herald_campaign_dialog_set_target (HeraldCampaignDialog *self,
                                   const char           *metric,
                                   double                target)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN_DIALOG (self));
  g_return_if_fail (metric != NULL);

  for (guint m = 0; m < G_N_ELEMENTS (target_metrics); m++)
    if (g_str_equal (target_metrics[m], metric))
      adw_spin_row_set_value (self->target_rows[m], target);
}
