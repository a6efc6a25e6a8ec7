# importlib.import_module and importlib.util.find_spec go through sys.meta_path
import importlib
import importlib.util
import sys

it = importlib.import_module('itertools')
print(it is sys.modules['itertools'], it.__name__)
js = importlib.import_module('json')
print(js.__name__, js.__package__, hasattr(js, '__path__'))
dec = importlib.import_module('.decoder', 'json')
print(dec.__name__, dec is sys.modules['json.decoder'])
print(importlib.import_module('..decoder', 'json.scanner').__name__)
for bad in ['nosuch_module_xyz', 'json.nosuch_sub', 'itertools.x']:
    try:
        importlib.import_module(bad)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError', e)

spec = importlib.util.find_spec('itertools')
print(spec.name, spec.origin, spec.loader, spec.submodule_search_locations, spec.parent, spec.has_location)
spec = importlib.util.find_spec('json')
print(spec.name, spec.origin == js.__file__, spec.loader.__class__.__name__, spec.parent, spec.has_location)
print(spec.submodule_search_locations == js.__path__)
spec = importlib.util.find_spec('email.mime')
print(spec.name, spec.parent, type(spec.loader).__name__, spec.origin.endswith('email/mime/__init__.py'))
print('email.mime' in sys.modules, 'email' in sys.modules)
print(importlib.util.find_spec('nosuch_module_xyz'))
print(importlib.util.find_spec('json.nosuch'))
print(importlib.util.find_spec('sys').origin)
try:
    importlib.util.find_spec('nosuch_pkg_xyz.sub')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
