#!/usr/bin/env python3
"""Times jyston against python3 on the same programs, in the same run.

Each program runs RUNS times under each interpreter, alternating; the median wall time of the
whole process is reported with the ratio python3/jyston (above 1 means jyston is faster) and the
geometric mean of the ratios. Start-up is measured as `-c pass`.

Steady state (`--steady`): a wrapper `exec`s each program's compiled source WARM + ITERS times in
one process (output of the repeats discarded) and times every iteration with `time.perf_counter`
(or `--clock thread_time`: the main thread's CPU time, which a loaded machine disturbs less but
which leaves out GC and JIT threads); the figure is the median of the ITERS timed iterations of
RUNS processes. Start-up, loading and the first WARM iterations (JIT warm-up) are left out.

    python3 bench/harness.py [--runs N] [--jyston PATH] [--steady [--warm W --iters I --clock C]] [PROGRAM.py ...]
"""
import argparse
import math
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def wall(cmd, cwd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    return elapsed, proc


def measure(name, args, jyston, runs, cwd):
    times = {"python3": [], "jyston": []}
    outputs = {}
    for _ in range(runs):
        for label, exe in (("python3", sys.executable), ("jyston", jyston)):
            t, proc = wall([exe] + args, cwd)
            times[label].append(t)
            outputs[label] = (proc.stdout, proc.returncode)
    same = outputs["python3"] == outputs["jyston"]
    py, jy = statistics.median(times["python3"]), statistics.median(times["jyston"])
    return name, py, jy, py / jy, same


WRAPPER = """import sys, time
class _Null:
    def write(self, s):
        return len(s)
    def flush(self):
        pass
_code = compile({src!r}, {path!r}, 'exec')
_clock = time.{clock}
_out = sys.stdout
_times = []
for _i in range({k}):
    _t = _clock()
    exec(_code, {{'__name__': '__main__'}})
    _times.append(_clock() - _t)
    sys.stdout = _Null()
sys.stdout = _out
print(repr(_times[{warm}:]))
"""


def steady(name, path, jyston, runs, warm, iters, clock):
    """Seconds per iteration after warm-up: each process exec's the program WARM + ITERS times and
    times each iteration with its own clock; the median of the timed iterations of RUNS processes."""
    import ast
    import tempfile
    with open(path) as f:
        src = f.read()
    fd, script = tempfile.mkstemp(suffix=".py", prefix="steady-")
    with os.fdopen(fd, "w") as f:
        f.write(WRAPPER.format(src=src, path=path, k=warm + iters, warm=warm, clock=clock))
    samples = {"python3": [], "jyston": []}
    try:
        for _ in range(runs):
            for label, exe in (("python3", sys.executable), ("jyston", jyston)):
                proc = subprocess.run([exe, script], cwd=os.path.dirname(path),
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                if proc.returncode != 0:
                    sys.stderr.write(proc.stderr.decode(errors="replace"))
                    raise SystemExit(f"{name} failed under {label}")
                samples[label].extend(ast.literal_eval(proc.stdout.decode().strip().splitlines()[-1]))
    finally:
        os.unlink(script)
    py, jy = statistics.median(samples["python3"]), statistics.median(samples["jyston"])
    return name, py, jy, py / jy, True


def java_version():
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    out = subprocess.run([java, "-version"], stderr=subprocess.PIPE, text=True).stderr.splitlines()
    return out[1] if len(out) > 1 else out[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--jyston", default=os.path.join(ROOT, "distributions", "target", "jyston", "bin", "jyston"))
    ap.add_argument("--steady", action="store_true", help="per-iteration time after warm-up")
    ap.add_argument("--warm", type=int, default=10, help="steady: iterations before timing")
    ap.add_argument("--iters", type=int, default=10, help="steady: timed iterations per process")
    ap.add_argument("--clock", default="perf_counter", choices=["perf_counter", "thread_time"],
                    help="steady: wall time (default) or the main thread's CPU time")
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    progdir = os.path.join(HERE, "programs")
    programs = a.programs or sorted(os.path.join(progdir, p) for p in os.listdir(progdir) if p.endswith(".py"))
    # warm the class-data-sharing archive so the first timed run is not the one that writes it
    subprocess.run([a.jyston, "-c", "pass"])
    if a.steady:
        rows = [None]
        for p in programs:
            rows.append(steady(os.path.basename(p), p, a.jyston, a.runs, a.warm, a.iters, a.clock))
        print(f"# {time.strftime('%Y-%m-%d')}, {java_version()}, {platform.machine()}, "
              f"{os.cpu_count()} cores, steady state: median of {a.iters} iterations after {a.warm} warm-up "
              f"iterations in one process, {a.runs} processes, clock time.{a.clock}")
        print("| program | python3 (s/iter) | jyston (s/iter) | python3/jyston | same output |")
        print("|---|---:|---:|---:|---|")
        for name, py, jy, ratio, same in rows[1:]:
            print(f"| {name} | {py:.4f} | {jy:.4f} | {ratio:.2f} | (checked in whole-process mode) |")
        ratios = [r[3] for r in rows[1:]]
        if ratios and all(r > 0 for r in ratios):
            gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
            print(f"\ngeometric mean python3/jyston over the programs (steady state): {gm:.2f}")
        return
    rows = [measure("startup (-c pass)", ["-c", "pass"], a.jyston, a.runs, ROOT)]
    for p in programs:
        rows.append(measure(os.path.basename(p), [p], a.jyston, a.runs, os.path.dirname(p)))
    print(f"# {time.strftime('%Y-%m-%d')}, {java_version()}, {platform.machine()}, "
          f"{os.cpu_count()} cores, median of {a.runs} runs, whole process wall time")
    print("| program | python3 (s) | jyston (s) | python3/jyston | same output |")
    print("|---|---:|---:|---:|---|")
    for name, py, jy, ratio, same in rows:
        print(f"| {name} | {py:.3f} | {jy:.3f} | {ratio:.2f} | {'yes' if same else 'NO'} |")
    ratios = [r[3] for r in rows[1:]]
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"\ngeometric mean python3/jyston over the programs: {gm:.2f}")
    if not all(r[4] for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
