/* herald-checks-panel.c — live checks of the post being written
 *
 * The panel follows the editor's fields and checks them with the text
 * rules of the account's kind, shortly after each change: a counter per
 * field against the platform's limit, counted the platform's way;
 * advertising-law words (广告法) in the title, digest and body — the
 * shipped list with the user's own words and exceptions — listed with a
 * replacement and underlined in the body; topics and mentions styled in
 * the body and the post's hashtags shown in the platform's syntax.
 *
 * Occurrences left with "Ignore Here" are stored with the post, by field,
 * word and which occurrence of the word in the field it is; those left
 * before the post is first saved are stored with it then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-checks-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-ad-words.h"
#include "herald-checks-panel.h"
#include "herald-editor-page-private.h"
#include "herald-store-ad-words.h"
#include "herald-text-rules.h"

/* Checks run at most this long after a change. */
#define REFRESH_DELAY_MS 60

#define AD_TAG "herald-ad-word"
#define TOPIC_TAG "herald-topic"
#define MENTION_TAG "herald-mention"

typedef struct {
  HeraldTextField  field;  /* title, digest or body */
  HeraldAdFinding *ad;
  char            *key;    /* field, word and which occurrence of it */
} Finding;

struct _HeraldChecksPanel
{
  GtkBox            parent_instance;

  HeraldEditorPage *editor; /* the panel's parent; a weak pointer */
  HeraldTextRules  *rules;
  char             *rules_key;
  HeraldAdWords    *ad_words;
  GPtrArray        *findings;
  GHashTable       *ignored;     /* the post's findings left as they are */
  char             *ignored_id;  /* the post they are of, NULL before it is stored */
  char             *hashtags;
  guint             refresh_id;
  GtkWidget        *counters[HERALD_N_TEXT_FIELDS];

  GtkListBox       *counters_list;
  GtkLabel         *hashtags_label;
  GtkLabel         *findings_empty_label;
  GtkListBox       *findings_list;
};

G_DEFINE_FINAL_TYPE (HeraldChecksPanel, herald_checks_panel, GTK_TYPE_BOX)

static void
finding_free (Finding *finding)
{
  g_clear_pointer (&finding->ad, herald_ad_finding_free);
  g_free (finding->key);
  g_free (finding);
}

/* The post's ignored findings: read from the store once the post is
 * stored, with what was ignored before it was written there. */
static GHashTable *
get_ignored (HeraldChecksPanel *self)
{
  const char *id = herald_record_get_id (HERALD_RECORD (herald_editor_page_get_post (self->editor)));
  HeraldStore *store = self->editor->store;
  g_auto (GStrv) stored = NULL;
  g_autoptr (GError) error = NULL;
  GHashTableIter iter;
  gpointer key;

  if (id == NULL || g_strcmp0 (id, self->ignored_id) == 0)
    return self->ignored;

  /* A post loaded in place of another starts with its own. */
  if (self->ignored_id != NULL)
    g_hash_table_remove_all (self->ignored);

  g_hash_table_iter_init (&iter, self->ignored);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!herald_store_add_ad_ignore (store, id, key, &error))
      {
        g_warning ("Could not store an ignored finding: %s", error->message);
        g_clear_error (&error);
      }

  stored = herald_store_list_ad_ignores (store, id, &error);
  if (stored == NULL)
    g_warning ("Could not read the post’s ignored findings: %s", error->message);
  for (guint i = 0; stored != NULL && stored[i] != NULL; i++)
    g_hash_table_add (self->ignored, g_strdup (stored[i]));

  g_free (self->ignored_id);
  self->ignored_id = g_strdup (id);
  return self->ignored;
}

static GtkTextTag *
ensure_tag (GtkTextBuffer *buffer,
            const char    *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);

  if (tag != NULL)
    return tag;

  /* A plain line under a tinted word: a wavy one is too thin to see. */
  if (g_str_equal (name, AD_TAG))
    return gtk_text_buffer_create_tag (buffer, name, "underline", PANGO_UNDERLINE_SINGLE, NULL);

  return gtk_text_buffer_create_tag (buffer, name, "weight", PANGO_WEIGHT_SEMIBOLD, NULL);
}

/* Counters */

