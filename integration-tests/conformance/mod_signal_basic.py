# _signal: handler table, raise_signal running a Python handler, constants and argument errors.
import _signal

print(_signal.SIG_DFL, _signal.SIG_IGN, _signal.NSIG, _signal.SIGINT, _signal.SIGTERM, _signal.SIGKILL)
print(_signal.SIGALRM, _signal.SIGCHLD, _signal.SIGUSR1, _signal.SIGUSR2, _signal.SIGRTMIN, _signal.SIGRTMAX)
print(_signal.SIG_BLOCK, _signal.SIG_UNBLOCK, _signal.SIG_SETMASK, _signal.ITIMER_REAL)
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
print(_signal.getsignal(_signal.SIGPIPE), _signal.getsignal(_signal.SIGTERM), _signal.getsignal(_signal.SIGXFSZ))
print(_signal.default_int_handler)
got = []
def handler(signum, frame):
    got.append(signum)
old = _signal.signal(_signal.SIGUSR1, handler)
print(old, _signal.getsignal(_signal.SIGUSR1) is handler)
_signal.raise_signal(_signal.SIGUSR1)
print(got)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is handler)
_signal.raise_signal(_signal.SIGUSR1)
print(got, _signal.getsignal(_signal.SIGUSR1))
_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL)
_signal.signal(_signal.SIGUSR2, handler)
import posix
posix.kill(posix.getpid(), _signal.SIGUSR2)
print(got)
_signal.signal(_signal.SIGUSR2, _signal.SIG_DFL)
try:
    _signal.raise_signal(_signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt again')
print(_signal.strsignal(_signal.SIGINT), _signal.strsignal(15), _signal.strsignal(34), _signal.strsignal(64),
      _signal.strsignal(32))
v = _signal.valid_signals()
print(type(v).__name__, len(v), 32 in v, 1 in v, 64 in v)
print(_signal.set_wakeup_fd(-1), _signal.siginterrupt(_signal.SIGUSR1, True))
print(_signal.pthread_sigmask(_signal.SIG_BLOCK, []), _signal.alarm(0))
for call in ['_signal.signal(99, _signal.SIG_DFL)', '_signal.signal(9, _signal.SIG_DFL)',
             '_signal.signal(2, 5)', '_signal.signal(2)', '_signal.getsignal(0)', '_signal.raise_signal(99)',
             '_signal.strsignal(0)', '_signal.alarm("a")', '_signal.siginterrupt(99, 1)',
             '_signal.pthread_sigmask(5, [])', '_signal.default_int_handler()']:
    try:
        eval(call)
    except (TypeError, ValueError, OSError) as e:
        print(call, '->', type(e).__name__, e)
