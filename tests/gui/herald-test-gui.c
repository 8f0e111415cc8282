/* herald-test-gui.c — helpers for tests that drive real windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "herald-test-gui.h"
#include "store-test-util.h"

void
herald_test_gui_init (int    *argc,
                      char ***argv)
{
  /* Never the user's settings: in memory, or in a key file under the
   * folder a test made for it (HERALD_TEST_SETTINGS_DIR). */
  if (g_getenv ("HERALD_TEST_SETTINGS_DIR") != NULL)
    {
      g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
      g_setenv ("XDG_CONFIG_HOME", g_getenv ("HERALD_TEST_SETTINGS_DIR"), TRUE);
    }
  else
    g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  /* Tests run untranslated; a screenshot may ask for a language with
   * HERALD_SHOT_LOCALE (zh_CN) and the built catalogues' folder in
   * HERALD_SHOT_LOCALEDIR. */
  if (g_getenv ("HERALD_SHOT_LOCALEDIR") != NULL && g_getenv ("HERALD_SHOT_LOCALE") != NULL)
    {
      g_setenv ("LANGUAGE", g_getenv ("HERALD_SHOT_LOCALE"), TRUE);
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HERALD_SHOT_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  /* Transitions would make every check wait for an animation to end. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* Reminders go by the real clock: a test's posts must not raise one
   * because of the hour it runs at.  The reminders' own test turns them
   * back on. */
  {
    g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);

    g_settings_set_uint (settings, "reminder-minutes", 0);
  }

  if (g_getenv ("HERALD_SHOT_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
}

/**
 * herald_test_save_shot:
 * @widget: a widget on screen
 * @name: the picture's file name
 *
 * With HERALD_SHOT_DIR set, draws @widget's window (or popover) into a PNG there, to
 * look at; otherwise does nothing.  HERALD_SHOT_DARK and
 * HERALD_SHOT_LOCALE (see herald_test_gui_init()) choose its look.
 */
void
herald_test_save_shot (GtkWidget  *widget,
                       const char *name)
{
  const char *dir = g_getenv ("HERALD_SHOT_DIR");
  GtkWidget *root;
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *file = NULL;

  if (dir == NULL)
    return;

  herald_test_wait_idle ();
  /* The surface it is drawn on: its window, or a popover of its own. */
  root = GTK_IS_NATIVE (widget) ? widget : GTK_WIDGET (gtk_widget_get_native (widget));
  paintable = gtk_widget_paintable_new (root);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (root), gtk_widget_get_height (root));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (root)), node, NULL);
  file = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, file));
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Spins the main loop until @condition holds or @timeout_ms pass. */
gboolean
herald_test_wait_for (HeraldTestCondition condition,
                      gpointer            data,
                      guint               timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id;

  id = g_timeout_add (timeout_ms, timeout_cb, &timed_out);
  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return condition (data);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Mapped, and a frame painted since: what waited for the window's first
 * frame (a large plan read into the calendar) has been scheduled then;
 * run it too. */
void
herald_test_wait_mapped (GtkWidget *widget)
{
  GdkFrameClock *frame_clock;
  gboolean painted = FALSE;
  gulong id;

  g_assert_true (herald_test_wait_for (is_mapped, widget, 10000));

  frame_clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (frame_clock);
  id = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  g_assert_true (herald_test_wait_for (is_true, &painted, 10000));
  g_signal_handler_disconnect (frame_clock, id);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

/* Lets pending layout and frames run. */
void
herald_test_wait_idle (void)
{
  herald_test_wait_for (never, NULL, 200);
}

/* Each case that makes an application gets a process of its own: one
 * application per process.  Returns TRUE in that process; in the parent
 * it waits for the child, asserts that it passed, and returns FALSE. */
gboolean
herald_test_run_in_subprocess (void)
{
  if (g_test_subprocess ())
    return TRUE;

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

/* Like herald_test_run_in_subprocess(), with the settings in a key file
 * of the child's own: the tests' memory backend drops a write of the value
 * a key already has, a key file writes, and says so, whatever the value. */
gboolean
herald_test_run_with_settings_file (void)
{
  g_autofree char *dir = NULL;
  g_auto (GStrv) envp = NULL;

  if (g_test_subprocess ())
    {
      g_assert_cmpstr (g_getenv ("GSETTINGS_BACKEND"), ==, "keyfile");
      return TRUE;
    }

  dir = g_dir_make_tmp ("herald-settings-XXXXXX", NULL);
  g_assert_nonnull (dir);
  envp = g_environ_setenv (g_get_environ (), "HERALD_TEST_SETTINGS_DIR", dir, TRUE);
  g_test_trap_subprocess_with_envp (NULL, (const char * const *) envp, 0,
                                    G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  store_test_rm_rf (dir);
  g_test_trap_assert_passed ();
  return FALSE;
}

static void
setting_changed_cb (GSettings  *settings,
                    const char *key,
                    GPtrArray  *changed)
{
  g_ptr_array_add (changed, g_strdup (key));
}

/* Adds the name of each key of @settings written from now on to @changed,
 * which must have g_free() as its free function and outlive @settings. */
void
herald_test_record_setting_changes (GSettings *settings,
                                    GPtrArray *changed)
{
  g_signal_connect (settings, "changed", G_CALLBACK (setting_changed_cb), changed);
}

/* Adds @root and every widget below it of @type to @found, depth first. */
void
herald_test_collect_widgets (GtkWidget *root,
                             GType      type,
                             GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    herald_test_collect_widgets (child, type, found);
}

/* The first widget of @type at or below @root, depth first, or NULL. */
GtkWidget *
herald_test_find_widget (GtkWidget *root,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = herald_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first widget named @name at or below @root, depth first, or NULL. */
GtkWidget *
herald_test_find_named (GtkWidget  *root,
                        const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = herald_test_find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first widget with @css_class at or below @root, depth first, or NULL. */
GtkWidget *
herald_test_find_with_class (GtkWidget  *root,
                             const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = herald_test_find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}
