# callable, getattr/hasattr/setattr/delattr, hash, id, isinstance, issubclass, repr, exit/quit,
# and the OSError aliases.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


p = Point(3)
print(callable(len), callable(Point), callable(p), callable(p.get), callable(1), callable(lambda: 0))
show(callable)

print(getattr(p, 'x'), getattr(p, 'y', 'default'), getattr(p, 'get')(), getattr(1, 'nope', None))
print(hasattr(p, 'x'), hasattr(p, 'y'), hasattr(1, 'bit_length'), hasattr('s', 'upper'))
setattr(p, 'y', 10)
print(p.y, getattr(p, 'y'))
delattr(p, 'y')
print(hasattr(p, 'y'))
show(getattr, p)
show(getattr, p, 2)
show(getattr, p, 'y')
show(getattr, 1, 'x')
show(getattr, 1, 'x', 2, 3)
show(hasattr, 1)
show(hasattr, 1, 2)
show(hasattr, 1, 'x', 2)
show(setattr, 1, 'x', 2)
show(setattr, 1, 2, 3)
show(setattr, 1, 'x')
show(delattr, 1, 'x')
show(delattr, 1, 2)
show(delattr, p, 'nothing')

print(hash(1), hash(-1), hash(True), hash(1.5), hash(2**61), hash(-2**61 - 5), hash((1, 2)) == hash((1, 2)))
print(hash('abc') == hash('ab' + 'c'), hash(1.0) == hash(1), hash(None) == hash(None))
show(hash, [])
show(hash, {})
show(hash)
show(hash, 1, 2)

a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), id(None) == id(None), id(5) == id(5), id(True) == id(True))
print(type(id(a)).__name__, id(p) == id(p), id(p) != id(Point(3)))
show(id)
show(id, x=1)


class Sub(Point):
    pass


s = Sub(1)
print(isinstance(s, Sub), isinstance(s, Point), isinstance(s, object), isinstance(p, Sub))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance(True, (str, (float, int))))
print(isinstance(1, ()), isinstance(1, (int, 1)), isinstance(Point, type), isinstance(int, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Sub, (str, Point)), issubclass(bool, ()))
print(issubclass(Sub, Sub), issubclass(type, object), issubclass(object, type))
show(isinstance, 1)
show(isinstance, 1, 1)
show(isinstance, 1, (1, int))
show(isinstance, 1, int, x=1)
show(issubclass, 1, int)
show(issubclass, int, 1)
show(issubclass, int)

print(repr(1), repr('a'), repr([1, 'b']), repr(None), repr(1.5), repr(p) == repr(p))
show(repr)

print(EnvironmentError is OSError, IOError is OSError)
try:
    raise IOError('disk')
except OSError as e:
    print(type(e).__name__, e)

for f in (exit, quit):
    try:
        f(3)
    except SystemExit as e:
        print('SystemExit', e.code)
try:
    exit()
except SystemExit as e:
    print('SystemExit', e.code)
show(exit, 1, 2)
exit('bye')
