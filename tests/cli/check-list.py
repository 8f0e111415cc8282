#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads what `herald --list` wrote and checks it, for test-cli.sh.

    check-list.py validate KIND FORMAT FILE   prints the number of items
    check-list.py days FILE                   prints two dates inside the posts' range
    check-list.py in-range FILE FROM TO       counts the posts of FILE scheduled in
                                              [FROM, TO], days in the local zone (TZ)
    check-list.py all-in-range FILE FROM TO   fails unless every post is in that range
"""

import csv
import datetime
import io
import json
import re
import sys

FIELDS = {
    'accounts': ['id', 'kind', 'name', 'handle', 'color', 'position', 'visible'],
    'campaigns': ['id', 'name', 'goal', 'starts_on', 'ends_on', 'color', 'archived'],
    'posts': ['id', 'account_id', 'campaign_id', 'series_id', 'status', 'title', 'body',
              'digest', 'tags', 'scheduled_at', 'tz', 'published_at', 'url', 'notes', 'overdue'],
    'topics': ['id', 'title', 'source', 'url', 'state', 'notes', 'first_seen', 'last_seen',
               'peak_heat', 'heat', 'rank', 'trend'],
}
KINDS = {'wechat-article', 'wechat-channels', 'douyin', 'kuaishou', 'xiaohongshu', 'bilibili',
         'weibo'}
STATUSES = {'idea', 'draft', 'review', 'approved', 'scheduled', 'published', 'cancelled'}
ISO = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$')
DAY = re.compile(r'^\d{4}-\d\d-\d\d$')


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def time_or_none(value, name):
    check(value is None or (isinstance(value, str) and ISO.match(value)),
          f'{name} is not an ISO 8601 time with offset: {value!r}')


def check_json_item(kind, item):
    check(list(item.keys()) == FIELDS[kind], f'{kind} fields: {list(item.keys())}')
    check(isinstance(item['id'], str) and item['id'], 'id')
    if kind == 'accounts':
        check(item['kind'] in KINDS, f'kind {item["kind"]}')
        check(isinstance(item['position'], int) and not isinstance(item['position'], bool),
              'position')
        check(isinstance(item['visible'], bool), 'visible')
        check(re.match(r'^#[0-9a-f]{6}$', item['color']), 'color')
    elif kind == 'campaigns':
        for name in ('starts_on', 'ends_on'):
            check(item[name] is None or DAY.match(item[name]), name)
        check(isinstance(item['archived'], bool), 'archived')
    elif kind == 'posts':
        check(item['status'] in STATUSES, f'status {item["status"]}')
        check(isinstance(item['tags'], list) and all(isinstance(t, str) for t in item['tags']),
              'tags')
        for name in ('scheduled_at', 'published_at'):
            time_or_none(item[name], name)
        check(isinstance(item['overdue'], bool), 'overdue')
        check(item['campaign_id'] is None or isinstance(item['campaign_id'], str), 'campaign_id')
        for name in ('title', 'body', 'digest', 'tz', 'url', 'notes'):
            check(isinstance(item[name], str), name)
        check((item['published_at'] is not None) == (item['status'] == 'published'),
              'published_at goes with published')
    elif kind == 'topics':
        check(item['state'] in {'watching', 'used', 'dropped'}, 'state')
        check(isinstance(item['peak_heat'], (int, float)) and not isinstance(item['peak_heat'], bool),
              'peak_heat')
        for name in ('first_seen', 'last_seen'):
            time_or_none(item[name], name)
        check(item['trend'] in {'none', 'new', 'rising', 'peak', 'falling', 'gone'},
              f'trend {item["trend"]}')
        check((item['heat'] is None) == (item['rank'] is None), 'heat goes with rank')
        check(item['heat'] is None or isinstance(item['heat'], (int, float)), 'heat')


def read_csv(kind, data):
    check(data.startswith(b'\xef\xbb\xbf'), 'no byte order mark')
    text = data[3:].decode('utf-8')
    check(text.endswith('\r\n'), 'the last line does not end with CRLF')
    quoted = False
    for i, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif c == '\n' and not quoted:
            check(i > 0 and text[i - 1] == '\r', 'a line ends without CRLF')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    check(rows[0] == FIELDS[kind], f'header: {rows[0]}')
    for row in rows[1:]:
        check(len(row) == len(FIELDS[kind]), f'a row has {len(row)} fields')
    return [dict(zip(FIELDS[kind], row)) for row in rows[1:]]


def parse_time(text):
    return datetime.datetime.fromisoformat(text)


def local_day_start(day):
    """Midnight of DAY in the local zone (TZ), as an aware datetime."""
    naive = datetime.datetime.strptime(day, '%Y-%m-%d')
    return naive.astimezone()


def validate(kind, fmt, path):
    data = open(path, 'rb').read()
    if fmt == 'json':
        check(data.endswith(b'\n'), 'no final newline')
        items = json.loads(data.decode('utf-8'))
        check(isinstance(items, list), 'not an array')
        for item in items:
            check_json_item(kind, item)
        if kind == 'posts':
            times = [parse_time(p['scheduled_at']) for p in items if p['scheduled_at']]
            check(times == sorted(times), 'posts are not in time order')
            seen_null = False
            for post in items:
                if post['scheduled_at'] is None:
                    seen_null = True
                else:
                    check(not seen_null, 'a scheduled post after the unscheduled ones')
    else:
        items = read_csv(kind, data)
    print(len(items))


def load_posts(path):
    return json.load(open(path, encoding='utf-8'))


def days(path):
    times = sorted(parse_time(p['scheduled_at']) for p in load_posts(path) if p['scheduled_at'])
    first = times[len(times) // 3].astimezone()
    last = times[2 * len(times) // 3].astimezone()
    print(first.strftime('%Y-%m-%d'), last.strftime('%Y-%m-%d'))


def in_range(path, first, last, every):
    start = local_day_start(first)
    end = local_day_start(last) + datetime.timedelta(days=1)
    count = 0
    for post in load_posts(path):
        inside = post['scheduled_at'] is not None and start <= parse_time(post['scheduled_at']) < end
        if every:
            check(inside, f'{post["scheduled_at"]} is not within {first} … {last}')
        count += inside
    print(count)


def main(argv):
    if argv[1] == 'validate':
        validate(argv[2], argv[3], argv[4])
    elif argv[1] == 'days':
        days(argv[2])
    elif argv[1] == 'in-range':
        in_range(argv[2], argv[3], argv[4], False)
    elif argv[1] == 'all-in-range':
        in_range(argv[2], argv[3], argv[4], True)
    else:
        fail(f'unknown command {argv[1]}')


if __name__ == '__main__':
    main(sys.argv)
