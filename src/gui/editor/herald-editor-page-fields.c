/* herald-editor-page-fields.c — the editor's fields: filled from the post,
 * written back into it, and what each one offers (posting times, the
 * digest of 公众号 articles, attachments within the platform's limit)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-editor-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-color-dot.h"
#include "herald-editor-page-private.h"
#include "herald-post-status-names.h"
#include "herald-slots.h"

/* Account and campaign pickers */

static void
account_item_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *dot = herald_color_dot_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *kind = gtk_label_new (NULL);

  gtk_widget_set_size_request (dot, 12, -1);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_list_item_set_child (item, box);
}

static void
account_item_bind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  HeraldAccount *account = gtk_list_item_get_item (item);
  GtkWidget *dot = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *icon = gtk_widget_get_next_sibling (dot);
  GtkWidget *name = gtk_widget_get_next_sibling (icon);
  GtkWidget *kind_label = gtk_widget_get_next_sibling (name);
  HeraldChannelKind *kind = herald_channel_kinds_lookup (herald_account_get_kind (account));
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (dot));
  const char *icon_name = kind != NULL ? herald_channel_kind_get_icon_name (kind) : NULL;

  herald_color_dot_set_color (HERALD_COLOR_DOT (dot), herald_account_get_color (account));
  /* The platform's icon where the theme has one; its name in any case. */
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), icon_name);
  gtk_widget_set_visible (icon, icon_name != NULL && gtk_icon_theme_has_icon (theme, icon_name));
  gtk_label_set_label (GTK_LABEL (name), herald_account_get_name (account));
  gtk_label_set_label (GTK_LABEL (kind_label),
                       kind != NULL ? herald_channel_kind_get_name (kind) : herald_account_get_kind (account));
}

HeraldAccount *
herald_editor_page_get_account (HeraldEditorPage *self)
{
  gpointer item = adw_combo_row_get_selected_item (self->account_row);

  return HERALD_IS_ACCOUNT (item) ? item : NULL;
}

HeraldChannelKind *
herald_editor_page_get_kind (HeraldEditorPage *self)
{
  HeraldAccount *account = herald_editor_page_get_account (self);

  return account != NULL ? herald_channel_kinds_lookup (herald_account_get_kind (account)) : NULL;
}

static void
select_account (HeraldEditorPage *self)
{
  guint position;

  if (herald_account_list_find (self->accounts, herald_post_get_account_id (self->post), &position))
    adw_combo_row_set_selected (self->account_row, position);
}

static void
set_slot_clicked_cb (GtkButton        *button,
                     HeraldEditorPage *self)
{
  int hour, minute;

  if (!herald_slots_parse (gtk_button_get_label (button), &hour, &minute))
    return;

  adw_switch_row_set_active (self->scheduled_row, TRUE);
  gtk_spin_button_set_value (self->hour_spin, hour);
  gtk_spin_button_set_value (self->minute_spin, minute);
  gtk_menu_button_popdown (self->slots_button);
}

/* The account's posting times, one click each; the digest for the kinds
 * that have one; the attachment limit. */
void
herald_editor_page_update_account (HeraldEditorPage *self)
{
  HeraldAccount *account;
  HeraldChannelKind *kind;
  g_auto (GStrv) slots = NULL;
  GtkWidget *child;

  account = herald_editor_page_get_account (self);
  kind = herald_editor_page_get_kind (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->slots_box))) != NULL)
    gtk_box_remove (self->slots_box, child);

  if (account != NULL)
    slots = herald_slots_for_account (account);
  for (guint i = 0; slots != NULL && slots[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (slots[i]);

      gtk_widget_add_css_class (button, "flat");
      g_signal_connect_object (button, "clicked", G_CALLBACK (set_slot_clicked_cb), self, 0);
      gtk_box_append (self->slots_box, button);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->slots_button), slots != NULL && slots[0] != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->digest_row),
                          kind != NULL && herald_channel_kind_get_limit (kind, "digest_max", NULL) >= 0);

  herald_editor_page_update_attachments (self);
}