static const char *
field_label (HeraldTextField field)
{
  switch (field)
    {
    case HERALD_TEXT_FIELD_TITLE:
      return _("Title");
    case HERALD_TEXT_FIELD_BODY:
      return _("Body");
    case HERALD_TEXT_FIELD_DIGEST:
      return _("Digest");
    case HERALD_TEXT_FIELD_TAGS:
      return _("Topics");
    case HERALD_TEXT_FIELD_IMAGES:
      return _("Images");
    case HERALD_TEXT_FIELD_AUTHOR:
    case HERALD_N_TEXT_FIELDS:
    default:
      return "";
    }
}

static void
update_counter (HeraldChecksPanel *self,
                HeraldTextReport  *report,
                HeraldTextField    field,
                gboolean           shown)
{
  GtkWidget *row = self->counters[field];
  GtkWidget *label;
  int limit = report != NULL ? herald_text_report_get_limit (report, field) : -1;
  int minimum = report != NULL ? herald_text_report_get_minimum (report, field) : 0;
  gssize count = report != NULL ? herald_text_report_get_count (report, field) : 0;
  HeraldTextLevel level = report != NULL ? herald_text_report_get_level (report, field) : HERALD_TEXT_LEVEL_OK;
  g_autofree char *text = NULL;
  g_autofree char *subtitle = NULL;

  shown = shown && report != NULL && (limit >= 0 || minimum > 0);
  if (row == NULL)
    {
      GtkWidget *value = gtk_label_new (NULL);

      row = adw_action_row_new ();
      /* The subtitle may quote a tag. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field_label (field));
      gtk_widget_add_css_class (value, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      g_object_set_data (G_OBJECT (row), "value", value);
      gtk_list_box_append (self->counters_list, row);
      self->counters[field] = row;
    }
  label = g_object_get_data (G_OBJECT (row), "value");

  gtk_widget_set_visible (row, shown);
  if (!shown)
    return;

  /* Translators: a length against the platform's limit, "120 / 140" */
  text = limit >= 0 ? g_strdup_printf (_("%d / %d"), (int) MIN (count, G_MAXINT), limit)
                    : g_strdup_printf ("%d", (int) MIN (count, G_MAXINT));
  gtk_label_set_label (GTK_LABEL (label), text);

  if (field == HERALD_TEXT_FIELD_TAGS && herald_text_report_get_long_tag (report, NULL) != NULL)
    {
      int tag_max;
      const char *tag = herald_text_report_get_long_tag (report, &tag_max);

      /* Translators: a tag, and the most characters one may have */
      subtitle = g_strdup_printf (ngettext ("“%s” is longer than %d character",
                                            "“%s” is longer than %d characters", tag_max),
                                  tag, tag_max);
    }
  else if (level == HERALD_TEXT_LEVEL_OVER && count > limit)
    /* Translators: %d is how far over the limit a field is */
    subtitle = g_strdup_printf (ngettext ("%d over the limit", "%d over the limit", (int) (count - limit)),
                                (int) (count - limit));
  else if (minimum > 0)
    /* Translators: the least a field takes, such as a number of images */
    subtitle = g_strdup_printf (_("At least %d"), minimum);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");

  gtk_widget_remove_css_class (row, "warning");
  gtk_widget_remove_css_class (row, "error");
  gtk_widget_remove_css_class (label, "warning");
  gtk_widget_remove_css_class (label, "error");
  if (level == HERALD_TEXT_LEVEL_NEAR)
    {
      gtk_widget_add_css_class (label, "warning");
      gtk_widget_add_css_class (row, "warning");
    }
  else if (level == HERALD_TEXT_LEVEL_OVER || level == HERALD_TEXT_LEVEL_UNDER)
    {
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (row, "error");
    }
}

/* Advertising-law words */

static void
replace_clicked_cb (GtkButton         *button,
                    HeraldChecksPanel *self)
{
  herald_checks_panel_replace (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
}

static void
ignore_clicked_cb (GtkButton         *button,
                   HeraldChecksPanel *self)
{
  herald_checks_panel_ignore (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
}

static void
scan_field (HeraldChecksPanel *self,
            HeraldTextField    field,
            const char        *text,
            GHashTable        *ignored,
            GtkTextBuffer     *buffer)
{
  g_autoptr (GPtrArray) found = herald_ad_words_scan (self->ad_words, text, -1);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      HeraldAdFinding *ad = g_ptr_array_index (found, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, ad->word));
      Finding *finding;

      g_hash_table_insert (seen, ad->word, GUINT_TO_POINTER (n + 1));
      finding = g_new0 (Finding, 1);
      finding->field = field;
      finding->key = g_strdup_printf ("%s:%s:%u", herald_text_field_to_string (field), ad->word, n);
      if (g_hash_table_contains (ignored, finding->key))
        {
          finding_free (finding);
          continue;
        }
      finding->ad = herald_ad_finding_copy (ad);
      g_ptr_array_add (self->findings, finding);

      if (buffer != NULL)
        {
          GtkTextIter start, end;

          gtk_text_buffer_get_iter_at_offset (buffer, &start, ad->char_start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, ad->char_end);
          gtk_text_buffer_apply_tag_by_name (buffer, AD_TAG, &start, &end);
        }
    }
}

static void
show_findings (HeraldChecksPanel *self)
{
  gtk_list_box_remove_all (self->findings_list);

  for (guint i = 0; i < self->findings->len; i++)
    {
      Finding *finding = g_ptr_array_index (self->findings, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *ignore = gtk_button_new_from_icon_name ("view-conceal-symbolic");
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      const char *category = herald_ad_category_get_name (finding->ad->category);

      /* Translators: an advertising-law word found, and where: "最好 · Body" */
      title = g_strdup_printf (_("%s · %s"), finding->ad->word, field_label (finding->field));
      if (finding->ad->suggestion != NULL && *finding->ad->suggestion != '\0')
        /* Translators: the first %s is a category of advertising-law
         * words, the second the word suggested instead */
        subtitle = g_strdup_printf (_("%s; use “%s”"), category, finding->ad->suggestion);
      else
        subtitle = g_strdup (category);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);

      if (finding->ad->suggestion != NULL && *finding->ad->suggestion != '\0')
        {
          GtkWidget *replace = gtk_button_new_with_mnemonic (_("_Replace"));
          g_autofree char *tip = g_strdup_printf (_("Replace with “%s”"), finding->ad->suggestion);

          gtk_widget_set_tooltip_text (replace, tip);
          g_object_set_data (G_OBJECT (replace), "index", GUINT_TO_POINTER (i));
          g_signal_connect_object (replace, "clicked", G_CALLBACK (replace_clicked_cb), self, 0);
          gtk_box_append (GTK_BOX (buttons), replace);
        }

      gtk_widget_set_tooltip_text (ignore, _("Ignore Here"));
      gtk_widget_add_css_class (ignore, "flat");
      g_object_set_data (G_OBJECT (ignore), "index", GUINT_TO_POINTER (i));
      g_signal_connect_object (ignore, "clicked", G_CALLBACK (ignore_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (buttons), ignore);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), buttons);
      gtk_list_box_append (self->findings_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), self->findings->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->findings_empty_label), self->findings->len == 0);
}

