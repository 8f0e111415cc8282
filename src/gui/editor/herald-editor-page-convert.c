/* herald-editor-page-convert.c — Simplified ⇄ Traditional Chinese in the editor
 *
 * The Convert menu turns the title, body and digest into another script
 * through OpenCC, in one step the toast can undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-editor-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-chinese-convert.h"
#include "herald-editor-page-private.h"
#include "herald-text-rules.h"

/* Converting between Simplified and Traditional Chinese */

/*
 * herald_editor_page_convert:
 * @conversion: an OpenCC conversion, such as `s2tw`
 *
 * Converts the title, body and digest in place.  The body changes as one
 * step of its undo; the toast undoes all three.  When one field cannot be
 * converted, none changes.
 */
gboolean
herald_editor_page_convert (HeraldEditorPage  *self,
                            const char        *conversion,
                            GError           **error)
{
  HeraldChineseConversion which;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autofree char *body = herald_editor_page_get_body (self);
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  const char *digest = gtk_editable_get_text (GTK_EDITABLE (self->digest_row));
  g_autofree char *new_title = NULL;
  g_autofree char *new_body = NULL;
  g_autofree char *new_digest = NULL;
  GtkTextIter start, end;

  g_return_val_if_fail (HERALD_IS_EDITOR_PAGE (self), FALSE);

  if (!herald_chinese_conversion_from_string (conversion, &which))
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_CONVERSION,
                   _("Unknown conversion “%s”"), conversion);
      return FALSE;
    }

  new_title = herald_chinese_convert (title, -1, which, error);
  if (new_title == NULL)
    return FALSE;
  new_body = herald_chinese_convert (body, -1, which, error);
  if (new_body == NULL)
    return FALSE;
  new_digest = herald_chinese_convert (digest, -1, which, error);
  if (new_digest == NULL)
    return FALSE;

  g_free (self->before_convert[0]);
  self->before_convert[0] = g_strdup (title);
  g_free (self->before_convert[1]);
  self->before_convert[1] = g_strdup (body);
  g_free (self->before_convert[2]);
  self->before_convert[2] = g_strdup (digest);

  if (g_strcmp0 (new_title, title) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), new_title);
  if (g_strcmp0 (new_digest, digest) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->digest_row), new_digest);
  if (g_strcmp0 (new_body, body) != 0)
    {
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, new_body, -1);
      gtk_text_buffer_end_user_action (buffer);
    }

  return TRUE;
}

static void
editor_convert_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HeraldEditorPage *self = HERALD_EDITOR_PAGE (widget);
  g_autoptr (GError) error = NULL;
  AdwToast *toast;

  if (!herald_editor_page_convert (self, g_variant_get_string (param, NULL), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not convert the text: %s"), error->message);

      herald_editor_page_show_message (self, message);
      return;
    }

  toast = adw_toast_new (_("Text converted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-convert");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
editor_undo_convert_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  HeraldEditorPage *self = HERALD_EDITOR_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autofree char *body = herald_editor_page_get_body (self);
  GtkTextIter start, end;

  if (self->before_convert[1] == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), self->before_convert[0]);
  gtk_editable_set_text (GTK_EDITABLE (self->digest_row), self->before_convert[2]);
  if (g_strcmp0 (body, self->before_convert[1]) != 0)
    {
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, self->before_convert[1], -1);
      gtk_text_buffer_end_user_action (buffer);
    }

  for (guint i = 0; i < G_N_ELEMENTS (self->before_convert); i++)
    g_clear_pointer (&self->before_convert[i], g_free);
}

void
herald_editor_page_class_init_convert (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.convert", "s", editor_convert_action);
  gtk_widget_class_install_action (widget_class, "editor.undo-convert", NULL, editor_undo_convert_action);
}
