/* herald-cli-feeds.c — hot-topic feeds on the command line
 *
 * `herald --add-feed URL|PRESET [--kind rss|atom|json] [--name NAME]
 * [--mapping PRESET|JSON] [--rsshub BASE] [--interval MINUTES]` adds a
 * feed;
 * `herald --refresh-topics` fetches the feeds that are due and prints one
 * line per feed.  It exits with 1 when every feed it asked failed, so that
 * a cron job notices a dead network or a dead RSSHub.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-cli-feeds"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "herald-cli-feeds.h"
#include "herald-command-line.h"
#include "herald-feed-fetcher.h"
#include "herald-feed-parser.h"
#include "herald-feed-presets.h"
#include "herald-paths.h"

#define DEFAULT_ZONE "Asia/Shanghai"

static const char * const add_only_options[] = { "kind", "name", "mapping", "rsshub", "interval" };
static const char * const other_commands[] = { "list", "export-ics", "generate-demo", "demo" };

static void G_GNUC_PRINTF (1, 2)
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_strdelimit (message, "\r\n", ' ');
  g_printerr ("herald: %s\n", message);
}

static const char *
find_given (GVariantDict       *options,
            const char * const *names,
            guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (g_variant_dict_contains (options, names[i]))
      return names[i];

  return NULL;
}

static HeraldStore *
open_store (GVariantDict *options,
            gboolean      create)
{
  const char *database = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  HeraldStore *store;

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  path = herald_paths_resolve_database (database);

  /* Refreshing a missing file would make an empty database: a typing
   * mistake in a path must not look like a plan without feeds. */
  if (!create && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      print_error (_("No database at “%s”"), path);
      return NULL;
    }

  store = herald_store_open (path, &error);
  if (store == NULL)
    print_error ("%s", error->message);

  return store;
}

/* The mapping of a JSON feed: a preset's name, or the mapping itself. */
static char *
resolve_mapping (const char *text)
{
  const HeraldFeedPreset *preset = herald_feed_preset_lookup (text);
  g_autoptr (GError) error = NULL;

  if (preset != NULL && preset->mapping != NULL)
    return g_strdup (preset->mapping);

  if (!herald_feed_check_mapping (text, &error))
    {
      print_error (_("--mapping needs douyin, weibo-json or a JSON mapping: %s"), error->message);
      return NULL;
    }

  return g_strdup (text);
}

static HeraldFeed *
feed_from_options (GVariantDict *options,
                   const char   *source)
{
  const char *kind_text = NULL, *name = NULL, *mapping_text = NULL, *rsshub = NULL;
  const HeraldFeedPreset *preset = NULL;
  g_autoptr (HeraldFeed) feed = NULL;
  HeraldFeedKind kind = HERALD_FEED_KIND_RSS;
  gint32 minutes = HERALD_FEED_DEFAULT_INTERVAL / 60;

  g_variant_dict_lookup (options, "kind", "&s", &kind_text);
  g_variant_dict_lookup (options, "name", "&s", &name);
  g_variant_dict_lookup (options, "mapping", "&s", &mapping_text);
  g_variant_dict_lookup (options, "rsshub", "&s", &rsshub);
  g_variant_dict_lookup (options, "interval", "i", &minutes);

  if (minutes < HERALD_FEED_MIN_INTERVAL / 60 || minutes > HERALD_FEED_MAX_INTERVAL / 60)
    {
      print_error (_("--interval is in minutes, from %d to %d"),
                   HERALD_FEED_MIN_INTERVAL / 60, HERALD_FEED_MAX_INTERVAL / 60);
      return NULL;
    }

  if (kind_text != NULL && !herald_feed_kind_from_string (kind_text, &kind))
    {
      print_error (_("Unknown kind of feed “%s”: choose rss, atom or json"), kind_text);
      return NULL;
    }

  if (g_uri_peek_scheme (source) == NULL)
    preset = herald_feed_preset_lookup (source);

  if (preset != NULL)
    {
      if (kind_text != NULL && kind != preset->kind)
        {
          print_error (_("The preset “%s” is read as %s: leave out --kind"),
                       source, herald_feed_kind_to_string (preset->kind));
          return NULL;
        }
      if (mapping_text != NULL)
        {
          print_error (_("The preset “%s” has its own mapping: leave out --mapping"), source);
          return NULL;
        }
      feed = herald_feed_preset_create (preset, rsshub);
    }
  else
    {
      if (g_uri_peek_scheme (source) == NULL)
        {
          g_autoptr (GString) names = g_string_new (NULL);
          const HeraldFeedPreset *presets;
          guint n;

          presets = herald_feed_presets_get (&n);
          for (guint i = 0; i < n; i++)
            g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", presets[i].id);

          print_error (_("“%s” is neither a web address nor a preset (%s)"), source, names->str);
          return NULL;
        }
      if (rsshub != NULL)
        {
          print_error (_("--rsshub only goes with a preset such as zhihu"));
          return NULL;
        }
      if (kind == HERALD_FEED_KIND_JSON && mapping_text == NULL)
        {
          print_error (_("--kind json needs --mapping: douyin, weibo-json or a JSON mapping"));
          return NULL;
        }
      if (kind != HERALD_FEED_KIND_JSON && mapping_text != NULL)
        {
          print_error (_("--mapping only goes with --kind json"));
          return NULL;
        }

      feed = herald_feed_new (source, kind);
      if (mapping_text != NULL)
        {
          g_autofree char *mapping = resolve_mapping (mapping_text);

          if (mapping == NULL)
            return NULL;
          herald_feed_set_mapping (feed, mapping);
        }
    }

  if (name != NULL)
    herald_feed_set_name (feed, name);
  herald_feed_set_interval (feed, (guint) minutes * 60);

  return g_steal_pointer (&feed);
}

