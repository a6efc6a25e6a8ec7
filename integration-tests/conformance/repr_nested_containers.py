# repr of nested and recursive containers mixing list, tuple, dict, set, frozenset, bytes, floats, strings with quotes
data = [1, 2.5, -0.0, "q'uote", 'd"q', b"b\x00", (1,), (), [], {}, set(), frozenset(), {"k": [1, {"n": (2, 3)}]}, None, True, ..., 1e300, 1j]
print(repr(data))
print(str(data))
l = [1]
d = {"self": None}
l.append(d)
d["self"] = d
d["list"] = l
print(repr(l), repr(d))
t = ([],)
t[0].append(t)
print(repr(t))
class Node:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return f"Node({self.children!r})"
print(repr(Node([Node([]), Node([Node([])])])))
print(repr({1: {2: {3: {4: {}}}}}), repr([[[[[]]]]]), repr(((((),),),)))
print(repr({"a": 1, "b": [1, 2], "c": {"x"}}), repr([frozenset({1})]), repr({(1, 2): "tuple key", None: 0}))
print(repr("\\"), repr("\r\n\t\x0b"), repr("\x1b[0m"), repr("a\u2028b"), repr("tab\there"), repr("\U000e0001"))
