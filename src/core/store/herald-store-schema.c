/* herald-store-schema.c — the schema, as an ordered list of migrations
 *
 * Each entry takes the database from version N to N + 1 and runs in its own
 * transaction; PRAGMA user_version records the last one applied.  Entries
 * are never edited once released: a change to the schema is a new entry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-store"

#include "config.h"

#include "herald-store-private.h"

const char * const herald_store_migrations[] = {
  /* Version 1: the first schema. */
  "CREATE TABLE accounts ("
  "  id          TEXT PRIMARY KEY NOT NULL,"
  "  kind        TEXT NOT NULL,"
  "  name        TEXT NOT NULL,"
  "  handle      TEXT NOT NULL DEFAULT '',"
  "  color       TEXT NOT NULL DEFAULT '#3584e4',"
  "  limits      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid (limits)),"
  "  slots       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid (slots)),"
  "  visible     INTEGER NOT NULL DEFAULT 1,"
  "  position    INTEGER NOT NULL DEFAULT 0,"
  "  created_at  INTEGER NOT NULL,"
  "  updated_at  INTEGER NOT NULL,"
  "  deleted_at  INTEGER"
  ");"

  "CREATE TABLE campaigns ("
  "  id          TEXT PRIMARY KEY NOT NULL,"
  "  name        TEXT NOT NULL,"
  "  goal        TEXT NOT NULL DEFAULT '',"
  "  starts_on   TEXT,"
  "  ends_on     TEXT,"
  "  color       TEXT NOT NULL DEFAULT '#3584e4',"
  "  notes       TEXT NOT NULL DEFAULT '',"
  "  archived    INTEGER NOT NULL DEFAULT 0,"
  "  created_at  INTEGER NOT NULL,"
  "  updated_at  INTEGER NOT NULL,"
  "  deleted_at  INTEGER"
  ");"

  "CREATE TABLE kpis ("
  "  id          TEXT PRIMARY KEY NOT NULL,"
  "  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,"
  "  metric      TEXT NOT NULL,"
  "  account_id  TEXT REFERENCES accounts (id) ON DELETE CASCADE,"
  "  target      REAL NOT NULL,"
  "  created_at  INTEGER NOT NULL,"
  "  updated_at  INTEGER NOT NULL,"
  "  deleted_at  INTEGER"
  ");"
  "CREATE INDEX kpis_campaign ON kpis (campaign_id);"

  /* seq keeps a stable integer key for the full-text index: a plain
   * rowid may be renumbered by VACUUM. */
  "CREATE TABLE posts ("
  "  seq          INTEGER PRIMARY KEY,"
  "  id           TEXT NOT NULL UNIQUE,"
  "  account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  campaign_id  TEXT REFERENCES campaigns (id) ON DELETE SET NULL,"
  "  series_id    TEXT,"
  "  status       TEXT NOT NULL DEFAULT 'idea' CHECK (status IN"
  "                 ('idea', 'draft', 'review', 'approved', 'scheduled', 'published', 'cancelled')),"
  "  title        TEXT NOT NULL DEFAULT '',"
  "  body         TEXT NOT NULL DEFAULT '',"
  "  digest       TEXT NOT NULL DEFAULT '',"
  "  tags         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid (tags)),"
  "  scheduled_at INTEGER,"
  "  tz           TEXT NOT NULL DEFAULT 'Asia/Shanghai',"
  "  published_at INTEGER,"
  "  url          TEXT NOT NULL DEFAULT '',"
  "  notes        TEXT NOT NULL DEFAULT '',"
  "  created_at   INTEGER NOT NULL,"
  "  updated_at   INTEGER NOT NULL,"
  "  deleted_at   INTEGER"
  ");"
  "CREATE INDEX posts_scheduled ON posts (scheduled_at) WHERE deleted_at IS NULL;"
  "CREATE INDEX posts_open ON posts (scheduled_at)"
  "  WHERE deleted_at IS NULL AND status NOT IN ('published', 'cancelled');"
  "CREATE INDEX posts_unscheduled ON posts (updated_at)"
  "  WHERE deleted_at IS NULL AND scheduled_at IS NULL;"
  "CREATE INDEX posts_account ON posts (account_id);"
  "CREATE INDEX posts_campaign ON posts (campaign_id);"
  "CREATE INDEX posts_series ON posts (series_id) WHERE series_id IS NOT NULL;"

  "CREATE TABLE attachments ("
  "  id          TEXT PRIMARY KEY NOT NULL,"
  "  post_id     TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,"
  "  uri         TEXT NOT NULL,"
  "  kind        TEXT NOT NULL DEFAULT 'image',"
  "  position    INTEGER NOT NULL DEFAULT 0,"
  "  created_at  INTEGER NOT NULL,"
  "  updated_at  INTEGER NOT NULL,"
  "  deleted_at  INTEGER"
  ");"
  "CREATE INDEX attachments_post ON attachments (post_id);"

  "CREATE TABLE topics ("
  "  seq         INTEGER PRIMARY KEY,"
  "  id          TEXT NOT NULL UNIQUE,"
  "  title       TEXT NOT NULL,"
  "  source      TEXT NOT NULL DEFAULT '',"
  "  url         TEXT NOT NULL DEFAULT '',"
  "  state       TEXT NOT NULL DEFAULT 'watching' CHECK (state IN ('watching', 'used', 'dropped')),"
  "  notes       TEXT NOT NULL DEFAULT '',"
  "  first_seen  INTEGER,"
  "  last_seen   INTEGER,"
  "  peak_heat   REAL NOT NULL DEFAULT 0,"
  "  created_at  INTEGER NOT NULL,"
  "  updated_at  INTEGER NOT NULL,"
  "  deleted_at  INTEGER"
  ");"
  "CREATE INDEX topics_last_seen ON topics (last_seen) WHERE deleted_at IS NULL;"

  "CREATE TABLE topic_heat ("
  "  topic_id    TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,"
  "  at          INTEGER NOT NULL,"
  "  heat        REAL NOT NULL,"
  "  rank        INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (topic_id, at)"
  ") WITHOUT ROWID;"

  "CREATE TABLE post_topics ("
  "  post_id     TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,"
  "  topic_id    TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (post_id, topic_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX post_topics_topic ON post_topics (topic_id);"

  "CREATE TABLE imports ("
  "  id          TEXT PRIMARY KEY NOT NULL,"
  "  file_name   TEXT NOT NULL,"
  "  profile     TEXT NOT NULL,"
  "  sha256      TEXT NOT NULL UNIQUE,"
  "  rows        INTEGER NOT NULL DEFAULT 0,"
  "  imported_at INTEGER NOT NULL"
  ");"

  "CREATE TABLE metric_samples ("
  "  id          INTEGER PRIMARY KEY,"
  "  post_id     TEXT REFERENCES posts (id) ON DELETE CASCADE,"
  "  account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  metric      TEXT NOT NULL,"
  "  value       REAL NOT NULL,"
  "  captured_at INTEGER NOT NULL,"
  "  import_id   TEXT REFERENCES imports (id) ON DELETE CASCADE"
  ");"
  "CREATE INDEX metric_samples_post ON metric_samples (post_id, metric, captured_at);"
  "CREATE INDEX metric_samples_account ON metric_samples (account_id, captured_at);"
  "CREATE INDEX metric_samples_import ON metric_samples (import_id);"

  "CREATE TABLE feeds ("
  "  id            TEXT PRIMARY KEY NOT NULL,"
  "  url           TEXT NOT NULL,"
  "  kind          TEXT NOT NULL DEFAULT 'rss',"
  "  mapping       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid (mapping)),"
  "  enabled       INTEGER NOT NULL DEFAULT 1,"
  "  interval      INTEGER NOT NULL DEFAULT 1800,"
  "  etag          TEXT,"
  "  last_modified TEXT,"
  "  last_error    TEXT,"
  "  created_at    INTEGER NOT NULL,"
  "  updated_at    INTEGER NOT NULL,"
  "  deleted_at    INTEGER"
  ");"

  "CREATE TABLE sync_items ("
  "  record_id   TEXT PRIMARY KEY NOT NULL,"
  "  kind        TEXT NOT NULL,"
  "  href        TEXT,"
  "  etag        TEXT,"
  "  ical        TEXT"
  ");"
  "CREATE TABLE sync_state ("
  "  collection  TEXT PRIMARY KEY NOT NULL,"
  "  sync_token  TEXT"
  ");"
  "CREATE TABLE outbox ("
  "  id          INTEGER PRIMARY KEY,"
  "  record_id   TEXT NOT NULL,"
  "  kind        TEXT NOT NULL,"
  "  op          TEXT NOT NULL CHECK (op IN ('put', 'delete')),"
  "  queued_at   INTEGER NOT NULL"
  ");"

  /* Full-text search: trigram tokens find Chinese substrings, which have
   * no spaces between words. External content keeps one copy of the text. */
  "CREATE VIRTUAL TABLE posts_fts USING fts5 ("
  "  title, body, notes, content = 'posts', content_rowid = 'seq', tokenize = 'trigram'"
  ");"
  "CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN"
  "  INSERT INTO posts_fts (rowid, title, body, notes) VALUES (new.seq, new.title, new.body, new.notes);"
  "END;"
  "CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN"
  "  INSERT INTO posts_fts (posts_fts, rowid, title, body, notes)"
  "    VALUES ('delete', old.seq, old.title, old.body, old.notes);"
  "END;"
  "CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, body, notes ON posts BEGIN"
  "  INSERT INTO posts_fts (posts_fts, rowid, title, body, notes)"
  "    VALUES ('delete', old.seq, old.title, old.body, old.notes);"
  "  INSERT INTO posts_fts (rowid, title, body, notes) VALUES (new.seq, new.title, new.body, new.notes);"
  "END;"

  "CREATE VIRTUAL TABLE topics_fts USING fts5 ("
  "  title, notes, content = 'topics', content_rowid = 'seq', tokenize = 'trigram'"
  ");"
  "CREATE TRIGGER topics_fts_insert AFTER INSERT ON topics BEGIN"
  "  INSERT INTO topics_fts (rowid, title, notes) VALUES (new.seq, new.title, new.notes);"
  "END;"
  "CREATE TRIGGER topics_fts_delete AFTER DELETE ON topics BEGIN"
  "  INSERT INTO topics_fts (topics_fts, rowid, title, notes) VALUES ('delete', old.seq, old.title, old.notes);"
  "END;"
  "CREATE TRIGGER topics_fts_update AFTER UPDATE OF title, notes ON topics BEGIN"
  "  INSERT INTO topics_fts (topics_fts, rowid, title, notes) VALUES ('delete', old.seq, old.title, old.notes);"
  "  INSERT INTO topics_fts (rowid, title, notes) VALUES (new.seq, new.title, new.notes);"
  "END;",

  /* Version 2: reminders delivered, so that a restart neither repeats nor
   * drops one.  A row is about one slot of one post: moving the post to
   * another slot makes a new reminder. */
  "CREATE TABLE reminders ("
  "  post_id       TEXT PRIMARY KEY NOT NULL REFERENCES posts (id) ON DELETE CASCADE,"
  "  slot          INTEGER NOT NULL,"
  "  delivered_at  INTEGER,"
  "  snoozed_until INTEGER"
  ") WITHOUT ROWID;",

  /* Version 3: tombstones indexed, so the purge at start-up reads only what
   * it removes. */
  "CREATE INDEX accounts_deleted ON accounts (deleted_at) WHERE deleted_at IS NOT NULL;"
  "CREATE INDEX campaigns_deleted ON campaigns (deleted_at) WHERE deleted_at IS NOT NULL;"
  "CREATE INDEX kpis_deleted ON kpis (deleted_at) WHERE deleted_at IS NOT NULL;"
  "CREATE INDEX posts_deleted ON posts (deleted_at) WHERE deleted_at IS NOT NULL;"
  "CREATE INDEX attachments_deleted ON attachments (deleted_at) WHERE deleted_at IS NOT NULL;"
  "CREATE INDEX topics_deleted ON topics (deleted_at) WHERE deleted_at IS NOT NULL;"
  "CREATE INDEX feeds_deleted ON feeds (deleted_at) WHERE deleted_at IS NOT NULL;",

  /* Version 4: what the week review says in words, one row per campaign
   * and ISO week ("2026-W48"). */
  "CREATE TABLE week_notes ("
  "  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,"
  "  week        TEXT NOT NULL,"
  "  problems    TEXT NOT NULL DEFAULT '',"
  "  next_week   TEXT NOT NULL DEFAULT '',"
  "  updated_at  INTEGER NOT NULL,"
  "  PRIMARY KEY (campaign_id, week)"
  ") WITHOUT ROWID;",
  /* Version 5: hot-topic feeds.  A feed gets a name and the state polite
   * polling needs (when it may be fetched next, failures in a row, when it
   * last gave a list); a topic read from a feed remembers the feed and its
   * normalised title, so that the same topic seen again is the same row. */
  "ALTER TABLE feeds ADD COLUMN name TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE feeds ADD COLUMN next_fetch_at INTEGER;"
  "ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE feeds ADD COLUMN listed_at INTEGER;"
  "ALTER TABLE topics ADD COLUMN feed_id TEXT;"
  "ALTER TABLE topics ADD COLUMN feed_key TEXT;"
  "CREATE UNIQUE INDEX topics_feed_key ON topics (feed_id, feed_key) WHERE feed_id IS NOT NULL;",

  /* Version 6: team sync.  Once a collection is set up (a row in
   * sync_state), every write to a post queues one push in the outbox; a
   * newer write replaces the older entry.  A post made from the server's
   * version when both sides changed the same field is a conflict copy. */
  "ALTER TABLE sync_state ADD COLUMN user TEXT;"
  "CREATE INDEX sync_items_href ON sync_items (href);"
  "CREATE INDEX outbox_record ON outbox (record_id, kind);"
  "CREATE TABLE sync_conflicts ("
  "  post_id     TEXT PRIMARY KEY NOT NULL REFERENCES posts (id) ON DELETE CASCADE,"
  "  conflict_of TEXT NOT NULL,"
  "  created_at  INTEGER NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE TRIGGER posts_outbox_insert AFTER INSERT ON posts"
  "  WHEN EXISTS (SELECT 1 FROM sync_state) BEGIN"
  "  DELETE FROM outbox WHERE record_id = new.id AND kind = 'post';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at)"
  "    VALUES (new.id, 'post', CASE WHEN new.deleted_at IS NULL THEN 'put' ELSE 'delete' END, unixepoch ());"
  "END;"
  "CREATE TRIGGER posts_outbox_update AFTER UPDATE ON posts"
  "  WHEN EXISTS (SELECT 1 FROM sync_state) BEGIN"
  "  DELETE FROM outbox WHERE record_id = new.id AND kind = 'post';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at)"
  "    VALUES (new.id, 'post', CASE WHEN new.deleted_at IS NULL THEN 'put' ELSE 'delete' END, unixepoch ());"
  "END;"
  "CREATE TRIGGER posts_outbox_delete AFTER DELETE ON posts"
  "  WHEN EXISTS (SELECT 1 FROM sync_items WHERE record_id = old.id) BEGIN"
  "  DELETE FROM outbox WHERE record_id = old.id AND kind = 'post';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at) VALUES (old.id, 'post', 'delete', unixepoch ());"
  "END;",

  /* Version 7: an account's own numbers (a day of 公众号 流量分析, say:
   * figures of the account, not of a post) are kept one row per row of
   * the file, the numbers in the order the import lists in `metrics`,
   * instead of one metric_samples row per number: an export of years of
   * days by channel writes a tenth as much.  An import's rows follow each
   * other (first_row…last_row), which is how they are read back and
   * deleted with their import (a trigger: a reference checked on every
   * row would cost the import a tenth of its time); `seq` is the short
   * key each row also carries.  Numbers imported before stay in
   * metric_samples and are read from there. */
  "ALTER TABLE imports ADD COLUMN seq INTEGER;"
  "UPDATE imports SET seq = rowid;"
  "CREATE UNIQUE INDEX imports_seq ON imports (seq);"
  "ALTER TABLE imports ADD COLUMN account_id TEXT REFERENCES accounts (id) ON DELETE CASCADE;"
  "ALTER TABLE imports ADD COLUMN metrics TEXT;"
  "ALTER TABLE imports ADD COLUMN first_row INTEGER;"
  "ALTER TABLE imports ADD COLUMN last_row INTEGER;"
  "ALTER TABLE imports ADD COLUMN numbers INTEGER NOT NULL DEFAULT 0;"
  "CREATE INDEX imports_account ON imports (account_id) WHERE account_id IS NOT NULL;"
  "CREATE TABLE account_samples ("
  "  id          INTEGER PRIMARY KEY,"
  "  import_seq  INTEGER NOT NULL,"
  "  captured_at INTEGER NOT NULL,"
  "  segment     TEXT,"
  "  numbers     TEXT NOT NULL"
  ");"
  "CREATE TRIGGER imports_account_rows AFTER DELETE ON imports BEGIN"
  "  DELETE FROM account_samples"
  "    WHERE id BETWEEN old.first_row AND old.last_row AND import_seq = old.seq;"
  "END;",
  /* Version 8: the accounts a campaign runs on, in a table of their own
   * so that foreign keys keep it true: an account or campaign purged takes
   * its rows along.  One in the bin is only hidden, and is back in its
   * campaigns when restored. */
  "CREATE TABLE campaign_accounts ("
  "  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,"
  "  account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (campaign_id, account_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX campaign_accounts_account ON campaign_accounts (account_id);",
  /* Version 9: campaigns and hot-topic notes sync too.  Any write to a
   * campaign or to one of its KPI targets queues it.  A topic travels
   * once it has a note or was added by hand (not every topic a feed
   * lists), or once it is on the server;
   * only writes to what travels queue it, not the heat a feed refresh
   * records. */
  "CREATE TRIGGER campaigns_outbox_insert AFTER INSERT ON campaigns"
  "  WHEN EXISTS (SELECT 1 FROM sync_state) BEGIN"
  "  DELETE FROM outbox WHERE record_id = new.id AND kind = 'campaign';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at)"
  "    VALUES (new.id, 'campaign', CASE WHEN new.deleted_at IS NULL THEN 'put' ELSE 'delete' END, unixepoch ());"
  "END;"
  "CREATE TRIGGER campaigns_outbox_update AFTER UPDATE ON campaigns"
  "  WHEN EXISTS (SELECT 1 FROM sync_state) BEGIN"
  "  DELETE FROM outbox WHERE record_id = new.id AND kind = 'campaign';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at)"
  "    VALUES (new.id, 'campaign', CASE WHEN new.deleted_at IS NULL THEN 'put' ELSE 'delete' END, unixepoch ());"
  "END;"
  "CREATE TRIGGER campaigns_outbox_delete AFTER DELETE ON campaigns"
  "  WHEN EXISTS (SELECT 1 FROM sync_items WHERE record_id = old.id) BEGIN"
  "  DELETE FROM outbox WHERE record_id = old.id AND kind = 'campaign';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at) VALUES (old.id, 'campaign', 'delete', unixepoch ());"
  "END;"
  "CREATE TRIGGER kpis_outbox_insert AFTER INSERT ON kpis"
  "  WHEN EXISTS (SELECT 1 FROM sync_state) BEGIN"
  "  DELETE FROM outbox WHERE record_id = new.campaign_id AND kind = 'campaign';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at) VALUES (new.campaign_id, 'campaign', 'put', unixepoch ());"
  "END;"
  "CREATE TRIGGER kpis_outbox_update AFTER UPDATE ON kpis"
  "  WHEN EXISTS (SELECT 1 FROM sync_state) BEGIN"
  "  DELETE FROM outbox WHERE record_id IN (old.campaign_id, new.campaign_id) AND kind = 'campaign';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at) VALUES (new.campaign_id, 'campaign', 'put', unixepoch ());"
  "  INSERT INTO outbox (record_id, kind, op, queued_at)"
  "    SELECT old.campaign_id, 'campaign', 'put', unixepoch () WHERE old.campaign_id <> new.campaign_id;"
  "END;"
  "CREATE TRIGGER topics_outbox_insert AFTER INSERT ON topics"
  "  WHEN EXISTS (SELECT 1 FROM sync_state) AND (new.notes <> '' OR new.feed_id IS NULL) BEGIN"
  "  DELETE FROM outbox WHERE record_id = new.id AND kind = 'topic';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at)"
  "    VALUES (new.id, 'topic', CASE WHEN new.deleted_at IS NULL THEN 'put' ELSE 'delete' END, unixepoch ());"
  "END;"
  "CREATE TRIGGER topics_outbox_update AFTER UPDATE ON topics"
  "  WHEN EXISTS (SELECT 1 FROM sync_state)"
  "   AND (old.title IS NOT new.title OR old.source IS NOT new.source OR old.url IS NOT new.url"
  "        OR old.state IS NOT new.state OR old.notes IS NOT new.notes OR old.first_seen IS NOT new.first_seen"
  "        OR old.deleted_at IS NOT new.deleted_at)"
  "   AND (new.notes <> '' OR new.feed_id IS NULL"
  "        OR EXISTS (SELECT 1 FROM sync_items WHERE record_id = new.id)) BEGIN"
  "  DELETE FROM outbox WHERE record_id = new.id AND kind = 'topic';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at)"
  "    VALUES (new.id, 'topic', CASE WHEN new.deleted_at IS NULL THEN 'put' ELSE 'delete' END, unixepoch ());"
  "END;"
  "CREATE TRIGGER topics_outbox_delete AFTER DELETE ON topics"
  "  WHEN EXISTS (SELECT 1 FROM sync_items WHERE record_id = old.id) BEGIN"
  "  DELETE FROM outbox WHERE record_id = old.id AND kind = 'topic';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at) VALUES (old.id, 'topic', 'delete', unixepoch ());"
  "END;"
  /* A database already syncing pushes what it has. */
  "INSERT INTO outbox (record_id, kind, op, queued_at)"
  "  SELECT id, 'campaign', 'put', unixepoch () FROM campaigns"
  "  WHERE deleted_at IS NULL AND EXISTS (SELECT 1 FROM sync_state);"
  "INSERT INTO outbox (record_id, kind, op, queued_at)"
  "  SELECT id, 'topic', 'put', unixepoch () FROM topics"
  "  WHERE deleted_at IS NULL AND (notes <> '' OR feed_id IS NULL) AND EXISTS (SELECT 1 FROM sync_state);",

  /* Version 10: the accounts a campaign runs on travel with it: a change
   * to them queues the campaign (a live one: a campaign in the bin keeps
   * its queued delete). */
  "CREATE TRIGGER campaign_accounts_outbox_insert AFTER INSERT ON campaign_accounts"
  "  WHEN EXISTS (SELECT 1 FROM sync_state)"
  "   AND EXISTS (SELECT 1 FROM campaigns WHERE id = new.campaign_id AND deleted_at IS NULL) BEGIN"
  "  DELETE FROM outbox WHERE record_id = new.campaign_id AND kind = 'campaign';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at) VALUES (new.campaign_id, 'campaign', 'put', unixepoch ());"
  "END;"
  "CREATE TRIGGER campaign_accounts_outbox_delete AFTER DELETE ON campaign_accounts"
  "  WHEN EXISTS (SELECT 1 FROM sync_state)"
  "   AND EXISTS (SELECT 1 FROM campaigns WHERE id = old.campaign_id AND deleted_at IS NULL) BEGIN"
  "  DELETE FROM outbox WHERE record_id = old.campaign_id AND kind = 'campaign';"
  "  INSERT INTO outbox (record_id, kind, op, queued_at) VALUES (old.campaign_id, 'campaign', 'put', unixepoch ());"
  "END;",

  /* Version 11: certificates the user chose to trust although no
   * authority vouches for them, by server (scheme://host:port) and the
   * certificate's SHA-256: a new certificate is asked about again. */
  "CREATE TABLE sync_trust ("
  "  origin      TEXT PRIMARY KEY NOT NULL,"
  "  fingerprint TEXT NOT NULL,"
  "  trusted_at  INTEGER NOT NULL"
  ") WITHOUT ROWID;",

  /* Version 12: the user's own advertising-law words and exceptions,
   * added to the list Herald ships; and the findings the user chose to
   * leave in a post ("Ignore Here"), by the editor's name for the
   * occurrence. */
  "CREATE TABLE ad_words ("
  "  seq          INTEGER PRIMARY KEY,"
  "  word         TEXT NOT NULL,"
  "  is_exception INTEGER NOT NULL DEFAULT 0 CHECK (is_exception IN (0, 1)),"
  "  category     TEXT NOT NULL DEFAULT 'custom',"
  "  suggestion   TEXT,"
  "  created_at   INTEGER NOT NULL,"
  "  UNIQUE (word, is_exception)"
  ");"
  "CREATE TABLE post_ad_ignores ("
  "  post_id     TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,"
  "  finding     TEXT NOT NULL,"
  "  created_at  INTEGER NOT NULL,"
  "  PRIMARY KEY (post_id, finding)"
  ") WITHOUT ROWID;",
};

const guint herald_store_n_migrations = G_N_ELEMENTS (herald_store_migrations);

G_STATIC_ASSERT (G_N_ELEMENTS (herald_store_migrations) == HERALD_STORE_SCHEMA_VERSION);
