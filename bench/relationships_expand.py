#!/usr/bin/env python3
"""Expands bench/relationships-load.sql into the script RunScript runs: every "-- @batch organizations"
section once per batch of organizations, every "-- @batch engagements" section once per batch of
engagements (@LO..@HI), "-- @once" sections once; one script per batch, numbered in order, into
OUT_DIR. Usage: relationships_expand.py SQL ORGS ENGAGEMENTS BATCH OUT_DIR"""
import os
import re
import sys

path, orgs, engagements, batch, out_dir = (sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]),
                                           sys.argv[5])
sections, name, lines = [], None, []
for line in open(path, encoding="utf-8"):
    m = re.match(r"-- @(batch (\w+)|once)\s*$", line)
    if m:
        if name is not None:
            sections.append((name, "".join(lines)))
        name, lines = (m.group(2) or "once"), []
    elif name is not None:
        lines.append(line)
if name is not None:
    sections.append((name, "".join(lines)))

totals = {"organizations": orgs, "engagements": engagements}
os.makedirs(out_dir, exist_ok=True)
scripts = []
for name, text in sections:
    text = text.replace("@ORGS", str(orgs))
    if name == "once":
        scripts.append(("once", text))
        continue
    for lo in range(1, totals[name] + 1, batch):
        hi = min(lo + batch - 1, totals[name])
        scripts.append((f"{name}-{lo}-{hi}", text.replace("@LO", str(lo)).replace("@HI", str(hi))))
for i, (label, text) in enumerate(scripts):
    with open(os.path.join(out_dir, f"{i:03d}-{label}.sql"), "w", encoding="utf-8") as f:
        f.write(text)
