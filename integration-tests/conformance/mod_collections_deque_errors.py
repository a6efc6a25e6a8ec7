# collections.deque: CPython's exceptions and messages
from _collections import deque

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

d = deque([1, 2, 3])
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: d[3])
show(lambda: d[-4])
show(lambda: d['a'])
show(lambda: d[1:2])
show(lambda: d[2 ** 70])
show(lambda: d.__setitem__(5, 0))
show(lambda: d.__delitem__(-5))
show(lambda: d.remove(42))
show(lambda: d.index(42))
show(lambda: d.index(1, 1))
show(lambda: d.index(1, 'a'))
show(lambda: d.index())
show(lambda: d.insert(0))
show(lambda: deque([1], 1).insert(0, 2))
show(lambda: deque(maxlen=-1))
show(lambda: deque(maxlen='a'))
show(lambda: deque(maxlen=1.5))
show(lambda: deque(maxlen=2 ** 70))
show(lambda: deque(1))
show(lambda: deque([], None, 3))
show(lambda: deque(foo=1))
show(lambda: deque([], iterable=[]))
show(lambda: d + [1])
show(lambda: [1] + d)
show(lambda: d + 1)
show(lambda: d * 'a')
show(lambda: d * 1.5)
show(lambda: d * 2 ** 80)
show(lambda: d < [1])
show(lambda: d > 1)
show(lambda: hash(d))
show(lambda: d.rotate('a'))
show(lambda: d.rotate(2 ** 80))
show(lambda: d.rotate(1, 2))
show(lambda: d.count())
show(lambda: d.append())
show(lambda: d.append(1, 2))
show(lambda: d.extend())
show(lambda: d.extend(5))
show(lambda: d.pop(1))
show(lambda: d.__copy__(1))
show(lambda: deque.append())
show(lambda: deque.append([], 1))
show(lambda: setattr(d, 'maxlen', 3))
show(lambda: setattr(d, 'x', 3))
show(lambda: d.x)
show(lambda: d.append(x=1))

class Mutator:
    def __init__(self, dq):
        self.dq = dq
    def __eq__(self, other):
        self.dq.append(0)
        return False

m = deque([1, 2, 3])
show(lambda: m.count(Mutator(m)))
show(lambda: m.index(Mutator(m)))
show(lambda: m.remove(Mutator(m)))
show(lambda: Mutator(m) in m)
print(len(m))
