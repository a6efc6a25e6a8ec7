#!/usr/bin/env python3
"""CPython's side of the parse benchmark: ast.parse of every .py file under the paths (default: the
standard library), read into memory first, files that fail left out; prints the median of N passes.
    python3 tools/parse-bench.py [-passes N] [PATH...]"""
import ast, os, statistics, sys, sysconfig, time

args = sys.argv[1:]
passes = 5
if args[:1] == ['-passes']:
    passes, args = int(args[1]), args[2:]
roots = args or [sysconfig.get_path('stdlib')]
files = sorted(os.path.join(d, f) for r in roots for d, _, fs in os.walk(r) for f in fs if f.endswith('.py'))
sources = []
for path in files:
    with open(path, 'rb') as f:
        src = f.read()
    try:
        ast.parse(src)
        sources.append(src)
    except Exception:
        pass
times = []
for i in range(passes):
    t = time.perf_counter()
    for src in sources:
        ast.parse(src)
    times.append(time.perf_counter() - t)
    print('pass %d: %.3fs' % (i, times[-1]))
print('cpython %s: %d files, %d bytes, median of %d passes %.3fs'
      % (sys.version.split()[0], len(sources), sum(map(len, sources)), passes, statistics.median(times)))
