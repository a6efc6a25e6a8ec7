# mkdir/rmdir/unlink/rename/replace/access/chmod/symlink/link/truncate/chdir and their errors.
import posix

base = '/tmp/jyston_posix_files_%d' % posix.getpid()
posix.mkdir(base, 0o755)
old_mask = posix.umask(0o022)
try:
    print(oct(posix.stat(base).st_mode & 0o777))
    posix.mkdir(base + '/d', 0o700)
    print(oct(posix.stat(base + '/d').st_mode & 0o777))
    posix.umask(0o077)
    posix.mkdir(base + '/e')
    print(oct(posix.stat(base + '/e').st_mode & 0o777), oct(posix.umask(0o022)))
    def touch(p, data=b''):
        fd = posix.open(p, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o666)
        posix.write(fd, data)
        posix.close(fd)
    touch(base + '/a', b'aaa')
    print(oct(posix.stat(base + '/a').st_mode & 0o777))
    posix.chmod(base + '/a', 0o604)
    print(oct(posix.stat(base + '/a').st_mode & 0o777))
    print(posix.access(base + '/a', posix.F_OK), posix.access(base + '/a', posix.R_OK),
          posix.access(base + '/nope', posix.F_OK), posix.access(base, posix.X_OK | posix.R_OK))
    print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK)
    posix.rename(base + '/a', base + '/b')
    print(sorted(posix.listdir(base)))
    touch(base + '/c', b'cc')
    posix.replace(base + '/b', base + '/c')
    print(sorted(posix.listdir(base)), posix.stat(base + '/c').st_size)
    posix.rename(base + '/c', base + '/d/c')
    print(posix.listdir(base + '/d'))
    posix.link(base + '/d/c', base + '/hard')
    print(posix.stat(base + '/hard').st_nlink, posix.stat(base + '/hard').st_ino == posix.stat(base + '/d/c').st_ino)
    posix.symlink(base + '/d', base + '/sym')
    print(posix.readlink(base + '/sym') == base + '/d', posix.listdir(base + '/sym'))
    posix.truncate(base + '/hard', 1)
    print(posix.stat(base + '/d/c').st_size)
    posix.truncate(base + '/hard', 10)
    print(posix.stat(base + '/d/c').st_size)
    posix.remove(base + '/hard')
    cases = [
        ('mkdir existing', lambda: posix.mkdir(base + '/d')),
        ('mkdir missing parent', lambda: posix.mkdir(base + '/x/y')),
        ('rmdir non-empty', lambda: posix.rmdir(base + '/d')),
        ('rmdir file', lambda: posix.rmdir(base + '/d/c')),
        ('rmdir missing', lambda: posix.rmdir(base + '/nope')),
        ('unlink dir', lambda: posix.unlink(base + '/d')),
        ('unlink missing', lambda: posix.unlink(base + '/nope')),
        ('rename missing', lambda: posix.rename(base + '/nope', base + '/nope2')),
        ('rename dir over file', lambda: posix.rename(base + '/e', base + '/d/c')),
        ('symlink existing', lambda: posix.symlink('x', base + '/sym')),
        ('readlink not a link', lambda: posix.readlink(base + '/d')),
        ('chmod missing', lambda: posix.chmod(base + '/nope', 0o600)),
        ('chdir file', lambda: posix.chdir(base + '/d/c')),
        ('chdir missing', lambda: posix.chdir(base + '/nope')),
        ('truncate missing', lambda: posix.truncate(base + '/nope', 0)),
        ('truncate dir', lambda: posix.truncate(base + '/d', 0)),
        ('link missing', lambda: posix.link(base + '/nope', base + '/nope2')),
    ]
    for what, fn in cases:
        try:
            fn()
            print(what, 'no error')
        except OSError as e:
            print(what, '->', type(e).__name__, e.errno, e.strerror, str(e).replace(base, 'BASE'))
    for call in ['posix.mkdir()', 'posix.mkdir("a", 1, 2, 3)', 'posix.mkdir(3)', 'posix.access("/")',
                 'posix.rename("a")', 'posix.utime("/", 5)', 'posix.utime("/", (1, 2), ns=(1, 2))',
                 'posix.utime("/", ns=5)', 'posix.chdir(None)', 'posix.readlink(1)', 'posix.unlink(b"a\\0b")',
                 'posix.mkdir("a\\0b")', 'posix.stat("/", dir_fd=None, bogus=1)']:
        try:
            eval(call)
        except (TypeError, ValueError) as e:
            print(call, '->', type(e).__name__, e)
    here = posix.getcwd()
    posix.chdir(base + '/d')
    print(posix.getcwd() == base + '/d', posix.getcwdb() == (base + '/d').encode(), posix.listdir())
    print(posix.stat('c').st_size, posix.access('c', posix.F_OK))
    posix.chdir('..')
    print(posix.getcwd() == base)
    posix.chdir(here)
    print(posix.getcwd() == here)
finally:
    posix.umask(old_mask)
    posix.unlink(base + '/sym')
    posix.unlink(base + '/d/c')
    posix.rmdir(base + '/d')
    posix.rmdir(base + '/e')
    posix.rmdir(base)
print(posix.access(base, posix.F_OK))
