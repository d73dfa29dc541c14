#!/usr/bin/env bash
# The benchmark instrument (issue 7): token-tracker (native and Java engines) against ccusage,
# tokscale and the floor (cat of every file), on generated fake homes, plus a totals check.
#
#   bench/run.sh [S|M|L|dense|all]      (default S)
#
# From a fresh clone it builds what is missing (./build-native.sh, scripts/maven.sh -DskipTests
# package), generates the corpus (bench/GenerateCorpus.java) into the cache folder unless it is
# there already, installs ccusage 20.0.24 and tokscale 4.17.0 from npm into the same folder, then
# runs every tool TT_BENCH_RUNS times, interleaved (one round = each tool once), page cache warm.
# It prints markdown tables (wall, peak RSS, CPU/wall, phase times) and checks token totals:
# token-tracker against the generator's ground truth (exact) and against the peers where their
# semantics agree (docs/benchmarks.md explains each rule). Exit 1 when a check fails.
#
# Environment:
#   TT_BENCH_DIR     cache folder (default ~/.cache/token-tracker-bench): corpus/, peers/, results/
#   TT_BENCH_RUNS    timed runs per tool (default 5)
#   TT_BENCH_SEED    corpus seed (default 42)
#   TT_BENCH_TOOLS   which tools to time (default: tt-native tt-java ccusage tokscale tokscale-cold cat)
#   TT_BENCH_REBUILD=1  rebuild the jar and native library even when present
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

bench_dir=${TT_BENCH_DIR:-$HOME/.cache/token-tracker-bench}
runs=${TT_BENCH_RUNS:-5}
seed=${TT_BENCH_SEED:-42}
tools=${TT_BENCH_TOOLS:-"tt-native tt-java ccusage tokscale tokscale-cold cat"}
ccusage_version=20.0.24
tokscale_version=4.17.0

case "${1:-S}" in
    S|M|L|dense) corpora=("${1:-S}") ;;
    all) corpora=(S M L dense) ;;
    *) echo "usage: bench/run.sh [S|M|L|dense|all]" >&2; exit 2 ;;
esac

log() { echo "bench: $*" >&2; }

# --- Java 22+ (the same search as bin/token-tracker) -------------------------------------------
major_of() {
    home=$(dirname "$(dirname "$(readlink -f "$1")")")
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
    echo "${v:-0}"
}
java=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) \
        $(command -v java 2>/dev/null || true); do
    if [ -x "$candidate" ] && [ "$(major_of "$candidate")" -ge 22 ]; then java=$candidate; break; fi
done
[ -n "$java" ] || { log "needs a JDK 22 or newer (JAVA_HOME or /usr/lib/jvm)"; exit 1; }
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$java")")")}

# --- build ---------------------------------------------------------------------------------------
if [ "${TT_BENCH_REBUILD:-0}" = 1 ] || [ ! -f target/token-tracker.jar ]; then
    log "building the native library and the jar"
    ./build-native.sh >&2 || log "native build failed; the native engine will be n/a"
    scripts/maven.sh -B -q -DskipTests package >&2
fi

# --- corpus --------------------------------------------------------------------------------------
generator_hash=$(sha256sum bench/GenerateCorpus.java | cut -c1-10)
corpus_dir() { # S|M|L|dense -> folder (generated on first use)
    local size=$1 shape=real
    if [ "$size" = dense ]; then shape=dense; size=D; fi
    local dir="$bench_dir/corpus/$shape-$size-seed$seed-$generator_hash"
    if [ ! -f "$dir/corpus.json" ]; then
        log "generating the $shape/$size corpus into $dir"
        rm -rf "$dir.tmp"
        "$java" bench/GenerateCorpus.java --shape "$shape" --size "${size/D/S}" --seed "$seed" --out "$dir.tmp" >&2
        rm -rf "$dir"
        mv "$dir.tmp" "$dir"
    fi
    echo "$dir"
}

