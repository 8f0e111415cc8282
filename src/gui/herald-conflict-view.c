/* herald-conflict-view.c — one conflict, mine beside theirs
 *
 * Shows a post as kept here beside the version a team member saved, field
 * by field, the fields that differ highlighted (and marked in words, not
 * only in colour), with the three ways to settle it.  The view leaves once
 * the conflict is settled, here or anywhere else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-conflict-view"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-conflict-view.h"
#include "herald-post-status-names.h"
#include "herald-store-conflicts.h"

struct _HeraldConflictView
{
  AdwNavigationPage   parent_instance;

  HeraldStore        *store;
  char               *copy_id;
  HeraldSyncConflict *conflict;
  gboolean            settling;
  AdwToast           *last_toast;

  GtkLabel           *heading;
  GtkGrid            *grid;
  GtkWidget          *choices;
  GtkWidget          *keep_mine_button;
};

G_DEFINE_FINAL_TYPE (HeraldConflictView, herald_conflict_view, ADW_TYPE_NAVIGATION_PAGE)

typedef enum {
  VALUE_TITLE,
  VALUE_BODY,
  VALUE_DIGEST,
  VALUE_TIME,
  VALUE_STATUS,
  VALUE_ACCOUNT,
  VALUE_CAMPAIGN,
  VALUE_TAGS,
  VALUE_URL,
  VALUE_NOTES,
} Value;

static const struct {
  HeraldConflictField field;
  Value               value;
  const char         *name;
} fields[] = {
  { HERALD_CONFLICT_FIELD_TITLE, VALUE_TITLE, N_("Title") },
  { HERALD_CONFLICT_FIELD_TIME, VALUE_TIME, N_("Time") },
  { HERALD_CONFLICT_FIELD_STATUS, VALUE_STATUS, N_("Status") },
  { HERALD_CONFLICT_FIELD_ACCOUNT, VALUE_ACCOUNT, N_("Account") },
  { HERALD_CONFLICT_FIELD_CAMPAIGN, VALUE_CAMPAIGN, N_("Campaign") },
  { HERALD_CONFLICT_FIELD_BODY, VALUE_BODY, N_("Body") },
  { HERALD_CONFLICT_FIELD_DIGEST, VALUE_DIGEST, N_("Digest") },
  { HERALD_CONFLICT_FIELD_TAGS, VALUE_TAGS, N_("Tags") },
  { HERALD_CONFLICT_FIELD_URL, VALUE_URL, N_("Link") },
  { HERALD_CONFLICT_FIELD_NOTES, VALUE_NOTES, N_("Notes") },
};

/* What a settled conflict's toast needs, for as long as it lives. */
typedef struct {
  HeraldStore *store;
  char        *copy_id;
} Settled;

static void
settled_free (gpointer  data,
              GClosure *closure)
{
  Settled *settled = data;

  g_clear_object (&settled->store);
  g_free (settled->copy_id);
  g_free (settled);
}

