#!/usr/bin/env python3
"""Times a command against its floor as whole processes, in turn (A B A B …) after a
warm-up, so that a drift of the machine's speed moves both. Prints, for each, the
minimum / median / maximum of wall time, CPU time (user + system) and peak resident
memory, and the ratio A/B of wall and CPU pair by pair. Output goes to /dev/null.

    pair.py [-n RUNS] [--warmup N] LABEL 'COMMAND A' 'FLOOR B'

Each command is one string run by `sh -c` (both sides pay the same shell start-up).
"""

import argparse
import os
import statistics
import subprocess
import time


def run(cmd):
    start = time.perf_counter()
    p = subprocess.Popen(["sh", "-c", cmd], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, p.returncode


def fmt(values, unit):
    lo, med, hi = min(values), statistics.median(values), max(values)
    if unit == "s":
        return f"{med * 1000:9.1f} ms (min {lo * 1000:.1f}, max {hi * 1000:.1f})"
    if unit == "MB":
        return f"{med:7.1f} MB (min {lo:.1f}, max {hi:.1f})"
    return f"{med:6.2f}× (min {lo:.2f}, max {hi:.2f})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=7)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("label")
    ap.add_argument("a")
    ap.add_argument("b")
    args = ap.parse_args()
    for _ in range(args.warmup):
        run(args.a)
        run(args.b)
    a, b = [], []
    for _ in range(args.n):
        a.append(run(args.a))
        b.append(run(args.b))
    load = open("/proc/loadavg").read().split()[:3]
    print(f"== {args.label}: {args.n} runs each, load {' '.join(load)}")
    for name, rs in (("hoshi", a), ("floor", b)):
        codes = sorted({r[3] for r in rs})
        print(f"  {name} wall {fmt([r[0] for r in rs], 's')}  cpu {fmt([r[1] for r in rs], 's')}"
              f"  peak {fmt([r[2] for r in rs], 'MB')}  exit {codes}")
    print(f"  ratio wall {fmt([x[0] / y[0] for x, y in zip(a, b)], 'x')}"
          f"  cpu {fmt([x[1] / max(y[1], 1e-9) for x, y in zip(a, b)], 'x')}")


if __name__ == "__main__":
    main()
