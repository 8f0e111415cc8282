/* herald-demo.h — realistic demo data for trying Herald out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_DEMO_ERROR (herald_demo_error_quark ())

typedef enum {
  HERALD_DEMO_ERROR_NOT_EMPTY,
  HERALD_DEMO_ERROR_INVALID,
} HeraldDemoError;

GQuark herald_demo_error_quark (void);

typedef struct {
  guint   n_posts;     /* default 600 */
  guint   n_samples;   /* metric samples, default 6000 */
  guint32 seed;        /* default 1 */
  gint64  now;         /* Unix time "today" is around; 0 = current time */
} HeraldDemoOptions;

#define HERALD_DEMO_DEFAULT_POSTS   600
#define HERALD_DEMO_DEFAULT_SAMPLES 6000
#define HERALD_DEMO_DEFAULT_SEED    1

void     herald_demo_options_init (HeraldDemoOptions        *options);
gboolean herald_demo_generate     (HeraldStore              *store,
                                   const HeraldDemoOptions  *options,
                                   GError                  **error);

G_END_DECLS
