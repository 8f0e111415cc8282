/* herald-import-profile-files.c — the shipped profiles and the user's own
 *
 * Herald ships a profile for each platform export it knows, as a JSON
 * resource; profiles the user saves from the column-mapping step are
 * files of their own in the user's folder, read beside the shipped ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-import"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "herald-import-profile-private.h"
#include "herald-import-resources.h"
#include "herald-paths.h"

#define PROFILES_RESOURCE "/io/github/heraldapp/Herald/core/herald-import-profiles.json"

/* Loading and saving */

static gboolean
load_profiles_json (GBytes      *bytes,
                    GPtrArray   *into,
                    gboolean     builtin,
                    GError     **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root, *list;

  if (!json_parser_load_from_data (parser, data != NULL ? data : "", size, error))
    return FALSE;

  root = json_parser_get_root (parser);
  list = JSON_NODE_HOLDS_OBJECT (root) ? json_object_get_member (json_node_get_object (root), "profiles") : NULL;

  /* A file of its own holds one profile; the shipped file a list. */
  if (list == NULL)
    {
      HeraldImportProfile *profile = herald_import_profile_new_from_json (root, error);

      if (profile == NULL)
        return FALSE;
      profile->builtin = builtin;
      g_ptr_array_add (into, profile);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("“%s” must be a list of texts"), "profiles");
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      HeraldImportProfile *profile;

      profile = herald_import_profile_new_from_json (json_array_get_element (json_node_get_array (list), i), error);
      if (profile == NULL)
        return FALSE;
      profile->builtin = builtin;
      g_ptr_array_add (into, profile);
    }

  return TRUE;
}

/**
 * herald_import_profile_list_builtin:
 *
 * Returns: (transfer full) (element-type HeraldImportProfile): the
 *   profiles Herald ships, one per platform export
 */
GPtrArray *
herald_import_profile_list_builtin (void)
{
  g_autoptr (GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;

  bytes = g_resource_lookup_data (herald_import_get_resource (), PROFILES_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL || !load_profiles_json (bytes, profiles, TRUE, &error))
    g_error ("The shipped import profiles are broken: %s", error->message);

  return g_steal_pointer (&profiles);
}

/**
 * herald_import_profile_get_user_folder:
 *
 * Returns: (transfer full): where the user's own profiles are saved
 */
char *
herald_import_profile_get_user_folder (void)
{
  g_autofree char *data_dir = herald_paths_get_data_dir ();

  return g_build_filename (data_dir, "import-profiles", NULL);
}

HeraldImportProfile *
herald_import_profile_find (GPtrArray  *profiles,
                            const char *name)
{
  g_return_val_if_fail (profiles != NULL, NULL);

  for (guint i = 0; name != NULL && i < profiles->len; i++)
    if (g_str_equal (herald_import_profile_get_name (profiles->pdata[i]), name))
      return profiles->pdata[i];

  return NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * herald_import_profile_load_all:
 * @folder: (nullable): the folder of the user's profiles, or %NULL for
 *   the shipped ones only
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type HeraldImportProfile) (nullable):
 *   the shipped profiles, then the user's (*.json in @folder, by name), or
 *   %NULL if one of the user's files cannot be read
 */
GPtrArray *
herald_import_profile_load_all (const char  *folder,
                                GError     **error)
{
  g_autoptr (GPtrArray) profiles = herald_import_profile_list_builtin ();
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = NULL;
  const char *name;

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&profiles);

  dir = g_dir_open (folder, 0, error);
  if (dir == NULL)
    return NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);
      g_autoptr (GError) local_error = NULL;
      g_autoptr (GBytes) bytes = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, &local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      if (!load_profiles_json (bytes, profiles, FALSE, &local_error))
        {
          g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_PROFILE,
                       _("The import profile “%s” cannot be read: %s"), path, local_error->message);
          return NULL;
        }
    }

  return g_steal_pointer (&profiles);
}

/**
 * herald_import_profile_save:
 * @self: a #HeraldImportProfile, typically from the column-mapping dialog
 * @folder: the folder of the user's profiles
 *   (herald_import_profile_get_user_folder())
 * @error: return location for a #GError
 *
 * Writes the profile to NAME.json in @folder, replacing a saved profile of
 * the same name in one step.  A shipped profile's name is refused.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_import_profile_save (HeraldImportProfile  *self,
                            const char           *folder,
                            GError              **error)
{
  g_autoptr (GPtrArray) builtin = NULL;
  g_autoptr (JsonGenerator) generator = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (HERALD_IS_IMPORT_PROFILE (self), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (self->name[0] == '.' || strpbrk (self->name, "/\\") != NULL)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_PROFILE,
                   _("“%s” cannot be the name of a profile: leave out “/”, “\\” and a leading “.”"),
                   self->name);
      return FALSE;
    }

  builtin = herald_import_profile_list_builtin ();
  if (herald_import_profile_find (builtin, self->name) != NULL)
    {
      g_set_error (error, HERALD_IMPORT_ERROR, HERALD_IMPORT_ERROR_NO_PROFILE,
                   _("“%s” is the name of a profile Herald comes with: choose another"), self->name);
      return FALSE;
    }

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  node = herald_import_profile_to_json (self);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);

  file_name = g_strconcat (self->name, ".json", NULL);
  path = g_build_filename (folder, file_name, NULL);
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
