/* herald-command-line.c — the headless commands of the herald executable
 *
 * `herald --list …` and `herald --generate-demo …` run without a display
 * and exit; `herald --demo` makes a throw-away database and lets the
 * window open on it.  The application adds herald_command_line_get_entries()
 * to its options and hands what GApplication parsed to
 * herald_command_line_handle() from handle-local-options, before anything
 * of GTK starts.
 *
 * A failure prints one line on stderr, "herald: what went wrong", and
 * exits with 1 when something failed while running, or 2 when the command
 * line itself is wrong.  Lists go to standard output and nothing else does.
 *
 * --from and --to name days in Asia/Shanghai, the zone Herald's users plan
 * in, so that a script on a server set to UTC still gets the posts of the
 * operators' day; when TZ is set, they are days in TZ instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-command-line"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "herald-cli-report.h"
#include "herald-cli-check.h"
#include "herald-cli-feeds.h"
#include "herald-cli-import.h"
#include "herald-cli-sync.h"
#include "herald-command-line.h"
#include "herald-demo.h"
#include "herald-ical-export.h"
#include "herald-list-writer.h"
#include "herald-paths.h"
#include "herald-stdio-stream.h"
#include "herald-store.h"

#define DEFAULT_ZONE "Asia/Shanghai"

typedef enum {
  LIST_ACCOUNTS,
  LIST_CAMPAIGNS,
  LIST_POSTS,
  LIST_TOPICS,
} ListKind;

static const char * const list_kinds[] = {
  [LIST_ACCOUNTS] = "accounts",
  [LIST_CAMPAIGNS] = "campaigns",
  [LIST_POSTS] = "posts",
  [LIST_TOPICS] = "topics",
};

static const GOptionEntry entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database at PATH (default: HERALD_DATABASE, then the data folder)"), N_("PATH") },
  { "list", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the accounts, campaigns, posts or topics of the database and exit"), N_("KIND") },
  { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the scheduled posts to FILE as an iCalendar (.ics) file and exit"), N_("FILE") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --list posts or --export-ics: only posts from DATE on (YYYY-MM-DD, Asia/Shanghai time unless TZ is set)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --list posts or --export-ics: only posts up to DATE, that day included"), N_("DATE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Output format of --list: json (the default) or csv; of --report: pdf, csv or md"), N_("FORMAT") },
  { "report", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write a campaign's week review (with --campaign, --week, --format pdf|csv|md, --output) and exit"), NULL },
  { "campaign", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --report: the campaign to review; with --import: the campaign of the posts the import creates"), N_("NAME") },
  { "week", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --report: the week, as YYYY-Www (default: this week)"), N_("WEEK") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --report: the file to write (default: standard output)"), N_("FILE") },
  { "generate-demo", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Create a new database of demo data at PATH and exit"), N_("PATH") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the window on a new demo database instead of yours"), NULL },
  { "posts", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Number of demo posts (default: 600)"), N_("N") },
  { "samples", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Number of demo metric samples (default: 6000)"), N_("N") },
  { "seed", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Seed of the demo data; the same seed gives the same data (default: 1)"), N_("N") },
  { "check", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Check the post in FILE (or standard input) against the rules of a channel kind, print the result as JSON and exit"), N_("KIND") },
  { "add-feed", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Add a hot-topic feed: an RSS, Atom or JSON address, or a preset (weibo, zhihu, baidu, bilibili, douyin, weibo-json)"), N_("URL") },
  { "kind", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --add-feed: how to read the feed: rss (the default), atom or json"), N_("KIND") },
  { "name", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --add-feed: the name the feed's topics are shown with"), N_("NAME") },
  { "mapping", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --add-feed --kind json: douyin, weibo-json or a JSON mapping of the items"), N_("MAPPING") },
  { "rsshub", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --add-feed and a preset: the RSSHub to use (default: https://rsshub.app)"), N_("URL") },
  { "interval", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --add-feed: minutes between two fetches of the feed, at least 5 (default: 30)"), N_("MINUTES") },
  { "refresh-topics", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fetch the hot-topic feeds that are due, print what each gave and exit"), NULL },
  { "import", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Import the metrics of a platform export (.xlsx or CSV) and exit; files may also follow the options"), N_("FILE") },
  { "profile", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import: read the files as this export (default: found from the columns)"), N_("NAME") },
  { "account", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import: the account the numbers belong to (default: the only one of that channel)"), N_("NAME") },
  { "post", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import: the post an export of one post (公众号 single article) is about"), N_("ID") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { "sync", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Sync posts, campaigns and hot-topic notes with the team's CalDAV calendar, print what moved and exit"), NULL },
  { "server", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --sync: the CalDAV server or calendar to sync with (then remembered)"), N_("URL") },
  { "user", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --sync: the user name on the server"), N_("NAME") },
  { "password-file", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --sync: read the password from FILE (- for standard input) and keep it in the keyring"), N_("FILE") },
  { "trust-certificate", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --sync: trust the server's certificate with this SHA-256 fingerprint although no authority vouches for it (then remembered)"),
    N_("FINGERPRINT") },
  { NULL }
};

/* A database and the files SQLite keeps beside it. */
static const char * const database_suffixes[] = { "", "-wal", "-shm", "-journal" };

