# BaseException's state as descriptors in its dictionary (dir(), __get__/__set__ from the class), the instance __dict__ and copying.
class E(Exception): pass
e = E(1)
d = BaseException.__dict__
print(d['args'].__get__(e), type(d['args']).__name__, type(d['__suppress_context__']).__name__, d['__cause__'].__doc__)
d['__cause__'].__set__(e, ValueError())
print(repr(e.__cause__), e.__suppress_context__, '__dict__' in E.__dict__, '__dict__' in Exception.__dict__)
e.x = 5; print(e.__dict__, vars(e))
try:
    d['args'].__get__(3)
except TypeError as ex:
    print(ex)
import copy, pickle
print(copy.copy(e).x, copy.deepcopy(ValueError(1, 2)).args)