/* Topics and mentions */

static void
style_spans (HeraldChecksPanel *self,
             GtkTextBuffer     *buffer,
             const char        *body,
             GStrvBuilder      *hashtags)
{
  HeraldTopicSyntax syntax = herald_text_rules_get_topic_syntax (self->rules);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr (GPtrArray) spans = NULL;
  GdkRGBA accent, error, error_tint;

  adw_accent_color_to_standalone_rgba (adw_style_manager_get_accent_color (manager),
                                       adw_style_manager_get_dark (manager), &accent);
  /* The palette's error colours, as the "error" style class has them. */
  if (adw_style_manager_get_dark (manager))
    {
      error = (GdkRGBA) { 1.0, 0.482, 0.388, 1.0 };
      error_tint = (GdkRGBA) { 1.0, 0.482, 0.388, 0.18 };
    }
  else
    {
      error = (GdkRGBA) { 0.753, 0.11, 0.157, 1.0 };
      error_tint = (GdkRGBA) { 0.878, 0.106, 0.141, 0.12 };
    }
  g_object_set (ensure_tag (buffer, AD_TAG), "underline-rgba", &error, "background-rgba", &error_tint, NULL);
  g_object_set (ensure_tag (buffer, TOPIC_TAG), "foreground-rgba", &accent, NULL);
  g_object_set (ensure_tag (buffer, MENTION_TAG), "foreground-rgba", &accent, NULL);

  spans = herald_topics_find (body, -1, syntax);
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      HeraldTextSpan *span = g_ptr_array_index (spans, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, span->char_start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, span->char_end);
      gtk_text_buffer_apply_tag_by_name (buffer, span->kind == HERALD_TEXT_SPAN_TOPIC ? TOPIC_TAG : MENTION_TAG,
                                         &start, &end);
      if (span->kind == HERALD_TEXT_SPAN_TOPIC)
        g_strv_builder_add (hashtags, span->name);
    }
}

