/* herald-agenda-view.c — the calendar's agenda: posts listed by day
 *
 * A GtkListView over the query's posts, cut into days by a
 * HeraldAgendaModel, with a heading above each day.
 *
 * The list view keeps list items for two hundred posts or so around the
 * one in view, however tall it is, and maps only those in sight.  Its
 * items are light slots (HeraldAgendaSlot); the agenda lends a full row,
 * from a pool of its own, to each slot the list view maps, and takes it
 * back when the slot is unmapped.  A month of ten thousand posts costs no
 * more rows than a screenful.
 *
 * Section headings scroll away with their day.  So that the day being
 * read always shows, a copy of the heading is pinned over the top of the
 * list, with the day of the first row in sight.
 *
 * Both follow the list view's layout: it maps and unmaps its items while
 * the window is laid out, and the agenda asks the frame clock for one
 * more layout pass, in which it lends rows and updates the pinned
 * heading; what that changes is laid out before the frame is drawn.
 *
 * The agenda spans HERALD_AGENDA_VIEW_WEEKS weeks from the Monday of the
 * selected day's week.  Setting "selected-day" brings that day's heading
 * to the top.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-agenda-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "herald-agenda-slot.h"
#include "herald-agenda-view-private.h"
#include "herald-view.h"
#include "herald-week-chip.h"
#include "herald-week-range.h"

/* Rows kept aside for the slots that come into sight: about a screenful,
 * so that a page down reuses rather than makes them. */
#define MAX_SPARE_ROWS 32


static void view_iface_init (HeraldViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HeraldAgendaView, herald_agenda_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (HERALD_TYPE_VIEW, view_iface_init))

/* A slot's or a heading's GtkListItem or GtkListHeader. */
G_DEFINE_QUARK (herald-agenda-list-item, herald_agenda_view_list_item)

enum {
  PROP_0,
  PROP_QUERY,
  PROP_ACCOUNTS,
  PROP_SELECTED_DAY,
  N_PROPS
};

static gint64
current_time (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static HeraldAccount *
lookup_account (HeraldAgendaView *self,
                HeraldPost       *post)
{
  if (self->account_ids == NULL)
    return NULL;

  return g_hash_table_lookup (self->account_ids, herald_post_get_account_id (post));
}

/* What a list item of the list view holds: a slot or a heading. */
GtkWidget *
herald_agenda_view_list_child_content (GtkWidget *child)
{
  return gtk_widget_get_first_child (child);
}

/* Shows the posts again in the rows lent: an account or the time changed. */
static void
refresh_rows (HeraldAgendaView *self)
{
  gint64 now = current_time ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *slot = herald_agenda_view_list_child_content (child);
      HeraldAgendaRow *row;
      HeraldPost *post;

      if (!HERALD_IS_AGENDA_SLOT (slot) ||
          (row = herald_agenda_slot_get_row (HERALD_AGENDA_SLOT (slot))) == NULL ||
          (post = herald_agenda_slot_get_post (HERALD_AGENDA_SLOT (slot))) == NULL)
        continue;

      herald_agenda_row_set_post (row, post, lookup_account (self, post), now);
    }
}

static HeraldAgendaRow *
borrow_row (HeraldAgendaView *self)
{
  if (self->spare_rows->len > 0)
    return g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);

  return g_object_ref_sink (HERALD_AGENDA_ROW (herald_agenda_row_new ()));
}

static void
return_row (HeraldAgendaView *self,
            HeraldAgendaSlot *slot)
{
  HeraldAgendaRow *row = herald_agenda_slot_take_row (slot);

  if (row == NULL)
    return;

  herald_agenda_row_set_post (row, NULL, NULL, 0);
  /* Enough to fill the slots that come into sight in one step. */
  if (self->spare_rows->len < MAX_SPARE_ROWS)
    g_ptr_array_add (self->spare_rows, row);
  else
    g_object_unref (row);
}

static void
refresh_accounts (HeraldAgendaView *self)
{
  guint n_items = self->accounts != NULL ? g_list_model_get_n_items (self->accounts) : 0;

  g_hash_table_remove_all (self->account_ids);
  for (guint i = 0; i < n_items; i++)
    {
      HeraldAccount *account = g_list_model_get_item (self->accounts, i);

      g_hash_table_insert (self->account_ids, (gpointer) herald_record_get_id (HERALD_RECORD (account)), account);
    }

  refresh_rows (self);
}

