# copy.copy and pickle (every protocol) remake a builtin iterator at its position: the copy goes
# on from there, independent of the original.
import copy
import pickle

makers = {
    'list': lambda: iter([1, 2, 3, 4]),
    'reversed list': lambda: reversed([1, 2, 3, 4]),
    'tuple': lambda: iter((1, 2, 3, 4)),
    'dict': lambda: iter({1: 2, 3: 4, 5: 6}),
    'dict values': lambda: iter({1: 2, 3: 4, 5: 6}.values()),
    'dict items': lambda: iter({1: 2, 3: 4, 5: 6}.items()),
    'reversed dict': lambda: reversed({1: 2, 3: 4, 5: 6}),
    'set': lambda: iter({1, 2, 3}),
    'range': lambda: iter(range(5)),
    'reversed range': lambda: reversed(range(5)),
    'longrange': lambda: iter(range(10 ** 20, 10 ** 20 + 4)),
    'str': lambda: iter('abcd'),
    'bytes': lambda: iter(b'abcd'),
    'bytearray': lambda: iter(bytearray(b'abcd')),
    'enumerate': lambda: enumerate('abcd'),
    'zip': lambda: zip('abcd', range(4)),
    'map': lambda: map(str, range(4)),
    'filter': lambda: filter(None, range(5)),
}
for label, make in makers.items():
    it = make()
    next(it)
    c = copy.copy(it)
    print(label, 'copy', list(c), list(it))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        next(it)
        it2 = pickle.loads(pickle.dumps(it, proto))
        same = type(it2) is type(it)
        print(label, proto, same or type(it2).__name__, list(it2), list(it))
# a list iterator pickled with its list: both come back together
orig = [4, 5, 6, 7]
itorig = iter(orig)
next(itorig)
it, a = pickle.loads(pickle.dumps((itorig, orig)))
a[:] = [10, 11, 12, 13, 14]
print(list(it))
print(pickle.loads(pickle.dumps(range(1, 10, 3))), copy.copy(range(3)))