static const char * const demo_only_options[] = { "posts", "samples", "seed" };
static const char * const list_only_options[] = { "format" };
static const char * const report_only_options[] = { "campaign", "week", "output" };
static const char * const range_options[] = { "from", "to" };

/* Minutes before a slot that an exported event reminds. */
#define EXPORT_ALARM_MINUTES 15

/* Everything parsed from the command line, checked. */
typedef struct {
  const char        *database;
  const char        *generate_demo;
  gboolean           demo;
  const char        *list;
  const char        *export_ics;
  gboolean           report;
  const char        *campaign;
  const char        *week;
  const char        *format_name;
  const char        *output;
  const char        *check;
  const char       **files;       /* the arguments left, for --check */
  ListKind           list_kind;
  HeraldListFormat   format;
  GTimeZone         *zone;
  gint64             from;        /* G_MININT64 when not given */
  gint64             to;          /* exclusive; G_MAXINT64 when not given */
  gboolean           ranged;
  HeraldDemoOptions  demo_options;
} Request;

static void
request_clear (Request *request)
{
  g_clear_pointer (&request->zone, g_time_zone_unref);
  g_clear_pointer (&request->files, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Request, request_clear)

/* One line, whatever the message holds: scripts read stderr line by line. */
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

static GTimeZone *
get_zone (void)
{
  const char *tz = g_getenv ("TZ");
  GTimeZone *zone;

  if (tz != NULL && *tz != '\0')
    return g_time_zone_new_local ();

  zone = g_time_zone_new_identifier (DEFAULT_ZONE);
  if (zone == NULL)
    zone = g_time_zone_new_offset (8 * 60 * 60);   /* Shanghai keeps no summer time */

  return zone;
}

/* Only YYYY-MM-DD, so that 2026-1-5 or 05/01/2026 are never guessed at. */
static GDateTime *
parse_day (const char *text,
           GTimeZone  *zone)
{
  guint year = 0, month = 0, day = 0;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return NULL;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (text[i]))
        return NULL;

      if (i < 4)
        year = year * 10 + g_ascii_digit_value (text[i]);
      else if (i < 7)
        month = month * 10 + g_ascii_digit_value (text[i]);
      else
        day = day * 10 + g_ascii_digit_value (text[i]);
    }

  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new (zone, year, month, day, 0, 0, 0);
}

/* Numbers are read as text: GApplication leaves a number option that is
 * 0 out of the options, and "--posts 0" must mean no posts. */
static gboolean
lookup_count (GVariantDict *options,
              const char   *name,
              guint        *value)
{
  g_autofree char *option = NULL;
  const char *text = NULL;
  guint64 number;

  if (!g_variant_dict_lookup (options, name, "&s", &text))
    return TRUE;

  if (g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &number, NULL))
    {
      *value = number;
      return TRUE;
    }

  option = g_strconcat ("--", name, NULL);
  print_error (_("%s needs a whole number of 0 or more, not “%s”"), option, text);
  return FALSE;
}

/* Returns the first of @names given on the command line, as "--name". */
static char *
find_given (GVariantDict       *options,
            const char * const *names,
            guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (g_variant_dict_contains (options, names[i]))
      return g_strconcat ("--", names[i], NULL);

  return NULL;
}

