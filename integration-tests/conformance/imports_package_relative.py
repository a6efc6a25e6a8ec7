# importing a package with relative imports, submodule attributes, __name__/__package__, import-as, from-import errors
import appsupport
print(appsupport.__name__, type(appsupport).__name__)
try:
    from appsupport import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import sys
print("appsupport" in sys.modules, sys.modules["appsupport"] is appsupport)
import appsupport as again
print(again is appsupport)
