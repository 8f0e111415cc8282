/* herald-campaign-dialog.c — creates or edits one campaign
 *
 * Name, goal, dates and colour; the accounts the campaign runs on; and its
 * KPIs, each a metric, a target and a scope: the whole campaign or one of
 * its accounts.  What is typed is checked first (dates, targets above 0,
 * one target per metric and scope, accounts ticked), then everything is
 * saved in one transaction, and the dialog closes only once it is: when
 * the store refuses, it says why and keeps what was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-campaign-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "herald-campaign-dialog.h"
#include "herald-channel-kind.h"
#include "herald-color-dot.h"
#include "herald-iso-week.h"
#include "herald-metric-names.h"

/* The metrics a KPI is offered on; a campaign's KPI on another metric
 * (set from the command line) is added to the list when it is edited. */
static const char * const kpi_metrics[] = {
  "views", "likes", "comments", "shares", "favorites", "followers_gained",
};

typedef struct _KpiRow KpiRow;

struct _HeraldCampaignDialog
{
  AdwDialog             parent_instance;

  HeraldStore          *store;
  HeraldCampaign       *campaign;

  GListModel           *accounts;       /* every account, in the sidebar's order */
  GPtrArray            *account_checks; /* GtkCheckButton, one an account */
  GPtrArray            *metrics;        /* char *, the metric of each choice */
  GtkStringList        *metric_names;   /* their labels, shared by the rows */
  GPtrArray            *kpi_rows;       /* KpiRow */
  GPtrArray            *shown_kpi_ids;  /* char *, the KPIs the dialog opened with */

  AdwBanner            *error_banner;
  GtkWidget            *save_button;
  AdwEntryRow          *name_row;
  AdwEntryRow          *goal_row;
  AdwEntryRow          *starts_row;
  AdwEntryRow          *ends_row;
  GtkColorDialogButton *color_button;
  AdwPreferencesGroup  *accounts_group;
  AdwPreferencesGroup  *targets_group;
};

