# import forms: dotted submodule import binds the top package, from-import of a submodule, star-import honouring __all__/underscore, __import__, relative import at top level
import appsupport.shapes
print(type(appsupport).__name__, hasattr(appsupport, "shapes"), appsupport.shapes.__name__)
from appsupport import shapes as sh
print(sh is appsupport.shapes)
m = __import__("appsupport")
print(m is appsupport, __import__("appsupport.shapes").__name__, __import__("appsupport.shapes", fromlist=["x"]).__name__)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    import appsupport.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import sys
print("appsupport.shapes" in sys.modules, sorted(k for k in sys.modules if k.startswith("appsupport")) [:1])
