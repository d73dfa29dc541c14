#!/usr/bin/env bash
# Builds and runs the JMH benchmarks (bench/jmh/). Arguments go to JMH, e.g.
#   bench/jmh/run.sh                      every benchmark, default settings of each class
#   bench/jmh/run.sh LineScan -f 1 -wi 2 -i 3   one class, quicker
#   bench/jmh/run.sh -l                   list them
# Needs target/token-tracker.jar (built here when missing). The native hand-over benchmark needs
# the native engine; without it that benchmark fails in its setup and the others still run.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/token-tracker.jar ]; then
    ./build-native.sh || true
    scripts/maven.sh -B -q -DskipTests package
fi
scripts/maven.sh -B -q -f bench/jmh/pom.xml package
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" --enable-native-access=ALL-UNNAMED \
    -cp bench/jmh/target/benchmarks.jar:target/token-tracker.jar org.openjdk.jmh.Main "$@"