/* One KPI as shown: a row of metric, scope, target and a remove button. */
struct _KpiRow
{
  HeraldCampaignDialog *self;
  char                 *kpi_id;      /* NULL until saved */
  char                 *account_id;  /* the scope; NULL for the whole campaign */
  GPtrArray            *scope_ids;   /* char * (NULL: overall), one a scope choice */
  gboolean              filling;
  GtkWidget            *row;
  GtkDropDown          *metric;
  GtkDropDown          *scope;
  GtkSpinButton        *target;
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

/* Says what stops the save above everything, whole, until the next try. */
static void
show_error (HeraldCampaignDialog *self,
            const char           *message)
{
  adw_banner_set_title (self->error_banner, message);
  adw_banner_set_revealed (self->error_banner, TRUE);
}

static void
name_row_changed_cb (HeraldCampaignDialog *self)
{
  g_autofree char *name = get_trimmed_text (self->name_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaign-dialog.save", *name != '\0');
}

/* Accounts */

static HeraldAccount *
find_account (HeraldCampaignDialog *self,
              const char           *account_id,
              guint                *position)
{
  for (guint i = 0; self->accounts != NULL && i < g_list_model_get_n_items (self->accounts); i++)
    {
      HeraldAccount *account = g_list_model_get_item (self->accounts, i);

      /* The list keeps it alive. */
      g_object_unref (account);
      if (g_strcmp0 (herald_record_get_id (HERALD_RECORD (account)), account_id) == 0)
        {
          if (position != NULL)
            *position = i;
          return account;
        }
    }

  return NULL;
}

static gboolean
account_included (HeraldCampaignDialog *self,
                  const char           *account_id)
{
  guint i;

  return find_account (self, account_id, &i) != NULL &&
         gtk_check_button_get_active (self->account_checks->pdata[i]);
}

static void fill_scope (KpiRow *row);

static void
account_toggled_cb (HeraldCampaignDialog *self)
{
  for (guint i = 0; i < self->kpi_rows->len; i++)
    fill_scope (self->kpi_rows->pdata[i]);
}

static GtkWidget *
make_account_row (HeraldCampaignDialog *self,
                  HeraldAccount        *account)
{
  HeraldChannelKind *kind = herald_channel_kinds_lookup (herald_account_get_kind (account));
  const char *icon_name = kind != NULL ? herald_channel_kind_get_icon_name (kind) : NULL;
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autofree char *title = g_markup_escape_text (herald_account_get_name (account), -1);
  g_autofree char *subtitle = g_markup_escape_text (kind != NULL ? herald_channel_kind_get_name (kind)
                                                                 : herald_account_get_kind (account), -1);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = herald_color_dot_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  herald_color_dot_set_color (HERALD_COLOR_DOT (dot), herald_account_get_color (account));
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  /* The platform's icon where the theme has one; its name in any case. */
  if (icon_name != NULL && gtk_icon_theme_has_icon (theme, icon_name))
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_set_name (row, herald_record_get_id (HERALD_RECORD (account)));

  g_ptr_array_add (self->account_checks, check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (account_toggled_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static void
fill_accounts (HeraldCampaignDialog *self)
{
  g_autoptr (GError) error = NULL;

  self->accounts = herald_store_list_accounts (self->store, &error);
  if (self->accounts == NULL)
    {
      g_warning ("Could not read the accounts: %s", error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (self->accounts, i);

      adw_preferences_group_add (self->accounts_group, make_account_row (self, account));
    }
  if (g_list_model_get_n_items (self->accounts) == 0)
    adw_preferences_group_set_description (self->accounts_group,
                                           _("No accounts yet: add them on the Accounts page."));
}

/* KPI rows */

static guint
metric_index (HeraldCampaignDialog *self,
              const char           *metric)
{
  for (guint i = 0; i < self->metrics->len; i++)
    if (g_str_equal (self->metrics->pdata[i], metric))
      return i;

  g_ptr_array_add (self->metrics, g_strdup (metric));
  gtk_string_list_append (self->metric_names, herald_metric_get_label (metric));
  return self->metrics->len - 1;
}

static const char *
row_metric (KpiRow *row)
{
  guint i = gtk_drop_down_get_selected (row->metric);

  return i < row->self->metrics->len ? row->self->metrics->pdata[i] : NULL;
}

/* The scope's name, for messages: "All accounts" or the account's. */
static const char *
row_scope_name (KpiRow *row)
{
  HeraldAccount *account = row->account_id != NULL ? find_account (row->self, row->account_id, NULL) : NULL;

  return account != NULL ? herald_account_get_name (account) : _("All accounts");
}

/* The choices are the whole campaign and the accounts ticked; an account
 * no longer ticked stays on the row it was chosen for, marked, so that
 * saving can say so rather than change the KPI behind the user's back. */
static void
fill_scope (KpiRow *row)
{
  HeraldCampaignDialog *self = row->self;
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (row->scope_ids, 0);
  /* Translators: a KPI's scope: the whole campaign, over all its accounts */
  gtk_string_list_append (names, C_("kpi scope", "Overall"));
  g_ptr_array_add (row->scope_ids, NULL);

  for (guint i = 0; self->accounts != NULL && i < g_list_model_get_n_items (self->accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (self->accounts, i);
      const char *id = herald_record_get_id (HERALD_RECORD (account));
      gboolean chosen = g_strcmp0 (id, row->account_id) == 0;

      if (!gtk_check_button_get_active (self->account_checks->pdata[i]) && !chosen)
        continue;

      if (chosen)
        selected = row->scope_ids->len;
      if (gtk_check_button_get_active (self->account_checks->pdata[i]))
        gtk_string_list_append (names, herald_account_get_name (account));
      else
        {
          /* Translators: a KPI's scope whose account is not ticked under Accounts */
          g_autofree char *name = g_strdup_printf (_("%s (not in the campaign)"), herald_account_get_name (account));

          gtk_string_list_append (names, name);
        }
      g_ptr_array_add (row->scope_ids, g_strdup (id));
    }

  row->filling = TRUE;
  gtk_drop_down_set_model (row->scope, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (row->scope, selected);
  row->filling = FALSE;
}

static void
scope_selected_cb (GtkDropDown *scope,
                   GParamSpec  *pspec,
                   KpiRow      *row)
{
  guint i = gtk_drop_down_get_selected (scope);

  if (row->filling || i >= row->scope_ids->len)
    return;

  g_free (row->account_id);
  row->account_id = g_strdup (row->scope_ids->pdata[i]);
  gtk_widget_remove_css_class (row->row, "error");
}

static void
metric_selected_cb (GtkDropDown *metric,
                    GParamSpec  *pspec,
                    KpiRow      *row)
{
  const char *id = row_metric (row);
  gboolean rate = id != NULL && herald_metric_is_rate (id);

  /* Rates (0.35 for 35 %) need decimals and small steps; counts do not. */
  gtk_spin_button_set_digits (row->target, rate ? 2 : 0);
  gtk_spin_button_set_increments (row->target, rate ? 0.01 : 100, rate ? 0.1 : 1000);
  gtk_widget_remove_css_class (row->row, "error");
}

static void
target_changed_cb (KpiRow *row)
{
  gtk_widget_remove_css_class (row->row, "error");
}

static void
kpi_row_free (KpiRow *row)
{
  g_free (row->kpi_id);
  g_free (row->account_id);
  g_ptr_array_unref (row->scope_ids);
  g_free (row);
}

static void
remove_kpi_row (KpiRow *row)
{
  HeraldCampaignDialog *self = row->self;

  adw_preferences_group_remove (self->targets_group, row->row);
  g_ptr_array_remove (self->kpi_rows, row);
}

static void
remove_clicked_cb (GtkButton *button,
                   KpiRow    *row)
{
  remove_kpi_row (row);
}

static KpiRow *
add_kpi_row (HeraldCampaignDialog *self,
             const char           *kpi_id,
             const char           *metric,
             const char           *account_id,
             double                target)
{
  KpiRow *row = g_new0 (KpiRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkAdjustment *adjustment = gtk_adjustment_new (0, 0, 1e10, 100, 1000, 0);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  row->self = self;
  row->kpi_id = g_strdup (kpi_id);
  row->account_id = g_strdup (account_id);
  row->scope_ids = g_ptr_array_new_with_free_func (g_free);
  row->row = adw_preferences_row_new ();
  row->metric = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->metric_names)), NULL));
  row->scope = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  row->target = GTK_SPIN_BUTTON (gtk_spin_button_new (adjustment, 100, 0));

  gtk_drop_down_set_selected (row->metric, metric_index (self, metric));
  gtk_widget_set_hexpand (GTK_WIDGET (row->scope), TRUE);
  gtk_spin_button_set_numeric (row->target, TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (row->target), 140, -1);
  gtk_widget_set_tooltip_text (remove, _("Remove KPI"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->metric), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Metric"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->scope), GTK_ACCESSIBLE_PROPERTY_LABEL, C_("kpi", "Scope"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->target), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Target"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove KPI"), -1);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->metric));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->scope));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->target));
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row->row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), _("KPI"));

  fill_scope (row);
  metric_selected_cb (row->metric, NULL, row);
  gtk_spin_button_set_value (row->target, target);

  g_signal_connect (row->metric, "notify::selected", G_CALLBACK (metric_selected_cb), row);
  g_signal_connect (row->scope, "notify::selected", G_CALLBACK (scope_selected_cb), row);
  g_signal_connect_swapped (row->target, "value-changed", G_CALLBACK (target_changed_cb), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), row);

  g_ptr_array_add (self->kpi_rows, row);
  adw_preferences_group_add (self->targets_group, row->row);
  return row;
}

static void
campaign_dialog_add_kpi_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  HeraldCampaignDialog *self = HERALD_CAMPAIGN_DIALOG (widget);
  KpiRow *row;

  /* The first metric without an overall target yet, else views. */
  const char *metric = kpi_metrics[0];

  for (guint m = 0; m < G_N_ELEMENTS (kpi_metrics); m++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < self->kpi_rows->len && !taken; i++)
        {
          KpiRow *other = self->kpi_rows->pdata[i];

          taken = other->account_id == NULL && g_strcmp0 (row_metric (other), kpi_metrics[m]) == 0;
        }
      if (!taken)
        {
          metric = kpi_metrics[m];
          break;
        }
    }

  row = add_kpi_row (self, NULL, metric, NULL, 0);
  gtk_widget_grab_focus (GTK_WIDGET (row->target));
}

/* Checking and saving */

static void
refuse_row (HeraldCampaignDialog *self,
            KpiRow               *row,
            GtkWidget            *focus,
            const char           *message)
{
  gtk_widget_add_css_class (row->row, "error");
  show_error (self, message);
  gtk_widget_grab_focus (focus);
}

/* Every target above 0, on an account ticked, once per metric and scope. */
static gboolean
check_kpis (HeraldCampaignDialog *self)
{
  for (guint i = 0; i < self->kpi_rows->len; i++)
    {
      KpiRow *row = self->kpi_rows->pdata[i];
      const char *metric = row_metric (row);
      g_autofree char *message = NULL;

      gtk_spin_button_update (row->target);
      if (gtk_spin_button_get_value (row->target) <= 0)
        {
          /* Translators: a KPI's metric and scope, "Views" and "All accounts" or an account */
          message = g_strdup_printf (_("The target of %s (%s) must be more than 0, or remove the KPI"),
                                     herald_metric_get_label (metric), row_scope_name (row));
          refuse_row (self, row, GTK_WIDGET (row->target), message);
          return FALSE;
        }

      if (row->account_id != NULL && !account_included (self, row->account_id))
        {
          /* Translators: a KPI's metric and its account */
          message = g_strdup_printf (_("%s (%s): the account is not in the campaign — tick it under Accounts or choose another scope"),
                                     herald_metric_get_label (metric), row_scope_name (row));
          refuse_row (self, row, GTK_WIDGET (row->scope), message);
          return FALSE;
        }

      for (guint j = 0; j < i; j++)
        {
          KpiRow *other = self->kpi_rows->pdata[j];

          if (g_strcmp0 (row_metric (other), metric) == 0 && g_strcmp0 (other->account_id, row->account_id) == 0)
            {
              /* Translators: a KPI's metric and scope */
              message = g_strdup_printf (_("%s (%s) has two targets: keep one"),
                                         herald_metric_get_label (metric), row_scope_name (row));
              refuse_row (self, row, GTK_WIDGET (row->metric), message);
              return FALSE;
            }
        }
    }

  return TRUE;
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
  g_autoptr (GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr (GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) account_ids = g_ptr_array_new ();

  if (!herald_store_save_campaign (store, op->campaign, error))
    return FALSE;
  campaign_id = herald_record_get_id (HERALD_RECORD (op->campaign));

  for (guint i = 0; self->accounts != NULL && i < g_list_model_get_n_items (self->accounts); i++)
    if (gtk_check_button_get_active (self->account_checks->pdata[i]))
      {
        g_autoptr (HeraldAccount) account = g_list_model_get_item (self->accounts, i);

        g_ptr_array_add (account_ids, (gpointer) herald_record_get_id (HERALD_RECORD (account)));
      }
  g_ptr_array_add (account_ids, NULL);
  if (!herald_store_set_campaign_accounts (store, campaign_id, (const char * const *) account_ids->pdata, error))
    return FALSE;

  kpis = herald_store_list_kpis (store, campaign_id, error);
  if (kpis == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      HeraldKpi *kpi = g_list_model_get_item (kpis, i);

      g_hash_table_insert (stored, (gpointer) herald_record_get_id (HERALD_RECORD (kpi)), kpi);
    }

  for (guint i = 0; i < self->kpi_rows->len; i++)
    {
      KpiRow *row = self->kpi_rows->pdata[i];
      HeraldKpi *existing = row->kpi_id != NULL ? g_hash_table_lookup (stored, row->kpi_id) : NULL;
      g_autoptr (HeraldKpi) kpi = existing != NULL ? g_object_ref (existing)
                                                   : herald_kpi_new (campaign_id, row_metric (row), 0);

      herald_kpi_set_metric (kpi, row_metric (row));
      herald_kpi_set_account_id (kpi, row->account_id);
      herald_kpi_set_target (kpi, gtk_spin_button_get_value (row->target));
      if (!herald_store_save_kpi (store, kpi, error))
        return FALSE;
      if (existing != NULL)
        g_hash_table_add (kept, (gpointer) herald_record_get_id (HERALD_RECORD (existing)));
    }

  /* The KPIs removed here go to the bin; those the dialog did not show
   * (on an account in the bin) stay as they are. */
  for (guint i = 0; i < self->shown_kpi_ids->len; i++)
    {
      const char *id = self->shown_kpi_ids->pdata[i];

      if (!g_hash_table_contains (kept, id) && g_hash_table_contains (stored, id) &&
          !herald_store_delete (store, HERALD_RECORD_KPI, id, error))
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

  adw_banner_set_revealed (self->error_banner, FALSE);
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
  if (!check_kpis (self))
    return;

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
  const char *campaign_id = herald_record_get_id (HERALD_RECORD (campaign));
  g_autoptr (GListModel) kpis = NULL;
  g_autoptr (GListModel) members = NULL;
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

  members = herald_store_list_campaign_accounts (self->store, campaign_id, &error);
  if (members == NULL)
    {
      g_warning ("Could not read the campaign's accounts: %s", error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (members, i);

      herald_campaign_dialog_set_account_included (self, herald_record_get_id (HERALD_RECORD (account)), TRUE);
    }

  kpis = herald_store_list_kpis (self->store, campaign_id, &error);
  if (kpis == NULL)
    {
      g_warning ("Could not read the campaign's KPIs: %s", error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr (HeraldKpi) kpi = g_list_model_get_item (kpis, i);
      const char *account_id = herald_kpi_get_account_id (kpi);
      const char *id = herald_record_get_id (HERALD_RECORD (kpi));

      if (account_id != NULL && *account_id == '\0')
        account_id = NULL;
      /* A KPI on an account in the bin is left alone. */
      if (account_id != NULL && find_account (self, account_id, NULL) == NULL)
        continue;
      /* A KPI on an account says the account takes part, as campaigns
       * made before accounts were chosen have it. */
      if (account_id != NULL)
        herald_campaign_dialog_set_account_included (self, account_id, TRUE);

      add_kpi_row (self, id, herald_kpi_get_metric (kpi), account_id, herald_kpi_get_target (kpi));
      g_ptr_array_add (self->shown_kpi_ids, g_strdup (id));
    }
}

static void
herald_campaign_dialog_constructed (GObject *object)
{
  HeraldCampaignDialog *self = HERALD_CAMPAIGN_DIALOG (object);

  G_OBJECT_CLASS (herald_campaign_dialog_parent_class)->constructed (object);

  g_assert (HERALD_IS_STORE (self->store));

  fill_accounts (self);
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
  g_clear_object (&self->accounts);

  G_OBJECT_CLASS (herald_campaign_dialog_parent_class)->dispose (object);
}

static void
herald_campaign_dialog_finalize (GObject *object)
{
  HeraldCampaignDialog *self = HERALD_CAMPAIGN_DIALOG (object);

  g_ptr_array_unref (self->account_checks);
  g_ptr_array_unref (self->metrics);
  g_clear_object (&self->metric_names);
  g_ptr_array_unref (self->kpi_rows);
  g_ptr_array_unref (self->shown_kpi_ids);

  G_OBJECT_CLASS (herald_campaign_dialog_parent_class)->finalize (object);
}

static void
herald_campaign_dialog_class_init (HeraldCampaignDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = herald_campaign_dialog_constructed;
  object_class->dispose = herald_campaign_dialog_dispose;
  object_class->finalize = herald_campaign_dialog_finalize;
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
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, goal_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, starts_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, ends_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, color_button);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldCampaignDialog, targets_group);
  gtk_widget_class_bind_template_callback (widget_class, name_row_changed_cb);

  gtk_widget_class_install_action (widget_class, "campaign-dialog.save", NULL, campaign_dialog_save_action);
  gtk_widget_class_install_action (widget_class, "campaign-dialog.cancel", NULL, campaign_dialog_cancel_action);
  gtk_widget_class_install_action (widget_class, "campaign-dialog.add-kpi", NULL, campaign_dialog_add_kpi_action);
}

static void
herald_campaign_dialog_init (HeraldCampaignDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->account_checks = g_ptr_array_new ();
  self->metrics = g_ptr_array_new_with_free_func (g_free);
  self->metric_names = gtk_string_list_new (NULL);
  self->kpi_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kpi_row_free);
  self->shown_kpi_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint m = 0; m < G_N_ELEMENTS (kpi_metrics); m++)
    metric_index (self, kpi_metrics[m]);
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
 * @metric: a metric, "views"
 * @target: the target over all the campaign's accounts; 0 for none
 *
 * Sets the overall target of @metric as the user would: on its row, on a
 * row added for it, or, for 0, by removing its row.
 */
void
herald_campaign_dialog_set_target (HeraldCampaignDialog *self,
                                   const char           *metric,
                                   double                target)
{
  g_return_if_fail (HERALD_IS_CAMPAIGN_DIALOG (self));
  g_return_if_fail (metric != NULL);

  for (guint i = 0; i < self->kpi_rows->len; i++)
    {
      KpiRow *row = self->kpi_rows->pdata[i];

      if (row->account_id == NULL && g_strcmp0 (row_metric (row), metric) == 0)
        {
          if (target > 0)
            gtk_spin_button_set_value (row->target, target);
          else
            remove_kpi_row (row);
          return;
        }
    }

  if (target > 0)
    add_kpi_row (self, NULL, metric, NULL, target);
}

/**
 * herald_campaign_dialog_set_account_included:
 * @self: a #HeraldCampaignDialog
 * @account_id: an account
 * @included: whether the campaign runs on it
 *
 * Ticks or unticks the account, as the user would.
 */
void
herald_campaign_dialog_set_account_included (HeraldCampaignDialog *self,
                                             const char           *account_id,
                                             gboolean              included)
{
  guint i;

  g_return_if_fail (HERALD_IS_CAMPAIGN_DIALOG (self));
  g_return_if_fail (account_id != NULL);

  if (find_account (self, account_id, &i) != NULL)
    gtk_check_button_set_active (self->account_checks->pdata[i], included);
}
