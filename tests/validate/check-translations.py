#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation lacks a message, has a fuzzy one or does not
compile: every user-visible string ships in zh_CN and zh_TW."""

import os
import subprocess
import sys
import tempfile


def main(podir, potfile):
    langs = [l.strip() for l in open(os.path.join(podir, 'LINGUAS'))
             if l.strip() and not l.startswith('#')]
    failed = False
    for lang in langs:
        po = os.path.join(podir, lang + '.po')
        with tempfile.TemporaryDirectory() as tmp:
            merged = os.path.join(tmp, lang + '.po')
            # Merge against the fresh template so that strings added to the
            # sources but missing from the .po count as untranslated.
            subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching',
                            '-o', merged, po, potfile], check=True)
            check = subprocess.run(['msgfmt', '--check', '--statistics',
                                    '-o', os.devnull, merged],
                                   capture_output=True, text=True)
            stats = check.stderr.strip()
            print(f'{lang}: {stats}')
            if check.returncode != 0:
                print(f'{lang}: msgfmt --check failed', file=sys.stderr)
                failed = True
            for kind in ('untranslated', 'fuzzy'):
                out = subprocess.run(['msgattrib', f'--only-{kind}' if kind == 'fuzzy' else '--untranslated',
                                      '--no-obsolete', '--no-wrap', merged],
                                     capture_output=True, text=True, check=True).stdout
                ids = [line[6:] for line in out.splitlines()
                       if line.startswith('msgid ') and line != 'msgid ""']
                for msgid in ids:
                    print(f'{lang}: {kind}: {msgid}', file=sys.stderr)
                    failed = True
        direct = subprocess.run(['msgfmt', '--check', '-o', os.devnull, po],
                                capture_output=True, text=True)
        if direct.returncode != 0:
            print(direct.stderr, file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
