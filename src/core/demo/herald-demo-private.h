/* herald-demo-private.h — what the parts of the demo generator share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-channel-kind.h"
#include "herald-demo.h"

G_BEGIN_DECLS

#define DEMO_ZONE        "Asia/Shanghai"
#define DEMO_DAY         (24 * 60 * 60)
#define DEMO_SPAN_DAYS   45                       /* days before and after today, at least */
/* A large demo spreads over more days, as a real plan that big would: an
 * operator's seven accounts post a dozen or so times a day, not hundreds. */
#define DEMO_POSTS_PER_DAY 15
#define DEMO_N_ACCOUNTS  7
#define DEMO_N_CAMPAIGNS 3
#define DEMO_N_TOPICS    20
#define DEMO_ID_LENGTH   37                       /* a UUID and its NUL */

typedef struct {
  char               id[DEMO_ID_LENGTH];
  HeraldChannelKind *kind;
  const char        *kind_id;
  int                slots[8];        /* minutes after midnight */
  guint              n_slots;
  guint              weight;          /* how often the team posts there */
  double             median_views;    /* what a typical post settles at */
  double             growth_days;     /* how fast its numbers settle */
} HeraldDemoAccount;

typedef struct {
  char        id[DEMO_ID_LENGTH];
  const char *name;
  const char *moment;                 /* how posts call the occasion: 双十一 … */
  gint64      starts;                 /* local midnight of the first day */
  gint64      ends;                   /* local midnight after the last day */
  double      planned_views;          /* what its posts should reach, for the KPIs */
  double      planned_douyin_views;
  gboolean    on_account[DEMO_N_ACCOUNTS];   /* the campaign has posts there */
} HeraldDemoCampaign;

typedef struct {
  char        id[DEMO_ID_LENGTH];
  const char *title;
  gint64      first_seen;
  gint64      last_seen;
  gboolean    used;
} HeraldDemoTopic;

typedef struct {
  char   id[DEMO_ID_LENGTH];
  guint  account;
  gint64 published_at;
  double views;                       /* where its numbers settle */
  guint  n_samples;                   /* how many of the samples are this post's */
} HeraldDemoPublished;

/* The generator's state while it writes. */
typedef struct {
  const HeraldDemoOptions *options;
  GRand                   *rand;      /* every choice about the content */
  GRand                   *ids;       /* record ids, a stream of their own */
  GTimeZone               *zone;
  gint64                   now;
  int                      span_days;   /* days before and after today */
  gint64                  *day_starts;  /* 2 * span_days + 1 midnights */
  HeraldDemoAccount        accounts[DEMO_N_ACCOUNTS];
  guint                    total_weight;
  HeraldDemoCampaign       campaigns[DEMO_N_CAMPAIGNS];
  HeraldDemoTopic          topics[DEMO_N_TOPICS];
  guint                    used_topics[DEMO_N_TOPICS];
  guint                    n_used_topics;
  GArray                  *published; /* HeraldDemoPublished */
} HeraldDemo;

void        herald_demo_make_id       (HeraldDemo           *demo,
                                       char                  id[DEMO_ID_LENGTH]);
double      herald_demo_lognormal     (GRand                *rand,
                                       double                median,
                                       double                sigma);
gint64      herald_demo_random_span   (GRand                *rand,
                                       gint64                low,
                                       gint64                high);
gboolean    herald_demo_write_posts   (HeraldDemo           *demo,
                                       HeraldStore          *store,
                                       GError              **error);
gboolean    herald_demo_write_samples (HeraldDemo           *demo,
                                       HeraldStore          *store,
                                       GError              **error);

/* One idea for a post, shared by the siblings of a cross-posted series so
 * that they read as the same piece adapted to each channel. */
typedef struct {
  guint       product;    /* index into the product table */
  guint       title;      /* index into the title patterns */
  const char *moment;     /* the campaign's occasion (双十一 …), or NULL */
  const char *campaign;   /* the campaign's name, or NULL */
  const char *topic;      /* the hot topic the post leans on, or NULL */
} HeraldDemoIdea;

void        herald_demo_idea_init     (HeraldDemoIdea       *idea,
                                       GRand                *rand,
                                       const char           *moment,
                                       const char           *campaign,
                                       const char           *topic);
char       *herald_demo_title         (const HeraldDemoIdea *idea,
                                       HeraldChannelKind    *kind);
char       *herald_demo_body          (const HeraldDemoIdea *idea,
                                       GRand                *rand,
                                       HeraldChannelKind    *kind,
                                       HeraldPostStatus      status,
                                       char               ***tags);
char       *herald_demo_digest        (const HeraldDemoIdea *idea,
                                       GRand                *rand);
char       *herald_demo_url           (GRand                *rand,
                                       const char           *kind_id);
const char *herald_demo_note          (GRand                *rand);

/* The midnight starting day @d relative to today (d = 0). */
#define DEMO_DAY_START(demo, d) ((demo)->day_starts[(d) + (demo)->span_days])

G_END_DECLS
