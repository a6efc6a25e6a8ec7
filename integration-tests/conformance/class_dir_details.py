# dir() details: __dict__ listed for a class, the arity message, public names of int
class A:
    pass
class B(A):
    pass
print("__dict__" in dir(B), "__weakref__" in dir(B), "__module__" in dir(B))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)
print([n for n in dir(int) if not n.startswith("_")])