static char *
value_text (HeraldConflictView *self,
            HeraldPost         *post,
            Value               value)
{
  switch (value)
    {
    case VALUE_TITLE:
      return g_strdup (herald_post_get_title (post));
    case VALUE_BODY:
      return g_strdup (herald_post_get_body (post));
    case VALUE_DIGEST:
      return g_strdup (herald_post_get_digest (post));
    case VALUE_URL:
      return g_strdup (herald_post_get_url (post));
    case VALUE_NOTES:
      return g_strdup (herald_post_get_notes (post));
    case VALUE_STATUS:
      return g_strdup (herald_post_status_get_label (herald_post_get_status (post)));

    case VALUE_TIME:
      {
        gint64 at = herald_post_get_scheduled_at (post);
        const char *tz = herald_post_get_tz (post);
        g_autoptr (GTimeZone) zone = NULL;
        g_autoptr (GDateTime) utc = NULL;
        g_autoptr (GDateTime) time = NULL;
        g_autofree char *text = NULL;

        if (at == 0)
          return g_strdup (_("Not scheduled"));

        /* In the post's own zone when it has one, so that the two sides
         * read alike whatever this computer's zone. */
        if (tz != NULL && *tz != '\0')
          zone = g_time_zone_new_identifier (tz);
        utc = g_date_time_new_from_unix_utc (at);
        time = zone != NULL ? g_date_time_to_timezone (utc, zone) : g_date_time_to_local (utc);
        text = g_date_time_format (time, C_("conflict time", "%Y-%m-%d %H:%M"));
        if (zone != NULL)
          /* Translators: a time and its time zone, such as 2026-11-28 20:00 (Asia/Shanghai) */
          return g_strdup_printf (_("%s (%s)"), text, tz);
        return g_steal_pointer (&text);
      }

    case VALUE_ACCOUNT:
      {
        g_autoptr (HeraldAccount) account = herald_store_get_account (self->store, herald_post_get_account_id (post), NULL);

        return g_strdup (account != NULL ? herald_account_get_name (account) : "");
      }

    case VALUE_CAMPAIGN:
      {
        g_autoptr (HeraldCampaign) campaign = NULL;

        if (herald_post_get_campaign_id (post) == NULL)
          return NULL;
        campaign = herald_store_get_campaign (self->store, herald_post_get_campaign_id (post), NULL);
        return g_strdup (campaign != NULL ? herald_campaign_get_name (campaign) : "");
      }

    case VALUE_TAGS:
      {
        const char * const *tags = herald_post_get_tags (post);

        /* Translators: what goes between tags in a list of them */
        return tags != NULL ? g_strjoinv (C_("tag separator", " · "), (char **) tags) : NULL;
      }

    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
value_cell (const char *text,
            gboolean    differs)
{
  gboolean empty = text == NULL || *text == '\0';
  GtkWidget *label = gtk_label_new (empty ? "—" : text);
  GtkWidget *cell = adw_bin_new ();

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  if (empty)
    gtk_widget_add_css_class (label, "dim-label");

  adw_bin_set_child (ADW_BIN (cell), label);
  gtk_widget_add_css_class (cell, "conflict-value");
  if (differs)
    gtk_widget_add_css_class (cell, "differs");
  return cell;
}

static GtkWidget *
field_heading (const char *name,
               gboolean    differs)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (name);

  gtk_widget_add_css_class (label, "caption-heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_top (box, 6);
  if (differs)
    {
      GtkWidget *badge = gtk_label_new (_("Differs"));

      gtk_widget_add_css_class (badge, "conflict-badge");
      gtk_box_append (GTK_BOX (box), badge);
    }
  else
    {
      gtk_widget_add_css_class (label, "dim-label");
    }

  return box;
}

/* Removes every row but the column headings. */
static void
clear_grid (HeraldConflictView *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);
      int row;

      gtk_grid_query_child (self->grid, child, NULL, &row, NULL, NULL);
      if (row > 0)
        gtk_grid_remove (self->grid, child);
      child = next;
    }
}

static void
fill (HeraldConflictView *self)
{
  int row = 1;

  clear_grid (self);
  if (self->conflict == NULL)
    return;

  gtk_label_set_label (self->heading, herald_post_get_title (self->conflict->mine));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *mine = value_text (self, self->conflict->mine, fields[i].value);
      g_autofree char *theirs = value_text (self, self->conflict->theirs, fields[i].value);
      gboolean differs = (self->conflict->differences & fields[i].field) != 0;

      /* Fields empty on both sides say nothing. */
      if (!differs && (mine == NULL || *mine == '\0') && (theirs == NULL || *theirs == '\0'))
        continue;

      gtk_grid_attach (self->grid, field_heading (_(fields[i].name), differs), 0, row++, 2, 1);
      gtk_grid_attach (self->grid, value_cell (mine, differs), 0, row, 1, 1);
      gtk_grid_attach (self->grid, value_cell (theirs, differs), 1, row++, 1, 1);
    }
}