/* The list is read again when accounts change; keep the post's own. */
static void
accounts_changed_cb (HeraldEditorPage *self)
{
  gboolean was_loading = self->loading;

  self->loading = TRUE;
  select_account (self);
  self->loading = was_loading;
}

static void
account_row_selected_cb (HeraldEditorPage *self)
{
  HeraldAccount *account;

  if (self->loading)
    return;

  /* The post follows the choice at once, so that a list read again keeps
   * it selected. */
  account = herald_editor_page_get_account (self);
  if (account != NULL)
    herald_post_set_account_id (self->post, herald_record_get_id (HERALD_RECORD (account)));

  herald_editor_page_update_account (self);
  herald_editor_page_changed (self);
}

static void
fill_campaigns (HeraldEditorPage *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  const char *campaign_id = herald_post_get_campaign_id (self->post);
  guint n = g_list_model_get_n_items (self->campaigns);
  guint selected = 0;

  /* Translators: the campaign picker's choice for a post in no campaign */
  gtk_string_list_append (names, C_("campaign", "None"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldCampaign) campaign = g_list_model_get_item (self->campaigns, i);

      gtk_string_list_append (names, herald_campaign_get_name (campaign));
      if (g_strcmp0 (herald_record_get_id (HERALD_RECORD (campaign)), campaign_id) == 0)
        selected = i + 1;
    }

  adw_combo_row_set_model (self->campaign_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->campaign_row, selected);
}

/* Time */

static void
update_date_label (HeraldEditorPage *self)
{
  g_autoptr (GDateTime) date = gtk_calendar_get_date (self->calendar);
  /* Translators: the date on the editor's date button; see the strftime
   * manual for the codes.  Chinese: "%Y年%-m月%-d日 %a" */
  g_autofree char *label = g_date_time_format (date, C_("editor date", "%a, %b %-d, %Y"));

  gtk_menu_button_set_label (self->date_button, label);
}

static void
calendar_day_selected_cb (HeraldEditorPage *self)
{
  update_date_label (self);
  herald_editor_page_changed (self);
}

static void
time_changed_cb (HeraldEditorPage *self)
{
  herald_editor_page_changed (self);
}

static gboolean
time_spin_output_cb (GtkSpinButton *spin)
{
  char text[8];

  g_snprintf (text, sizeof text, "%02d", gtk_spin_button_get_value_as_int (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
scheduled_row_active_cb (HeraldEditorPage *self)
{
  if (self->loading)
    return;

  /* A scheduled post without a time is only approved. */
  if (!adw_switch_row_get_active (self->scheduled_row) &&
      herald_post_get_status (self->post) == HERALD_POST_STATUS_SCHEDULED)
    {
      herald_post_set_status (self->post, HERALD_POST_STATUS_APPROVED);
      self->loading = TRUE;
      adw_combo_row_set_selected (self->status_row, HERALD_POST_STATUS_APPROVED);
      self->loading = FALSE;
      herald_editor_page_show_message (self, _("Without a time, the post is back to approved."));
    }

  herald_editor_page_changed (self);
}

gint64
herald_editor_page_get_scheduled_at (HeraldEditorPage *self)
{
  g_autoptr (GDateTime) date = NULL;
  g_autoptr (GDateTime) time = NULL;

  if (!adw_switch_row_get_active (self->scheduled_row))
    return 0;

  date = gtk_calendar_get_date (self->calendar);
  time = g_date_time_new_local (g_date_time_get_year (date), g_date_time_get_month (date),
                                g_date_time_get_day_of_month (date),
                                gtk_spin_button_get_value_as_int (self->hour_spin),
                                gtk_spin_button_get_value_as_int (self->minute_spin), 0);

  return time != NULL ? g_date_time_to_unix (time) : 0;
}

/* Tags: typed as one line, separated by commas (either width) or 、. */
static char **
parse_tags (const char *text)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GString) normal = g_string_new (NULL);
  g_auto (GStrv) parts = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0xFF0C /* ， */ || c == 0x3001 /* 、 */ || c == ';' || c == 0xFF1B /* ； */)
        c = ',';
      g_string_append_unichar (normal, c);
    }

  parts = g_strsplit (normal->str, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      while (*tag == '#')
        tag++;
      if (*tag != '\0')
        g_strv_builder_add (builder, tag);
    }

  return g_strv_builder_end (builder);
}

