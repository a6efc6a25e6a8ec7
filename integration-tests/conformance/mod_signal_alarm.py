# _signal.alarm: SIGALRM reaches a Python handler after the delay; alarm(0) cancels and reports what was left.
import _signal
import time

got = []
_signal.signal(_signal.SIGALRM, lambda signum, frame: got.append(signum))
print(_signal.alarm(1))
deadline = time.monotonic() + 10
while not got and time.monotonic() < deadline:
    time.sleep(0.01)
print(got)
print(_signal.alarm(100), _signal.alarm(0), _signal.alarm(0))
