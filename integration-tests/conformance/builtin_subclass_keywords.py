# list(), tuple(), float(), set() and frozenset() take no keyword arguments, nor do subclasses
# that inherit the builtin's __init__ / __new__; a subclass with its own __init__ (or, for list,
# __new__) takes its own keywords.


def attempt(f):
    try:
        r = f()
        print(type(r).__name__, sorted(r) if isinstance(r, (set, frozenset)) else r, getattr(r, 'newarg', '-'))
    except TypeError as e:
        print('TypeError', e)


for base, arg in [(list, [1, 2]), (tuple, [1, 2]), (float, 2), (set, [1, 2]), (frozenset, [1, 2])]:
    print('==', base.__name__)

    class plain(base):
        pass

    class with_init(base):
        def __init__(self, arg, newarg=None):
            if base in (list, set):
                super().__init__(arg)
            self.newarg = newarg

    class with_new(base):
        def __new__(cls, arg, newarg=None):
            self = super().__new__(cls, arg)
            self.newarg = newarg
            return self

    attempt(lambda: base(arg, x=1))
    attempt(lambda: base(sequence=()))
    attempt(lambda: plain(sequence=()))
    attempt(lambda: plain(arg))
    attempt(lambda: with_init(arg, newarg=3))
    attempt(lambda: with_new(arg))
    attempt(lambda: with_new(arg, newarg=3))
