#!/usr/bin/env bash
# Regenerates the price snapshot bundled in the jar
# (java/src/main/resources/pricing/litellm-snapshot.json) from LiteLLM's price table.
#
#   scripts/update-pricing-snapshot.sh [URL-or-FILE] [YYYY-MM-DD]
#
# Default source: LiteLLM's main branch. The date is the date of the LiteLLM data (default: today
# for a URL, the file's modification date for a file). Commit the result on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
source=${1:-https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json}
JAVA_HOME=$(scripts/find-jdk.sh)
export JAVA_HOME
mvn -q -B compile
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=runtime
"$JAVA_HOME/bin/java" -cp "target/classes:$(cat "$classpath")" dev.tokentracker.pricing.SnapshotTool \
    "$source" java/src/main/resources/pricing/litellm-snapshot.json ${2:+"$2"}
