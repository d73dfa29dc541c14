#!/usr/bin/env python3
"""Tables and the totals check for bench/run.sh (not meant to be run by hand).

  report.py timing SAMPLES.tsv RESULTS_DIR SIZE CORPUS_DIR NATIVE_OK "TOOLS"
  report.py check CHECK_DIR CORPUS_JSON SIZE       -> exit 1 when a total that must agree differs
  report.py targets RESULTS_DIR                    -> issue 7's targets from this run's samples

The check compares token totals per source, never costs (the tools price differently on
purpose: peers.md §3-4). Rules, one per (peer, source), say which fields must be equal and why
the others are not compared; docs/benchmarks.md repeats them for readers.
"""
import json
import os
import re
import statistics
import sys

TOOL_LABELS = {
    "tt-native": "token-tracker --engine native",
    "tt-java": "token-tracker --engine java",
    "ccusage": "ccusage 20.0.24 (monthly --json --by-agent)",
    "tokscale": "tokscale 4.17.0 (models --json, warm message cache)",
    "tokscale-cold": "tokscale 4.17.0 (cold: message cache deleted)",
    "cat": "floor: cat every file > /dev/null",
}
SOURCES = ["claude", "codex", "gemini", "opencode", "cursor"]
BUCKETS = ["inputTokens", "outputTokens", "cacheWriteTokens", "cacheReadTokens", "reasoningTokens"]


def kb(n):
    return f"{n / 1000:.1f}" if n < 10_000 else f"{n // 1000}"


def fmt_s(us):
    return f"{us / 1e6:.2f}"


def timing(samples_path, results_dir, size, corpus_dir, native_ok, tools):
    rows = [line.rstrip("\n").split("\t") for line in open(samples_path) if line.strip()]
    corpus = json.load(open(os.path.join(corpus_dir, "corpus.json")))
    out = []
    out.append(f"### {size}: {corpus['shape']} corpus, {corpus['totalBytes'] / 1e6:.0f} MB in "
               f"{corpus['totalFiles']} files (seed {corpus['seed']})\n")
    out.append("| source | files | MB | lines | usage lines | file p50 / p90 / p99 / max (KB) | messages |")
    out.append("|---|---:|---:|---:|---:|---|---:|")
    for name, src in corpus["sources"].items():
        fs = src["fileSizes"]
        sizes = " / ".join(kb(fs[k]) for k in ("p50", "p90", "p99", "max"))
        out.append(f"| {name} | {src['files']} | {src['bytes'] / 1e6:.1f} | {src['lines']} | {src['usageLines']} | "
                   f"{sizes} | {src['expected']['messages']} |")
    out.append("")
    runs = max((int(r[2]) for r in rows), default=0)
    out.append(f"{runs} interleaved runs per tool, page cache warm. Wall in seconds; RSS = peak resident set "
               "(median); CPU/wall = (user+sys)/wall (median), >1 means parallel.\n")
    out.append("| tool | median wall (s) | min–max (s) | peak RSS (MB) | CPU/wall | MB/s |")
    out.append("|---|---:|---:|---:|---:|---:|")
    for tool in tools.split():
        mine = [r for r in rows if r[1] == tool]
        ok = [r for r in mine if r[7] == "0"]
        label = TOOL_LABELS.get(tool, tool)
        if not ok or len(ok) < len(mine):
            why = "n/a (unavailable)" if not mine else f"n/a (failed {len(mine) - len(ok)} of {len(mine)} runs)"
            out.append(f"| {label} | {why} | | | | |")
            continue
        walls = [int(r[3]) for r in ok]
        rss = [int(r[4]) / 1024 for r in ok]
        cpu = [(float(r[5]) + float(r[6])) / (int(r[3]) / 1e6) for r in ok]
        med = statistics.median(walls)
        out.append(f"| {label} | {fmt_s(med)} | {fmt_s(min(walls))}–{fmt_s(max(walls))} | "
                   f"{statistics.median(rss):.0f} | {statistics.median(cpu):.2f} | "
                   f"{corpus['totalBytes'] / 1e6 / (med / 1e6):.0f} |")
    out.append("")
    out.append(phases(rows, results_dir, size, native_ok))
    text = "\n".join(out)
    print(text)
    with open(os.path.join(results_dir, f"{size}.md"), "w") as f:
        f.write(text + "\n")


