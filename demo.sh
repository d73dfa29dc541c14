#!/usr/bin/env bash
# Runs token-tracker on the demo home that ships in the repo (examples/demo-home): made-up
# logs of all five sources, described in examples/README.md. Builds the jar first when it is
# missing or older than the sources.
# Extra arguments go to token-tracker, e.g. ./demo.sh monthly, ./demo.sh daily --json.
set -euo pipefail
cd "$(dirname "$0")"
JAVA_HOME=$(scripts/find-jdk.sh)
export JAVA_HOME

jar=target/token-tracker.jar
if [ ! -f "$jar" ] || [ -n "$(find java native pom.xml -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
    echo "demo: building token-tracker (first run takes a minute)..." >&2
    ./build-native.sh >&2 || echo "demo: native build failed; the demo runs on the Java engine" >&2
    scripts/maven.sh -q -B -DskipTests package >&2
fi

# The demo reads only the demo home: per-source overrides from your environment are dropped,
# and --offline keeps it off the network (prices from the bundled snapshot).
exec env -u CLAUDE_CONFIG_DIR -u CODEX_HOME -u GEMINI_CLI_HOME -u OPENCODE_DATA_DIR -u TOKEN_TRACKER_HOME \
    bin/token-tracker --home examples/demo-home --offline --timezone UTC "$@"
