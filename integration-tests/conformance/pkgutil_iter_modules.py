# pkgutil.iter_modules / walk_packages / get_data over a package on sys.path
import os
import pkgutil
import sys
import tempfile

d = tempfile.mkdtemp()
root = os.path.join(d, 'walkpkg')
os.makedirs(os.path.join(root, 'sub'))
for rel, text in [('__init__.py', ''), ('alpha.py', 'A = 1\n'), ('beta.py', ''),
                  ('sub/__init__.py', ''), ('sub/gamma.py', ''), ('data.txt', 'payload\n')]:
    with open(os.path.join(root, rel), 'w') as f:
        f.write(text)
os.makedirs(os.path.join(d, 'not_a_pkg_dir'))
with open(os.path.join(d, 'top_mod.py'), 'w') as f:
    f.write('')
sys.path.insert(0, d)

print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([d])))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([root], 'walkpkg.')))
import walkpkg
print([(m.name, m.ispkg) for m in pkgutil.walk_packages(walkpkg.__path__, 'walkpkg.')])
print(type(pkgutil.iter_modules([d]).__next__().module_finder).__name__)
print(pkgutil.get_data('walkpkg', 'data.txt'))
imp = pkgutil.get_importer(d)
print(type(imp).__name__, imp is sys.path_importer_cache[d])
print(pkgutil.find_loader('walkpkg.alpha').name)
print(pkgutil.resolve_name('walkpkg.alpha:A'), pkgutil.resolve_name('os.path.join').__name__)
names = {m.name for m in pkgutil.iter_modules()}
print('json' in names, 'top_mod' in names, 'walkpkg' in names)
