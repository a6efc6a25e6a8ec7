# Integer file descriptors: open/read/write/lseek/dup/dup2/pipe/fstat/ftruncate/close.
import posix

base = '/tmp/jyston_posix_fd_%d' % posix.getpid()
posix.mkdir(base)
try:
    f = base + '/f.txt'
    fd = posix.open(f, posix.O_RDWR | posix.O_CREAT | posix.O_EXCL, 0o600)
    print(type(fd).__name__, fd >= 3)
    print(posix.write(fd, b'hello world\n'), posix.write(fd, bytearray(b'second line\n')))
    print(posix.lseek(fd, 0, 1), posix.lseek(fd, 0, 0))
    print(posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10))
    print(posix.lseek(fd, -5, 2), posix.read(fd, 3))
    fd2 = posix.dup(fd)
    print(fd2 != fd, posix.lseek(fd2, 0, 1))
    posix.lseek(fd2, 6, 0)
    print(posix.read(fd, 5))
    posix.close(fd2)
    posix.ftruncate(fd, 5)
    print(posix.fstat(fd).st_size, posix.lseek(fd, 0, 2))
    posix.ftruncate(fd, 8)
    posix.lseek(fd, 0, 0)
    print(posix.read(fd, 100))
    posix.fsync(fd)
    print(posix.isatty(fd))
    posix.close(fd)
    for bad in [lambda: posix.read(fd, 1), lambda: posix.close(fd), lambda: posix.write(fd, b'x'),
                lambda: posix.fstat(fd), lambda: posix.lseek(fd, 0, 0)]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename)
    try:
        posix.open(f, posix.O_CREAT | posix.O_EXCL | posix.O_WRONLY)
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.filename == f)
    fd = posix.open(f, posix.O_WRONLY | posix.O_APPEND)
    posix.write(fd, b'+tail')
    posix.close(fd)
    fd = posix.open(f, posix.O_RDONLY)
    print(posix.read(fd, 100))
    try:
        posix.write(fd, b'no')
    except OSError as e:
        print(type(e).__name__, e.errno)
    posix.close(fd)
    fd = posix.open(f, posix.O_WRONLY | posix.O_TRUNC)
    print(posix.fstat(fd).st_size)
    posix.close(fd)
    r, w = posix.pipe()
    print(posix.write(w, b'through the pipe'), posix.read(r, 7), posix.read(r, 100))
    print(oct(posix.fstat(r).st_mode & 0o170000))
    try:
        posix.lseek(r, 0, 0)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    w2 = posix.dup2(w, 100)
    print(w2, posix.write(100, b'dup2'), posix.read(r, 10))
    posix.close(100)
    posix.close(w)
    print(posix.read(r, 10))
    posix.close(r)
    try:
        posix.open(base, posix.O_WRONLY)
    except IsADirectoryError as e:
        print('IsADirectoryError', e.errno, e.filename == base)
    try:
        posix.open(base + '/missing', posix.O_RDONLY)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    try:
        posix.open(f, posix.O_RDONLY | posix.O_DIRECTORY)
    except NotADirectoryError as e:
        print('NotADirectoryError', e.errno)
    for call in ['posix.read(0)', 'posix.read(0, 1, 2)', 'posix.read("a", 1)', 'posix.write(1, "s")',
                 'posix.lseek(1, 2)', 'posix.open("x")', 'posix.close()', 'posix.close(1, 2)',
                 'posix.read(99999, -1)']:
        try:
            eval(call)
        except (TypeError, OSError) as e:
            print(call, '->', type(e).__name__, e)
    print(posix.isatty(99999))
finally:
    for n in posix.listdir(base):
        posix.unlink(base + '/' + n)
    posix.rmdir(base)
