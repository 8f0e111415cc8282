/* herald-agenda-slot.c — a list item of the agenda, holding a row while in sight
 *
 * GtkListView keeps a list item for up to two hundred posts around the
 * one in view, whatever the height of the list.  A full row — labels,
 * their layouts and styles — for each would cost more than the rows a
 * user can see, so the list items are slots: a slot knows its post and
 * takes the height of a row, and the agenda lends it a row only while it
 * is in sight.  Every slot is as tall as the tallest row seen, so that
 * lending a row never moves the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-agenda-slot"

#include "config.h"

#include "herald-agenda-slot.h"

struct _HeraldAgendaSlot
{
  GtkWidget   parent_instance;

  HeraldPost *post;
  GtkWidget  *row;
  int         height;
};

G_DEFINE_FINAL_TYPE (HeraldAgendaSlot, herald_agenda_slot, GTK_TYPE_WIDGET)

static void
herald_agenda_slot_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  HeraldAgendaSlot *self = HERALD_AGENDA_SLOT (widget);

  *minimum = *natural = 0;
  if (self->row != NULL)
    gtk_widget_measure (self->row, orientation, for_size, minimum, natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = MAX (*minimum, self->height);
      *natural = MAX (*natural, self->height);
    }
}

static void
herald_agenda_slot_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  HeraldAgendaSlot *self = HERALD_AGENDA_SLOT (widget);

  if (self->row != NULL)
    gtk_widget_allocate (self->row, width, height, baseline, NULL);
}

static void
herald_agenda_slot_dispose (GObject *object)
{
  HeraldAgendaSlot *self = HERALD_AGENDA_SLOT (object);

  g_clear_pointer (&self->row, gtk_widget_unparent);
  g_clear_object (&self->post);

  G_OBJECT_CLASS (herald_agenda_slot_parent_class)->dispose (object);
}

static void
herald_agenda_slot_class_init (HeraldAgendaSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = herald_agenda_slot_dispose;

  widget_class->measure = herald_agenda_slot_measure;
  widget_class->size_allocate = herald_agenda_slot_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "agenda-slot");
}

static void
herald_agenda_slot_init (HeraldAgendaSlot *self)
{
}

GtkWidget *
herald_agenda_slot_new (void)
{
  return g_object_new (HERALD_TYPE_AGENDA_SLOT, NULL);
}

/**
 * herald_agenda_slot_get_post:
 * @self: a #HeraldAgendaSlot
 *
 * Returns: (transfer none) (nullable): the post of the list item
 */
HeraldPost *
herald_agenda_slot_get_post (HeraldAgendaSlot *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_SLOT (self), NULL);

  return self->post;
}

void
herald_agenda_slot_set_post (HeraldAgendaSlot *self,
                             HeraldPost       *post)
{
  g_return_if_fail (HERALD_IS_AGENDA_SLOT (self));
  g_return_if_fail (post == NULL || HERALD_IS_POST (post));

  g_set_object (&self->post, post);
}

/**
 * herald_agenda_slot_get_row:
 * @self: a #HeraldAgendaSlot
 *
 * Returns: (transfer none) (nullable): the row lent to the slot
 */
HeraldAgendaRow *
herald_agenda_slot_get_row (HeraldAgendaSlot *self)
{
  g_return_val_if_fail (HERALD_IS_AGENDA_SLOT (self), NULL);

  return (HeraldAgendaRow *) self->row;
}

/**
 * herald_agenda_slot_set_row:
 * @self: a #HeraldAgendaSlot
 * @row: a row without a parent
 *
 * Lends @row to the slot, which must not hold one.
 */
void
herald_agenda_slot_set_row (HeraldAgendaSlot *self,
                            HeraldAgendaRow  *row)
{
  g_return_if_fail (HERALD_IS_AGENDA_SLOT (self));
  g_return_if_fail (HERALD_IS_AGENDA_ROW (row));
  g_return_if_fail (self->row == NULL);

  self->row = GTK_WIDGET (row);
  gtk_widget_set_parent (self->row, GTK_WIDGET (self));
}

/**
 * herald_agenda_slot_take_row:
 * @self: a #HeraldAgendaSlot
 *
 * Takes back the row lent to the slot.
 *
 * Returns: (transfer full) (nullable): the row, without a parent
 */
HeraldAgendaRow *
herald_agenda_slot_take_row (HeraldAgendaSlot *self)
{
  GtkWidget *row;

  g_return_val_if_fail (HERALD_IS_AGENDA_SLOT (self), NULL);

  if (self->row == NULL)
    return NULL;

  row = g_object_ref (g_steal_pointer (&self->row));
  gtk_widget_unparent (row);
  return HERALD_AGENDA_ROW (row);
}

/**
 * herald_agenda_slot_set_height:
 * @self: a #HeraldAgendaSlot
 * @height: the height of a row
 *
 * The slot is this tall, with a row or without.
 */
void
herald_agenda_slot_set_height (HeraldAgendaSlot *self,
                               int               height)
{
  g_return_if_fail (HERALD_IS_AGENDA_SLOT (self));

  if (self->height == height)
    return;

  self->height = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
