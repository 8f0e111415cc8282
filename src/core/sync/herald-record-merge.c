/* herald-record-merge.c — three-way merge of a record's properties
 *
 * Campaigns and hot-topic notes merge property by property: a property
 * changed on one side only takes that side's value; one changed on both
 * sides to different values keeps the local value and is counted (no
 * conflict copy: the caller logs it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-sync"

#include "config.h"

#include "herald-record-merge.h"

const char * const herald_campaign_sync_properties[] = {
  "name", "goal", "starts-on", "ends-on", "color", "notes", "archived", NULL
};

const char * const herald_topic_sync_properties[] = {
  "title", "source", "url", "state", "notes", "first-seen", NULL
};

static gboolean
same (GObject    *a,
      GObject    *b,
      const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (a), name);
  g_auto (GValue) x = G_VALUE_INIT;
  g_auto (GValue) y = G_VALUE_INIT;

  g_return_val_if_fail (pspec != NULL, TRUE);

  g_value_init (&x, pspec->value_type);
  g_value_init (&y, pspec->value_type);
  g_object_get_property (a, name, &x);
  g_object_get_property (b, name, &y);

  /* An empty text and no text are the same. */
  if (G_VALUE_HOLDS_STRING (&x))
    return g_strcmp0 (g_value_get_string (&x) != NULL ? g_value_get_string (&x) : "",
                      g_value_get_string (&y) != NULL ? g_value_get_string (&y) : "") == 0;

  return g_param_values_cmp (pspec, &x, &y) == 0;
}

static void
copy (GObject    *to,
      GObject    *from,
      const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (from), name);
  g_auto (GValue) value = G_VALUE_INIT;

  g_return_if_fail (pspec != NULL);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (from, name, &value);
  g_object_set_property (to, name, &value);
}

/**
 * herald_record_copy_properties:
 * @to: a record
 * @from: a record of the same type
 * @names: (array zero-terminated=1): the properties to copy
 */
void
herald_record_copy_properties (gpointer            to,
                               gpointer            from,
                               const char * const *names)
{
  g_return_if_fail (G_IS_OBJECT (to));
  g_return_if_fail (G_IS_OBJECT (from));

  for (guint i = 0; names[i] != NULL; i++)
    copy (to, from, names[i]);
}

/**
 * herald_record_merge_properties:
 * @base: (nullable): the version both sides last agreed on; %NULL when
 *   there is none, so that every difference is a conflict
 * @local: this database's version; changed in place
 * @remote: the server's version
 * @names: (array zero-terminated=1): the properties to merge
 * @conflicting: (nullable): the names of conflicting properties are
 *   appended here, separated by spaces
 *
 * Applies the server's one-sided changes to @local.
 *
 * Returns: how many properties changed on both sides (@local keeps its
 *   values)
 */
guint
herald_record_merge_properties (gpointer            base,
                                gpointer            local,
                                gpointer            remote,
                                const char * const *names,
                                GString            *conflicting)
{
  guint n_conflicts = 0;

  g_return_val_if_fail (base == NULL || G_IS_OBJECT (base), 0);
  g_return_val_if_fail (G_IS_OBJECT (local), 0);
  g_return_val_if_fail (G_IS_OBJECT (remote), 0);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (same (local, remote, names[i]))
        continue;

      if (base != NULL && same (local, base, names[i]))
        copy (local, remote, names[i]);      /* changed on the server only */
      else if (base != NULL && same (remote, base, names[i]))
        ;                                    /* changed here only */
      else
        {
          n_conflicts++;
          if (conflicting != NULL)
            g_string_append_printf (conflicting, "%s%s", conflicting->len > 0 ? " " : "", names[i]);
        }
    }

  return n_conflicts;
}