PHASE_PATTERNS = {
    "cursor sync": r"cursor sync ([\d.]+) ms",
    "pricing": r"pricing ([\d.]+) ms",
    "local parse (phase 1)": r"local parse ([\d.]+) ms",
    "finalize (phase 2)": r"finalize: ([\d.]+) ms",
    "total (both phases)": r"total: ([\d.]+) ms",
}


def phases(rows, results_dir, size, native_ok):
    """Median of each phase as token-tracker's --benchmark reports it, native vs Java."""
    per_engine = {}
    for engine in ("tt-native", "tt-java"):
        values = {k: [] for k in PHASE_PATTERNS}
        for r in rows:
            if r[1] != engine or r[7] != "0":
                continue
            text = open(os.path.join(results_dir, f"{size}.{engine}.{r[2]}.stderr")).read()
            for phase, pattern in PHASE_PATTERNS.items():
                m = re.search(pattern, text)
                if m:
                    values[phase].append(float(m.group(1)))
        per_engine[engine] = values
    lines = ["Phase by phase (token-tracker `--benchmark`, median ms; the three phase-1 branches run concurrently):\n",
             "| phase | native | Java | native / Java |", "|---|---:|---:|---:|"]
    for phase in PHASE_PATTERNS:
        n, j = per_engine["tt-native"][phase], per_engine["tt-java"][phase]
        nm = statistics.median(n) if n else None
        jm = statistics.median(j) if j else None
        ratio = f"{nm / jm:.2f}" if nm is not None and jm else "n/a"
        lines.append(f"| {phase} | {f'{nm:.0f}' if nm is not None else 'n/a'} | "
                     f"{f'{jm:.0f}' if jm is not None else 'n/a'} | {ratio} |")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------
# Totals check


def tt_totals(check_dir, engine, source):
    path = os.path.join(check_dir, f"tt-{engine}-{source}.json")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    return json.load(open(path))["totals"]


def ccusage_by_agent(check_dir):
    path = os.path.join(check_dir, "ccusage.json")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    doc = json.load(open(path))
    sums = {}
    for row in doc.get("monthly", []):
        for agent in row.get("agents", []):
            s = sums.setdefault(agent["agent"], {})
            for k in ("inputTokens", "outputTokens", "cacheCreationTokens", "cacheReadTokens", "totalTokens"):
                s[k] = s.get(k, 0) + agent.get(k, 0)
    return sums


def tokscale_by_client(check_dir):
    path = os.path.join(check_dir, "tokscale.json")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    sums = {}
    for e in json.load(open(path)).get("entries", []):
        s = sums.setdefault(e["client"], {})
        for k in ("input", "output", "cacheWrite", "cacheRead", "reasoning"):
            s[k] = s.get(k, 0) + e.get(k, 0)
    return sums


class Checker:
    def __init__(self):
        self.rows = []
        self.failed = False

    def equal(self, source, what, pairs, why=""):
        """pairs: [(field, ours, theirs)] that must be equal."""
        diffs = [f"{f}: {a} vs {b}" for f, a, b in pairs if a != b]
        self.rows.append((source, what, "ok" if not diffs else "**DIFFERS**", "; ".join(diffs) or why))
        self.failed |= bool(diffs)

    def note(self, source, what, text):
        self.rows.append((source, what, "n/a", text))


