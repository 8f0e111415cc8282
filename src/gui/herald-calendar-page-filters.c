/* herald-calendar-page-filters.c — the calendar page's filter menu
 *
 * Check items for statuses and campaigns: checking some shows only posts
 * in them, checking none shows all.  Accounts are filtered by the
 * sidebar's checks.  The page keeps the same filter on its post query and
 * on the month view's summary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-calendar-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-calendar-page-private.h"
#include "herald-post-status-names.h"

void
herald_calendar_page_update_filter (HeraldCalendarPage *self)
{
  g_autoptr (GStrvBuilder) accounts = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) campaigns = g_strv_builder_new ();
  g_auto (GStrv) account_ids = NULL;
  g_auto (GStrv) campaign_ids = NULL;
  gboolean all_accounts = TRUE, any_campaign = FALSE;
  guint n;

  if (self->query == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->accounts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (G_LIST_MODEL (self->accounts), i);

      if (herald_account_get_visible (account))
        g_strv_builder_add (accounts, herald_record_get_id (HERALD_RECORD (account)));
      else
        all_accounts = FALSE;
    }
  account_ids = g_strv_builder_end (accounts);

  n = self->campaigns != NULL ? g_list_model_get_n_items (self->campaigns) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldRecord) campaign = g_list_model_get_item (self->campaigns, i);
      g_autofree char *name = g_strconcat ("campaign-", herald_record_get_id (campaign), NULL);
      g_autoptr (GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self->filters), name);

      if (state != NULL && g_variant_get_boolean (state))
        {
          g_strv_builder_add (campaigns, herald_record_get_id (campaign));
          any_campaign = TRUE;
        }
    }
  campaign_ids = g_strv_builder_end (campaigns);

  herald_post_query_set_filter (self->query,
                                all_accounts ? NULL : (const char * const *) account_ids,
                                any_campaign ? (const char * const *) campaign_ids : NULL,
                                self->statuses);
  herald_month_summary_set_filter (self->summary,
                                   all_accounts ? NULL : (const char * const *) account_ids,
                                   any_campaign ? (const char * const *) campaign_ids : NULL,
                                   self->statuses);

  if (any_campaign || self->statuses != 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filter-active");
}

static void
status_filter_change_state_cb (GSimpleAction      *action,
                               GVariant           *state,
                               HeraldCalendarPage *self)
{
  guint status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (action), "herald-status"));

  g_simple_action_set_state (action, state);
  if (g_variant_get_boolean (state))
    self->statuses |= 1u << status;
  else
    self->statuses &= ~(1u << status);

  herald_calendar_page_update_filter (self);
}

static void
campaign_filter_change_state_cb (GSimpleAction      *action,
                                 GVariant           *state,
                                 HeraldCalendarPage *self)
{
  g_simple_action_set_state (action, state);
  herald_calendar_page_update_filter (self);
}

static void
clear_filters_cb (GSimpleAction      *action,
                  GVariant           *param,
                  HeraldCalendarPage *self)
{
  g_auto (GStrv) names = g_action_group_list_actions (G_ACTION_GROUP (self->filters));

  for (guint i = 0; names[i] != NULL; i++)
    {
      GAction *filter = g_action_map_lookup_action (G_ACTION_MAP (self->filters), names[i]);

      if (g_action_get_state_type (filter) != NULL)
        g_simple_action_set_state (G_SIMPLE_ACTION (filter), g_variant_new_boolean (FALSE));
    }
  self->statuses = 0;

  herald_calendar_page_update_filter (self);
}

/* The menu lists the statuses, then the campaigns the store has now. */
static void
build_filter_menu (HeraldCalendarPage *self)
{
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenu) statuses = g_menu_new ();
  g_autoptr (GMenu) campaigns = g_menu_new ();
  g_autoptr (GMenu) clear = g_menu_new ();
  g_auto (GStrv) names = g_action_group_list_actions (G_ACTION_GROUP (self->filters));
  g_autoptr (GError) error = NULL;
  guint n;

  for (guint s = 0; s < HERALD_N_POST_STATUSES; s++)
    {
      g_autofree char *label = g_strdup_printf ("%s  %s", herald_post_status_get_glyph (s),
                                                herald_post_status_get_label (s));
      g_autofree char *action = g_strdup_printf ("filter.status-%s", herald_post_status_to_string (s));

      g_menu_append (statuses, label, action);
    }
  g_menu_append_section (menu, _("Status"), G_MENU_MODEL (statuses));

  /* Campaigns that went keep no action; those that stay keep their check. */
  g_clear_object (&self->campaigns);
  if (self->store != NULL)
    self->campaigns = herald_store_list_campaigns (self->store, FALSE, &error);
  if (error != NULL)
    g_warning ("Could not read the campaigns: %s", error->message);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], "campaign-"))
      {
        gboolean found = FALSE;

        n = self->campaigns != NULL ? g_list_model_get_n_items (self->campaigns) : 0;
        for (guint c = 0; c < n && !found; c++)
          {
            g_autoptr (HeraldRecord) campaign = g_list_model_get_item (self->campaigns, c);

            found = g_str_equal (names[i] + strlen ("campaign-"), herald_record_get_id (campaign));
          }
        if (!found)
          g_action_map_remove_action (G_ACTION_MAP (self->filters), names[i]);
      }

  n = self->campaigns != NULL ? g_list_model_get_n_items (self->campaigns) : 0;
  for (guint c = 0; c < n; c++)
    {
      g_autoptr (HeraldCampaign) campaign = g_list_model_get_item (self->campaigns, c);
      g_autofree char *name = g_strconcat ("campaign-", herald_record_get_id (HERALD_RECORD (campaign)), NULL);
      g_autofree char *action = g_strconcat ("filter.", name, NULL);

      if (g_action_map_lookup_action (G_ACTION_MAP (self->filters), name) == NULL)
        {
          g_autoptr (GSimpleAction) filter = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (FALSE));

          g_signal_connect (filter, "change-state", G_CALLBACK (campaign_filter_change_state_cb), self);
          g_action_map_add_action (G_ACTION_MAP (self->filters), G_ACTION (filter));
        }
      g_menu_append (campaigns, herald_campaign_get_name (campaign), action);
    }
  if (n > 0)
    g_menu_append_section (menu, _("Campaign"), G_MENU_MODEL (campaigns));

  g_menu_append (clear, _("_Show All Posts"), "filter.clear");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clear));

  gtk_menu_button_set_menu_model (self->filter_button, G_MENU_MODEL (menu));
}