static gboolean
parse_range (GVariantDict *options,
             Request      *request)
{
  g_autoptr (GDateTime) from = NULL;
  g_autoptr (GDateTime) to = NULL;
  const char *from_text = NULL, *to_text = NULL;

  request->from = G_MININT64;
  request->to = G_MAXINT64;

  g_variant_dict_lookup (options, "from", "&s", &from_text);
  g_variant_dict_lookup (options, "to", "&s", &to_text);
  if (from_text == NULL && to_text == NULL)
    return TRUE;

  if (request->export_ics == NULL && request->list_kind != LIST_POSTS)
    {
      print_error (_("--from and --to only go with --list posts or --export-ics"));
      return FALSE;
    }

  request->ranged = TRUE;
  if (from_text != NULL)
    {
      from = parse_day (from_text, request->zone);
      if (from == NULL)
        {
          print_error (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-11-11"), from_text);
          return FALSE;
        }
      request->from = g_date_time_to_unix (from);
    }

  if (to_text != NULL)
    {
      g_autoptr (GDateTime) next_day = NULL;

      to = parse_day (to_text, request->zone);
      if (to == NULL)
        {
          print_error (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-11-11"), to_text);
          return FALSE;
        }

      /* The last day is included: the range ends at the next midnight. */
      next_day = g_date_time_add_days (to, 1);
      request->to = g_date_time_to_unix (next_day);
    }

  if (from != NULL && to != NULL && g_date_time_compare (from, to) > 0)
    {
      print_error (_("--from %s is after --to %s"), from_text, to_text);
      return FALSE;
    }

  return TRUE;
}

/* Reads and checks the options; prints the problem and returns FALSE for
 * a wrong command line. */
static gboolean
parse_request (GVariantDict *options,
               Request      *request)
{
  const char *format = NULL;
  guint n_commands, kind;

  herald_demo_options_init (&request->demo_options);
  g_variant_dict_lookup (options, "database", "^&ay", &request->database);
  g_variant_dict_lookup (options, "generate-demo", "^&ay", &request->generate_demo);
  g_variant_dict_lookup (options, "demo", "b", &request->demo);
  g_variant_dict_lookup (options, "list", "&s", &request->list);
  g_variant_dict_lookup (options, "export-ics", "^&ay", &request->export_ics);
  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "report", "b", &request->report);
  g_variant_dict_lookup (options, "campaign", "&s", &request->campaign);
  g_variant_dict_lookup (options, "week", "&s", &request->week);
  g_variant_dict_lookup (options, "output", "^&ay", &request->output);
  g_variant_dict_lookup (options, "check", "&s", &request->check);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &request->files);

  n_commands = (request->generate_demo != NULL) + (request->demo != FALSE) +
               (request->list != NULL) + (request->export_ics != NULL) + (request->report != FALSE);
  if (n_commands > 1)
    {
      print_error (_("Use only one of --generate-demo, --demo, --list, --export-ics and --report"));
      return FALSE;
    }

  if (!request->report)
    {
      g_autofree char *option = find_given (options, report_only_options,
                                            G_N_ELEMENTS (report_only_options));

      if (option != NULL)
        {
          print_error (_("%s only goes with --report"), option);
          return FALSE;
        }
    }

  if (request->check != NULL && n_commands > 0)
    {
      print_error (_("--check goes with no other command"));
      return FALSE;
    }

  if (request->check == NULL && request->files != NULL && request->files[0] != NULL)
    {
      print_error (_("Unexpected argument “%s”"), request->files[0]);
      return FALSE;
    }

  if (request->generate_demo == NULL && !request->demo)
    {
      g_autofree char *option = find_given (options, demo_only_options,
                                            G_N_ELEMENTS (demo_only_options));

      if (option != NULL)
        {
          print_error (_("%s only goes with --generate-demo or --demo"), option);
          return FALSE;
        }
    }

  if (request->list == NULL && !request->report)
    {
      g_autofree char *option = find_given (options, list_only_options,
                                            G_N_ELEMENTS (list_only_options));

      if (option != NULL)
        {
          print_error (_("%s only goes with --list"), option);
          return FALSE;
        }
    }

  if (request->list == NULL && request->export_ics == NULL)
    {
      g_autofree char *option = find_given (options, range_options, G_N_ELEMENTS (range_options));

      if (option != NULL)
        {
          print_error (_("%s only goes with --list posts or --export-ics"), option);
          return FALSE;
        }
    }

  if (request->export_ics != NULL && *request->export_ics == '\0')
    {
      print_error (_("--export-ics needs the path of the file to write"));
      return FALSE;
    }

  if (request->database != NULL && (request->generate_demo != NULL || request->demo))
    {
      print_error (_("%s makes a database of its own: leave out --database"),
                   request->demo ? "--demo" : "--generate-demo");
      return FALSE;
    }

  if (request->generate_demo != NULL && *request->generate_demo == '\0')
    {
      print_error (_("--generate-demo needs the path of a new file"));
      return FALSE;
    }

  if (!lookup_count (options, "posts", &request->demo_options.n_posts) ||
      !lookup_count (options, "samples", &request->demo_options.n_samples) ||
      !lookup_count (options, "seed", &request->demo_options.seed))
    return FALSE;

  if (request->report)
    {
      request->format_name = format;
      request->zone = get_zone ();
      return TRUE;
    }

  if (request->export_ics != NULL)
    {
      request->zone = get_zone ();
      return parse_range (options, request);
    }

  if (request->list == NULL)
    return TRUE;

  for (kind = 0; kind < G_N_ELEMENTS (list_kinds); kind++)
    if (g_str_equal (list_kinds[kind], request->list))
      break;
  if (kind == G_N_ELEMENTS (list_kinds))
    {
      print_error (_("Unknown list “%s”: choose accounts, campaigns, posts or topics"), request->list);
      return FALSE;
    }
  request->list_kind = kind;

  if (format != NULL && !herald_list_format_from_string (format, &request->format))
    {
      print_error (_("Unknown format “%s”: choose json or csv"), format);
      return FALSE;
    }

  request->zone = get_zone ();
  return parse_range (options, request);
}

