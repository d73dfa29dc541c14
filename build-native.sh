#!/usr/bin/env bash
# Builds the native core (native/) and stages the shared library where the Maven build packs it
# into the jar (target/native-stage/<os>-<arch>/). Says what it did, or why it skipped: without a
# native library the jar still works, on the pure-Java engine.
#
# Crate source: crates.io normally; Debian's packaged crates (offline, see
# scripts/install-build-deps.sh) when they are installed. Force one with TT_CRATES=crates-io|debian.
#   ./build-native.sh           release build + stage
#   ./build-native.sh --test    also cargo test and cargo clippy -D warnings
#   ./build-native.sh --msrv    build with Debian's rustc 1.63 (the MSRV) when it is installed
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-build}

# rustup's cargo when present (Debian's cargo, if also installed, is older and only for --msrv).
cargo=${CARGO:-}
if [ -z "$cargo" ]; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then cargo=$HOME/.cargo/bin/cargo; else cargo=$(command -v cargo || true); fi
fi
# rustup's cargo runs the `rustc` it finds on PATH: with /usr/bin first that is Debian's 1.63,
# which newer cargo cannot drive ("unknown print request"). Pair it with rustup's own rustc.
if [ -z "${RUSTC:-}" ] && [ "$cargo" = "$HOME/.cargo/bin/cargo" ] && [ -x "$HOME/.cargo/bin/rustc" ]; then
    export RUSTC=$HOME/.cargo/bin/rustc
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
config=()
case "$crates" in
    debian)
        if ! have_debian_crates; then
            echo "build-native: failed: TT_CRATES=debian but Debian's crates are missing (run scripts/install-build-deps.sh)" >&2
            exit 1
        fi
        # The inline form of cargo-debian.toml: it works with every cargo version, including
        # Debian's 1.65, which ignores a --config file.
        config=(--config 'source.crates-io.replace-with="debian"'
                --config "source.debian.directory=\"$debian_registry\""
                --config net.offline=true) ;;
    crates-io) ;;
    *)
        echo "build-native: TT_CRATES must be crates-io or debian, not '$crates'" >&2
        exit 2 ;;
esac

if [ "$mode" = --msrv ]; then
    if [ -x /usr/bin/cargo ] && /usr/bin/rustc --version 2>/dev/null | grep -q '^rustc 1\.63\.'; then
        RUSTC=/usr/bin/rustc /usr/bin/cargo "${config[@]}" build --release --quiet -p token-tracker-core \
            --target-dir native/target/msrv
        echo "build-native: builds with rustc 1.63 (MSRV)"
    else
        echo "build-native: MSRV check skipped: Debian's rustc 1.63 is not installed (apt-get install rustc cargo)"
    fi
    exit 0
fi

if [ -z "$cargo" ]; then
    echo "build-native: skipped: cargo not found (install Rust to build the native engine; the jar will use the Java engine)"
    exit 0
fi
echo "build-native: $("$cargo" --version), crates from ${crates/debian/Debian packages (offline)}"

"$cargo" "${config[@]}" build --release --quiet -p token-tracker-core

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
# The library's SHA-256 and size, packed beside it: a run finds its extracted copy by them
# without reading and hashing a megabyte from the jar first (NativeLibraryFile).
size=$(wc -c < "$stage/$lib" | tr -d ' ')
if command -v sha256sum >/dev/null; then digest=$(sha256sum "$stage/$lib" | cut -d' ' -f1)
elif command -v shasum >/dev/null; then digest=$(shasum -a 256 "$stage/$lib" | cut -d' ' -f1)
else digest=""; fi
if [ -n "$digest" ]; then echo "$digest $size" > "$stage/$lib.sha256"; else rm -f "$stage/$lib.sha256"; fi
echo "build-native: staged $stage/$lib ($size bytes)"

if [ "$mode" = --test ]; then
    "$cargo" "${config[@]}" test --release --quiet -p token-tracker-core
    # cargo-clippy re-invokes cargo without a leading --config, so the config goes after the subcommand.
    "$cargo" clippy "${config[@]}" --release --quiet -p token-tracker-core --all-targets -- -D warnings
    "$cargo" fmt --check -p token-tracker-core 2>/dev/null || { echo "build-native: cargo fmt --check failed (run cargo fmt)" >&2; exit 1; }
    echo "build-native: cargo test, clippy and fmt passed"
fi
