# types.GenericAlias can be subclassed, as collections.abc and typing do
GenericAlias = type(list[int])

class CallableAlias(GenericAlias):
    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("needs (args, result)")
        return super().__new__(cls, origin, args)

    def __repr__(self):
        return "Callable[%r, %r]" % self.__args__

c = CallableAlias(list, (int, str))
print(repr(c), type(c).__name__, c.__origin__, c.__args__, isinstance(c, GenericAlias))
print(c == GenericAlias(list, (int, str)), c[int] if False else "ok")
try:
    CallableAlias(list, int)
except TypeError as e:
    print("TypeError:", e)

class Tagged(GenericAlias):
    pass

t = Tagged(dict, (str, int))
t.tag = "x"
print(t, t.tag, t.__origin__)
