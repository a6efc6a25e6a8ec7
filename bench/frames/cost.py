#!/usr/bin/env python3
"""What frame support costs call-heavy code (issue 8): the same programs under two Jyston builds.

Each program runs RUNS times under each build, alternating; reported are the medians of whole-process
wall time and CPU time (user + sys of the process and its threads, from wait4). Build the two
distributions from the commits to compare (e.g. `git worktree add /tmp/before <commit>` then
`mvn -q -o package -DskipTests` there), then:

    python3 bench/frames/cost.py BEFORE/bin/jyston AFTER/bin/jyston [--runs 7]
"""
import argparse, os, statistics, subprocess, tempfile, time

PROGRAMS = {
    "fib(32)": """def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(32))
""",
    "3 M calls": """def f(a, b):
    c = a + b
    return c - 1
def run(n):
    t = 0
    i = 0
    while i < n:
        t = f(t, i)
        i += 1
    return t
print(run(3000000))
""",
    "1 M method calls": """class C:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n += k
        return self.n
def run(n):
    c = C()
    for i in range(n):
        c.bump(1)
    return c.n
print(run(1000000))
""",
}


def once(exe, path):
    t = time.perf_counter()
    p = subprocess.Popen([exe, path], stdout=subprocess.PIPE)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    return time.perf_counter() - t, ru.ru_utime + ru.ru_stime, out, status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    print("| program | before wall (s) | after wall (s) | before CPU (s) | after CPU (s) |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in PROGRAMS.items():
            path = os.path.join(tmp, "p.py")
            with open(path, "w") as f:
                f.write(src)
            res = {"before": [], "after": []}
            outs = set()
            for _ in range(a.runs):
                for label in ("before", "after"):
                    w, c, out, status = once(getattr(a, label), path)
                    if status != 0:
                        raise SystemExit(f"{name} failed under {label}")
                    outs.add(out)
                    res[label].append((w, c))
            if len(outs) != 1:
                raise SystemExit(f"{name}: the builds disagree: {outs}")
            med = {k: (statistics.median(x[0] for x in v), statistics.median(x[1] for x in v))
                   for k, v in res.items()}
            bw, bc = med["before"]
            aw, ac = med["after"]
            print(f"| {name} | {bw:.2f} | {aw:.2f} ({(aw / bw - 1) * 100:+.0f} %) | {bc:.2f} | "
                  f"{ac:.2f} ({(ac / bc - 1) * 100:+.0f} %) |")


if __name__ == "__main__":
    main()
