/* herald-channel-kind.h — a kind of channel (公众号文章, 抖音 …) and its text rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HERALD_TYPE_CHANNEL_KIND (herald_channel_kind_get_type ())

G_DECLARE_FINAL_TYPE (HeraldChannelKind, herald_channel_kind, HERALD, CHANNEL_KIND, GObject)

GListModel         *herald_channel_kinds_get_all                (void);
HeraldChannelKind  *herald_channel_kinds_lookup                 (const char        *id);
const char         *herald_channel_kinds_get_display_name       (const char        *id);
const char * const *herald_channel_kinds_get_limit_fields       (void);

const char         *herald_channel_kind_get_id                  (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_name                (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_media               (HeraldChannelKind *kind);
int                 herald_channel_kind_get_limit               (HeraldChannelKind *kind,
                                                                 const char        *field,
                                                                 const char        *overrides_json);
gboolean            herald_channel_kind_is_uncertain            (HeraldChannelKind *kind,
                                                                 const char        *field);
const char * const *herald_channel_kind_get_uncertain           (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_notes               (HeraldChannelKind *kind);
gboolean            herald_channel_kind_get_title_line_breaks   (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_title_allowed_extra (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_topic_syntax        (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_counting            (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_title_counting      (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_creator_url         (HeraldChannelKind *kind);
const char * const *herald_channel_kind_get_default_slots       (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_color               (HeraldChannelKind *kind);
const char         *herald_channel_kind_get_icon_name           (HeraldChannelKind *kind);

G_END_DECLS