# --- peers (npm, into the cache folder; peers.md §7) ---------------------------------------------
peers="$bench_dir/peers"
ccusage_bin="$peers/node_modules/@ccusage/ccusage-linux-x64/bin/ccusage"
tokscale_bin="$peers/node_modules/@tokscale/cli-linux-x64-gnu/bin/tokscale"
peer_version() { node -p "require('$peers/node_modules/$1/package.json').version" 2>/dev/null || echo none; }
if [ "$(peer_version @ccusage/ccusage-linux-x64)" != "$ccusage_version" ] \
        || [ "$(peer_version @tokscale/cli-linux-x64-gnu)" != "$tokscale_version" ]; then
    if command -v npm >/dev/null 2>&1; then
        log "installing ccusage $ccusage_version and tokscale $tokscale_version into $peers"
        mkdir -p "$peers"
        npm install --prefix "$peers" --no-audit --no-fund --loglevel=error \
            "ccusage@$ccusage_version" "@ccusage/ccusage-linux-x64@$ccusage_version" \
            "@tokscale/cli-linux-x64-gnu@$tokscale_version" >&2 || log "npm install failed; peers will be n/a"
    else
        log "npm not found; ccusage and tokscale will be n/a"
    fi
fi
# The platform packages' binaries may arrive without the execute bit (ccusage's npm launcher sets
# it on first use; the script runs the binary directly).
for bin in "$ccusage_bin" "$tokscale_bin"; do [ -f "$bin" ] && [ ! -x "$bin" ] && chmod +x "$bin"; done
[ -x "$ccusage_bin" ] || ccusage_bin=""
[ -x "$tokscale_bin" ] || tokscale_bin=""

# tokscale keeps state (and a parsed-message cache) in TOKSCALE_CONFIG_DIR; it must never fetch
# prices during a timed run, so its three price caches are seeded empty and fresh (peers.md §4).
tokscale_config="$bench_dir/tokscale-config"
seed_tokscale_prices() {
    mkdir -p "$tokscale_config/cache"
    for source in litellm models-dev openrouter; do
        echo "{\"timestamp\":$(date +%s),\"data\":{}}" > "$tokscale_config/cache/pricing-$source.json"
    done
}

work="$bench_dir/work"         # cwd for the peers: no config discovery from the repo
tt_home="$bench_dir/tt-home"   # empty HOME: no price cache, so --offline uses the bundled snapshot
mkdir -p "$work" "$tt_home"

# --- one command per tool --------------------------------------------------------------------------
run_tool() { # tool corpus -> runs it with stdout to /dev/null (stderr kept by the caller)
    local tool=$1 home=$2
    case "$tool" in
        tt-native|tt-java)
            env -i PATH=/usr/bin:/bin HOME="$tt_home" TZ=UTC LANG=C.UTF-8 NO_COLOR=1 TOKEN_TRACKER_JAVA="$java" \
                "$repo/bin/token-tracker" --home "$home" --offline --engine "${tool#tt-}" --benchmark ;;
        ccusage)
            env -i PATH=/usr/bin:/bin HOME="$home" TZ=UTC LANG=C.UTF-8 NO_COLOR=1 LOG_LEVEL=0 CCUSAGE_OFFLINE=1 \
                "$ccusage_bin" monthly --json --offline --by-agent --no-color ;;
        tokscale|tokscale-cold)
            env -i PATH=/usr/bin:/bin HOME="$home" TZ=UTC LANG=C.UTF-8 TOKSCALE_CONFIG_DIR="$tokscale_config" \
                TOKSCALE_PRICING_CACHE_ONLY=1 "$tokscale_bin" models --json --no-spinner --group-by client,model ;;
        cat)
            find "$home" -type f -print0 | xargs -0 cat ;;
    esac
}

# The timed command is `bash -c 'run_tool …'` under /usr/bin/time (same small overhead for all).
export java repo tt_home ccusage_bin tokscale_bin tokscale_config
export -f run_tool

available() { # tool -> 0 when it can run here
    case "$1" in
        tt-native) [ "$native_ok" = 1 ] ;;
        ccusage) [ -n "$ccusage_bin" ] ;;
        tokscale|tokscale-cold) [ -n "$tokscale_bin" ] ;;
        *) return 0 ;;
    esac
}

