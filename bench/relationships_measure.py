#!/usr/bin/env python3
"""Times the relationships pages and APIs of a running Liaison instance, one client, sequentially.

Signs in as a staff user (pages through the session, APIs through a personal token it creates),
warms every endpoint up, then times each one and writes the figures as JSON. Standard library only.
Usage: relationships_measure.py BASE_URL USER PASSWORD LABEL OUT.json [RUNS] [WARMUP]
"""
import http.cookiejar
import json
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

base, user, password, label, out = sys.argv[1:6]
runs = int(sys.argv[6]) if len(sys.argv) > 6 else 30
warmup = int(sys.argv[7]) if len(sys.argv) > 7 else 5

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def fetch(path, headers=None, data=None, method=None):
    request = urllib.request.Request(base + path, data=data, headers=headers or {}, method=method)
    try:
        with opener.open(request, timeout=300) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def csrf(html):
    m = re.search(rb'name="_csrf" (?:value|content)="([^"]+)"', html) or re.search(rb'content="([^"]+)"[^>]*name="_csrf"', html)
    return m.group(1).decode() if m else None


status, page = fetch("/login")
token = csrf(page)
status, _ = fetch("/login", data=urllib.parse.urlencode({"username": user, "password": password, "_csrf": token}).encode())
status, page = fetch("/relationships")
assert status == 200, f"sign-in as {user} failed: /relationships answered {status}"
meta = re.search(rb'<meta name="_csrf" content="([^"]+)"', page).group(1).decode()
status, body = fetch("/api/v1/me/tokens", headers={"Content-Type": "application/json", "X-CSRF-TOKEN": meta},
                     data=json.dumps({"name": "bench-" + str(time.time_ns())}).encode(), method="POST")
assert status == 201, f"token: {status} {body[:200]}"
secret = json.loads(body)["token"]
bearer = {"Authorization": "Bearer " + secret, "Accept": "application/json"}

endpoints = [
    ("baseline: health", "/actuator/health", {}),
    ("baseline: API who am I", "/api/v1/me", bearer),
    ("board page", "/relationships", {}),
    ("board page, country JP", "/relationships?country=JP", {}),
    ("board page, kind and owner", "/relationships?kind=UNIVERSITY&country=DE", {}),
    ("board: more cards of a column", "/relationships/column?stage=PROSPECT&offset=25", {}),
    ("table page, by name", "/relationships/table?sort=NAME", {}),
    ("table page, by next step desc, DE, page 4", "/relationships/table?sort=DUE&dir=desc&country=DE&page=3", {}),
    ("board page, technology area", "/relationships?area=Bench%20area%203", {}),
    ("table page, technology area, by name", "/relationships/table?sort=NAME&area=Bench%20area%203", {}),
    ("coverage page", "/coverage", {}),
    ("API list relationships", "/api/v1/relationships?size=50", bearer),
    ("API list, JP prospects", "/api/v1/relationships?country=JP&stage=PROSPECT&size=50", bearer),
    ("API list, technology area", "/api/v1/relationships?area=Bench%20area%203&size=50", bearer),
    ("API coverage", "/api/v1/coverage", bearer),
    ("API coverage charts", "/api/v1/coverage/charts", bearer),
]

results = []
for name, path, headers in endpoints:
    for _ in range(warmup):
        fetch(path, headers)
    times = []
    size = 0
    codes = set()
    for _ in range(runs):
        start = time.perf_counter()
        status, body = fetch(path, headers)
        times.append((time.perf_counter() - start) * 1000)
        size = len(body)
        codes.add(status)
    times.sort()
    results.append({
        "name": name, "path": path, "statuses": sorted(codes), "bytes": size, "runs": runs,
        "p50": statistics.median(times), "p95": times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))],
        "mean": statistics.fmean(times), "max": times[-1],
    })
    print(f"{label:8} {name:45} p50 {results[-1]['p50']:8.1f} ms  p95 {results[-1]['p95']:8.1f} ms  {sorted(codes)}",
          flush=True)

with open(out, "w") as f:
    json.dump({"label": label, "results": results}, f, indent=1)
