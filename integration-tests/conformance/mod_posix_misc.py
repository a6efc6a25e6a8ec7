# Process facts and small functions of posix: ids, uname, times, fspath, strerror, wait statuses, environ.
import posix

print(type(posix.getpid()).__name__, posix.getpid() > 0, posix.getppid() > 0, posix.getpid() != posix.getppid())
print([type(f()).__name__ for f in (posix.getuid, posix.geteuid, posix.getgid, posix.getegid)])
u = posix.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, u[0] == u.sysname, posix.uname_result.__match_args__)
print(all(isinstance(x, str) for x in u))
t = posix.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.elapsed == t[4], t.user >= 0)
print(type(posix.cpu_count()).__name__, posix.cpu_count() >= 1)
print(len(posix.urandom(0)), len(posix.urandom(17)), type(posix.urandom(3)).__name__)
print(posix.strerror(0), posix.strerror(2), posix.strerror(13), posix.strerror(99999), posix.strerror(-1))
print([posix.WIFEXITED(s) for s in (0, 256, 9, 0x7f, 0x137f, 0xffff, 0x89)])
print([posix.WEXITSTATUS(s) for s in (0, 256, 9, 0x7f, 0x137f, 0xffff, 0x89)])
print([posix.WIFSIGNALED(s) for s in (0, 256, 9, 0x7f, 0x137f, 0xffff, 0x89)])
print([posix.WTERMSIG(s) for s in (0, 256, 9, 0x7f, 0x137f, 0xffff, 0x89)])
print([posix.WIFSTOPPED(s) for s in (0, 256, 9, 0x7f, 0x137f, 0xffff, 0x89)])
print([posix.WSTOPSIG(s) for s in (0, 256, 9, 0x7f, 0x137f, 0xffff, 0x89)])
print([posix.WCOREDUMP(s) for s in (0, 256, 9, 0x7f, 0x137f, 0xffff, 0x89)])
print([posix.WIFCONTINUED(s) for s in (0, 256, 9, 0x7f, 0x137f, 0xffff, 0x89)])
print(posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9), posix.WIFEXITED(status=0))
print(posix.fspath('a'), posix.fspath(b'b'))
class P:
    def __fspath__(self):
        return 'from-P'
class Bad:
    def __fspath__(self):
        return 1
print(posix.fspath(P()), posix.fspath(path=P()))
for call in ['posix.fspath(1)', 'posix.fspath(Bad())', 'posix.stat(Bad())', 'posix.strerror("a")',
             'posix.urandom(-1)', 'posix.kill(1)', 'posix.umask()', 'posix.getcwd(1)', 'posix.WIFEXITED()',
             'posix.putenv("a=b", "c")', 'posix.putenv("", "c")', 'posix.putenv(1, "a")', 'posix.unsetenv("a=b")',
             'posix.kill(posix.getpid(), 99)']:
    try:
        eval(call)
    except (TypeError, ValueError, OSError) as e:
        print(call, '->', type(e).__name__, e)
try:
    posix.stat(P())
except FileNotFoundError as e:
    print(e)
print(posix.kill(posix.getpid(), 0))
env = posix.environ
print(type(env).__name__, all(type(k) is bytes and type(v) is bytes for k, v in env.items()), b'PATH' in env)
posix.putenv('JYSTON_TEST_VAR', 'value')
posix.unsetenv('JYSTON_TEST_VAR')
print(type(posix._have_functions).__name__, posix.error is OSError)
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND)
print(posix.EX_OK, posix.WNOHANG, posix.TMP_MAX, posix.NGROUPS_MAX)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, posix.terminal_size.__module__, posix.times_result.__module__)
print(posix.device_encoding(99999), posix.isatty(99999))
try:
    posix.get_terminal_size(99999)
except OSError as e:
    print(e)
print(posix.system('exit 3'), posix.WEXITSTATUS(posix.system('exit 5')))
print(type(posix.getloadavg()).__name__, len(posix.getloadavg()))
