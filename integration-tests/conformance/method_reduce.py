# Builtin functions and methods pickle by name: a module's function as a global (its __reduce__
# is its name), a bound method or slot wrapper as getattr(object, name).
import copy
import pickle

print(len.__reduce__(), iter.__reduce_ex__(2))
for f in ([].append, [].__add__, list.append, list.__add__, int.__add__, (5).__add__, dict.fromkeys, {}.get):
    r = f.__reduce__()
    print(r[0].__name__, r[1][0] if not isinstance(r[1][0], list) else 'a list', r[1][1])
print([].__add__.__self__, list.__init__.__objclass__, list.append.__objclass__, (5).__add__.__self__)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    f = pickle.loads(pickle.dumps(len, proto))
    g = pickle.loads(pickle.dumps(list.append, proto))
    h = pickle.loads(pickle.dumps([1].__len__, proto))
    k = pickle.loads(pickle.dumps(int.__add__, proto))
    print(proto, f is len, g is list.append, h(), k(2, 3))
print(copy.copy(len) is len, copy.deepcopy([len, abs]))
