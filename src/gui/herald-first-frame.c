/* herald-first-frame.c — work that waits until a window is on screen
 *
 * Start-up shows the window first and fills it right after: reading a
 * month of a large plan and laying out its posts waits until the first
 * frame of the window has been painted, then runs before the next one.
 * Once a window has been painted, the work runs at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "herald-first-frame.h"

static GQuark
painted_quark (void)
{
  return g_quark_from_static_string ("herald-painted");
}

static GQuark
func_quark (void)
{
  return g_quark_from_static_string ("herald-after-first-frame");
}

static gboolean
run_func_cb (gpointer user_data)
{
  GtkWidget *widget = user_data;
  HeraldFirstFrameFunc func;

  func = (HeraldFirstFrameFunc) g_object_steal_qdata (G_OBJECT (widget), func_quark ());
  if (func != NULL)
    func (widget);

  return G_SOURCE_REMOVE;
}

/* The work runs from an idle above redraw priority: after everything
 * else the painted frame set off, before the next frame. */
static void
after_paint_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock)
{
  GtkNative *native = gtk_widget_get_native (widget);

  if (frame_clock != NULL)
    g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, widget);
  if (native != NULL)
    g_object_set_qdata (G_OBJECT (native), painted_quark (), GINT_TO_POINTER (TRUE));

  g_idle_add_full (G_PRIORITY_HIGH_IDLE, run_func_cb, g_object_ref (widget), g_object_unref);
}

static void
map_cb (GtkWidget *widget)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, map_cb, NULL);
  if (frame_clock == NULL)
    {
      after_paint_cb (widget, NULL);
      return;
    }

  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), widget,
                           G_CONNECT_SWAPPED);
  gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

/**
 * herald_widget_is_painted:
 * @widget: a widget
 *
 * Returns: whether the window of @widget has painted a frame
 */
gboolean
herald_widget_is_painted (GtkWidget *widget)
{
  GtkNative *native;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  native = gtk_widget_get_native (widget);
  return native != NULL && g_object_get_qdata (G_OBJECT (native), painted_quark ()) != NULL;
}

/**
 * herald_widget_after_first_frame:
 * @widget: a widget
 * @func: what to run
 *
 * Runs @func on @widget once its window has painted its first frame: at
 * once if it already has.  A widget waits for one function at a time;
 * a second call before the frame replaces the first.
 */
void
herald_widget_after_first_frame (GtkWidget            *widget,
                                 HeraldFirstFrameFunc  func)
{
  gboolean waiting;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);

  if (herald_widget_is_painted (widget))
    {
      func (widget);
      return;
    }

  waiting = g_object_get_qdata (G_OBJECT (widget), func_quark ()) != NULL;
  g_object_set_qdata (G_OBJECT (widget), func_quark (), (gpointer) func);
  if (waiting)
    return;

  if (gtk_widget_get_mapped (widget))
    map_cb (widget);
  else
    g_signal_connect (widget, "map", G_CALLBACK (map_cb), NULL);
}
