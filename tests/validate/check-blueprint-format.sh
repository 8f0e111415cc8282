#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every Blueprint file is in blueprint-compiler's canonical format.
exec blueprint-compiler format "$@"
