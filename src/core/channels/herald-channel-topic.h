/* herald-channel-topic.h — a topic written the way a channel kind writes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-channel-kind.h"

G_BEGIN_DECLS

char *herald_channel_kind_format_topic (HeraldChannelKind *kind,
                                        const char        *topic);

G_END_DECLS
