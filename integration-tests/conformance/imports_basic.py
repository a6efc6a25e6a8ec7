# Importing the program's own modules and packages: absolute, relative, from-import, star, errors.
import sys
import modsupport.plain
import modsupport.plain as plain
from modsupport.plain import twice, VALUE as V
from modsupport import *

print(modsupport.plain.VALUE, plain is modsupport.plain, twice(V), plain.__doc__)
print(greet("x"), VERSION)
print("modsupport.core" in sys.modules, type(sys.modules["modsupport"]).__name__)
try:
    import modsupport.nosuch
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from modsupport.plain import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import modsupport.plain.deeper
except ImportError as e:
    print(type(e).__name__, e)
print(sys.argv[0], __name__)
