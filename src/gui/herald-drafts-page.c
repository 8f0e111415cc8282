/* herald-drafts-page.c — the ideas and drafts not yet scheduled
 *
 * The posts still being written, as a board with a column per stage
 * (idea, draft, review, approved), newest first within each; activating
 * one opens it in the editor.  The board follows the store's `changed`
 * signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-drafts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-color-dot.h"
#include "herald-drafts-page.h"
#include "herald-post-status-names.h"

/* Idea, draft, review, approved, and scheduled for the odd post that is
 * scheduled without a time. */
#define N_STAGES (HERALD_POST_STATUS_SCHEDULED + 1)

struct _HeraldDraftsPage
{
  AdwBin          parent_instance;

  HeraldStore    *store;
  GListModel     *drafts;
  GHashTable     *account_names;  /* id → name */
  GHashTable     *account_colors; /* id → colour */
  gboolean        stale;          /* changed while off screen */

  GtkStack       *stack;
  GtkBox         *board;

  GtkWidget      *columns[N_STAGES];
  GtkLabel       *headings[N_STAGES];
  GtkListBox     *lists[N_STAGES];
};

G_DEFINE_FINAL_TYPE (HeraldDraftsPage, herald_drafts_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
read_accounts (HeraldDraftsPage *self)
{
  g_autoptr (GListModel) accounts = NULL;
  g_autoptr (GError) error = NULL;

  g_hash_table_remove_all (self->account_names);
  g_hash_table_remove_all (self->account_colors);

  accounts = herald_store_list_accounts (self->store, &error);
  if (accounts == NULL)
    {
      g_warning ("Could not list the accounts: %s", error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (accounts, i);
      const char *id = herald_record_get_id (HERALD_RECORD (account));

      g_hash_table_insert (self->account_names, g_strdup (id), g_strdup (herald_account_get_name (account)));
      g_hash_table_insert (self->account_colors, g_strdup (id), g_strdup (herald_account_get_color (account)));
    }
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  HeraldDraftsPage *self = user_data;
  HeraldPost *post = item;
  const char *account_id = herald_post_get_account_id (post);
  const char *title = herald_post_get_title (post);
  const char *body = herald_post_get_body (post);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = herald_color_dot_new ();
  g_autoptr (GDateTime) changed = g_date_time_new_from_unix_local (herald_record_get_updated_at (HERALD_RECORD (post)));
  /* Translators: when a draft was last changed; see the strftime manual.
   * Chinese: "%-m月%-d日 %H:%M" */
  g_autofree char *when = g_date_time_format (changed, C_("draft changed", "%b %-d %H:%M"));
  g_autofree char *subtitle = NULL;
  g_autofree char *snippet = NULL;

  if (*title == '\0' && *body != '\0')
    {
      /* An untitled draft shows how its body starts. */
      snippet = g_utf8_substring (body, 0, MIN (g_utf8_strlen (body, -1), 30));
      g_strdelimit (snippet, "\n", ' ');
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 *title != '\0' ? title : snippet != NULL ? snippet : _("Untitled"));
  /* Translators: an account's name, then when a draft was changed */
  subtitle = g_strdup_printf (_("%s · changed %s"),
                              (const char *) g_hash_table_lookup (self->account_names, account_id), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  herald_color_dot_set_color (HERALD_COLOR_DOT (dot), g_hash_table_lookup (self->account_colors, account_id));
  gtk_widget_set_size_request (dot, 12, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);

  g_object_set_data_full (G_OBJECT (row), "post-id",
                          g_strdup (herald_record_get_id (HERALD_RECORD (post))), g_free);

  return row;
}

static void
reload (HeraldDraftsPage *self)
{
  g_autoptr (GListModel) drafts = NULL;
  g_autoptr (GError) error = NULL;
  GListStore *stages[N_STAGES];
  guint n_drafts;

  if (self->store != NULL)
    {
      drafts = herald_store_list_drafts (self->store, &error);
      if (drafts == NULL)
        g_warning ("Could not list the drafts: %s", error->message);
      read_accounts (self);
    }

  for (guint i = 0; i < N_STAGES; i++)
    stages[i] = g_list_store_new (HERALD_TYPE_POST);

  /* Newest first, as the store lists them. */
  n_drafts = drafts != NULL ? g_list_model_get_n_items (drafts) : 0;
  for (guint i = 0; i < n_drafts; i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (drafts, i);
      HeraldPostStatus status = herald_post_get_status (post);

      if (status < N_STAGES)
        g_list_store_append (stages[status], post);
    }

  for (guint i = 0; i < N_STAGES; i++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (stages[i]));
      g_autofree char *heading = g_strdup_printf ("%s %s  %u", herald_post_status_get_glyph (i),
                                                  herald_post_status_get_label (i), n);

      gtk_label_set_label (self->headings[i], heading);
      gtk_list_box_bind_model (self->lists[i], G_LIST_MODEL (stages[i]), create_row, self, NULL);
      /* The four stages always show; scheduled only with a post in it. */
      gtk_widget_set_visible (self->columns[i], i < HERALD_POST_STATUS_SCHEDULED || n > 0);
      g_object_unref (stages[i]);
    }

  gtk_stack_set_visible_child_name (self->stack, n_drafts > 0 ? "list" : "empty");
}

static void
store_changed_cb (HeraldDraftsPage *self,
                  HeraldRecordKind  kind)
{
  if (kind != HERALD_RECORD_POST && kind != HERALD_RECORD_ACCOUNT)
    return;

  /* The editor saves every second while someone types; off screen, the
   * list is read again only when it is shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->stale = TRUE;
}

static void
list_row_activated_cb (HeraldDraftsPage *self,
                       GtkListBoxRow    *row)
{
  const char *post_id = g_object_get_data (G_OBJECT (row), "post-id");

  if (post_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-post", "s", post_id);
}

static void
set_store (HeraldDraftsPage *self,
           HeraldStore      *store)
{
  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
herald_drafts_page_map (GtkWidget *widget)
{
  HeraldDraftsPage *self = HERALD_DRAFTS_PAGE (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      reload (self);
    }

  GTK_WIDGET_CLASS (herald_drafts_page_parent_class)->map (widget);
}

static void
herald_drafts_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HeraldDraftsPage *self = HERALD_DRAFTS_PAGE (object);

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
herald_drafts_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HeraldDraftsPage *self = HERALD_DRAFTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_drafts_page_dispose (GObject *object)
{
  HeraldDraftsPage *self = HERALD_DRAFTS_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_DRAFTS_PAGE);
  g_clear_object (&self->drafts);
  g_clear_object (&self->store);
  g_clear_pointer (&self->account_names, g_hash_table_unref);
  g_clear_pointer (&self->account_colors, g_hash_table_unref);

  G_OBJECT_CLASS (herald_drafts_page_parent_class)->dispose (object);
}

static void
herald_drafts_page_class_init (HeraldDraftsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_drafts_page_dispose;
  object_class->get_property = herald_drafts_page_get_property;
  object_class->set_property = herald_drafts_page_set_property;
  widget_class->map = herald_drafts_page_map;

  /**
   * HeraldDraftsPage:store:
   *
   * The open database, or %NULL.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HERALD_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-drafts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldDraftsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldDraftsPage, board);
}

static void
herald_drafts_page_init (HeraldDraftsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->account_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->account_colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < N_STAGES; i++)
    {
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *heading = gtk_label_new (NULL);
      GtkWidget *list = gtk_list_box_new ();
      GtkWidget *empty = gtk_label_new (_("Nothing here"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_start (heading, 6);
      gtk_box_append (GTK_BOX (column), heading);

      gtk_widget_add_css_class (empty, "dim-label");
      gtk_widget_set_margin_top (empty, 12);
      gtk_widget_set_margin_bottom (empty, 12);
      gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_set_valign (list, GTK_ALIGN_START);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, herald_post_status_get_label (i),
                                      -1);
      g_signal_connect_object (list, "row-activated", G_CALLBACK (list_row_activated_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (column), list);

      gtk_box_append (self->board, column);
      self->columns[i] = column;
      self->headings[i] = GTK_LABEL (heading);
      self->lists[i] = GTK_LIST_BOX (list);
    }

  reload (self);
}

AdwToolbarView *
herald_drafts_page_get_toolbar_view (HeraldDraftsPage *self)
{
  g_return_val_if_fail (HERALD_IS_DRAFTS_PAGE (self), NULL);

  /* The page's only child; not a template child, which AdwBin would
   * unparent a second time. */
  return ADW_TOOLBAR_VIEW (adw_bin_get_child (ADW_BIN (self)));
}

/*
 * herald_drafts_page_get_column:
 * @self: a #HeraldDraftsPage
 * @status: a stage, from idea to scheduled
 *
 * Returns: (transfer none): the list of the posts at that stage
 */
GtkListBox *
herald_drafts_page_get_column (HeraldDraftsPage *self,
                               HeraldPostStatus  status)
{
  g_return_val_if_fail (HERALD_IS_DRAFTS_PAGE (self), NULL);
  g_return_val_if_fail (status < N_STAGES, NULL);

  return self->lists[status];
}
