#!/usr/bin/env python3
"""Times jyston against python3 on the same programs, in the same run.

Each program runs RUNS times under each interpreter, alternating; the median wall time of the
whole process is reported with the ratio python3/jyston (above 1 means jyston is faster) and the
geometric mean of the ratios. Start-up is measured as `-c pass`.

    python3 bench/harness.py [--runs N] [--jyston PATH] [PROGRAM.py ...]
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


def java_version():
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    out = subprocess.run([java, "-version"], stderr=subprocess.PIPE, text=True).stderr.splitlines()
    return out[1] if len(out) > 1 else out[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--jyston", default=os.path.join(ROOT, "distributions", "target", "jyston", "bin", "jyston"))
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    progdir = os.path.join(HERE, "programs")
    programs = a.programs or sorted(os.path.join(progdir, p) for p in os.listdir(progdir) if p.endswith(".py"))
    # warm the class-data-sharing archive so the first timed run is not the one that writes it
    subprocess.run([a.jyston, "-c", "pass"])
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