static int
add_feed (GVariantDict *options,
          const char   *source)
{
  g_autoptr (HeraldFeed) feed = feed_from_options (options, source);
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (GListModel) feeds = NULL;
  g_autoptr (GError) error = NULL;
  guint n;

  if (feed == NULL)
    return HERALD_EXIT_USAGE;

  store = open_store (options, TRUE);
  if (store == NULL)
    return HERALD_EXIT_FAILURE;

  feeds = herald_store_list_feeds (store, &error);
  if (feeds == NULL)
    {
      print_error ("%s", error->message);
      return HERALD_EXIT_FAILURE;
    }

  n = g_list_model_get_n_items (feeds);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldFeed) other = g_list_model_get_item (feeds, i);

      if (g_str_equal (herald_feed_get_url (other), herald_feed_get_url (feed)))
        {
          print_error (_("The feed “%s” is already there"), herald_feed_get_url (feed));
          return HERALD_EXIT_FAILURE;
        }
    }

  if (!herald_store_save_feed (store, feed, &error))
    {
      print_error ("%s", error->message);
      return HERALD_EXIT_FAILURE;
    }

  if (*herald_feed_get_name (feed) != '\0')
    g_print (_("Added the feed “%s” (%s)"), herald_feed_get_name (feed), herald_feed_get_url (feed));
  else
    g_print (_("Added the feed %s"), herald_feed_get_url (feed));
  g_print ("\n");

  return HERALD_EXIT_OK;
}

static char *
format_time (gint64 time)
{
  g_autoptr (GTimeZone) zone = NULL;
  g_autoptr (GDateTime) date = NULL;
  const char *tz = g_getenv ("TZ");

  zone = tz != NULL && *tz != '\0' ? g_time_zone_new_local () : g_time_zone_new_identifier (DEFAULT_ZONE);
  if (zone == NULL)
    zone = g_time_zone_new_offset (8 * 60 * 60);

  date = g_date_time_new_from_unix_utc (time);
  {
    g_autoptr (GDateTime) local = g_date_time_to_timezone (date, zone);

    return g_date_time_format (local, "%Y-%m-%d %H:%M");
  }
}

