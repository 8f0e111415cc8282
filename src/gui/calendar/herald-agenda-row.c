/* herald-agenda-row.c — one post in the agenda
 *
 * Its time, its account's colour bar, its title, and below the title the
 * account and the status; an overdue post says so in the error colour.
 * On the right, the status glyph the calendar's chips show too.
 *
 * The list view recycles rows: a row is given one post after another,
 * and follows the account it shows while it shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "herald-agenda-row.h"
#include "herald-post-status-names.h"
#include "herald-week-chip.h"

#define BAR_WIDTH 4

struct _HeraldAgendaRow
{
  GtkWidget      parent_instance;

  HeraldPost    *post;
  HeraldAccount *account;
  gint64         now;
  GdkRGBA        color;
  gboolean       cancelled;

  GtkLabel      *time_label;
  GtkWidget     *text_box;
  GtkLabel      *title_label;
  GtkLabel      *account_label;
  GtkWidget     *overdue_label;
  GtkLabel      *glyph_label;
};

G_DEFINE_FINAL_TYPE (HeraldAgendaRow, herald_agenda_row, GTK_TYPE_WIDGET)

/* Rows alive, for the tests and the benchmark that check that the list
 * view keeps only what it shows. */
static guint n_alive;

static void
update (HeraldAgendaRow *self)
{
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *when = NULL;
  g_autoptr (PangoAttrList) attrs = NULL;
  g_autofree char *status = NULL;
  const char *glyph = NULL;
  HeraldPostStatus state;
  gboolean overdue;

  if (self->post == NULL)
    return;

  state = herald_post_get_status (self->post);
  overdue = herald_post_is_overdue (self->post, self->now);
  herald_post_describe_status (self->post, self->now, &glyph);

  time = g_date_time_new_from_unix_local (herald_post_get_scheduled_at (self->post));
  when = time != NULL ? g_date_time_format (time, "%H:%M") : g_strdup ("");
  gtk_label_set_label (self->time_label, when);

  gtk_label_set_label (self->title_label, herald_post_get_title (self->post));
  if ((state == HERALD_POST_STATUS_CANCELLED) != self->cancelled)
    {
      self->cancelled = state == HERALD_POST_STATUS_CANCELLED;
      if (self->cancelled)
        {
          attrs = pango_attr_list_new ();
          pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
        }
      gtk_label_set_attributes (self->title_label, attrs);
      if (self->cancelled)
        gtk_widget_add_css_class (GTK_WIDGET (self), "cancelled");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "cancelled");
    }

  /* Translators: an account and a post's status: "品牌官微 · Scheduled" */
  status = g_strdup_printf (_("%s · %s"),
                            self->account != NULL ? herald_account_get_name (self->account) : _("Unknown account"),
                            herald_post_status_get_label (state));
  gtk_label_set_label (self->account_label, status);
  gtk_widget_set_visible (self->overdue_label, overdue);

  gtk_label_set_label (self->glyph_label, glyph);
  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->glyph_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->glyph_label), "error");

  herald_week_chip_parse_color (self->account, &self->color);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
account_notify_cb (HeraldAgendaRow *self)
{
  update (self);
}

/* Asked for on hover only: setting a tooltip asks the whole window again
 * which tooltip to show, too much for every row the list binds. */
static gboolean
glyph_label_query_tooltip_cb (HeraldAgendaRow *self,
                              int              x,
                              int              y,
                              gboolean         keyboard,
                              GtkTooltip      *tooltip)
{
  if (self->post == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, herald_post_describe_status (self->post, g_get_real_time () / G_USEC_PER_SEC, NULL));
  return TRUE;
}

