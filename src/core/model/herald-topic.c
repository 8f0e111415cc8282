/* herald-topic.c — a hot topic (热点) and its heat over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-topic"

#include "config.h"

#include <math.h>
#include <string.h>

#include "herald-topic.h"

/**
 * HeraldTopic:
 *
 * A trending topic the operator watches, seen on a hot list such as the
 * Weibo 热搜. Its heat samples are loaded by the store only when a view
 * asks for them; #HeraldTopic:peak-heat is kept apart so that lists can
 * sort without loading them.
 */

struct _HeraldTopic
{
  HeraldRecord      parent_instance;

  char             *title;
  char             *source;
  char             *url;
  char             *notes;
  gint64            first_seen;
  gint64            last_seen;
  double            peak_heat;
  HeraldHeatSample *heat;
  guint             n_heat;
  HeraldTopicState  state;
};

G_DEFINE_FINAL_TYPE (HeraldTopic, herald_topic, HERALD_TYPE_RECORD)

/* The nicks are the names stored in the database: never rename one. */
G_DEFINE_ENUM_TYPE (HeraldTopicState, herald_topic_state,
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_STATE_WATCHING, "watching"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_STATE_USED, "used"),
  G_DEFINE_ENUM_VALUE (HERALD_TOPIC_STATE_DROPPED, "dropped"))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_URL,
  PROP_STATE,
  PROP_NOTES,
  PROP_FIRST_SEEN,
  PROP_LAST_SEEN,
  PROP_PEAK_HEAT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_text (char       **field,
          const char  *text)
{
  return g_set_str (field, text != NULL ? text : "");
}

static void
herald_topic_finalize (GObject *object)
{
  HeraldTopic *self = HERALD_TOPIC (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->heat, g_free);

  G_OBJECT_CLASS (herald_topic_parent_class)->finalize (object);
}

