#!/usr/bin/env python3
"""The raise benchmark: cost of one raise-and-catch through F frames with N functions loaded,
under python3 and under jyston with each unwinder strategy.

Generates the programs (gen.py), then for each F x N runs, alternating, `python3 P K` and
`jyston P K` with JYSTON_JAVA_OPTS=-Djyston.unwinder=S for each strategy S, for K = 0 (start-up and
loading only), M/2 and M iterations, RUNS times each, and takes medians T(K). Two costs of one raise:

  from start  (T(M) - T(0)) / M            everything after loading, JIT warm-up included
  steady      (T(M) - T(M/2)) / (M/2)      the second half of the loop only: warm-up cancels out

Both the process's CPU time (user + sys, from wait4; steadier on a loaded machine) and its wall
time are measured. Prints markdown tables.

    python3 bench/raise/run.py [--runs 3] [--scale 1.0] [--jyston PATH]
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

STRATEGIES = ("linked", "deferred")
# iterations per F: several seconds of raising at jyston's tier-0 speed, about one at CPython's
ITERATIONS = {1: 2_000_000, 10: 600_000, 50: 150_000}


def run_once(cmd, env):
    """(cpu seconds, wall seconds, stdout) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit("failed (%d): %s\n%s" % (proc.returncode, " ".join(cmd), err.decode()))
    return usage.ru_utime + usage.ru_stime, wall, out.decode()


def java_version():
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    out = subprocess.run([java, "-version"], stderr=subprocess.PIPE, text=True).stderr.splitlines()
    return out[1] if len(out) > 1 else out[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies the iteration counts")
    ap.add_argument("--jyston", default=os.path.join(ROOT, "distributions", "target", "jyston", "bin", "jyston"))
    a = ap.parse_args()
    progdir = gen.main()
    runtimes = [("python3", [sys.executable], dict(os.environ))]
    for s in STRATEGIES:
        env = dict(os.environ)
        env["JYSTON_JAVA_OPTS"] = (env.get("JYSTON_JAVA_OPTS", "") + " -Djyston.unwinder=" + s).strip()
        runtimes.append(("jyston " + s, [a.jyston], env))
    subprocess.run([a.jyston, "-c", "pass"])  # writes the class-data-sharing archive if missing
    began = time.time()
    per_raise = {}  # (runtime, F, N) -> (cpu us, wall us)
    for f in gen.FRAMES:
        m = max(1, int(ITERATIONS[f] * a.scale))
        for n in gen.LOADED:
            prog = os.path.join(progdir, "raise_%d_%d.py" % (f, n))
            half = m // 2
            levels = (0, half, m)
            samples = {(name, k): [] for name, _, _ in runtimes for k in levels}
            for _ in range(a.runs):
                for name, cmd, env in runtimes:
                    for k in levels:
                        cpu, wall, out = run_once(cmd + [prog, str(k)], env)
                        if out.split()[-1] != str(k):
                            raise SystemExit("%s %s %d: unexpected output %r" % (name, prog, k, out))
                        samples[(name, k)].append((cpu, wall))
            for name, _, _ in runtimes:
                med = {k: (statistics.median(c for c, _ in samples[(name, k)]),
                           statistics.median(w for _, w in samples[(name, k)])) for k in levels}
                costs = []
                for lo in (0, half):
                    for which in (0, 1):
                        costs.append((med[m][which] - med[lo][which]) / (m - lo) * 1e6)
                per_raise[(name, f, n)] = costs  # start cpu, start wall, steady cpu, steady wall
                print("%-16s F=%-3d N=%-6d M=%-8d from start %8.3f cpu %8.3f wall; steady %8.3f cpu %8.3f wall us/raise"
                      % ((name, f, n, m) + tuple(costs)), file=sys.stderr, flush=True)
    elapsed = time.time() - began
    load = os.getloadavg()
    print("Measured %s on %s (%d cores, load average %.1f at the end), %s, python3 %s; median of %d, %.0f s in all."
          % (time.strftime("%Y-%m-%d"), platform.machine(), os.cpu_count(), load[0], java_version(),
             platform.python_version(), a.runs, elapsed))
    tables = ((2, "steady (second half of the loop), CPU time (user + sys)"),
              (0, "from start (whole loop, JIT warm-up included), CPU time (user + sys)"),
              (3, "steady, wall time"), (1, "from start, wall time"))
    for which, label in tables:
        print()
        print("µs per raise-and-catch, %s:" % label)
        print()
        print("| runtime | frames | " + " | ".join("N = %s" % format(n, ",") for n in gen.LOADED)
              + " | max/min over N | / python3 (N = 10,000) |")
        print("|---|---:|" + "---:|" * len(gen.LOADED) + "---:|---:|")
        for name, _, _ in runtimes:
            for f in gen.FRAMES:
                vals = [per_raise[(name, f, n)][which] for n in gen.LOADED]
                ref = per_raise[("python3", f, gen.LOADED[-1])][which]
                spread = max(vals) / min(vals) if min(vals) > 0 else float("nan")
                print("| %s | %d | %s | %.2f | %.2f |" % (name, f, " | ".join("%.3f" % v for v in vals), spread,
                                                        vals[-1] / ref if ref > 0 else float("nan")))

if __name__ == "__main__":
    main()