/* The menu is made when it is first opened, not at start-up. */
static void
filter_button_create_popup_cb (GtkMenuButton *button,
                               gpointer       user_data)
{
  HeraldCalendarPage *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    build_filter_menu (self);
}

void
herald_calendar_page_rebuild_filter_menu (HeraldCalendarPage *self)
{
  if (gtk_menu_button_get_menu_model (self->filter_button) != NULL)
    build_filter_menu (self);
}

void
herald_calendar_page_init_filters (HeraldCalendarPage *self)
{
  g_autoptr (GSimpleAction) clear = g_simple_action_new ("clear", NULL);

  self->filters = g_simple_action_group_new ();

  for (guint s = 0; s < HERALD_N_POST_STATUSES; s++)
    {
      g_autofree char *name = g_strdup_printf ("status-%s", herald_post_status_to_string (s));
      g_autoptr (GSimpleAction) filter = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (FALSE));

      g_object_set_data (G_OBJECT (filter), "herald-status", GUINT_TO_POINTER (s));
      g_signal_connect (filter, "change-state", G_CALLBACK (status_filter_change_state_cb), self);
      g_action_map_add_action (G_ACTION_MAP (self->filters), G_ACTION (filter));
    }

  g_signal_connect (clear, "activate", G_CALLBACK (clear_filters_cb), self);
  g_action_map_add_action (G_ACTION_MAP (self->filters), G_ACTION (clear));

  gtk_widget_insert_action_group (GTK_WIDGET (self), "filter", G_ACTION_GROUP (self->filters));
  gtk_menu_button_set_create_popup_func (self->filter_button, filter_button_create_popup_cb, self, NULL);
}
