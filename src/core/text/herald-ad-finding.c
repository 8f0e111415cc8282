/* herald-ad-finding.c — an advertising-law word found in a text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-ad-finding"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-ad-finding.h"

G_DEFINE_BOXED_TYPE (HeraldAdFinding, herald_ad_finding, herald_ad_finding_copy, herald_ad_finding_free)

/* The categories of PLATFORMS.md §4. */
static const struct {
  const char *id;
  const char *name;
} categories[] = {
  /* Translators: a category of advertising-law words: 最佳, 最好, 最低价 … */
  { "superlative", N_("Superlatives") },
  /* Translators: a category of advertising-law words: 第一, 唯一, NO.1 … */
  { "first", N_("Number-one claims") },
  /* Translators: a category of advertising-law words: 国家级, 世界级 … */
  { "level", N_("Rank claims") },
  /* Translators: a category of advertising-law words: 顶级, 极致, 完美 … */
  { "extreme", N_("Absolute terms") },
  /* Translators: a category of advertising-law words: 绝版, 空前绝后 … */
  { "scarcity", N_("Scarcity claims") },
  /* Translators: a category of advertising-law words: 独家, 独创 … */
  { "exclusive", N_("Exclusivity claims") },
  /* Translators: a category of advertising-law words: 首发, 全国首家 … */
  { "pioneer", N_("First-of-its-kind claims") },
  /* Translators: a category of advertising-law words: 金牌, 销量冠军, 100% … */
  { "authority", N_("Authority and unprovable claims") },
  /* Translators: the words a user added to the advertising-law list */
  { "custom", N_("Your words") },
};

/**
 * herald_ad_finding_copy:
 * @finding: a #HeraldAdFinding
 *
 * Returns: (transfer full): a copy of @finding
 */
HeraldAdFinding *
herald_ad_finding_copy (const HeraldAdFinding *finding)
{
  HeraldAdFinding *copy;

  g_return_val_if_fail (finding != NULL, NULL);

  copy = g_new (HeraldAdFinding, 1);
  *copy = *finding;
  copy->word = g_strdup (finding->word);
  copy->category = g_strdup (finding->category);
  copy->suggestion = g_strdup (finding->suggestion);

  return copy;
}

/**
 * herald_ad_finding_free:
 * @finding: (nullable): a #HeraldAdFinding
 */
void
herald_ad_finding_free (HeraldAdFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->word);
  g_free (finding->category);
  g_free (finding->suggestion);
  g_free (finding);
}

/**
 * herald_ad_category_get_name:
 * @category: a category id, such as `superlative`
 *
 * Returns: (transfer none): the category's name, translated; an unknown
 *   id is returned as it is
 */
const char *
herald_ad_category_get_name (const char *category)
{
  g_return_val_if_fail (category != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (g_str_equal (categories[i].id, category))
      return _(categories[i].name);

  return category;
}

/**
 * herald_ad_category_is_known:
 * @category: a category id
 *
 * Returns: %TRUE if @category is one of the ids of #HeraldAdFinding
 */
gboolean
herald_ad_category_is_known (const char *category)
{
  g_return_val_if_fail (category != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (g_str_equal (categories[i].id, category))
      return TRUE;

  return FALSE;
}
