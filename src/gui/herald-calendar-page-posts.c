/* herald-calendar-page-posts.c — what the calendar page does when a view
 * asks to open, create, move or delete a post
 *
 * Every change goes through the store and, where it can be undone, shows a
 * toast with Undo that puts things back through the store again.  The
 * post dialog edits a fresh copy read from the store, never the object a
 * view shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-calendar-page"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-calendar-page-private.h"
#include "herald-post-dialog.h"
#include "herald-slots.h"
#include "herald-window.h"

static HeraldWindow *
get_window (HeraldCalendarPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return HERALD_IS_WINDOW (root) ? HERALD_WINDOW (root) : NULL;
}

void
herald_calendar_page_add_toast (HeraldCalendarPage *self,
                                AdwToast           *toast)
{
  HeraldWindow *window = get_window (self);

  g_set_object (&self->last_toast, toast);
  if (window != NULL)
    herald_window_add_toast (window, toast);
  else
    g_object_unref (toast);
}

void
herald_calendar_page_show_error (HeraldCalendarPage *self,
                                 const char         *what,
                                 const GError       *error)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", what, error->message);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  herald_calendar_page_add_toast (self, toast);
}

static HeraldAccount *
account_for_new_post (HeraldCalendarPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->accounts));

  /* The first account shown, else the first there is. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldAccount) account = g_list_model_get_item (G_LIST_MODEL (self->accounts), i);

      if (herald_account_get_visible (account))
        return g_steal_pointer (&account);
    }

  return n > 0 ? g_list_model_get_item (G_LIST_MODEL (self->accounts), 0) : NULL;
}

void
herald_calendar_page_open_post_cb (HeraldCalendarPage *self,
                                   HeraldPost         *post)
{
  g_autoptr (HeraldPost) fresh = NULL;
  g_autoptr (GError) error = NULL;

  /* In the window, posts open in the editor. */
  if (gtk_widget_activate_action (GTK_WIDGET (self), "win.open-post", "s",
                                  herald_record_get_id (HERALD_RECORD (post))))
    return;

  /* The dialog edits its own copy, the store's latest. */
  fresh = herald_store_get_post (self->store, herald_record_get_id (HERALD_RECORD (post)), &error);
  if (fresh == NULL)
    {
      herald_calendar_page_show_error (self, _("Could not open the post"), error);
      return;
    }

  adw_dialog_present (ADW_DIALOG (herald_post_dialog_new (self->store, G_LIST_MODEL (self->accounts), fresh, NULL)),
                      GTK_WIDGET (self));
}

void
herald_calendar_page_new_post_cb (HeraldCalendarPage *self,
                                  const GDate        *day,
                                  gint64              at)
{
  g_autoptr (HeraldAccount) account = account_for_new_post (self);
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr (GError) error = NULL;

  if (account == NULL)
    return;

  if (at == 0)
    {
      at = herald_slots_next_free (self->store, account, day, zone, g_get_real_time () / G_USEC_PER_SEC, &error);
      if (error != NULL)
        g_warning ("Could not find a free slot: %s", error->message);
    }

  post = herald_post_new (herald_record_get_id (HERALD_RECORD (account)), "");
  herald_post_set_scheduled_at (post, at);
  herald_post_set_status (post, at != 0 ? HERALD_POST_STATUS_SCHEDULED : HERALD_POST_STATUS_IDEA);

  adw_dialog_present (ADW_DIALOG (herald_post_dialog_new (self->store, G_LIST_MODEL (self->accounts), post, day)),
                      GTK_WIDGET (self));
}

typedef struct {
  HeraldStore *store;
  char        *post_id;
  gint64       scheduled_at;
  GWeakRef     page;
} Undo;

static void
undo_free (gpointer data,
           GClosure *closure)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_free (undo->post_id);
  g_weak_ref_clear (&undo->page);
  g_free (undo);
}

static Undo *
undo_new (HeraldCalendarPage *self,
          HeraldPost         *post)
{
  Undo *undo = g_new0 (Undo, 1);

  undo->store = g_object_ref (self->store);
  undo->post_id = g_strdup (herald_record_get_id (HERALD_RECORD (post)));
  undo->scheduled_at = herald_post_get_scheduled_at (post);
  g_weak_ref_init (&undo->page, self);

  return undo;
}

static void
undo_error (Undo         *undo,
            const GError *error)
{
  g_autoptr (HeraldCalendarPage) self = g_weak_ref_get (&undo->page);

  if (self != NULL)
    herald_calendar_page_show_error (self, _("Could not undo"), error);
  else
    g_warning ("Could not undo: %s", error->message);
}

static void
undo_move_cb (AdwToast *toast,
              Undo     *undo)
{
  g_autoptr (HeraldPost) post = NULL;
  g_autoptr (GError) error = NULL;

  post = herald_store_get_post (undo->store, undo->post_id, &error);
  if (post != NULL)
    {
      herald_post_set_scheduled_at (post, undo->scheduled_at);
      herald_store_save_post (undo->store, post, &error);
    }
  if (error != NULL)
    undo_error (undo, error);
}

void
herald_calendar_page_move_post_cb (HeraldCalendarPage *self,
                                   HeraldPost         *post,
                                   gint64              scheduled_at)
{
  g_autoptr (HeraldPost) fresh = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  Undo *undo;

  fresh = herald_store_get_post (self->store, herald_record_get_id (HERALD_RECORD (post)), &error);
  if (fresh == NULL)
    {
      herald_calendar_page_show_error (self, _("Could not move the post"), error);
      return;
    }

  undo = undo_new (self, fresh);
  herald_post_set_scheduled_at (fresh, scheduled_at);
  if (!herald_store_save_post (self->store, fresh, &error))
    {
      undo_free (undo, NULL);
      herald_calendar_page_show_error (self, _("Could not move the post"), error);
      return;
    }

  time = g_date_time_new_from_unix_local (scheduled_at);
  /* Translators: the new time of a moved post, in a toast; see the
   * strftime manual for the codes.  Chinese: "%-m月%-d日 %H:%M" */
  when = g_date_time_format (time, C_("moved to", "%b %-d %H:%M"));
  /* Translators: %s is a date and time, "Nov 12 20:00" */
  message = g_strdup_printf (_("Moved to %s"), when);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_move_cb), undo, undo_free, 0);
  herald_calendar_page_add_toast (self, toast);
}

static void
undo_delete_cb (AdwToast *toast,
                Undo     *undo)
{
  g_autoptr (GError) error = NULL;

  if (!herald_store_restore (undo->store, HERALD_RECORD_POST, undo->post_id, &error))
    undo_error (undo, error);
}

void
herald_calendar_page_delete_post_cb (HeraldCalendarPage *self,
                                     HeraldPost         *post)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  Undo *undo = undo_new (self, post);

  if (!herald_store_delete (self->store, HERALD_RECORD_POST, herald_record_get_id (HERALD_RECORD (post)), &error))
    {
      undo_free (undo, NULL);
      herald_calendar_page_show_error (self, _("Could not delete the post"), error);
      return;
    }

  /* Translators: %s is a post's title */
  message = g_strdup_printf (_("Deleted “%s”"), herald_post_get_title (post));
  toast = adw_toast_new (message);
  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb), undo, undo_free, 0);
  herald_calendar_page_add_toast (self, toast);
}
