/* herald-editor-page-private.h — editor internals shared by its files and
 * with tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-account-list.h"
#include "herald-channel-kind.h"
#include "herald-editor-page.h"
#include "herald-topic-notes-panel.h"

G_BEGIN_DECLS

struct _HeraldEditorPage
{
  AdwNavigationPage      parent_instance;

  HeraldStore           *store;
  HeraldAccountList     *accounts;
  GListModel            *campaigns;
  HeraldPost            *post;        /* the editor's own copy */
  GPtrArray             *attachments; /* URIs, in order */

  /* Autosave: fields changed since the last save, since when, and the
   * timer that writes them. */
  gboolean               loading;
  gboolean               dirty;
  gboolean               attachments_changed;
  gboolean               is_new;
  gboolean               saving;
  gint64                 first_change_us;
  gint64                 autosave_due_us;
  guint                  autosave_id;
  HeraldSaveState        save_state;

  AdwToolbarView        *toolbar_view;
  AdwWindowTitle        *window_title;
  GtkWidget             *publish_button;
  AdwToastOverlay       *toast_overlay;
  AdwOverlaySplitView   *split_view;
  AdwComboRow           *account_row;
  AdwComboRow           *campaign_row;
  AdwComboRow           *status_row;
  AdwSwitchRow          *scheduled_row;
  GtkMenuButton         *date_button;
  GtkCalendar           *calendar;
  GtkSpinButton         *hour_spin;
  GtkSpinButton         *minute_spin;
  GtkMenuButton         *slots_button;
  GtkBox                *slots_box;
  AdwEntryRow           *title_row;
  AdwEntryRow           *digest_row;
  AdwEntryRow           *tags_row;
  GtkTextView           *body_view;
  GtkLabel              *attachments_warning;
  GtkListBox            *attachments_list;
  AdwBin                *checks_slot;
  AdwActionRow          *siblings_row;
  GtkBox                *siblings_box;

  /* What the last conversion changed, for its toast to undo. */
  char                  *before_convert[3];
  HeraldTopicNotesPanel *topic_notes;
};

/* herald-editor-page.c */
void               herald_editor_page_changed          (HeraldEditorPage  *self);
void               herald_editor_page_show_message     (HeraldEditorPage  *self,
                                                        const char        *message);

/* herald-editor-page-fields.c: loading fields from the post and back */
void               herald_editor_page_class_init_fields (GtkWidgetClass   *widget_class);
void               herald_editor_page_class_init_convert (GtkWidgetClass  *widget_class);
void               herald_editor_page_class_init_series (GtkWidgetClass   *widget_class);
void               herald_editor_page_init_fields      (HeraldEditorPage  *self);
void               herald_editor_page_load_fields      (HeraldEditorPage  *self);
void               herald_editor_page_collect_fields   (HeraldEditorPage  *self);
HeraldAccount     *herald_editor_page_get_account      (HeraldEditorPage  *self);
HeraldChannelKind *herald_editor_page_get_kind         (HeraldEditorPage  *self);
void               herald_editor_page_update_account   (HeraldEditorPage  *self);
void               herald_editor_page_update_attachments (HeraldEditorPage *self);
gint64             herald_editor_page_get_scheduled_at (HeraldEditorPage  *self);
char              *herald_editor_page_get_body         (HeraldEditorPage  *self);
char             **herald_editor_page_get_tags         (HeraldEditorPage  *self);

/* For tests. */
gboolean           herald_editor_page_set_status       (HeraldEditorPage  *self,
                                                        HeraldPostStatus   status,
                                                        GError           **error);
void               herald_editor_page_add_attachments  (HeraldEditorPage  *self,
                                                        GListModel        *files);
void               herald_editor_page_insert_topic     (HeraldEditorPage  *self,
                                                        const char        *topic);
AdwBin            *herald_editor_page_get_checks_slot  (HeraldEditorPage  *self);
gboolean           herald_editor_page_convert          (HeraldEditorPage  *self,
                                                        const char        *conversion,
                                                        GError           **error);
HeraldPost        *herald_editor_page_copy_to_account  (HeraldEditorPage  *self,
                                                        HeraldAccount     *account,
                                                        GError           **error);
void               herald_editor_page_update_siblings  (HeraldEditorPage  *self);

G_END_DECLS
