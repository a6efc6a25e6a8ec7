# module objects: type name, __main__ module attributes, module __dict__, setattr/delattr on modules, module-level __getattr__ (PEP 562)
import sys
M = type(sys)
print(M.__name__, type(sys).__name__, sys.__name__, isinstance(sys, M))
main = sys.modules["__main__"]
print(main.__name__, type(main).__name__, main.__dict__ is globals(), main.__file__.endswith("module_objects.py"))
main.dynamic_attr = 1
print(dynamic_attr, "dynamic_attr" in dir(main))
del main.dynamic_attr
try:
    main.dynamic_attr
except AttributeError as e:
    print(type(e).__name__, e)
def __getattr__(name):
    return "module __getattr__ gives " + name
print(main.anything, getattr(main, "other"))
import appsupport
print(appsupport.__name__, appsupport.__package__, repr(appsupport).split(" from ")[0], appsupport.__file__.endswith("__init__.py"))
appsupport.injected = "x"
print(appsupport.injected, sys.modules["appsupport"].injected)
