# check=True: a failing command raises CalledProcessError with its status and output.
import subprocess

try:
    subprocess.run(['/bin/sh', '-c', 'echo partial; echo oops >&2; exit 2'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.cmd, e.stdout, e.stderr)
    print(str(e))

try:
    subprocess.check_output(['/bin/sh', '-c', 'kill -9 $$'])
except subprocess.CalledProcessError as e:
    print(e.returncode)
    print(str(e))

try:
    subprocess.check_call(['/bin/false'])
except subprocess.CalledProcessError as e:
    print(repr(e))
