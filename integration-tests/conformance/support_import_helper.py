# test.support.import_helper, which CPython's own tests import modules with
from test.support import import_helper
import sys

m = import_helper.import_module('itertools')
print(m.__name__)
import unittest
try:
    import_helper.import_module('nosuch_module_xyz')
except unittest.SkipTest as e:
    print('SkipTest', e)
fresh = import_helper.import_fresh_module('json')
print(fresh.__name__, fresh is not sys.modules.get('json'))
with import_helper.CleanImport('textwrap'):
    import textwrap
    print(textwrap.__name__)
with import_helper.DirsOnSysPath('/nonexistent_dir'):
    print(sys.path[-1])
print(import_helper.import_module('json.decoder').__name__)
with import_helper.CleanImport('shlex'):
    import shlex
print(import_helper.unload('shlex'), 'shlex' in sys.modules)
