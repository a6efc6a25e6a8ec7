# BaseException.__reduce__ (dict state once there is a __dict__), OSError/ImportError.__reduce__, __setstate__, copy of exceptions
import copy
e=ValueError(1); print(e.__reduce__()); e.__dict__; print(e.__reduce__()); e.x=2; print(e.__reduce__())
e=OSError(2,'no','f'); print(e.__reduce__())
e=OSError(2,'no','f',None,'g'); print(e.__reduce__())
e=OSError(2,'no'); print(e.__reduce__())
e=ImportError('m', name='n', path='p'); print(e.__reduce__())
e=ImportError('m'); print(e.__reduce__())
e=ImportError('m'); e.y=1; print(e.__reduce__())
print(ValueError.__setstate__)
e=ValueError(); print(e.__setstate__(None), e.__setstate__({'a':1}), e.a)
try: e.__setstate__(3)
except Exception as x: print(type(x).__name__, x)
print(e.__reduce_ex__(2))
print(e.__reduce_ex__(0))
class MyErr(Exception):
    def __init__(self, a, b=3):
        super().__init__(a)
        self.b = b
m = MyErr(1, 5)
c = copy.copy(m); print(c.args, c.b)
c = copy.deepcopy(OSError(2, 'x', 'fn')); print(type(c).__name__, c.errno, c.filename, c.args)
c = copy.copy(ImportError('m', name='n')); print(c.name, c.path, c.msg)
for p in range(5):
    r = m.__reduce_ex__(p)
    m2 = copy._reconstruct(m, None, *r) if p >= 2 else None
    print(p, r[0].__name__ if hasattr(r[0], '__name__') else r[0], m2 and (m2.args, m2.b))
c = copy.copy(KeyError('k')); print(repr(c))
c = copy.copy(StopIteration(5)); print(c.value)
c = copy.copy(SyntaxError('bad', ('f', 1, 2, 'x', 1, 3))); print(c.msg, c.lineno, c.offset, c.text, c.end_offset)
c = copy.copy(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')); print(c)
