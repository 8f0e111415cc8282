/* herald-ad-words-preferences.c — Preferences → Advertising Law: the
 * user's own words and exceptions
 *
 * Words added here are flagged in the editor's checks and by `herald
 * --check --database`, along with the list Herald ships; exceptions are
 * never flagged.  Removing one is immediate and undone from the toast.
 * The lists follow the store's `changed`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-ad-words-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-ad-finding.h"
#include "herald-ad-words-preferences.h"
#include "herald-preferences-dialog.h"
#include "herald-store-ad-words.h"

struct _HeraldAdWordsPreferences
{
  AdwPreferencesPage  parent_instance;

  HeraldStore        *store;

  AdwEntryRow        *word_row;
  AdwEntryRow        *suggestion_row;
  AdwEntryRow        *exception_row;
  GtkListBox         *words_list;
  GtkListBox         *exceptions_list;
};

G_DEFINE_FINAL_TYPE (HeraldAdWordsPreferences, herald_ad_words_preferences, ADW_TYPE_PREFERENCES_PAGE)

/* What the Undo of a removal needs, for as long as its toast lives. */
typedef struct {
  HeraldStore      *store;
  HeraldUserAdWord *word;
  GWeakRef          page;
} RemovedWord;

static void
removed_word_free (gpointer  data,
                   GClosure *closure)
{
  RemovedWord *removed = data;

  g_clear_object (&removed->store);
  g_clear_pointer (&removed->word, herald_user_ad_word_free);
  g_weak_ref_clear (&removed->page);
  g_free (removed);
}

/* Takes @message. */
static void
show_error (HeraldAdWordsPreferences *self,
            char                     *message)
{
  g_autofree char *owned = message;
  AdwToast *toast = adw_toast_new (owned);

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  herald_preferences_page_add_toast (GTK_WIDGET (self), toast);
}

