#!/usr/bin/env python3
"""Prints a Gatling report's figures per request as a Markdown table: count, failed, rps, p50/p95/p99.

Usage: python3 src/gatling/figures.py [target/gatling/<run>]   (default: the latest run)
"""
import glob, os, re, sys

run = sys.argv[1] if len(sys.argv) > 1 else max(glob.glob("target/gatling/*/"), key=os.path.getmtime)
text = open(os.path.join(run, "js", "stats.js")).read()

def field(block, name):
    found = re.search(r'"%s": \{\s*"total": "([^"]*)",\s*"ok": "([^"]*)",\s*"ko": "([^"]*)"' % name, block)
    return found.groups() if found else ("-", "-", "-")

print("| request | count | failed | req/s | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|---|---|")
for block in re.split(r'(?=stats: \{\s*"name": )', text)[1:]:
    name = re.search(r'"name": "([^"]*)"', block).group(1)
    count = field(block, "numberOfRequests")
    print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (name, count[0], count[2],
          field(block, "meanNumberOfRequestsPerSecond")[0], field(block, "percentiles1")[1],
          field(block, "percentiles3")[1], field(block, "percentiles4")[1], field(block, "maxResponseTime")[1]))
