#!/usr/bin/env bash
# Installs what building, running and testing Port Doctor needs on Debian/Ubuntu.
# Safe to run again: it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: build tools, the desktop app's libraries (Tauri: WebKitGTK), and
# what the tests use (network namespaces, firewalls, a real nginx, Chromium, Xvfb);
# the sources of the table of localised messages (libc-l10n, chromium-l10n, wget,
# git, libpq5); a CJK font for the screenshots; the real clients of tests/lab/clients.sh
# and the locale sources it compiles its locales from; Wine and the mingw-w64 linker
# for the Windows suite (tests/windows/wine.sh).
want=(build-essential pkg-config curl file iproute2 python3 util-linux nftables iptables
      nginx-light libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev
      librsvg2-dev xvfb xauth webkit2gtk-driver chromium libc-l10n chromium-l10n fonts-wqy-microhei wget git libpq5
      netcat-openbsd telnet postgresql-client openssh-client locales binaryen
      wine64 gcc-mingw-w64-x86-64)
command -v node >/dev/null || want+=(nodejs npm)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    echo "setup: Rust is missing; install it with rustup (https://rustup.rs) and run this again." >&2
    exit 1
  fi
fi
if command -v rustup >/dev/null; then
  installed=$(rustup component list --installed 2>/dev/null || true)
  for comp in rustfmt clippy; do
    grep -q "^$comp" <<<"$installed" || rustup component add "$comp"
  done
  targets=$(rustup target list --installed 2>/dev/null || true)
  for t in x86_64-pc-windows-msvc x86_64-pc-windows-gnu aarch64-apple-darwin wasm32-unknown-unknown; do
    grep -qx "$t" <<<"$targets" || rustup target add "$t"
  done
fi

# WebDriver for the desktop app's end-to-end test (in front of WebKitWebDriver).
command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --quiet

# The web edition's binding generator, at exactly the version of the wasm-bindgen
# crate that crates/web locks (the two must match), and wasm-opt (binaryen, above).
wb_version=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' crates/web/Cargo.toml)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb_version" ]; then
  echo "setup: installing wasm-bindgen-cli $wb_version"
  # As locked when the registry has every locked version; else (a mirror behind by a
  # patch release) with the newest compatible ones it has.
  cargo install wasm-bindgen-cli --version "=$wb_version" --locked --quiet 2>/dev/null ||
    cargo install wasm-bindgen-cli --version "=$wb_version" --quiet
fi

# The UI's packages, as locked. (`npm install`, not `npm ci`: where npm is set to
# omit registry addresses from lock files, the lock lists other platforms' optional
# packages without versions and `npm ci` refuses it; `npm install` follows the lock.)
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: installing the UI's npm packages"
  npm install --prefix ui --no-audit --no-fund --loglevel=error
fi
