# SPDX-License-Identifier: GPL-3.0-or-later
#
# Herald's two commands: `make run` and `make test`.  Each does the whole
# set-up from a fresh clone.  When the host's GTK or libadwaita are older
# than Herald needs, everything runs inside the development root
# (build-aux/devroot), created on first use.

GTK_MIN = 4.18
ADW_MIN = 1.7

native := $(shell pkg-config --atleast-version=$(GTK_MIN) gtk4 2>/dev/null && \
                  pkg-config --atleast-version=$(ADW_MIN) libadwaita-1 2>/dev/null && \
                  command -v meson >/dev/null && command -v blueprint-compiler >/dev/null && echo yes)

ifeq ($(HERALD_IN_DEVROOT),1)
  IN =
else ifeq ($(native),yes)
  IN =
else
  IN = build-aux/devroot run
endif

.PHONY: all build run test bench fuzz devroot clean

all: build

build:
	$(IN) build-aux/dev build

run:
	$(IN) build-aux/dev run $(ARGS)

test:
	$(IN) build-aux/dev test

bench:
	$(IN) build-aux/dev bench

fuzz:
	$(IN) build-aux/dev fuzz

devroot:
	build-aux/devroot ensure

clean:
	rm -rf _build _build-asan _build-fuzz _build.setup.log _build-asan.setup.log _build-fuzz.setup.log
