# a folder without __init__.py on sys.path is a namespace package (PEP 420)
import os
import sys
import tempfile

a = tempfile.mkdtemp()
b = tempfile.mkdtemp()
for base, mod in ((a, 'one'), (b, 'two')):
    os.makedirs(os.path.join(base, 'nspkg_xyz'))
    with open(os.path.join(base, 'nspkg_xyz', mod + '.py'), 'w') as f:
        f.write('WHO = %r\n' % mod)
sys.path[:0] = [a, b]
import nspkg_xyz
print(nspkg_xyz.__name__, nspkg_xyz.__file__ if hasattr(nspkg_xyz, '__file__') else 'no file')
print(sorted(p == os.path.join(a, 'nspkg_xyz') or p == os.path.join(b, 'nspkg_xyz') for p in nspkg_xyz.__path__))
print(type(nspkg_xyz.__path__).__name__, nspkg_xyz.__spec__.origin, nspkg_xyz.__spec__.loader is not None)
import nspkg_xyz.one
from nspkg_xyz import two
print(nspkg_xyz.one.WHO, two.WHO, two.__package__)
try:
    import nspkg_xyz.three
except ModuleNotFoundError as e:
    print(e)
