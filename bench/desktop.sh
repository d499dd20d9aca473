#!/usr/bin/env bash
# Desktop benchmark: builds the release app and its Linux installers (.deb, .rpm)
# with the Tauri CLI, then measures start time, memory and installer size.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/setup.sh
ui/node_modules/.bin/tauri build --bundles deb,rpm
PORTDOCTOR_DESKTOP="$CARGO_TARGET_DIR/release/portdoctor-desktop" \
BUNDLE_DIR="$CARGO_TARGET_DIR/release/bundle" node bench/desktop.mjs
