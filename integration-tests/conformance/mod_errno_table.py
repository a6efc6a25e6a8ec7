# The errno module: names, values and errorcode as CPython has them on Linux.
import errno

names = [n for n in dir(errno) if n.startswith('E')]
print(len(names), len(errno.errorcode))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(list(errno.errorcode.items())[:10])
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[11])
print(errno.__doc__.splitlines()[0])
try:
    raise OSError(errno.ENOENT, 'No such file or directory', 'x')
except FileNotFoundError as e:
    print(e, e.errno == errno.ENOENT)
