/* herald-topic-dialog.h — adds a topic by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_TOPIC_DIALOG (herald_topic_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HeraldTopicDialog, herald_topic_dialog, HERALD, TOPIC_DIALOG, AdwAlertDialog)

HeraldTopicDialog *herald_topic_dialog_new          (HeraldStore       *store);
const char        *herald_topic_dialog_get_topic_id (HeraldTopicDialog *self);

G_END_DECLS