# Native is optional: while the Rust engine is unfinished, --engine native exits 1 and the
# tables say n/a. The probe runs on an empty home so it costs nothing.
native_ok=0
mkdir -p "$bench_dir/empty-home"
if env -i PATH=/usr/bin:/bin HOME="$tt_home" TZ=UTC TOKEN_TRACKER_JAVA="$java" \
        "$repo/bin/token-tracker" --home "$bench_dir/empty-home" --offline --engine native >/dev/null 2>&1; then
    native_ok=1
else
    log "native engine unavailable: $(env -i PATH=/usr/bin:/bin HOME="$tt_home" TOKEN_TRACKER_JAVA="$java" \
        "$repo/bin/token-tracker" --home "$bench_dir/empty-home" --offline --engine native 2>&1 >/dev/null | head -1)"
fi

# The probe above may have been the first run of this jar: the launcher then trains its AOT cache
# in the background (docs/decisions.md 35). The timed runs must neither share the CPUs with that
# training nor run without the cache, so wait for it to finish.
sleep 1.5
for _ in $(seq 1 240); do
    if command -v pgrep >/dev/null 2>&1; then pgrep -f -- '-XX:AOTCacheOutput=' >/dev/null || break
    else sleep 5; break; fi
    sleep 0.5
done

# --- the measurement -------------------------------------------------------------------------------
results="$bench_dir/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results"
status=0
for size in "${corpora[@]}"; do
    home=$(corpus_dir "$size")
    seed_tokscale_prices
    samples="$results/$size.tsv"
    : > "$samples"
    log "$size: warm-up (page cache, JIT-free first runs, tokscale's message cache)"
    for tool in $tools; do
        if available "$tool"; then (cd "$work" && run_tool "$tool" "$home" >/dev/null 2>&1) || true; fi
    done
    for iteration in $(seq 1 "$runs"); do
        for tool in $tools; do
            available "$tool" || continue
            # Cold tokscale: its parsed-message cache is deleted before the clock starts.
            if [ "$tool" = tokscale-cold ]; then rm -rf "$tokscale_config/cache/source-message-cache-v2"; fi
            errfile="$results/$size.$tool.$iteration.stderr"
            timefile="$results/.time"
            # Dirty pages of the previous tool (tokscale writes its caches) are flushed before the
            # clock starts, so that their write-back does not land in the next tool's time.
            sync
            start=$(date +%s%N)
            if (cd "$work" && /usr/bin/time -f '%M %U %S' -o "$timefile" bash -c 'run_tool "$0" "$1"' "$tool" "$home" \
                    >/dev/null 2>"$errfile"); then rc=0; else rc=$?; fi
            end=$(date +%s%N)
            read -r rss user sys < <(tail -1 "$timefile")
            printf '%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n' "$size" "$tool" "$iteration" \
                "$(( (end - start) / 1000 ))" "$rss" "$user" "$sys" "$rc" >> "$samples"
        done
        log "$size: round $iteration/$runs done"
    done
    python3 bench/report.py timing "$samples" "$results" "$size" "$home" "$native_ok" "$tools"

    # --- totals check (untimed): per-source JSON from both engines, the peers' JSON, ground truth
    check="$results/$size.check"
    mkdir -p "$check"
    for source in claude codex gemini opencode cursor; do
        for engine in java native; do
            [ "$engine" = native ] && [ "$native_ok" != 1 ] && continue
            env -i PATH=/usr/bin:/bin HOME="$tt_home" TZ=UTC LANG=C.UTF-8 TOKEN_TRACKER_JAVA="$java" \
                "$repo/bin/token-tracker" --home "$home" --offline --engine "$engine" --json "--$source" \
                > "$check/tt-$engine-$source.json" 2>/dev/null
        done
    done
    if [ -n "$ccusage_bin" ]; then (cd "$work" && run_tool ccusage "$home" > "$check/ccusage.json" 2>/dev/null) || true; fi
    if [ -n "$tokscale_bin" ]; then (cd "$work" && run_tool tokscale "$home" > "$check/tokscale.json" 2>/dev/null) || true; fi
    python3 bench/report.py check "$check" "$home/corpus.json" "$size" || status=1
done
python3 bench/report.py targets "$results"
log "raw samples and outputs: $results"
exit $status
