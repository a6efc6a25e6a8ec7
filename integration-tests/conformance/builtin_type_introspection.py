# introspection of builtin types: mappingproxy __dict__, descriptor types, method types, __objclass__-free checks
print(type(int.__dict__).__name__, type(int.__dict__["real"]).__name__, type(int.__dict__["bit_length"]).__name__)
print(type(int.__dict__["__add__"]).__name__, type((1).__add__).__name__, type(int.__add__).__name__)
print(type(str.join).__name__, type("".join).__name__, type(dict.fromkeys).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(len).__name__, type(object.__init__).__name__, type(object().__init__).__name__, type(object.__dict__["__class__"]).__name__)
print("real" in int.__dict__, "upper" in str.__dict__, "append" in list.__dict__, "__len__" in dict.__dict__)
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(len.__name__, len.__qualname__, str.upper.__name__, str.upper.__qualname__, int.__add__.__qualname__)
print(len.__self__.__name__ if hasattr(len.__self__, "__name__") else len.__self__, "".join.__self__ == "", [].append.__name__)
print(str.upper("abc"), str.__len__("abcd"), list.append.__qualname__, dict.get({"a": 1}, "a"))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)