static GtkWidget *
create_row (const HeraldUserAdWord *word)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), word->word);
  if (!word->is_exception)
    {
      const char *category = herald_ad_category_get_name (word->category);

      if (word->suggestion != NULL)
        /* Translators: the first %s is a category of advertising-law
         * words, the second the word suggested instead */
        subtitle = g_strdup_printf (_("%s; use “%s”"), category, word->suggestion);
      else
        subtitle = g_strdup (category);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "ad-words.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "(sb)", word->word, word->is_exception);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
reload (HeraldAdWordsPreferences *self)
{
  g_autoptr (GPtrArray) words = NULL;
  g_autoptr (GError) error = NULL;

  gtk_list_box_remove_all (self->words_list);
  gtk_list_box_remove_all (self->exceptions_list);
  if (self->store == NULL)
    return;

  words = herald_store_list_ad_words (self->store, &error);
  if (words == NULL)
    {
      g_warning ("Could not list the advertising-law words: %s", error->message);
      return;
    }

  for (guint i = 0; i < words->len; i++)
    {
      HeraldUserAdWord *word = g_ptr_array_index (words, i);

      gtk_list_box_append (word->is_exception ? self->exceptions_list : self->words_list, create_row (word));
    }
}

static void
store_changed_cb (HeraldAdWordsPreferences *self,
                  HeraldRecordKind          kind)
{
  if (kind == HERALD_RECORD_AD_WORD)
    reload (self);
}

/**
 * herald_ad_words_preferences_add:
 * @self: a #HeraldAdWordsPreferences
 * @is_exception: whether to add the exception typed, or the word
 *
 * Adds what is typed in the word (and suggestion) or exception rows, and
 * empties them.  What cannot be added stays typed, and a toast says why.
 *
 * Returns: %TRUE if it was added
 */
gboolean
herald_ad_words_preferences_add (HeraldAdWordsPreferences *self,
                                 gboolean                  is_exception)
{
  AdwEntryRow *row = is_exception ? self->exception_row : self->word_row;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  const char *suggestion = gtk_editable_get_text (GTK_EDITABLE (self->suggestion_row));
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (HERALD_IS_AD_WORDS_PREFERENCES (self), FALSE);

  if (self->store == NULL || *text == '\0')
    return FALSE;

  if (!herald_store_add_ad_word (self->store, text, NULL, is_exception ? NULL : suggestion, is_exception, &error))
    {
      /* Translators: %s says why */
      show_error (self, g_strdup_printf (_("Could not add “%s”: %s"), text, error->message));
      return FALSE;
    }

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  if (!is_exception)
    gtk_editable_set_text (GTK_EDITABLE (self->suggestion_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (row));

  return TRUE;
}

static void
add_word_cb (HeraldAdWordsPreferences *self)
{
  herald_ad_words_preferences_add (self, FALSE);
}

static void
add_exception_cb (HeraldAdWordsPreferences *self)
{
  herald_ad_words_preferences_add (self, TRUE);
}

static void
undo_remove_cb (AdwToast    *toast,
                RemovedWord *removed)
{
  HeraldUserAdWord *word = removed->word;
  g_autoptr (GError) error = NULL;

  if (!herald_store_add_ad_word (removed->store, word->word, word->category, word->suggestion,
                                 word->is_exception, &error))
    {
      g_autoptr (HeraldAdWordsPreferences) self = g_weak_ref_get (&removed->page);

      if (self != NULL)
        /* Translators: %s says why */
        show_error (self, g_strdup_printf (_("Could not bring the word back: %s"), error->message));
      else
        g_warning ("Could not bring the word back: %s", error->message);
    }
}

/**
 * herald_ad_words_preferences_remove:
 * @self: a #HeraldAdWordsPreferences
 * @word: a word or exception, as listed
 * @is_exception: which of the two
 *
 * Removes it, with a toast to undo.
 */
void
herald_ad_words_preferences_remove (HeraldAdWordsPreferences *self,
                                    const char               *word,
                                    gboolean                  is_exception)
{
  g_autoptr (GPtrArray) words = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  HeraldUserAdWord *found = NULL;
  RemovedWord *removed;
  AdwToast *toast;

  g_return_if_fail (HERALD_IS_AD_WORDS_PREFERENCES (self));
  g_return_if_fail (word != NULL);

  if (self->store == NULL)
    return;

  /* What Undo puts back. */
  words = herald_store_list_ad_words (self->store, &error);
  for (guint i = 0; words != NULL && i < words->len; i++)
    {
      HeraldUserAdWord *candidate = g_ptr_array_index (words, i);

      if (candidate->is_exception == is_exception && g_str_equal (candidate->word, word))
        found = candidate;
    }

  if (found == NULL || !herald_store_remove_ad_word (self->store, word, is_exception, &error))
    {
      /* Translators: %s says why */
      show_error (self, g_strdup_printf (_("Could not remove “%s”: %s"), word,
                                         error != NULL ? error->message : _("it is not listed")));
      return;
    }

  title = is_exception ? g_strdup_printf (_("Exception “%s” removed"), word)
                       : g_strdup_printf (_("Word “%s” removed"), word);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_use_markup (toast, FALSE);

  removed = g_new0 (RemovedWord, 1);
  removed->store = g_object_ref (self->store);
  removed->word = herald_user_ad_word_copy (found);
  g_weak_ref_init (&removed->page, self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), removed, removed_word_free, 0);

  herald_preferences_page_add_toast (GTK_WIDGET (self), toast);
}

static void
ad_words_remove_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  const char *word;
  gboolean is_exception;

  g_variant_get (param, "(&sb)", &word, &is_exception);
  herald_ad_words_preferences_remove (HERALD_AD_WORDS_PREFERENCES (widget), word, is_exception);
}

/**
 * herald_ad_words_preferences_set_store:
 * @self: a #HeraldAdWordsPreferences
 * @store: (nullable): the database whose words to show
 */
void
herald_ad_words_preferences_set_store (HeraldAdWordsPreferences *self,
                                       HeraldStore              *store)
{
  g_return_if_fail (HERALD_IS_AD_WORDS_PREFERENCES (self));
  g_return_if_fail (store == NULL || HERALD_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_sensitive (GTK_WIDGET (self), store != NULL);
  reload (self);
}

static void
herald_ad_words_preferences_dispose (GObject *object)
{
  HeraldAdWordsPreferences *self = HERALD_AD_WORDS_PREFERENCES (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_AD_WORDS_PREFERENCES);

  G_OBJECT_CLASS (herald_ad_words_preferences_parent_class)->dispose (object);
}

static void
herald_ad_words_preferences_class_init (HeraldAdWordsPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_ad_words_preferences_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-ad-words-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldAdWordsPreferences, word_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldAdWordsPreferences, suggestion_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldAdWordsPreferences, exception_row);
  gtk_widget_class_bind_template_child (widget_class, HeraldAdWordsPreferences, words_list);
  gtk_widget_class_bind_template_child (widget_class, HeraldAdWordsPreferences, exceptions_list);
  gtk_widget_class_bind_template_callback (widget_class, add_word_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_exception_cb);

  gtk_widget_class_install_action (widget_class, "ad-words.remove", "(sb)", ad_words_remove_action);
}

static void
herald_ad_words_preferences_init (HeraldAdWordsPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