static void
print_store_error (const char   *path,
                   const GError *error)
{
  if (g_error_matches (error, HERALD_STORE_ERROR, HERALD_STORE_ERROR_CORRUPT))
    {
      g_autoptr (GPtrArray) backups = herald_store_list_backups (path);

      if (backups->len > 0)
        {
          g_autofree char *folder = herald_paths_get_backup_dir (path);

          print_error (_("%s; backups are in “%s”"), error->message, folder);
          return;
        }
    }

  print_error ("%s", error->message);
}

/* Removes a database this run created, with SQLite's files beside it. */
static void
remove_database (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (database_suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, database_suffixes[i], NULL);

      g_remove (file);
    }
}

static int
refuse_existing (const char *path)
{
  print_error (_("“%s” already exists: give the name of a new file (Herald never overwrites one)"), path);
  return HERALD_EXIT_FAILURE;
}

/* Creates the file itself, exclusively, so that nothing already there,
 * not even one that appears at the same moment, is ever overwritten. */
static int
create_new_file (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf info;
  int fd;

  if (g_lstat (path, &info) == 0)
    return refuse_existing (path);

  /* A journal left beside the name would be read into the new database. */
  for (guint i = 1; i < G_N_ELEMENTS (database_suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, database_suffixes[i], NULL);

      if (g_lstat (file, &info) == 0)
        return refuse_existing (file);
    }

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      print_error (_("Could not create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return HERALD_EXIT_FAILURE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        return refuse_existing (path);

      print_error (_("Could not create “%s”: %s"), path, g_strerror (saved_errno));
      return HERALD_EXIT_FAILURE;
    }
  g_close (fd, NULL);

  return HERALD_EXIT_OK;
}

/* Fills the new, empty file at @path; removes it again on failure. */
static HeraldStore *
fill_demo_database (const char              *path,
                    const HeraldDemoOptions *demo_options)
{
  g_autoptr (HeraldStore) store = NULL;
  g_autoptr (GError) error = NULL;

  store = herald_store_open (path, &error);
  if (store == NULL || !herald_demo_generate (store, demo_options, &error))
    {
      g_clear_object (&store);
      remove_database (path);
      print_error ("%s", error->message);
      return NULL;
    }

  return g_steal_pointer (&store);
}

static int
generate_demo (const Request *request)
{
  g_autofree char *path = g_canonicalize_filename (request->generate_demo, NULL);
  g_autoptr (HeraldStore) store = NULL;
  int status;

  status = create_new_file (path);
  if (status != HERALD_EXIT_OK)
    return status;

  store = fill_demo_database (path, &request->demo_options);
  if (store == NULL)
    return HERALD_EXIT_FAILURE;

  g_print (_("Created “%s” (accounts: %d, campaigns: %d, posts: %d, topics: %d, metric samples: %d)"),
           path,
           (int) herald_store_count (store, HERALD_RECORD_ACCOUNT, NULL),
           (int) herald_store_count (store, HERALD_RECORD_CAMPAIGN, NULL),
           (int) herald_store_count (store, HERALD_RECORD_POST, NULL),
           (int) herald_store_count (store, HERALD_RECORD_TOPIC, NULL),
           (int) herald_store_count (store, HERALD_RECORD_METRIC, NULL));
  g_print ("\n");

  return HERALD_EXIT_OK;
}

static int
open_demo (const Request  *request,
           char          **database_path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (HeraldStore) store = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;

  folder = g_dir_make_tmp ("herald-demo-XXXXXX", &error);
  if (folder == NULL)
    {
      print_error (_("Could not create a temporary folder: %s"), error->message);
      return HERALD_EXIT_FAILURE;
    }

  path = g_build_filename (folder, "herald-demo.db", NULL);
  store = fill_demo_database (path, &request->demo_options);
  if (store == NULL)
    {
      g_rmdir (folder);
      return HERALD_EXIT_FAILURE;
    }
  g_clear_object (&store);

  /* Said once, so that the user knows these plans are not theirs and
   * where they are kept. */
  g_print (_("Opening a demo database at “%s”"), path);
  g_print ("\n");

  *database_path = g_steal_pointer (&path);
  return -1;
}

static GListModel *
list_posts (HeraldStore    *store,
            const Request  *request,
            GError        **error)
{
  g_autoptr (GListModel) scheduled = NULL;
  g_autoptr (GListModel) unscheduled = NULL;
  g_autoptr (GListStore) all = NULL;
  guint n;

  scheduled = herald_store_list_posts_in_range (store, request->from, request->to, NULL, error);
  if (scheduled == NULL || request->ranged)
    return g_steal_pointer (&scheduled);

  /* Without a range: every post, those with a time first, in time order. */
  unscheduled = herald_store_list_unscheduled_posts (store, NULL, error);
  if (unscheduled == NULL)
    return NULL;

  all = g_list_store_new (HERALD_TYPE_POST);
  n = g_list_model_get_n_items (scheduled);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) post = g_list_model_get_item (scheduled, i);

      g_list_store_append (all, post);
    }
  n = g_list_model_get_n_items (unscheduled);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) post = g_list_model_get_item (unscheduled, i);

      g_list_store_append (all, post);
    }

  return G_LIST_MODEL (g_steal_pointer (&all));
}

