/* herald-topic.h — a hot topic (热点) and its heat over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-record.h"

G_BEGIN_DECLS

typedef enum {
  HERALD_TOPIC_STATE_WATCHING,
  HERALD_TOPIC_STATE_USED,
  HERALD_TOPIC_STATE_DROPPED,
} HeraldTopicState;

#define HERALD_TYPE_TOPIC_STATE (herald_topic_state_get_type ())
GType       herald_topic_state_get_type    (void) G_GNUC_CONST;
const char *herald_topic_state_to_string   (HeraldTopicState  state);
gboolean    herald_topic_state_from_string (const char       *name,
                                            HeraldTopicState *state);

typedef struct {
  gint64 at;
  double heat;
  int    rank;   /* 0 when the source gives no rank */
} HeraldHeatSample;

/* The rank of the sample recorded when a topic fell off its list. */
#define HERALD_HEAT_RANK_GONE (-1)

#define HERALD_TYPE_TOPIC (herald_topic_get_type ())

G_DECLARE_FINAL_TYPE (HeraldTopic, herald_topic, HERALD, TOPIC, HeraldRecord)

HeraldTopic      *herald_topic_new            (const char       *title,
                                               const char       *source);
const char       *herald_topic_get_title      (HeraldTopic      *self);
void              herald_topic_set_title      (HeraldTopic      *self,
                                               const char       *title);
const char       *herald_topic_get_source     (HeraldTopic      *self);
void              herald_topic_set_source     (HeraldTopic      *self,
                                               const char       *source);
const char       *herald_topic_get_url        (HeraldTopic      *self);
void              herald_topic_set_url        (HeraldTopic      *self,
                                               const char       *url);
HeraldTopicState  herald_topic_get_state      (HeraldTopic      *self);
void              herald_topic_set_state      (HeraldTopic      *self,
                                               HeraldTopicState  state);
const char       *herald_topic_get_notes      (HeraldTopic      *self);
void              herald_topic_set_notes      (HeraldTopic      *self,
                                               const char       *notes);
gint64            herald_topic_get_first_seen (HeraldTopic      *self);
void              herald_topic_set_first_seen (HeraldTopic      *self,
                                               gint64            first_seen);
gint64            herald_topic_get_last_seen  (HeraldTopic      *self);
void              herald_topic_set_last_seen  (HeraldTopic      *self,
                                               gint64            last_seen);
double            herald_topic_get_peak_heat  (HeraldTopic      *self);
void              herald_topic_set_peak_heat  (HeraldTopic      *self,
                                               double            peak_heat);
/* Oldest first. Loaded by the store on request. */
const HeraldHeatSample *herald_topic_get_heat (HeraldTopic      *self,
                                               guint            *n_samples);
void              herald_topic_set_heat       (HeraldTopic            *self,
                                               const HeraldHeatSample *samples,
                                               guint                   n_samples);

/* The hot-topic note: the angle to take, the audience, the risks, kept
 * together in the notes text.  A note without the other parts is just
 * the angle. */
typedef enum {
  HERALD_TOPIC_NOTE_ANGLE,
  HERALD_TOPIC_NOTE_AUDIENCE,
  HERALD_TOPIC_NOTE_RISKS,
  HERALD_TOPIC_NOTE_N_PARTS,
} HeraldTopicNotePart;

char             *herald_topic_note_get_part  (const char          *notes,
                                               HeraldTopicNotePart  part);
char             *herald_topic_note_join      (const char * const  *parts);

G_END_DECLS
