# posix.listdir, posix.scandir and DirEntry on a directory made here.
import posix

base = '/tmp/jyston_posix_listdir_%d' % posix.getpid()
posix.mkdir(base)
try:
    for name in ['b.txt', 'a.txt', 'c']:
        if name == 'c':
            posix.mkdir(base + '/c', 0o755)
        else:
            fd = posix.open(base + '/' + name, posix.O_CREAT | posix.O_WRONLY, 0o600)
            posix.write(fd, name.encode() * 3)
            posix.close(fd)
    posix.symlink('a.txt', base + '/link')
    posix.symlink('nowhere', base + '/dangling')
    print(sorted(posix.listdir(base)))
    print(sorted(posix.listdir(base.encode())))
    print(posix.listdir(base + '/c'))
    it = posix.scandir(base)
    print(type(it).__name__, type(it).__module__, iter(it) is it)
    entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == base + '/' + e.name, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
        if e.name != 'dangling':
            print('  size', e.stat().st_size if not e.is_dir() else 'dir', e.inode() == posix.lstat(e.path).st_ino)
        print('  lstat', oct(e.stat(follow_symlinks=False).st_mode & 0o170000), posix.fspath(e) == e.path)
    print(type(entries[0]).__name__, type(entries[0]).__module__, posix.DirEntry is type(entries[0]))
    with posix.scandir(base.encode()) as it:
        names = sorted(e.name for e in it)
    print(names)
    with posix.scandir(base) as it:
        first = next(it)
    print(list(it))
    try:
        posix.DirEntry()
    except TypeError as e:
        print('TypeError:', e)
    try:
        entries[0].stat(True)
    except TypeError as e:
        print('TypeError:', e)
    try:
        next(posix.scandir(base + '/missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError:', e.errno, e.filename == base + '/missing')
    try:
        posix.listdir(base + '/a.txt')
    except NotADirectoryError as e:
        print('NotADirectoryError:', e.errno, e.strerror)
    try:
        posix.listdir([])
    except TypeError as e:
        print('TypeError:', e)
    try:
        posix.scandir(1.5)
    except TypeError as e:
        print('TypeError:', e)
finally:
    posix.rmdir(base + '/c')
    for n in ['a.txt', 'b.txt', 'link', 'dangling']:
        posix.unlink(base + '/' + n)
    posix.rmdir(base)
print(posix.access(base, posix.F_OK))
