# subclasses of array.array: extra constructor arguments, attributes, slots, methods, and what operations return
import array

class Tagged(array.array):
    def __new__(cls, typecode, data=(), tag=None):
        self = super().__new__(cls, typecode, data)
        self.tag = tag
        return self

    def total(self):
        return sum(self)

t = Tagged('i', [1, 2, 3], tag='x')
print(type(t).__name__, t, t.tag, t.total(), isinstance(t, array.array), repr(t))
print(type(t[0:2]).__name__, type(t + t).__name__, type(t * 2).__name__)
t.append(4)
print(t, len(t), t.total())

class Slotted(array.array):
    __slots__ = ('extra',)

s = Slotted('d', [1.0])
s.extra = 5
print(s, s.extra)
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError', e)

class Plain(array.array):
    pass

p = Plain('b', b'\x01\x02')
print(p, p == array.array('b', [1, 2]), bytes(p))
import collections.abc
print(isinstance(p, collections.abc.MutableSequence), issubclass(array.array, collections.abc.MutableSequence))
print(array.array.__class_getitem__(int) if hasattr(array.array, '__class_getitem__') else None)