void
herald_agenda_view_request_layout (HeraldAgendaView *self)
{
  if (self->frame_clock != NULL)
    gdk_frame_clock_request_phase (self->frame_clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/* The list view maps the list items in sight and unmaps the others. */
static void
list_child_map_cb (HeraldAgendaView *self)
{
  self->sticky_dirty = TRUE;
  self->rows_dirty = TRUE;
  herald_agenda_view_request_layout (self);
}

static void
lend_row (HeraldAgendaView *self,
          HeraldAgendaSlot *slot,
          gint64            now)
{
  HeraldPost *post = herald_agenda_slot_get_post (slot);
  g_autoptr (HeraldAgendaRow) row = borrow_row (self);
  int height;

  herald_agenda_row_set_post (row, post, lookup_account (self, post), now);
  herald_agenda_slot_set_row (slot, row);

  gtk_widget_measure (GTK_WIDGET (row), GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  if (height > self->row_height)
    {
      /* A taller row (a title in another script) makes every slot taller. */
      self->row_height = height;
      self->heights_dirty = TRUE;
    }
}

/* Gives the slots in sight a row and takes back those of the others.
 * A list item just made is mapped before the list view lays it out and
 * finds it out of sight: only one laid out counts. */
static void
lend_rows (HeraldAgendaView *self)
{
  gint64 now = current_time ();

  if (!self->rows_dirty)
    return;
  self->rows_dirty = FALSE;

  for (guint pass = 0; pass < 2; pass++)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        GtkWidget *content = herald_agenda_view_list_child_content (child);
        HeraldAgendaSlot *slot;
        gboolean in_sight;

        if (!HERALD_IS_AGENDA_SLOT (content))
          continue;

        slot = HERALD_AGENDA_SLOT (content);
        in_sight = gtk_widget_get_mapped (child) && gtk_widget_get_width (child) > 0 &&
                   herald_agenda_slot_get_post (slot) != NULL;

        /* Rows go back first, to be lent again at once. */
        if (pass == 0 && !in_sight)
          return_row (self, slot);
        else if (pass == 1 && in_sight && herald_agenda_slot_get_row (slot) == NULL)
          lend_row (self, slot, now);
      }
}

static void
update_heights (HeraldAgendaView *self)
{
  if (!self->heights_dirty)
    return;

  self->heights_dirty = FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (HERALD_IS_AGENDA_SLOT (herald_agenda_view_list_child_content (child)))
      herald_agenda_slot_set_height (HERALD_AGENDA_SLOT (herald_agenda_view_list_child_content (child)), self->row_height);
}

static void
get_span (const GDate *date,
          GDate       *first,
          GDate       *last)
{
  herald_week_range_get_monday (date, first);
  *last = *first;
  g_date_add_days (last, 7 * HERALD_AGENDA_VIEW_WEEKS - 1);
}

static void
update_empty (HeraldAgendaView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0;

  if (empty && g_date_valid (&self->selected_day))
    {
      g_autofree char *title = NULL;
      g_autofree char *description = NULL;
      GDate first, last;

      get_span (&self->selected_day, &first, &last);
      title = herald_week_range_format_title (&first, &last);
      /* Translators: %s is a period, "Nov 9 – Dec 6, 2026" */
      description = g_strdup_printf (_("No posts are planned for %s."), title);
      adw_status_page_set_description (self->empty_page, description);
    }

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
vadjustment_value_changed_cb (HeraldAgendaView *self)
{
  self->sticky_dirty = TRUE;
  herald_agenda_view_request_layout (self);
}

/* In the frame's layout phase.  The list view maps and unmaps its items
 * as it lays them out, which asks for one more pass: what changes here is
 * laid out again before the frame is drawn. */
static void
frame_clock_layout_cb (HeraldAgendaView *self)
{
  lend_rows (self);
  update_heights (self);
  herald_agenda_view_update_sticky (self);
}

static void minute_cb (gpointer data);

static void
schedule_minute (HeraldAgendaView *self)
{
  gint64 now = g_get_real_time () / 1000;

  self->minute_source = g_timeout_add_once (60000 - now % 60000 + 20, minute_cb, self);
}

static void
minute_cb (gpointer data)
{
  HeraldAgendaView *self = data;

  /* Posts whose time just passed become overdue. */
  self->minute_source = 0;
  refresh_rows (self);
  schedule_minute (self);
}

static void
model_items_changed_cb (HeraldAgendaView *self)
{
  update_empty (self);
  herald_agenda_view_scroll_to_selected_day (self);
  self->sticky_dirty = TRUE;
  herald_agenda_view_request_layout (self);
}

static void
accounts_items_changed_cb (HeraldAgendaView *self)
{
  refresh_accounts (self);
}

static void
list_view_activate_cb (HeraldAgendaView *self,
                       guint             position)
{
  g_autoptr (HeraldPost) post = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (post != NULL)
    herald_view_open_post (HERALD_VIEW (self), post);
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HeraldAgendaView         *self)
{
  GtkWidget *slot = herald_agenda_slot_new ();

  herald_agenda_slot_set_height (HERALD_AGENDA_SLOT (slot), self->row_height);
  g_object_set_qdata (G_OBJECT (slot), herald_agenda_view_list_item_quark (), item);
  g_signal_connect_object (slot, "map", G_CALLBACK (list_child_map_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (slot, "unmap", G_CALLBACK (list_child_map_cb), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (item, slot);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HeraldAgendaView         *self)
{
  HeraldAgendaSlot *slot = HERALD_AGENDA_SLOT (gtk_list_item_get_child (item));
  HeraldPost *post = gtk_list_item_get_item (item);
  HeraldAccount *account = lookup_account (self, post);
  gint64 now = current_time ();
  g_autofree char *label = herald_week_chip_describe (post, account, now);

  herald_agenda_slot_set_post (slot, post);
  if (herald_agenda_slot_get_row (slot) != NULL)
    herald_agenda_row_set_post (herald_agenda_slot_get_row (slot), post, account, now);
  gtk_list_item_set_accessible_label (item, label);
  list_child_map_cb (self);
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HeraldAgendaView         *self)
{
  HeraldAgendaSlot *slot = HERALD_AGENDA_SLOT (gtk_list_item_get_child (item));

  return_row (self, slot);
  herald_agenda_slot_set_post (slot, NULL);
}

static void
header_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 HeraldAgendaView         *self)
{
  GtkWidget *heading = herald_agenda_header_new ();

  g_object_set_qdata (G_OBJECT (heading), herald_agenda_view_list_item_quark (), header);
  g_signal_connect_object (heading, "map", G_CALLBACK (list_child_map_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (heading, "unmap", G_CALLBACK (list_child_map_cb), self, G_CONNECT_SWAPPED);
  gtk_list_header_set_child (header, heading);
}

static void
header_bind_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                HeraldAgendaView         *self)
{
  HeraldPost *post = gtk_list_header_get_item (header);
  GDate day;

  if (post == NULL)
    return;

  herald_week_range_local_day (herald_post_get_scheduled_at (post), &day, NULL);
  if (g_date_valid (&day))
    herald_agenda_header_set_day (HERALD_AGENDA_HEADER (gtk_list_header_get_child (header)), &day);
  list_child_map_cb (self);
}

/* The post of the row that has the keyboard. */
static HeraldPost *
focused_post (HeraldAgendaView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return NULL;

  /* The list item itself has the focus, or something in its row. */
  if (HERALD_IS_AGENDA_SLOT (gtk_widget_get_first_child (focus)))
    return herald_agenda_slot_get_post (HERALD_AGENDA_SLOT (gtk_widget_get_first_child (focus)));

  focus = gtk_widget_get_ancestor (focus, HERALD_TYPE_AGENDA_SLOT);
  return focus != NULL ? herald_agenda_slot_get_post (HERALD_AGENDA_SLOT (focus)) : NULL;
}

static void
agenda_delete_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HeraldAgendaView *self = HERALD_AGENDA_VIEW (widget);
  HeraldPost *focused = focused_post (self);
  g_autoptr (HeraldPost) post = NULL;

  if (focused == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* Deleting it unbinds its row. */
  post = g_object_ref (focused);
  herald_view_delete_post (HERALD_VIEW (self), post);
}

static void
herald_agenda_view_get_range (HeraldView  *view,
                              const GDate *date,
                              GDate       *first,
                              GDate       *last)
{
  get_span (date, first, last);
}

static void
herald_agenda_view_step (HeraldView *view,
                         GDate      *date,
                         int         n)
{
  if (n > 0)
    g_date_add_days (date, 7 * HERALD_AGENDA_VIEW_WEEKS * n);
  else if (n < 0)
    g_date_subtract_days (date, -7 * HERALD_AGENDA_VIEW_WEEKS * n);
}

static char *
herald_agenda_view_dup_title (HeraldView  *view,
                              const GDate *date)
{
  GDate first, last;

  get_span (date, &first, &last);
  return herald_week_range_format_title (&first, &last);
}

static void
view_iface_init (HeraldViewInterface *iface)
{
  iface->get_range = herald_agenda_view_get_range;
  iface->step = herald_agenda_view_step;
  iface->dup_title = herald_agenda_view_dup_title;
}

static gboolean
herald_agenda_view_grab_focus (GtkWidget *widget)
{
  HeraldAgendaView *self = HERALD_AGENDA_VIEW (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
herald_agenda_view_map (GtkWidget *widget)
{
  HeraldAgendaView *self = HERALD_AGENDA_VIEW (widget);

  GTK_WIDGET_CLASS (herald_agenda_view_parent_class)->map (widget);

  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->layout_handler = g_signal_connect_object (self->frame_clock, "layout",
                                                  G_CALLBACK (frame_clock_layout_cb), self,
                                                  G_CONNECT_SWAPPED);
  list_child_map_cb (self);
  herald_agenda_view_scroll_to_selected_day (self);
  schedule_minute (self);
}

static void
herald_agenda_view_unmap (GtkWidget *widget)
{
  HeraldAgendaView *self = HERALD_AGENDA_VIEW (widget);

  g_clear_handle_id (&self->minute_source, g_source_remove);
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->layout_handler, self->frame_clock);
  g_clear_object (&self->frame_clock);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (widget, self->scroll_tick);
  self->scroll_tick = 0;

  GTK_WIDGET_CLASS (herald_agenda_view_parent_class)->unmap (widget);
}

static void
herald_agenda_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HeraldAgendaView *self = HERALD_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    case PROP_ACCOUNTS:
      g_value_set_object (value, self->accounts);
      break;

    case PROP_SELECTED_DAY:
      g_value_set_boxed (value, g_date_valid (&self->selected_day) ? &self->selected_day : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_agenda_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HeraldAgendaView *self = HERALD_AGENDA_VIEW (object);
  const GDate *day;
  gboolean changed;

  switch (prop_id)
    {
    case PROP_QUERY:
      if (g_set_object (&self->query, g_value_get_object (value)))
        {
          herald_agenda_model_set_posts (self->model, G_LIST_MODEL (self->query));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_ACCOUNTS:
      if (self->accounts == g_value_get_object (value))
        break;
      if (self->accounts != NULL)
        g_signal_handlers_disconnect_by_func (self->accounts, accounts_items_changed_cb, self);
      g_set_object (&self->accounts, g_value_get_object (value));
      if (self->accounts != NULL)
        g_signal_connect_object (self->accounts, "items-changed", G_CALLBACK (accounts_items_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      refresh_accounts (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_SELECTED_DAY:
      day = g_value_get_boxed (value);
      if (day == NULL || !g_date_valid (day))
        break;
      changed = !g_date_valid (&self->selected_day) || g_date_compare (day, &self->selected_day) != 0;
      self->selected_day = *day;
      /* Asked for again (Today, pressed once more): scroll back to it. */
      self->scroll_pending = TRUE;
      update_empty (self);
      herald_agenda_view_scroll_to_selected_day (self);
      if (changed)
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_agenda_view_dispose (GObject *object)
{
  HeraldAgendaView *self = HERALD_AGENDA_VIEW (object);

  g_clear_handle_id (&self->minute_source, g_source_remove);
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->layout_handler, self->frame_clock);
  g_clear_object (&self->frame_clock);

  gtk_widget_dispose_template (GTK_WIDGET (self), HERALD_TYPE_AGENDA_VIEW);

  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_func (self->accounts, accounts_items_changed_cb, self);
  g_clear_object (&self->accounts);
  g_clear_object (&self->query);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, model_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (herald_agenda_view_parent_class)->dispose (object);
}

static void
herald_agenda_view_finalize (GObject *object)
{
  HeraldAgendaView *self = HERALD_AGENDA_VIEW (object);

  g_clear_pointer (&self->account_ids, g_hash_table_unref);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (herald_agenda_view_parent_class)->finalize (object);
}

static void
herald_agenda_view_class_init (HeraldAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_agenda_view_dispose;
  object_class->finalize = herald_agenda_view_finalize;
  object_class->get_property = herald_agenda_view_get_property;
  object_class->set_property = herald_agenda_view_set_property;

  widget_class->grab_focus = herald_agenda_view_grab_focus;
  widget_class->map = herald_agenda_view_map;
  widget_class->unmap = herald_agenda_view_unmap;

  g_object_class_override_property (object_class, PROP_QUERY, "query");
  g_object_class_override_property (object_class, PROP_ACCOUNTS, "accounts");
  g_object_class_override_property (object_class, PROP_SELECTED_DAY, "selected-day");

  g_type_ensure (HERALD_TYPE_AGENDA_HEADER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/herald-agenda-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaView, stack);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaView, list_view);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaView, sticky);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaView, sticky_header);
  gtk_widget_class_bind_template_child (widget_class, HeraldAgendaView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, header_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, header_bind_cb);

  gtk_widget_class_install_action (widget_class, "agenda.delete", NULL, agenda_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "agenda.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "agenda.delete", NULL);

  gtk_widget_class_set_css_name (widget_class, "agenda-view");
}

static void
herald_agenda_view_init (HeraldAgendaView *self)
{
  g_autoptr (GtkNoSelection) selection = NULL;
  g_autoptr (HeraldAccount) sample_account = NULL;
  g_autoptr (HeraldPost) sample = NULL;
  HeraldAgendaRow *row;

  g_date_clear (&self->selected_day, 1);
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Slots start as tall as a row whose lines mix scripts, as posts' do,
   * and that says "Overdue", so that rows rarely come out taller and move
   * the list. */
  sample_account = herald_account_new ("", "山茶 Ag");
  sample = herald_post_new ("", "山茶 Ag 09");
  herald_post_set_status (sample, HERALD_POST_STATUS_DRAFT);
  herald_post_set_scheduled_at (sample, 1);
  row = borrow_row (self);
  herald_agenda_row_set_post (row, sample, sample_account, 0);
  gtk_widget_measure (GTK_WIDGET (row), GTK_ORIENTATION_VERTICAL, -1, NULL, &self->row_height, NULL, NULL);
  herald_agenda_row_set_post (row, NULL, NULL, 0);
  g_ptr_array_add (self->spare_rows, row);

  self->account_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->model = herald_agenda_model_new (NULL);
  g_signal_connect_swapped (self->model, "items-changed", G_CALLBACK (model_items_changed_cb), self);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled), "value-changed",
                           G_CALLBACK (vadjustment_value_changed_cb), self, G_CONNECT_SWAPPED);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_empty (self);
}

GtkWidget *
herald_agenda_view_new (void)
{
  return g_object_new (HERALD_TYPE_AGENDA_VIEW, NULL);
}

/* Private API, for tests */

GtkListView *
herald_agenda_view_get_list_view (HeraldAgendaView *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_VIEW (self), NULL);

  return self->list_view;
}

GtkAdjustment *
herald_agenda_view_get_vadjustment (HeraldAgendaView *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_VIEW (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scrolled);
}

HeraldAgendaModel *
herald_agenda_view_get_model (HeraldAgendaView *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_VIEW (self), NULL);

  return self->model;
}

HeraldAgendaHeader *
herald_agenda_view_get_sticky_header (HeraldAgendaView *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_VIEW (self), NULL);

  return self->sticky_header;
}

gboolean
herald_agenda_view_get_sticky_visible (HeraldAgendaView *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_VIEW (self), FALSE);

  return gtk_widget_get_visible (self->sticky);
}

/* The rows lent to the list's slots now. */
guint
herald_agenda_view_count_row_widgets (HeraldAgendaView *self)
{
  guint n = 0;

  g_return_val_if_fail (HERALD_IS_AGENDA_VIEW (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (HERALD_IS_AGENDA_SLOT (herald_agenda_view_list_child_content (child)) &&
        herald_agenda_slot_get_row (HERALD_AGENDA_SLOT (herald_agenda_view_list_child_content (child))) != NULL)
      n++;

  return n;
}

/* The list items the list view keeps, lent a row or not. */
guint
herald_agenda_view_count_slots (HeraldAgendaView *self)
{
  guint n = 0;

  g_return_val_if_fail (HERALD_IS_AGENDA_VIEW (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (HERALD_IS_AGENDA_SLOT (herald_agenda_view_list_child_content (child)))
      n++;

  return n;
}

gboolean
herald_agenda_view_get_empty (HeraldAgendaView *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_VIEW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}
