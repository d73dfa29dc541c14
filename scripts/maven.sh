#!/bin/sh
# Runs Maven: the system's mvn when there is one, else the Maven wrapper (downloads Maven once).
set -eu
cd "$(dirname "$0")/.."
MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"   # silences JDK 25 warnings from Maven 3.8's guava
export MAVEN_OPTS
# Plain output: no colour codes in logs.
set -- -Dstyle.color=never "$@"
if command -v mvn >/dev/null 2>&1; then
    exec mvn "$@"
fi
exec ./mvnw "$@"
