/* herald-ical-campaign.c — campaigns as all-day iCalendar events
 *
 * A campaign is a VEVENT spanning its days: UID = campaign id, DTSTART
 * and DTEND as dates (DTEND the day after the last, as RFC 5545 wants),
 * SUMMARY = name, DESCRIPTION = goal, COLOR = the nearest CSS colour name
 * (RFC 7986) with the exact colour in X-HERALD-COLOR, TRANSP:TRANSPARENT
 * so that it blocks no one's time, a category, X-HERALD-KIND:campaign and
 * X-HERALD-* properties for the rest; its KPI targets are one JSON array
 * in X-HERALD-KPIS.
 *
 * A calendar event needs a day; an open end (or an undated campaign) is
 * shown on a stand-in day, written in X-HERALD-SPAN together with the
 * real dates in X-HERALD-STARTS-ON / X-HERALD-ENDS-ON.  Moved in another
 * calendar program, the event's days become the campaign's dates.
 *
 * Dates are read as written (the day of a date-time in its own zone), so
 * nothing moves by a day between time zones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>

#include "herald-ical-campaign.h"
#include "herald-iso-week.h"

#define DEFAULT_COLOR "#3584e4"

/* CSS colour names (a small set that covers the hues a campaign takes):
 * COLOR must be a name, Herald keeps #rrggbb. */
static const struct {
  const char *name;
  guint32     rgb;
} css_colors[] = {
  { "black", 0x000000 }, { "gray", 0x808080 }, { "silver", 0xc0c0c0 }, { "white", 0xffffff },
  { "maroon", 0x800000 }, { "red", 0xff0000 }, { "crimson", 0xdc143c }, { "orange", 0xffa500 },
  { "darkorange", 0xff8c00 }, { "gold", 0xffd700 }, { "yellow", 0xffff00 }, { "olive", 0x808000 },
  { "green", 0x008000 }, { "lime", 0x00ff00 }, { "seagreen", 0x2e8b57 }, { "teal", 0x008080 },
  { "aqua", 0x00ffff }, { "dodgerblue", 0x1e90ff }, { "royalblue", 0x4169e1 }, { "blue", 0x0000ff },
  { "navy", 0x000080 }, { "purple", 0x800080 }, { "mediumorchid", 0xba55d3 }, { "fuchsia", 0xff00ff },
  { "hotpink", 0xff69b4 }, { "pink", 0xffc0cb }, { "brown", 0xa52a2a }, { "chocolate", 0xd2691e },
};

