/* fuzz-main.c — runs a fuzz target over its seed corpus
 *
 * Fuzz targets define LLVMFuzzerTestOneInput().  Built with
 * -Dfuzzing=true they link against libFuzzer; otherwise they link with this
 * file, and the test suite feeds them every file of their corpus, so the
 * seeds are checked on every run (and under ASan and UBSan in CI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static gsize n_inputs;

static void
run_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;

      if (dir == NULL)
        g_error ("%s", error->message);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          run_path (child);
        }
      return;
    }

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  n_inputs++;
}

int
main (int   argc,
      char *argv[])
{
  /* The empty input first: every parser must survive it. */
  LLVMFuzzerTestOneInput ((const uint8_t *) "", 0);

  for (int i = 1; i < argc; i++)
    run_path (argv[i]);

  if (n_inputs == 0)
    g_error ("no corpus inputs found");
  g_print ("%" G_GSIZE_FORMAT " inputs\n", n_inputs);
  return 0;
}
