# __import__ with fromlist and level, and importlib.__import__, as the import statement uses them
import importlib
import sys

print(__import__('os.path').__name__)
print(__import__('os.path', fromlist=['join']).__name__)
print(__import__('json', fromlist=['decoder']).decoder.__name__)
print(__import__('xml.dom', fromlist=['']).__name__)
print(__import__('email', fromlist=['mime', 'nosuch_sub']).mime.__name__)
g = {'__name__': 'json.decoder', '__package__': 'json'}
print(__import__('scanner', g, None, ['make_scanner'], 1).__name__)
print(__import__('', g, None, ['encoder'], 1).__name__)
try:
    __import__('x', {'__name__': 'toplevel'}, None, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('x', g, None, [], 3)
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.__import__('json.encoder').__name__)
print(importlib.__import__('encoder', g, None, ['x'], 1).__name__)
try:
    importlib.__import__('nosuch_xyz')
except ModuleNotFoundError as e:
    print(e)
try:
    __import__('json', fromlist=['nosuch_sub_xyz']).nosuch_sub_xyz
except AttributeError as e:
    print('AttributeError', e)
