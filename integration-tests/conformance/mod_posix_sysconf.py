# sysconf/confstr/pathconf, statvfs, chown to the same owner, process groups (facts that hold anywhere).
import posix

print(posix.sysconf('SC_PAGE_SIZE'), posix.sysconf('SC_CLK_TCK'), posix.sysconf_names['SC_PAGE_SIZE'])
print(posix.sysconf('SC_NPROCESSORS_ONLN') == posix.cpu_count(), posix.sysconf('SC_OPEN_MAX') > 0,
      posix.sysconf('SC_ARG_MAX') >= 4096, posix.sysconf('SC_PHYS_PAGES') > 0)
print(posix.sysconf(posix.sysconf_names['SC_LINE_MAX']), posix.sysconf('SC_NGROUPS_MAX'))
print(posix.confstr('CS_PATH'), posix.confstr('CS_GNU_LIBC_VERSION').startswith('glibc '))
print(len(posix.sysconf_names) > 100, len(posix.confstr_names) > 10, len(posix.pathconf_names) > 10)
print(posix.pathconf('/', 'PC_NAME_MAX'), posix.pathconf('/', 'PC_PATH_MAX'))
v = posix.statvfs('/')
print(type(v).__name__, type(v).__module__, len(v), v.f_bsize > 0, v.f_blocks >= v.f_bfree >= 0, v.f_namemax)
print(posix.getpgrp() == posix.getpgid(0), isinstance(posix.getsid(0), int), posix.ctermid())
base = '/tmp/jyston_posix_sysconf_%d' % posix.getpid()
fd = posix.open(base, posix.O_CREAT | posix.O_WRONLY, 0o600)
posix.close(fd)
st = posix.stat(base)
posix.chown(base, st.st_uid, st.st_gid)
posix.chown(base, -1, -1)
posix.lchown(base, st.st_uid, -1)
print(posix.stat(base).st_uid == st.st_uid)
posix.unlink(base)
for call in ['posix.sysconf("nope")', 'posix.sysconf(99999)', 'posix.confstr("nope")', 'posix.confstr(9999)',
             'posix.chown(base, 0, 0)', 'posix.statvfs(base)', 'posix.pathconf("/", "x")', 'posix.getpgid(-5)',
             'posix.sysconf(1.5)']:
    try:
        eval(call)
    except (OSError, ValueError, TypeError) as e:
        print(call, '->', type(e).__name__, str(e).replace(base, 'BASE'))
