#!/usr/bin/env python3
"""Summarises one Gatling run of bench/load.sh: a Markdown table of every request by group (warm-up, load,
burst) from the report's js/stats.js (Gatling's default percentiles: 50, 75, 95, 99), then the
simulation's own files: the writes (statuses, lost-update check) and the monitor's samples (live data
after GC, heap in use, active sessions: first, middle, last and largest).
Usage: load_summary.py GATLING_REPORT_DIR SIMULATION_OUT_DIR"""
import csv
import json
import os
import re
import sys

report, out = sys.argv[1], sys.argv[2]


def stats_js(path):
    text = open(path, encoding="utf-8").read()
    start = text.index("var stats = ") + len("var stats = ")
    end = text.index("function fillStats")
    body = text[start:end].strip().rstrip(";")
    body = re.sub(r'(?m)^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:', r'\1"\2":', body)  # quote bare keys
    return json.loads(body)


def rows(node, path):
    for child in (node.get("contents") or {}).values():
        name = child["name"]
        if child["type"] == "GROUP":
            yield from rows(child, path + [name])
        else:
            yield path, name, child["stats"]


def value(stats, key):
    v = stats[key]["total"]
    return "-" if v in ("-", None) else v


lines = []
js = os.path.join(report, "js", "stats.js") if report else ""
if js and os.path.exists(js):
    root = stats_js(js)
    lines += ["| group | request | count | KO | p50 ms | p95 ms | p99 ms | max ms |",
              "|---|---|---:|---:|---:|---:|---:|---:|"]
    order = {"load": 0, "burst": 1, "warm-up": 2}
    for path, name, s in sorted(rows(root, []), key=lambda r: (order.get(r[0][0] if r[0] else "", 3), r[1])):
        lines.append(f"| {'/'.join(path) or '-'} | {name} | {s['numberOfRequests']['total']} | "
                     f"{s['numberOfRequests']['ko']} | {value(s, 'percentiles1')} | {value(s, 'percentiles3')} | "
                     f"{value(s, 'percentiles4')} | {value(s, 'maxResponseTime')} |")
else:
    lines.append(f"(no Gatling report found in {report!r})")

writes = os.path.join(out, "writes.csv")
if os.path.exists(writes):
    text = open(writes, encoding="utf-8").read().splitlines()
    lines.append("")
    lines += [l.lstrip("# ") for l in text if l.startswith("#") or l.startswith("RESULT")]
metrics = os.path.join(out, "metrics.csv")
if os.path.exists(metrics):
    samples = list(csv.reader(open(metrics, encoding="utf-8")))[1:]
    if samples:
        pick = [("first", samples[0]), ("middle", samples[len(samples) // 2]), ("last", samples[-1])]
        lines.append("")
        lines.append("| monitor sample | s | live data after GC MiB | heap used MiB | active sessions |")
        lines.append("|---|---:|---:|---:|---:|")
        for label, s in pick:
            lines.append(f"| {label} | {s[0]} | {s[1]} | {s[2]} | {s[3]} |")
        lines.append(f"| largest | - | {max(float(s[1]) for s in samples):.1f} | "
                     f"{max(float(s[2]) for s in samples):.1f} | {max(float(s[3]) for s in samples):.0f} |")
print("\n".join(lines))