static GListModel *
list_items (HeraldStore    *store,
            const Request  *request,
            GError        **error)
{
  switch (request->list_kind)
    {
    case LIST_ACCOUNTS:
      return herald_store_list_accounts (store, error);
    case LIST_CAMPAIGNS:
      return herald_store_list_campaigns (store, TRUE, error);
    case LIST_POSTS:
      return list_posts (store, request, error);
    case LIST_TOPICS:
      return herald_cli_feeds_list_topics (store, error);
    default:
      g_assert_not_reached ();
      return NULL;
    }
}

/* Opens the database a reading command works on; prints why not. */
static HeraldStore *
open_existing (const Request *request)
{
  g_autofree char *path = herald_paths_resolve_database (request->database);
  g_autoptr (GError) error = NULL;
  HeraldStore *store;

  /* Opening a missing file would create an empty database: a typing
   * mistake in a path must not look like an empty plan. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      print_error (_("No database at “%s”"), path);
      return NULL;
    }

  store = herald_store_open (path, &error);
  if (store == NULL)
    print_store_error (path, error);

  return store;
}

static int
report (const Request *request)
{
  g_autoptr (HeraldStore) store = open_existing (request);
  g_autoptr (GError) error = NULL;
  int status;

  if (store == NULL)
    return HERALD_EXIT_FAILURE;

  status = herald_cli_report (store, request->zone, request->campaign, request->week,
                              request->format_name, request->output, &error);
  if (error != NULL)
    print_error ("%s", error->message);

  return status;
}

static int
export_ics (const Request *request)
{
  g_autoptr (HeraldStore) store = open_existing (request);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  if (store == NULL)
    return HERALD_EXIT_FAILURE;

  text = herald_ical_export_posts (store, request->from, request->to, EXPORT_ALARM_MINUTES, &error);
  if (text == NULL)
    {
      print_error ("%s", error->message);
      return HERALD_EXIT_FAILURE;
    }

  /* Written to a temporary file and renamed: never half a calendar. */
  if (!g_file_set_contents (request->export_ics, text, -1, &error))
    {
      print_error (_("Could not write the calendar: %s"), error->message);
      return HERALD_EXIT_FAILURE;
    }

  return HERALD_EXIT_OK;
}

