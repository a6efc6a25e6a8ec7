# A SIGTERM handler that exits: the process ends with the handler's status, as with CPython.
import _signal
import posix
import time

def stop(signum, frame):
    print('stopping on', signum)
    raise SystemExit(3)

_signal.signal(_signal.SIGTERM, stop)
posix.system('kill -TERM %d' % posix.getpid())
time.sleep(10)
print('not reached')