static gboolean
parse_hex (const char *color,
           guint32    *rgb)
{
  if (color == NULL || strlen (color) != 7 || color[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;

  *rgb = (guint32) g_ascii_strtoull (color + 1, NULL, 16);
  return TRUE;
}

static const char *
nearest_css_name (guint32 rgb)
{
  guint best = 0;
  gint64 best_distance = G_MAXINT64;

  for (guint i = 0; i < G_N_ELEMENTS (css_colors); i++)
    {
      gint64 dr = (gint64) ((rgb >> 16) & 0xff) - ((css_colors[i].rgb >> 16) & 0xff);
      gint64 dg = (gint64) ((rgb >> 8) & 0xff) - ((css_colors[i].rgb >> 8) & 0xff);
      gint64 db = (gint64) (rgb & 0xff) - (css_colors[i].rgb & 0xff);
      gint64 distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;

      if (distance < best_distance)
        {
          best_distance = distance;
          best = i;
        }
    }

  return css_colors[best].name;
}

static char *
css_name_to_hex (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (css_colors); i++)
    if (g_ascii_strcasecmp (css_colors[i].name, name) == 0)
      return g_strdup_printf ("#%06x", css_colors[i].rgb);

  return NULL;
}

static struct icaltimetype
day_to_ical (const GDate *day)
{
  struct icaltimetype time = icaltime_null_date ();

  time.year = g_date_get_year (day);
  time.month = g_date_get_month (day);
  time.day = g_date_get_day (day);
  time.is_date = 1;
  return time;
}

static char *
span_text (const GDate *first,
           const GDate *after)
{
  return g_strdup_printf ("%04d%02d%02d/%04d%02d%02d",
                          g_date_get_year (first), g_date_get_month (first), g_date_get_day (first),
                          g_date_get_year (after), g_date_get_month (after), g_date_get_day (after));
}

/**
 * herald_ical_campaign_to_vevent:
 * @campaign: a campaign
 *
 * Returns: (transfer full): a new all-day VEVENT; free with
 *   icalcomponent_free()
 */
icalcomponent *
herald_ical_campaign_to_vevent (HeraldCampaign *campaign)
{
  icaltimezone *utc = icaltimezone_get_utc_timezone ();
  icalcomponent *event;
  GDate starts, ends, first, after;
  gboolean has_start, has_end;
  guint32 rgb;

  g_return_val_if_fail (HERALD_IS_CAMPAIGN (campaign), NULL);

  has_start = herald_day_parse (herald_campaign_get_starts_on (campaign), &starts);
  has_end = herald_day_parse (herald_campaign_get_ends_on (campaign), &ends);
  if (has_start)
    first = starts;
  else if (has_end)
    first = ends;
  else
    {
      gint64 made = herald_record_get_created_at (HERALD_RECORD (campaign));
      g_autoptr (GDateTime) when = g_date_time_new_from_unix_utc (made > 0 ? made : g_get_real_time () / G_USEC_PER_SEC);

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, g_date_time_get_day_of_month (when), g_date_time_get_month (when),
                      g_date_time_get_year (when));
    }
  after = has_start && has_end && g_date_compare (&ends, &starts) >= 0 ? ends : first;
  g_date_add_days (&after, 1);

  event = icalcomponent_new_vevent ();
  icalcomponent_add_property (event, icalproperty_new_uid (herald_record_get_id (HERALD_RECORD (campaign))));
  icalcomponent_add_property (event,
                              icalproperty_new_dtstamp (icaltime_from_timet_with_zone (herald_record_get_updated_at (HERALD_RECORD (campaign)), 0, utc)));
  icalcomponent_add_property (event, icalproperty_new_dtstart (day_to_ical (&first)));
  icalcomponent_add_property (event, icalproperty_new_dtend (day_to_ical (&after)));
  icalcomponent_add_property (event, icalproperty_new_summary (herald_campaign_get_name (campaign)));
  if (*herald_campaign_get_goal (campaign) != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (herald_campaign_get_goal (campaign)));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));

  if (!parse_hex (herald_campaign_get_color (campaign), &rgb))
    parse_hex (DEFAULT_COLOR, &rgb);
  icalcomponent_add_property (event, icalproperty_new_color (nearest_css_name (rgb)));

  herald_ical_add_x (event, "X-HERALD-KIND", "campaign");
  herald_ical_add_x (event, "X-HERALD-COLOR", herald_campaign_get_color (campaign));
  herald_ical_add_x (event, "X-HERALD-NOTES", herald_campaign_get_notes (campaign));
  if (herald_campaign_get_archived (campaign))
    herald_ical_add_x (event, "X-HERALD-ARCHIVED", "TRUE");
  if (!has_start || !has_end)
    {
      g_autofree char *span = span_text (&first, &after);

      herald_ical_add_x (event, "X-HERALD-SPAN", span);
      if (has_start)
        herald_ical_add_x (event, "X-HERALD-STARTS-ON", herald_campaign_get_starts_on (campaign));
      if (has_end)
        herald_ical_add_x (event, "X-HERALD-ENDS-ON", herald_campaign_get_ends_on (campaign));
    }

  return event;
}

static gboolean
ical_to_day (struct icaltimetype  time,
             GDate               *day)
{
  g_date_clear (day, 1);
  if (icaltime_is_null_time (time) || !g_date_valid_dmy (time.day, time.month, time.year))
    return FALSE;

  /* The day as written: a date has no zone, and a date-time's day is
   * the one in its own zone. */
  g_date_set_dmy (day, time.day, time.month, time.year);
  return TRUE;
}

