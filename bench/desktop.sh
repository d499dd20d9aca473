#!/usr/bin/env bash
# Desktop benchmark: builds the release app and its Linux installers (.deb, .rpm)
# with the Tauri CLI, then measures start time, memory and installer size.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
ui/node_modules/.bin/tauri build --bundles deb,rpm
# The memory floor to compare with: an empty WebKitGTK window.
# shellcheck disable=SC2046 # pkg-config prints several flags on purpose
cc -O2 -o "$CARGO_TARGET_DIR/webkit-blank" bench/webkit-blank.c $(pkg-config --cflags --libs webkit2gtk-4.1)
WEBKIT_BLANK="$CARGO_TARGET_DIR/webkit-blank" \
PORTDOCTOR_DESKTOP="$CARGO_TARGET_DIR/release/portdoctor-desktop" \
BUNDLE_DIR="$CARGO_TARGET_DIR/release/bundle" node bench/desktop.mjs
