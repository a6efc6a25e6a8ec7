# Class attributes versus instance attributes: shadowing, shared mutable class attributes, __dict__,
# vars(), attribute assignment on classes visible through instances, methods as attributes.
class C:
    shared = []
    counter = 0
    name = "class"

    def __init__(self):
        C.counter += 1
        self.own = []


a, b = C(), C()
a.shared.append(1)
b.own.append(2)
print(a.shared, b.shared, a.own, b.own, C.counter)
a.name = "instance"
print(a.name, b.name, C.name)
del a.name
print(a.name)
C.name = "changed"
print(a.name, b.name)
C.new_attr = 5
print(a.new_attr)
a.counter += 10
print(a.counter, C.counter, b.counter)
print(sorted(vars(a)), sorted(k for k in C.__dict__ if not k.startswith("__")))


def method(self):
    return "added later " + str(self.counter)


C.m = method
print(a.m(), b.m())
a.f = lambda: "instance lambda, no self"
print(a.f())
print("own" in a.__dict__, a.__class__ is C)
a.__dict__["direct"] = 1
print(a.direct)
try:
    b.nothing
except AttributeError as e:
    print(e)
try:
    C.nothing
except AttributeError as e:
    print(e)