static char *
day_text (const GDate *day)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day), g_date_get_day (day));
}

/**
 * herald_ical_vevent_to_campaign:
 * @vevent: a VEVENT made by herald_ical_campaign_to_vevent() (or edited by
 *   another calendar program)
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the campaign it describes
 */
HeraldCampaign *
herald_ical_vevent_to_campaign (icalcomponent  *vevent,
                                GError        **error)
{
  g_autoptr (HeraldCampaign) campaign = NULL;
  struct icaltimetype start, end;
  const char *uid, *name, *color, *css, *span;
  GDate first, last;
  guint32 rgb;

  g_return_val_if_fail (vevent != NULL, NULL);

  uid = icalcomponent_get_uid (vevent);
  if (icalcomponent_isa (vevent) != ICAL_VEVENT_COMPONENT || uid == NULL || *uid == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The calendar event has no identifier"));
      return NULL;
    }

  name = icalcomponent_get_summary (vevent);
  if (name == NULL || *name == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The campaign event %s has no name"), uid);
      return NULL;
    }

  start = icalcomponent_get_dtstart (vevent);
  if (!ical_to_day (start, &first))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The campaign event %s has no start day"), uid);
      return NULL;
    }

  campaign = herald_campaign_new (name);
  herald_record_set_id (HERALD_RECORD (campaign), uid);
  herald_campaign_set_color (campaign, DEFAULT_COLOR);

  /* The last day: DTEND is exclusive for a date, and a date-time ending
   * at midnight ends the day before too. */
  end = icalcomponent_get_dtend (vevent);
  if (!ical_to_day (end, &last))
    last = first;
  else if (end.is_date || (end.hour == 0 && end.minute == 0 && end.second == 0))
    g_date_subtract_days (&last, 1);
  if (g_date_compare (&last, &first) < 0)
    last = first;

  span = herald_ical_get_x (vevent, "X-HERALD-SPAN");
  if (span != NULL)
    {
      GDate after;
      g_autofree char *written = NULL;

      ical_to_day (end, &after);
      written = g_date_valid (&after) ? span_text (&first, &after) : NULL;
      if (g_strcmp0 (written, span) != 0)
        span = NULL;    /* moved elsewhere: the event's days are the dates now */
    }

  if (span != NULL)
    {
      GDate check;
      const char *starts_on = herald_ical_get_x (vevent, "X-HERALD-STARTS-ON");
      const char *ends_on = herald_ical_get_x (vevent, "X-HERALD-ENDS-ON");

      herald_campaign_set_starts_on (campaign, herald_day_parse (starts_on, &check) ? starts_on : "");
      herald_campaign_set_ends_on (campaign, herald_day_parse (ends_on, &check) ? ends_on : "");
    }
  else
    {
      g_autofree char *starts_on = day_text (&first);
      g_autofree char *ends_on = day_text (&last);

      herald_campaign_set_starts_on (campaign, starts_on);
      herald_campaign_set_ends_on (campaign, ends_on);
    }

  if (icalcomponent_get_description (vevent) != NULL)
    herald_campaign_set_goal (campaign, icalcomponent_get_description (vevent));
  if (herald_ical_get_x (vevent, "X-HERALD-NOTES") != NULL)
    herald_campaign_set_notes (campaign, herald_ical_get_x (vevent, "X-HERALD-NOTES"));
  herald_campaign_set_archived (campaign, g_strcmp0 (herald_ical_get_x (vevent, "X-HERALD-ARCHIVED"), "TRUE") == 0);

  /* Herald's exact colour, unless another program chose another COLOR. */
  color = herald_ical_get_x (vevent, "X-HERALD-COLOR");
  if (!parse_hex (color, &rgb))
    color = NULL;
  {
    icalproperty *property = icalcomponent_get_first_property (vevent, ICAL_COLOR_PROPERTY);

    css = property != NULL ? icalproperty_get_color (property) : NULL;
  }
  if (css != NULL && (color == NULL || g_ascii_strcasecmp (css, nearest_css_name (rgb)) != 0))
    {
      g_autofree char *hex = css_name_to_hex (css);

      if (hex != NULL)
        {
          herald_campaign_set_color (campaign, hex);
          color = NULL;
        }
    }
  if (color != NULL)
    herald_campaign_set_color (campaign, color);

  return g_steal_pointer (&campaign);
}

