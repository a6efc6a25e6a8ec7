# set and frozenset pickle as type(self)(list(self)) with the instance's state, so pickle, copy and
# deepcopy keep the members (deep-copied) and a subclass's attributes; T.__new__.__self__ is T.
import copy
import pickle

print(set([1]).__reduce__(), frozenset([2]).__reduce__())


class S(set):
    pass


class F(frozenset):
    pass


s = S([1])
print(s.__reduce__())
s.x = 1
print(s.__reduce__())


class Tracer:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value

    def __deepcopy__(self, memo=None):
        return Tracer(self.value + 1)


for t in (set, frozenset, S, F):
    orig = t([Tracer(10)])
    dup = copy.deepcopy(orig)
    print(t.__name__, type(dup).__name__, dup is not orig, [e.value for e in dup])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        p = pickle.loads(pickle.dumps(t([1, 2, 3]), proto))
        print(proto, type(p).__name__, sorted(p))
nested = {frozenset([1, 2]), frozenset([3])}
print(sorted(map(sorted, copy.deepcopy(nested))), sorted(map(sorted, copy.copy(nested))))
s2 = pickle.loads(pickle.dumps(s))
print(type(s2).__name__, sorted(s2), s2.x)
print(set.__new__.__self__ is set, frozenset.__new__.__self__, int.__new__.__self__, object.__new__.__self__)
try:
    list.__add__.__self__
except AttributeError as e:
    print('AttributeError', e)