static void
show_hashtags (HeraldChecksPanel *self,
               GStrv              names)
{
  HeraldTopicSyntax syntax = herald_text_rules_get_topic_syntax (self->rules);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *rendered = NULL;

      if (!g_hash_table_add (seen, names[i]))
        continue;
      rendered = herald_topic_render (names[i], syntax);
      if (rendered == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, g_strstrip (rendered));
    }

  g_free (self->hashtags);
  self->hashtags = g_strdup (text->str);
  if (text->len > 0)
    {
      /* Translators: the post's hashtags as the platform writes them */
      g_autofree char *label = g_strdup_printf (_("Hashtags: %s"), text->str);

      gtk_label_set_label (self->hashtags_label, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->hashtags_label), text->len > 0);
}

/* Refreshing */

static gboolean
ensure_rules (HeraldChecksPanel *self)
{
  HeraldAccount *account = herald_editor_page_get_account (self->editor);
  g_autofree char *key = NULL;
  g_autoptr (GError) error = NULL;

  if (account == NULL)
    {
      g_clear_object (&self->rules);
      g_clear_pointer (&self->rules_key, g_free);
      return FALSE;
    }

  key = g_strdup_printf ("%s\x1f%s", herald_account_get_kind (account),
                         herald_account_get_limits (account) != NULL ? herald_account_get_limits (account) : "");
  if (self->rules != NULL && g_strcmp0 (key, self->rules_key) == 0)
    return TRUE;

  g_clear_object (&self->rules);
  g_clear_pointer (&self->rules_key, g_free);
  self->rules = herald_text_rules_new (herald_account_get_kind (account), herald_account_get_limits (account), &error);
  if (self->rules == NULL && error != NULL && g_error_matches (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_DATA))
    {
      /* Overrides that cannot be read: the kind's own limits. */
      g_warning ("Ignoring the account's limits: %s", error->message);
      g_clear_error (&error);
      self->rules = herald_text_rules_new (herald_account_get_kind (account), NULL, &error);
    }
  if (self->rules == NULL)
    {
      g_debug ("No text rules for the account: %s", error->message);
      return FALSE;
    }

  self->rules_key = g_steal_pointer (&key);
  return TRUE;
}

/**
 * herald_checks_panel_refresh:
 * @self: a #HeraldChecksPanel
 *
 * Checks the editor's fields now.
 */
void
herald_checks_panel_refresh (HeraldChecksPanel *self)
{
  HeraldEditorPage *editor = self->editor;
  GtkTextBuffer *buffer;
  g_autoptr (HeraldTextReport) report = NULL;
  g_autoptr (GStrvBuilder) hashtags = g_strv_builder_new ();
  g_auto (GStrv) names = NULL;
  g_auto (GStrv) tags = NULL;
  g_autofree char *body = NULL;
  GtkTextIter start, end;
  const char *title;
  const char *digest;
  gboolean has_digest;
  guint n_before;
  HeraldTextDraft draft = { 0, };

  g_return_if_fail (HERALD_IS_CHECKS_PANEL (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (editor == NULL)
    return;

  buffer = herald_editor_page_get_body_buffer (editor);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  ensure_tag (buffer, AD_TAG);
  ensure_tag (buffer, TOPIC_TAG);
  ensure_tag (buffer, MENTION_TAG);
  gtk_text_buffer_remove_tag_by_name (buffer, AD_TAG, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, TOPIC_TAG, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, MENTION_TAG, &start, &end);
  g_ptr_array_set_size (self->findings, 0);

  body = herald_editor_page_get_body (editor);
  title = gtk_editable_get_text (herald_editor_page_get_title_editable (editor));
  digest = gtk_editable_get_text (GTK_EDITABLE (editor->digest_row));
  has_digest = gtk_widget_get_visible (GTK_WIDGET (editor->digest_row));
  tags = herald_editor_page_get_tags (editor);

  if (ensure_rules (self))
    {
      draft.title = title;
      draft.body = body;
      draft.digest = has_digest ? digest : NULL;
      draft.tags = (const char * const *) tags;
      draft.n_images = editor->attachments->len;
      draft.image_text = editor->attachments->len > 0;
      report = herald_text_rules_evaluate (self->rules, &draft);
      g_strv_builder_addv (hashtags, (const char **) tags);
      style_spans (self, buffer, body, hashtags);
    }

  update_counter (self, report, HERALD_TEXT_FIELD_TITLE, TRUE);
  update_counter (self, report, HERALD_TEXT_FIELD_BODY, TRUE);
  update_counter (self, report, HERALD_TEXT_FIELD_DIGEST, has_digest);
  update_counter (self, report, HERALD_TEXT_FIELD_TAGS, TRUE);
  update_counter (self, report, HERALD_TEXT_FIELD_IMAGES, TRUE);

  scan_field (self, HERALD_TEXT_FIELD_TITLE, title, get_ignored (self), NULL);
  /* A title or digest cannot be underlined: the row is marked instead. */
  n_before = self->findings->len;
  if (n_before > 0)
    gtk_widget_add_css_class (GTK_WIDGET (editor->title_row), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (editor->title_row), "warning");
  if (has_digest)
    scan_field (self, HERALD_TEXT_FIELD_DIGEST, digest, get_ignored (self), NULL);
  if (self->findings->len > n_before)
    gtk_widget_add_css_class (GTK_WIDGET (editor->digest_row), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (editor->digest_row), "warning");
  scan_field (self, HERALD_TEXT_FIELD_BODY, body, get_ignored (self), buffer);
  show_findings (self);

  names = g_strv_builder_end (hashtags);
  if (self->rules != NULL)
    show_hashtags (self, names);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->hashtags_label), FALSE);
}