static gboolean
is_campaign_property (icalproperty *property)
{
  switch (icalproperty_isa (property))
    {
    case ICAL_UID_PROPERTY:
    case ICAL_DTSTAMP_PROPERTY:
    case ICAL_DTSTART_PROPERTY:
    case ICAL_DTEND_PROPERTY:
    case ICAL_DURATION_PROPERTY:
    case ICAL_SUMMARY_PROPERTY:
    case ICAL_DESCRIPTION_PROPERTY:
    case ICAL_TRANSP_PROPERTY:
    case ICAL_COLOR_PROPERTY:
      return TRUE;
    case ICAL_X_PROPERTY:
      return g_str_has_prefix (icalproperty_get_x_name (property), "X-HERALD-");
    default:
      return FALSE;
    }
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  HeraldRecord *x = *(HeraldRecord **) a, *y = *(HeraldRecord **) b;

  return g_strcmp0 (herald_record_get_id (x), herald_record_get_id (y));
}

/* The records of @model by id: the same text for the same set. */
static GPtrArray *
sorted_by_id (GListModel *model)
{
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (model, i));
  g_ptr_array_sort (sorted, compare_by_id);
  return sorted;
}

static char *
builder_to_json (JsonBuilder *builder)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * herald_ical_kpis_to_json:
 * @kpis: (nullable): a #GListModel of #HeraldKpi
 * @accounts: (nullable): a #GListModel of #HeraldAccount, to name the
 *   accounts the targets are for (another database may lack them)
 *
 * Returns: (transfer full) (nullable): the KPI targets as a JSON array,
 *   the same text for the same targets in any order; %NULL when there
 *   are none
 */
char *
herald_ical_kpis_to_json (GListModel *kpis,
                          GListModel *accounts)
{
  g_autoptr (GPtrArray) sorted = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  if (kpis == NULL || g_list_model_get_n_items (kpis) == 0)
    return NULL;

  sorted = sorted_by_id (kpis);

  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    {
      HeraldKpi *kpi = sorted->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, herald_record_get_id (HERALD_RECORD (kpi)));
      json_builder_set_member_name (builder, "metric");
      json_builder_add_string_value (builder, herald_kpi_get_metric (kpi));
      json_builder_set_member_name (builder, "target");
      json_builder_add_double_value (builder, herald_kpi_get_target (kpi));
      if (herald_kpi_get_account_id (kpi) != NULL)
        {
          g_autoptr (HeraldAccount) account = NULL;

          for (guint j = 0; accounts != NULL && account == NULL && j < g_list_model_get_n_items (accounts); j++)
            {
              g_autoptr (HeraldAccount) candidate = g_list_model_get_item (accounts, j);

              if (g_strcmp0 (herald_record_get_id (HERALD_RECORD (candidate)), herald_kpi_get_account_id (kpi)) == 0)
                account = g_steal_pointer (&candidate);
            }

          json_builder_set_member_name (builder, "account");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, herald_kpi_get_account_id (kpi));
          if (account != NULL)
            {
              json_builder_set_member_name (builder, "kind");
              json_builder_add_string_value (builder, herald_account_get_kind (account));
              json_builder_set_member_name (builder, "name");
              json_builder_add_string_value (builder, herald_account_get_name (account));
            }
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return builder_to_json (builder);
}

/* A member that is a string, else NULL (never a critical on odd input). */
static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