static int
list (const Request *request)
{
  g_autoptr (HeraldStore) store = open_existing (request);
  g_autoptr (GListModel) items = NULL;
  g_autoptr (GOutputStream) output = NULL;
  g_autoptr (GError) error = NULL;

  if (store == NULL)
    return HERALD_EXIT_FAILURE;

  items = list_items (store, request, &error);
  if (items == NULL)
    {
      print_error ("%s", error->message);
      return HERALD_EXIT_FAILURE;
    }

  output = herald_stdio_stream_new (stdout);
  if (!herald_list_write (output, items, request->format, request->zone,
                          g_get_real_time () / G_USEC_PER_SEC, NULL, &error) ||
      !g_output_stream_close (output, NULL, &error))
    {
      print_error (_("Could not write the list: %s"), error->message);
      return HERALD_EXIT_FAILURE;
    }

  return HERALD_EXIT_OK;
}

/* Public API */

/**
 * herald_command_line_get_entries:
 *
 * The options of the headless commands and `--database`, for
 * g_application_add_main_option_entries().  They carry no arg_data:
 * GApplication packs what it parses into the #GVariantDict that
 * herald_command_line_handle() reads.
 *
 * Returns: (transfer none) (array zero-terminated=1): the option entries
 */
const GOptionEntry *
herald_command_line_get_entries (void)
{
  return entries;
}

/**
 * herald_command_line_handle:
 * @options: the options GApplication parsed (handle-local-options)
 * @database_path: (out) (transfer full) (not optional): set to the
 *   database the window should open when the result is -1
 *
 * Runs the headless command the options ask for, if any: `--list`,
 * `--generate-demo` or `--demo` (which prepares a demo database in a new
 * temporary folder for the window).  Without one, resolves the database to
 * open: `--database`, then `HERALD_DATABASE`, then the default.
 *
 * Problems are printed on stderr as one line each.
 *
 * Returns: an exit status (0 done, 1 failed, 2 wrong command line) when a
 *   headless command ran or the command line was wrong, or -1 to go on and
 *   open the window on *@database_path
 */
int
herald_command_line_handle (GVariantDict  *options,
                            char         **database_path)
{
  g_auto (Request) request = { 0, };

  g_return_val_if_fail (options != NULL, HERALD_EXIT_USAGE);
  g_return_val_if_fail (database_path != NULL, HERALD_EXIT_USAGE);

  *database_path = NULL;

  if (herald_cli_feeds_wanted (options))
    return herald_cli_feeds_handle (options);
  if (herald_cli_import_requested (options))
    return herald_cli_import_run (options);
  if (herald_cli_sync_wanted (options))
    return herald_cli_sync_handle (options);

  if (!parse_request (options, &request))
    return HERALD_EXIT_USAGE;

  if (request.generate_demo != NULL)
    return generate_demo (&request);

  if (request.demo)
    return open_demo (&request, database_path);

  if (request.list != NULL)
    return list (&request);

  if (request.export_ics != NULL)
    return export_ics (&request);

  if (request.report)
    return report (&request);
  if (request.check != NULL)
    {
      g_autoptr (HeraldStore) store = request.database != NULL ? open_existing (&request) : NULL;

      if (request.database != NULL && store == NULL)
        return HERALD_EXIT_FAILURE;
      return herald_cli_check (request.check, store, request.files);
    }

  *database_path = herald_paths_resolve_database (request.database);
  return -1;
}
