#!/usr/bin/env python3
"""Attribute and method-call speed: CPython against Jyston under each layout.

    python3 bench/layout/speed.py [--runs N] [--jyston PATH]

Runs attr_rw.py, method_call.py and create_objects.py under python3, `jyston` with
-Djyston.layout=shape and with -Djyston.layout=dict, alternating, RUNS times each (default 5), and
reports the median wall time and the median CPU time (user + system, all threads) of the
whole process, minus that of `-c pass` (start-up). CPU time is what to compare on a shared machine:
other processes inflate wall time, much less CPU time. Outputs must agree with CPython's.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = ["attr_rw.py", "method_call.py", "create_objects.py"]


def run(cmd, env):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=HERE)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    return wall, out, err, proc.returncode


def timed(cmd, env):
    """Wall and CPU seconds of one run; CPU from the children's rusage delta."""
    before = os.times()
    wall, out, err, rc = run(cmd, env)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, out, rc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jyston", default=os.path.join(ROOT, "distributions", "target", "jyston", "bin", "jyston"))
    a = ap.parse_args()
    envs = {"python3": None}
    for layout in ("shape", "dict"):
        env = dict(os.environ)
        env["JYSTON_JAVA_OPTS"] = (env.get("JYSTON_JAVA_OPTS", "") + " -Djyston.layout=" + layout).strip()
        envs["jyston " + layout] = env
    subprocess.run([a.jyston, "-c", "pass"])
    rows = {}
    for prog in ["-c pass"] + PROGRAMS:
        args = ["-c", "pass"] if prog == "-c pass" else [os.path.join(HERE, prog)]
        samples = {k: [] for k in envs}
        outputs = {}
        for _ in range(a.runs):
            for label, env in envs.items():
                exe = sys.executable if label == "python3" else a.jyston
                wall, cpu, out, rc = timed([exe] + args, env)
                samples[label].append((wall, cpu))
                outputs[label] = (out, rc)
        same = len(set(outputs.values())) == 1
        rows[prog] = ({k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
                       for k, v in samples.items()}, same)
    java = subprocess.run(["java", "-version"], stderr=subprocess.PIPE, text=True).stderr.splitlines()
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, {java[1] if len(java) > 1 else java[0]}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}, median of {a.runs} runs; seconds, start-up (-c pass) subtracted")
    print("| program | python3 wall / cpu | jyston shape wall / cpu | jyston dict wall / cpu "
          "| dict/shape cpu | python3/shape cpu | same output |")
    print("|---|---:|---:|---:|---:|---:|---|")
    base = rows["-c pass"][0]
    for prog in PROGRAMS:
        m, same = rows[prog]
        net = {k: (m[k][0] - base[k][0], m[k][1] - base[k][1]) for k in m}
        cell = lambda k: f"{net[k][0]:.2f} / {net[k][1]:.2f}"
        print(f"| {prog} | {cell('python3')} | {cell('jyston shape')} | {cell('jyston dict')} "
              f"| {net['jyston dict'][1] / net['jyston shape'][1]:.2f} "
              f"| {net['python3'][1] / net['jyston shape'][1]:.2f} | {'yes' if same else 'NO'} |")
    print("start-up (-c pass) wall / cpu: " + ", ".join(f"{k} {v[0]:.2f} / {v[1]:.2f}" for k, v in base.items()))


if __name__ == "__main__":
    main()