/* Reads the conflict again; %FALSE once it no longer waits. */
static gboolean
reload (HeraldConflictView *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->conflict, herald_sync_conflict_free);
  self->conflict = herald_store_sync_get_conflict (self->store, self->copy_id, &error);
  if (self->conflict == NULL && !g_error_matches (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_NOT_FOUND))
    g_warning ("Could not read the conflict: %s", error->message);

  fill (self);
  return self->conflict != NULL;
}

static void
leave (HeraldConflictView *self)
{
  GtkWidget *navigation = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);

  if (navigation != NULL &&
      adw_navigation_view_get_visible_page (ADW_NAVIGATION_VIEW (navigation)) == ADW_NAVIGATION_PAGE (self))
    adw_navigation_view_pop (ADW_NAVIGATION_VIEW (navigation));
}

static void
store_changed_cb (HeraldConflictView *self,
                  HeraldRecordKind    kind)
{
  if (self->settling || (kind != HERALD_RECORD_POST && kind != HERALD_RECORD_ACCOUNT && kind != HERALD_RECORD_CAMPAIGN))
    return;

  if (!reload (self))
    leave (self);
}

static void
undo_keep_mine_cb (AdwToast *toast,
                   Settled  *settled)
{
  g_autoptr (GError) error = NULL;

  if (!herald_store_restore (settled->store, HERALD_RECORD_POST, settled->copy_id, &error))
    g_warning ("Could not bring the conflict back: %s", error->message);
}

static void
settle (HeraldConflictView   *self,
        HeraldConflictChoice  choice)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean settled;
  AdwToast *toast;

  if (self->conflict == NULL)
    return;

  self->settling = TRUE;
  settled = herald_store_sync_resolve_conflict (self->store, self->copy_id, choice, &error);
  self->settling = FALSE;

  if (!settled)
    {
      /* Translators: %s says why */
      message = g_strdup_printf (_("Could not settle the conflict: %s"), error->message);
      toast = adw_toast_new (message);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  else
    {
      const char *title = herald_post_get_title (self->conflict->mine);

      switch (choice)
        {
        case HERALD_CONFLICT_KEEP_MINE:
          /* Translators: %s is a post title */
          message = g_strdup_printf (_("Kept your version of “%s”"), title);
          break;
        case HERALD_CONFLICT_KEEP_THEIRS:
          /* Translators: %s is a post title */
          message = g_strdup_printf (_("Kept the team member’s version of “%s”"), title);
          break;
        case HERALD_CONFLICT_KEEP_BOTH:
        default:
          /* Translators: %s is a post title */
          message = g_strdup_printf (_("Kept both versions of “%s”"), title);
          break;
        }
      toast = adw_toast_new (message);

      /* The other version is in the bin: Undo brings the conflict back. */
      if (choice == HERALD_CONFLICT_KEEP_MINE)
        {
          Settled *data = g_new0 (Settled, 1);

          data->store = g_object_ref (self->store);
          data->copy_id = g_strdup (self->copy_id);
          adw_toast_set_button_label (toast, _("_Undo"));
          g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_keep_mine_cb), data, settled_free, 0);
        }
    }

  adw_toast_set_use_markup (toast, FALSE);
  g_set_object (&self->last_toast, toast);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));

  if (settled)
    leave (self);
}

static void
conflict_keep_mine_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  settle (HERALD_CONFLICT_VIEW (widget), HERALD_CONFLICT_KEEP_MINE);
}

static void
conflict_keep_theirs_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  settle (HERALD_CONFLICT_VIEW (widget), HERALD_CONFLICT_KEEP_THEIRS);
}

static void
conflict_keep_both_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  settle (HERALD_CONFLICT_VIEW (widget), HERALD_CONFLICT_KEEP_BOTH);
}

