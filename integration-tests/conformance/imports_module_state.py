# Imported modules run once, keep their state, are shared between import forms; module attributes
# (__name__, __file__ suffix, __package__), circular imports, a module that fails while importing.
import sys
import impsupport.counter
from impsupport import counter as c2
from impsupport.counter import bump, count
import impsupport

print(impsupport.loaded, impsupport.counter is c2, bump(), bump(), c2.count, count)
import impsupport.counter
print(impsupport.loaded, impsupport.counter.count)
print(c2.__name__, c2.__package__, c2.__file__.endswith("counter.py"), impsupport.__name__, impsupport.__package__)
from impsupport import circular_a
print(circular_a.from_b(), circular_a.circular_b.a_partial(), sys.modules["impsupport.circular_b"].B_VALUE)
try:
    import impsupport.broken
except ZeroDivisionError as e:
    print(type(e).__name__, e, "impsupport.broken" in sys.modules)
try:
    from impsupport import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import not_a_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)


def local_import():
    import impsupport.counter as local
    return local.bump()


print(local_import(), "local" in globals())
print(type(c2).__name__, sorted(k for k in vars(c2) if not k.startswith("__")))
