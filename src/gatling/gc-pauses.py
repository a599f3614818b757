#!/usr/bin/env python3
"""The collector's pauses between two moments of the app's life, from a GC log written with
-Xlog:gc*=info:file=...:uptime: their count, the share of the time paused, the median and longest young
and full pauses, and the same per minute.

Usage: python3 src/gatling/gc-pauses.py <gc.log> <from s> <to s>   (seconds since the app started)
"""
import re, sys

log, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
pause = re.compile(r'\[(\d+\.\d+)s\] GC\(\d+\) Pause (Young|Full|Remark|Cleanup)\b.* (\d+\.\d+)ms$')
pauses = []
for line in open(log):
    found = pause.match(line)
    if found and start <= float(found.group(1)) <= end:
        pauses.append((float(found.group(1)), found.group(2), float(found.group(3))))

paused = sum(ms for _, _, ms in pauses)
print("collector pauses from %.0f s to %.0f s: %d, %.1f s in all (%.2f %% of the time)"
      % (start, end, len(pauses), paused / 1000, paused / 10 / (end - start)))
for kind in ("Young", "Full", "Remark", "Cleanup"):
    times = sorted(ms for _, k, ms in pauses if k == kind)
    if times:
        print("  %s: %d, median %.0f ms, longest %.0f ms" % (kind, len(times), times[len(times) // 2], times[-1]))
minute = start
while minute < end:
    times = [ms for at, _, ms in pauses if minute <= at < minute + 60]
    if times:
        print("  minute %2d: %3d pauses, mean %3.0f ms, longest %4.0f ms, %.2f %% of the minute"
              % ((minute - start) // 60 + 1, len(times), sum(times) / len(times), max(times), sum(times) / 600))
    minute += 60
