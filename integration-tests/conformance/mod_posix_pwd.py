# pwd: the entry of root (uid 0 exists on every Linux system) and the errors.
import pwd

r = pwd.getpwuid(0)
print(r.pw_name, r.pw_uid, r.pw_gid, r[0] == r.pw_name, len(r), type(r).__name__, type(r).__module__)
print(pwd.getpwnam('root') == r, r in pwd.getpwall(), pwd.struct_passwd.n_fields)
print(all(type(x) is str for x in (r.pw_passwd, r.pw_gecos, r.pw_dir, r.pw_shell)))
print(pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')))
for call in ['pwd.getpwuid(4000000000)', 'pwd.getpwnam("no such user here")', 'pwd.getpwuid("a")',
             'pwd.getpwnam(1)', 'pwd.getpwuid(-5)', 'pwd.getpwuid(2**40)', 'pwd.getpwuid()']:
    try:
        eval(call)
    except (KeyError, TypeError) as e:
        print(call, '->', type(e).__name__, e)
