# subprocess.run with capture_output, text, input, and a child's exit status.
import subprocess
import sys

r = subprocess.run([sys.executable, '-c', 'import sys; print("child", 1 + 1); sys.exit(3)'],
                   capture_output=True)
print(r.returncode, r.stdout, r.stderr)

r = subprocess.run(['/bin/sh', '-c', 'echo out; echo err >&2'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))

r = subprocess.run(['/bin/sh', '-c', 'tr a-z A-Z'], input='hello\nworld\n', capture_output=True, text=True)
print(repr(r.stdout))

r = subprocess.run(['/bin/sh', '-c', 'cat; echo done >&2'], input=b'x' * 200000, stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT)
print(len(r.stdout), r.stdout[-6:])

r = subprocess.run(['/bin/sh', '-c', 'echo $GREETING; pwd'], env={'GREETING': 'hi', 'PATH': '/bin:/usr/bin'},
                   cwd='/', stdout=subprocess.PIPE)
print(r.stdout)

r = subprocess.run(['/bin/sh', '-c', 'exit 7'], stdout=subprocess.DEVNULL)
print(r.returncode, r.stdout)
print(subprocess.check_output(['/bin/echo', 'a', 'b c']))
print(subprocess.call(['/bin/sh', '-c', 'exit 4']))
print(subprocess.getstatusoutput('echo hi; exit 1'))
