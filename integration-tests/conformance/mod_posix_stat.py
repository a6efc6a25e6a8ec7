# posix.stat/lstat/fstat and os.stat_result on files made here.
import posix

base = '/tmp/jyston_posix_stat_%d' % posix.getpid()
posix.mkdir(base)
try:
    f = base + '/data.bin'
    fd = posix.open(f, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o640)
    posix.write(fd, b'x' * 1234)
    posix.close(fd)
    posix.chmod(f, 0o640)
    s = posix.stat(f)
    print(type(s).__name__, type(s).__module__, len(s))
    print(oct(s.st_mode), s.st_size, s.st_nlink, s[0] == s.st_mode, s[6])
    print(s.st_mode & 0o170000 == 0o100000, s.st_uid == posix.getuid(), s.st_gid == posix.getegid() or True)
    print(type(s.st_atime), type(s.st_mtime_ns), type(s[8]), s[8] == int(s.st_mtime))
    print(s.st_mtime_ns // 10**9 == s[8], abs(s.st_mtime - s.st_mtime_ns / 1e9) < 1e-3)
    print(s.st_ino > 0, s.st_dev == posix.stat(base).st_dev, s.st_rdev)
    print(s.n_fields, s.n_sequence_fields, s.n_unnamed_fields, posix.stat_result.__match_args__)
    d = posix.stat(base)
    print(oct(d.st_mode & 0o170000), d.st_nlink >= 2)
    posix.utime(f, (1000000000, 1500000000))
    s = posix.stat(f)
    print(s.st_atime, s.st_mtime, s.st_atime_ns, s[7], s[8])
    posix.utime(f, ns=(1234567891123456789, 1234567890987654321))
    s = posix.stat(f)
    print(s.st_atime_ns, s.st_mtime_ns, s[7], s[8])
    posix.symlink('data.bin', base + '/link')
    ls = posix.lstat(base + '/link')
    print(oct(ls.st_mode & 0o170000), ls.st_size, posix.stat(base + '/link').st_size)
    print(oct(posix.stat(base + '/link', follow_symlinks=False).st_mode & 0o170000))
    print(posix.readlink(base + '/link'), posix.readlink((base + '/link').encode()))
    fd = posix.open(f, posix.O_RDONLY)
    print(posix.fstat(fd).st_size, posix.stat(fd).st_size, posix.fstat(fd) == posix.stat(f))
    posix.close(fd)
    r = posix.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    print(r)
    print(r.st_atime, r.st_mtime, r.st_atime_ns, r.st_blksize, r[-1], r[:3])
    r = posix.stat_result(tuple(range(19)))
    print(r, r.st_atime, r.st_ctime_ns, r.st_rdev)
    print(posix.stat_result(tuple(range(10)), {'st_atime': 2.5, 'st_blocks': 7}).st_atime)
    for bad in [(1,) * 9, (1,) * 20, 5]:
        try:
            posix.stat_result(bad)
        except TypeError as e:
            print('TypeError:', e)
    for path in [base + '/missing', base + '/data.bin/x']:
        try:
            posix.stat(path)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename == path)
    for args in [(), (1, 2), (None,), ([],), (3.5,)]:
        try:
            posix.stat(*args)
        except TypeError as e:
            print('TypeError:', e)
    try:
        posix.lstat(3)
    except TypeError as e:
        print('TypeError:', e)
    try:
        posix.stat(base, dir_fd='x')
    except TypeError as e:
        print('TypeError:', e)
    try:
        posix.stat(b'/no/such/file')
    except FileNotFoundError as e:
        print(e)
finally:
    for n in posix.listdir(base):
        posix.unlink(base + '/' + n)
    posix.rmdir(base)
print(posix.access(base, posix.F_OK))
