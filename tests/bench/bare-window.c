/* bare-window.c — the start-up floor: an empty AdwApplicationWindow
 *
 * Built with the same toolchain and flags as Herald, it measures what GTK
 * and libadwaita cost before Herald does anything of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <errno.h>
#include <unistd.h>

static void
after_paint_cb (GdkFrameClock *frame_clock,
                GApplication  *app)
{
  const char *fd = g_getenv ("HERALD_FIRST_FRAME_FD");

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, app);
  /* Same report as Herald's: the benchmark's clock stops here. */
  if (fd != NULL && write ((int) g_ascii_strtoll (fd, NULL, 10), "painted\n", 8) != 8)
    g_warning ("Could not report the first frame: %s", g_strerror (errno));
  g_application_quit (app);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *view = adw_toolbar_view_new ();

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), view);
  /* A window has a title: text shaping and font loading are part of any
   * first frame, not Herald's own cost. */
  gtk_window_set_title (GTK_WINDOW (window), "Herald");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));

  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (AdwApplication) app = NULL;

  app = adw_application_new ("io.github.heraldapp.BareWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
