# _stat: the mode tests, filemode and constants, and their argument errors.
import _stat

modes = [0o100644, 0o40755, 0o120777, 0o4755 | 0o100000, 0o1777 | 0o40000, 0o2070 | 0o100000, 0, 0o10600,
         0o20620, 0o60660, 0o140755, 0o1766 | 0o40000, 0o6000 | 0o100000]
for m in modes:
    print(oct(m), _stat.filemode(m), _stat.S_ISDIR(m), _stat.S_ISREG(m), _stat.S_ISLNK(m), _stat.S_ISFIFO(m),
          _stat.S_ISCHR(m), _stat.S_ISBLK(m), _stat.S_ISSOCK(m), _stat.S_ISDOOR(m), oct(_stat.S_IMODE(m)),
          oct(_stat.S_IFMT(m)))
print(sorted((n, v) for n, v in vars(_stat).items() if isinstance(v, int)))
print(_stat.__doc__.splitlines()[0])
for call in ['_stat.S_ISDIR("a")', '_stat.S_ISDIR()', '_stat.S_IMODE(-1)', '_stat.S_IFMT(2**40)', '_stat.filemode("x")',
             '_stat.S_ISDIR(2**70)', '_stat.S_ISDIR(1, 2)']:
    try:
        print(call, '->', eval(call))
    except (TypeError, OverflowError) as e:
        print(call, '->', type(e).__name__, e)
