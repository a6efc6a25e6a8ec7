# A program that does not exist: FileNotFoundError with CPython's errno, message and filename.
import subprocess

for args in (['no-such-program-xyz'], ['/no/such/dir/prog'], ['./no-such-program-xyz', 'arg']):
    try:
        subprocess.run(args)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename))
        print(str(e))

try:
    subprocess.run(['/'])
except PermissionError as e:
    print(type(e).__name__, e.errno, str(e))

try:
    subprocess.run(['/bin/true'], cwd='/no/such/directory')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, str(e))

try:
    subprocess.Popen(['no-such-program-xyz'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
except OSError as e:
    print(type(e).__name__, str(e))
