# Signals sent from outside the process (a shell's kill): a Python handler runs, SIG_IGN ignores.
import _signal
import posix
import time

got = []
def handler(signum, frame):
    got.append(signum)

pid = posix.getpid()
_signal.signal(_signal.SIGUSR1, handler)
print(posix.system('kill -USR1 %d' % pid))
deadline = time.monotonic() + 10
while not got and time.monotonic() < deadline:
    time.sleep(0.01)
print(got)
_signal.signal(_signal.SIGINT, _signal.SIG_IGN)
print(posix.system('kill -INT %d' % pid))
time.sleep(0.2)
print('still here')
_signal.signal(_signal.SIGINT, _signal.default_int_handler)
_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL)
print(_signal.getsignal(_signal.SIGUSR1), _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
