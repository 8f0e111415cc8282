#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest: pinned sources, minimal permissions, and
flatpak-builder accepts it."""

import json
import re
import subprocess
import sys

ALLOWED_FINISH_ARGS = {
    '--share=network', '--share=ipc', '--socket=wayland',
    '--socket=fallback-x11', '--device=dri',
}


def main(path):
    manifest = json.load(open(path))
    failed = False
    for arg in manifest.get('finish-args', []):
        if arg not in ALLOWED_FINISH_ARGS:
            print(f'finish-arg not allowed: {arg}', file=sys.stderr)
            failed = True
    if not manifest['runtime'] == 'org.gnome.Platform' or manifest['sdk'] != 'org.gnome.Sdk':
        print('runtime must be org.gnome.Platform / org.gnome.Sdk', file=sys.stderr)
        failed = True
    for module in manifest['modules']:
        for source in module.get('sources', []):
            if source['type'] == 'git':
                if not source.get('tag') or not re.fullmatch(r'[0-9a-f]{40}', source.get('commit', '')):
                    print(f"{module['name']}: git source must pin a tag and a commit", file=sys.stderr)
                    failed = True
            elif source['type'] == 'archive':
                if not re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')):
                    print(f"{module['name']}: archive needs a sha256", file=sys.stderr)
                    failed = True
    shown = subprocess.run(['flatpak-builder', '--show-manifest', path],
                           capture_output=True, text=True)
    if shown.returncode != 0:
        print(shown.stderr, file=sys.stderr)
        failed = True
    else:
        json.loads(shown.stdout)
    print(f"{len(manifest['modules'])} modules checked")
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
