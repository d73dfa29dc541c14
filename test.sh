#!/usr/bin/env bash
# Runs every test: the native core (cargo test, clippy -D warnings, and a build with Rust 1.63 when
# Debian's rustc is installed), then the Maven build with all Java tests (which include the
# native/Java parity tests when the native library was built).
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-build-deps.sh
JAVA_HOME=$(scripts/find-jdk.sh)
export JAVA_HOME
echo "test: using JDK at $JAVA_HOME"

./build-native.sh --test
./build-native.sh --msrv
# A library that carries the engine's entry points was built, so the native tests (parity suites,
# boundary tests) must run: a library that fails to load is then a test failure, not a silent skip.
# (A build of the crate without the engine exports, as during a port, leaves the Java engine alone.)
for lib in target/native-stage/*/libtoken_tracker_core.*; do
    if [ -f "$lib" ] && grep -q tt_parse_local_sources "$lib"; then
        export TOKEN_TRACKER_REQUIRE_NATIVE=1
    fi
done
scripts/maven.sh -B verify
