/* herald-channel-kind-private.h — what herald-channel-kind.c and its data
 * parser share, and what tests reach
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-channel-kind.h"

G_BEGIN_DECLS

#define HERALD_CHANNEL_KIND_ERROR (herald_channel_kind_error_quark ())

typedef enum {
  HERALD_CHANNEL_KIND_ERROR_INVALID_DATA,
} HeraldChannelKindError;

#define HERALD_CHANNEL_KINDS_RESOURCE "/io/github/heraldapp/Herald/core/herald-channel-kinds.json"

/* The numeric fields of a kind in herald-channel-kinds.json, in the order
 * of herald_channel_kinds_get_limit_fields ().
 */
enum {
  LIMIT_TITLE_MAX,
  LIMIT_TITLE_MIN,
  LIMIT_TITLE_MAX_IMAGE_TEXT,
  LIMIT_TITLE_MAX_WEIGHTED,
  LIMIT_BODY_MAX,
  LIMIT_BODY_MAX_EDITOR,
  LIMIT_BODY_MAX_LOWEST,
  LIMIT_BODY_FOLD,
  LIMIT_DIGEST_MAX,
  LIMIT_DIGEST_FALLBACK_CHARS,
  LIMIT_AUTHOR_MAX,
  LIMIT_ARTICLES_PER_PUSH_MAX,
  LIMIT_TOPICS_MAX,
  LIMIT_TAG_MAX,
  LIMIT_IMAGES_MIN,
  LIMIT_IMAGES_MAX,
  N_LIMITS
};

struct _HeraldChannelKind
{
  GObject     parent_instance;

  char       *id;
  const char *name;
  char       *media;
  char       *notes;
  GStrv       uncertain;

  int         limits[N_LIMITS];
  gboolean    title_line_breaks;
  char       *title_allowed_extra;
  char       *topic_syntax;
  char       *counting;
  char       *title_counting;

  char       *creator_url;
  GStrv       default_slots;
  char       *color;
  char       *icon_name;
};

GQuark      herald_channel_kind_error_quark (void);
int         herald_channel_kind_limit_index (const char *field);
GListModel *herald_channel_kinds_parse      (GBytes     *data,
                                             GError    **error);

G_END_DECLS
