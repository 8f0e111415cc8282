/* herald-post-merge.c — three-way merge of a post, field by field
 *
 * A field changed on one side only takes that side's value.  A field
 * changed on both sides to different values keeps the local value and
 * counts as a conflict; the caller keeps the remote version as a copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync"

#include "config.h"

#include "herald-post-merge.h"

typedef enum {
  FIELD_STRING,
  FIELD_TIME,
  FIELD_STATUS,
  FIELD_TAGS,
} FieldType;

typedef struct {
  FieldType type;
  const char * (*get_string) (HeraldPost *post);
  void         (*set_string) (HeraldPost *post, const char *value);
  gint64       (*get_time)   (HeraldPost *post);
  void         (*set_time)   (HeraldPost *post, gint64 value);
} Field;

static const Field fields[] = {
  { FIELD_STRING, herald_post_get_account_id, herald_post_set_account_id, NULL, NULL },
  { FIELD_STRING, herald_post_get_campaign_id, herald_post_set_campaign_id, NULL, NULL },
  { FIELD_STRING, herald_post_get_series_id, herald_post_set_series_id, NULL, NULL },
  { FIELD_STRING, herald_post_get_title, herald_post_set_title, NULL, NULL },
  { FIELD_STRING, herald_post_get_body, herald_post_set_body, NULL, NULL },
  { FIELD_STRING, herald_post_get_digest, herald_post_set_digest, NULL, NULL },
  { FIELD_STRING, herald_post_get_tz, herald_post_set_tz, NULL, NULL },
  { FIELD_STRING, herald_post_get_url, herald_post_set_url, NULL, NULL },
  { FIELD_STRING, herald_post_get_notes, herald_post_set_notes, NULL, NULL },
  { FIELD_TIME, NULL, NULL, herald_post_get_scheduled_at, herald_post_set_scheduled_at },
  { FIELD_STATUS, NULL, NULL, NULL, NULL },
  { FIELD_TAGS, NULL, NULL, NULL, NULL },
};

static char *
tags_key (HeraldPost *post)
{
  const char * const *tags = herald_post_get_tags (post);

  return tags != NULL ? g_strjoinv ("\n", (char **) tags) : g_strdup ("");
}

static gboolean
same (const Field *field,
      HeraldPost  *a,
      HeraldPost  *b)
{
  switch (field->type)
    {
    case FIELD_STRING:
      {
        const char *x = field->get_string (a), *y = field->get_string (b);

        return g_strcmp0 (x != NULL ? x : "", y != NULL ? y : "") == 0;
      }
    case FIELD_TIME:
      return field->get_time (a) == field->get_time (b);
    case FIELD_STATUS:
      return herald_post_get_status (a) == herald_post_get_status (b);
    case FIELD_TAGS:
    default:
      {
        g_autofree char *x = tags_key (a);
        g_autofree char *y = tags_key (b);

        return g_str_equal (x, y);
      }
    }
}

static void
copy (const Field *field,
      HeraldPost  *to,
      HeraldPost  *from)
{
  switch (field->type)
    {
    case FIELD_STRING:
      field->set_string (to, field->get_string (from));
      break;
    case FIELD_TIME:
      field->set_time (to, field->get_time (from));
      break;
    case FIELD_STATUS:
      herald_post_set_status (to, herald_post_get_status (from));
      break;
    case FIELD_TAGS:
    default:
      herald_post_set_tags (to, herald_post_get_tags (from));
      break;
    }
}

/**
 * herald_post_merge:
 * @base: (nullable): the version both sides last agreed on; %NULL when
 *   there is none, so that every difference is a conflict
 * @local: this database's version
 * @remote: the server's version
 * @n_conflicts: (out): how many fields changed on both sides
 *
 * Returns: (transfer full): a new post: @local with the server's one-sided
 *   changes applied
 */
HeraldPost *
herald_post_merge (HeraldPost *base,
                   HeraldPost *local,
                   HeraldPost *remote,
                   guint      *n_conflicts)
{
  HeraldPost *merged;

  g_return_val_if_fail (HERALD_IS_POST (local), NULL);
  g_return_val_if_fail (HERALD_IS_POST (remote), NULL);

  merged = herald_post_new (herald_post_get_account_id (local), herald_post_get_title (local));
  herald_record_set_id (HERALD_RECORD (merged), herald_record_get_id (HERALD_RECORD (local)));
  herald_record_set_created_at (HERALD_RECORD (merged), herald_record_get_created_at (HERALD_RECORD (local)));
  herald_post_set_published_at (merged, herald_post_get_published_at (local));
  *n_conflicts = 0;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const Field *field = &fields[i];

      copy (field, merged, local);
      if (same (field, local, remote))
        continue;

      if (base != NULL && same (field, local, base))
        copy (field, merged, remote);        /* changed on the server only */
      else if (base != NULL && same (field, remote, base))
        ;                                    /* changed here only */
      else
        (*n_conflicts)++;
    }

  return merged;
}
