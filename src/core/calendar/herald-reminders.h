/* herald-reminders.h — telling the operator a post's slot is near
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "herald-store.h"

G_BEGIN_DECLS

#define HERALD_TYPE_REMINDERS (herald_reminders_get_type ())

G_DECLARE_FINAL_TYPE (HeraldReminders, herald_reminders, HERALD, REMINDERS, GObject)

HeraldReminders *herald_reminders_new              (HeraldStore     *store);
guint            herald_reminders_get_lead_minutes (HeraldReminders *self);
void             herald_reminders_set_lead_minutes (HeraldReminders *self,
                                                    guint            minutes);
void             herald_reminders_start            (HeraldReminders *self);
void             herald_reminders_stop             (HeraldReminders *self);
guint            herald_reminders_check            (HeraldReminders *self,
                                                    gint64           now);
gboolean         herald_reminders_snooze           (HeraldReminders *self,
                                                    HeraldPost      *post,
                                                    guint            minutes,
                                                    GError         **error);

G_END_DECLS
