/* herald-marketing-days.h — the dates operators plan around (营销日历)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  HERALD_MARKETING_DAY_HOLIDAY,      /* 元旦, 国庆 … */
  HERALD_MARKETING_DAY_FESTIVAL,     /* lunar festivals: 春节, 中秋 … */
  HERALD_MARKETING_DAY_SOLAR_TERM,   /* the 24 节气 */
  HERALD_MARKETING_DAY_SHOPPING,     /* 618, 双十一 … */
  HERALD_MARKETING_DAY_OBSERVANCE,   /* 情人节, 母亲节 … */
} HeraldMarketingDayKind;

typedef struct {
  GDate                   date;
  const char             *id;     /* stable: "spring-festival", "double-11" … */
  const char             *name;   /* translated */
  HeraldMarketingDayKind  kind;
} HeraldMarketingDay;

GArray     *herald_marketing_days_between (const GDate *first,
                                           const GDate *last);
const char *herald_marketing_days_name_on (const GDate *date);
void        herald_marketing_days_prepare (const GDate *around);

G_END_DECLS