def check(check_dir, corpus_json, size):
    corpus = json.load(open(corpus_json))
    c = Checker()
    cc = ccusage_by_agent(check_dir)
    ts = tokscale_by_client(check_dir)
    for source in SOURCES:
        info = corpus["sources"].get(source)
        if info is None:
            continue
        expected = info["expected"]
        ours = tt_totals(check_dir, "java", source)
        if ours is None:
            c.equal(source, "token-tracker (java) vs corpus", [("report", "missing", "present")])
            continue
        # 1. Ground truth: the generator knows every message it wrote (after SPEC §3 dedup).
        c.equal(source, "token-tracker (java) vs corpus", [(k, ours[k], expected[k]) for k in BUCKETS + ["messages"]])
        # 2. Both engines must agree byte for byte (SPEC: identical reports).
        native_path = os.path.join(check_dir, f"tt-native-{source}.json")
        if os.path.exists(native_path) and os.path.getsize(native_path) > 0:
            same = open(native_path).read() == open(os.path.join(check_dir, f"tt-java-{source}.json")).read()
            c.equal(source, "native vs java (whole JSON)", [("bytes", "identical", "identical" if same else "different")])
        else:
            c.note(source, "native vs java (whole JSON)", "native engine unavailable")
        # 3. ccusage, where its semantics agree (peers.md §3).
        if cc is None:
            c.note(source, "ccusage", "not run")
        elif source == "cursor":
            c.note(source, "ccusage", "ccusage has no Cursor source")
        else:
            theirs = cc.get(source, {})
            g = lambda k: theirs.get(k, 0)
            if source == "claude":
                extra = info.get("streamingCopiesWithoutRequestId", {})
                x = lambda k: extra.get(k, 0)
                c.equal(source, "ccusage", [
                    ("input", ours["inputTokens"] + x("inputTokens"), g("inputTokens")),
                    ("output", ours["outputTokens"] + x("outputTokens"), g("outputTokens")),
                    ("cacheWrite", ours["cacheWriteTokens"] + x("cacheWriteTokens"), g("cacheCreationTokens")),
                    ("cacheRead", ours["cacheReadTokens"] + x("cacheReadTokens"), g("cacheReadTokens"))],
                    f"ours + {x('lines')} streaming copies without requestId that ccusage counts and SPEC §3 "
                    f"drops (+{x('inputTokens')} input, +{x('outputTokens')} output, +{x('cacheWriteTokens')} "
                    f"cache write, +{x('cacheReadTokens')} cache read; corpus.json)")
            elif source == "codex":
                c.equal(source, "ccusage", [
                    ("input", ours["inputTokens"], g("inputTokens")),
                    ("output+reasoning", ours["outputTokens"] + ours["reasoningTokens"], g("outputTokens")),
                    ("cacheRead", ours["cacheReadTokens"], g("cacheReadTokens")),
                    ("cacheWrite", ours["cacheWriteTokens"], g("cacheCreationTokens"))],
                    "ccusage's Codex output includes reasoning")
            elif source == "gemini":
                c.equal(source, "ccusage", [
                    ("input", ours["inputTokens"], g("inputTokens")),
                    ("output", ours["outputTokens"], g("outputTokens")),
                    ("cacheRead", ours["cacheReadTokens"], g("cacheReadTokens")),
                    ("total (thoughts only in ccusage's total)", ours["totalTokens"], g("totalTokens"))])
            elif source == "opencode":
                c.equal(source, "ccusage", [
                    ("input", ours["inputTokens"], g("inputTokens")),
                    ("output", ours["outputTokens"], g("outputTokens")),
                    ("cacheWrite", ours["cacheWriteTokens"], g("cacheCreationTokens")),
                    ("cacheRead", ours["cacheReadTokens"], g("cacheReadTokens"))],
                    f"reasoning not compared: ccusage ignores OpenCode reasoning ({ours['reasoningTokens']} here)")
        # 4. tokscale: same five buckets for the four log sources (peers.md §4).
        if ts is None:
            c.note(source, "tokscale", "not run")
        elif source == "cursor":
            c.note(source, "tokscale", "tokscale reads Cursor only through its own API sync")
        else:
            theirs = ts.get(source, {})
            c.equal(source, "tokscale", [
                ("input", ours["inputTokens"], theirs.get("input", 0)),
                ("output", ours["outputTokens"], theirs.get("output", 0)),
                ("cacheWrite", ours["cacheWriteTokens"], theirs.get("cacheWrite", 0)),
                ("cacheRead", ours["cacheReadTokens"], theirs.get("cacheRead", 0)),
                ("reasoning", ours["reasoningTokens"], theirs.get("reasoning", 0))])
    print(f"Totals check ({size}): token totals per source, costs not compared\n")
    print("| source | compared | result | detail |")
    print("|---|---|---|---|")
    for row in c.rows:
        print("| " + " | ".join(row) + " |")
    print()
    if c.failed:
        print(f"bench: totals check FAILED for {size}", file=sys.stderr)
        return 1
    return 0