static int
refresh_topics (GVariantDict *options)
{
  g_autoptr (HeraldStore) store = open_store (options, FALSE);
  g_autoptr (HeraldFeedFetcher) fetcher = NULL;
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GError) error = NULL;
  guint asked = 0, failed = 0;

  if (store == NULL)
    return HERALD_EXIT_FAILURE;

  fetcher = herald_feed_fetcher_new (store);
  results = herald_feed_fetcher_refresh (fetcher, NULL, &error);
  if (results == NULL)
    {
      print_error ("%s", error->message);
      return HERALD_EXIT_FAILURE;
    }

  if (results->len == 0)
    {
      print_error (_("There are no feeds to refresh: add one with --add-feed"));
      return HERALD_EXIT_FAILURE;
    }

  for (guint i = 0; i < results->len; i++)
    {
      HeraldFeedResult *result = results->pdata[i];
      g_autofree char *next = format_time (result->next_fetch_at);

      switch (result->outcome)
        {
        case HERALD_FEED_OUTCOME_UPDATED:
          asked++;
          /* Translators: a feed's name, then the number of topics */
          g_print (_("%s: %u new, %u seen again, %u gone"), result->feed_name,
                   result->changes.n_new, result->changes.n_updated, result->changes.n_gone);
          g_print ("\n");
          break;
        case HERALD_FEED_OUTCOME_NOT_MODIFIED:
          asked++;
          g_print (_("%s: unchanged"), result->feed_name);
          g_print ("\n");
          break;
        case HERALD_FEED_OUTCOME_NOT_DUE:
          g_print (_("%s: not due before %s"), result->feed_name, next);
          g_print ("\n");
          break;
        case HERALD_FEED_OUTCOME_FAILED:
          asked++;
          failed++;
          print_error (_("%s: %s (next try after %s)"), result->feed_name, result->error->message, next);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return asked > 0 && failed == asked ? HERALD_EXIT_FAILURE : HERALD_EXIT_OK;
}

/**
 * herald_cli_feeds_wanted:
 * @options: the options GApplication parsed
 *
 * Returns: whether the command line asks for a feed command (or gives
 *   one of its options)
 */
gboolean
herald_cli_feeds_wanted (GVariantDict *options)
{
  g_return_val_if_fail (options != NULL, FALSE);

  return g_variant_dict_contains (options, "add-feed") ||
         g_variant_dict_contains (options, "refresh-topics") ||
         find_given (options, add_only_options, G_N_ELEMENTS (add_only_options)) != NULL;
}

/**
 * herald_cli_feeds_handle:
 * @options: the options GApplication parsed
 *
 * Runs `--add-feed` or `--refresh-topics`.
 *
 * Returns: the exit status
 */
int
herald_cli_feeds_handle (GVariantDict *options)
{
  const char *source = NULL;
  gboolean refresh = FALSE;
  const char *other;

  g_return_val_if_fail (options != NULL, HERALD_EXIT_USAGE);

  g_variant_dict_lookup (options, "add-feed", "&s", &source);
  g_variant_dict_lookup (options, "refresh-topics", "b", &refresh);

  other = find_given (options, other_commands, G_N_ELEMENTS (other_commands));
  if ((source != NULL && refresh) || ((source != NULL || refresh) && other != NULL))
    {
      print_error (_("Use only one of --add-feed, --refresh-topics, --list, --export-ics, --generate-demo and --demo"));
      return HERALD_EXIT_USAGE;
    }

  if (source == NULL)
    {
      other = find_given (options, add_only_options, G_N_ELEMENTS (add_only_options));
      if (other != NULL)
        {
          print_error (_("--%s only goes with --add-feed"), other);
          return HERALD_EXIT_USAGE;
        }
    }

  if (source != NULL)
    {
      if (*source == '\0')
        {
          print_error (_("--add-feed needs the address of a feed or a preset such as zhihu"));
          return HERALD_EXIT_USAGE;
        }
      return add_feed (options, source);
    }

  return refresh_topics (options);
}

/**
 * herald_cli_feeds_list_topics:
 * @store: a #HeraldStore
 * @error: return location for a #GError
 *
 * The topics for `--list topics`, with their heat samples loaded so that
 * the list shows their heat and trend.
 *
 * Returns: (transfer full): the topics, or %NULL
 */
GListModel *
herald_cli_feeds_list_topics (HeraldStore  *store,
                              GError      **error)
{
  g_autoptr (GListModel) topics = NULL;
  guint n;

  g_return_val_if_fail (HERALD_IS_STORE (store), NULL);

  topics = herald_store_list_topics (store, error);
  if (topics == NULL)
    return NULL;

  n = g_list_model_get_n_items (topics);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (HeraldTopic) topic = g_list_model_get_item (topics, i);

      if (!herald_store_load_topic_heat (store, topic, error))
        return NULL;
    }

  return g_steal_pointer (&topics);
}
