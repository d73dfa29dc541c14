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
# The library was built, so the native tests (parity suites, boundary tests) must run: a library
# that fails to load is then a test failure, not a silent skip.
if ls target/native-stage/*/libtoken_tracker_core.* >/dev/null 2>&1; then
    export TOKEN_TRACKER_REQUIRE_NATIVE=1
fi
scripts/maven.sh -B verify
