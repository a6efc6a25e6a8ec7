# Popen.communicate with a timeout: TimeoutExpired, then kill and collect the status.
import signal
import subprocess

p = subprocess.Popen(['/bin/sh', '-c', 'echo started; exec sleep 30'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.timeout, e.cmd)
print(p.poll())
p.kill()
out, err = p.communicate()
print(out, err, p.returncode, p.returncode == -signal.SIGKILL)

p = subprocess.Popen(['/bin/sh', '-c', 'read line; echo got "$line"'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     text=True)
out, _ = p.communicate('ping\n', timeout=30)
print(repr(out), p.returncode)

p = subprocess.Popen(['sleep', '30'])
p.terminate()
print(p.wait(timeout=30))

p = subprocess.Popen(['/bin/sh', '-c', 'exit 5'])
print(p.wait(), p.returncode, p.poll())
try:
    subprocess.run(['sleep', '30'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
