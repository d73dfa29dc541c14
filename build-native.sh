#!/usr/bin/env bash
# Builds the native core (native/) and stages the shared library where the Maven build packs it
# into the jar (target/native-stage/<os>-<arch>/). Says what it did, or why it skipped: without a
# native library the jar still works, on the pure-Java engine.
#
# Crate source: crates.io normally; Debian's packaged crates (offline) when they are installed
# and crates.io is not reachable. Force one with TT_CRATES=crates-io|debian.
#   ./build-native.sh            release build + stage
#   ./build-native.sh --test     also run cargo test and cargo clippy -D warnings
set -euo pipefail
cd "$(dirname "$0")"

run_tests=false
[ "${1:-}" = "--test" ] && run_tests=true

if ! command -v cargo >/dev/null 2>&1; then
    echo "build-native: skipped: cargo not found (install Rust to build the native engine; the jar will use the Java engine)"
    exit 0
fi

debian_registry=/usr/share/cargo/registry
have_debian_crates() {
    for crate in serde_json memchr rayon; do
        ls -d "$debian_registry/$crate-"* >/dev/null 2>&1 || return 1
    done
}
crates=${TT_CRATES:-}
if [ -z "$crates" ]; then
    if have_debian_crates; then crates=debian; else crates=crates-io; fi
fi
cargo_args=()
case "$crates" in
    debian)
        if ! have_debian_crates; then
            echo "build-native: failed: TT_CRATES=debian but Debian's crates are missing (run scripts/install-build-deps.sh)" >&2
            exit 1
        fi
        cargo_args=(--config cargo-debian.toml)
        echo "build-native: crates from Debian's packages ($debian_registry), offline" ;;
    crates-io)
        echo "build-native: crates from crates.io" ;;
    *)
        echo "build-native: TT_CRATES must be crates-io or debian, not '$crates'" >&2
        exit 2 ;;
esac

cargo "${cargo_args[@]}" build --release --quiet -p token-tracker-core

case "$(uname -s)" in
    Linux) os=linux; lib=libtoken_tracker_core.so ;;
    Darwin) os=macos; lib=libtoken_tracker_core.dylib ;;
    *) os=windows; lib=token_tracker_core.dll ;;
esac
arch=$(uname -m)
case "$arch" in amd64) arch=x86_64 ;; arm64) arch=aarch64 ;; esac
stage=target/native-stage/$os-$arch
mkdir -p "$stage"
cp "native/target/release/$lib" "$stage/$lib"
echo "build-native: staged $stage/$lib ($(wc -c < "$stage/$lib") bytes)"

if $run_tests; then
    cargo "${cargo_args[@]}" test --release --quiet -p token-tracker-core
    # cargo-clippy re-invokes cargo without a leading --config, so the config goes after the subcommand.
    cargo clippy "${cargo_args[@]}" --release --quiet -p token-tracker-core --all-targets -- -D warnings
    echo "build-native: cargo test and clippy passed"
fi
