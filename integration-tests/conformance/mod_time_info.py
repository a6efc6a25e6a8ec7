# time zone facts' types, get_clock_info, clock_gettime and the CLOCK_* constants.
import time

print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__,
      type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
print(time.timezone - time.altzone in (0, 3600, -3600, 1800, 7200))
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, type(info.resolution).__name__)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
      time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5, type(time.clock_gettime_ns(0)).__name__)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.clock_gettime(time.CLOCK_MONOTONIC)
print(b >= a, time.clock_getres(time.CLOCK_MONOTONIC) > 0)
print(time.tzset())
for call in ['time.get_clock_info("x")', 'time.get_clock_info(1)', 'time.clock_gettime(99)', 'time.clock_gettime()']:
    try:
        print(call, '->', eval(call))
    except (TypeError, ValueError, OSError) as e:
        print(call, '->', type(e).__name__, e)
