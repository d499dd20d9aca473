# Sourced by the scripts: where builds go. A target dir outside the clone keeps warm
# builds fast across fresh clones (CI clones anew every run).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/portdoctor/target}"
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
