/* herald-chinese-convert-opencc.c — Simplified ⇄ Traditional Chinese,
 * through OpenCC
 *
 * OpenCC reads a configuration and its dictionaries when a converter is
 * opened, which takes a while; each converter is opened once, on first
 * use, and kept for the life of the process.  Conversions run one at a
 * time, as OpenCC does not promise that a converter may be shared.
 *
 * The application loads this as part of the text module
 * (herald-text-module.h): OpenCC and its dictionary library are never
 * part of a start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-chinese-convert"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <opencc.h>
#include <string.h>

#include "herald-chinese-convert.h"
#include "herald-text-rules.h"

#define OPENCC_FAILED ((opencc_t) -1)

static GMutex converters_mutex;
static GHashTable *converters;   /* config name → opencc_t, for the process's life */

/* Returns the converter for @config, opening it on first use.  Call with
 * converters_mutex held. */
static opencc_t
get_converter (const char  *config,
               GError     **error)
{
  g_autofree char *file = NULL;
  opencc_t converter;

  if (converters == NULL)
    converters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  converter = g_hash_table_lookup (converters, config);
  if (converter != NULL)
    return converter;

  file = g_str_has_suffix (config, ".json") ? g_strdup (config) : g_strconcat (config, ".json", NULL);
  converter = opencc_open (file);
  if (converter == OPENCC_FAILED || converter == NULL)
    {
      const char *reason = opencc_error ();

      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_MISSING_CONFIG,
                   _("The conversion “%s” is not available: OpenCC could not load “%s” (%s). Install OpenCC’s data files."),
                   config, file, reason != NULL && *reason != '\0' ? reason : _("no reason given"));
      return NULL;
    }

  g_hash_table_insert (converters, g_strdup (config), converter);
  return converter;
}

/**
 * herald_chinese_convert_with_config:
 * @text: a text, UTF-8
 * @length: its length in bytes, or -1 if it ends with a nul
 * @config: the name of an OpenCC configuration, such as `s2twp`
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the converted text, or %NULL with
 *   %HERALD_TEXT_ERROR_MISSING_CONFIG when the configuration cannot be
 *   loaded, %HERALD_TEXT_ERROR_INVALID_TEXT when @text is not UTF-8
 */
char *
herald_chinese_convert_with_config (const char  *text,
                                    gssize       length,
                                    const char  *config,
                                    GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autofree char *copy = NULL;
  opencc_t converter;
  char *converted;
  char *result;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (config != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_INVALID_TEXT,
                   _("The text to convert is not valid UTF-8"));
      return NULL;
    }

  /* OpenCC stops at a nul; Herald's texts hold none. */
  copy = g_strndup (text, length);

  locker = g_mutex_locker_new (&converters_mutex);
  converter = get_converter (config, error);
  if (converter == NULL)
    return NULL;

  converted = opencc_convert_utf8 (converter, copy, (size_t) -1);
  if (converted == NULL)
    {
      g_set_error (error, HERALD_TEXT_ERROR, HERALD_TEXT_ERROR_CONVERSION,
                   _("The conversion “%s” failed: %s"), config, opencc_error ());
      return NULL;
    }

  result = g_strdup (converted);
  opencc_convert_utf8_free (converted);

  return result;
}