static gboolean
refresh_cb (gpointer user_data)
{
  HeraldChecksPanel *self = user_data;

  self->refresh_id = 0;
  herald_checks_panel_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (HeraldChecksPanel *self)
{
  /* Typing fast checks at most once per delay; a panel taken out of
   * its editor checks no more. */
  if (self->refresh_id == 0 && self->editor != NULL)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
load_ad_words (HeraldChecksPanel *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&self->ad_words);
  self->ad_words = herald_store_load_ad_words (self->editor->store, &error);
  if (self->ad_words == NULL)
    {
      g_warning ("Could not read the advertising-law words added in Preferences: %s", error->message);
      self->ad_words = herald_ad_words_new_default ();
    }
}

/* Words added or removed in Preferences count at once. */
static void
store_changed_cb (HeraldChecksPanel *self,
                  HeraldRecordKind   kind)
{
  if (kind != HERALD_RECORD_AD_WORD || self->editor == NULL)
    return;

  load_ad_words (self);
  queue_refresh (self);
}

/* Acting on findings */

/**
 * herald_checks_panel_replace:
 * @self: a #HeraldChecksPanel
 * @index: a finding, as listed
 *
 * Puts the suggested word in place of the finding, as one step to undo.
 */
void
herald_checks_panel_replace (HeraldChecksPanel *self,
                             guint              index)
{
  Finding *finding;
  const HeraldAdFinding *ad;

  g_return_if_fail (HERALD_IS_CHECKS_PANEL (self));

  if (index >= self->findings->len)
    return;
  finding = g_ptr_array_index (self->findings, index);
  ad = finding->ad;
  if (ad->suggestion == NULL || *ad->suggestion == '\0')
    return;

  if (finding->field == HERALD_TEXT_FIELD_BODY)
    {
      GtkTextBuffer *buffer = herald_editor_page_get_body_buffer (self->editor);
      GtkTextIter start, end;
      g_autofree char *there = NULL;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, ad->char_start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, ad->char_end);
      there = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      /* The text changed since the check: check again first. */
      if (g_strcmp0 (there, ad->word) != 0)
        {
          herald_checks_panel_refresh (self);
          return;
        }

      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, ad->suggestion, -1);
      gtk_text_buffer_end_user_action (buffer);
    }
  else
    {
      GtkEditable *title = finding->field == HERALD_TEXT_FIELD_DIGEST ? GTK_EDITABLE (self->editor->digest_row)
                                                                      : herald_editor_page_get_title_editable (self->editor);
      const char *text = gtk_editable_get_text (title);
      int position = ad->char_start;

      if (ad->byte_end > strlen (text) || strncmp (text + ad->byte_start, ad->word, ad->byte_end - ad->byte_start) != 0)
        {
          herald_checks_panel_refresh (self);
          return;
        }

      gtk_editable_delete_text (title, ad->char_start, ad->char_end);
      gtk_editable_insert_text (title, ad->suggestion, -1, &position);
    }

  herald_checks_panel_refresh (self);
}

/**
 * herald_checks_panel_ignore:
 * @self: a #HeraldChecksPanel
 * @index: a finding, as listed
 *
 * Leaves this occurrence as it is in this post: it is no longer listed or
 * underlined.
 */
