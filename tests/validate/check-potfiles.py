#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""POTFILES.in must list, sorted, exactly the sources with translatable strings."""

import os
import re
import sys

MARK = re.compile(r'\b(?:_|N_|C_|NC_|g_dngettext|ngettext)\s*\(')
SOURCES = ('.c', '.h', '.blp')


def main(top):
    listed = [l.strip() for l in open(os.path.join(top, 'po', 'POTFILES.in'))
              if l.strip() and not l.startswith('#')]
    failed = False
    if listed != sorted(listed):
        print('POTFILES.in is not sorted', file=sys.stderr)
        failed = True
    wanted = set()
    for root, _dirs, files in os.walk(os.path.join(top, 'src')):
        for name in files:
            if not name.endswith(SOURCES):
                continue
            path = os.path.join(root, name)
            if MARK.search(open(path, encoding='utf-8').read()):
                wanted.add(os.path.relpath(path, top))
    for root, _dirs, files in os.walk(os.path.join(top, 'data')):
        for name in files:
            if name.endswith(('.desktop.in.in', '.metainfo.xml.in.in', '.desktop.in', '.metainfo.xml.in')):
                wanted.add(os.path.relpath(os.path.join(root, name), top))
    for path in sorted(wanted - set(listed)):
        print(f'missing from po/POTFILES.in: {path}', file=sys.stderr)
        failed = True
    for path in sorted(set(listed) - wanted):
        print(f'listed in po/POTFILES.in without translatable strings: {path}', file=sys.stderr)
        failed = True
    print(f'{len(listed)} files listed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
