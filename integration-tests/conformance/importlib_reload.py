# importlib.reload re-runs a source module's code in the same module object
import importlib
import os
import sys
import tempfile

d = tempfile.mkdtemp()
sys.path.insert(0, d)
path = os.path.join(d, 'reload_target_mod.py')
with open(path, 'w') as f:
    f.write('value = 1\ncounter = globals().get("counter", 0) + 1\n')
import reload_target_mod as m
print(m.value, m.counter, m.__name__)
with open(path, 'w') as f:
    f.write('value = 2\ncounter = globals().get("counter", 0) + 1\nextra = "new"\n')
m2 = importlib.reload(m)
print(m2 is m, m.value, m.counter, m.extra)
import itertools
print(importlib.reload(itertools) is itertools)
import json
print(importlib.reload(json) is json, json.__spec__.name)
try:
    importlib.reload('json')
except TypeError as e:
    print('TypeError', e)
mod = type(sys)('not_in_sys_modules')
try:
    importlib.reload(mod)
except ImportError as e:
    print('ImportError', e)
os.remove(path)
os.rmdir(d)
