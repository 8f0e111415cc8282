/* herald-reminders.c — telling the operator a post's slot is near
 *
 * Keeps one timer, set to the moment the next reminder falls due, and
 * moves it whenever the store changes.  When it fires, every post due is
 * announced once with `due` and marked delivered in the store, so that a
 * restart neither repeats a reminder nor shows one for a slot that passed
 * while Herald was closed (that post is overdue instead).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-reminders"

#include "config.h"

#include "herald-reminders.h"

/* Look again at least this often: the clock may jump (suspend, NTP). */
#define MAX_WAIT_SECONDS 600

struct _HeraldReminders
{
  GObject      parent_instance;

  HeraldStore *store;
  guint        lead_minutes;
  guint        timeout_id;
  gboolean     running;
};

G_DEFINE_FINAL_TYPE (HeraldReminders, herald_reminders, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEAD_MINUTES,
  N_PROPS
};

enum {
  DUE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void schedule (HeraldReminders *self);

static gboolean
timeout_cb (gpointer user_data)
{
  HeraldReminders *self = user_data;

  self->timeout_id = 0;
  herald_reminders_check (self, now_seconds ());
  schedule (self);

  return G_SOURCE_REMOVE;
}

static void
schedule (HeraldReminders *self)
{
  g_autoptr (GError) error = NULL;
  gint64 now = now_seconds (), next, wait;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (!self->running)
    return;

  next = herald_store_next_reminder_at (self->store, now, self->lead_minutes * 60, &error);
  if (error != NULL)
    g_warning ("Could not look up the next reminder: %s", error->message);

  wait = next == 0 ? MAX_WAIT_SECONDS : CLAMP (next - now, 0, MAX_WAIT_SECONDS);
  self->timeout_id = g_timeout_add_seconds (wait, timeout_cb, self);
}

static void
store_changed_cb (HeraldReminders  *self,
                  HeraldRecordKind  kind,
                  const char      **ids)
{
  if (kind == HERALD_RECORD_POST || kind == HERALD_RECORD_ACCOUNT)
    schedule (self);
}

static void
herald_reminders_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HeraldReminders *self = HERALD_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_LEAD_MINUTES:
      g_value_set_uint (value, self->lead_minutes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_reminders_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HeraldReminders *self = HERALD_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_LEAD_MINUTES:
      herald_reminders_set_lead_minutes (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
herald_reminders_dispose (GObject *object)
{
  HeraldReminders *self = HERALD_REMINDERS (object);

  herald_reminders_stop (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (herald_reminders_parent_class)->dispose (object);
}

static void
herald_reminders_class_init (HeraldRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = herald_reminders_dispose;
  object_class->get_property = herald_reminders_get_property;
  object_class->set_property = herald_reminders_set_property;

  /**
   * HeraldReminders:lead-minutes:
   *
   * How long before a slot to remind; 0 turns reminders off.
   */
  properties[PROP_LEAD_MINUTES] =
    g_param_spec_uint ("lead-minutes", NULL, NULL,
                       0, 24 * 60, 15,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HeraldReminders::due:
   * @reminders: the reminders
   * @post: the post whose slot is near
   *
   * Emitted once per post and slot.
   */
  signals[DUE] =
    g_signal_new ("due", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HERALD_TYPE_POST);
}

static void
herald_reminders_init (HeraldReminders *self)
{
  self->lead_minutes = 15;
}

HeraldReminders *
herald_reminders_new (HeraldStore *store)
{
  HeraldReminders *self;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  self = g_object_new (HERALD_TYPE_REMINDERS, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);

  return self;
}

guint
herald_reminders_get_lead_minutes (HeraldReminders *self)
{
  g_return_val_if_fail (HERALD_IS_REMINDERS (self), 0);

  return self->lead_minutes;
}

void
herald_reminders_set_lead_minutes (HeraldReminders *self,
                                   guint            minutes)
{
  g_return_if_fail (HERALD_IS_REMINDERS (self));

  if (self->lead_minutes == minutes)
    return;

  self->lead_minutes = minutes;
  schedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_MINUTES]);
}

/**
 * herald_reminders_start:
 * @self: a #HeraldReminders
 *
 * Announces what is due now, then keeps watching the clock and the store.
 */
void
herald_reminders_start (HeraldReminders *self)
{
  g_return_if_fail (HERALD_IS_REMINDERS (self));

  self->running = TRUE;
  herald_reminders_check (self, now_seconds ());
  schedule (self);
}

void
herald_reminders_stop (HeraldReminders *self)
{
  g_return_if_fail (HERALD_IS_REMINDERS (self));

  self->running = FALSE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

/**
 * herald_reminders_check:
 * @self: a #HeraldReminders
 * @now: the current Unix time
 *
 * Emits `due` for every post due at @now and marks each delivered.
 *
 * Returns: how many reminders were delivered
 */
guint
herald_reminders_check (HeraldReminders *self,
                        gint64           now)
{
  g_autoptr (GListModel) due = NULL;
  g_autoptr (GError) error = NULL;
  guint n_delivered = 0;

  g_return_val_if_fail (HERALD_IS_REMINDERS (self), 0);

  if (self->lead_minutes == 0)
    return 0;

  due = herald_store_list_due_reminders (self->store, now, self->lead_minutes * 60, &error);
  if (due == NULL)
    {
      g_warning ("Could not look up the reminders: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < g_list_model_get_n_items (due); i++)
    {
      g_autoptr (HeraldPost) post = g_list_model_get_item (due, i);

      /* Recorded first: a reminder must never come twice, even if showing
       * it fails or the process dies right after. */
      if (!herald_store_mark_reminded (self->store, herald_record_get_id (HERALD_RECORD (post)),
                                       herald_post_get_scheduled_at (post), now, &error))
        {
          g_warning ("Could not record a reminder: %s", error->message);
          g_clear_error (&error);
          continue;
        }

      g_signal_emit (self, signals[DUE], 0, post);
      n_delivered++;
    }

  return n_delivered;
}

/**
 * herald_reminders_snooze:
 * @self: a #HeraldReminders
 * @post: the post reminded of
 * @minutes: remind again in this many minutes
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
herald_reminders_snooze (HeraldReminders  *self,
                         HeraldPost       *post,
                         guint             minutes,
                         GError          **error)
{
  g_return_val_if_fail (HERALD_IS_REMINDERS (self), FALSE);
  g_return_val_if_fail (HERALD_IS_POST (post), FALSE);

  return herald_store_snooze_reminder (self->store, herald_record_get_id (HERALD_RECORD (post)),
                                       herald_post_get_scheduled_at (post),
                                       now_seconds () + minutes * 60, error);
}
