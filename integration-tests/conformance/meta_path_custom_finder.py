# a finder inserted in sys.meta_path is asked by the import statement before the default ones
import sys
import importlib.abc
import importlib.util

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.answer = 42
        module.origin_name = module.__spec__.name

class Finder(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.asked = []
    def find_spec(self, fullname, path, target=None):
        self.asked.append(fullname)
        if fullname in ('virtual_mod', 'colorsys'):
            return importlib.util.spec_from_loader(fullname, Loader())
        return None

f = Finder()
sys.meta_path.insert(0, f)
import virtual_mod
print(virtual_mod.answer, virtual_mod.origin_name, virtual_mod.__spec__.origin)
import colorsys          # the finder wins over the library's colorsys.py
print(colorsys.answer, hasattr(colorsys, 'rgb_to_hsv'))
import textwrap          # the finder says None: the default finders find it
print(textwrap.__name__, hasattr(textwrap, 'dedent'))
from virtual_mod import answer
print(answer)
print([n for n in f.asked if n in ('virtual_mod', 'colorsys', 'textwrap')])
try:
    import nosuch_module_xyz
except ModuleNotFoundError as e:
    print(e, 'nosuch_module_xyz' in f.asked)
sys.meta_path.remove(f)
del sys.modules['colorsys']
import colorsys
print(hasattr(colorsys, 'rgb_to_hsv'))

class Blocker:
    def find_spec(self, fullname, path, target=None):
        if fullname == 'shlex':
            raise ImportError('blocked ' + fullname)
sys.meta_path.insert(0, Blocker())
try:
    import shlex
except ImportError as e:
    print(type(e).__name__, e)