static void
herald_topic_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HeraldTopic *self = HERALD_TOPIC (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_FIRST_SEEN:
      g_value_set_int64 (value, self->first_seen);
      break;

    case PROP_LAST_SEEN:
      g_value_set_int64 (value, self->last_seen);
      break;

    case PROP_PEAK_HEAT:
      g_value_set_double (value, self->peak_heat);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_topic_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HeraldTopic *self = HERALD_TOPIC (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      herald_topic_set_title (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      herald_topic_set_source (self, g_value_get_string (value));
      break;

    case PROP_URL:
      herald_topic_set_url (self, g_value_get_string (value));
      break;

    case PROP_STATE:
      herald_topic_set_state (self, g_value_get_enum (value));
      break;

    case PROP_NOTES:
      herald_topic_set_notes (self, g_value_get_string (value));
      break;

    case PROP_FIRST_SEEN:
      herald_topic_set_first_seen (self, g_value_get_int64 (value));
      break;

    case PROP_LAST_SEEN:
      herald_topic_set_last_seen (self, g_value_get_int64 (value));
      break;

    case PROP_PEAK_HEAT:
      herald_topic_set_peak_heat (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_topic_class_init (HeraldTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = herald_topic_finalize;
  object_class->get_property = herald_topic_get_property;
  object_class->set_property = herald_topic_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldTopic:source:
   *
   * Where the topic was seen: the id of a hot list or feed, or "" when
   * the operator added it by hand.
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldTopic:state:
   *
   * Whether the operator still watches the topic, used it in a post, or
   * let it go.
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       HERALD_TYPE_TOPIC_STATE,
                       HERALD_TOPIC_STATE_WATCHING,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * HeraldTopic:first-seen:
   *
   * When the topic first showed up, in Unix seconds (UTC); 0 if unknown.
   */
  properties[PROP_FIRST_SEEN] =
    g_param_spec_int64 ("first-seen", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * HeraldTopic:last-seen:
   *
   * When the topic was last seen on a list, in Unix seconds (UTC); 0 if
   * unknown.
   */
  properties[PROP_LAST_SEEN] =
    g_param_spec_int64 ("last-seen", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * HeraldTopic:peak-heat:
   *
   * The highest heat the topic reached, as the store recorded it.
   */
  properties[PROP_PEAK_HEAT] =
    g_param_spec_double ("peak-heat", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
herald_topic_init (HeraldTopic *self)
{
  self->title = g_strdup ("");
  self->source = g_strdup ("");
  self->url = g_strdup ("");
  self->notes = g_strdup ("");
  self->state = HERALD_TOPIC_STATE_WATCHING;
}

/**
 * herald_topic_state_to_string:
 * @state: a #HeraldTopicState
 *
 * Returns: the stable name of @state ("watching", "used" or "dropped"),
 *   or %NULL if @state is not a state
 */
const char *
herald_topic_state_to_string (HeraldTopicState state)
{
  GEnumValue *value;

  value = g_enum_get_value (g_type_class_get (HERALD_TYPE_TOPIC_STATE), state);
  g_return_val_if_fail (value != NULL, NULL);

  return value->value_nick;
}

/**
 * herald_topic_state_from_string:
 * @name: a stable state name, such as "used"
 * @state: (out) (optional): where to store the state
 *
 * Names are matched exactly.
 *
 * Returns: %TRUE if @name is a state; @state is left alone otherwise
 */
gboolean
herald_topic_state_from_string (const char       *name,
                                HeraldTopicState *state)
{
  GEnumValue *value;

  g_return_val_if_fail (name != NULL, FALSE);

  value = g_enum_get_value_by_nick (g_type_class_get (HERALD_TYPE_TOPIC_STATE), name);
  if (value == NULL)
    return FALSE;

  if (state != NULL)
    *state = value->value;

  return TRUE;
}

/**
 * herald_topic_new:
 * @title: the topic as the list words it
 * @source: (nullable): where it was seen
 *
 * Makes a watched topic without an id: the store gives it one when it is
 * saved.
 *
 * Returns: (transfer full): a new #HeraldTopic
 */
HeraldTopic *
herald_topic_new (const char *title,
                  const char *source)
{
  return g_object_new (HERALD_TYPE_TOPIC,
                       "title", title,
                       "source", source,
                       NULL);
}

const char *
herald_topic_get_title (HeraldTopic *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC (self), NULL);

  return self->title;
}

void
herald_topic_set_title (HeraldTopic *self,
                        const char  *title)
{
  g_return_if_fail (HERALD_IS_TOPIC (self));

  if (set_text (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
herald_topic_get_source (HeraldTopic *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC (self), NULL);

  return self->source;
}

void
herald_topic_set_source (HeraldTopic *self,
                         const char  *source)
{
  g_return_if_fail (HERALD_IS_TOPIC (self));

  if (set_text (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
herald_topic_get_url (HeraldTopic *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC (self), NULL);

  return self->url;
}

void
herald_topic_set_url (HeraldTopic *self,
                      const char  *url)
{
  g_return_if_fail (HERALD_IS_TOPIC (self));

  if (set_text (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

HeraldTopicState
herald_topic_get_state (HeraldTopic *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC (self), HERALD_TOPIC_STATE_WATCHING);

  return self->state;
}

void
herald_topic_set_state (HeraldTopic      *self,
                        HeraldTopicState  state)
{
  g_return_if_fail (HERALD_IS_TOPIC (self));
  g_return_if_fail ((guint) state <= HERALD_TOPIC_STATE_DROPPED);

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

const char *
herald_topic_get_notes (HeraldTopic *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC (self), NULL);

  return self->notes;
}

void
herald_topic_set_notes (HeraldTopic *self,
                        const char  *notes)
{
  g_return_if_fail (HERALD_IS_TOPIC (self));

  if (set_text (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gint64
herald_topic_get_first_seen (HeraldTopic *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC (self), 0);

  return self->first_seen;
}

void
herald_topic_set_first_seen (HeraldTopic *self,
                             gint64       first_seen)
{
  g_return_if_fail (HERALD_IS_TOPIC (self));

  if (self->first_seen == first_seen)
    return;

  self->first_seen = first_seen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_SEEN]);
}

gint64
herald_topic_get_last_seen (HeraldTopic *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC (self), 0);

  return self->last_seen;
}

void
herald_topic_set_last_seen (HeraldTopic *self,
                            gint64       last_seen)
{
  g_return_if_fail (HERALD_IS_TOPIC (self));

  if (self->last_seen == last_seen)
    return;

  self->last_seen = last_seen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_SEEN]);
}

double
herald_topic_get_peak_heat (HeraldTopic *self)
{
  g_return_val_if_fail (HERALD_IS_TOPIC (self), 0.0);

  return self->peak_heat;
}

void
herald_topic_set_peak_heat (HeraldTopic *self,
                            double       peak_heat)
{
  g_return_if_fail (HERALD_IS_TOPIC (self));
  /* NaN never equals itself: it would notify on every set. */
  g_return_if_fail (!isnan (peak_heat));

  if (self->peak_heat == peak_heat)
    return;

  self->peak_heat = peak_heat;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEAK_HEAT]);
}

/**
 * herald_topic_get_heat:
 * @self: a #HeraldTopic
 * @n_samples: (out) (optional): where to store the number of samples
 *
 * Returns: (transfer none) (array length=n_samples) (nullable): the heat
 *   samples, oldest first; %NULL when none are loaded
 */
const HeraldHeatSample *
herald_topic_get_heat (HeraldTopic *self,
                       guint       *n_samples)
{
  if (n_samples != NULL)
    *n_samples = 0;

  g_return_val_if_fail (HERALD_IS_TOPIC (self), NULL);

  if (n_samples != NULL)
    *n_samples = self->n_heat;

  return self->heat;
}

/**
 * herald_topic_set_heat:
 * @self: a #HeraldTopic
 * @samples: (array length=n_samples) (nullable): the samples, oldest first
 * @n_samples: the number of samples
 *
 * Replaces the heat samples with a copy of @samples: the caller keeps
 * its array. It does not change #HeraldTopic:peak-heat, which the store
 * keeps itself.
 */
void
herald_topic_set_heat (HeraldTopic            *self,
                       const HeraldHeatSample *samples,
                       guint                   n_samples)
{
  HeraldHeatSample *copy;

  g_return_if_fail (HERALD_IS_TOPIC (self));
  g_return_if_fail (samples != NULL || n_samples == 0);

  /* Copy before freeing: @samples may be what herald_topic_get_heat()
   * returned. */
  copy = n_samples > 0 ? g_memdup2 (samples, sizeof *samples * (gsize) n_samples) : NULL;

  g_free (self->heat);
  self->heat = copy;
  self->n_heat = n_samples;
}

/* The note's parts after the angle start at a line of their own with one
 * of these headings. */
static const char * const note_headings[HERALD_TOPIC_NOTE_N_PARTS] = {
  NULL,
  "## Audience",
  "## Risks",
};

static int
note_heading (const char *line,
              gsize       length)
{
  for (guint i = 1; i < HERALD_TOPIC_NOTE_N_PARTS; i++)
    if (strlen (note_headings[i]) == length && strncmp (line, note_headings[i], length) == 0)
      return i;

  return -1;
}

/**
 * herald_topic_note_get_part:
 * @notes: (nullable): a topic's notes
 * @part: the part wanted
 *
 * Returns: (transfer full): the part's text, "" when it has none
 */
char *
herald_topic_note_get_part (const char          *notes,
                            HeraldTopicNotePart  part)
{
  g_autoptr (GString) text = g_string_new (NULL);
  int current = HERALD_TOPIC_NOTE_ANGLE;
  const char *line = notes != NULL ? notes : "";

  g_return_val_if_fail (part < HERALD_TOPIC_NOTE_N_PARTS, NULL);

  while (*line != '\0')
    {
      const char *end = strchr (line, '\n');
      gsize length = end != NULL ? (gsize) (end - line) : strlen (line);
      int heading = note_heading (line, length);

      if (heading >= 0)
        current = heading;
      else if (current == (int) part)
        {
          if (text->len > 0 || length > 0)
            g_string_append_len (text, line, length);
          if (end != NULL && (text->len > 0))
            g_string_append_c (text, '\n');
        }

      line = end != NULL ? end + 1 : line + length;
    }

  /* The blank line that separates a part from the next heading. */
  while (text->len > 0 && text->str[text->len - 1] == '\n')
    g_string_truncate (text, text->len - 1);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * herald_topic_note_join:
 * @parts: (array fixed-size=3): the angle, the audience and the risks
 *
 * Returns: (transfer full): the notes text holding the three parts; just
 *   the angle when the others are empty
 */
char *
herald_topic_note_join (const char * const *parts)
{
  g_autoptr (GString) text = g_string_new (NULL);

  g_return_val_if_fail (parts != NULL, NULL);

  g_string_append (text, parts[HERALD_TOPIC_NOTE_ANGLE] != NULL ? parts[HERALD_TOPIC_NOTE_ANGLE] : "");
  for (guint i = 1; i < HERALD_TOPIC_NOTE_N_PARTS; i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;

      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text, "%s\n%s", note_headings[i], parts[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
