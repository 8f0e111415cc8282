/* herald-shortcuts-dialog.c — the Keyboard Shortcuts dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-shortcuts"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-shortcuts-dialog.h"

struct _HeraldShortcutsDialog
{
  AdwDialog             parent_instance;

  AdwPreferencesGroup  *general_group;
  AdwPreferencesGroup  *pages_group;
  AdwPreferencesGroup  *calendar_group;
  AdwPreferencesGroup  *editor_group;
  AdwPreferencesGroup  *topics_group;
  AdwPreferencesGroup  *campaigns_group;
};

G_DEFINE_FINAL_TYPE (HeraldShortcutsDialog, herald_shortcuts_dialog, ADW_TYPE_DIALOG)

typedef enum {
  GROUP_GENERAL,
  GROUP_PAGES,
  GROUP_CALENDAR,
  GROUP_EDITOR,
  GROUP_TOPICS,
  GROUP_CAMPAIGNS,
} ShortcutGroup;

static const struct {
  ShortcutGroup  group;
  const char    *title;
  const char    *accelerator;
} shortcuts[] = {
  { GROUP_GENERAL, N_("Preferences"), "<Control>comma" },
  { GROUP_GENERAL, N_("Keyboard Shortcuts"), "<Control>question" },
  { GROUP_GENERAL, N_("New Post"), "<Control>n" },
  { GROUP_GENERAL, N_("Search Posts and Topics"), "<Control>f" },
  { GROUP_GENERAL, N_("Close Window"), "<Control>w" },
  { GROUP_GENERAL, N_("Quit"), "<Control>q" },
  { GROUP_PAGES, N_("Calendar"), "<Alt>1" },
  { GROUP_PAGES, N_("Drafts"), "<Alt>2" },
  { GROUP_PAGES, N_("Hot Topics"), "<Alt>3" },
  { GROUP_PAGES, N_("Campaigns"), "<Alt>4" },
  { GROUP_CALENDAR, N_("Previous Month or Week"), "Page_Up" },
  { GROUP_CALENDAR, N_("Next Month or Week"), "Page_Down" },
  { GROUP_CALENDAR, N_("Go to Today"), "t" },
  { GROUP_CALENDAR, N_("New Post on the Selected Day"), "<Control>n" },
  { GROUP_CALENDAR, N_("Open the Selected Post"), "Return" },
  { GROUP_CALENDAR, N_("Delete the Selected Post"), "Delete" },
  { GROUP_CALENDAR, N_("Move the Post a Day Earlier"), "<Alt>Left" },
  { GROUP_CALENDAR, N_("Move the Post a Day Later"), "<Alt>Right" },
  { GROUP_CALENDAR, N_("Month View"), "<Control>1" },
  { GROUP_CALENDAR, N_("Week View"), "<Control>2" },
  { GROUP_CALENDAR, N_("Agenda View"), "<Control>3" },
  { GROUP_EDITOR, N_("Save Now"), "<Control>s" },
  { GROUP_EDITOR, N_("Undo"), "<Control>z" },
  { GROUP_EDITOR, N_("Redo"), "<Control><Shift>z" },
  { GROUP_EDITOR, N_("Publish…"), "<Control><Shift>p" },
  { GROUP_EDITOR, N_("Back to the Page"), "<Alt>Left" },
  { GROUP_TOPICS, N_("Refresh Hot Lists"), "<Control>r" },
  { GROUP_TOPICS, N_("Search Topics"), "<Control>f" },
  { GROUP_TOPICS, N_("Add Topic"), "<Control><Shift>n" },
  { GROUP_CAMPAIGNS, N_("New Campaign"), "<Control><Shift>n" },
  { GROUP_CAMPAIGNS, N_("Previous Week"), "<Alt>Page_Up" },
  { GROUP_CAMPAIGNS, N_("Next Week"), "<Alt>Page_Down" },
  { GROUP_CAMPAIGNS, N_("Import Metrics"), "<Control>i" },
  { GROUP_CAMPAIGNS, N_("Print the Week Review"), "<Control>p" },
};

/* One keycap per key of the accelerator, as the platform names them. */
static GtkWidget *
create_keycaps (const char *accelerator)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  g_autofree char *label = NULL;
  g_auto (GStrv) keys = NULL;
  GdkModifierType mods;
  guint key;

  if (!gtk_accelerator_parse (accelerator, &key, &mods))
    g_return_val_if_reached (box);

  label = gtk_accelerator_get_label (key, mods);
  keys = g_strsplit (label, "+", -1);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      /* "Ctrl++" splits into an empty last part: that key is "+". */
      const char *text = *keys[i] != '\0' ? keys[i] : "+";
      GtkWidget *keycap;

      if (*keys[i] == '\0' && keys[i + 1] != NULL)
        continue;

      keycap = gtk_label_new (text);
      gtk_widget_add_css_class (keycap, "keycap");
      gtk_box_append (GTK_BOX (box), keycap);
    }

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return box;
}

static void
herald_shortcuts_dialog_class_init (HeraldShortcutsDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-shortcuts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldShortcutsDialog, general_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldShortcutsDialog, pages_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldShortcutsDialog, calendar_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldShortcutsDialog, editor_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldShortcutsDialog, topics_group);
  gtk_widget_class_bind_template_child (widget_class, HeraldShortcutsDialog, campaigns_group);
}

static void
herald_shortcuts_dialog_init (HeraldShortcutsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      AdwPreferencesGroup *group;
      GtkWidget *row;

      if (shortcuts[i].group == GROUP_GENERAL)
        group = self->general_group;
      else if (shortcuts[i].group == GROUP_PAGES)
        group = self->pages_group;
      else if (shortcuts[i].group == GROUP_CALENDAR)
        group = self->calendar_group;
      else if (shortcuts[i].group == GROUP_EDITOR)
        group = self->editor_group;
      else if (shortcuts[i].group == GROUP_TOPICS)
        group = self->topics_group;
      else
        group = self->campaigns_group;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(shortcuts[i].title));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_keycaps (shortcuts[i].accelerator));
      adw_preferences_group_add (group, row);
    }
}

HeraldShortcutsDialog *
herald_shortcuts_dialog_new (void)
{
  return g_object_new (HERALD_TYPE_SHORTCUTS_DIALOG, NULL);
}
