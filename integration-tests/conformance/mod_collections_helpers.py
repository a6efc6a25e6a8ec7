# _collections: _count_elements, _tuplegetter, the deque iterator types, the module's contents
import _collections
from _collections import _count_elements, _tuplegetter, deque, _deque_iterator, _deque_reverse_iterator

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

print(sorted(n for n in dir(_collections) if not n.startswith('__') and n != 'OrderedDict'))
print(_collections.__doc__)
m = {}
_count_elements(m, 'abracadabra')
print(m)
_count_elements(m, ['a', 'z'])
print(m)

class MyMap(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)

mm = MyMap()
_count_elements(mm, 'aab')
print(mm)

class Mapping:
    def __init__(self):
        self.d = {}
    def get(self, k, default):
        return self.d.get(k, default)
    def __setitem__(self, k, v):
        self.d[k] = v

mp = Mapping()
_count_elements(mp, [1, 1, 2])
print(mp.d)
show(lambda: _count_elements())
show(lambda: _count_elements({}, 1))
show(lambda: _count_elements([], [1]))

g = _tuplegetter(1, 'second item')
print(repr(g), g.__doc__, type(g).__name__, type(g).__module__)
print(g.__reduce__()[0].__name__, g.__reduce__()[1])

class Pair(tuple):
    first = _tuplegetter(0, 'first item')
    second = _tuplegetter(1, 'second item')
    third = _tuplegetter(2, 'third')

p = Pair((10, 20))
print(p.first, p.second, Pair.first.__doc__)
show(lambda: p.third)
show(lambda: setattr(p, 'first', 1))
show(lambda: delattr(p, 'first'))
show(lambda: g.__get__(5))
show(lambda: g.__get__(None, Pair) is g)
show(lambda: g.__get__((1, 2, 3)))
show(lambda: _tuplegetter())
show(lambda: _tuplegetter('a', 1))
show(lambda: _tuplegetter(0, 'x', 1))
g.__doc__ = 'changed'
print(g.__doc__, repr(g))

d = deque('abcd')
it = _deque_iterator(d, 2)
print(type(it).__name__, type(it).__module__, list(it))
print(list(_deque_reverse_iterator(d, 1)), list(_deque_iterator(d)), list(_deque_iterator(d, 10)))
show(lambda: _deque_iterator([]))
show(lambda: _deque_iterator(d, 'x'))
print(type(iter(d)) is _deque_iterator, type(reversed(d)) is _deque_reverse_iterator)
it = iter(d)
print(it is iter(it), next(it))
