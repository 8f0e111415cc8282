/* herald-drafts-page.c — the ideas and drafts not yet scheduled
 *
 * The posts still being written, grouped by status (idea, draft, review,
 * approved), newest first within each; activating one opens it in the
 * editor.  The list follows the store's `changed` signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-drafts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-color-dot.h"
#include "herald-drafts-page.h"
#include "herald-post-status-names.h"

struct _HeraldDraftsPage
{
  AdwBin          parent_instance;

  HeraldStore    *store;
  GListModel     *drafts;
  GHashTable     *account_names;  /* id → name */
  GHashTable     *account_colors; /* id → colour */
  gboolean        stale;          /* changed while off screen */

  GtkStack       *stack;
  GtkListBox     *list;
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

static int
group_of (HeraldPost *post)
{
  return herald_post_get_status (post);
}

static int
compare_drafts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  HeraldPost *post_a = (HeraldPost *) a;
  HeraldPost *post_b = (HeraldPost *) b;
  gint64 updated_a, updated_b;

  if (group_of (post_a) != group_of (post_b))
    return group_of (post_a) - group_of (post_b);

  updated_a = herald_record_get_updated_at (HERALD_RECORD (post_a));
  updated_b = herald_record_get_updated_at (HERALD_RECORD (post_b));
  return updated_a < updated_b ? 1 : updated_a > updated_b ? -1 : 0;
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
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data_full (G_OBJECT (row), "post-id",
                          g_strdup (herald_record_get_id (HERALD_RECORD (post))), g_free);
  g_object_set_data (G_OBJECT (row), "group", GINT_TO_POINTER (group_of (post)));

  return row;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  int group = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "group"));
  GtkWidget *header;
  g_autofree char *text = NULL;

  if (before != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), "group")) == group)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  text = g_strdup_printf ("%s %s", herald_post_status_get_glyph (group), herald_post_status_get_label (group));
  header = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_add_css_class (header, "heading");
  gtk_list_box_row_set_header (row, header);
}

static void
reload (HeraldDraftsPage *self)
{
  g_autoptr (GListModel) drafts = NULL;
  g_autoptr (GListStore) sorted = g_list_store_new (HERALD_TYPE_POST);
  g_autoptr (GError) error = NULL;

  if (self->store != NULL)
    {
      drafts = herald_store_list_drafts (self->store, &error);
      if (drafts == NULL)
        g_warning ("Could not list the drafts: %s", error->message);
      read_accounts (self);
    }

  for (guint i = 0; drafts != NULL && i < g_list_model_get_n_items (drafts); i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (drafts, i);

      g_list_store_insert_sorted (sorted, post, compare_drafts, NULL);
    }

  g_set_object (&self->drafts, G_LIST_MODEL (sorted));
  gtk_list_box_bind_model (self->list, self->drafts, create_row, self, NULL);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (self->drafts) > 0 ? "list" : "empty");
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
  gtk_widget_class_bind_template_child (widget_class, HeraldDraftsPage, list);
  gtk_widget_class_bind_template_callback (widget_class, list_row_activated_cb);
}

static void
herald_drafts_page_init (HeraldDraftsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->account_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->account_colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_list_box_set_header_func (self->list, header_func, NULL, NULL);
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

GtkListBox *
herald_drafts_page_get_list (HeraldDraftsPage *self)
{
  g_return_val_if_fail (HERALD_IS_DRAFTS_PAGE (self), NULL);

  return self->list;
}