/**
 * herald_ical_kpis_from_json:
 * @json: (nullable): what herald_ical_kpis_to_json() made; %NULL for none
 * @campaign_id: the campaign they belong to
 * @accounts: (out) (transfer full) (element-type HeraldAccount): the
 *   accounts the targets name, as far as @json describes them
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type HeraldKpi) (nullable): the KPI
 *   targets; %NULL when @json is not such an array (nothing is half read)
 */
GPtrArray *
herald_ical_kpis_from_json (const char  *json,
                            const char  *campaign_id,
                            GPtrArray  **accounts,
                            GError     **error)
{
  g_autoptr (GPtrArray) kpis = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) named = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (JsonParser) parser = NULL;
  JsonArray *array;

  g_return_val_if_fail (campaign_id != NULL, NULL);

  *accounts = NULL;
  if (json == NULL)
    {
      *accounts = g_steal_pointer (&named);
      return g_steal_pointer (&kpis);
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, error))
    return NULL;

  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    goto bad;

  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *id, *metric, *target, *account;
      JsonObject *account_object = NULL;
      const char *account_id = NULL, *kind = NULL, *name = NULL;
      g_autoptr (HeraldKpi) kpi = NULL;

      if (object == NULL)
        goto bad;
      id = json_object_get_member (object, "id");
      metric = json_object_get_member (object, "metric");
      target = json_object_get_member (object, "target");
      account = json_object_get_member (object, "account");
      if (id == NULL || json_node_get_value_type (id) != G_TYPE_STRING || *json_node_get_string (id) == '\0' ||
          metric == NULL || json_node_get_value_type (metric) != G_TYPE_STRING || *json_node_get_string (metric) == '\0' ||
          target == NULL || !JSON_NODE_HOLDS_VALUE (target) ||
          (json_node_get_value_type (target) != G_TYPE_DOUBLE && json_node_get_value_type (target) != G_TYPE_INT64) ||
          json_node_get_double (target) < 0 || !isfinite (json_node_get_double (target)))
        goto bad;

      if (account != NULL && JSON_NODE_HOLDS_OBJECT (account))
        {
          account_object = json_node_get_object (account);
          account_id = string_member (account_object, "id");
          kind = string_member (account_object, "kind");
          name = string_member (account_object, "name");
          if (account_id == NULL || *account_id == '\0')
            goto bad;
        }
      else if (account != NULL && !JSON_NODE_HOLDS_NULL (account))
        {
          goto bad;
        }

      kpi = herald_kpi_new (campaign_id, json_node_get_string (metric), json_node_get_double (target));
      herald_record_set_id (HERALD_RECORD (kpi), json_node_get_string (id));
      if (account_id != NULL)
        {
          herald_kpi_set_account_id (kpi, account_id);
          if (kind != NULL && *kind != '\0' && name != NULL && *name != '\0')
            {
              HeraldAccount *named_account = herald_account_new (kind, name);

              herald_record_set_id (HERALD_RECORD (named_account), account_id);
              g_ptr_array_add (named, named_account);
            }
        }
      g_ptr_array_add (kpis, g_steal_pointer (&kpi));
    }

  *accounts = g_steal_pointer (&named);
  return g_steal_pointer (&kpis);

bad:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The campaign’s KPI targets cannot be read"));
  return NULL;
}

/**
 * herald_ical_campaign_accounts_to_json:
 * @members: (nullable): a #GListModel of the #HeraldAccount a campaign
 *   runs on
 *
 * The accounts, each by id with its platform and name (another database
 * may lack them), in a stable order, as X-HERALD-ACCOUNTS carries them.
 *
 * Returns: (transfer full) (nullable): JSON text, %NULL for none
 */
char *
herald_ical_campaign_accounts_to_json (GListModel *members)
{
  g_autoptr (GPtrArray) sorted = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  if (members == NULL || g_list_model_get_n_items (members) == 0)
    return NULL;

  sorted = sorted_by_id (members);

  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    {
      HeraldAccount *account = sorted->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, herald_record_get_id (HERALD_RECORD (account)));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, herald_account_get_kind (account));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, herald_account_get_name (account));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return builder_to_json (builder);
}

