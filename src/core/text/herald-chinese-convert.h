/* herald-chinese-convert.h — Simplified ⇄ Traditional Chinese, through OpenCC
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * HeraldChineseConversion:
 * @HERALD_CHINESE_CONVERSION_S2T: Simplified to Traditional (OpenCC standard)
 * @HERALD_CHINESE_CONVERSION_S2TW: Simplified to Traditional, Taiwan characters
 * @HERALD_CHINESE_CONVERSION_S2TWP: Simplified to Traditional, Taiwan
 *   characters and vocabulary (软件 → 軟體, 视频 → 影片)
 * @HERALD_CHINESE_CONVERSION_S2HK: Simplified to Traditional, Hong Kong characters
 * @HERALD_CHINESE_CONVERSION_T2S: Traditional to Simplified
 *
 * The conversions offered; each nick is the name of its OpenCC
 * configuration.
 */
typedef enum {
  HERALD_CHINESE_CONVERSION_S2T,
  HERALD_CHINESE_CONVERSION_S2TW,
  HERALD_CHINESE_CONVERSION_S2TWP,
  HERALD_CHINESE_CONVERSION_S2HK,
  HERALD_CHINESE_CONVERSION_T2S,
} HeraldChineseConversion;

#define HERALD_TYPE_CHINESE_CONVERSION (herald_chinese_conversion_get_type ())

GType       herald_chinese_conversion_get_type        (void) G_GNUC_CONST;
gboolean    herald_chinese_conversion_from_string     (const char              *name,
                                                       HeraldChineseConversion *conversion);
const char *herald_chinese_conversion_to_string       (HeraldChineseConversion  conversion);
char       *herald_chinese_convert                    (const char              *text,
                                                       gssize                   length,
                                                       HeraldChineseConversion  conversion,
                                                       GError                 **error);
char       *herald_chinese_convert_with_config        (const char              *text,
                                                       gssize                   length,
                                                       const char              *config,
                                                       GError                 **error);

G_END_DECLS