# ------------------------------------------------------------------------------------------------
# Targets (issue 7), computed from the samples of this run only


def medians(results_dir, size):
    """Median wall (s) and peak RSS (MB) per tool for one corpus; None when it was not measured."""
    path = os.path.join(results_dir, f"{size}.tsv")
    if not os.path.exists(path):
        return None
    rows = [line.rstrip("\n").split("\t") for line in open(path) if line.strip()]
    by_tool = {}
    for tool in {r[1] for r in rows}:
        mine = [r for r in rows if r[1] == tool]
        if mine and all(r[7] == "0" for r in mine):
            by_tool[tool] = (statistics.median(int(r[3]) for r in mine) / 1e6,
                             statistics.median(int(r[4]) for r in mine) / 1024)
    return by_tool


def targets(results_dir):
    runs = {size: medians(results_dir, size) for size in ("S", "M", "L", "dense")}
    lines = ["| case | target | measured | met |", "|---|---|---|---|"]

    def row(case, target, measured, met):
        lines.append(f"| {case} | {target} | {measured} | {'yes' if met else '**no**'} |")

    def wall(size, tool):
        m = runs.get(size)
        return m[tool][0] if m and tool in m else None

    def faster_peer(size):
        peers = [(wall(size, t), t) for t in ("ccusage", "tokscale", "tokscale-cold") if wall(size, t)]
        warm = [p for p in peers if p[1] != "tokscale-cold"]
        return min(warm) if warm else None

    native_l, cat_l = wall("L", "tt-native"), wall("L", "cat")
    if native_l and cat_l:
        row("L: native vs the `cat` floor", "≤ 1.5 ×", f"{native_l:.2f} s / {cat_l:.2f} s = {native_l / cat_l:.2f} ×",
            native_l / cat_l <= 1.5)
    for size, case, need in (("L", "L", 2.5), ("dense", "dense", 3.0)):
        native, peer = wall(size, "tt-native"), faster_peer(size)
        if native and peer:
            speedup = peer[0] / native
            row(f"{case}: native vs the faster peer, {TOOL_LABELS[peer[1]]}",
                f"≥ {need} × faster", f"{peer[0]:.2f} s / {native:.2f} s = {speedup:.2f} ×", speedup >= need)
            for t in ("ccusage", "tokscale", "tokscale-cold"):
                other = wall(size, t)
                if other and t != peer[1]:
                    lines.append(f"| {case}: native vs {t} (for reference) | | {other:.2f} s / {native:.2f} s = "
                                 f"{other / native:.2f} × | |")
    native_s, ccusage_s = wall("S", "tt-native"), wall("S", "ccusage")
    if native_s and ccusage_s:
        row("S: native vs ccusage", "≤ 1.5 ×", f"{native_s:.2f} s / {ccusage_s:.2f} s = {native_s / ccusage_s:.2f} ×",
            native_s / ccusage_s <= 1.5)
    for size in ("L", "dense"):
        native, java = wall(size, "tt-native"), wall(size, "tt-java")
        if native and java:
            row(f"{size}: Java engine vs native engine", "≤ 2 ×",
                f"{java:.2f} s / {native:.2f} s = {java / native:.2f} ×", java / native <= 2)
    m = runs.get("L")
    if m and "tt-native" in m and "ccusage" in m:
        ours, theirs = m["tt-native"][1], m["ccusage"][1]
        row("L: peak RSS, native vs ccusage", "≤ ccusage's", f"{ours:.0f} MB vs {theirs:.0f} MB", ours <= theirs)
    if "tt-java" in (m or {}) and "ccusage" in (m or {}):
        lines.append(f"| L: peak RSS, Java engine (for reference) | | {m['tt-java'][1]:.0f} MB | |")
    text = "Targets of issue 7, from this run's medians:\n\n" + "\n".join(lines) + "\n"
    print(text)
    with open(os.path.join(results_dir, "targets.md"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "timing":
        timing(*sys.argv[2:8])
    elif mode == "check":
        sys.exit(check(*sys.argv[2:5]))
    elif mode == "targets":
        targets(sys.argv[2])
    else:
        sys.exit("usage: report.py timing|check|targets ...")
