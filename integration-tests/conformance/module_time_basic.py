# The time module's clocks and sleep: types, monotonicity, and CPython's errors.
import time

names = ["time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns",
         "process_time", "process_time_ns", "thread_time", "thread_time_ns", "sleep"]
for n in names:
    print(n, type(getattr(time, n)).__name__)
for n in ["time", "perf_counter", "monotonic", "process_time", "thread_time"]:
    print(n, type(getattr(time, n)()).__name__, type(getattr(time, n + "_ns")()).__name__)
a = time.monotonic()
b = time.monotonic()
print("monotonic", b >= a)
t0 = time.perf_counter_ns()
time.sleep(0.01)
time.sleep(0)
time.sleep(True)
print("slept", time.perf_counter_ns() - t0 >= 10_000_000 + 1_000_000_000)
print("epoch", time.time() > 1.7e9, time.time_ns() > 1.7e18)
for bad in (-1, -0.5, "1", None, float("nan")):
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print("TypeError", e)
