#!/usr/bin/env bash
# Two-phase overlap benchmark (docs/benchmarks.md, "Two-phase overlap"): the packaged jar on a
# generated corpus whose parse takes about a second, against loopback stand-ins that answer
# Cursor's export after 1.5 s and LiteLLM's price table after 0.5 s. Runs the two-phase
# (concurrent) and the sequential (--sequential) run alternately, RUNS times each, and prints the
# medians and the ratio of the two-phase total to (longest branch + finalize).
#   bench/overlap.sh                 RUNS=5 SESSIONS=300 ENGINE=auto CURSOR_MS=1500 PRICING_MS=500
# Needs target/token-tracker.jar and the test classes (built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
sessions=${SESSIONS:-300}
engine=${ENGINE:-auto}
cursor_ms=${CURSOR_MS:-1500}
pricing_ms=${PRICING_MS:-500}

JAVA_HOME=$(scripts/find-jdk.sh)
java=$JAVA_HOME/bin/java
if [ ! -f target/token-tracker.jar ] || [ ! -f target/test-classes/dev/tokentracker/e2e/OverlapServers.class ]; then
    JAVA_HOME=$JAVA_HOME scripts/maven.sh -B -q -DskipTests package
fi
cp=target/test-classes:target/token-tracker.jar

work=$(mktemp -d "${TMPDIR:-/tmp}/token-tracker-overlap.XXXXXX")
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "overlap: generating the corpus ($sessions sessions per source)..." >&2
"$java" -cp "$cp" dev.tokentracker.e2e.CorpusWriter "$work/home" "$sessions" >/dev/null

# The stand-ins serve until their stdin closes; a fifo that this script holds open keeps them up.
mkfifo "$work/hold"
"$java" -cp "$cp" dev.tokentracker.e2e.OverlapServers "$cursor_ms" "$pricing_ms" <"$work/hold" >"$work/urls" &
server_pid=$!
exec 3>"$work/hold"
for _ in $(seq 100); do [ "$(wc -l <"$work/urls")" -ge 2 ] && break; sleep 0.1; done
cursor_url=$(sed -n 1p "$work/urls")
pricing_url=$(sed -n 2p "$work/urls")

# A Cursor login, so that every run syncs (the stand-in accepts any token).
mkdir -p -m 700 "$work/tracker"
printf '{"sessionToken":"user_bench%%3A%%3Atoken","createdAt":"2026-01-01T00:00:00Z"}' >"$work/tracker/cursor-credentials.json"
chmod 600 "$work/tracker/cursor-credentials.json"

# One run: prints "total cursor pricing parse finalize wall" in milliseconds.
run() {
    rm -rf "$work/cache" # no fresh price cache: every run fetches
    local start end
    start=$(date +%s%N)
    env -i HOME="$work" TZ=UTC XDG_CACHE_HOME="$work/cache" TOKEN_TRACKER_HOME="$work/tracker" \
        TOKEN_TRACKER_CURSOR_URL="$cursor_url" TOKEN_TRACKER_PRICING_URL="$pricing_url" \
        TOKEN_TRACKER_NATIVE_CACHE="$work/native" \
        "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto --enable-native-access=ALL-UNNAMED \
        -jar target/token-tracker.jar models --home "$work/home" --engine "$engine" --benchmark "$@" \
        >/dev/null 2>"$work/err"
    end=$(date +%s%N)
    grep -q '^engine: ' "$work/err" || { cat "$work/err" >&2; exit 1; }
    sed -n 's/^engine: //p' "$work/err" >"$work/engine"
    awk -v wall=$(((end - start) / 1000000)) '
        function ms(label,    m) { match($0, label " [0-9.]+"); return substr($0, RSTART + length(label) + 1, RLENGTH - length(label) - 1) }
        /^phase 1/ { cursor = ms("cursor sync"); pricing = ms("pricing"); parse = ms("local parse") }
        /^finalize:/ { finalize = $2 }
        /^total:/ { total = $2 }
        END { printf "%s %s %s %s %s %s\n", total, cursor, pricing, parse, finalize, wall }' "$work/err"
}

: >"$work/two-phase"
: >"$work/sequential"
echo "overlap: $runs runs of each mode, interleaved..." >&2
"$java" -version 2>&1 | head -1 >"$work/jdk" # (warm the page cache for the JDK)
run >/dev/null # warm-up: the corpus and the jar into the page cache
for i in $(seq "$runs"); do
    if [ $((i % 2)) -eq 1 ]; then
        run >>"$work/two-phase"; run --sequential >>"$work/sequential"
    else
        run --sequential >>"$work/sequential"; run >>"$work/two-phase"
    fi
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }

echo "engine: $(cat "$work/engine")"
echo "machine: $(nproc) cores, $(uname -srm), $("$java" -version 2>&1 | head -1)"
echo "latency: Cursor ${cursor_ms} ms, pricing ${pricing_ms} ms; corpus: $sessions sessions per source ($(du -sh "$work/home" | cut -f1))"
echo
printf '%-11s %9s %9s %9s %9s %9s %9s\n' mode total cursor pricing parse finalize wall
for mode in two-phase sequential; do
    printf '%-11s' "$mode"
    for c in 1 2 3 4 5 6; do printf ' %9s' "$(column_median "$work/$mode" "$c")"; done
    echo
done
echo "(medians of $runs runs, milliseconds; wall = the whole process, JVM start included)"
echo
# Per two-phase run: its total over its own longest branch plus its finalize.
ratio=$(awk '{ longest = $2; if ($3 > longest) longest = $3; if ($4 > longest) longest = $4;
               printf "%.3f\n", $1 / (longest + $5) }' "$work/two-phase" | median)
speedup=$(awk -v s="$(column_median "$work/sequential" 1)" -v t="$(column_median "$work/two-phase" 1)" 'BEGIN { printf "%.2f", s / t }')
echo "two-phase total / (longest branch + finalize): $ratio (median; target <= 1.15)"
echo "sequential total / two-phase total: $speedup"
