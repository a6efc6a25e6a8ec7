#!/usr/bin/env python3
"""Bytes per instance of a class with four attributes: Jyston under each layout, and CPython.

    python3 bench/layout/memory.py [N] [--jyston PATH]      (N defaults to 1,000,000)

Jyston: memory_program.py runs under the `jyston` command with -Djyston.layout=<layout>; the live heap
is read with `jcmd <pid> GC.class_histogram` (which runs a full GC first) once before the N instances
are made and once after, and the N references of the list holding them (4 bytes each with
compressed references) are subtracted. CPython: the same program measures itself with tracemalloc,
leaving out the list in the same way.
"""
import argparse
import os
import platform
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAM = os.path.join(HERE, "memory_program.py")


def live_heap(pid):
    out = subprocess.run(["jcmd", str(pid), "GC.class_histogram"], stdout=subprocess.PIPE, text=True,
                         check=True).stdout
    for line in reversed(out.splitlines()):
        if line.startswith("Total"):
            return int(line.split()[2])
    raise RuntimeError("no histogram total in:\n" + out)


def java_pid(pid):
    """The JVM's pid: the launcher script execs java, or runs it as a child on its first run."""
    kids = subprocess.run(["pgrep", "-P", str(pid)], stdout=subprocess.PIPE, text=True).stdout.split()
    return int(kids[0]) if kids else pid


def jyston(exe, layout, n):
    env = dict(os.environ)
    env["JYSTON_JAVA_OPTS"] = (env.get("JYSTON_JAVA_OPTS", "") + " -Djyston.layout=" + layout).strip()
    proc = subprocess.Popen([exe, PROGRAM, str(n)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=env)
    try:
        assert proc.stdout.readline().strip() == "base"
        pid = java_pid(proc.pid)
        base = live_heap(pid)
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "ready"
        full = live_heap(pid)
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == str(n)
    finally:
        proc.stdin.close()
        proc.wait(60)
    return (full - base - 4 * n) / n


def cpython(n):
    out = subprocess.run([sys.executable, PROGRAM, str(n), "--tracemalloc"], stdout=subprocess.PIPE, text=True,
                         check=True).stdout
    return float(out.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=1_000_000)
    ap.add_argument("--jyston", default=os.path.join(ROOT, "distributions", "target", "jyston", "bin", "jyston"))
    args = ap.parse_args()
    subprocess.run([args.jyston, "-c", "pass"], check=True)  # writes the CDS archive on a first run
    java = subprocess.run(["java", "-version"], stderr=subprocess.PIPE, text=True).stderr.splitlines()
    print(f"{args.n:,} instances of a class with four attributes; {platform.python_implementation()} "
          f"{platform.python_version()}; {java[1] if len(java) > 1 else java[0]}; {os.cpu_count()} cores")
    print(f"{'runtime':24} {'bytes/instance':>15}")
    results = {}
    for layout in ("shape", "dict"):
        results[layout] = jyston(args.jyston, layout, args.n)
        print(f"{'jyston, ' + layout + ' layout':24} {results[layout]:15.1f}", flush=True)
    cp = cpython(args.n)
    print(f"{'CPython ' + platform.python_version():24} {cp:15.1f}")
    print(f"shape / CPython = {results['shape'] / cp:.2f}, dict / shape = {results['dict'] / results['shape']:.2f}")


if __name__ == "__main__":
    main()
