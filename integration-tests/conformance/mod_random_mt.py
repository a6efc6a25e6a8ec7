# _random.Random: Mersenne Twister seeding, random(), getrandbits, getstate/setstate, errors
import _random

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(70), r.getrandbits(0), r.getrandbits(5), r.getrandbits(32))
print(r.getrandbits(33), r.getrandbits(64), r.getrandbits(100), r.getrandbits(1))
for seed in [0, 1, -1, 5, -5, 2 ** 32, 2 ** 32 - 1, 2 ** 100 + 7, True, False, 1.5, -2.0, 12345678901234567890]:
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(16))
s = r.getstate()
print(len(s), s[-1], type(s).__name__, all(0 <= w < 2 ** 32 for w in s[:-1]))
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)])
for _ in range(700):
    r.random()
print(r.getstate()[-1], r.random())
r2 = _random.Random()
r3 = _random.Random()
print(r2.random() != r3.random(), 0 <= r2.random() < 1)
r2.seed()
r2.seed(None)
show(lambda: _random.Random(1, 2))
show(lambda: _random.Random(x=1))
show(lambda: r.getrandbits(-1))
show(lambda: r.getrandbits())
show(lambda: r.getrandbits('a'))
show(lambda: r.setstate(1))
show(lambda: r.setstate((1,)))
show(lambda: r.setstate(tuple([0] * 624 + [625])))
show(lambda: r.setstate(tuple([0] * 624 + ['a'])))
show(lambda: r.setstate(tuple([-1] * 624 + [1])))
show(lambda: r.setstate(tuple([2 ** 32 + 5] * 624 + [624])))
show(lambda: r.seed(1, 2))
show(lambda: r.seed([1]))
show(lambda: r.random(1))
print(_random.Random.__module__, _random.Random.__name__, type(r), _random.__doc__)
print(sorted(k for k in _random.Random.__dict__ if k not in ('__init__', '__new__', '__module__')), _random.Random.__doc__)

class S(_random.Random):
    def __init__(self, x, tag):
        self.seed(x)
        self.tag = tag

s = S(3, 't')
print(s.random(), s.tag, isinstance(s, _random.Random))
