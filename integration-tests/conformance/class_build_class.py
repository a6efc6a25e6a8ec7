# __build_class__ called directly, and class statement semantics it implements
import builtins
bc = builtins.__build_class__
def body():
    return None
C = bc(body, "C")
print(C.__name__, C.__qualname__, C.__module__, C.__bases__, type(C()).__name__)
class B:
    pass
D = bc(lambda: None, "D", B)
print(D.__name__, D.__bases__ == (B,), D.__mro__[1] is B)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
E = bc(lambda: None, "E", metaclass=Meta, flag=1)
print(type(E).__name__)
for args in [(), (body,), (1, "X"), (body, 1)]:
    try:
        bc(*args)
    except TypeError as e:
        print("TypeError", e)
