# posix.chdir moves the directory that open() and posix resolve relative names against.
import posix

base = '/tmp/jyston_posix_chdir_%d' % posix.getpid()
here = posix.getcwd()
posix.mkdir(base)
try:
    posix.chdir(base)
    with open('note.txt', 'w') as f:
        f.write('written relative\n')
    print(posix.listdir('.'), posix.stat('note.txt').st_size)
    with open(base + '/note.txt') as f:
        print(f.read(), end='')
    fd = posix.open('note.txt', posix.O_RDONLY)
    print(posix.read(fd, 7))
    posix.close(fd)
    posix.mkdir('sub')
    posix.chdir('sub')
    print(posix.getcwd() == base + '/sub')
    with open('../note.txt') as f:
        print(f.readline(), end='')
    try:
        open('note.txt')
    except FileNotFoundError as e:
        print(e)
    posix.chdir('..')
    posix.rmdir('sub')
    posix.unlink('note.txt')
finally:
    posix.chdir(here)
    posix.rmdir(base)
print(posix.getcwd() == here)