void
herald_checks_panel_ignore (HeraldChecksPanel *self,
                            guint              index)
{
  Finding *finding;

  g_return_if_fail (HERALD_IS_CHECKS_PANEL (self));

  if (index >= self->findings->len)
    return;
  finding = g_ptr_array_index (self->findings, index);
  g_hash_table_add (get_ignored (self), g_strdup (finding->key));
  if (self->ignored_id != NULL)
    {
      g_autoptr (GError) error = NULL;

      if (!herald_store_add_ad_ignore (self->editor->store, self->ignored_id, finding->key, &error))
        g_warning ("Could not store the ignored finding: %s", error->message);
    }
  herald_checks_panel_refresh (self);
}

/* Tests */

GtkWidget *
herald_checks_panel_get_counter (HeraldChecksPanel *self,
                                 int                field)
{
  g_return_val_if_fail (HERALD_IS_CHECKS_PANEL (self), NULL);
  g_return_val_if_fail (field >= 0 && field < HERALD_N_TEXT_FIELDS, NULL);

  return self->counters[field] != NULL ? g_object_get_data (G_OBJECT (self->counters[field]), "value") : NULL;
}

guint
herald_checks_panel_get_n_findings (HeraldChecksPanel *self)
{
  g_return_val_if_fail (HERALD_IS_CHECKS_PANEL (self), 0);

  return self->findings->len;
}

const char *
herald_checks_panel_get_finding_word (HeraldChecksPanel *self,
                                      guint              index)
{
  g_return_val_if_fail (HERALD_IS_CHECKS_PANEL (self), NULL);
  g_return_val_if_fail (index < self->findings->len, NULL);

  return ((Finding *) g_ptr_array_index (self->findings, index))->ad->word;
}

const char *
herald_checks_panel_get_hashtags (HeraldChecksPanel *self)
{
  g_return_val_if_fail (HERALD_IS_CHECKS_PANEL (self), NULL);

  return self->hashtags != NULL ? self->hashtags : "";
}

/* Life cycle */

static void
herald_checks_panel_dispose (GObject *object)
{
  HeraldChecksPanel *self = HERALD_CHECKS_PANEL (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_CHECKS_PANEL);
  if (self->editor != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  self->editor = NULL;

  G_OBJECT_CLASS (herald_checks_panel_parent_class)->dispose (object);
}

static void
herald_checks_panel_finalize (GObject *object)
{
  HeraldChecksPanel *self = HERALD_CHECKS_PANEL (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->rules);
  g_clear_object (&self->ad_words);
  g_clear_pointer (&self->rules_key, g_free);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->ignored, g_hash_table_unref);
  g_clear_pointer (&self->ignored_id, g_free);
  g_clear_pointer (&self->hashtags, g_free);

  G_OBJECT_CLASS (herald_checks_panel_parent_class)->finalize (object);
}

static void
herald_checks_panel_class_init (HeraldChecksPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_checks_panel_dispose;
  object_class->finalize = herald_checks_panel_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-checks-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldChecksPanel, counters_list);
  gtk_widget_class_bind_template_child (widget_class, HeraldChecksPanel, hashtags_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldChecksPanel, findings_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldChecksPanel, findings_list);
}

static void
herald_checks_panel_init (HeraldChecksPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) finding_free);
  self->ignored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * herald_checks_panel_new:
 * @editor: the editor whose fields to check
 *
 * Returns: (transfer floating): the panel, for
 *   herald_editor_page_set_checks_panel()
 */
GtkWidget *
herald_checks_panel_new (HeraldEditorPage *editor)
{
  HeraldChecksPanel *self;

  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (editor), NULL);

  self = g_object_new (HERALD_TYPE_CHECKS_PANEL, NULL);
  self->editor = editor;
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &self->editor);
  load_ad_words (self);

  g_signal_connect_object (editor->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (herald_editor_page_get_body_buffer (editor), "changed",
                           G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (herald_editor_page_get_title_editable (editor), "changed",
                           G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor->digest_row, "changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor->tags_row, "changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);

  herald_checks_panel_refresh (self);
  return GTK_WIDGET (self);
}

/* Called by the editor when the account or the attachments change. */
void
herald_checks_panel_queue_refresh (HeraldChecksPanel *self)
{
  g_return_if_fail (HERALD_IS_CHECKS_PANEL (self));

  queue_refresh (self);
}
