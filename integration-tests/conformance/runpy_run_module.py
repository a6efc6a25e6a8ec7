# runpy.run_module and runpy.run_path run code with the globals runpy gives it
import os
import runpy
import sys
import tempfile

d = tempfile.mkdtemp()
sys.path.insert(0, d)
with open(os.path.join(d, 'runme_mod.py'), 'w') as f:
    f.write('import sys\nresult = (__name__, __spec__.name if __spec__ else None, __package__, extra)\n'
            'argv0_is_file = sys.argv[0] == __file__\n')
pkg = os.path.join(d, 'runme_pkg')
os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('')
with open(os.path.join(pkg, '__main__.py'), 'w') as f:
    f.write('where = (__name__, __spec__.name, __package__)\n')
with open(os.path.join(pkg, 'inner.py'), 'w') as f:
    f.write('from . import __name__ as parent_name\nwho = (__name__, __package__, parent_name)\n')

g = runpy.run_module('runme_mod', init_globals={'extra': 7})
print(g['result'], g['__file__'] == os.path.join(d, 'runme_mod.py'))
g = runpy.run_module('runme_mod', init_globals={'extra': 8}, run_name='__main__', alter_sys=True)
print(g['result'], g['argv0_is_file'])
print(runpy.run_module('runme_pkg')['where'])
print(runpy.run_module('runme_pkg.inner')['who'])
try:
    runpy.run_module('no_such_mod_xyz')
except ImportError as e:
    print(type(e).__name__, e)
script = os.path.join(d, 'script_file.py')
with open(script, 'w') as f:
    f.write('val = (__name__, __file__ == path_given)\n')
g = runpy.run_path(script, init_globals={'path_given': script})
print(g['val'])
g = runpy.run_path(script, init_globals={'path_given': script}, run_name='custom')
print(g['val'])
print(runpy.run_path(pkg)['where'][0])
