#!/usr/bin/env python3
"""Raise-and-catch cost after warm-up, timed inside the program with time.perf_counter.

For F frames in {1, 10, 50} and N loaded functions in {10, 1000, 10000}: the program defines and
calls N small functions, then times ROUNDS rounds of M raise-and-catch iterations and prints the
median of the later rounds' microseconds per raise (the first rounds warm up the JIT; each cell
is the median over --runs processes; --clock thread_time
counts the thread's CPU time instead of wall time, which other processes disturb less). Runs python3 and jyston
(each unwinder strategy) on the same programs.

    python3 bench/raise/steady.py [--jyston PATH] [--rounds 16] [--runs 3] [--frames 1 10] [--loaded 10]
                                  [--runtimes python3 linked] [--methods]
"""
import argparse, os, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
M = {1: 100000, 10: 30000, 50: 8000}


def program(frames, loaded, rounds, clock="perf_counter", methods=False):
    out = ["import time"]
    out += ["def fn_%d(x):\n    return x + %d" % (i, i) for i in range(loaded)]
    out.append("loaded = 0")
    out += ["loaded += fn_%d(1)" % i for i in range(loaded)]
    if methods:  # the chain as methods of one object: obj.m(i) calls
        out.append("class Chain:\n    def chain_1(self, i):\n        raise ValueError(i)")
        out += ["    def chain_%d(self, i):\n        self.chain_%d(i)" % (k, k - 1) for k in range(2, frames + 1)]
        out.append("chain = Chain()")
    else:
        out.append("def chain_1(i):\n    raise ValueError(i)")
        out += ["def chain_%d(i):\n    chain_%d(i)" % (k, k - 1) for k in range(2, frames + 1)]
    out.append("""def run(m):
    caught = 0
    for i in range(m):
        try:
            """ + ("chain." if methods else "") + """chain_%d(i)
        except ValueError:
            caught += 1
    return caught
times = []
for r in range(%d):
    t = time.%s()
    run(%d)
    times.append((time.%s() - t) / %d * 1e6)
times = sorted(times[len(times) // 2:])
print(times[len(times) // 2])""" % (frames, rounds, clock, M[frames], clock, M[frames]))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jyston", default=os.path.join(ROOT, "distributions", "target", "jyston", "bin", "jyston"))
    ap.add_argument("--rounds", type=int, default=16)
    ap.add_argument("--runs", type=int, default=3, help="processes per cell; the cell is their median")
    ap.add_argument("--frames", type=int, nargs="+", default=[1, 10, 50], choices=sorted(M),
                    help="subset of frame counts to run")
    ap.add_argument("--loaded", type=int, nargs="+", default=[10, 1000, 10000], help="loaded-function counts N")
    ap.add_argument("--runtimes", nargs="+", default=["python3", "linked", "deferred"],
                    help="subset of python3, linked, deferred")
    ap.add_argument("--clock", default="perf_counter", choices=["perf_counter", "thread_time"],
                    help="thread_time: CPU time of the running thread, steadier on a loaded machine")
    ap.add_argument("--methods", action="store_true", help="the chain is method calls (obj.m(i)), not function calls")
    a = ap.parse_args()
    runtimes = [("python3", [sys.executable], {}),
                ("jyston linked", [a.jyston], {"JYSTON_JAVA_OPTS": "-Djyston.unwinder=linked"}),
                ("jyston deferred", [a.jyston], {"JYSTON_JAVA_OPTS": "-Djyston.unwinder=deferred"})]
    runtimes = [r for r in runtimes if r[0].split()[-1] in a.runtimes]
    print("| runtime | frames | %s | max/min over N |" % " | ".join("N = {:,}".format(n) for n in a.loaded))
    print("|---|---:|%s---:|" % ("---:|" * len(a.loaded)))
    with tempfile.TemporaryDirectory() as tmp:
        for label, cmd, env in runtimes:
            for f in a.frames:
                row = []
                for n in a.loaded:
                    path = os.path.join(tmp, "raise_%d_%d.py" % (f, n))
                    with open(path, "w") as fh:
                        fh.write(program(f, n, a.rounds, a.clock, a.methods))
                    runs = []
                    for _ in range(a.runs):
                        p = subprocess.run(cmd + [path], capture_output=True, text=True, env={**os.environ, **env})
                        if p.returncode != 0:
                            raise SystemExit(label + " failed: " + p.stderr[-2000:])
                        runs.append(float(p.stdout.strip()))
                    row.append(statistics.median(runs))
                print("| %s | %d | %s | %.2f |" % (label, f, " | ".join("%.3f" % x for x in row), max(row) / min(row)))
                sys.stdout.flush()


if __name__ == "__main__":
    main()
