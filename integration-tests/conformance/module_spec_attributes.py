# every imported module has __spec__ and __loader__ as CPython's import gives them
import sys
import itertools, posix, time, json, json.decoder, textwrap

for m in (itertools, posix, time, sys, __builtins__ if isinstance(__builtins__, type(sys)) else sys.modules['builtins']):
    s = m.__spec__
    print(m.__name__, s.name, s.origin, s.loader is m.__loader__, s.parent == '', s.has_location,
          s.submodule_search_locations, s.cached, getattr(m, '__file__', 'no file'))
for m in (json, json.decoder, textwrap):
    s = m.__spec__
    print(m.__name__, s.name, s.origin == m.__file__, type(s.loader).__name__, s.loader is m.__loader__,
          repr(s.parent), s.has_location, m.__package__)
    print('  path', s.submodule_search_locations == getattr(m, '__path__', None),
          s.submodule_search_locations is getattr(m, '__path__', None))
    print('  loader', s.loader.name, s.loader.path == m.__file__, s.loader.is_package(m.__name__),
          s.loader.get_filename(m.__name__) == m.__file__)
    src = s.loader.get_source(m.__name__)
    print('  source', type(src).__name__, src.splitlines()[0][:30])
    print('  data', s.loader.get_data(m.__file__)[:10])
print(json.__spec__.submodule_search_locations == [json.__file__.rsplit('/', 1)[0]])
print(list(vars(json))[:8])
print(__spec__, __loader__ is None or type(__loader__).__name__)
print(sys.modules['__main__'].__spec__)
print(type(json.__spec__).__name__, type(json.__spec__).__module__)
