#!/usr/bin/env python3
"""Raise-and-catch cost after warm-up, timed inside the program with time.perf_counter.

For F frames in {1, 10, 50} and N loaded functions in {10, 1000, 10000}: the program defines and
calls N small functions, then times ROUNDS rounds of M raise-and-catch iterations and prints the
median round's microseconds per raise (the first rounds warm up the JIT). Runs python3 and jyston
(each unwinder strategy) on the same programs.

    python3 bench/raise/steady.py [--jyston PATH] [--rounds 7]
"""
import argparse, os, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
M = {1: 100000, 10: 30000, 50: 8000}


def program(frames, loaded, rounds):
    out = ["import time"]
    out += ["def fn_%d(x):\n    return x + %d" % (i, i) for i in range(loaded)]
    out.append("loaded = 0")
    out += ["loaded += fn_%d(1)" % i for i in range(loaded)]
    out.append("def chain_1(i):\n    raise ValueError(i)")
    out += ["def chain_%d(i):\n    chain_%d(i)" % (k, k - 1) for k in range(2, frames + 1)]
    out.append("""def run(m):
    caught = 0
    for i in range(m):
        try:
            chain_%d(i)
        except ValueError:
            caught += 1
    return caught
times = []
for r in range(%d):
    t = time.perf_counter()
    run(%d)
    times.append((time.perf_counter() - t) / %d * 1e6)
times = sorted(times[len(times) // 2:])
print(times[len(times) // 2])""" % (frames, rounds, M[frames], M[frames]))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jyston", default=os.path.join(ROOT, "distributions", "target", "jyston", "bin", "jyston"))
    ap.add_argument("--rounds", type=int, default=8)
    a = ap.parse_args()
    runtimes = [("python3", [sys.executable], {}),
                ("jyston linked", [a.jyston], {"JYSTON_JAVA_OPTS": "-Djyston.unwinder=linked"}),
                ("jyston deferred", [a.jyston], {"JYSTON_JAVA_OPTS": "-Djyston.unwinder=deferred"})]
    print("| runtime | frames | N = 10 | N = 1,000 | N = 10,000 | max/min over N |")
    print("|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for label, cmd, env in runtimes:
            for f in (1, 10, 50):
                row = []
                for n in (10, 1000, 10000):
                    path = os.path.join(tmp, "raise_%d_%d.py" % (f, n))
                    with open(path, "w") as fh:
                        fh.write(program(f, n, a.rounds))
                    p = subprocess.run(cmd + [path], capture_output=True, text=True, env={**os.environ, **env})
                    if p.returncode != 0:
                        raise SystemExit(label + " failed: " + p.stderr[-2000:])
                    row.append(float(p.stdout.strip()))
                print("| %s | %d | %s | %.2f |" % (label, f, " | ".join("%.3f" % x for x in row), max(row) / min(row)))
                sys.stdout.flush()


if __name__ == "__main__":
    main()
