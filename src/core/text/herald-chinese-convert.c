/* herald-chinese-convert.c — Simplified ⇄ Traditional Chinese: the
 * conversions offered
 *
 * The conversion itself is OpenCC's (herald-chinese-convert-opencc.c),
 * which the application loads as a module on first use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-chinese-convert"

#include "config.h"

#include "herald-chinese-convert.h"

G_DEFINE_ENUM_TYPE (HeraldChineseConversion, herald_chinese_conversion,
  G_DEFINE_ENUM_VALUE (HERALD_CHINESE_CONVERSION_S2T, "s2t"),
  G_DEFINE_ENUM_VALUE (HERALD_CHINESE_CONVERSION_S2TW, "s2tw"),
  G_DEFINE_ENUM_VALUE (HERALD_CHINESE_CONVERSION_S2TWP, "s2twp"),
  G_DEFINE_ENUM_VALUE (HERALD_CHINESE_CONVERSION_S2HK, "s2hk"),
  G_DEFINE_ENUM_VALUE (HERALD_CHINESE_CONVERSION_T2S, "t2s"))

/**
 * herald_chinese_conversion_from_string:
 * @name: `s2t`, `s2tw`, `s2twp`, `s2hk` or `t2s`
 * @conversion: (out): where to store the conversion
 *
 * Returns: %TRUE if @name names a conversion
 */
gboolean
herald_chinese_conversion_from_string (const char              *name,
                                       HeraldChineseConversion *conversion)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (conversion != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  klass = g_type_class_ref (HERALD_TYPE_CHINESE_CONVERSION);
  value = g_enum_get_value_by_nick (klass, name);
  if (value == NULL)
    return FALSE;

  *conversion = value->value;
  return TRUE;
}

/**
 * herald_chinese_conversion_to_string:
 * @conversion: a conversion
 *
 * Returns: (transfer none): the name of its OpenCC configuration, such as
 *   `s2twp`
 */
const char *
herald_chinese_conversion_to_string (HeraldChineseConversion conversion)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (HERALD_TYPE_CHINESE_CONVERSION);
  GEnumValue *value = g_enum_get_value (klass, conversion);

  g_return_val_if_fail (value != NULL, NULL);

  return value->value_nick;
}

/**
 * herald_chinese_convert:
 * @text: a text, UTF-8
 * @length: its length in bytes, or -1 if it ends with a nul
 * @conversion: which conversion
 * @error: return location for a #GError
 *
 * Converts between Simplified and Traditional Chinese.  The converters are
 * opened on first use and kept.
 *
 * Returns: (transfer full): the converted text, or %NULL on error; see
 *   herald_chinese_convert_with_config ()
 */
char *
herald_chinese_convert (const char               *text,
                        gssize                    length,
                        HeraldChineseConversion   conversion,
                        GError                  **error)
{
  const char *config = herald_chinese_conversion_to_string (conversion);

  g_return_val_if_fail (config != NULL, NULL);

  return herald_chinese_convert_with_config (text, length, config, error);
}