static void
herald_agenda_row_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  HeraldAgendaRow *self = HERALD_AGENDA_ROW (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t text;
  GskRoundedRect bar;

  /* The account's colour, between the time and the text. */
  if (gtk_widget_compute_bounds (self->text_box, widget, &text))
    {
      gsk_rounded_rect_init_from_rect (&bar,
                                       &GRAPHENE_RECT_INIT (text.origin.x - 6 - BAR_WIDTH - 4, 2,
                                                            BAR_WIDTH, MAX (0, height - 4)),
                                       BAR_WIDTH / 2.0f);
      gtk_snapshot_push_rounded_clip (snapshot, &bar);
      gtk_snapshot_append_color (snapshot, &self->color, &bar.bounds);
      gtk_snapshot_pop (snapshot);
    }

  GTK_WIDGET_CLASS (herald_agenda_row_parent_class)->snapshot (widget, snapshot);
}

static void
herald_agenda_row_dispose (GObject *object)
{
  HeraldAgendaRow *self = HERALD_AGENDA_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_AGENDA_ROW);
  g_clear_object (&self->post);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_func (self->account, account_notify_cb, self);
  g_clear_object (&self->account);

  G_OBJECT_CLASS (herald_agenda_row_parent_class)->dispose (object);
}

static void
herald_agenda_row_finalize (GObject *object)
{
  n_alive--;

  G_OBJECT_CLASS (herald_agenda_row_parent_class)->finalize (object);
}

static void
herald_agenda_row_class_init (HeraldAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_agenda_row_dispose;
  object_class->finalize = herald_agenda_row_finalize;

  widget_class->snapshot = herald_agenda_row_snapshot;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-agenda-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaRow, text_box);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaRow, account_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaRow, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaRow, glyph_label);

  gtk_widget_class_set_css_name (widget_class, "agenda-row");
}

static void
herald_agenda_row_init (HeraldAgendaRow *self)
{
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();

  n_alive++;
  self->color = (GdkRGBA) { 0.6f, 0.6f, 0.6f, 1.0f };

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Times line up down the day. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  gtk_label_set_attributes (self->time_label, attrs);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->glyph_label), TRUE);
  g_signal_connect_swapped (self->glyph_label, "query-tooltip", G_CALLBACK (glyph_label_query_tooltip_cb), self);
}

GtkWidget *
herald_agenda_row_new (void)
{
  return g_object_new (HERALD_TYPE_AGENDA_ROW, NULL);
}

/**
 * herald_agenda_row_get_post:
 * @self: a #HeraldAgendaRow
 *
 * Returns: (transfer none) (nullable): the post shown
 */
HeraldPost *
herald_agenda_row_get_post (HeraldAgendaRow *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_ROW (self), NULL);

  return self->post;
}

/**
 * herald_agenda_row_set_post:
 * @self: a #HeraldAgendaRow
 * @post: (nullable): the post to show, or %NULL when the row is unbound
 * @account: (nullable): its account
 * @now: the current Unix time, to tell an overdue post
 */
void
herald_agenda_row_set_post (HeraldAgendaRow *self,
                            HeraldPost      *post,
                            HeraldAccount   *account,
                            gint64           now)
{
  g_return_if_fail (HERALD_IS_AGENDA_ROW (self));
  g_return_if_fail (post == NULL || HERALD_IS_POST (post));
  g_return_if_fail (account == NULL || HERALD_IS_ACCOUNT (account));

  g_set_object (&self->post, post);
  self->now = now;

  if (self->account != account)
    {
      if (self->account != NULL)
        g_signal_handlers_disconnect_by_func (self->account, account_notify_cb, self);
      g_set_object (&self->account, account);
      if (account != NULL)
        g_signal_connect_object (account, "notify", G_CALLBACK (account_notify_cb), self, G_CONNECT_SWAPPED);
    }

  update (self);
}

/**
 * herald_agenda_row_dup_label:
 * @self: a #HeraldAgendaRow
 *
 * Returns: (transfer full) (nullable): the row in one sentence, for
 *   assistive technologies
 */
char *
herald_agenda_row_dup_label (HeraldAgendaRow *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_ROW (self), NULL);

  if (self->post == NULL)
    return NULL;

  return herald_week_chip_describe (self->post, self->account, self->now);
}

/* The number of rows alive in the process. */
guint
herald_agenda_row_get_n_alive (void)
{
  return n_alive;
}
