#!/bin/sh
# Prints the home of a JDK >= 22 (the build needs the FFM API and --release 22), or fails with a
# clear message. Order: $JAVA_HOME, the JDKs under /usr/lib/jvm (newest first), `java` on PATH.
# Source-free: callers do `JAVA_HOME=$(scripts/find-jdk.sh)`.
set -eu

major_of() { # JDK home -> major version from its `release` file, without starting a JVM
    [ -r "$1/release" ] || { echo 0; return; }
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
    echo "${v:-0}"
}

for candidate in ${JAVA_HOME:+"$JAVA_HOME"} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if [ -x "$candidate/bin/javac" ] && [ "$(major_of "$candidate")" -ge 22 ]; then
        echo "$candidate"
        exit 0
    fi
done
if command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if [ "$(major_of "$home")" -ge 22 ]; then
        echo "$home"
        exit 0
    fi
fi
echo "token-tracker needs a JDK 22 or newer (found none in \$JAVA_HOME, /usr/lib/jvm or PATH)." >&2
echo "Install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
exit 1