static void
herald_conflict_view_shown (AdwNavigationPage *page)
{
  HeraldConflictView *self = HERALD_CONFLICT_VIEW (page);

  /* Keyboard users start on the safe choice. */
  gtk_widget_grab_focus (self->keep_mine_button);
}

static void
herald_conflict_view_dispose (GObject *object)
{
  HeraldConflictView *self = HERALD_CONFLICT_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_CONFLICT_VIEW);
  g_clear_object (&self->store);
  g_clear_pointer (&self->conflict, herald_sync_conflict_free);
  g_clear_object (&self->last_toast);

  G_OBJECT_CLASS (herald_conflict_view_parent_class)->dispose (object);
}

static void
herald_conflict_view_finalize (GObject *object)
{
  HeraldConflictView *self = HERALD_CONFLICT_VIEW (object);

  g_free (self->copy_id);

  G_OBJECT_CLASS (herald_conflict_view_parent_class)->finalize (object);
}

static void
herald_conflict_view_class_init (HeraldConflictViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwNavigationPageClass *page_class = ADW_NAVIGATION_PAGE_CLASS (klass);

  object_class->dispose = herald_conflict_view_dispose;
  object_class->finalize = herald_conflict_view_finalize;
  page_class->shown = herald_conflict_view_shown;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-conflict-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldConflictView, heading);
  gtk_widget_class_bind_template_child (widget_class, HeraldConflictView, grid);
  gtk_widget_class_bind_template_child (widget_class, HeraldConflictView, choices);
  gtk_widget_class_bind_template_child (widget_class, HeraldConflictView, keep_mine_button);

  gtk_widget_class_install_action (widget_class, "conflict.keep-mine", NULL, conflict_keep_mine_action);
  gtk_widget_class_install_action (widget_class, "conflict.keep-theirs", NULL, conflict_keep_theirs_action);
  gtk_widget_class_install_action (widget_class, "conflict.keep-both", NULL, conflict_keep_both_action);
}

static void
herald_conflict_view_init (HeraldConflictView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * herald_conflict_view_new:
 * @store: the database
 * @copy_id: the conflict copy's id
 *
 * Returns: (transfer floating): a page showing the conflict
 */
HeraldConflictView *
herald_conflict_view_new (HeraldStore *store,
                          const char  *copy_id)
{
  HeraldConflictView *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);
  g_return_val_if_fail (copy_id != NULL, NULL);

  self = g_object_new (HERALD_TYPE_CONFLICT_VIEW, NULL);
  self->store = g_object_ref (store);
  self->copy_id = g_strdup (copy_id);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);

  return self;
}

const char *
herald_conflict_view_get_copy_id (HeraldConflictView *self)
{
  g_return_val_if_fail (HERALD_IS_CONFLICT_VIEW (self), NULL);

  return self->copy_id;
}

GtkGrid *
herald_conflict_view_get_grid (HeraldConflictView *self)
{
  g_return_val_if_fail (HERALD_IS_CONFLICT_VIEW (self), NULL);

  return self->grid;
}

/*
 * herald_conflict_view_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the toast the last choice showed,
 *   for tests
 */
AdwToast *
herald_conflict_view_get_last_toast (HeraldConflictView *self)
{
  g_return_val_if_fail (HERALD_IS_CONFLICT_VIEW (self), NULL);

  return self->last_toast;
}

/**
 * herald_conflict_view_describe:
 * @differences: #HeraldConflictField bits
 *
 * Returns: (transfer full): the fields named, such as "Title, Time"
 */
char *
herald_conflict_view_describe (guint differences)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if ((differences & fields[i].field) == 0)
        continue;
      if (text->len > 0)
        /* Translators: what goes between the names in a list of fields */
        g_string_append (text, C_("field separator", ", "));
      g_string_append (text, _(fields[i].name));
    }

  /* Only fields not shown (such as the series) differ. */
  if (text->len == 0)
    g_string_append (text, _("Details"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
