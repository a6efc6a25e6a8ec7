# importlib.util.spec_from_file_location + module_from_spec + loader.exec_module
import importlib.util
import os
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'plugin_file.py')
with open(path, 'w') as f:
    f.write('import sys\nNAME = __name__\ndef hello():\n    return "hello from " + __name__\n')
spec = importlib.util.spec_from_file_location('my_plugin', path)
print(spec.name, spec.origin == path, type(spec.loader).__name__, spec.has_location, spec.parent)
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, mod.__file__ == path, mod.__spec__ is spec, mod.__loader__ is spec.loader)
print('my_plugin' in sys.modules)
spec.loader.exec_module(mod)
print(mod.NAME, mod.hello())
print(spec.loader.get_source('my_plugin').splitlines()[1])
code = spec.loader.get_code('my_plugin')
print(type(code).__name__, code.co_filename == path)
ns = {}
exec(code, ns)
print(ns['NAME'])
s2 = importlib.util.spec_from_loader('named', None, origin='somewhere')
print(s2)
m3 = importlib.util.module_from_spec(importlib.util.spec_from_loader('bare', None))
print(m3.__name__, m3.__loader__, m3.__spec__.name)
pkgdir = os.path.join(d, 'pkgx')
os.mkdir(pkgdir)
with open(os.path.join(pkgdir, '__init__.py'), 'w') as f:
    f.write('X = 1\n')
ps = importlib.util.spec_from_file_location('pkgx', os.path.join(pkgdir, '__init__.py'))
print(ps.submodule_search_locations == [pkgdir], ps.parent)
pm = importlib.util.module_from_spec(ps)
ps.loader.exec_module(pm)
print(pm.X, pm.__path__ == [pkgdir], pm.__package__)
print(importlib.util.resolve_name('.sub', 'pkg'), importlib.util.resolve_name('..a', 'pkg.sub'))