/**
 * herald_ical_campaign_accounts_from_json:
 * @json: (nullable): what herald_ical_campaign_accounts_to_json() made;
 *   %NULL for none
 * @accounts: (out) (transfer full) (element-type HeraldAccount): the
 *   accounts, as far as @json describes them, to make where missing
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the accounts' ids; %NULL when
 *   @json is not such an array (nothing is half read)
 */
GStrv
herald_ical_campaign_accounts_from_json (const char  *json,
                                         GPtrArray  **accounts,
                                         GError     **error)
{
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr (GPtrArray) named = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (JsonParser) parser = NULL;
  JsonArray *array;

  *accounts = NULL;
  if (json != NULL)
    {
      parser = json_parser_new ();
      if (!json_parser_load_from_data (parser, json, -1, error))
        return NULL;
      if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
        goto bad;

      array = json_node_get_array (json_parser_get_root (parser));
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
          const char *id, *kind, *name;

          if (object == NULL)
            goto bad;
          id = string_member (object, "id");
          kind = string_member (object, "kind");
          name = string_member (object, "name");
          if (id == NULL || *id == '\0')
            goto bad;

          g_strv_builder_add (ids, id);
          if (kind != NULL && *kind != '\0' && name != NULL && *name != '\0')
            {
              HeraldAccount *account = herald_account_new (kind, name);

              herald_record_set_id (HERALD_RECORD (account), id);
              g_ptr_array_add (named, account);
            }
        }
    }

  *accounts = g_steal_pointer (&named);
  return g_strv_builder_end (ids);

bad:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The campaign’s accounts cannot be read"));
  return NULL;
}

/**
 * herald_ical_campaign_to_calendar:
 * @campaign: a campaign
 * @kpis_json: (nullable): its KPI targets, from herald_ical_kpis_to_json()
 * @accounts_json: (nullable): the accounts it runs on, from
 *   herald_ical_campaign_accounts_to_json()
 * @base: (nullable): the last iCalendar text synced for @campaign
 *
 * Makes the iCalendar text to push for @campaign, keeping what other
 * calendar programs added to @base (categories included).
 *
 * Returns: (transfer full): iCalendar text
 */
char *
herald_ical_campaign_to_calendar (HeraldCampaign *campaign,
                                  const char     *kpis_json,
                                  const char     *accounts_json,
                                  const char     *base)
{
  icalcomponent *event = herald_ical_campaign_to_vevent (campaign);
  icalcomponent *old = base != NULL ? icalparser_parse_string (base) : NULL;
  icalcomponent *old_event = herald_ical_find_component (old, ICAL_VEVENT_COMPONENT);

  /* The category is Herald's only until someone edits the categories. */
  if (old_event == NULL || icalcomponent_get_first_property (old_event, ICAL_CATEGORIES_PROPERTY) == NULL)
    /* Translators: the category of a campaign's event in the team's calendar */
    icalcomponent_add_property (event, icalproperty_new_categories (_("Campaign")));
  herald_ical_add_x (event, "X-HERALD-KPIS", kpis_json);
  herald_ical_add_x (event, "X-HERALD-ACCOUNTS", accounts_json);
  if (old != NULL)
    icalcomponent_free (old);

  return herald_ical_wrap (event, base, is_campaign_property, TRUE);
}

/**
 * herald_ical_calendar_to_campaign:
 * @text: iCalendar text holding one campaign event
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the campaign it describes
 */
HeraldCampaign *
herald_ical_calendar_to_campaign (const char  *text,
                                  GError     **error)
{
  icalcomponent *calendar = text != NULL ? icalparser_parse_string (text) : NULL;
  icalcomponent *event = NULL;
  HeraldCampaign *campaign = NULL;

  if (herald_ical_classify (calendar, &event) != HERALD_ICAL_CAMPAIGN)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The calendar object holds no campaign"));
  else
    campaign = herald_ical_vevent_to_campaign (event, error);

  if (calendar != NULL)
    icalcomponent_free (calendar);
  return campaign;
}