/* Attachments */

static void
remove_attachment_clicked_cb (GtkButton        *button,
                              HeraldEditorPage *self)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "uri");
  guint index;

  if (uri != NULL && g_ptr_array_find_with_equal_func (self->attachments, uri, g_str_equal, &index))
    {
      g_ptr_array_remove_index (self->attachments, index);
      self->attachments_changed = TRUE;
      herald_editor_page_update_attachments (self);
      herald_editor_page_changed (self);
    }
}

void
herald_editor_page_update_attachments (HeraldEditorPage *self)
{
  HeraldChannelKind *kind = herald_editor_page_get_kind (self);
  HeraldAccount *account = herald_editor_page_get_account (self);
  int limit = -1;

  gtk_list_box_remove_all (self->attachments_list);
  for (guint i = 0; i < self->attachments->len; i++)
    {
      const char *uri = g_ptr_array_index (self->attachments, i);
      g_autoptr (GFile) file = g_file_new_for_uri (uri);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *display = g_filename_display_name (name != NULL ? name : uri);
      g_autofree char *where = g_file_get_parse_name (file);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), display);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Attachment"));
      g_object_set_data_full (G_OBJECT (remove), "uri", g_strdup (uri), g_free);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_attachment_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->attachments_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->attachments_list), self->attachments->len > 0);

  if (kind != NULL)
    limit = herald_channel_kind_get_limit (kind, "images_max", herald_account_get_limits (account));

  if (limit >= 0 && self->attachments->len > (guint) limit)
    {
      g_autofree char *message = NULL;

      /* Translators: the first %s is a platform (小红书), %d its limit,
       * %u how many files are attached */
      message = g_strdup_printf (ngettext ("%s takes at most %d file with a post; %u are attached. Remove some before publishing.",
                                           "%s takes at most %d files with a post; %u are attached. Remove some before publishing.",
                                           limit),
                                 herald_channel_kind_get_name (kind), limit, self->attachments->len);
      gtk_label_set_label (self->attachments_warning, message);
      gtk_widget_set_visible (GTK_WIDGET (self->attachments_warning), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->attachments_warning), FALSE);
}

void
herald_editor_page_add_attachments (HeraldEditorPage *self,
                                    GListModel       *files)
{
  guint n = g_list_model_get_n_items (files);
  gboolean added = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);
      g_autofree char *uri = g_file_get_uri (file);

      if (!g_ptr_array_find_with_equal_func (self->attachments, uri, g_str_equal, NULL))
        {
          g_ptr_array_add (self->attachments, g_steal_pointer (&uri));
          added = TRUE;
        }
    }

  if (!added)
    return;

  self->attachments_changed = TRUE;
  herald_editor_page_update_attachments (self);
  herald_editor_page_changed (self);
}

static void
open_files_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (HeraldEditorPage) self = user_data;
  g_autoptr (GListModel) files = NULL;
  g_autoptr (GError) error = NULL;

  files = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (source), result, &error);
  if (files == NULL)
    {
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
        herald_editor_page_show_message (self, error->message);
      return;
    }

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    herald_editor_page_add_attachments (self, files);
}

