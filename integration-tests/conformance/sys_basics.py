# sys basics: argv, path type, modules, maxsize, version_info fields, recursion limit get/set, intern, byteorder, stdout/stderr objects
import sys
print(sys.argv[0].endswith("sys_basics.py"), len(sys.argv), type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.maxsize == 2**63 - 1, sys.version_info[:2], sys.version_info >= (3, 8), type(sys.version).__name__)
print("sys" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules, sys.modules["__main__"].__name__)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in [0, -5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = sys.intern("hello world " + str(1))
b = sys.intern("hello world 1")
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.byteorder in ("little", "big"), sys.stdout is not None, sys.stderr is not sys.stdout, hasattr(sys.stdin, "readline"))
print(sys.maxunicode, sys.exc_info(), callable(sys.exit))
