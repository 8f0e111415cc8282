#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up benchmark: exec → first painted frame of the main window, and
peak RSS, for Herald beside the bare-window floor, runs interleaved so that
the machine's noise falls on both alike.  Prints `name: value` lines."""

import argparse
import os
import statistics
import subprocess
import tempfile
import time


def run_once(argv, env):
    """Time from exec to the first painted frame, which the program reports
    by writing a line to the pipe named in HERALD_FIRST_FRAME_FD; its
    tear-down afterwards is not start-up.  Peak RSS covers the whole run."""
    read_fd, write_fd = os.pipe()
    env = dict(env, HERALD_FIRST_FRAME_FD=str(write_fd))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            pass_fds=(write_fd,))
    os.close(write_fd)
    with os.fdopen(read_fd, 'rb') as marker:
        painted = marker.readline()
    elapsed = time.perf_counter() - start
    _pid, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f'{argv[0]} failed ({status}): {err}')
    if painted != b'painted\n':
        raise SystemExit(f'{argv[0]} did not report its first frame: {err}')
    return elapsed * 1000.0, usage.ru_maxrss  # ms, KiB


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--herald', required=True)
    parser.add_argument('--floor', required=True)
    parser.add_argument('--runs', type=int, default=10)
    parser.add_argument('--label', default='empty')
    parser.add_argument('--database', help='database to open (default: a fresh one)')
    args = parser.parse_args()

    env = dict(os.environ)
    env['HERALD_EXIT_AFTER_FIRST_FRAME'] = '1'
    with tempfile.TemporaryDirectory() as tmp:
        env['HERALD_DATABASE'] = args.database or os.path.join(tmp, 'bench.db')
        # One warm-up each: the first exec pays for cold page cache.
        run_once([args.herald], env)
        run_once([args.floor], env)
        herald, floor = [], []
        for _ in range(args.runs):
            herald.append(run_once([args.herald], env))
            floor.append(run_once([args.floor], env))

    h_ms = statistics.median(t for t, _ in herald)
    f_ms = statistics.median(t for t, _ in floor)
    h_rss = statistics.median(r for _, r in herald)
    f_rss = statistics.median(r for _, r in floor)
    label = args.label
    print(f'startup_ms_{label}: {h_ms:.1f}')
    print(f'startup_floor_ms_{label}: {f_ms:.1f}')
    print(f'startup_ratio_{label}: {h_ms / f_ms:.3f}')
    print(f'rss_kib_{label}: {h_rss:.0f}')
    print(f'rss_floor_kib_{label}: {f_rss:.0f}')
    print(f'rss_ratio_{label}: {h_rss / f_rss:.3f}')


if __name__ == '__main__':
    main()