static void
editor_add_attachments_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  g_autoptr (GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr (GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr (GtkFileFilter) media = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (media, _("Images and Videos"));
  gtk_file_filter_add_mime_type (media, "image/*");
  gtk_file_filter_add_mime_type (media, "video/*");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, media);
  g_list_store_append (filters, all);

  gtk_file_dialog_set_title (dialog, _("Add Attachments"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, media);
  gtk_file_dialog_open_multiple (dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                                 open_files_cb, g_object_ref (widget));
}

/* Loading and collecting */

static void
text_changed_cb (HeraldEditorPage *self)
{
  herald_editor_page_changed (self);
}

void
herald_editor_page_init_fields (HeraldEditorPage *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  for (guint s = 0; s < HERALD_N_POST_STATUSES; s++)
    {
      g_autofree char *label = g_strdup_printf ("%s %s", herald_post_status_get_glyph (s),
                                                herald_post_status_get_label (s));

      gtk_string_list_append (statuses, label);
    }
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_signal_connect (factory, "setup", G_CALLBACK (account_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (account_item_bind_cb), NULL);
  adw_combo_row_set_factory (self->account_row, factory);
  adw_combo_row_set_model (self->account_row, G_LIST_MODEL (self->accounts));

  g_signal_connect_object (self->accounts, "items-changed", G_CALLBACK (accounts_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->account_row, "notify::selected", G_CALLBACK (account_row_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->campaign_row, "notify::selected", G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheduled_row, "notify::active", G_CALLBACK (scheduled_row_active_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_row, "changed", G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->digest_row, "changed", G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tags_row, "changed", G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
}

void
herald_editor_page_load_fields (HeraldEditorPage *self)
{
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *tags = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  gint64 scheduled_at = herald_post_get_scheduled_at (self->post);
  g_autofree char *body = NULL;

  self->loading = TRUE;

  select_account (self);
  fill_campaigns (self);
  adw_combo_row_set_selected (self->status_row, herald_post_get_status (self->post));

  adw_switch_row_set_active (self->scheduled_row, scheduled_at != 0);
  time = scheduled_at != 0 ? g_date_time_new_from_unix_local (scheduled_at) : g_date_time_new_now_local ();
  gtk_calendar_select_day (self->calendar, time);
  gtk_spin_button_set_value (self->hour_spin, scheduled_at != 0 ? g_date_time_get_hour (time) : 9);
  gtk_spin_button_set_value (self->minute_spin, scheduled_at != 0 ? g_date_time_get_minute (time) : 0);
  update_date_label (self);

  /* Only what differs, so that a cursor in place stays there. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), herald_post_get_title (self->post)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), herald_post_get_title (self->post));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->digest_row)), herald_post_get_digest (self->post)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->digest_row), herald_post_get_digest (self->post));
  tags = g_strjoinv (", ", (char **) herald_post_get_tags (self->post));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)), tags) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);

  body = herald_editor_page_get_body (self);
  if (g_strcmp0 (body, herald_post_get_body (self->post)) != 0)
    {
      /* What the post was opened with is not an edit to undo. */
      gtk_text_buffer_begin_irreversible_action (buffer);
      gtk_text_buffer_set_text (buffer, herald_post_get_body (self->post), -1);
      gtk_text_buffer_end_irreversible_action (buffer);
    }

  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self),
                                 self->is_new ? _("New Post") : _("Edit Post"));

  herald_editor_page_update_account (self);
  self->loading = FALSE;
}

char *
herald_editor_page_get_body (HeraldEditorPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
herald_editor_page_collect_fields (HeraldEditorPage *self)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autofree char *body = herald_editor_page_get_body (self);
  g_auto (GStrv) tags = parse_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  HeraldAccount *account = herald_editor_page_get_account (self);
  guint campaign = adw_combo_row_get_selected (self->campaign_row);
  gint64 scheduled_at = herald_editor_page_get_scheduled_at (self);

  if (account != NULL)
    herald_post_set_account_id (self->post, herald_record_get_id (HERALD_RECORD (account)));

  if (campaign != GTK_INVALID_LIST_POSITION && campaign > 0 &&
      campaign - 1 < g_list_model_get_n_items (self->campaigns))
    {
      g_autoptr (HeraldRecord) record = g_list_model_get_item (self->campaigns, campaign - 1);

      herald_post_set_campaign_id (self->post, herald_record_get_id (record));
    }
  else
    herald_post_set_campaign_id (self->post, NULL);

  herald_post_set_title (self->post, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  herald_post_set_digest (self->post, gtk_editable_get_text (GTK_EDITABLE (self->digest_row)));
  herald_post_set_tags (self->post, (const char * const *) tags);
  herald_post_set_body (self->post, body);

  if (scheduled_at != herald_post_get_scheduled_at (self->post))
    {
      herald_post_set_scheduled_at (self->post, scheduled_at);
      if (scheduled_at != 0)
        herald_post_set_tz (self->post, g_time_zone_get_identifier (zone));
    }
}

void
herald_editor_page_class_init_fields (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.add-attachments", NULL, editor_add_attachments_action);
}
