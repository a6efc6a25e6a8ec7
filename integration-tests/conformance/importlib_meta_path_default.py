# the default import machinery: sys.meta_path, sys.path_hooks, sys.path_importer_cache
import sys
import importlib.machinery as m

finders = [f for f in sys.meta_path if isinstance(f, type)]
print(finders)
print(finders == [m.BuiltinImporter, m.FrozenImporter, m.PathFinder])
print(sys.path_hooks[-1].__qualname__)
print(type(sys.path_importer_cache).__name__)
print(m.BuiltinImporter.find_spec('itertools'))
print(m.BuiltinImporter.find_spec('json'))
print(m.BuiltinImporter.find_spec('itertools').loader is m.BuiltinImporter)
spec = m.PathFinder.find_spec('json')
print(spec.name, type(spec.loader).__name__, spec.origin == __import__('json').__file__)
print(m.PathFinder.find_spec('nosuch_module_xyz'))
print(m.SOURCE_SUFFIXES, m.BYTECODE_SUFFIXES)
print(repr(m.BuiltinImporter), m.BuiltinImporter.__module__)
import itertools
print(itertools.__spec__)
print(itertools.__loader__)
print(repr(sys.modules['sys'].__spec__))
