# DeprecationWarnings raised by builtins written in Java: __int__/__index__/__float__ returning a strict
# subclass, int() delegating to __trunc__; shown once per location, silenced or made errors by filters.
import warnings
class I(int): pass
class F(float): pass
class X:
    def __int__(self): return I(5)
    def __index__(self): return I(6)
    def __float__(self): return F(1.5)
class T:
    def __trunc__(self): return 3
print(int(X()), [1, 2, 3, 4, 5, 6, 7][X()], float(X()), int(T()))
for i in range(3):
    print(int(T()))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    int(X()); float(X()); int(T()); int(T())
print([(w.category.__name__, str(w.message)[:40], w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        int(T())
    except DeprecationWarning as e:
        print('error:', e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(int(X()), float(X()))
